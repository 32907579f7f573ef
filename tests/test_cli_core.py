"""The core through the CLI, against the Jina API fake: index, search, similar, status."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

import pytest

from photoseek.cli.main import main
from photoseek.imaging import SUPPORTED_EXTENSIONS, UNSUPPORTED_IMAGE_EXTENSIONS
from tests.conftest import corpus_dir

QUERIES_RED = [
    "red flowers",
    "flores rojas",
    "fleurs rouges",
    "flores vermelhas",
    "rote Blumen",
    "красные цветы",
    "红色的花",
    "赤い花",
]
QUERIES_BLUE = [
    "blue sky over the sea",
    "cielo azul y mar",
    "ciel bleu",
    "blauer Himmel",
    "синее небо",
    "蓝色的天空",
]


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict[str, object]]:
    capsys.readouterr()
    code = main([*args, "--json"])
    out = capsys.readouterr()
    assert code == 0, out.err
    return json.loads(out.out)["results"]  # type: ignore[no-any-return]


def scene(result: dict[str, object]) -> str:
    return Path(str(result["path"])).parent.name


def tree_digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def image_requests(fake) -> int:  # type: ignore[no-untyped-def]
    return len(fake.image_requests())


def test_multilingual_text_search_at_full_and_small_sizes(
    fake_jina, photo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["index", str(photo_dir)]) == 0
    for dims in ("1024", "64"):
        assert main(["config", "set", "dims", dims]) == 0
        assert main(["index"]) == 0
        for query in QUERIES_RED:
            results = run_json(capsys, "search", query, "-k", "3")
            assert [scene(r) for r in results] == ["red"] * 3, (dims, query, results)
        for query in QUERIES_BLUE:
            results = run_json(capsys, "search", query, "-k", "3")
            assert scene(results[0]) == "blue", (dims, query, results)
    status = json.loads(_stdout(capsys, "status", "--json"))
    assert status["active_index"].endswith("-64") and status["active_dims"] == 64


def _stdout(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    capsys.readouterr()
    assert main(list(args)) == 0
    return capsys.readouterr().out


def test_find_similar_uses_the_cache_and_leaves_the_photo_out(
    fake_jina, photo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["index", str(photo_dir)]) == 0
    before = len(fake_jina.log)
    query = photo_dir / "red" / "img_red_0.jpg"
    results = run_json(capsys, "similar", str(query), "-k", "5")
    assert len(fake_jina.log) == before, "find-similar of a library photo must not call the API"
    assert str(query) not in [r["path"] for r in results]
    assert [scene(r) for r in results[:2]] == ["red", "red"]
    assert all(float(r["score"]) <= 1.0 for r in results)


def test_results_json_shape(fake_jina, photo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["index", str(photo_dir)]) == 0
    capsys.readouterr()
    assert main(["search", "snow", "-k", "2", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"results", "total", "cutoff"} and len(data["results"]) == 2
    first = data["results"][0]
    assert {"path", "score", "hash", "paths", "width", "height"} <= set(first)
    assert Path(first["path"]).is_file()


def test_unchanged_rescan_costs_no_api_call_and_no_decode(
    fake_jina, photo_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PIL import ImageFile

    assert main(["index", str(photo_dir)]) == 0
    requests = len(fake_jina.log)
    loads = 0
    original = ImageFile.ImageFile.load

    def counting_load(self):  # type: ignore[no-untyped-def]
        nonlocal loads
        loads += 1
        return original(self)

    monkeypatch.setattr(ImageFile.ImageFile, "load", counting_load)
    assert main(["index"]) == 0
    assert len(fake_jina.log) == requests
    assert loads == 0


def test_moved_and_copied_photos_are_not_embedded_again(
    fake_jina, photo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["index", str(photo_dir)]) == 0
    embedded = fake_jina.images_embedded()
    moved = photo_dir / "elsewhere" / "renamed.jpg"
    moved.parent.mkdir()
    shutil.move(photo_dir / "red" / "img_red_1.jpg", moved)
    shutil.copy(photo_dir / "snow" / "img_snow_0.jpg", photo_dir / "copy_of_snow.jpg")
    (photo_dir / "night" / "img_night_2.jpg").unlink()
    assert main(["index"]) == 0
    assert fake_jina.images_embedded() == embedded  # nothing new was sent
    paths = [r["path"] for r in run_json(capsys, "search", "flores rojas", "-k", "3")]
    assert str(moved) in paths
    assert str(photo_dir / "red" / "img_red_1.jpg") not in paths
    everything = run_json(capsys, "search", "night", "-k", "100", "--all")
    assert not any("img_night_2" in str(r["path"]) for r in everything)
    snow = next(r for r in everything if "img_snow_0" in str(r["paths"]))
    assert str(photo_dir / "copy_of_snow.jpg") in snow["paths"]  # type: ignore[operator]


def test_corpus_and_hostile_files(fake_jina, capsys: pytest.CaptureFixture[str]) -> None:
    photos, hostile = corpus_dir("photos"), corpus_dir("hostile")
    before = {d: tree_digest(d) for d in (photos, hostile)}
    assert main(["index", str(photos), str(hostile)]) == 0
    assert {d: tree_digest(d) for d in (photos, hostile)} == before, "photo folders changed"
    status = json.loads(_stdout(capsys, "status", "--json", "--problems"))
    files = status["files"]
    # Every file with an image extension is indexed or listed with a reason (.mpo, .ico too).
    image_extensions = SUPPORTED_EXTENSIONS | set(UNSUPPORTED_IMAGE_EXTENSIONS)
    total = sum(
        1
        for d in (photos, hostile)
        for p in d.rglob("*")
        if p.is_file() and p.suffix.lower() in image_extensions
    )
    assert sum(files.values()) == total
    assert len(status["problems"]) == files.get("skipped", 0) + files.get("failed", 0)
    assert set(files) <= {"indexed", "skipped", "failed"}, files
    for problem in status["problems"]:
        assert problem["reason"] and "\n" not in problem["reason"], problem
    bomb = [p for p in status["problems"] if p["path"].endswith("decompression_bomb.gif")]
    assert bomb and "pixels" in bomb[0]["reason"]
    # EXIF-rotated copies of one picture are near-copies once oriented.
    landscape = photos / "exif-samples" / "jpg" / "orientation" / "landscape_1.jpg"
    if landscape.exists():
        results = run_json(capsys, "similar", str(landscape), "-k", "7")
        names = {Path(str(r["path"])).name for r in results}
        assert names == {f"landscape_{i}.jpg" for i in range(2, 9)}, names


def test_cli_errors_are_one_line(
    fake_jina, photo_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    capsys.readouterr()
    assert main(["search", "cat"]) == 2  # nothing indexed yet: the user has a step to take
    assert "Nothing is indexed yet" in capsys.readouterr().err
    assert main(["config", "set", "dims", "5000"]) == 2
    err = capsys.readouterr().err
    assert "between 64 and 1024" in err and err.count("\n") == 1
    assert main(["index", str(photo_dir / "nope")]) == 2
    assert "does not exist" in capsys.readouterr().err
    monkeypatch.delenv("JINA_API_KEY")
    assert main(["index", str(photo_dir)]) == 2  # configuration
    err = capsys.readouterr().err
    assert "No Jina API key" in err and "Traceback" not in err
    monkeypatch.setenv("JINA_API_KEY", "jina_wrong")
    assert main(["index"]) == 3
    assert "rejected the API key" in capsys.readouterr().err
    monkeypatch.setenv("PHOTOSEEK_ES_URL", "http://127.0.0.1:9")
    assert main(["status"]) == 0  # the local part still answers…
    assert "not reachable" in capsys.readouterr().out  # …and says why the store does not
    assert main(["search", "cat"]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "127.0.0.1:9" in err


def test_secret_set_reads_stdin_and_never_lands_in_a_file(
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("jina_secret_value\n"))
    assert main(["secret", "set", "jina"]) == 0
    assert ("photoseek", "jina-api-key") in memory_keyring.passwords
    assert main(["config", "set", "dims", "256"]) == 0
    for p in tmp_path.rglob("*"):
        if p.is_file():
            assert b"jina_secret_value" not in p.read_bytes(), p
    assert main(["config", "set", "jina_api_key", "x"]) == 2


def test_paging_and_filters(fake_jina, photo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["index", str(photo_dir)]) == 0
    first = run_json(capsys, "search", "red flowers", "-k", "4", "--all")
    second = run_json(capsys, "search", "red flowers", "-k", "4", "--offset", "4", "--all")
    both = run_json(capsys, "search", "red flowers", "-k", "8", "--all")
    assert [r["path"] for r in first + second] == [r["path"] for r in both]
    only_blue = run_json(
        capsys, "search", "red flowers", "--folder", str(photo_dir / "blue"), "--all"
    )
    assert {scene(r) for r in only_blue} == {"blue"}
    assert os.environ.get("PHOTOSEEK_JINA_URL")


def test_similar_pages_do_not_overlap(
    fake_jina, photo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["index", str(photo_dir)]) == 0
    query = str(photo_dir / "green" / "img_green_1.jpg")
    pages = [
        [
            r["path"]
            for r in run_json(capsys, "similar", query, "-k", "5", "--offset", str(o), "--all")
        ]
        for o in (0, 5, 10)
    ]
    whole = [r["path"] for r in run_json(capsys, "similar", query, "-k", "15", "--all")]
    assert pages[0] + pages[1] + pages[2] == whole
    assert query not in whole and len(set(whole)) == 15


def test_a_dropped_picture_costs_one_model_call_for_all_its_pages(
    fake_jina, photo_dir: Path, tmp_path: Path
) -> None:
    from photoseek.library import Library
    from tests.synthetic import red_flowers

    assert main(["index", str(photo_dir)]) == 0
    outside = tmp_path / "dropped.png"
    red_flowers(99).save(outside)
    lib = Library()
    try:
        before = len(fake_jina.image_requests())
        first = lib.search.image_bytes(outside.read_bytes(), k=3)
        second = lib.search.image_bytes(outside.read_bytes(), k=3, offset=3)
        assert len(fake_jina.image_requests()) == before + 1
        assert [Path(r.path).parent.name for r in first] == ["red"] * 3
        assert not {r.path for r in first} & {r.path for r in second}
    finally:
        lib.close()


def test_similar_of_a_missing_file_is_one_line(
    fake_jina, photo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["index", str(photo_dir)]) == 0
    capsys.readouterr()
    assert main(["similar", str(photo_dir / "gone.jpg")]) == 2  # bad input
    err = capsys.readouterr().err
    assert "does not exist" in err and err.count("\n") == 1
