"""GUI fixtures: the real main window over a real Library, with the Jina fake.

Qt runs offscreen (tests/conftest.py sets it before any Qt import); Qt warnings fail a test
(pyproject: qt_log_level_fail). No test execs a modal dialog or sleeps: they wait on signals.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from photoseek.gui.main_window import THUMBNAIL_HELPERS, THUMBNAIL_NICE, MainWindow
from photoseek.gui.workers import Lanes, TaskRunner
from photoseek.imaging.thumbnail_helpers import ThumbnailHelpers
from photoseek.library import Library

WAIT_MS = 20_000

# Popups (menus, completer lists) ask the platform for a keyboard grab, which the offscreen
# platform cannot do; it says so as a warning. Nothing else is ignored.
OFFSCREEN_POPUP = "This plugin does not support grabbing the keyboard"


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """What the app does when it quits (see gui/clipboard.py): without it, Qt frees the
    tests' clipboard data after Python has finished and the process crashes at exit."""
    from photoseek.gui import clipboard

    clipboard.release()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_POPUP))


def screenshot(widget: QWidget | QPixmap, name: str) -> None:
    """Save a PNG into $PHOTOSEEK_SCREENSHOT_DIR when it is set (nothing is written otherwise)."""
    if isinstance(widget, QWidget):
        QApplication.processEvents()  # let pending layout requests settle first
        widget = widget.grab()
    assert not widget.isNull()
    target = os.environ.get("PHOTOSEEK_SCREENSHOT_DIR")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        assert widget.save(str(Path(target) / f"{name}.png"))


@pytest.fixture(autouse=True)
def _collect_on_the_gui_thread(qapp: Any) -> Iterator[None]:
    """Collect the test's Qt wrappers here, on the GUI thread. Left to the cyclic garbage
    collector they may be freed on whichever thread it happens to run on (a decode worker of
    the next test), and a QObject destroyed off its thread crashes the interpreter."""
    yield
    QApplication.processEvents()
    gc.collect()


@pytest.fixture
def runner(qapp: Any) -> Iterator[TaskRunner]:
    r = TaskRunner()
    yield r
    r.shutdown()


@pytest.fixture
def lanes(qapp: Any) -> Iterator[Lanes]:
    """The window's lanes, for dialogs tested on their own."""
    lanes = Lanes.create()
    yield lanes
    lanes.shutdown()


def idle(lanes: Lanes) -> bool:
    """No lane has work waiting or an answer undelivered."""
    return all(r.pending == 0 for r in lanes.all())


@pytest.fixture
def plain_library() -> Iterator[Library]:
    """A library on the per-test dirs, with no API key anywhere."""
    lib = Library()
    yield lib
    lib.close()


@pytest.fixture(scope="session")
def thumbnail_helpers() -> Iterator[ThumbnailHelpers]:
    """One set of thumbnail helper processes for every window of the session (each window
    would otherwise spend a second of CPU starting its own)."""
    helpers = ThumbnailHelpers(THUMBNAIL_HELPERS, nice=THUMBNAIL_NICE)
    yield helpers
    helpers.close()


@pytest.fixture
def make_window(
    qtbot: Any, thumbnail_helpers: ThumbnailHelpers
) -> Iterator[Callable[..., MainWindow]]:
    """Build, show and start main windows; each is shut down properly at the end."""
    windows: list[MainWindow] = []

    def make(
        library: Library,
        *,
        first_run: bool = False,
        wait_status: bool = True,
        auto_index: bool = False,  # the watcher's tests switch it on; others index by hand
        helpers: ThumbnailHelpers | None = None,  # the session's unless a test brings its own
    ) -> MainWindow:
        window = MainWindow(
            library,
            first_run=first_run,
            auto_index=auto_index,
            thumbnail_helpers=helpers or thumbnail_helpers,
        )
        qtbot.addWidget(window)
        windows.append(window)
        window.show()
        qtbot.waitExposed(window)
        if wait_status:
            with qtbot.waitSignal(window.status_changed, timeout=WAIT_MS):
                window.start()
            # A ready library opens on its timeline: let that first answer arrive, so a test's
            # own search is the next answer.
            qtbot.waitUntil(lambda: not window.session.loading, timeout=WAIT_MS)
        else:
            window.start()
        return window

    yield make
    for window in windows:
        window.shutdown()


@pytest.fixture
def window(make_window: Callable[..., MainWindow], indexed_library: Library) -> MainWindow:
    """The main window over the library indexed from the synthetic scenes."""
    return make_window(indexed_library)


def search(qtbot: Any, window: MainWindow, text: str) -> list[str]:
    """Type `text` in the search field, press Enter, wait; returns the result paths."""
    edit = window.search_bar.edit
    edit.setFocus()
    edit.clear()
    qtbot.keyClicks(edit, text)
    with qtbot.waitSignal(window.search_finished, timeout=WAIT_MS):
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    return result_paths(window)


def result_paths(window: MainWindow) -> list[str]:
    return [r.path for r in window.grid.results.results]


def scene_of(path: str) -> str:
    return Path(path).parent.name


def drop_event(paths: list[Path]) -> QDropEvent:
    """A drop of local files, as a file manager makes it."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    mime.setText("\n".join(str(p) for p in paths))
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    event.setAccepted(False)
    event._mime = mime  # type: ignore[attr-defined]  # keep the data alive with the event
    return event


def drop_files(handler: Callable[[QDropEvent], object], paths: list[Path]) -> QDropEvent:
    """Hand a drop of local files to a drop handler (`widget.dropEvent`, an event filter).

    QApplication delivers drag-and-drop events only from a real drag (QDrag), which the
    offscreen platform cannot start, so the handler is called directly with a real event.
    """
    event = drop_event(paths)
    handler(event)
    return event


def centre(widget: QWidget) -> QPoint:
    return widget.rect().center()
