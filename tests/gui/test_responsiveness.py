"""How long the GUI thread goes without serving its event loop, while the app works hard.

A 5 ms timer records the gaps between its ticks; the longest gap, less the interval, is the
longest stall a user could have felt (a typed key or a scroll waiting). The figures are
printed for the README; the assertion is deliberately generous (machines differ, CI is
noisy), it only catches work put back on the GUI thread.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt, QTimer

from photoseek.gui.main_window import MainWindow
from photoseek.library import Library
from tests.gui.conftest import WAIT_MS

INTERVAL_MS = 5
LIMIT_S = 1.0
MANY = 520


class StallMeter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self._tick)
        self.gaps: list[float] = []
        self._last = 0.0

    def start(self) -> None:
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self._last)
        self._last = now

    @property
    def longest(self) -> float:
        return max(0.0, max(self.gaps, default=0.0) - INTERVAL_MS / 1000)

    def over(self, seconds: float) -> int:
        return sum(1 for g in self.gaps if g - INTERVAL_MS / 1000 > seconds)


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


def report(capsys: pytest.CaptureFixture[str], what: str, meter: StallMeter) -> None:
    with capsys.disabled():
        print(
            f"\nlongest stall {what}: {meter.longest * 1000:.0f} ms "
            f"({len(meter.gaps)} ticks, {meter.over(0.05)} gaps over 50 ms)"
        )


def test_longest_stall_while_indexing(
    qtbot: Any,
    make_window: Callable[..., MainWindow],
    library: Library,
    many_photos: Path,
    meter: StallMeter,
    capsys: pytest.CaptureFixture[str],
) -> None:
    library.add_folder(many_photos)
    window = make_window(library)
    meter.start()
    with qtbot.waitSignal(window.indexer.finished, timeout=180_000) as done:
        assert window.index_now()
    meter.stop()
    report(capsys, f"while indexing {MANY} photos", meter)
    assert done.args[0].error is None
    assert meter.longest < LIMIT_S
    assert len(meter.gaps) > 20


def test_longest_stall_while_searching_and_scrolling(
    qtbot: Any,
    make_window: Callable[..., MainWindow],
    library: Library,
    many_photos: Path,
    meter: StallMeter,
    capsys: pytest.CaptureFixture[str],
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
    report(capsys, "while searching and scrolling", meter)
    assert window.loader.delivered > 50
    assert meter.longest < LIMIT_S
