"""Duplicates: exact copies, near-duplicates (a resized re-encode), bursts, keepers, and the
trash that is only ever used after a confirmation listing every file."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from photoseek.catalog.photo_queries import PhotoRow
from photoseek.cli.main import main
from photoseek.library import Library
from photoseek.records import PhotoMeta
from photoseek.search.duplicates import find_duplicates, near_pairs
from tests.synthetic import SCENES, exif_bytes, yellow_sunflowers


def tree_digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def dup_folder(fake_jina, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    """One photo of each scene, plus a resized re-encode and an exact copy of the red one,
    and a burst: two sunflower shots one second apart from the same camera."""
    folder = tmp_path / "photos"
    folder.mkdir()
    for scene, draw in SCENES.items():
        draw(3).save(folder / f"{scene}.jpg", quality=92)
    red = Image.open(folder / "red.jpg")
    red.resize((320, 240), Image.Resampling.LANCZOS).save(folder / "red_small.jpg", quality=75)
    (folder / "copies").mkdir()
    shutil.copy(folder / "red.jpg", folder / "copies" / "red copy.jpg")
    for i, second in enumerate(("10", "11")):
        yellow_sunflowers(40 + i).save(
            folder / f"burst_{i}.jpg", exif=exif_bytes(f"2024-06-01T12:00:{second}")
        )
    assert main(["index", str(folder)]) == 0
    return folder


def groups_json(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict[str, object]]:
    capsys.readouterr()
    assert main(["duplicates", "--json", *args]) == 0
    return json.loads(capsys.readouterr().out)["groups"]  # type: ignore[no-any-return]


def names(group: dict[str, object]) -> set[str]:
    return {Path(str(p["path"])).name for p in group["photos"]}  # type: ignore[attr-defined]


def test_duplicates_json_groups_copies_and_reencodes_never_different_scenes(
    dup_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    groups = groups_json(capsys)
    kinds = {g["kind"]: g for g in groups}
    assert sorted(g["kind"] for g in groups) == ["burst", "exact", "near"], groups
    exact, near, burst = kinds["exact"], kinds["near"], kinds["burst"]
    assert names(exact) == {"red.jpg", "red copy.jpg"}
    assert names(near) == {"red.jpg", "red copy.jpg", "red_small.jpg"}
    assert Path(str(near["keep"])).name in ("red.jpg", "red copy.jpg")  # the larger picture
    assert Path(str(exact["keep"])).name == "red.jpg"  # the shorter path of two copies
    assert names(burst) == {"burst_0.jpg", "burst_1.jpg"}  # shown apart, not as near
    scenes = set(SCENES) - {"red"}
    for g in groups:
        assert not {f"{s}.jpg" for s in scenes} & names(g), g
        for p in g["photos"]:  # type: ignore[attr-defined]
            assert set(p) >= {"path", "score"}
            assert p["score"] is None or 0.0 < float(p["score"]) <= 1.0
    assert [g["kind"] for g in groups_json(capsys, "--kind", "near")] == ["near"]
    capsys.readouterr()
    assert main(["duplicates", "--max-distance", "0.5"]) == 2
    assert "between" in capsys.readouterr().err


def test_moving_to_the_trash_asks_first_and_touches_nothing_without_it(
    dup_folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import send2trash

    moved: list[str] = []
    trash = dup_folder.parent / "Trash"
    trash.mkdir()

    def fake_send2trash(path: str) -> None:
        moved.append(path)
        shutil.move(path, trash / Path(path).name)

    monkeypatch.setattr(send2trash, "send2trash", fake_send2trash)
    before = tree_digest(dup_folder)

    # Not on a terminal and no --yes: refused, nothing touched.
    capsys.readouterr()
    assert main(["duplicates", "--trash-others", "--kind", "exact"]) == 2
    err = capsys.readouterr().err
    assert "--yes" in err and "red copy.jpg" in err  # the list came first
    assert tree_digest(dup_folder) == before and not moved

    # On a terminal, answering no: nothing touched.
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda _q: "n")
    assert main(["duplicates", "--trash-others", "--kind", "exact"]) == 0
    assert "Nothing was moved" in capsys.readouterr().err
    assert tree_digest(dup_folder) == before and not moved

    # Yes: exactly the listed files, and only them.
    monkeypatch.setattr("builtins.input", lambda _q: "y")
    assert main(["duplicates", "--trash-others", "--kind", "exact"]) == 0
    assert moved == [str(dup_folder / "copies" / "red copy.jpg")]
    after = tree_digest(dup_folder)
    assert set(before) - set(after) == {"copies/red copy.jpg"}
    assert all(after[k] == before[k] for k in after)


def test_the_library_refuses_to_trash_anything_but_its_photos(
    dup_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import send2trash

    from photoseek.catalog import FolderError

    calls: list[str] = []
    monkeypatch.setattr(send2trash, "send2trash", calls.append)
    stranger = tmp_path / "notes.txt"
    stranger.write_text("keep me")
    lib = Library()
    try:
        with pytest.raises(FolderError, match="not a photo of the library"):
            lib.trash([str(dup_folder / "red_small.jpg"), str(stranger)])
    finally:
        lib.close()
    assert calls == [] and stranger.exists()


def _row(h: str, path: str, w: int, meta: dict[str, object] | None = None) -> PhotoRow:
    return PhotoRow(h, (path,), w * 100, 1, PhotoMeta(width=w, height=w, **(meta or {})))  # type: ignore[arg-type]


def test_keeper_is_the_largest_then_the_richest() -> None:
    v = np.ones(8, np.float32)
    rows = [
        _row("a", "/p/a.jpg", 100),
        _row("b", "/p/b.jpg", 400),
        _row("c", "/p/c.jpg", 400, {"camera": "X", "taken_at": "2024-01-01T00:00:00"}),
    ]
    [group] = find_duplicates(rows, {r.hash: v for r in rows}, 0.02)
    assert group.kind == "near" and group.keep == "/p/c.jpg"
    assert group.others == ["/p/b.jpg", "/p/a.jpg"]


def test_near_pairs_screening_finds_exactly_the_close_pairs() -> None:
    rng = np.random.default_rng(1)
    m = rng.standard_normal((600, 512)).astype(np.float32)
    m[10] = m[3] + 0.01 * rng.standard_normal(512)
    m[400] = m[3] + 0.3 * rng.standard_normal(512)  # similar, not a duplicate
    unit = m / np.linalg.norm(m, axis=1, keepdims=True)
    cos = unit @ unit.T
    want = {(i, j) for i in range(600) for j in range(i + 1, 600) if cos[i, j] >= 0.98}
    assert set(near_pairs(m, 0.02)) == want == {(3, 10)}


def test_reencode_distance_on_the_test_model(fake_jina) -> None:  # type: ignore[no-untyped-def]
    """What the threshold's note says about the test model: re-encodes far below it."""
    from tests.fakes.semantic import embed_image

    def u(img: Image.Image) -> np.ndarray:
        v = embed_image(img)
        return v / np.linalg.norm(v)

    a = SCENES["red"](5)
    buf = io.BytesIO()
    a.resize((320, 240)).save(buf, "JPEG", quality=70)
    small = Image.open(io.BytesIO(buf.getvalue())).convert("RGB")
    assert 1 - float(u(a) @ u(small)) < 0.002
    assert 1 - float(u(a) @ u(SCENES["blue"](5))) > 0.25
