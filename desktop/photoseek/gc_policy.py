"""Long-lived objects kept out of the cyclic garbage collector's full passes.

A full collection walks every object the collector tracks, and holds the interpreter lock
while it does, whichever thread set it off: with 100k search results in the grid (about 200k
objects) one took 50 ms on its own and 100–170 ms while indexing ran (bench S8b), and the
window's event loop waited for all of it. Search results live until the next search and hold
no reference cycles (reference counting frees them when they are replaced), so once they are
in place they are moved out of the collector's generations (`gc.freeze`): the collector then
walks only what is newer, and anything frozen is still freed when its last reference goes.

The price: a reference cycle that was already garbage in the oldest generation when a freeze
happened is never collected; a young-generation pass first frees what it can.
"""

from __future__ import annotations

import gc


def freeze_long_lived() -> None:
    """Keep what is alive now out of later full collections (after a young-generation pass)."""
    gc.collect(1)
    gc.freeze()
