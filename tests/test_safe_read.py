"""Opening photos safely (no hang on a FIFO, no endless read of a device, size caps) and the
memory budget that makes big decodes take turns."""

from __future__ import annotations

import contextlib
import io
import os
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from photoseek import imaging
from photoseek.imaging.budget import DecodeBudget, decode_cost
from photoseek.imaging.source import MAX_FILE_BYTES, PhotoFile, read_bytes
from photoseek.search.service import SearchError, _read

posix_only = pytest.mark.skipif(os.name != "posix", reason="FIFOs and /dev/zero are POSIX")


def finishes(fn: Callable[[], object], seconds: float = 5.0) -> BaseException | object:
    """Run fn in a thread; fail if it is still running after `seconds` (it would hang)."""
    out: list[object] = []

    def target() -> None:
        try:
            out.append(fn())
        except BaseException as exc:
            out.append(exc)

    t = threading.Thread(target=target, daemon=True)
    t.start()
    t.join(seconds)
    assert not t.is_alive(), "it hangs"
    return out[0]


def jpeg(path: Path, size: tuple[int, int] = (64, 48)) -> Path:
    Image.new("RGB", size, (200, 30, 30)).save(path, "JPEG")
    return path


@posix_only
def test_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "x.jpg"
    os.mkfifo(fifo)
    try:
        result = finishes(lambda: PhotoFile(fifo))
    finally:  # if open() did block, a writer releases the thread (ENXIO when none waits)
        with contextlib.suppress(OSError):
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
    assert isinstance(result, imaging.ImageSkipped)
    assert "named pipe" in result.reason
    for call in (lambda: imaging.decode_path(fifo, 64), lambda: imaging.read_metadata(fifo)):
        assert isinstance(finishes(call), imaging.ImageSkipped)


@posix_only
def test_a_device_link_is_refused_not_read(tmp_path: Path) -> None:
    link = tmp_path / "zero.jpg"
    link.symlink_to("/dev/zero")
    result = finishes(lambda: read_bytes(link))
    assert isinstance(result, imaging.ImageSkipped) and "a device" in result.reason
    loop = tmp_path / "loop.jpg"
    loop.symlink_to(loop)
    result = finishes(lambda: PhotoFile(loop))
    assert isinstance(result, imaging.ImageSkipped) and "loop" in result.reason


def test_similar_and_image_queries_read_safely(tmp_path: Path) -> None:
    if os.name == "posix":
        (tmp_path / "zero.jpg").symlink_to("/dev/zero")
        result = finishes(lambda: _read(tmp_path / "zero.jpg"))
        assert isinstance(result, SearchError)
        assert "zero.jpg: not a photo file: it is a device" in str(result)
    with pytest.raises(SearchError, match="does not exist"):
        _read(tmp_path / "nothing.jpg")
    assert _read(jpeg(tmp_path / "ok.jpg")) == (tmp_path / "ok.jpg").read_bytes()


def test_too_big_files_are_skipped_without_reading(tmp_path: Path) -> None:
    huge = tmp_path / "huge.jpg"
    with open(huge, "wb") as f:  # sparse: takes no disk space
        f.truncate(MAX_FILE_BYTES + 1)
    result = finishes(lambda: PhotoFile(huge))
    assert isinstance(result, imaging.ImageSkipped)
    assert result.reason.startswith("file too large (1,074 MB")
    small = jpeg(tmp_path / "small.jpg")
    with pytest.raises(imaging.ImageSkipped, match="too large"):
        read_bytes(small, max_bytes=10)


def test_reads_and_hashes_agree_and_notice_changes(tmp_path: Path) -> None:
    from photoseek.hashing import content_hash

    p = jpeg(tmp_path / "a.jpg", (400, 300))
    data = p.read_bytes()
    with PhotoFile(p) as f:
        assert f.read_all() == data
        assert f.hash_chunks() == content_hash(data)
        assert f.file.tell() == 0  # ready to decode from the start
        f.check_unchanged()
        with open(p, "ab") as w:  # rewritten while open
            w.write(b"more")
        with pytest.raises(imaging.ImageReadError, match="changed while it was read"):
            f.check_unchanged()
        with pytest.raises(imaging.ImageReadError, match="changed while it was read"):
            f.read_all()
    with pytest.raises(imaging.ImageReadError, match="not found"):
        PhotoFile(tmp_path / "gone.jpg")
    with pytest.raises(imaging.ImageSkipped, match="a folder"):
        PhotoFile(tmp_path)


def test_budget_lets_small_decodes_share_and_big_ones_take_turns() -> None:
    budget = DecodeBudget(100)
    running: list[int] = []
    most = 0
    lock = threading.Lock()
    start = threading.Barrier(6)

    def work(cost: int) -> None:
        nonlocal most
        start.wait()
        with budget.reserve(cost):
            with lock:
                running.append(cost)
                most = max(most, sum(running))
            threading.Event().wait(0.02)
            with lock:
                running.remove(cost)

    threads = [threading.Thread(target=work, args=(c,)) for c in (60, 60, 60, 150, 10, 10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert budget.used == 0
    assert most <= 150  # never two 60s with a third, never the 150 with anything else
    assert budget.peak == most and budget.waits >= 2


def test_decode_cost_counts_the_working_copy() -> None:
    assert decode_cost(1000, 1000, "RGB") == 8_000_000
    assert decode_cost(1000, 1000, "L") == 5_000_000
    assert decode_cost(12000, 12000, "RGB") > imaging.DECODE_BUDGET.capacity  # runs alone


def test_decodes_hold_the_budget_while_their_pixels_exist(tmp_path: Path) -> None:
    budget = DecodeBudget(1 << 30)
    png = io.BytesIO()
    Image.new("RGB", (1000, 800), (1, 2, 3)).save(png, "PNG")
    png.seek(0)
    d = imaging.decode_stream(png, 256, budget=budget)
    assert d.image.size == (256, 205)
    assert budget.peak == decode_cost(1000, 800, "RGB") and budget.used == 0
    big = io.BytesIO()
    Image.new("RGB", (4000, 3000), (1, 2, 3)).save(big, "JPEG")
    big.seek(0)
    budget.peak = 0
    imaging.decode_stream(big, 512, budget=budget)
    assert budget.peak == decode_cost(1000, 750, "RGB")  # JPEG: 1/4 scale, never below 512
