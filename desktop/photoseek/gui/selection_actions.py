"""What can be done with the selected photos: copy their paths (Ctrl+C) or pictures, open them,
show them in their folders, export the list, find similar photos, more or less like these.

Each action works on the selection (or the current photo when nothing is selected), says
what it did in a short message ("Copied 3 paths"), and never touches a photo.
"""

from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu

from photoseek.gui import clipboard
from photoseek.records import SearchResult

if TYPE_CHECKING:
    from photoseek.gui.main_window import MainWindow

OPEN_AT_MOST = 20  # opening more at once would flood the desktop


class SelectionActions(QObject):
    copied = Signal(str)  # the confirmation shown

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        grid = window.grid

        def action(text: str, slot: object, shortcut: QKeySequence | None = None,
                   name: str = "") -> QAction:  # fmt: skip
            a = QAction(text, grid)
            a.setObjectName(name)
            if shortcut is not None:
                a.setShortcut(shortcut)
                a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                grid.addAction(a)  # only while the grid has the focus (the field copies text)
            a.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
            return a

        copy = QKeySequence(QKeySequence.StandardKey.Copy)
        self.copy_paths = action(self.tr("Copy paths"), self.copy_paths_of_selection, copy,
                                 "copyPaths")  # fmt: skip
        self.copy_pictures = action(self.tr("Copy pictures"), self.copy_pictures_of_selection,
                                    name="copyPictures")  # fmt: skip
        self.open = action(self.tr("Open"), self.open_selection, name="openSelection")
        self.reveal = action(
            self.tr("Show in folder"), self.reveal_selection, name="revealSelection"
        )
        self.export = action(self.tr("Export the list…"), self.export_selection, name="exportList")
        self.similar = action(self.tr("Find similar"), self.similar_to_selection,
                              name="similarSelection")  # fmt: skip
        self.more = action(self.tr("More like these"), self.more_like, name="moreLike")
        self.less = action(self.tr("Less like these"), self.less_like, name="lessLike")
        self.select_all = action(self.tr("Select all"), grid.selectAll, None, "selectAll")

    # -- what is selected ---------------------------------------------------------------------
    def selection(self) -> list[SearchResult]:
        return self.w.grid.selected_results()

    def paths(self) -> list[str]:
        return [r.path for r in self.selection()]

    # -- the menu -----------------------------------------------------------------------------
    def menu(self, missing: bool) -> QMenu:
        """The context menu: one photo's actions, or the selection's when several are."""
        chosen = self.selection()
        n = len(chosen)
        if n <= 1:
            menu = self.w.commands.photo_actions.menu(missing)
            self.more.setText(self.tr("More like this"))
            self.less.setText(self.tr("Less like this"))
            menu.insertActions(menu.actions()[1], [self.more, self.less])
            menu.addSeparator()
            menu.addAction(self.export)
            self._enable(n)
            return menu
        menu = QMenu(self.w)
        menu.setObjectName("selectionMenu")
        self.similar.setText(self.tr("Find similar to these {n}").format(n=n))
        self.more.setText(self.tr("More like these"))
        self.less.setText(self.tr("Less like these"))
        self.open.setText(self.tr("Open {n} photos").format(n=n))
        self.copy_paths.setText(self.tr("Copy {n} paths").format(n=n))
        self.copy_pictures.setText(self.tr("Copy {n} pictures").format(n=n))
        items = (self.similar, self.more, self.less, None, self.open, self.reveal, None,
                 self.copy_paths, self.copy_pictures, None, self.export,
                 self.select_all)  # fmt: skip
        for a in items:
            menu.addSeparator() if a is None else menu.addAction(a)
        self._enable(n)
        return menu

    def _enable(self, n: int) -> None:
        browsing = self.w.session.query is None or self.w.session.query.is_browse
        self.less.setEnabled(n > 0 and not browsing)
        self.open.setEnabled(0 < n <= OPEN_AT_MOST)

    # -- doing it -----------------------------------------------------------------------------
    def say(self, text: str) -> None:
        self.w.tell(text, 3000)
        self.copied.emit(text)

    def copy_paths_of_selection(self) -> None:
        paths = self.paths()
        if not paths:
            return
        QGuiApplication.clipboard().setText("\n".join(paths))
        self.say(self.tr("Copied the path") if len(paths) == 1 else
                 self.tr("Copied {n} paths").format(n=len(paths)))  # fmt: skip

    def copy_pictures_of_selection(self) -> None:
        """One picture: the image itself; several: the files (as a file manager copies them)."""
        paths = self.paths()
        if len(paths) == 1:
            self.w.commands.photo_actions.copy_image_of(paths[0])
            return
        if not paths:
            return
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(p) for p in paths])
        mime.setText("\n".join(paths))
        clipboard.put(mime)
        self.say(self.tr("Copied {n} pictures").format(n=len(paths)))

    def open_selection(self) -> None:
        for p in self.paths()[:OPEN_AT_MOST]:
            self.w.commands.photo_actions.open_path(p)

    def reveal_selection(self) -> None:
        seen: set[str] = set()
        for p in self.paths():
            folder = os.path.dirname(p)
            if folder not in seen:
                seen.add(folder)
                self.w.commands.photo_actions.show_in_folder(p)

    def export_selection(self, target: str | None = None) -> None:
        """The selected photos (all results when one or none is selected) as CSV or a list."""
        chosen = self.selection()
        if len(chosen) <= 1:
            chosen = list(self.w.grid.results.results)
        if not chosen:
            return
        if target is None:
            target, _ = QFileDialog.getSaveFileName(
                self.w, self.tr("Export the list"), self.w.picture.dialog_folder(),
                self.tr("Spreadsheet (*.csv);;Plain list of paths (*.txt)"),
            )  # fmt: skip
        if not target:
            return
        try:
            write_list(Path(target), chosen)
        except OSError as exc:
            self.w.tell(self.tr("Could not export: {}").format(exc.strerror or exc), 6000)
            return
        self.say(self.tr("Exported {n} photos to {file}").format(n=len(chosen), file=target))

    def similar_to_selection(self) -> None:
        self.w.search.find_similar(self.paths())

    def more_like(self) -> None:
        paths = self.paths()
        if paths:
            self.w.search.refine(paths, [])

    def less_like(self) -> None:
        paths = self.paths()
        if paths:
            self.w.search.refine([], paths)


def write_list(target: Path, results: list[SearchResult]) -> None:
    """CSV (path, score, date, camera, width, height) for .csv, else one path a line."""
    if target.suffix.lower() == ".csv":
        with target.open("w", newline="", encoding="utf-8") as f:
            out = csv.writer(f)
            out.writerow(["path", "score", "taken_at", "camera", "width", "height"])
            for r in results:
                m = r.meta
                out.writerow([r.path, f"{r.score:.6f}", m.taken_at or "", m.camera or "",
                              m.width or "", m.height or ""])  # fmt: skip
        return
    target.write_text("".join(r.path + "\n" for r in results), encoding="utf-8")
