"""Download the local model: what, how big, the licence to accept, progress, cancel and resume.

`ModelDownloadPanel` is the widget (for Settings and the first-run wizard to embed);
`ModelDownloadDialog` puts it in a dialog with a Close/Done button.

Threading (see workers.py for the rules): the core downloader runs on a plain
`threading.Thread`; its callbacks emit signals of a `_Bridge` QObject that the panel owns, so
they arrive on the GUI thread by queued connection. The worker never touches a widget. The
panel stops and joins the thread before it goes away (`shutdown`, called on close).
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, Signal, Slot
from PySide6.QtGui import (
    QCloseEvent,
    QFont,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from photoseek.embedding.model_download import (
    DownloadCancelled,
    DownloadError,
    DownloadProgress,
    download_model,
)
from photoseek.embedding.model_files import (
    DEFAULT_VARIANT,
    LICENCE_NAME,
    LICENCE_TEXT,
    LICENCE_URL,
    MODEL,
    MODEL_URL,
    VARIANTS,
    ModelStatus,
    model_dir,
    partial_bytes,
)
from photoseek.gui.formatting import format_bytes, format_duration
from photoseek.gui.widgets import InlineMessage

log = logging.getLogger(__name__)

READY, DOWNLOADING, STOPPING, PAUSED, FAILED, DONE = (
    "ready",
    "downloading",
    "stopping",
    "paused",
    "failed",
    "done",
)
_STEPS = 1000  # progress bar resolution


class _Bridge(QObject):
    """Signals the worker thread emits; delivered on the GUI thread (queued)."""

    progress = Signal(object)  # DownloadProgress
    finished = Signal(object)  # ModelStatus
    failed = Signal(bool, str)  # cancelled?, one-sentence message


class ModelDownloadPanel(QWidget):
    """Everything about getting the model; emits `installed(ModelStatus)` when it is there."""

    installed = Signal(object)
    state_changed = Signal(str)
    progress_changed = Signal(object)  # DownloadProgress, on the GUI thread

    def __init__(
        self,
        data_dir: Path | None = None,
        *,
        directory: Path | None = None,
        variant: str = DEFAULT_VARIANT,
        base: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if directory is None:
            if data_dir is None:
                from photoseek.config.paths import AppPaths

                data_dir = AppPaths.default().data_dir
            directory = model_dir(data_dir)
        self.directory = directory
        self.base = base
        self.state = READY
        self.status: ModelStatus | None = None
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._kept = partial_bytes(directory)  # a few stat calls: what an earlier try left
        self._total = 0  # bytes of the variant, once the hub has listed them
        self._bridge = _Bridge(self)
        queued = Qt.ConnectionType.QueuedConnection
        self._bridge.progress.connect(self._on_progress, queued)
        self._bridge.finished.connect(self._on_finished, queued)
        self._bridge.failed.connect(self._on_failed, queued)
        self._build(variant)
        self._show_variant()
        self._set_state(READY)

    # -- layout ----------------------------------------------------------------------------
    def _build(self, variant: str) -> None:
        title = QLabel(self.tr("Run the model on this computer"), self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            self.tr(
                "Photoseek can turn your photos into vectors here, with {model} by Jina AI: "
                "no API key, and no photo leaves this computer. The model is downloaded once "
                "from its repository and checked before use."
            ).format(model=MODEL),
            self,
        )
        intro.setWordWrap(True)

        self.variant_box = QComboBox(self)
        for name, v in VARIANTS.items():
            self.variant_box.addItem(f"{name} — {v.use}", name)
        self.variant_box.setCurrentIndex(max(0, self.variant_box.findData(variant)))
        self.variant_box.currentIndexChanged.connect(self._show_variant)
        self.size_label = QLabel(self)
        self.place_label = _Elided(str(self.directory), self, Qt.TextElideMode.ElideMiddle)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Model:"), QLabel(f"{MODEL} (Jina AI)", self))
        form.addRow(self.tr("Variant:"), self.variant_box)
        form.addRow(self.tr("Download:"), self.size_label)
        form.addRow(self.tr("Saved in:"), self.place_label)

        licence_box = QFrame(self)
        licence_box.setFrameShape(QFrame.Shape.StyledPanel)
        licence_box.setBackgroundRole(QPalette.ColorRole.Base)
        licence_box.setAutoFillBackground(True)
        licence_title = QLabel(self.tr("Licence: {name}").format(name=LICENCE_NAME), licence_box)
        bold = QFont(licence_title.font())
        bold.setBold(True)
        licence_title.setFont(bold)
        licence_text = QLabel(LICENCE_TEXT, licence_box)
        licence_text.setWordWrap(True)
        # Outside the f-string: lupdate does not read calls inside one.
        read, page = self.tr("Read the licence"), self.tr("The model’s page")
        links = QLabel(
            f'<a href="{LICENCE_URL}">{read}</a> · <a href="{MODEL_URL}">{page}</a>', licence_box
        )
        links.setOpenExternalLinks(True)
        links.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.accept_box = QCheckBox(
            self.tr("I accept the licence and will use the model for non-commercial purposes"),
            licence_box,
        )
        self.accept_box.toggled.connect(lambda _on: self._update_buttons())
        inner = QVBoxLayout(licence_box)
        inner.setContentsMargins(12, 10, 12, 10)
        inner.setSpacing(6)
        for w in (licence_title, licence_text, links, self.accept_box):
            inner.addWidget(w)

        self.bar = QProgressBar(self)
        self.bar.setRange(0, _STEPS)
        self.bar.setTextVisible(False)
        self.progress_label = _Elided("", self)
        self.message = InlineMessage(self, one_line=True)
        for later in (self.bar, self.message):  # showing them must not squeeze the licence
            policy = later.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            later.setSizePolicy(policy)

        self.download_button = QPushButton(self.tr("Download"), self)
        self.download_button.setDefault(True)
        self.download_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.download_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(licence_box)
        layout.addSpacing(4)
        layout.addWidget(self.bar)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    # -- actions ---------------------------------------------------------------------------
    @property
    def variant(self) -> str:
        return str(self.variant_box.currentData())

    @Slot()
    def start(self) -> None:
        """Download (or resume) on a worker thread. Needs the licence accepted."""
        if self.state in (DOWNLOADING, STOPPING, DONE) or not self.accept_box.isChecked():
            return
        self._stop = threading.Event()
        self.message.hide()
        self._set_state(DOWNLOADING)
        self.progress_label.setText(self.tr("Asking the repository for the file list…"))
        bridge, stop = self._bridge, self._stop
        directory, variant, base = self.directory, self.variant, self.base

        def work() -> None:
            try:
                status = download_model(
                    directory, variant, progress=bridge.progress.emit, stop=stop, base=base
                )
            except DownloadCancelled as exc:
                bridge.failed.emit(True, str(exc))
            except DownloadError as exc:
                bridge.failed.emit(False, str(exc))
            except Exception as exc:  # a bug must reach the user as a sentence, not a hang
                log.exception("model download failed")
                bridge.failed.emit(False, f"The download failed ({type(exc).__name__}: {exc}).")
            else:
                bridge.finished.emit(status)

        self._thread = threading.Thread(target=work, name="ps-model-download", daemon=True)
        self._thread.start()

    @Slot()
    def cancel(self) -> None:
        """Stop the download (within about a second); the partial file stays for Resume."""
        if self.state == DOWNLOADING:
            self._stop.set()
            self._set_state(STOPPING)
            self.progress_label.setText(self.tr("Stopping…"))

    def shutdown(self, timeout: float = 10.0) -> None:
        """Stop and wait for the worker (before the panel goes away)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            if self._thread.is_alive():  # pragma: no cover - the downloader stops in ~1 s
                log.warning("the model download thread did not stop in %.0f s", timeout)
            self._thread = None

    @property
    def busy(self) -> bool:
        return self.state in (DOWNLOADING, STOPPING)

    # -- worker results (GUI thread) -------------------------------------------------------
    @Slot(object)
    def _on_progress(self, p: DownloadProgress) -> None:
        if self.state not in (DOWNLOADING, STOPPING):
            return
        if p.total_bytes:
            self._total = p.total_bytes
            self.bar.setValue(int(_STEPS * min(1.0, p.fraction)))
            self.size_label.setText(format_bytes(p.total_bytes))
        if self.state == DOWNLOADING:
            self.progress_label.setText(_describe(p))
        self.progress_changed.emit(p)

    @Slot(object)
    def _on_finished(self, status: ModelStatus) -> None:
        self._join()
        self.status = status
        self.bar.setValue(_STEPS)
        self.progress_label.clear()
        self.message.show_message(
            InlineMessage.OK,
            self.tr("Installed: {model} ({variant}) is ready and runs on the {device}.").format(
                model=MODEL, variant=status.variant, device=status.device
            ),
        )
        self._set_state(DONE)
        self.installed.emit(status)

    @Slot(bool, str)
    def _on_failed(self, cancelled: bool, text: str) -> None:
        self._join()
        kept = self._kept = partial_bytes(self.directory)
        if self._total:  # what is on disk now, not the last progress report
            done = sum(
                (self.directory / rel).stat().st_size
                for rel in VARIANTS[self.variant].files
                if (self.directory / rel).is_file()
            )
            self.bar.setValue(int(_STEPS * min(1.0, (kept + done) / self._total)))
        if cancelled:
            self.progress_label.setText(
                self.tr("Stopped. {kept} kept; Resume continues from there.").format(
                    kept=format_bytes(kept)
                )
                if kept
                else self.tr("Stopped.")
            )
            self._set_state(PAUSED)
        else:
            self.progress_label.clear()
            self.message.show_message(InlineMessage.ERROR, text)
            self._set_state(FAILED)

    def _join(self) -> None:
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    # -- state -----------------------------------------------------------------------------
    def _show_variant(self) -> None:
        v = VARIANTS[self.variant]
        self.size_label.setText(self.tr("about {size}").format(size=format_bytes(v.approx_bytes)))
        kept = self._kept
        if self.state == READY and kept:
            self.progress_label.setText(
                self.tr("{kept} downloaded earlier; Resume continues from there.").format(
                    kept=format_bytes(kept)
                )
            )
        self._update_buttons()

    def _set_state(self, state: str) -> None:
        self.state = state
        self.bar.setVisible(state != READY or self._kept > 0)
        self._update_buttons()
        self.state_changed.emit(state)

    def _update_buttons(self) -> None:
        if not hasattr(self, "download_button"):
            return
        if self.state == PAUSED or (self.state in (READY, FAILED) and self._kept > 0):
            label = self.tr("Resume")
        elif self.state == FAILED:
            label = self.tr("Try again")
        else:
            label = self.tr("Download")
        self.download_button.setText(label)
        self.download_button.setEnabled(
            self.accept_box.isChecked() and self.state in (READY, PAUSED, FAILED)
        )
        self.download_button.setVisible(self.state != DONE)
        self.cancel_button.setEnabled(self.state == DOWNLOADING)
        self.cancel_button.setVisible(self.state != DONE)
        self.variant_box.setEnabled(self.state in (READY, PAUSED, FAILED))
        self.accept_box.setEnabled(self.state in (READY, PAUSED, FAILED))


# `translate("context", "text")` with literals, so that pyside6-lupdate finds every string.
translate = QCoreApplication.translate


def _describe(p: DownloadProgress) -> str:
    """ "312 MB of 874 MB  ·  12.3 MB/s  ·  45 s left" """
    done = format_bytes(p.done_bytes)
    total = format_bytes(p.total_bytes) if p.total_bytes else "?"
    parts = [translate("ModelDownloadPanel", "{done} of {total}").format(done=done, total=total)]
    if p.rate > 0:
        parts.append(translate("ModelDownloadPanel", "{rate}/s").format(rate=format_bytes(p.rate)))
        left = format_duration(p.eta)
        if left:
            parts.append(translate("ModelDownloadPanel", "{left} left").format(left=left))
    name = p.file.rsplit("/", 1)[-1]
    if name:
        checking = translate("ModelDownloadPanel", "checking {file}").format(file=name)
        parts.append(checking if p.phase == "checking" else name)
    return "  ·  ".join(parts)


class _Elided(QLabel):
    """One line that shrinks with an ellipsis; the full text is the tooltip."""

    def __init__(
        self,
        text: str,
        parent: QWidget | None = None,
        mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight,
    ) -> None:
        super().__init__(text, parent)
        self._mode = mode
        self.setToolTip(text)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(
            min(fm.horizontalAdvance(self.text()), fm.averageCharWidth() * 40), fm.height()
        )

    def minimumSizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(fm.averageCharWidth() * 10, fm.height())

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), self._mode, rect.width())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(
            rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown
        )
        painter.end()


class ModelDownloadDialog(QDialog):
    """The panel in a dialog. Closing while downloading stops it (the partial file stays)."""

    def __init__(
        self,
        data_dir: Path | None = None,
        *,
        directory: Path | None = None,
        variant: str = DEFAULT_VARIANT,
        base: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Local model — Photoseek"))
        self.panel = ModelDownloadPanel(
            data_dir, directory=directory, variant=variant, base=base, parent=self
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.done_button = self.buttons.addButton(
            self.tr("Done"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.done_button.hide()
        self.buttons.accepted.connect(self.accept)
        self.panel.installed.connect(self._installed)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.addWidget(self.panel)
        layout.addWidget(line)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(580)

    @Slot(object)
    def _installed(self, _status: ModelStatus) -> None:
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.hide()
        self.done_button.show()
        self.done_button.setDefault(True)
        self.done_button.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """Top-level windows ignore height-for-width: grow so wrapped text is never clipped."""
        layout = self.layout()
        need = layout.totalHeightForWidth(self.width()) if layout is not None else -1
        if need > self.height():
            self.resize(self.width(), need)

    def done(self, result: int) -> None:
        self.panel.shutdown()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.panel.shutdown()
        super().closeEvent(event)
