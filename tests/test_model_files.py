"""The model manager: download from the loopback hub, resume, verify, import, status, remove."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from photoseek.embedding import model_download
from photoseek.embedding.model_download import (
    ChecksumError,
    DiskFullError,
    DownloadCancelled,
    DownloadProgress,
    HubError,
    ModelDownloader,
    download_model,
)
from photoseek.embedding.model_files import (
    MANIFEST,
    REVISION,
    VARIANTS,
    ModelImportError,
    Variant,
    git_blob_sha1,
    import_model,
    model_dir,
    model_status,
    remove_model,
)
from tests.fakes.model_hub import FakeHub
from tests.fakes.server import Fault
from tests.tiny_model import (
    build_custom_graph,
    build_tiny_model,
    tiny_files,
    tiny_variants,
)

GRAPH = "onnx/model_int8.onnx"


@pytest.fixture(scope="module")
def src(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_model(tmp_path_factory.mktemp("tiny-src"))


@pytest.fixture(scope="module")
def variants(src: Path) -> dict[str, Any]:
    return tiny_variants(src)


@pytest.fixture
def hub(src: Path) -> Iterator[FakeHub]:
    with FakeHub(tiny_files(src)) as fake:
        yield fake


@pytest.fixture
def dest(tmp_path: Path) -> Path:
    return tmp_path / "models" / "jina-clip-v2"


def fetch(hub: FakeHub, dest: Path, variant: Variant, **kw: Any) -> Any:
    kw.setdefault("backoff", 0.01)
    return download_model(dest, variant, base=hub.url, **kw)


def sha(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


# -- the happy path ----------------------------------------------------------------------------
def test_download_installs_the_variant_and_writes_the_manifest_last(
    hub: FakeHub, dest: Path, src: Path, variants: dict[str, Any]
) -> None:
    status = fetch(hub, dest, variants["int8"])
    assert status.installed and status.problem is None
    assert status.variant == "int8" and status.revision == REVISION and status.verified == "sha256"
    for rel in variants["int8"].files:
        assert (dest / rel).read_bytes() == (src / rel).read_bytes()
    assert not list(dest.rglob("*.part"))
    manifest = json.loads((dest / MANIFEST).read_text())
    assert manifest["variant"] == "int8" and manifest["revision"] == REVISION
    assert manifest["source"] == hub.url and manifest["verified"] == "sha256"
    assert manifest["files"][GRAPH] == {
        "size": (src / GRAPH).stat().st_size,
        "sha256": sha(src / GRAPH),
    }
    newest_file = max((dest / rel).stat().st_mtime_ns for rel in variants["int8"].files)
    assert (dest / MANIFEST).stat().st_mtime_ns >= newest_file
    # The graph went through the hub's redirect to the CDN; json files came directly.
    paths = [(e.request.path, e.status) for e in hub.log]
    resolve = f"/jinaai/jina-clip-v2/resolve/{REVISION}/{GRAPH}"
    assert (resolve, 302) in paths
    assert any(p.startswith("/cdn/") and s == 200 for p, s in paths)
    assert (f"/jinaai/jina-clip-v2/resolve/{REVISION}/config.json", 200) in paths
    tree = [e.request.path for e in hub.log if "/tree/" in e.request.path]
    assert tree == [
        f"/api/models/jinaai/jina-clip-v2/tree/{REVISION}",
        f"/api/models/jinaai/jina-clip-v2/tree/{REVISION}/onnx",
    ]


def test_a_paged_tree_listing_is_followed(src: Path, dest: Path, variants: dict[str, Any]) -> None:
    with FakeHub(tiny_files(src), page_size=1) as hub:
        assert fetch(hub, dest, variants["fp32"]).installed
        assert any("cursor" in e.request.query for e in hub.log)


def test_progress_covers_every_byte_of_the_variant(
    hub: FakeHub, dest: Path, variants: dict[str, Any]
) -> None:
    seen: list[DownloadProgress] = []
    fetch(hub, dest, variants["fp32"], progress=seen.append)
    total = sum(len(hub.files[rel]) for rel in variants["fp32"].files)
    downloading = [p for p in seen if p.phase == "downloading"]
    assert seen[0].phase == "listing" and seen[-1].phase == "done"
    assert all(p.total_bytes == total for p in downloading)
    assert [p.done_bytes for p in downloading] == sorted(p.done_bytes for p in downloading)
    assert downloading[-1].done_bytes == total and seen[-1].fraction == 1.0
    assert {p.file for p in downloading} == set(variants["fp32"].files)
    assert all(p.rate >= 0 for p in seen)


def test_the_mirror_variable_replaces_the_hub(
    hub: FakeHub, dest: Path, variants: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PHOTOSEEK_MODEL_MIRROR", hub.url + "/")
    status = download_model(dest, variants["int8"])
    assert status.installed and status.source == hub.url
    assert hub.log  # the loopback hub was asked, not huggingface.co


def test_a_second_download_trusts_verified_files_and_switching_variant_replaces_the_graph(
    hub: FakeHub, dest: Path, variants: dict[str, Any]
) -> None:
    fetch(hub, dest, variants["int8"])
    hub.log.clear()
    assert fetch(hub, dest, variants["int8"]).installed
    assert not [e for e in hub.log if "/tree/" not in e.request.path]  # nothing re-downloaded
    status = fetch(hub, dest, variants["fp32"])
    assert status.variant == "fp32" and status.installed
    assert not (dest / GRAPH).exists()  # the other variant's graph is gone
    fetched = {e.request.path.rsplit("/", 1)[-1] for e in hub.log if "/resolve/" in e.request.path}
    assert fetched == {"model.onnx", "model.onnx_data"}  # the json files were kept


def test_files_already_in_place_are_hashed_and_reused(
    hub: FakeHub, dest: Path, src: Path, variants: dict[str, Any]
) -> None:
    for rel in variants["int8"].files:
        (dest / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src / rel, dest / rel)
    (dest / "tokenizer.json").write_bytes(b"x" * (src / "tokenizer.json").stat().st_size)
    fetch(hub, dest, variants["int8"])
    fetched = [e.request.path for e in hub.log if "/resolve/" in e.request.path]
    assert fetched == [f"/jinaai/jina-clip-v2/resolve/{REVISION}/tokenizer.json"]
    assert (dest / "tokenizer.json").read_bytes() == (src / "tokenizer.json").read_bytes()


# -- resuming ----------------------------------------------------------------------------------
def _part(dest: Path, src: Path, n: int, rel: str = GRAPH) -> Path:
    part = dest / (rel + ".part")
    part.parent.mkdir(parents=True, exist_ok=True)
    part.write_bytes((src / rel).read_bytes()[:n])
    return part


def test_a_partial_file_resumes_with_range_when_the_answer_is_206(
    hub: FakeHub, dest: Path, src: Path, variants: dict[str, Any]
) -> None:
    _part(dest, src, 40_000)
    assert fetch(hub, dest, variants["int8"]).installed
    (req,) = hub.body_requests(GRAPH)
    assert req.headers["range"] == "bytes=40000-"
    entry = next(e for e in hub.log if e.request is req)
    assert entry.status == 206
    assert len(entry.response_body) == len(hub.files[GRAPH]) - 40_000
    assert sha(dest / GRAPH) == sha(src / GRAPH)


def test_a_200_answer_to_a_range_request_starts_from_zero(
    hub: FakeHub, dest: Path, src: Path, variants: dict[str, Any]
) -> None:
    _part(dest, src, 40_000)
    hub.ignore_range = True
    assert fetch(hub, dest, variants["int8"]).installed
    (req,) = hub.body_requests(GRAPH)
    assert req.headers["range"] == "bytes=40000-"
    assert (dest / GRAPH).read_bytes() == (src / GRAPH).read_bytes()  # not appended twice


def test_a_part_longer_than_the_file_is_dropped(
    hub: FakeHub, dest: Path, src: Path, variants: dict[str, Any]
) -> None:
    part = _part(dest, src, 10)
    part.write_bytes(b"y" * (len(hub.files[GRAPH]) + 5))
    assert fetch(hub, dest, variants["int8"]).installed
    assert "range" not in hub.body_requests(GRAPH)[0].headers


def test_a_dropped_connection_is_resumed_where_it_stopped(
    hub: FakeHub, dest: Path, src: Path, variants: dict[str, Any]
) -> None:
    hub.cut_after[GRAPH] = 30_000
    assert fetch(hub, dest, variants["int8"]).installed
    first, second = hub.body_requests(GRAPH)
    assert "range" not in first.headers
    assert second.headers["range"].startswith("bytes=") and second.headers["range"] != "bytes=0-"
    assert sha(dest / GRAPH) == sha(src / GRAPH)


def test_cancel_stops_a_stalled_download_and_keeps_the_part_for_resume(
    hub: FakeHub, dest: Path, src: Path, variants: dict[str, Any]
) -> None:
    hub.stall_after[GRAPH] = 32 * 1024
    stop = threading.Event()
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            # A 60 s read timeout: only the cancel (shutting the socket) can end it early.
            fetch(hub, dest, variants["int8"], stop=stop, timeout=60.0)
            outcome.append(None)
        except BaseException as exc:
            outcome.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    assert hub.stalled.wait(10)
    part = dest / (GRAPH + ".part")
    assert hub.wait_for(lambda: part.exists() and part.stat().st_size == 32 * 1024)
    stop.set()
    worker.join(10)
    assert not worker.is_alive()
    assert isinstance(outcome[0], DownloadCancelled)
    assert "kept" in str(outcome[0])
    assert part.read_bytes() == hub.files[GRAPH][: 32 * 1024]
    assert not (dest / MANIFEST).exists()
    assert model_status(directory=dest).partial_bytes == 32 * 1024
    hub.unstall()
    assert fetch(hub, dest, variants["int8"]).installed
    assert hub.body_requests(GRAPH)[-1].headers["range"] == f"bytes={32 * 1024}-"
    assert sha(dest / GRAPH) == sha(src / GRAPH)


def test_a_slow_server_still_completes(hub: FakeHub, dest: Path, variants: dict[str, Any]) -> None:
    hub.chunk_delay = 0.002
    hub.chunk_size = 4096
    assert fetch(hub, dest, variants["int8"]).installed


# -- integrity ---------------------------------------------------------------------------------
def test_a_corrupted_file_is_deleted_and_reported(
    hub: FakeHub, dest: Path, variants: dict[str, Any]
) -> None:
    hub.corrupt.add(GRAPH)
    with pytest.raises(ChecksumError) as info:
        fetch(hub, dest, variants["int8"])
    message = str(info.value)
    assert "sha256" in message and "deleted" in message and "\n" not in message
    assert not (dest / (GRAPH + ".part")).exists() and not (dest / GRAPH).exists()
    assert not (dest / MANIFEST).exists()
    hub.corrupt.clear()
    assert fetch(hub, dest, variants["int8"]).installed


def test_a_regular_file_is_checked_by_its_git_blob_id(
    hub: FakeHub, dest: Path, src: Path, variants: dict[str, Any]
) -> None:
    data = (src / "tokenizer.json").read_bytes()
    assert git_blob_sha1(data) == hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()
    # git's own answer for the same bytes (git hash-object), when git is there
    if shutil.which("git"):
        out = subprocess.run(
            ["git", "hash-object", "--stdin"], input=data, capture_output=True, check=True
        )
        assert out.stdout.decode().strip() == git_blob_sha1(data)
    hub.corrupt.add("tokenizer.json")
    with pytest.raises(ChecksumError, match="git blob sha1"):
        fetch(hub, dest, variants["int8"])


def test_a_file_of_the_wrong_size_is_refused(
    hub: FakeHub, dest: Path, variants: dict[str, Any]
) -> None:
    hub.serve_size[GRAPH] = len(hub.files[GRAPH]) - 10
    with pytest.raises(ChecksumError) as info:
        fetch(hub, dest, variants["int8"])
    assert "bytes" in str(info.value)
    assert not (dest / (GRAPH + ".part")).exists()


def test_a_listing_that_differs_from_the_pins_downloads_nothing(hub: FakeHub, dest: Path) -> None:
    with pytest.raises(HubError, match="pins"):
        fetch(hub, dest, VARIANTS["int8"])  # the real pins; the fake serves the tiny graph
    assert not [e for e in hub.log if "/resolve/" in e.request.path]


def test_a_missing_file_an_unknown_revision_and_a_404_are_hub_errors(
    hub: FakeHub, dest: Path, variants: dict[str, Any]
) -> None:
    with pytest.raises(HubError, match="pinned revision"):
        download_model(dest, variants["int8"], base=hub.url, revision="0" * 40)
    del hub.files["config.json"]
    with pytest.raises(HubError, match=r"has no config\.json"):
        fetch(hub, dest, variants["int8"])
    hub.files["config.json"] = b"{}"
    hub.fault_filter = lambda r: "/resolve/" in r.path
    hub.inject(Fault(404, {"error": "Entry not found"}, {"X-Error-Code": "EntryNotFound"}))
    with pytest.raises(HubError, match="HTTP 404"):
        fetch(hub, dest, variants["int8"])


def test_server_errors_are_retried_then_reported(
    hub: FakeHub, dest: Path, variants: dict[str, Any]
) -> None:
    hub.fault_filter = lambda r: r.path.startswith("/cdn/")
    hub.inject(Fault(503), Fault(502))
    assert fetch(hub, dest, variants["int8"]).installed
    hub.inject(*[Fault(503)] * 10)
    (dest / MANIFEST).unlink()
    (dest / GRAPH).unlink()
    with pytest.raises(HubError, match="kept failing"):
        fetch(hub, dest, variants["int8"], max_retries=2)


def test_an_unreachable_hub_is_one_sentence(dest: Path, variants: dict[str, Any]) -> None:
    with pytest.raises(HubError) as info:
        download_model(
            dest, variants["int8"], base="http://127.0.0.1:9", max_retries=1, backoff=0.01
        )
    assert "127.0.0.1" in str(info.value) and "\n" not in str(info.value)


# -- the disk ----------------------------------------------------------------------------------
class _FullDisk:
    """A raw file that takes `room` bytes in all, then writes part of a buffer and fails."""

    def __init__(self, inner: Any, room: list[int]) -> None:
        self.inner = inner
        self.room = room

    def write(self, data: Any) -> int:
        if self.room[0] <= 0:
            raise OSError(errno.ENOSPC, "No space left on device")
        n = self.inner.write(bytes(data[: self.room[0]]))
        self.room[0] -= n
        return n

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def __enter__(self) -> _FullDisk:
        return self

    def __exit__(self, *exc: object) -> None:
        self.inner.close()


def test_a_full_disk_keeps_the_valid_part_and_says_so(
    hub: FakeHub, dest: Path, src: Path, variants: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    room = [50_000]

    def full_open(*a: Any, **k: Any) -> _FullDisk:
        return _FullDisk(open(*a, **k), room)

    monkeypatch.setattr(model_download, "open", full_open, raising=False)
    with pytest.raises(DiskFullError) as info:
        fetch(hub, dest, variants["int8"])
    message = str(info.value)
    assert "full" in message and "kept" in message and "\n" not in message
    part = (dest / (GRAPH + ".part")).read_bytes()
    assert 0 < len(part) <= 50_000
    assert part == hub.files[GRAPH][: len(part)]  # a valid prefix, nothing half-written
    monkeypatch.undo()
    assert fetch(hub, dest, variants["int8"]).installed
    assert hub.body_requests(GRAPH)[-1].headers["range"] == f"bytes={len(part)}-"


def test_not_enough_space_is_said_before_downloading(
    hub: FakeHub, dest: Path, variants: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(model_download, "free_space", lambda _d: 1000)
    with pytest.raises(DiskFullError, match="Not enough disk space"):
        fetch(hub, dest, variants["int8"])
    assert not [e for e in hub.log if "/resolve/" in e.request.path]


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 48 kB tmpfs (needs root and mount rights; skipped elsewhere)."""
    mnt = tmp_path / "tiny-disk"
    mnt.mkdir()
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a tmpfs needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=48k", "tmpfs", str(mnt)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


def test_a_really_full_disk(
    hub: FakeHub, tiny_disk: Path, variants: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The early free-space check would refuse this disk; the kernel's ENOSPC is the point.
    monkeypatch.setattr(model_download, "free_space", lambda _d: 10**12)
    with pytest.raises(DiskFullError, match="kept"):
        fetch(hub, tiny_disk / "model", variants["int8"])
    data = (tiny_disk / "model" / (GRAPH + ".part")).read_bytes()
    assert 0 < len(data) < len(hub.files[GRAPH])
    assert data == hub.files[GRAPH][: len(data)]


# -- import ------------------------------------------------------------------------------------
def _snapshot(folder: Path) -> dict[str, tuple[int, str]]:
    return {
        p.relative_to(folder).as_posix(): (p.stat().st_mtime_ns, sha(p))
        for p in folder.rglob("*")
        if p.is_file()
    }


def test_import_copies_a_repository_layout_and_never_touches_it(tmp_path: Path, dest: Path) -> None:
    src = build_tiny_model(tmp_path / "usb", graphs=("onnx/model.onnx",))
    before = _snapshot(src)
    status = import_model(src, dest=dest)
    assert status.installed and status.variant == "fp32" and status.verified == "imported"
    assert status.revision is None and status.source == f"import:{src.resolve()}"
    assert _snapshot(src) == before
    for rel in VARIANTS["fp32"].files:
        assert (dest / rel).read_bytes() == (src / rel).read_bytes()
        assert (dest / rel).stat().st_ino != (src / rel).stat().st_ino  # a copy, not a link
    manifest = json.loads((dest / MANIFEST).read_text())
    assert manifest["files"]["onnx/model.onnx_data"]["sha256"] == sha(src / "onnx/model.onnx_data")


def test_import_takes_the_data_dir_layout_by_default(tmp_path: Path) -> None:
    src = build_tiny_model(tmp_path / "usb", graphs=("onnx/model_int8.onnx",))
    status = import_model(src, tmp_path / "data")
    assert Path(status.directory) == tmp_path / "data" / "models" / "jina-clip-v2"
    assert status.installed


def test_import_refuses_a_graph_with_other_input_names(tmp_path: Path, dest: Path) -> None:
    import onnx
    from onnx import TensorProto

    src = build_tiny_model(tmp_path / "bad", graphs=("onnx/model_int8.onnx",))
    wrong = build_custom_graph(
        [
            ("input_ids", TensorProto.INT64, ["b", "s"]),
            ("image", TensorProto.FLOAT, ["b", 3, 512, 512]),
        ],
        [
            (n, ["b", 1024])
            for n in (
                "text_embeddings",
                "image_embeddings",
                "l2norm_text_embeddings",
                "l2norm_image_embeddings",
            )
        ],
    )
    onnx.save_model(wrong, str(src / "onnx/model_int8.onnx"))
    with pytest.raises(ModelImportError, match="inputs"):
        import_model(src, dest=dest)
    assert not dest.exists()


@pytest.mark.parametrize(
    ("inputs", "outputs", "words"),
    [
        (
            [("input_ids", 7, ["b", "s"]), ("pixel_values", 1, ["b", 3, 224, 224])],
            [
                "text_embeddings",
                "image_embeddings",
                "l2norm_text_embeddings",
                "l2norm_image_embeddings",
            ],
            "pixel_values",
        ),
        (
            [("input_ids", 7, ["b", "s"]), ("pixel_values", 1, ["b", 3, 512, 512])],
            ["text_embeddings", "image_embeddings"],
            "lacks the outputs",
        ),
        (
            [("input_ids", 1, ["b", "s"]), ("pixel_values", 1, ["b", 3, 512, 512])],
            [
                "text_embeddings",
                "image_embeddings",
                "l2norm_text_embeddings",
                "l2norm_image_embeddings",
            ],
            "int64",
        ),
    ],
)
def test_import_checks_shapes_types_and_outputs(
    tmp_path: Path, dest: Path, inputs: Any, outputs: list[str], words: str
) -> None:
    import onnx

    src = build_tiny_model(tmp_path / "bad", graphs=("onnx/model_int8.onnx",))
    onnx.save_model(
        build_custom_graph(inputs, [(n, ["b", 1024]) for n in outputs]),
        str(src / "onnx/model_int8.onnx"),
    )
    with pytest.raises(ModelImportError, match=words):
        import_model(src, dest=dest)


def test_import_needs_a_tokenizer_that_loads_and_json_that_parses(
    tmp_path: Path, dest: Path
) -> None:
    src = build_tiny_model(tmp_path / "t", graphs=("onnx/model_int8.onnx",))
    (src / "tokenizer.json").unlink()
    with pytest.raises(ModelImportError, match=r"tokenizer\.json"):
        import_model(src, dest=dest)
    (src / "tokenizer.json").write_text('{"version": "1.0", "model": 3}')
    with pytest.raises(ModelImportError, match="tokenizer"):
        import_model(src, dest=dest)
    build_tiny_model(src, graphs=("onnx/model_int8.onnx",))
    (src / "config.json").write_text('{"task_instructions": {}}')
    with pytest.raises(ModelImportError, match=r"retrieval\.query"):
        import_model(src, dest=dest)
    (src / "config.json").unlink()
    with pytest.raises(ModelImportError, match=r"config\.json"):
        import_model(src, dest=dest)
    build_tiny_model(src, graphs=("onnx/model_int8.onnx",))
    (src / "preprocessor_config.json").write_text('{"size": 512}')
    with pytest.raises(ModelImportError, match="mean"):
        import_model(src, dest=dest)
    assert not dest.exists()


def test_import_of_a_folder_without_a_graph(tmp_path: Path, dest: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(ModelImportError, match="none of the model's graphs"):
        import_model(tmp_path / "empty", dest=dest)
    with pytest.raises(ModelImportError, match="not a directory"):
        import_model(tmp_path / "nope", dest=dest)


# -- status and removal ------------------------------------------------------------------------
def test_status_of_nothing_installed(dest: Path) -> None:
    st = model_status(directory=dest)
    assert not st.installed and st.variant is None
    assert st.problem is not None and "photoseek model download" in st.problem
    assert st.providers == ["CPUExecutionProvider"] and st.device == "CPU"
    data = json.loads(json.dumps(st.to_json()))
    assert data["installed"] is False and data["licence"] == "CC BY-NC 4.0"
    assert data["directory"] == str(dest)


def test_status_of_an_installed_model_and_its_damage(
    hub: FakeHub, dest: Path, variants: dict[str, Any]
) -> None:
    fetch(hub, dest, variants["int8"])
    st = model_status(directory=dest, verify=True)
    assert st.installed and st.problem is None
    data = st.to_json()
    assert data["variant"] == "int8" and data["revision"] == REVISION
    assert {f["path"] for f in data["files"]} == set(variants["int8"].files)
    assert data["total_bytes"] == sum(len(hub.files[r]) for r in variants["int8"].files)
    # A flipped byte keeps the size: only `verify` sees it.
    graph = dest / GRAPH
    raw = bytearray(graph.read_bytes())
    raw[100] ^= 0xFF
    graph.write_bytes(bytes(raw))
    assert model_status(directory=dest).installed
    bad = model_status(directory=dest, verify=True)
    assert not bad.installed and bad.problem is not None and "damaged" in bad.problem
    graph.write_bytes(bytes(raw[:-1]))
    assert "bytes instead of" in (model_status(directory=dest).problem or "")
    graph.unlink()
    missing = model_status(directory=dest)
    assert "missing" in (missing.problem or "")
    assert next(f for f in missing.files if f.path == GRAPH).size is None


def test_status_with_files_but_no_manifest_or_a_broken_one(tmp_path: Path, dest: Path) -> None:
    build_tiny_model(dest, graphs=("onnx/model_int8.onnx",))
    st = model_status(directory=dest)
    assert not st.installed and "no manifest" in (st.problem or "")
    (dest / MANIFEST).write_text("{not json")
    st = model_status(directory=dest)
    assert not st.installed and "damaged" in (st.problem or "")


def test_model_dir_follows_the_data_dir_or_the_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert model_dir(tmp_path) == tmp_path / "models" / "jina-clip-v2"
    monkeypatch.setenv("PHOTOSEEK_MODEL_DIR", str(tmp_path / "mine"))
    assert model_dir(tmp_path) == tmp_path / "mine"
    assert model_status(tmp_path).directory == str(tmp_path / "mine")


def test_remove_deletes_only_what_photoseek_put_there(
    hub: FakeHub, dest: Path, variants: dict[str, Any], src: Path
) -> None:
    fetch(hub, dest, variants["int8"])
    _part(dest, src, 100, rel="onnx/model_fp16.onnx")
    (dest / "notes.txt").write_text("mine")
    manifest_size = (dest / MANIFEST).stat().st_size
    freed = remove_model(dest)
    expected = sum(len(hub.files[r]) for r in variants["int8"].files) + 100 + manifest_size
    assert freed == expected
    assert sorted(p.name for p in dest.iterdir()) == ["notes.txt"]
    (dest / "notes.txt").unlink()
    fetch(hub, dest, variants["int8"])
    remove_model(dest)
    assert not dest.exists()


# -- the fake hub answers like the hub ---------------------------------------------------------
def test_fake_hub_shapes(hub: FakeHub) -> None:
    with httpx.Client(base_url=hub.url) as c:
        tree = c.get(f"/api/models/jinaai/jina-clip-v2/tree/{REVISION}/onnx").json()
        entry = next(e for e in tree if e["path"] == GRAPH)
        assert entry["type"] == "file" and entry["lfs"]["size"] == entry["size"]
        assert entry["lfs"]["oid"] == hashlib.sha256(hub.files[GRAPH]).hexdigest()
        assert 120 < entry["lfs"]["pointerSize"] < 140
        top = c.get(f"/api/models/jinaai/jina-clip-v2/tree/{REVISION}").json()
        assert {"type": "directory", "path": "onnx"}.items() <= top[0].items()
        r = c.get(f"/jinaai/jina-clip-v2/resolve/{REVISION}/{GRAPH}")
        assert r.status_code == 302 and r.headers["X-Linked-Size"] == str(len(hub.files[GRAPH]))
        size = len(hub.files[GRAPH])
        r = c.get(r.headers["Location"], headers={"Range": f"bytes={size}-"})
        assert r.status_code == 416 and r.headers["Content-Range"] == f"bytes */{size}"
        r = c.get(f"/jinaai/jina-clip-v2/resolve/{'1' * 40}/{GRAPH}")
        assert r.status_code == 404 and r.headers["X-Error-Code"] == "RevisionNotFound"
        r = c.get(f"/someone/else/resolve/{REVISION}/{GRAPH}")
        assert r.status_code == 401 and r.headers["X-Error-Code"] == "RepoNotFound"


def test_the_downloader_can_be_closed_without_running(dest: Path, variants: dict[str, Any]) -> None:
    with ModelDownloader(dest, variants["int8"], base="http://127.0.0.1:9") as d:
        assert d.variant.name == "int8"
