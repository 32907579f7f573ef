"""The filter bar under the search field: folder (a tree), date range (photos per month to drag
over), camera, with a location; the sort order, the strictness and the details overlay.

The filters are the same `Filters` record the CLI builds from its flags, and they apply to
searches and to browsing alike. Every choice emits `changed`; `set_query` shows the choices of
a query coming back from history without emitting.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from photoseek.gui.date_histogram import DateHistogram
from photoseek.gui.formatting import format_count
from photoseek.gui.results_model import month_label
from photoseek.gui.strictness import StrictnessControl
from photoseek.records import NO_FILTERS, Filters
from photoseek.search.browse import Facets, FolderNode, month_range
from photoseek.search.engine import SearchPage, Sort
from photoseek.search.session import Query

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class FilterBar(QFrame):
    changed = Signal()  # filters, sort or strictness changed: search again
    overlay_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._folder = ""
        self._dates: tuple[str, str] | None = None  # first and last day, ISO
        self._quiet = False

        self.count = QLabel(self)
        self.count.setObjectName("resultCount")
        font = self.count.font()
        font.setBold(True)
        self.count.setFont(font)

        self.folder_button = QToolButton(self)
        self.folder_button.setObjectName("folderFilter")
        self.folder_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.folder_tree = QTreeWidget()
        self.folder_tree.setHeaderHidden(True)
        self.folder_tree.setColumnCount(2)
        self.folder_tree.setMinimumSize(320, 260)
        self.folder_tree.itemActivated.connect(self._folder_chosen)
        self.folder_tree.itemClicked.connect(self._folder_chosen)
        self.folder_button.setMenu(self._popup(self.folder_tree))

        self.date_button = QToolButton(self)
        self.date_button.setObjectName("dateFilter")
        self.date_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.histogram = DateHistogram()
        self.histogram.range_selected.connect(self._months_chosen)
        dates = QWidget()
        dates_layout = QVBoxLayout(dates)
        dates_layout.addWidget(QLabel(self.tr("Photos per month — drag over them to choose:")))
        dates_layout.addWidget(self.histogram)
        self.range_label = QLabel(dates)
        self.range_label.setObjectName("dateRangeLabel")
        any_date = QPushButton(self.tr("Any date"), dates)
        any_date.clicked.connect(self.histogram.clear_selection)
        row = QHBoxLayout()
        row.addWidget(self.range_label, 1)
        row.addWidget(any_date)
        dates_layout.addLayout(row)
        self.histogram.range_selected.connect(lambda _a, _b: self._describe_range())
        self.date_button.setMenu(self._popup(dates))

        self.camera = QComboBox(self)
        self.camera.setObjectName("cameraFilter")
        self.camera.setAccessibleName(self.tr("Camera"))
        self.camera.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.camera.addItem(self.tr("Any camera"), "")
        self.camera.currentIndexChanged.connect(lambda _i: self._emit())

        self.located = QCheckBox(self.tr("With location"), self)
        self.located.setObjectName("locationFilter")
        self.located.setToolTip(self.tr("Only photos with a GPS position"))
        self.located.toggled.connect(lambda _on: self._emit())

        self.sort = QComboBox(self)
        self.sort.setObjectName("sortOrder")
        self.sort.setAccessibleName(self.tr("Sort"))
        for text, value in (
            (self.tr("Best match first"), Sort.RELEVANCE),
            (self.tr("Newest first"), Sort.DATE),
            (self.tr("Oldest first"), Sort.DATE_ASC),
        ):
            self.sort.addItem(text, value.value)
        self.sort.currentIndexChanged.connect(lambda _i: self._sort_changed())
        self.browsing = False
        self._search_sort = Sort.RELEVANCE  # the order searches use, kept while browsing

        self.strictness = StrictnessControl(self)
        self.strictness.changed.connect(self._emit)

        self.details = QCheckBox(self.tr("Details"), self)
        self.details.setObjectName("overlayToggle")
        self.details.setToolTip(self.tr("Show the match, file name and date on each photo"))
        self.details.toggled.connect(self.overlay_toggled)

        self.clear_button = QToolButton(self)
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.setAutoRaise(True)
        self.clear_button.clicked.connect(self.clear)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 4)
        layout.setSpacing(6)
        layout.addWidget(self.count)
        layout.addSpacing(8)
        for w in (self.folder_button, self.date_button, self.camera, self.located,
                  self.clear_button):  # fmt: skip
            layout.addWidget(w)
        layout.addStretch(1)
        layout.addWidget(self.strictness)
        layout.addSpacing(10)
        layout.addWidget(self.sort)
        layout.addWidget(self.details)
        self._update_labels()

    def _popup(self, content: QWidget) -> QMenu:
        menu = QMenu(self)
        action = QWidgetAction(menu)
        action.setDefaultWidget(content)
        menu.addAction(action)
        return menu

    # -- what the library offers ------------------------------------------------------------
    def set_facets(self, facets: Facets) -> None:
        self._quiet = True
        try:
            self.folder_tree.clear()
            everything = QTreeWidgetItem([self.tr("All folders"), str(facets.total)])
            everything.setData(0, PATH_ROLE, "")
            self.folder_tree.addTopLevelItem(everything)
            for node in facets.folders:
                self.folder_tree.addTopLevelItem(_tree_item(node))
            self.folder_tree.expandToDepth(0)
            self.folder_tree.resizeColumnToContents(0)
            self.histogram.set_months(facets.months)
            if self._dates:
                self.histogram.select_months(self._dates[0][:7], self._dates[1][:7])
            self._describe_range()
            chosen = self.camera.currentData() or ""
            self.camera.clear()
            self.camera.addItem(self.tr("Any camera"), "")
            for name, n in facets.cameras:
                self.camera.addItem(self.tr("{name} ({n})").format(name=name, n=n), name)
            self._select_camera(chosen)
            self.located.setEnabled(facets.located > 0 or self.located.isChecked())
        finally:
            self._quiet = False
        self._update_labels()

    def show_count(self, page: SearchPage | None, query: Query) -> None:
        """ "N matching photos" for a search, "N photos" for the timeline or --all."""
        if page is None:
            self.count.clear()
            return
        n = page.total
        if page.kind == "browse" or query.everything:
            text = self.tr("1 photo") if n == 1 else self.tr("{n} photos")
        elif n == 0:
            text = self.tr("No photo looks like that")
        else:
            text = self.tr("1 matching photo") if n == 1 else self.tr("{n} matching photos")
        self.count.setText(text.format(n=format_count(n)))

    # -- the user's choices ------------------------------------------------------------------
    def filters(self) -> Filters:
        return Filters(
            folders=(self._folder,) if self._folder else (),
            date_from=self._dates[0] if self._dates else None,
            date_to=self._dates[1] if self._dates else None,
            camera=self.camera.currentData() or None,
            has_location=True if self.located.isChecked() else None,
        )

    def sort_order(self) -> Sort:
        return Sort(self.sort.currentData())

    def set_browsing(self, on: bool) -> None:
        """The timeline is in date order: "best match" has no meaning there. The search order
        the user chose comes back with the next search."""
        if on == self.browsing:
            return
        self.browsing = on
        item = self.sort.model().item(0)  # type: ignore[attr-defined]
        self._quiet = True
        try:
            if on:
                self._search_sort = self.sort_order()
                if self._search_sort is Sort.RELEVANCE:
                    self.sort.setCurrentIndex(self.sort.findData(Sort.DATE.value))
            else:
                self.sort.setCurrentIndex(self.sort.findData(self._search_sort.value))
            item.setEnabled(not on)
        finally:
            self._quiet = False

    def _sort_changed(self) -> None:
        if not self.browsing and not self._quiet:
            self._search_sort = self.sort_order()
        self._emit()

    def set_folder(self, path: str) -> None:
        self._folder = path
        self._emit()

    def set_dates(self, first: str | None, last: str | None) -> None:
        """A date range as ISO days (None: any date)."""
        self._dates = (first, last) if first and last else None
        if self._dates:
            self.histogram.select_months(first[:7], last[:7])  # type: ignore[index]
        self._emit()

    def set_camera(self, name: str) -> None:
        self._select_camera(name)

    def set_query(self, filters: Filters, sort: Sort, strictness: float, everything: bool) -> None:
        """Show these choices (a search from history) without searching again."""
        self._quiet = True
        try:
            self._folder = filters.folders[0] if filters.folders else ""
            lo, hi = filters.date_from, filters.date_to
            self._dates = (lo[:10], hi[:10]) if lo and hi else None
            if self._dates:
                self.histogram.select_months(self._dates[0][:7], self._dates[1][:7])
            else:
                self.histogram.select_months("", "")
            self._select_camera(filters.camera or "")
            self.located.setChecked(filters.has_location is True)
            self.sort.setCurrentIndex(max(0, self.sort.findData(sort.value)))
            self.strictness.set_state(strictness, everything)
        finally:
            self._quiet = False
        self._update_labels()

    def clear(self) -> None:
        self.set_query(NO_FILTERS, self.sort_order(), self.strictness.value,
                       self.strictness.show_everything)  # fmt: skip
        self._emit()

    def _select_camera(self, name: str) -> None:
        i = self.camera.findData(name)
        if i < 0 and name:
            self.camera.addItem(name, name)
            i = self.camera.count() - 1
        self.camera.setCurrentIndex(max(0, i))

    def _folder_chosen(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self._folder = str(item.data(0, PATH_ROLE) or "")
        menu = self.folder_button.menu()
        if menu is not None:
            menu.hide()
        self._emit()

    def _months_chosen(self, first: str, last: str) -> None:
        self._dates = month_range([first, last]) if first and last else None
        self._emit()

    def _emit(self) -> None:
        self._update_labels()
        if not self._quiet:
            self.changed.emit()

    def _update_labels(self) -> None:
        name = os.path.basename(self._folder.rstrip("/\\")) if self._folder else ""
        self.folder_button.setText(
            self.tr("Folder: {}").format(name) if name else self.tr("All folders")
        )
        self.folder_button.setToolTip(self._folder or self.tr("Photos of every library folder"))
        self.date_button.setText(self._describe_dates())
        self.clear_button.setVisible(not self.filters().empty)

    def _describe_range(self) -> None:
        n = self.histogram.chosen_count()
        photos = self.tr("1 photo") if n == 1 else self.tr("{n} photos").format(n=format_count(n))
        self.range_label.setText(f"{self.histogram.describe()} · {photos}")

    def _describe_dates(self) -> str:
        if not self._dates:
            return self.tr("Any date")
        first, last = self._dates
        if first.endswith("-01") and month_range([last[:7]])[1] == last:
            a, b = month_label(first[:7]), month_label(last[:7])
        else:
            locale = QLocale()
            a, b = (locale.toString(QDate.fromString(d, "yyyy-MM-dd"), "d MMM yyyy")
                    for d in (first, last))  # fmt: skip
        return a if a == b else self.tr("{first} – {last}").format(first=a, last=b)


def _tree_item(node: FolderNode) -> QTreeWidgetItem:
    item = QTreeWidgetItem([node.name, str(node.count)])
    item.setData(0, PATH_ROLE, node.path)
    item.setToolTip(0, node.path)
    item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
    for child in node.children:
        item.addChild(_tree_item(child))
    return item
