"""The Qt binding must keep Python's reference counts right (PySide6 6.12.0 did not)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QStringListModel, Qt, Signal


class Emitter(QObject):
    plain = Signal()
    carrying = Signal(object)


def test_signals_and_empty_returns_keep_singleton_refcounts(qapp) -> None:  # type: ignore[no-untyped-def]
    e = Emitter()
    model = QStringListModel(["a"])
    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(2000):
        e.plain.emit()
        e.carrying.emit(True)
        e.parent()
        model.index(0).data(Qt.ItemDataRole.UserRole + 7)
    # A faithful binding leaves them where they were (give or take a few cached references);
    # the broken one loses one per call and CPython 3.11 aborts once they reach zero.
    assert sys.getrefcount(True) >= true_before - 10
    assert sys.getrefcount(None) >= none_before - 10
