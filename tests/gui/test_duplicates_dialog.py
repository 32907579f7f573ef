"""The Find duplicates window: groups by kind, a keeper, side-by-side cards, and the trash only
after a confirmation that lists every file."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtWidgets import QMessageBox

from photoseek.gui.duplicates_dialog import DuplicatesDialog
from photoseek.gui.main_window import MainWindow
from photoseek.library import Library
from tests.gui.conftest import WAIT_MS, screenshot
from tests.synthetic import SCENES


def digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def dup_library(library: Library, tmp_path: Path) -> tuple[Library, Path]:
    folder = tmp_path / "photos"
    folder.mkdir()
    for scene in ("red", "blue", "night"):
        SCENES[scene](3).save(folder / f"{scene}.jpg", quality=92)
    Image.open(folder / "red.jpg").resize((320, 240)).save(folder / "red_small.jpg", quality=75)
    (folder / "copies").mkdir()
    shutil.copy(folder / "red.jpg", folder / "copies" / "red copy.jpg")
    library.add_folder(folder)
    assert library.index().error is None
    return library, folder


def open_dialog(qtbot: Any, window: MainWindow) -> DuplicatesDialog:
    dialog = window.open_duplicates()
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() > 0, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: dialog.lanes.io.pending == 0, timeout=WAIT_MS)
    return dialog


def test_groups_are_shown_apart_with_a_keeper(
    qtbot: Any, make_window: Callable[..., MainWindow], dup_library: tuple[Library, Path]
) -> None:
    library, _folder = dup_library
    window = make_window(library)
    dialog = open_dialog(qtbot, window)
    sections = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert sections == ["Exact copies (1)", "Near-duplicates (1)"]
    assert dialog.current == 0 and dialog.groups[0].kind == "exact"
    cards = dialog.cards.findChildren(type(dialog.cards), "duplicateCard")
    assert len(cards) == 2
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(1).child(0))
    near = dialog.groups[dialog.current]
    assert {Path(p.path).name for p in near.photos} == {"red.jpg", "red copy.jpg", "red_small.jpg"}
    assert Path(near.keep).name != "red_small.jpg"  # the larger picture is kept
    qtbot.waitUntil(lambda: dialog.lanes.io.pending == 0, timeout=WAIT_MS)
    dialog.resize(1080, 600)
    screenshot(dialog, "duplicates")
    for scene in ("blue", "night"):
        assert all(Path(p.path).name != f"{scene}.jpg" for g in dialog.groups for p in g.photos)


def test_nothing_moves_without_the_confirmation(
    qtbot: Any,
    make_window: Callable[..., MainWindow],
    dup_library: tuple[Library, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import send2trash

    library, folder = dup_library
    moved: list[str] = []
    trash = folder.parent / "Trash"
    trash.mkdir()

    def fake_send2trash(path: str) -> None:
        moved.append(path)
        shutil.move(path, trash / Path(path).name)

    monkeypatch.setattr(send2trash, "send2trash", fake_send2trash)
    before = digest(folder)
    window = make_window(library)
    dialog = open_dialog(qtbot, window)
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(1).child(0))  # the near group
    others = dialog.others([dialog.current])
    assert len(others) == 2

    dialog.trash_button.click()
    box = dialog.confirmation
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert all(p in box.detailedText().splitlines() for p in others)  # every file listed
    assert all(p in box.informativeText() for p in others)
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: dialog.confirmation is None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: dialog.lanes.io.pending == 0, timeout=WAIT_MS)
    assert moved == [] and digest(folder) == before

    dialog.trash_button.click()
    box = dialog.confirmation
    assert box is not None
    with qtbot.waitSignal(dialog.trashed, timeout=WAIT_MS) as done:
        next(b for b in box.buttons() if b.text() == "Move to trash").click()
    assert sorted(done.args[0]) == sorted(others) == sorted(moved)
    after = digest(folder)
    gone = {str(Path(p).relative_to(folder)) for p in others}
    assert set(before) - set(after) == gone
    assert all(after[k] == before[k] for k in after)  # nothing else was touched
    assert not dialog.groups or all(p.path not in others for g in dialog.groups for p in g.photos)
