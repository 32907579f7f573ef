"""The grid's model: photos of an answer in order, optionally grouped by month with a header row
before each month (a timeline, a search sorted by date).

Photo rows and header rows share one list model, so the view lays headers out on their own
line (a header is as wide as the view) and the keyboard skips them (they are disabled).
Photos are counted apart from rows: `result(row)` is only for photo rows, `photos` lists them.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from photoseek.records import SearchResult
from photoseek.search.browse import UNKNOWN_MONTH, month_of

AnyIndex = QModelIndex | QPersistentModelIndex


class Role(IntEnum):
    PATH = Qt.ItemDataRole.UserRole + 1
    SCORE = Qt.ItemDataRole.UserRole + 2
    HASH = Qt.ItemDataRole.UserRole + 3
    META = Qt.ItemDataRole.UserRole + 4
    RESULT = Qt.ItemDataRole.UserRole + 5
    HEADER = Qt.ItemDataRole.UserRole + 6  # a month header row: its "YYYY-MM" ("" unknown)


def month_label(month: str) -> str:
    """ "2024-05" → "May 2024" in the user's language; the unknown month says so."""
    if month == UNKNOWN_MONTH:
        return QCoreApplication.translate("ResultsModel", "Date unknown")
    year, mon = (int(x) for x in month.split("-"))
    return QLocale().toString(QDate(year, mon, 1), "MMMM yyyy")


class ResultsModel(QAbstractListModel):
    """Search results in order. Rows are never edited; pages are appended."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._results: list[SearchResult] = []
        # Built on first use (paging, preview), so showing an answer costs one list copy:
        # a photo appears once per answer (the store's document id is its content hash).
        self._row_of: dict[str, int] | None = None
        self._best: float | None = None
        self.generation = 0  # the search these rows answer
        self.grouped = False
        # Grouped: each row is a photo index (>= 0) or a header, -1 - its index in _headers.
        self._rows: list[int] = []
        self._headers: list[list[Any]] = []  # [month, photos in it so far]
        self.month_counts: dict[str, int] = {}  # known totals (the timeline's, from the catalog)
        self.floor: float | None = None  # the answer's relevance floor, for score bars
        self.by_name: frozenset[str] = frozenset()  # photos found by their names

    # Qt interface
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._rows) if self.grouped else len(self._results)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        header = self.header_at(index.row())
        if header is not None:
            month, n = header
            if role == Role.HEADER:
                return month
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return month_label(month)
            if role == Qt.ItemDataRole.ToolTipRole:
                total = self.month_counts.get(month, n)
                if total == 1:
                    return QCoreApplication.translate("ResultsModel", "1 photo")
                return QCoreApplication.translate("ResultsModel", "{n} photos").format(
                    n=QLocale().toString(total)
                )
            return None
        r = self.result(index.row())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return os.path.basename(r.path) or r.path
        if role == Qt.ItemDataRole.ToolTipRole:
            from photoseek.gui.grid_delegate import tooltip_html

            return tooltip_html(r, self.best, r.content_hash in self.by_name)
        if role == Role.PATH:
            return r.path
        if role == Role.SCORE:
            return r.score
        if role == Role.HASH:
            return r.content_hash
        if role == Role.META:
            return r.meta
        if role == Role.RESULT:
            return r
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid() or self.is_header(index.row()):
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def roleNames(self) -> dict[int, Any]:
        names = dict(super().roleNames())
        names.update(
            {
                int(Role.PATH): QByteArray(b"path"),
                int(Role.SCORE): QByteArray(b"score"),
                int(Role.HASH): QByteArray(b"contentHash"),
                int(Role.META): QByteArray(b"meta"),
                int(Role.RESULT): QByteArray(b"result"),
                int(Role.HEADER): QByteArray(b"month"),
            }
        )
        return names

    # Python interface (GUI thread)
    @property
    def results(self) -> Sequence[SearchResult]:
        """The photos, in order (header rows left out)."""
        return self._results

    def photo_count(self) -> int:
        return len(self._results)

    def is_header(self, row: int) -> bool:
        return self.grouped and 0 <= row < len(self._rows) and self._rows[row] < 0

    def header_at(self, row: int) -> tuple[str, int] | None:
        if not self.is_header(row):
            return None
        month, n = self._headers[-1 - self._rows[row]]
        return str(month), int(n)

    def photo_index(self, row: int) -> int:
        """The photo's position among the photos (-1 for a header row)."""
        if not self.grouped:
            return row if 0 <= row < len(self._results) else -1
        return self._rows[row] if 0 <= row < len(self._rows) else -1

    def row_of_photo(self, i: int) -> int:
        """The row showing the i-th photo."""
        if not self.grouped:
            return i
        return self._rows_of_hash().get(self._results[i].content_hash, -1)

    def result(self, row: int) -> SearchResult:
        i = self.photo_index(row)
        if i < 0:
            raise IndexError(f"row {row} is a month header, not a photo")
        return self._results[i]

    def set_results(
        self,
        results: Sequence[SearchResult],
        generation: int,
        *,
        grouped: bool = False,
        floor: float | None = None,
        by_name: frozenset[str] = frozenset(),
    ) -> None:
        self.beginResetModel()
        self._results = []
        self._rows = []
        self._headers = []
        self.grouped = grouped
        self.generation = generation
        self.floor = floor
        self.by_name = by_name
        self._best = None
        self._row_of = None
        self._add(list(results))
        self.endResetModel()

    def _add(self, fresh: list[SearchResult]) -> None:
        for r in fresh:
            i = len(self._results)
            self._results.append(r)
            if not self.grouped:
                continue
            month = month_of(r)
            if not self._headers or self._headers[-1][0] != month:
                self._headers.append([month, 0])
                self._rows.append(-len(self._headers))
            self._headers[-1][1] += 1
            self._rows.append(i)

    @property
    def best(self) -> float:
        """The best score of the answer, for relative match bars."""
        if self._best is None:
            self._best = max((r.score for r in self._results), default=0.0)
        return self._best

    def _rows_of_hash(self) -> dict[str, int]:
        if self._row_of is None:
            if self.grouped:
                self._row_of = {
                    self._results[i].content_hash: row for row, i in enumerate(self._rows) if i >= 0
                }
            else:
                self._row_of = {r.content_hash: row for row, r in enumerate(self._results)}
        return self._row_of

    def append(self, results: Sequence[SearchResult], by_name: frozenset[str] = frozenset()) -> int:
        """Add a further page; photos already shown are left out. Returns photos added."""
        rows = self._rows_of_hash()
        fresh: dict[str, SearchResult] = {}
        for r in results:
            if r.content_hash not in rows:
                fresh.setdefault(r.content_hash, r)
        if not fresh:
            return 0
        first = self.rowCount()
        last_header = len(self._headers) - 1
        grouped_rows = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + self._rows_needed(fresh) - 1)
        self._add(list(fresh.values()))
        self.by_name = self.by_name | by_name
        self._row_of = None
        self._best = max(self.best, max(r.score for r in fresh.values()))
        self.endInsertRows()
        if self.grouped and last_header >= 0 and len(self._rows) > grouped_rows:
            # The month that was last may have grown: its header's count changed.
            row = next(r for r, v in enumerate(self._rows) if v == -1 - last_header)
            self.dataChanged.emit(self.index(row), self.index(row))
        return len(fresh)

    def _rows_needed(self, fresh: dict[str, SearchResult]) -> int:
        if not self.grouped:
            return len(fresh)
        n, month = 0, self._headers[-1][0] if self._headers else None
        for r in fresh.values():
            m = month_of(r)
            if m != month:
                n += 1
                month = m
            n += 1
        return n

    def clear(self, generation: int | None = None) -> None:
        self.set_results([], self.generation if generation is None else generation)

    def rows_for_hash(self, content_hash: str) -> list[int]:
        row = self._rows_of_hash().get(content_hash)
        return [] if row is None else [row]
