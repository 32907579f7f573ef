"""Long-lived objects are frozen out of full collections, and are still freed."""

from __future__ import annotations

import gc
import weakref

from photoseek.gc_policy import freeze_long_lived


class Held:
    pass


def test_frozen_objects_are_not_walked_but_are_still_freed() -> None:
    try:
        items = [Held() for _ in range(1000)]
        probe = weakref.ref(items[0])
        freeze_long_lived()
        assert gc.get_freeze_count() >= 1000
        assert not any(o is items[0] for o in gc.get_objects(2))  # no full pass walks them
        del items
        assert probe() is None  # reference counting frees them as before
    finally:
        gc.unfreeze()
