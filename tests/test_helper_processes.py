"""Decoding in helper processes (the window's): same payload and thumbnails as in a thread,
and a helper that dies takes only its own file down."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from PIL import Image

from photoseek import imaging
from photoseek.imaging.helper_processes import DECODER_CRASHED, HelperProcesses
from photoseek.imaging.thumbnails import ThumbnailCache


def jpeg_bytes(colour: str = "red", size: tuple[int, int] = (900, 600)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, colour).save(buf, "JPEG")
    return buf.getvalue()


def crash(_marker: str) -> None:  # runs in a helper: dies like a decoder bug would
    os._exit(3)


def crash_unless_alone(marker: str) -> str:
    """Dies the first time (the pool's helper), answers in the helper of its own."""
    flag = Path(marker)
    if not flag.exists():
        flag.write_text("crashed once")
        os._exit(3)
    return "answered"


@pytest.fixture
def helpers() -> object:
    pool = HelperProcesses(1)
    yield pool
    pool.close()


def test_the_payload_and_thumbnails_are_the_ones_a_thread_makes(
    helpers: HelperProcesses, tmp_path: Path
) -> None:
    data = jpeg_bytes()
    made = helpers.prepare(data, "a" * 64, tmp_path / "thumbs")
    here, _image = imaging.prepare_stream(io.BytesIO(data))
    assert made.prepared == here
    cache = ThumbnailCache(tmp_path / "thumbs", imaging.GRID_SIZES)
    assert made.thumbnails_written == len(imaging.GRID_SIZES)
    assert made.thumbnail_bytes > 0 and made.thumbnail_error is None
    for side in imaging.GRID_SIZES:
        with Image.open(cache.path_for("a" * 64, side)) as img:
            assert max(img.size) == min(side, 900)


def test_a_photo_that_is_not_one_is_skipped_with_the_usual_reason(
    helpers: HelperProcesses,
) -> None:
    with pytest.raises(imaging.ImageSkipped) as caught:
        helpers.prepare(b"not a photo at all", "b" * 64, None)
    assert caught.value.reason == "not an image or unsupported format"


CRASH_LOGGED = pytest.mark.allow_log(r"a decoding helper stopped unexpectedly")


@CRASH_LOGGED
def test_a_helper_that_dies_is_replaced_and_its_file_tried_alone(
    helpers: HelperProcesses, tmp_path: Path
) -> None:
    assert helpers.call(crash_unless_alone, str(tmp_path / "flag")) == "answered"
    assert helpers.restarts == 1
    assert helpers.prepare(jpeg_bytes(), "d" * 64, None).prepared.payload  # the pool works


@CRASH_LOGGED
def test_a_file_that_kills_the_decoder_twice_is_skipped(helpers: HelperProcesses) -> None:
    with pytest.raises(imaging.ImageSkipped) as caught:
        helpers.call(crash, "x")
    assert caught.value.reason == DECODER_CRASHED


def test_closed_helpers_take_no_more_work(tmp_path: Path) -> None:
    pool = HelperProcesses(1)
    pool.close()
    with pytest.raises(RuntimeError):
        pool.prepare(jpeg_bytes(), "e" * 64, None)
