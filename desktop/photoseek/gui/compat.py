"""Work-arounds for defects of the Qt binding, applied once when `photoseek.gui` is imported.

PySide6 6.12 on CPython 3.11 hands the singletons `None`, `True` and `False` around without
taking a reference: whenever a C++ call returns nothing (`widget.parentWidget()`,
`index.data(role)` for a role the model does not provide, `QAction.data()`…), and on
every `Signal.emit()` made from Python. Each time, the singleton's reference count drops
by one, and after some thousands CPython aborts with "Fatal Python error: none_dealloc"
(or "bool_dealloc"). From CPython 3.12 on these objects are immortal (PEP 683) and the
defect is harmless. On 3.11 we give them a reference count no program can use up, which
is what 3.12 does by design.
"""

from __future__ import annotations

import ctypes
import sys

_applied = False
_HEADROOM = sys.maxsize // 4


def protect_singletons() -> None:
    """Make None, True and False effectively immortal on CPython < 3.12 (idempotent)."""
    global _applied
    if _applied or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        _applied = True
        return
    for obj in (None, True, False):
        # ob_refcnt is the first field of every CPython object; id() is its address.
        refcnt = ctypes.c_ssize_t.from_address(id(obj))
        if refcnt.value < _HEADROOM // 2:
            refcnt.value += _HEADROOM
    _applied = True


protect_none = protect_singletons  # the first name, kept for callers
