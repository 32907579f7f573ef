"""Hostile files: whatever a photo folder holds, each file is indexed or listed with a reason,
nothing hangs, memory stays bounded, and the folders are byte-identical afterwards.

Runs the real CLI (`python -m photoseek index`) in a subprocess against the Jina fake, so a
regression that hangs or eats memory fails here instead of taking the test run with it; each
run reports its own peak RSS (tests/peak_rss.py).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import random
import shutil
import stat
import subprocess
import threading
import time
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from photoseek import imaging
from photoseek.library import Library
from tests import peak_rss
from tests.conftest import HOSTILE, PHOTOS, corpus_dir

pytestmark = pytest.mark.skipif(os.name != "posix", reason="FIFOs, devices, byte names: POSIX")

RUN_TIMEOUT_S = 60.0
PEAK_RSS_MB = 600  # a whole CLI run; without the read caps /dev/zero alone takes gigabytes
SEED = 20240611


# -- running the CLI with a watchdog and its peak memory ----------------------------------------
def run_cli(*args: str | bytes, timeout: float = RUN_TIMEOUT_S) -> tuple[int, float, float, str]:
    """(exit code, seconds, peak RSS in MB, stderr) of `python -m photoseek ARGS`."""
    started = time.monotonic()
    report = Path(os.environ["PHOTOSEEK_DATA_DIR"]).parent / "peak-rss.txt"
    proc = subprocess.Popen(
        peak_rss.cli(*args),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=peak_rss.env_for(report),
    )
    killer = threading.Timer(timeout, proc.kill)
    killer.start()
    out: dict[str, bytes] = {}
    readers = [
        threading.Thread(target=lambda k=k, f=f: out.__setitem__(k, f.read()))
        for k, f in (("out", proc.stdout), ("err", proc.stderr))
    ]
    for t in readers:
        t.start()
    try:
        proc.wait()
    finally:
        killer.cancel()
    for t in readers:
        t.join()
    for f in (proc.stdout, proc.stderr):
        if f is not None:
            f.close()
    seconds = time.monotonic() - started
    assert seconds < timeout, f"photoseek {args} hung (killed after {timeout:.0f} s)"
    rss_mb = peak_rss.read_mb(report)
    run_cli.last_stdout = out["out"].decode("utf-8")  # type: ignore[attr-defined]
    return proc.returncode, seconds, rss_mb, out["err"].decode("utf-8", "replace")


def checksums(root: Path) -> dict[bytes, str]:
    """Every entry under root by its raw name: content hash, link target or file type. Special
    files are never opened (opening a FIFO would be the very hang under test)."""
    out: dict[bytes, str] = {}
    for dirpath, dirnames, filenames in os.walk(os.fsencode(root)):
        for name in dirnames + filenames:
            p = os.path.join(dirpath, name)
            st = os.lstat(p)
            if stat.S_ISLNK(st.st_mode):
                out[p] = "link:" + os.fsdecode(os.readlink(p))
            elif stat.S_ISREG(st.st_mode) and st.st_size > 64 << 20:
                out[p] = f"big:{st.st_size}:{st.st_mtime_ns}"  # the sparse giant
            elif stat.S_ISREG(st.st_mode):
                with open(p, "rb") as f:
                    out[p] = hashlib.sha256(f.read()).hexdigest()
            else:
                out[p] = f"mode:{stat.S_IFMT(st.st_mode)}"
    return out


# -- the hostile library --------------------------------------------------------------------------
def real_photos(n: int) -> list[Path]:
    photos = sorted(
        p
        for p in corpus_dir("photos").rglob("*")
        if p.suffix.lower() in (".jpg", ".heic") and p.stat().st_size < 3_000_000
    )
    rng = random.Random(SEED)
    return rng.sample(photos, min(n, len(photos)))


def build_library(lib: Path) -> dict[str, set[str]]:
    """The hostile library; returns the names that must end up indexed, and those that must be
    listed with a reason (the rest of the shared corpus may go either way, but must go)."""
    corpus_dir("hostile")
    shutil.copytree(HOSTILE, lib)
    rng = random.Random(SEED)
    photos = real_photos(8)
    sample = next(p for p in photos if p.suffix.lower() == ".jpg").read_bytes()
    indexed: set[str] = set()
    listed: set[str] = set()

    def put(name: str | bytes, data: bytes, must: set[str] | None) -> None:
        path = os.path.join(os.fsencode(lib), os.fsencode(name))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
        if must is not None:
            must.add(os.fsdecode(path))

    for i, p in enumerate(photos):
        put(f"real/{i}{p.suffix}", p.read_bytes(), indexed)
        data = p.read_bytes()
        cut = rng.randrange(len(data) // 8, len(data) - 16)
        put(f"truncated/{i}_at_{cut}{p.suffix}", data[:cut], None)  # indexed or listed
    # Names: bytes that are not UTF-8, NFC and NFD twins, RTL, emoji, combining marks, 255 bytes.
    stamp = 0

    def variant() -> bytes:  # a distinct picture each time (a copy would be one document)
        nonlocal stamp
        stamp += 1
        with Image.open(io.BytesIO(sample)) as img:
            img = img.convert("RGB")
            img.paste((stamp * 23 % 256, 255 - stamp * 11 % 256, 7), (0, 0, 32, 32))
            return jpeg_bytes(img)

    for name in (
        b"names/bad_\xff.jpg",
        b"names/dir_\xe9\xe8/inside.jpg",
        unicodedata.normalize("NFC", "names/café.jpg").encode(),
        unicodedata.normalize("NFD", "names/café.jpg").encode(),
        "names/צילום מהחופשה.jpg".encode(),
        "names/🐈‍⬛ 🌅.jpg".encode(),
        "names/e\u0301\u0302\u0303\u0304.jpg".encode(),
        ("names/" + "a" * 251 + ".jpg").encode(),  # 255 bytes
        ("names/" + "é" * 125 + "a.jpg").encode(),  # 255 bytes of two-byte characters
        b"names/IMG_0042",  # a JPEG with no extension at all
    ):
        put(name, variant(), indexed)
    # Bytes that are not photos.
    put("junk/empty.jpg", b"", listed)
    for ext in (".jpg", ".png", ".heic", ".webp", ".tif", ".gif"):
        put(f"junk/random{ext}", rng.randbytes(rng.randrange(10, 50_000)), listed)
    put("junk/IMG_1.CR2", rng.randbytes(1000), listed)
    huge = lib / "junk" / "huge.jpg"
    with open(huge, "wb") as f:  # sparse: no disk space, and never read
        f.truncate(3 << 30)
    listed.add(str(huge))
    # Special files with photo names.
    (lib / "special").mkdir()
    os.mkfifo(lib / "special" / "fifo.jpg")
    (lib / "special" / "zero.jpg").symlink_to("/dev/zero")
    (lib / "special" / "dangling.jpg").symlink_to(lib / "special" / "nowhere.jpg")
    (lib / "special" / "loop.jpg").symlink_to(lib / "special" / "loop.jpg")
    listed |= {
        str(lib / "special" / n) for n in ("fifo.jpg", "zero.jpg", "dangling.jpg", "loop.jpg")
    }
    return {"indexed": indexed, "listed": listed}


def jpeg_bytes(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=85)
    return buf.getvalue()


def catalogued(lib_state: Library) -> tuple[dict[str, str], dict[str, str]]:
    """(indexed and other file states by path, problems by path) as the library reports them."""
    files = {
        p: k.state
        for f in lib_state.folders()
        for p, k in lib_state.catalog.known_files(f.id).items()
    }
    problems = {p.path: p.reason for p in lib_state.problems(100_000)}
    return files, problems


def photo_like(path: str) -> bool:
    ext = os.path.splitext(path)[1].lower()
    return ext in imaging.SUPPORTED_EXTENSIONS or ext in imaging.UNSUPPORTED_IMAGE_EXTENSIONS


# -- the tests ----------------------------------------------------------------------------------
def test_hostile_folder_is_indexed_or_listed_without_hangs_or_memory_blowups(
    fake_jina: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lib = tmp_path / "hostile"
    expect = build_library(lib)
    corpus_before = {d: checksums(d) for d in (HOSTILE, PHOTOS)}
    runs: list[tuple[str, float, float]] = []

    before = checksums(lib)
    code, seconds, rss, err = run_cli("index", str(lib))
    runs.append(("index", seconds, rss))
    assert code == 0, err
    assert checksums(lib) == before, "the photo folder changed"

    # Files that change kind after the scan: a FIFO, a /dev/zero link and a huge file appear
    # under names the scan saw as photos; the next run reads them, and must not hang or bloat.
    sample = next(iter(sorted(expect["indexed"])))
    late = {n: lib / "late" / n for n in ("fifo.jpg", "zero.jpg", "big.jpg")}
    late["fifo.jpg"].parent.mkdir()
    for i, p in enumerate(late.values()):
        p.write_bytes(Path(sample).read_bytes() + bytes([i]))
    scanner = Library()
    try:
        assert scanner.index(embed=False).error is None  # the scan sees three photo files
    finally:
        scanner.close()
    late["fifo.jpg"].unlink()
    os.mkfifo(late["fifo.jpg"])
    late["zero.jpg"].unlink()
    late["zero.jpg"].symlink_to("/dev/zero")
    with open(late["big.jpg"], "r+b") as f:
        f.truncate(2 << 30)
    before = checksums(lib)
    code, seconds, rss, err = run_cli("index", "--no-scan")
    runs.append(("index --no-scan (swapped files)", seconds, rss))
    assert code == 0, err
    assert checksums(lib) == before, "the photo folder changed"

    code, seconds, rss, err = run_cli("index")  # the scan now lists them itself
    runs.append(("index (rescan)", seconds, rss))
    assert code == 0, err

    state = Library()
    try:
        files, problems = catalogued(state)
        status = state.status()
    finally:
        state.close()
    assert checksums(lib) == before, "the photo folder changed"
    assert {d: checksums(d) for d in (HOSTILE, PHOTOS)} == corpus_before

    # Everything that looks like a photo is indexed or listed; nothing is both or neither.
    on_disk = {
        os.fsdecode(p)
        for p in checksums(lib)
        if photo_like(os.fsdecode(p)) or os.fsdecode(p).endswith("IMG_0042")
    }
    unaccounted = on_disk - {p for p, s in files.items() if s == "indexed"} - set(problems)
    assert not unaccounted, f"neither indexed nor listed: {sorted(unaccounted)}"
    not_indexed = {p for p in expect["indexed"] if files.get(p) != "indexed"}
    assert not not_indexed, {p: problems.get(p, files.get(p)) for p in not_indexed}
    assert expect["listed"] <= set(problems), expect["listed"] - set(problems)
    for path, reason in problems.items():
        assert reason and "\n" not in reason and len(reason) < 200, (path, reason)
    assert problems[str(lib / "special" / "fifo.jpg")] == (
        "not a photo file: it is a named pipe (FIFO)"
    )
    assert problems[str(lib / "special" / "zero.jpg")] == "not a photo file: it is a device"
    assert problems[str(lib / "junk" / "huge.jpg")].startswith("file too large")
    assert problems[str(late["fifo.jpg"])].endswith("named pipe (FIFO)")
    assert problems[str(late["zero.jpg"])].endswith("a device")
    assert problems[str(late["big.jpg"])].startswith("file too large")
    # The counts agree: status, the problem list, and what the last run said.
    assert status.files.get("skipped", 0) + status.files.get("failed", 0) == len(problems)
    assert f"{status.files.get('skipped', 0)} skipped" in err

    # The name that is not UTF-8 is searchable, shown readably, and names the real file.
    code, _, _, err = run_cli("search", "--json", b"red \xff", "-k", "100", "--all")
    assert code == 0, err
    results = json.loads(run_cli.last_stdout)["results"]  # type: ignore[attr-defined]
    shown = {p for r in results for p in r["paths"]}
    assert str(lib / "names" / "bad_\ufffd.jpg") in shown
    code, seconds, _, err = run_cli("similar", str(late["fifo.jpg"]))
    assert code != 0 and "not a photo file" in err and err.count("\n") == 1, err

    for what, _seconds, rss in runs:
        assert rss < PEAK_RSS_MB, f"{what}: peak RSS {rss:.0f} MB"
    with capsys.disabled():
        print(
            f"\nhostile files: {len(on_disk)} photo-like entries, "
            f"{sum(1 for s in files.values() if s == 'indexed')} indexed, {len(problems)} listed, "
            "0 lost; runs: " + "; ".join(f"{w} {s:.1f} s {r:.0f} MB" for w, s, r in runs)
        )


def test_a_file_rewritten_or_deleted_while_it_is_read(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "photos"
    folder.mkdir()
    for name, colour in (("keep.jpg", (10, 200, 10)), ("rewritten.jpg", (200, 10, 10))):
        Image.new("RGB", (320, 240), colour).save(folder / name)
    Image.new("RGB", (320, 240), (10, 10, 200)).save(folder / "deleted.jpg")
    original = imaging.PhotoFile.read_all

    def read_all(self: imaging.PhotoFile) -> bytes:
        name = os.path.basename(str(self.path))
        if name == "deleted.jpg":
            os.unlink(self.path)
        data = original(self)
        if name == "rewritten.jpg":
            Image.new("RGB", (640, 480), (250, 250, 0)).save(self.path)
        return data

    monkeypatch.setattr(imaging.PhotoFile, "read_all", read_all)
    library.add_folder(folder)
    report = library.index()
    assert report.error is None
    reasons = {os.path.basename(p.path): p.reason for p in library.problems()}
    assert reasons == {
        "rewritten.jpg": "the file changed while it was read",
        "deleted.jpg": "file not found (moved or deleted)",
    }
    monkeypatch.setattr(imaging.PhotoFile, "read_all", original)
    report = library.index()  # the rewrite is picked up, the deleted file is forgotten
    assert report.error is None and library.problems() == []
    assert library.status().files == {"indexed": 2}


def test_huge_decodes_take_turns(fake_jina: Any, tmp_path: Path) -> None:
    """Three 36 MP PNGs (no reduced decoding for PNG) with three decoders: the decode budget
    runs them one at a time, so the peak is about one image, not three."""
    side = 6000
    image_mb = side * side * 4 / 2**20  # Pillow keeps RGB in 4 bytes a pixel

    def peak(folder: Path) -> float:
        code = (
            "import photoseek.indexing.pipeline as p\n"
            "p.default_decode_workers = lambda: 3\n"
            "from photoseek.cli.main import main\n"
            f"sys.exit(main(['index', {str(folder)!r}]))\n"
        )
        report = tmp_path / f"peak-{folder.name}.txt"
        proc = subprocess.run(
            peak_rss.measured(code), env=peak_rss.env_for(report), timeout=RUN_TIMEOUT_S
        )
        assert proc.returncode == 0
        return peak_rss.read_mb(report)

    small, big = tmp_path / "small", tmp_path / "big"
    for folder, size in ((small, 64), (big, side)):
        folder.mkdir()
        for i in range(3):
            Image.new("RGB", (size, size), (60 * i, 90, 200)).save(
                folder / f"{i}.png", compress_level=1
            )
    baseline = peak(small)  # the same run on three tiny PNGs
    with contextlib.suppress(OSError):
        shutil.rmtree(Path(os.environ["PHOTOSEEK_DATA_DIR"]))
        Path(os.environ["PHOTOSEEK_DATA_DIR"]).mkdir()
    extra = peak(big) - baseline
    assert extra < 1.8 * image_mb, f"{extra:.0f} MB above the baseline for {image_mb:.0f} MB images"
