"""The *Find duplicates* window: exact copies, near-duplicates and bursts in their own sections,
each group compared side by side with a proposed keeper, and the others moved to the system
trash — only after a confirmation that lists every file."""

from __future__ import annotations

import os

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSlider,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from photoseek.gui.formatting import format_bytes
from photoseek.gui.grid_delegate import format_taken
from photoseek.gui.thumbnails import ThumbnailLoader, load_image
from photoseek.gui.workers import Lanes
from photoseek.library import Library
from photoseek.search.duplicates import (
    MAX_DISTANCE,
    MIN_DISTANCE,
    DupGroup,
    DupPhoto,
    default_max_distance,
)

CARD_SIDE = 240
GROUP_ROLE = Qt.ItemDataRole.UserRole + 1
KINDS = ("exact", "near", "burst")


class DuplicatesDialog(QDialog):
    found = Signal(int)  # groups found
    trashed = Signal(list)  # the paths moved to the trash

    def __init__(
        self, library: Library, lanes: Lanes, loader: ThumbnailLoader, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesDialog")
        self.setWindowTitle(self.tr("Find duplicates"))
        self.setModal(False)
        self.library = library
        self.lanes = lanes
        self.loader = loader
        self.groups: list[DupGroup] = []
        self.keep: dict[int, str] = {}  # group index → the path the user keeps
        self.current = -1
        self.confirmation: QMessageBox | None = None
        self._asked = 0  # id of the newest search; older answers are dropped

        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setObjectName("distanceSlider")
        self.slider.setRange(round(MIN_DISTANCE * 1000), round(MAX_DISTANCE * 1000))
        self.slider.setValue(round(default_max_distance(library.settings.embedding.model) * 1000))
        self.slider.setFixedWidth(220)
        self.slider.setAccessibleName(self.tr("How close near-duplicates must be"))
        self.slider.valueChanged.connect(self._slider_moved)
        self.slider.sliderReleased.connect(self.search_groups)
        self.distance = QLabel(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("duplicatesSummary")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Near-duplicates: at most"), self))
        top.addWidget(self.slider)
        top.addWidget(self.distance)
        top.addSpacing(16)
        top.addWidget(self.summary, 1)

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("duplicateGroups")
        self.tree.setHeaderHidden(True)
        self.tree.currentItemChanged.connect(lambda item, _old: self._item_chosen(item))
        self.cards = QWidget()
        self.cards_layout = QHBoxLayout(self.cards)
        self.cards_layout.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        compare = QScrollArea(self)
        compare.setObjectName("compareArea")
        compare.setWidget(self.cards)
        compare.setWidgetResizable(True)
        split = QSplitter(self)
        split.addWidget(self.tree)
        split.addWidget(compare)
        split.setSizes([260, 740])

        self.trash_button = QPushButton(self.tr("Move the others to the trash…"), self)
        self.trash_button.setObjectName("trashOthers")
        self.trash_button.clicked.connect(self.ask_trash_current)
        self.trash_all_button = QPushButton(self.tr("…for every group"), self)
        self.trash_all_button.setObjectName("trashAllOthers")
        self.trash_all_button.clicked.connect(self.ask_trash_all)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.trash_button)
        bottom.addWidget(self.trash_all_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        self.resize(1080, 700)
        self._slider_moved(self.slider.value())
        self._update_buttons()

    # -- finding ------------------------------------------------------------------------------
    @property
    def max_distance(self) -> float:
        return self.slider.value() / 1000

    def _slider_moved(self, value: int) -> None:
        self.distance.setText(self.tr("{} apart").format(QLocale().toString(value / 1000, "f", 3)))

    def open(self) -> None:
        super().open()
        self.search_groups()

    def search_groups(self) -> None:
        self._asked += 1
        asked, library, d = self._asked, self.library, self.max_distance
        self.summary.setText(self.tr("Looking for duplicates…"))
        self.lanes.io.submit(
            lambda: library.duplicates(d),
            lambda groups: self._found(asked, groups),
            lambda exc: self.summary.setText(str(exc)) if asked == self._asked else None,
        )

    def _found(self, asked: int, groups: list[DupGroup]) -> None:
        if asked != self._asked:
            return
        self.groups = groups
        self.keep = {i: g.keep for i, g in enumerate(groups)}
        self.tree.clear()
        titles = {
            "exact": self.tr("Exact copies ({n})"),
            "near": self.tr("Near-duplicates ({n})"),
            "burst": self.tr("Bursts ({n})"),
        }
        counts = {k: sum(1 for g in groups if g.kind == k) for k in KINDS}
        first: QTreeWidgetItem | None = None
        for kind in KINDS:
            if not counts[kind]:
                continue
            section = QTreeWidgetItem([titles[kind].format(n=counts[kind])])
            section.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(section)
            for i, g in enumerate(groups):
                if g.kind == kind:
                    name = os.path.basename(g.keep)
                    item = QTreeWidgetItem([self.tr("{name} and {n} more").format(
                        name=name, n=len(g.photos) - 1)])  # fmt: skip
                    item.setData(0, GROUP_ROLE, i)
                    item.setToolTip(0, "\n".join(p.path for p in g.photos))
                    section.addChild(item)
                    first = first or item
        self.tree.expandAll()
        if groups:
            self.summary.setText(
                self.tr("{n} groups: {exact} exact, {near} near, {burst} bursts").format(
                    n=len(groups), **counts
                )
            )
        else:
            self.summary.setText(self.tr("No duplicates found."))
        self.current = -1
        self._show_group(-1)
        if first is not None:
            self.tree.setCurrentItem(first)
        self._update_buttons()
        self.found.emit(len(groups))

    # -- comparing ----------------------------------------------------------------------------
    def _item_chosen(self, item: QTreeWidgetItem | None) -> None:
        i = item.data(0, GROUP_ROLE) if item is not None else None
        self._show_group(int(i) if i is not None else -1)

    def _show_group(self, i: int) -> None:
        self.current = i
        while self.cards_layout.count():
            child = self.cards_layout.takeAt(0)
            widget = child.widget() if child is not None else None
            if widget is not None:
                widget.deleteLater()
        self.choice = QButtonGroup(self)
        if 0 <= i < len(self.groups):
            for photo in self.groups[i].photos:
                self.cards_layout.addWidget(self._card(i, photo))
        self._update_buttons()

    def _card(self, group: int, photo: DupPhoto) -> QFrame:
        card = QFrame(self.cards)
        card.setObjectName("duplicateCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setFixedWidth(CARD_SIDE + 24)
        picture = QLabel(card)
        picture.setFixedSize(CARD_SIDE, CARD_SIDE)
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        picture.setText(self.tr("Loading…"))
        keep = QRadioButton(self.tr("Keep this one"), card)
        keep.setChecked(photo.path == self.keep.get(group))
        if photo.path == self.groups[group].keep:
            keep.setToolTip(self.tr("Proposed: the largest picture, then the most details"))
            keep.setText(self.tr("Keep this one (proposed)"))
        keep.toggled.connect(lambda on: self._keep(group, photo.path) if on else None)
        self.choice.addButton(keep)
        lines = [
            f"<b>{os.path.basename(photo.path)}</b>",
            os.path.dirname(photo.path),
            self.tr("{w} × {h} px").format(w=photo.width, h=photo.height)
            if photo.width and photo.height
            else self.tr("size unknown"),
            format_bytes(photo.size) if photo.size else "",
            format_taken(photo.taken_at) or self.tr("date unknown"),
            photo.camera or self.tr("camera unknown"),
            self.tr("with location") if photo.located else self.tr("no location"),
        ]
        if photo.score is not None:
            lines.append(self.tr("Similarity {:.4f}").format(photo.score))
        details = QLabel("<br>".join(line for line in lines if line), card)
        details.setWordWrap(True)
        details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(card)
        layout.addWidget(picture)
        layout.addWidget(keep)
        layout.addWidget(details)
        layout.addStretch(1)
        asked = self._asked

        def shown(image: QImage) -> None:
            if asked == self._asked and group == self.current:
                picture.setPixmap(QPixmap.fromImage(image))

        self.lanes.io.submit(
            lambda: load_image(photo.path, CARD_SIDE)[0],
            shown,
            lambda _e: picture.setText(self.tr("Cannot show this photo")),
        )
        return card

    def _keep(self, group: int, path: str) -> None:
        self.keep[group] = path

    # -- the trash ----------------------------------------------------------------------------
    def others(self, groups: list[int]) -> list[str]:
        out: list[str] = []
        for i in groups:
            keep = self.keep.get(i, self.groups[i].keep)
            out += [p.path for p in self.groups[i].photos if p.path != keep]
        return list(dict.fromkeys(p for p in out if p not in {self.keep[i] for i in groups}))

    def ask_trash_current(self) -> None:
        if 0 <= self.current < len(self.groups):
            self.ask_trash(self.others([self.current]))

    def ask_trash_all(self) -> None:
        self.ask_trash(self.others(list(range(len(self.groups)))))

    def ask_trash(self, paths: list[str]) -> QMessageBox | None:
        """Ask first, listing every file; nothing moves unless the user says yes."""
        if not paths:
            return None
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Move to the trash?"), "", parent=self)
        box.setObjectName("trashConfirmation")
        box.setText(self.tr("Move these {n} files to the system trash?").format(n=len(paths)))
        box.setInformativeText(
            self.tr("You can restore them from the trash. Photoseek changes nothing else.")
            + "\n\n" + "\n".join(paths[:12]) + ("\n…" if len(paths) > 12 else "")
        )  # fmt: skip
        box.setDetailedText("\n".join(paths))
        move = box.addButton(self.tr("Move to trash"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: self._answered(box.clickedButton() is move, paths))
        self.confirmation = box
        box.open()
        return box

    def _answered(self, yes: bool, paths: list[str]) -> None:
        self.confirmation = None
        if not yes:
            return
        library = self.library
        self.summary.setText(self.tr("Moving {n} files to the trash…").format(n=len(paths)))

        def done(failed: list[str]) -> None:
            moved = [p for p in paths if not any(f.startswith(p) for f in failed)]
            self.summary.setText(
                self.tr("Moved {n} files to the trash.").format(n=len(moved))
                + ("\n" + "\n".join(failed) if failed else "")
            )
            self.trashed.emit(moved)
            self._forget(set(moved))

        self.lanes.io.submit(lambda: library.trash(paths), done,
                             lambda exc: self.summary.setText(str(exc)))  # fmt: skip

    def _forget(self, moved: set[str]) -> None:
        """Take moved files out of the groups now (the next index run forgets them too)."""
        kept = []
        for g in self.groups:
            photos = tuple(p for p in g.photos if p.path not in moved)
            if len(photos) > 1:
                kept.append(DupGroup(g.kind, g.keep, photos))
        self._asked += 1
        self._found(self._asked, kept)

    def _update_buttons(self) -> None:
        self.trash_button.setEnabled(0 <= self.current < len(self.groups))
        self.trash_all_button.setEnabled(bool(self.groups))
