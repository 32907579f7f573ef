"""The grid's thumbnail helpers: pixels made in other processes, answers collected without
waiting, a helper that dies replaced and only the photo that killed it twice given up."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from photoseek.imaging.grid_pixels import GridPixels, load_grid_pixels
from photoseek.imaging.thumbnail_helpers import DECODER_CRASHED, ThumbnailHelpers
from photoseek.indexing.priority import process_policy

WAIT_S = 60.0


def crash_on(marker: str, kill_times: int) -> GridPixels:
    """Runs in a helper: dies like a decoder bug would, the first `kill_times` times."""
    flag = Path(marker)
    done = int(flag.read_text()) if flag.exists() else 0
    if done < kill_times:
        flag.write_text(str(done + 1))
        os._exit(3)
    return GridPixels(None, error=f"answered after {done} crashes")


class Answers(dict[int, GridPixels]):
    """What came back, by the number a test gave each request."""

    def to(self, number: int) -> Callable[[GridPixels], None]:
        return lambda answer: self.__setitem__(number, answer)

    def wait_for(self, helpers: ThumbnailHelpers, count: int) -> Answers:
        deadline = time.monotonic() + WAIT_S
        while len(self) < count and time.monotonic() < deadline:
            helpers.wait(deadline - time.monotonic())
            helpers.collect()
        assert len(self) == count, f"{len(self)} of {count} answers"
        return self


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    path = tmp_path / "photo.jpg"
    Image.new("RGB", (1200, 800), "blue").save(path)
    return path


def test_pixels_come_from_a_helper_as_a_thread_makes_them(photo: Path, tmp_path: Path) -> None:
    helpers = ThumbnailHelpers(2, nice=3)
    try:
        cache, got = str(tmp_path / "thumbs"), Answers()
        for ticket, px in enumerate((160, 300, 96)):
            helpers.submit(got.to(ticket), cache, (str(photo),), "c" * 64, px)
        got.wait_for(helpers, 3)
        for ticket, px in enumerate((160, 300, 96)):
            here = load_grid_pixels(cache, (str(photo),), "c" * 64, px)
            assert got[ticket] == here and here.pixels is not None
            assert max(here.pixels.width, here.pixels.height) == px
        assert helpers.outstanding == 0 and helpers.started == 2  # three asks, two helpers
        if sys.platform != "win32":
            assert all(os.getpriority(os.PRIO_PROCESS, pid) >= 3 for pid in helpers.pids())
        if sys.platform.startswith("linux"):  # they use what the GUI thread leaves
            assert all(process_policy(pid) == "idle" for pid in helpers.pids())
    finally:
        helpers.close()


def test_collect_returns_at_once_when_nothing_has_arrived(tmp_path: Path) -> None:
    helpers = ThumbnailHelpers(1)
    try:
        assert helpers.collect() == 0  # nothing asked: no helper started either
        assert helpers.started == 0
    finally:
        helpers.close()


CRASH_LOGGED = pytest.mark.allow_log(r"a thumbnail helper stopped unexpectedly")


@CRASH_LOGGED
def test_a_helper_that_dies_is_replaced_and_its_photo_tried_again(tmp_path: Path) -> None:
    helpers = ThumbnailHelpers(1, depth=3, work=crash_on)
    try:
        marker, got = str(tmp_path / "flag"), Answers()
        helpers.submit(got.to(1), marker, 1)  # kills the first helper, answered by the second
        helpers.submit(got.to(2), marker, 1)  # was waiting in the first: sent again
        got.wait_for(helpers, 2)
        assert got[1].error == "answered after 1 crashes"
        assert got[2].error == "answered after 1 crashes"
        assert helpers.restarts == 1
    finally:
        helpers.close()


@CRASH_LOGGED
def test_a_photo_that_kills_two_helpers_is_given_up_and_the_rest_answered(
    tmp_path: Path,
) -> None:
    helpers = ThumbnailHelpers(1, depth=2, work=crash_on)
    try:
        got = Answers()
        helpers.submit(got.to(1), str(tmp_path / "killer"), 99)
        helpers.submit(got.to(2), str(tmp_path / "fine"), 0)
        got.wait_for(helpers, 2)
        assert got[1] == GridPixels(None, error=DECODER_CRASHED)
        assert got[2].error == "answered after 0 crashes"
        assert helpers.restarts == 2
    finally:
        helpers.close()


def test_closed_helpers_exit_and_take_no_more_work(photo: Path, tmp_path: Path) -> None:
    helpers = ThumbnailHelpers(1)
    helpers.submit(Answers().to(1), str(tmp_path / "thumbs"), (str(photo),), "d" * 64, 96)
    helpers.wait(WAIT_S)
    assert helpers.collect() == 1
    process: Any = helpers._helpers[0].process  # type: ignore[union-attr]
    helpers.close()
    process.join(WAIT_S)  # it read the end of its pipe
    assert process.exitcode == 0
    with pytest.raises(RuntimeError):
        helpers.submit(Answers().to(2), str(tmp_path / "thumbs"), (str(photo),), "d" * 64, 96)


@pytest.mark.allow_log(r"cannot start a thumbnail helper")
def test_a_helper_that_cannot_start_answers_with_why(
    photo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import multiprocessing.context

    def no_memory(_self: object) -> None:
        raise OSError(12, "Cannot allocate memory")

    helpers = ThumbnailHelpers(1)
    try:
        with monkeypatch.context() as m:
            m.setattr(multiprocessing.context.SpawnProcess, "start", no_memory)
            got = Answers()
            helpers.submit(got.to(1), str(tmp_path / "thumbs"), (str(photo),), "e" * 64, 96)
            assert helpers.collect() == 1
        assert got[1] == GridPixels(
            None, error="cannot start a thumbnail helper: Cannot allocate memory"
        )
        assert helpers.started == 0
        helpers.submit(got.to(2), str(tmp_path / "thumbs"), (str(photo),), "e" * 64, 96)
        got.wait_for(helpers, 2)  # the next request starts one
        assert got[2].pixels is not None
    finally:
        helpers.close()
