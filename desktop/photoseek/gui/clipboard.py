"""The clipboard outlives the app: hand it what Qt can free without Python.

Data put on the clipboard as a `QMimeData` made in Python (paths with their file URLs) is a
Python-backed object that the clipboard owns. Qt frees it in its exit handlers, after Python
has finished, and the wrapper's destructor then calls into a dead interpreter (a segfault at
exit). So such data goes through `put`, and before quitting `release` copies its text into
clipboard data Qt makes itself: the paths can still be pasted after Photoseek has closed (the
file URLs go with the app).
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

_ours: list[QMimeData] = []  # what `put` handed the clipboard (the clipboard owns it)


def put(data: QMimeData) -> None:
    QGuiApplication.clipboard().setMimeData(data)
    _ours[:] = [data]


def release() -> None:
    """Call once the event loop has ended, while Python still runs."""
    if not _ours or QGuiApplication.instance() is None:
        return
    clipboard = QGuiApplication.clipboard()
    current = clipboard.mimeData()
    if current is not None and current is _ours[0]:  # still ours: nobody copied since
        text = current.text()
        if text:
            clipboard.setText(text)  # QClipboard makes this QMimeData in C++
        else:
            clipboard.clear()
    _ours.clear()
