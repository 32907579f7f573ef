"""The window keeps serving its event loop while it indexes, searches and scrolls: the work
finishes correctly and the stall meter keeps ticking. How long the longest stall is belongs to
the GUI bench (tests/bench/bench_gui.py, `make bench`), not to a unit test.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from photoseek.gui.main_window import MainWindow
from photoseek.library import Library
from tests.gui.conftest import WAIT_MS
from tests.gui.stall import INTERVAL_MS, StallMeter

MANY = 520


@pytest.fixture(scope="module")
def many_photos(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.synthetic import make_many

    folder = tmp_path_factory.mktemp("many")
    make_many(folder, MANY)
    return folder


@pytest.fixture
def meter() -> Iterator[StallMeter]:
    m = StallMeter()
    yield m
    m.stop()


def test_the_loop_turns_while_indexing(
    qtbot: Any,
    make_window: Callable[..., MainWindow],
    library: Library,
    many_photos: Path,
    meter: StallMeter,
) -> None:
    library.add_folder(many_photos)
    window = make_window(library)
    meter.start()
    with qtbot.waitSignal(window.indexer.finished, timeout=180_000) as done:
        assert window.index_now()
    meter.stop()
    assert done.args[0].error is None
    assert len(meter.gaps) > 20  # the loop kept turning while the photos were indexed


def test_the_loop_turns_while_searching_and_scrolling(
    qtbot: Any,
    make_window: Callable[..., MainWindow],
    library: Library,
    many_photos: Path,
    meter: StallMeter,
) -> None:
    library.add_folder(many_photos)
    assert library.index().error is None
    library.apply({"search.page_size": 200})
    window = make_window(library)
    window.resize(1200, 800)
    queries = ["flores rojas", "blue sky over the sea", "nuit en ville", "schnee", "青い海"]
    meter.start()
    for i, query in enumerate(queries * 2):
        with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
            window.search_text(query)
        bar = window.grid.verticalScrollBar()
        for step in range(1, 6):  # scroll through the answer while thumbnails load
            bar.setValue(bar.maximum() * step // 5)
            qtbot.wait(INTERVAL_MS * 4)
        if i % 3 == 0:
            window.zoom_in() if i % 2 == 0 else window.zoom_out()
    qtbot.waitUntil(lambda: window.loader.in_flight == 0, timeout=WAIT_MS)
    meter.stop()
    assert window.loader.delivered > 50
    assert len(meter.gaps) > 20
