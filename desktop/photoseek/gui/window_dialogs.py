"""The window's dialogs, one of each at a time, opened non-modally (`window.dialogs`): settings,
skipped files, the first-run wizard, the local model's download and Find duplicates."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from photoseek.gui.first_run import FirstRunDialog
from photoseek.gui.indexing_panel import ProblemsDialog
from photoseek.gui.model_download_dialog import ModelDownloadDialog
from photoseek.gui.settings_dialog import SettingsDialog

if TYPE_CHECKING:
    from photoseek.gui.duplicates_dialog import DuplicatesDialog
    from photoseek.gui.main_window import MainWindow


class WindowDialogs:
    def __init__(self, window: MainWindow) -> None:
        self.w = window
        self.settings: SettingsDialog | None = None
        self.first_run: FirstRunDialog | None = None
        self.problems: ProblemsDialog | None = None
        self.model: ModelDownloadDialog | None = None
        self.duplicates: DuplicatesDialog | None = None

    def open_settings(self, tab: int | None = None) -> SettingsDialog:
        """Settings, on `tab` when given (e.g. Embedding under a key error)."""
        w = self.w
        if self.settings is None:
            self.settings = SettingsDialog(w.library, w.lanes, w)
            self.settings.applied.connect(w.settings_applied)
            self.settings.finished.connect(lambda _r: self._forget("settings"))
        if tab is not None:
            self.settings.tabs.setCurrentIndex(tab)
        self.settings.open()
        return self.settings

    def open_problems(self) -> ProblemsDialog:
        w = self.w
        if self.problems is None:
            self.problems = ProblemsDialog(w.library, w.lanes.io, w)
            self.problems.finished.connect(lambda _r: self._forget("problems"))
        self.problems.open()
        return self.problems

    def open_model_download(self) -> ModelDownloadDialog:
        """The local model's download (licence, progress, cancel, resume)."""
        w = self.w
        if self.model is None:
            self.model = ModelDownloadDialog(w.library.paths.data_dir, parent=w)
            self.model.panel.installed.connect(lambda _s: self._model_installed())
            self.model.finished.connect(lambda _r: self._forget("model"))
        self.model.open()
        return self.model

    def _model_installed(self) -> None:
        self.w.library.reconfigure()  # a search embedder that could not load may run now
        self.w.refresh_status()

    def show_first_run(self) -> FirstRunDialog:
        w = self.w
        if self.first_run is None:
            self.first_run = FirstRunDialog(w.library, w.lanes, w)
            self.first_run.completed.connect(w.first_run_completed)
            self.first_run.folders_kept.connect(lambda _out: w.refresh_status())
            self.first_run.finished.connect(lambda _r: self._forget("first_run"))
        self.first_run.open()
        return self.first_run

    def open_duplicates(self) -> DuplicatesDialog:
        """The Find duplicates window (non-modal)."""
        from photoseek.gui.duplicates_dialog import DuplicatesDialog

        w = self.w
        if self.duplicates is None:
            self.duplicates = DuplicatesDialog(w.library, w.lanes, w.loader, w)
            self.duplicates.trashed.connect(lambda _paths: w.index_now())
            self.duplicates.finished.connect(lambda _r: self._forget("duplicates"))
        self.duplicates.open()
        return self.duplicates

    def _forget(self, name: str) -> None:
        dialog = getattr(self, name)
        setattr(self, name, None)
        if dialog is not None:
            dialog.deleteLater()

    def close_all(self) -> None:
        dialogs: list[Any] = [self.settings, self.first_run, self.model, self.duplicates]
        for dialog in dialogs:
            if dialog is not None:
                dialog.close()
