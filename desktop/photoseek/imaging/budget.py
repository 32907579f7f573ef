"""A memory budget for decoded pixels, shared by every decode in the process.

Decodes run on several threads (the indexing pool, the grid's thumbnail lane, a query image).
Most are small — a JPEG decodes at 1/2 to 1/8 scale, a HEIF from its planes — but a 144 MP
PNG cannot decode smaller than 576 MB, and two of them at once would double that. So each
decode reserves its estimated size first: small ones run side by side, a big one waits until
it fits, and one bigger than the whole budget runs alone. Peak memory is then about the
budget or the single biggest image, whichever is larger, whatever the pool size.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

DEFAULT_BUDGET_BYTES = 512 << 20

# Bytes per pixel a decoded image of each mode takes in Pillow (RGB is stored as 32-bit).
_MODE_BYTES = {"1": 1, "L": 1, "P": 1, "LA": 4, "La": 4, "PA": 4, "I;16": 2, "I;16B": 2}
_WORKING_COPY = 4  # one RGB(A) image the size of the decode, made by converting or resizing


def decode_cost(width: int, height: int, mode: str) -> int:
    """Estimated peak bytes to decode an image of this size and mode and make it RGB."""
    per_pixel = _MODE_BYTES.get(mode, 4) + _WORKING_COPY
    return max(1, width) * max(1, height) * per_pixel


class DecodeBudget:
    def __init__(self, capacity: int = DEFAULT_BUDGET_BYTES) -> None:
        if capacity < 1:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.used = 0
        self.peak = 0  # the most reserved at once (for tests and benchmarks)
        self.waits = 0  # reservations that had to wait for others to finish
        self._cond = threading.Condition()

    @contextmanager
    def reserve(self, cost: int) -> Iterator[None]:
        """Hold `cost` bytes while the block runs; waits until they fit (or nothing else runs)."""
        cost = max(0, cost)
        with self._cond:
            if self.used and self.used + cost > self.capacity:
                self.waits += 1
                while self.used and self.used + cost > self.capacity:
                    self._cond.wait()
            self.used += cost
            self.peak = max(self.peak, self.used)
        try:
            yield
        finally:
            with self._cond:
                self.used -= cost
                self._cond.notify_all()


# The process-wide budget every decode uses unless it is given its own.
DECODE_BUDGET = DecodeBudget()
