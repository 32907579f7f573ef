"""Indexing progress for the status bar, and the list of files that could not be indexed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from photoseek.catalog import Problem
from photoseek.fspath import display_path
from photoseek.gui.formatting import format_count, format_duration, format_rate
from photoseek.gui.widgets import InlineMessage, alive
from photoseek.gui.workers import IndexingController, TaskRunner
from photoseek.indexing import IndexReport, Progress
from photoseek.library import Library
from photoseek.records import FileState, Phase

_Index = QModelIndex | QPersistentModelIndex


class IndexingStatus(QWidget):
    """A compact status-bar widget for an indexing run: what, how far, how fast, and controls.

    Hidden while idle, except for the last run's outcome (which stays until the next run or
    until dismissed).
    """

    show_problems = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller: IndexingController | None = None
        self.last: Progress | None = None
        self.report: IndexReport | None = None

        self.phase_label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(False)
        fm = self.fontMetrics()
        self.bar.setMaximumWidth(fm.averageCharWidth() * 18)
        self.bar.setMinimumWidth(fm.averageCharWidth() * 8)
        self.bar.setMaximumHeight(fm.height())
        self.bar.setAccessibleName(self.tr("Indexing progress"))
        self.detail_label = QLabel(self)
        self.problems_button = QToolButton(self)
        self.problems_button.setAutoRaise(True)
        self.problems_button.setCursor(Qt.CursorShape.PointingHandCursor)
        font = self.problems_button.font()
        font.setUnderline(True)
        self.problems_button.setFont(font)
        self.problems_button.setToolTip(self.tr("Show the files that could not be indexed"))
        self.problems_button.clicked.connect(self.show_problems)
        self.pause_button = QToolButton(self)
        self.pause_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.pause_button.setAutoRaise(True)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.cancel_button = QToolButton(self)
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.cancel_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_DialogCancelButton)
        )
        self.cancel_button.setAutoRaise(True)
        self.cancel_button.setToolTip(
            self.tr("Stop indexing; what is done is kept and the rest continues next time")
        )
        self.cancel_button.clicked.connect(self.cancel)
        self.message = InlineMessage(self, one_line=True)
        self._notice = ""  # the service's wait shown in `message`, while it lasts
        self.dismiss_button = QToolButton(self)
        self.dismiss_button.setAutoRaise(True)
        self.dismiss_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton)
        )
        self.dismiss_button.setToolTip(self.tr("Dismiss"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss"))
        self.dismiss_button.clicked.connect(self.dismiss)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.phase_label)
        layout.addWidget(self.bar)
        layout.addWidget(self.detail_label)
        layout.addWidget(self.problems_button)
        layout.addWidget(self.pause_button)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.dismiss_button)
        layout.addStretch(0)
        self._running_widgets: list[QWidget] = [
            self.phase_label,
            self.bar,
            self.detail_label,
            self.pause_button,
            self.cancel_button,
        ]
        self._set_pause_button(False)
        self._idle()

    # -- wiring ---------------------------------------------------------------------------
    def attach(self, controller: IndexingController) -> None:
        if self.controller is not None:
            for signal, slot in self._connections():
                signal.disconnect(slot)
        self.controller = controller
        for signal, slot in self._connections():
            signal.connect(slot)
        if controller.running:
            self._on_started()

    def _connections(self) -> list[tuple[Any, Any]]:
        c = self.controller
        assert c is not None
        return [
            (c.started, self._on_started),
            (c.progress, self._on_progress),
            (c.finished, self._on_finished),
            (c.failed, self._on_failed),
        ]

    @property
    def running(self) -> bool:
        return self.controller is not None and self.controller.running

    # -- controls -------------------------------------------------------------------------
    def toggle_pause(self) -> None:
        if self.controller is None:
            return
        if self.controller.paused:
            self.controller.resume()
        else:
            self.controller.pause()
        self._set_pause_button(self.controller.paused)
        if self.last is not None:
            self._show_progress(self.last)

    def cancel(self) -> None:
        if self.controller is None:
            return
        self.controller.cancel()
        self.cancel_button.setEnabled(False)
        self.pause_button.setEnabled(False)
        self.phase_label.setText(self.tr("Stopping…"))

    def dismiss(self) -> None:
        self.message.clear()
        self._idle()

    def _set_pause_button(self, paused: bool) -> None:
        icon = QStyle.StandardPixmap.SP_MediaPlay if paused else QStyle.StandardPixmap.SP_MediaPause
        self.pause_button.setIcon(self.style().standardIcon(icon))
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self.pause_button.setToolTip(
            self.tr("Continue indexing") if paused else self.tr("Pause indexing for now")
        )

    # -- states ---------------------------------------------------------------------------
    def _idle(self) -> None:
        for w in self._running_widgets:
            w.hide()
        has_message = bool(self.message.text())
        self.dismiss_button.setVisible(has_message)
        self._update_problems_button(self.last)
        self.setVisible(has_message or not self.problems_button.isHidden())

    def _on_started(self) -> None:
        self.report = None
        self.last = None
        self.message.clear()
        self.dismiss_button.hide()
        self.problems_button.hide()
        for w in self._running_widgets:
            w.show()
        self.pause_button.setEnabled(True)
        self.cancel_button.setEnabled(True)
        self._set_pause_button(False)
        self.phase_label.setText(self.tr("Starting…"))
        self.bar.setRange(0, 0)
        self.detail_label.clear()
        self.show()

    def _on_progress(self, p: Progress) -> None:
        self.last = p
        if p.phase is Phase.DONE:
            return  # the finished signal follows with the report
        if self.phase_label.isHidden():
            self._on_started()
            self.last = p
        self._show_progress(p)

    def _show_progress(self, p: Progress) -> None:
        # The controller knows at once; the event may predate the last click.
        paused = self.controller.paused if self.controller is not None else p.paused
        self._set_pause_button(paused)
        stopping = not self.cancel_button.isEnabled()
        if stopping:
            phase = self.tr("Stopping…")
        elif paused:
            phase = self.tr("Paused")
        elif p.phase is Phase.SCANNING:
            phase = self.tr("Looking for photos…")
        elif p.phase is Phase.EMBEDDING:
            phase = self.tr("Indexing")
        elif p.phase is Phase.SYNCING:
            phase = self.tr("Saving to the index")
        else:
            phase = self.tr("Starting…")
        self.phase_label.setText(phase)
        # Which model's index is being built (a model switch builds a new one).
        self.phase_label.setToolTip(
            self.tr("Embedding with {model}").format(model=p.model) if p.model else ""
        )

        detail: list[str] = []
        if p.phase is Phase.SCANNING:
            self.bar.setRange(0, 0)
            detail.append(self.tr("{n} found").format(n=format_count(p.scanned)))
        elif p.phase is Phase.SYNCING and p.sync_total:
            self.bar.setRange(0, p.sync_total)
            self.bar.setValue(min(p.sync_done, p.sync_total))
            detail.append(f"{format_count(p.sync_done)} / {format_count(p.sync_total)}")
        elif p.total:
            self.bar.setRange(0, p.total)
            self.bar.setValue(min(p.done, p.total))
            detail.append(f"{format_count(p.done)} / {format_count(p.total)}")
            if not paused:
                rate = format_rate(p.rate)
                if rate:
                    detail.append(rate)
                eta = format_duration(p.eta)
                if eta:
                    detail.append(self.tr("{eta} left").format(eta=eta))
        else:
            self.bar.setRange(0, 0)
        if p.phase in (Phase.EMBEDDING, Phase.SYNCING):
            detail.append(self.counts_text(p))
            self.detail_label.setToolTip(self.counts_tooltip(p))
        self.detail_label.setText(" · ".join(detail))
        # The service makes the run wait: say why instead of a silently falling rate.
        if p.notice:
            self.message.show_message(InlineMessage.WARNING, p.notice)
        elif self._notice and self.message.text() == self._notice:
            self.message.clear()
        self._notice = p.notice
        self.bar.setToolTip(
            self.tr("{percent} %").format(percent=round(100 * min(1.0, p.fraction)))
        )

        self._update_problems_button(p)

    def counts_text(self, p: Progress) -> str:
        return self.tr("{indexed} indexed").format(indexed=format_count(p.indexed))

    def counts_tooltip(self, p: Progress) -> str:
        lines = [
            *([self.tr("Model: {model}").format(model=p.model)] if p.model else []),
            self.tr("Indexed: {n}").format(n=format_count(p.indexed)),
            self.tr("Recognised from before (no model call): {n}").format(n=format_count(p.reused)),
            self.tr("Sent to the model: {n}").format(n=format_count(p.embedded)),
            self.tr("Skipped: {n}").format(n=format_count(p.skipped)),
            self.tr("Failed (retried next time): {n}").format(n=format_count(p.failed)),
        ]
        if p.tokens:
            lines.append(self.tr("Tokens used: {n}").format(n=format_count(p.tokens)))
        return "\n".join(lines)

    def _update_problems_button(self, p: Progress | None) -> None:
        # The library's counts (what the list it opens shows), not only this run's.
        skipped, failed = (
            (max(p.skipped, p.skipped_total), max(p.failed, p.failed_total))
            if p is not None
            else (0, 0)
        )
        parts = []
        if skipped:
            parts.append(self.tr("{n} skipped").format(n=format_count(skipped)))
        if failed:
            parts.append(self.tr("{n} failed").format(n=format_count(failed)))
        self.problems_button.setText(", ".join(parts))
        self.problems_button.setVisible(bool(parts))

    def _on_finished(self, report: IndexReport) -> None:
        self.report = report
        p = report.progress
        self.last = p
        if report.cancelled:
            # The user asked for it: requests cut short on the way are not errors.
            self.message.show_message(
                InlineMessage.INFO,
                self.tr(
                    "Indexing cancelled after {done} of {total}; the rest continues next time."
                ).format(done=format_count(p.done), total=format_count(p.total)),
            )
        elif report.error:
            self.message.show_message(
                InlineMessage.ERROR,
                self.tr("Indexing stopped: {error}").format(error=report.error),
            )
        elif report.sync_error:
            self.message.show_message(
                InlineMessage.ERROR,
                self.tr("The index could not be updated: {error}").format(error=report.sync_error),
            )
        else:
            text = self.final_summary(p)
            if report.activated:
                text += " " + self.tr("Searches now use {index}.").format(index=report.activated)
            if p.message:
                text += " " + p.message
            warn = bool(p.message or p.sync_failed or p.folders == 0)
            self.message.show_message(InlineMessage.WARNING if warn else InlineMessage.OK, text)
        self.message.setToolTip(self.counts_tooltip(p))
        self._idle()

    def final_summary(self, p: Progress) -> str:
        if p.folders == 0:
            return self.tr("No photo folders yet: add a folder to index its photos.")
        if not p.total and (p.sync_written or p.sync_removed):
            parts = []
            if p.sync_written:
                parts.append(
                    self.tr("{n} photos written, no model calls").format(
                        n=format_count(p.sync_written)
                    )
                )
            if p.sync_removed:
                parts.append(self.tr("{n} photos removed").format(n=format_count(p.sync_removed)))
            text = self.tr("Index updated: {what}.").format(what="; ".join(parts))
        elif not p.total:
            text = self.tr("Up to date: no new or changed photos.")
        else:
            text = self.tr("Done: {indexed} indexed, {skipped} skipped, {failed} failed.").format(
                indexed=format_count(p.indexed),
                skipped=format_count(p.skipped),
                failed=format_count(p.failed),
            )
        if p.resent:
            text += " " + self.tr(
                "The index had lost {n} photos; they were sent again from this computer."
            ).format(n=format_count(p.resent))
        if p.sync_failed:
            text += " " + self.tr(
                "The index refused {n} photos (see Skipped files for why)."
            ).format(n=format_count(p.sync_failed))
        return text

    def _on_failed(self, error: str) -> None:
        self.message.show_message(
            InlineMessage.ERROR, self.tr("Indexing failed: {error}").format(error=error)
        )
        self._idle()

    def state_text(self) -> str:
        """Everything the widget shows now, as one string (for tests and accessibility)."""
        parts = [
            w.text()
            for w in (
                self.message,
                self.phase_label,
                self.detail_label,
                self.problems_button,
            )
            if not w.isHidden() and w.text()
        ]
        return " | ".join(parts)


# -- problems ------------------------------------------------------------------------------------
class ProblemsModel(QAbstractTableModel):
    PATH, STATE, REASON, ATTEMPTS = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Problem] = []
        self._headers = [self.tr("File"), self.tr("State"), self.tr("Reason"), self.tr("Attempts")]

    def set_problems(self, rows: list[Problem]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def state_text(self, state: str) -> str:
        if state == FileState.SKIPPED:
            return self.tr("Skipped")
        if state == FileState.FAILED:
            return self.tr("Failed")
        if state == REFUSED:
            return self.tr("Refused by the index")
        return state

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        p = self.rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == self.PATH:
                return display_path(p.path)
            if col == self.STATE:
                return self.state_text(p.state)
            if col == self.REASON:
                return p.reason
            if col == self.ATTEMPTS:
                return p.attempts
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.STATE:
                return (
                    self.tr("Not tried again until the file changes")
                    if p.state == FileState.SKIPPED
                    else self.tr("Tried again on the next indexing run")
                )
            if col in (self.PATH, self.REASON):
                return display_path(p.path) if col == self.PATH else p.reason
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.ATTEMPTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def as_text(self) -> str:
        """Tab-separated, with a header line (what "Copy list" puts on the clipboard)."""
        lines = ["\t".join(self._headers)]
        for p in self.rows:
            reason = " ".join(p.reason.split())
            lines.append(
                f"{display_path(p.path)}\t{self.state_text(p.state)}\t{reason}\t{p.attempts}"
            )
        return "\n".join(lines) + "\n"


REFUSED = "refused"  # a photo the index refused to keep (a per-document store error)


def problems_and_refusals(library: Library, limit: int) -> list[Problem]:
    """Files not indexed, then photos the index refused, as rows of one list."""
    rows = library.problems(limit)
    for sp in library.sync_problems(limit):
        for path in sp.paths or (sp.content_hash,):
            rows.append(Problem(path, REFUSED, sp.reason, 0))
    return rows


class ProblemsDialog(QDialog):
    """Files that were skipped or failed, with the reason; loaded off the GUI thread."""

    loaded = Signal()
    LIMIT = 10_000

    def __init__(self, library: Library, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.runner = runner
        self._load_id = 0
        self.setWindowTitle(self.tr("Files not indexed"))
        self.setSizeGripEnabled(True)

        self.summary = QLabel(self.tr("Loading…"), self)
        self.summary.setWordWrap(True)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter by name or reason"))
        self.filter_edit.setClearButtonEnabled(True)
        filter_label = QLabel(self.tr("&Filter:"), self)
        filter_label.setBuddy(self.filter_edit)

        self.model = ProblemsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ProblemsModel.PATH, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Files not indexed"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ProblemsModel.PATH, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ProblemsModel.STATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ProblemsModel.REASON, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ProblemsModel.ATTEMPTS, QHeaderView.ResizeMode.ResizeToContents)
        fm = self.fontMetrics()
        self.table.setColumnWidth(ProblemsModel.PATH, fm.averageCharWidth() * 48)

        self.copy_button = QPushButton(self.tr("&Copy list"), self)
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy_list)
        self.copy_button.setEnabled(False)
        self.reload_button = QPushButton(self.tr("&Reload"), self)
        self.reload_button.setAutoDefault(False)
        self.reload_button.clicked.connect(self.reload)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.ActionRole)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Copy), self.table, self.copy_list)

        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.filter_edit, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Skipped files are not tried again until they change. Failed files are "
                    "tried again on the next indexing run."
                ),
                self,
                wordWrap=True,
            )
        )
        layout.addWidget(self.buttons)
        self.resize(fm.averageCharWidth() * 120, fm.height() * 28)
        self.reload()

    def reload(self) -> None:
        self._load_id += 1
        load_id = self._load_id
        library, limit = self.library, self.LIMIT
        self.reload_button.setEnabled(False)
        self.runner.submit(
            lambda: problems_and_refusals(library, limit),
            lambda rows: self._loaded(load_id, rows),
            lambda exc: self._failed(load_id, exc),
        )

    def _loaded(self, load_id: int, rows: list[Problem]) -> None:
        if not alive(self) or load_id != self._load_id:
            return
        self.model.set_problems(rows)
        self.reload_button.setEnabled(True)
        self.copy_button.setEnabled(bool(rows))
        skipped = sum(1 for r in rows if r.state == FileState.SKIPPED)
        failed = sum(1 for r in rows if r.state == FileState.FAILED)
        refused = len(rows) - skipped - failed
        if not rows:
            self.summary.setText(self.tr("Every photo found so far could be indexed."))
        else:
            text = self.tr("{skipped} skipped and {failed} failed.").format(
                skipped=format_count(skipped), failed=format_count(failed)
            )
            if refused:
                text += " " + self.tr("{n} refused by the index.").format(n=format_count(refused))
            if len(rows) >= self.LIMIT:
                text += " " + self.tr("Showing the first {n}.").format(n=format_count(len(rows)))
            self.summary.setText(text)
        self.loaded.emit()

    def _failed(self, load_id: int, exc: BaseException) -> None:
        if not alive(self) or load_id != self._load_id:
            return
        self.reload_button.setEnabled(True)
        self.summary.setText(self.tr("Could not read the list: {error}").format(error=exc))
        self.loaded.emit()

    def copy_list(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.model.as_text())
