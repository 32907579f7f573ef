"""Settings › Index size: the Matryoshka size, its quality and the space it takes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from photoseek.config.settings import MAX_DIMS, MIN_DIMS, Settings
from photoseek.gui.formatting import format_bytes, format_count, format_photos
from photoseek.gui.settings_form import SettingsTab
from photoseek.gui.widgets import InlineMessage, TickScale, hint_label
from photoseek.gui.workers import Lanes
from photoseek.library import ChangeOutcome, Library
from photoseek.sizing import (
    CACHE_BYTES_PER_PHOTO,
    DIM_STEPS,
    ES_GRAPH_BYTES,
    EXAMPLE_LIBRARY,
    QualityLevel,
    quality,
    storage_estimate,
)


class SizeTab(SettingsTab):
    def __init__(self, library: Library, lanes: Lanes, parent: QWidget | None = None) -> None:
        super().__init__(library, lanes, parent)
        self.photo_count: int | None = None
        self.store_kind = "embedded"
        self.index_options = "int8_hnsw"
        layout = QVBoxLayout(self)
        box = QGroupBox(self.tr("Index size (Matryoshka dimensions)"), self)
        bl = QVBoxLayout(box)
        bl.addWidget(
            hint_label(
                self.tr(
                    "Smaller vectors make the index smaller and searches faster, at a small "
                    "cost in quality."
                )
            )
        )
        grid = QGridLayout()
        self.dims_slider = QSlider(Qt.Orientation.Horizontal, box)
        self.dims_slider.setRange(0, len(DIM_STEPS) - 1)
        self.dims_slider.setPageStep(1)
        self.dims_slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.dims_slider.setTickInterval(1)
        self.dims_slider.setAccessibleName(self.tr("Index size"))
        self.dims_spin = QSpinBox(box)
        self.dims_spin.setRange(MIN_DIMS, MAX_DIMS)
        self.dims_spin.setSingleStep(64)
        self.dims_spin.setSuffix(self.tr(" dimensions"))
        self.dims_spin.setAccessibleName(self.tr("Dimensions"))
        dims_label = QLabel(self.tr("&Dimensions:"), box)
        dims_label.setBuddy(self.dims_spin)
        grid.addWidget(dims_label, 0, 0)
        grid.addWidget(self.dims_slider, 0, 1)
        grid.addWidget(self.dims_spin, 0, 2)
        grid.setColumnStretch(1, 1)
        scale = TickScale(self.dims_slider, [str(d) for d in DIM_STEPS], box)
        grid.addWidget(scale, 1, 1)
        bl.addLayout(grid)
        self.dims_message = InlineMessage(box)
        self.messages["embedding.dims"] = self.dims_message
        self.fields["embedding.dims"] = self.dims_spin
        bl.addWidget(self.dims_message)

        self.quality_label = hint_label("", box)
        self.quality_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bl.addWidget(self.quality_label)
        layout.addWidget(box)

        storage = QGroupBox(self.tr("Space it takes"), self)
        sl = QVBoxLayout(storage)
        self.storage_label = hint_label("", storage)
        self.storage_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sl.addWidget(self.storage_label)
        layout.addWidget(storage)

        change = QGroupBox(self.tr("Changing the size"), self)
        cl = QVBoxLayout(change)
        cl.addWidget(
            hint_label(
                self.tr(
                    "Switching builds a new index from the vectors already kept on this "
                    "computer: no photo is sent to the model again and it costs nothing. "
                    "Searches keep using the old index until the new one is complete, and the "
                    "old index stays until you remove it."
                )
            )
        )
        layout.addWidget(change)
        layout.addStretch(1)

        self.dims_slider.valueChanged.connect(self._slider_moved)
        self.dims_spin.valueChanged.connect(self._spin_changed)

    # -- values ---------------------------------------------------------------------------
    def load(self, s: Settings) -> None:
        self.dims_spin.setValue(s.embedding.dims)
        self._spin_changed(s.embedding.dims)

    def values(self) -> dict[str, Any]:
        return {"embedding.dims": self.dims_spin.value()}

    def set_context(self, store_kind: str, index_options: str) -> None:
        """The store chosen on the Store tab (the estimate depends on it)."""
        self.store_kind, self.index_options = store_kind, index_options
        self.update_estimate()

    def set_photo_count(self, count: int) -> None:
        self.photo_count = count
        self.update_estimate()

    def saved(self, out: ChangeOutcome) -> list[InlineMessage]:
        if out.changed & {"embedding.dims", "store.kind"}:
            self._spin_changed(self.dims_spin.value())
        return []

    # -- reactions ------------------------------------------------------------------------
    def _slider_moved(self, index: int) -> None:
        if DIM_STEPS[index] != self.dims_spin.value():
            self.dims_spin.setValue(DIM_STEPS[index])

    def _spin_changed(self, dims: int) -> None:
        nearest = min(range(len(DIM_STEPS)), key=lambda i: abs(DIM_STEPS[i] - dims))
        self.dims_slider.blockSignals(True)
        self.dims_slider.setValue(nearest)
        self.dims_slider.blockSignals(False)
        self.quality_label.setText(self.quality_note(dims))
        self.update_estimate()

    def quality_note(self, dims: int) -> str:
        """Retrieval quality at this size (the core's figures, from the jina-clip-v2 paper)."""
        q = quality(dims)
        if q.level is QualityLevel.FULL:
            note = self.tr("1024 is the model's full size: full quality.")
        elif q.level is QualityLevel.UNPUBLISHED:
            note = self.tr(
                "Quality below 128 dimensions is not published: try it and compare searches "
                "on your own photos."
            )
        else:
            share = (
                self.tr("about 99 % of full quality or more")
                if q.level is QualityLevel.HIGH
                else self.tr("about 95–99 % of full quality")
            )
            note = self.tr(
                "Keeps {share} (at {ref}, the paper's image search recall is {recall} against "
                "{full} at full size)."
            ).format(share=share, ref=q.reference_dims, recall=q.recall, full=q.full_recall)
        current = self.library.settings.embedding.dims
        if dims != current:
            note += " " + self.tr("Searches use {d} dimensions now.").format(d=current)
        return note

    def update_estimate(self) -> None:
        self.storage_label.setText(self.storage_estimate())

    def storage_estimate(self) -> str:
        """The core's estimate for the size and store in the widgets, in the user's words."""
        dims = self.dims_spin.value()
        kind, options = self.store_kind, self.index_options
        known = self.photo_count
        e = storage_estimate(kind, dims, options, known)
        if known is None:
            whom, total = self.tr("(counting your photos…)"), ""
        elif e.example:
            whom = self.tr("for a library of {n} photos").format(n=format_count(EXAMPLE_LIBRARY))
            total = format_bytes(e.index_total)
        else:
            whom = self.tr("for your {photos}").format(photos=format_photos(e.photos))
            total = format_bytes(e.index_total)
        if kind == "elasticsearch":
            text = self.tr(
                "Elasticsearch, {type}: about {per} of cluster memory per photo "
                "({vector} for the vector, about {graph} B for the search graph)"
            ).format(
                type=options,
                per=format_bytes(e.per_photo),
                vector=format_bytes(e.vector_bytes),
                graph=ES_GRAPH_BYTES,
            )
        else:
            text = self.tr(
                "Embedded store: about {per} per photo on disk ({vector} for the vector plus "
                "its details), and the vectors in memory while Photoseek runs"
            ).format(per=format_bytes(e.per_photo), vector=format_bytes(e.vector_bytes))
        text += (
            self.tr(" — {total} {whom}.").format(total=total, whom=whom) if total else (f" {whom}")
        )
        if e.full_precision_on_disk:
            text += " " + self.tr(
                "The cluster also keeps the full-precision vectors on disk ({disk})."
            ).format(disk=format_bytes(e.full_precision_on_disk))
        cache = self.tr(
            "Either way this computer keeps each photo's full 1024-dimension vector "
            "({per} per photo, {total} in all), which is what makes changing size free."
        ).format(per=format_bytes(CACHE_BYTES_PER_PHOTO), total=format_bytes(e.cache_total))
        return text + "\n\n" + cache
