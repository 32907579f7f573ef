"""How long the GUI thread goes without serving its event loop: a 5 ms timer records the gaps
between its ticks; the longest gap, less the interval, is the longest stall a user could have
felt (a typed key or a scroll waiting). Used by the responsiveness tests and the GUI bench."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt, QTimer

INTERVAL_MS = 5


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
