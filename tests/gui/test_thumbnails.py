"""The thumbnail loader: off the GUI thread, newest requests first, stale answers dropped."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QPixmap

from photoseek.gui import thumbnails
from photoseek.gui.thumbnails import (
    MAX_QUEUED,
    PixmapCache,
    ThumbKey,
    ThumbnailLoader,
    ThumbState,
)
from photoseek.gui.workers import TaskRunner
from photoseek.imaging import ThumbnailCache
from photoseek.imaging.grid_pixels import DISK_SIZES, load_grid_pixels
from tests.gui.conftest import WAIT_MS


class HeldRunner:
    """A TaskRunner stand-in that keeps submitted work until the test runs it."""

    def __init__(self) -> None:
        self.tasks: list[tuple[Callable[[], Any], Callable[[Any], None], Any]] = []

    def submit(
        self, fn: Callable[[], Any], on_done: Callable[[Any], None], on_error: Any = None
    ) -> int:
        self.tasks.append((fn, on_done, on_error))
        return len(self.tasks)

    def run(self, i: int = 0) -> None:
        fn, on_done, _ = self.tasks.pop(i)
        on_done(fn())


@pytest.fixture
def runner(qtbot: Any) -> Any:
    r = TaskRunner(3)
    yield r
    r.shutdown()


@pytest.fixture
def photos(tmp_path: Path) -> list[Path]:
    from tests.synthetic import make_photos

    made = make_photos(tmp_path / "photos", per_scene=1)
    return [paths[0] for paths in made.values()]


def flush(qtbot: Any) -> None:
    """Let the loader's deferred pump run (it waits for the end of the current paint)."""
    qtbot.wait(1)


def test_thumbnails_are_made_off_the_gui_thread_and_cached_on_disk(
    qtbot: Any, runner: TaskRunner, photos: list[Path], tmp_path: Path, monkeypatch: Any
) -> None:
    threads: list[str] = []
    real = thumbnails.load_grid_pixels

    def spy(*args: Any) -> Any:
        threads.append(threading.current_thread().name)
        return real(*args)

    monkeypatch.setattr(thumbnails, "load_grid_pixels", spy)
    cache_dir = tmp_path / "thumbs"
    loader = ThumbnailLoader(runner, cache_dir)
    key = ThumbKey("a" * 64, 160)
    with qtbot.waitSignal(loader.ready, timeout=WAIT_MS) as blocker:
        loader.request(key, (str(photos[0]),))
    assert blocker.args == ["a" * 64]
    pixmap = loader.pixmap(key)
    assert pixmap is not None
    assert (pixmap.width(), pixmap.height()) == (160, 120)  # 640×480 fitted in 160
    assert threads and all(t.startswith("ps-gui") for t in threads)
    assert (cache_dir / "256" / "aa" / f"{'a' * 64}.jpg").is_file()
    assert (cache_dir / "512" / "aa" / f"{'a' * 64}.jpg").is_file()
    assert loader.delivered == 1 and loader.submitted == 1


def test_a_second_request_costs_nothing(qtbot: Any, runner: TaskRunner, photos: list[Path]) -> None:
    loader = ThumbnailLoader(runner, photos[0].parent.parent / "cache")
    key = ThumbKey("b" * 64, 96)
    with qtbot.waitSignal(loader.ready, timeout=WAIT_MS):
        loader.request(key, (str(photos[1]),))
        loader.request(key, (str(photos[1]),))  # the same, still queued
    loader.request(key, (str(photos[1]),))  # now cached
    flush(qtbot)
    assert loader.requests == 1 and loader.submitted == 1


def test_stale_generations_are_dropped(qtbot: Any, photos: list[Path], tmp_path: Path) -> None:
    held = HeldRunner()
    loader = ThumbnailLoader(held, tmp_path / "cache")  # type: ignore[arg-type]
    key = ThumbKey("c" * 64, 160)
    loader.request(key, (str(photos[0]),))
    flush(qtbot)
    assert len(held.tasks) == 1
    loader.new_generation()  # a new search started while the thumbnail was being made
    with qtbot.assertNotEmitted(loader.ready):
        held.run()
    assert loader.dropped == 1 and loader.delivered == 0
    assert loader.pixmap(key) is None


def test_an_old_answer_still_wanted_now_is_kept(
    qtbot: Any, photos: list[Path], tmp_path: Path
) -> None:
    """The same photo asked for again by the new search while its load was in flight: that
    answer is what the screen wants (dropping it left the cell blank for good)."""
    held = HeldRunner()
    loader = ThumbnailLoader(held, tmp_path / "cache")  # type: ignore[arg-type]
    key = ThumbKey("d" * 64, 160)
    loader.request(key, (str(photos[0]),))
    flush(qtbot)
    loader.new_generation()
    loader.request(key, (str(photos[0]),))  # in flight: not queued twice
    flush(qtbot)
    assert len(held.tasks) == 1
    with qtbot.waitSignal(loader.ready):
        held.run()
    assert loader.pixmap(key) is not None and loader.dropped == 0


def test_queued_requests_of_an_old_generation_are_forgotten(
    qtbot: Any, photos: list[Path], tmp_path: Path
) -> None:
    held = HeldRunner()
    loader = ThumbnailLoader(held, tmp_path / "cache", max_in_flight=1)  # type: ignore[arg-type]
    for i in range(5):
        loader.request(ThumbKey(f"{i:064d}", 160), (str(photos[0]),))
    flush(qtbot)
    assert len(held.tasks) == 1 and loader.queued == 4
    loader.new_generation()
    assert loader.queued == 0


def test_newest_batch_first_in_reading_order(qtbot: Any, tmp_path: Path) -> None:
    held = HeldRunner()
    loader = ThumbnailLoader(held, tmp_path / "cache", max_in_flight=1)  # type: ignore[arg-type]
    served: list[str] = []
    loader.ready.connect(served.append)
    missing = (str(tmp_path / "nowhere.jpg"),)
    for name in "abcde":  # one paint: rows a..e on screen
        loader.request(ThumbKey(name * 64, 96), missing)
    flush(qtbot)
    held.run()  # "a" (first of the only batch)
    for name in "fgh":  # the user scrolled: f..h on screen now
        loader.request(ThumbKey(name * 64, 96), missing)
    flush(qtbot)
    while held.tasks:
        held.run()
        flush(qtbot)
    assert [h[0] for h in served] == list("abfghcde")


def test_the_queue_is_bounded(qtbot: Any, tmp_path: Path) -> None:
    held = HeldRunner()
    loader = ThumbnailLoader(held, tmp_path / "cache", max_in_flight=2)  # type: ignore[arg-type]
    for i in range(MAX_QUEUED * 3):
        loader.request(ThumbKey(f"{i:064x}", 96), ("x.jpg",))
    assert loader.queued == MAX_QUEUED
    flush(qtbot)
    assert len(held.tasks) == 2 and loader.in_flight == 2


def test_missing_and_broken_photos(qtbot: Any, runner: TaskRunner, tmp_path: Path) -> None:
    loader = ThumbnailLoader(runner, tmp_path / "cache")
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8 this is not really a jpeg")
    with qtbot.waitSignals([loader.ready, loader.ready], timeout=WAIT_MS):
        loader.request(ThumbKey("d" * 64, 96), (str(tmp_path / "gone.jpg"),))
        loader.request(ThumbKey("e" * 64, 96), (str(broken),))
    qtbot.waitUntil(lambda: loader.in_flight == 0)
    assert loader.state("d" * 64) == ThumbState.MISSING and loader.file_missing("d" * 64)
    assert loader.state("e" * 64) == ThumbState.FAILED and not loader.file_missing("e" * 64)
    loader.request(ThumbKey("d" * 64, 96), (str(tmp_path / "gone.jpg"),))  # known: no work
    assert loader.queued == 0
    loader.forget_states()
    assert loader.state("d" * 64) is None


def test_a_cached_thumbnail_is_shown_even_when_the_photo_is_elsewhere(
    qtbot: Any, runner: TaskRunner, photos: list[Path], tmp_path: Path
) -> None:
    cache_dir = tmp_path / "cache"
    ThumbnailCache(cache_dir, DISK_SIZES).get_or_create(photos[2], "f" * 64, 256)
    loader = ThumbnailLoader(runner, cache_dir)
    key = ThumbKey("f" * 64, 200)
    with qtbot.waitSignal(loader.ready, timeout=WAIT_MS):
        loader.request(key, (str(tmp_path / "on-another-computer.jpg"),))
    assert loader.pixmap(key) is not None
    assert loader.file_missing("f" * 64)
    assert loader.state("f" * 64) is None


def test_worker_function_scales_to_the_cell(photos: list[Path], tmp_path: Path) -> None:
    outcome = load_grid_pixels(str(tmp_path / "cache"), (str(photos[0]),), "1" * 64, 300)
    assert outcome.pixels is not None and not outcome.missing
    assert (outcome.pixels.width, outcome.pixels.height) == (300, 225)
    assert len(outcome.pixels.rgb) == 300 * 225 * 3
    assert (tmp_path / "cache" / "512").is_dir()  # 300 px comes from the 512 px file


def test_memory_cache_stays_under_its_budget(qtbot: Any) -> None:
    cache = PixmapCache(budget=3 * 100 * 100 * 4)  # three 100×100 pixmaps

    def put(name: str) -> None:
        cache.put(ThumbKey(name, 100), QPixmap(100, 100))

    put("a")
    put("b")
    assert cache.get(ThumbKey("a", 100)) is not None  # "a" is now the most recently used
    put("c")
    put("d")  # over budget: the least recently used goes, which is "b"
    assert [k.content_hash for k in (ThumbKey(n, 100) for n in "abcd") if k in cache] == [
        "a",
        "c",
        "d",
    ]
    assert len(cache) == 3 and cache.used <= cache.budget


def test_a_freshly_indexed_library_is_browsed_without_decoding(
    indexed_library: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Indexing wrote the grid's thumbnails from its own decode: loading them decodes nothing."""
    lib = indexed_library

    def no_decode(*_a: object, **_k: object) -> None:
        raise AssertionError("a photo was decoded to show the grid")

    monkeypatch.setattr(thumbnails, "decode_path", no_decode)
    monkeypatch.setattr("photoseek.imaging.thumbnails.decode_path", no_decode)
    results = lib.search.text("flores rojas", k=100)
    assert len(results) == 18
    for r in results:
        for px in (120, 256, 400):
            outcome = load_grid_pixels(str(lib.paths.thumbnails_dir), r.paths, r.content_hash, px)
            assert outcome.pixels is not None, outcome.error
            assert max(outcome.pixels.width, outcome.pixels.height) <= px


def test_a_damaged_cached_thumbnail_is_made_again(tmp_path: Path, photos: list[Path]) -> None:
    cache = ThumbnailCache(tmp_path / "thumbs", DISK_SIZES)
    key = ThumbKey("a" * 32, 200)
    target = cache.path_for(key.content_hash, 256)
    target.parent.mkdir(parents=True)
    target.write_bytes(b"\xff\xd8\xff half a JPEG")  # what a crash could leave behind
    outcome = load_grid_pixels(str(cache.cache_dir), (str(photos[0]),), key.content_hash, 200)
    assert outcome.pixels is not None and outcome.pixels.width == 200
    assert target.read_bytes()[:3] == b"\xff\xd8\xff" and target.stat().st_size > 1000
    missing = load_grid_pixels(str(cache.cache_dir), (str(tmp_path / "gone.jpg"),), "b" * 32, 200)
    assert missing.missing and missing.pixels is None


def test_with_helpers_no_thread_of_the_window_works_on_thumbnails(
    qtbot: Any, photos: list[Path], tmp_path: Path, thumbnail_helpers: Any
) -> None:
    """The window's loader: helper processes make and read the thumbnails, the GUI thread
    only polls their pipes (no task reaches a thread, so none competes for the GIL)."""
    held = HeldRunner()
    loader = ThumbnailLoader(held, tmp_path / "cache", helpers=thumbnail_helpers)  # type: ignore[arg-type]
    keys = [ThumbKey(f"{i}" * 64, 160) for i in range(3)]
    with qtbot.waitSignals([loader.ready] * 3, timeout=WAIT_MS):
        for key, photo in zip(keys, photos, strict=False):
            loader.request(key, (str(photo),))
    assert held.tasks == []
    for key in keys:
        pixmap = loader.pixmap(key)
        assert pixmap is not None and max(pixmap.width(), pixmap.height()) == 160
    assert loader.in_flight == 0 and loader.delivered == 3
    qtbot.waitUntil(lambda: not loader._poll.isActive(), timeout=WAIT_MS)  # polls only when due


def test_loaders_sharing_helpers_each_get_their_own_answers(
    qtbot: Any, photos: list[Path], tmp_path: Path, thumbnail_helpers: Any
) -> None:
    first = ThumbnailLoader(HeldRunner(), tmp_path / "a", helpers=thumbnail_helpers)  # type: ignore[arg-type]
    second = ThumbnailLoader(HeldRunner(), tmp_path / "b", helpers=thumbnail_helpers)  # type: ignore[arg-type]
    one, two = ThumbKey("1" * 64, 96), ThumbKey("2" * 64, 120)
    with qtbot.waitSignals([first.ready, second.ready], timeout=WAIT_MS):
        first.request(one, (str(photos[0]),))
        second.request(two, (str(photos[1]),))
    qtbot.waitUntil(lambda: first.in_flight == second.in_flight == 0, timeout=WAIT_MS)
    assert first.pixmap(one) is not None and first.pixmap(two) is None
    assert second.pixmap(two) is not None and second.pixmap(one) is None
    assert first.delivered == second.delivered == 1
