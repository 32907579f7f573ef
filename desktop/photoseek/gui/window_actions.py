"""The window's actions, menus, tool bar and status bar (built once, wired by the window)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMessageBox, QStyle, QToolBar

from photoseek.gui.photo_actions import PhotoActions

if TYPE_CHECKING:
    from photoseek.gui.main_window import MainWindow

ZOOM_STEP = 32


class WindowActions(QObject):
    """Owned by the window; the actions call its methods."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self._build_actions()
        self._build_menus()

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon: str = "",
        tip: str = "",
        fallback: QStyle.StandardPixmap | None = None,
    ) -> QAction:
        action = QAction(text, self.w)
        themed = QIcon.fromTheme(icon) if icon else QIcon()
        if themed.isNull() and fallback is not None:  # no icon theme (Windows, macOS)
            themed = self.w.style().standardIcon(fallback)
        if not themed.isNull():
            action.setIcon(themed)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.w.addAction(action)
        return action

    def _build_actions(self) -> None:
        SP = QStyle.StandardPixmap
        self.add_folder_action = self._action(
            self.tr("&Add folder…"), self.w.choose_folder, "Ctrl+Shift+O", "folder-new",
            self.tr("Add a folder of photos to the library"), SP.SP_DirOpenIcon,
        )  # fmt: skip
        self.index_action = self._action(
            self.tr("&Index now"), self.w.index_now, "F5", "view-refresh",
            self.tr("Look for new, changed and removed photos and index them"),
            SP.SP_BrowserReload,
        )  # fmt: skip
        self.image_search_action = self._action(
            self.tr("Search by &image…"), self.w.picture.choose_image,
            QKeySequence.StandardKey.Open, "image-x-generic",
            self.tr("Find photos that look like a picture file"), SP.SP_FileDialogContentsView,
        )  # fmt: skip
        self.paste_action = self._action(
            self.tr("&Paste picture"), self.w.picture.paste_or_tell, QKeySequence.StandardKey.Paste,
            "edit-paste", self.tr("Search by the picture on the clipboard"),
        )  # fmt: skip
        self.settings_action = self._action(
            self.tr("&Settings…"), self.w.open_settings, "Ctrl+,", "preferences-system",
            fallback=SP.SP_FileDialogDetailedView,
        )  # fmt: skip
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.problems_action = self._action(
            self.tr("S&kipped files…"), self.w.open_problems, None, "dialog-warning",
            self.tr("Photos that could not be indexed, and why"), SP.SP_MessageBoxWarning,
        )  # fmt: skip
        self.quit_action = self._action(
            self.tr("&Quit"), self.w.close, QKeySequence.StandardKey.Quit, "application-exit"
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.focus_action = self._action(self.tr("&Find"), self.w.search_bar.focus, "Ctrl+F")
        self.back_action = self._action(
            self.tr("&Back"), self.w.search.back, QKeySequence.StandardKey.Back, "go-previous",
            self.tr("The search before this one"), SP.SP_ArrowBack,
        )  # fmt: skip
        self.forward_action = self._action(
            self.tr("&Forward"), self.w.search.forward, QKeySequence.StandardKey.Forward,
            "go-next", self.tr("The search after this one"), SP.SP_ArrowForward,
        )  # fmt: skip
        # Alt+Left/Right everywhere (StandardKey.Back is only that on some platforms).
        for action, key in ((self.back_action, "Alt+Left"), (self.forward_action, "Alt+Right")):
            keys = [k for k in action.shortcuts() if k != QKeySequence(key)]
            action.setShortcuts([QKeySequence(key), *keys])
        self.timeline_action = self._action(
            self.tr("&Timeline"), self.w.browse, "Ctrl+Home", "go-home",
            self.tr("Every photo by date, newest first"), SP.SP_DirHomeIcon,
        )  # fmt: skip
        self.details_action = self._action(
            self.tr("Show &details on photos"), lambda: None, "Ctrl+D"
        )
        self.details_action.setCheckable(True)
        self.details_action.setChecked(self.w.filter_bar.details.isChecked())
        self.details_action.toggled.connect(self.w.filter_bar.details.setChecked)
        self.w.filter_bar.details.toggled.connect(self.details_action.setChecked)
        self.duplicates_action = self._action(
            self.tr("Find &duplicates…"), self.open_duplicates, None, "edit-copy",
            self.tr("Exact copies, near-duplicates and bursts, side by side"),
        )  # fmt: skip
        self.zoom_in_action = self._action(
            self.tr("Zoom &in"), self.w.zoom_in, QKeySequence.StandardKey.ZoomIn, "zoom-in"
        )
        self.zoom_in_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")]
        )
        self.zoom_out_action = self._action(
            self.tr("Zoom &out"), self.w.zoom_out, QKeySequence.StandardKey.ZoomOut, "zoom-out"
        )
        self.about_action = self._action(self.tr("&About Photoseek"), self.about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

        # Acting on one photo (context menu, preview).
        self.photo_actions = PhotoActions(self.w, self.w.lanes.io, self.w.tell, self.w.current_path)
        self.photo_actions.image_copied.connect(self.w.image_copied)
        self.similar_action = self.photo_actions.similar
        self.open_action = self.photo_actions.open
        self.reveal_action = self.photo_actions.reveal
        self.copy_path_action = self.photo_actions.copy_path
        self.copy_image_action = self.photo_actions.copy_image
        self.w.search_bar.set_image_action(self.image_search_action)

    def _build_menus(self) -> None:
        bar = self.w.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for action in (self.add_folder_action, self.index_action, None, self.image_search_action,
                       self.paste_action, None, self.quit_action):  # fmt: skip
            file_menu.addSeparator() if action is None else file_menu.addAction(action)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.focus_action)
        view_menu.addAction(self.back_action)
        view_menu.addAction(self.forward_action)
        view_menu.addAction(self.timeline_action)
        view_menu.addSeparator()
        view_menu.addAction(self.details_action)
        view_menu.addSeparator()
        view_menu.addAction(self.zoom_in_action)
        view_menu.addAction(self.zoom_out_action)
        tools_menu = bar.addMenu(self.tr("&Tools"))
        tools_menu.addAction(self.duplicates_action)
        tools_menu.addAction(self.problems_action)
        tools_menu.addSeparator()
        tools_menu.addAction(self.settings_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

        toolbar = QToolBar(self.tr("Main"), self.w)
        toolbar.setObjectName("mainToolBar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.back_action, self.forward_action, self.timeline_action, None,
                       self.add_folder_action, self.index_action, self.problems_action,
                       self.settings_action):  # fmt: skip
            toolbar.addSeparator() if action is None else toolbar.addAction(action)
        self.toolbar = toolbar
        self.w.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.update_history()

    def update_history(self) -> None:
        """Back and Forward are on only when there is a search to go to."""
        session = self.w.session
        self.back_action.setEnabled(session.can_go_back)
        self.forward_action.setEnabled(session.can_go_forward)

    def about(self) -> None:
        """The About box (non-modal)."""
        from photoseek import __version__

        box = QMessageBox(self.w)
        box.setWindowTitle(self.tr("About Photoseek"))
        box.setIconPixmap(self.w.windowIcon().pixmap(64, 64))
        box.setText(
            self.tr(
                "<b>Photoseek {}</b><br>Search your own photo folders by meaning, in any "
                "language.<br>Embeddings: Jina CLIP v2."
            ).format(__version__)
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def open_duplicates(self) -> Any:
        """The Find duplicates window (non-modal)."""
        return self.w.dialogs.open_duplicates()
