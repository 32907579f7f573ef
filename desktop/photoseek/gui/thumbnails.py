"""Grid thumbnails: made off the GUI thread, on screen first, kept in a memory LRU.

After calibre's cover grid:
- the cached disk thumbnail (keyed by content hash) is read, or made from the photo first,
  and decoded to pixels already scaled to the cell (`imaging.grid_pixels`) by the window's
  thumbnail helper processes (`imaging.thumbnail_helpers`), whose answers the GUI thread
  polls: the window's process runs no thread for them, so a thumbnail never costs the GUI
  thread a wait for the interpreter lock. Without helpers (tests) a thread does it. The
  `QPixmap` is made here, on the GUI thread, when the answer arrives;
- requests come from the delegate while it paints, so only rows on screen ask; each paint's
  requests form a batch (the view calls `begin_batch` as it starts painting), and batches
  are served last-in first-out (in reading order within a batch), so after a fast scroll
  the rows now visible are served before the ones that scrolled past; only a few requests
  are out at any time (the rest wait here, and are forgotten once far off screen);
- every request carries the grid's generation; a new search or a new size starts a new one,
  and answers for an older generation are dropped.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from PIL import Image
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QImage, QImageWriter, QPainter, QPixmap

from photoseek.fspath import display_path
from photoseek.gui.workers import TaskRunner
from photoseek.imaging import ImageReadError, decode_path
from photoseek.imaging.grid_pixels import GridPixels, Pixels, load_grid_pixels
from photoseek.imaging.thumbnail_helpers import ThumbnailHelpers
from photoseek.records import PhotoMeta

log = logging.getLogger(__name__)

MEMORY_BUDGET = 192 * 1024 * 1024  # bytes of pixmaps kept in memory
MAX_QUEUED = 400  # requests waiting; older ones scrolled off screen long ago
POLL_MS = 4  # while answers are due from the helpers, how often their pipes are read


class ThumbState(StrEnum):
    PENDING = "pending"
    MISSING = "missing"  # no copy of the photo on this computer, no cached thumbnail
    FAILED = "failed"  # the photo cannot be decoded


@dataclass(frozen=True)
class ThumbKey:
    content_hash: str
    px: int  # longest side in device pixels


def qimage_of(pixels: Pixels) -> QImage:
    """A QImage owning a copy of a helper's RGB rows."""
    w, h = pixels.width, pixels.height
    return QImage(pixels.rgb, w, h, 3 * w, QImage.Format.Format_RGB888).copy()


def pil_to_qimage(img: Image.Image) -> QImage:
    """A QImage that owns a copy of the pixels of a Pillow image (any thread)."""
    rgb = img if img.mode == "RGB" else img.convert("RGB")
    w, h = rgb.size
    data = rgb.tobytes()
    return QImage(data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()


def load_image(path: str, max_side: int) -> tuple[QImage, PhotoMeta]:
    """Worker side: a photo decoded (oriented, any supported format) to at most `max_side`."""
    decoded = decode_path(path, max_side)
    return pil_to_qimage(decoded.image), decoded.meta


def encode_query_image(image: QImage, max_side: int = 1024) -> bytes:
    """Worker side: a pasted or dropped picture as PNG bytes, small enough to send."""
    if max(image.width(), image.height()) > max_side:
        image = image.scaled(
            max_side,
            max_side,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    if image.hasAlphaChannel():  # flatten on white, like the model payload
        flat = QImage(image.size(), QImage.Format.Format_RGB32)
        flat.fill(Qt.GlobalColor.white)
        painter = QPainter(flat)
        painter.drawImage(0, 0, image)
        painter.end()
        image = flat
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png"))
    if not writer.write(image):
        raise ImageReadError(f"cannot encode the picture: {writer.errorString()}")
    buffer.close()
    return bytes(data.data())


@dataclass
class _Request:
    key: ThumbKey
    paths: tuple[str, ...]
    generation: int
    batch: int


class PixmapCache:
    """Least-recently-used pixmaps under a byte budget (GUI thread only)."""

    def __init__(self, budget: int = MEMORY_BUDGET) -> None:
        self.budget = budget
        self.used = 0
        self._items: OrderedDict[ThumbKey, QPixmap] = OrderedDict()

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, key: ThumbKey) -> bool:
        return key in self._items

    def get(self, key: ThumbKey) -> QPixmap | None:
        pixmap = self._items.get(key)
        if pixmap is not None:
            self._items.move_to_end(key)
        return pixmap

    def put(self, key: ThumbKey, pixmap: QPixmap) -> None:
        old = self._items.pop(key, None)
        if old is not None:
            self.used -= _cost(old)
        self._items[key] = pixmap
        self.used += _cost(pixmap)
        while self.used > self.budget and len(self._items) > 1:
            _, evicted = self._items.popitem(last=False)
            self.used -= _cost(evicted)

    def clear(self) -> None:
        self._items.clear()
        self.used = 0


def _cost(pixmap: QPixmap) -> int:
    return pixmap.width() * pixmap.height() * 4


class ThumbnailLoader(QObject):
    """Serves pixmaps to the grid; loads what is missing in the background."""

    ready = Signal(str)  # content hash whose thumbnail (or state) is now known

    def __init__(
        self,
        runner: TaskRunner | None,
        cache_dir: Path,
        *,
        max_in_flight: int = 3,
        budget: int = MEMORY_BUDGET,
        helpers: ThumbnailHelpers | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if runner is None and helpers is None:
            raise ValueError("thumbnails need helper processes or a runner")
        self.runner = runner  # where thumbnails are loaded without helpers (tests)
        self.helpers = helpers
        self.cache_dir = str(cache_dir)
        self.max_in_flight = helpers.capacity if helpers is not None else max_in_flight
        self._due = 0  # answers the helpers owe this loader
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._collect)
        self.memory = PixmapCache(budget)
        self.generation = 0
        self._stack: OrderedDict[ThumbKey, _Request] = OrderedDict()  # newest batch last
        self._batch = 0  # requests made before the next pump form one batch
        self._pump_scheduled = False
        self.closed = False  # set on quit: no new work goes to the runner
        self._in_flight: set[ThumbKey] = set()
        # Keys asked for again in this generation while a load of an older one was in flight:
        # that answer is still what the screen wants, so it is not dropped.
        self._asked_again: set[ThumbKey] = set()
        self._states: dict[str, str] = {}  # content hash → MISSING / FAILED
        self._missing_files: set[str] = set()  # hashes with a thumbnail but no local file
        self._gone: set[str] = set()  # of the missing, those whose folder is here
        # Counters for tests and the responsiveness figures.
        self.requests = 0  # distinct loads queued
        self.submitted = 0  # loads handed to the thread pool
        self.delivered = 0  # pixmaps made
        self.dropped = 0  # answers ignored because their generation had passed

    # -- what the delegate asks ---------------------------------------------------------
    def pixmap(self, key: ThumbKey) -> QPixmap | None:
        return self.memory.get(key)

    def state(self, content_hash: str) -> str | None:
        """MISSING or FAILED once known (no thumbnail can be shown), else None."""
        return self._states.get(content_hash)

    def missing_text(self, content_hash: str) -> str:
        """What the grid writes on a photo whose file is not here."""
        if content_hash in self._gone:
            return QCoreApplication.translate("PhotoGrid", "Deleted or moved")
        return QCoreApplication.translate("PhotoGrid", "Not on this computer")

    def file_missing(self, content_hash: str) -> bool:
        """True once a load found no copy of the photo on this computer."""
        return (
            content_hash in self._missing_files
            or self._states.get(content_hash) == ThumbState.MISSING
        )

    def request(self, key: ThumbKey, paths: tuple[str, ...]) -> None:
        """Ask for a thumbnail; the newest request is served first. Cheap if already known."""
        if key in self._in_flight:
            self._asked_again.add(key)
            return
        if key.content_hash in self._states:
            return
        queued = self._stack.pop(key, None)
        if queued is None:
            if key in self.memory:
                return
            self.requests += 1
        self._stack[key] = _Request(key, paths, self.generation, self._batch)
        while len(self._stack) > MAX_QUEUED:  # scrolled far past: forget the oldest asks
            self._stack.popitem(last=False)
        if not self._pump_scheduled:
            # After the paint that asked: the whole visible batch is known by then.
            self._pump_scheduled = True
            QTimer.singleShot(0, self, self._pump)

    def begin_batch(self) -> None:
        """The view starts painting: what it asks from now on is one batch (a screenful)."""
        self._batch += 1

    def new_generation(self) -> int:
        """Forget queued requests (new search, new size); answers in flight will be dropped."""
        self.generation += 1
        self._stack.clear()
        self._asked_again.clear()
        return self.generation

    def forget_states(self) -> None:
        """Forget which photos were missing or undecodable (after indexing, a drive mounted)."""
        self._states.clear()
        self._missing_files.clear()
        self._gone.clear()
        self.memory.clear()

    @property
    def queued(self) -> int:
        return len(self._stack)

    @property
    def in_flight(self) -> int:
        return len(self._in_flight)

    def clear_memory(self) -> None:
        self.memory.clear()

    # -- background work ------------------------------------------------------------------
    def _next(self) -> _Request:
        """The first request of the newest batch (O(batch), a screenful at most)."""
        newest = next(reversed(self._stack.values())).batch
        first = None
        for req in reversed(self._stack.values()):
            if req.batch != newest:
                break
            first = req
        assert first is not None
        del self._stack[first.key]
        return first

    def _pump(self) -> None:
        self._pump_scheduled = False
        self._batch += 1
        while not self.closed and self._stack and len(self._in_flight) < self.max_in_flight:
            req = self._next()
            key = req.key
            self._in_flight.add(key)
            self.submitted += 1
            self._submit(req)

    def _submit(self, req: _Request) -> None:
        args = (self.cache_dir, req.paths, req.key.content_hash, req.key.px)
        if self.helpers is not None:
            self._due += 1
            self.helpers.submit(lambda answer: self._answered(req, answer), *args)
            if not self._poll.isActive():
                self._poll.start()
            return

        def work() -> GridPixels:
            return load_grid_pixels(*args)

        def done(answer: GridPixels) -> None:
            self._done(req, answer)

        def failed(exc: BaseException) -> None:
            self._failed(req, exc)

        assert self.runner is not None
        self.runner.submit(work, done, failed)

    def _collect(self) -> None:
        """Read the helpers' pipes (the poll timer, while answers are due)."""
        assert self.helpers is not None
        self.helpers.collect()  # (answers for another loader sharing them reach it too)
        if not self._due:
            self._poll.stop()
        self._pump()

    def _answered(self, req: _Request, answer: GridPixels) -> None:
        self._due -= 1
        if not self.closed:
            self._done(req, answer, pump=False)

    def _done(self, req: _Request, answer: GridPixels, *, pump: bool = True) -> None:
        self._in_flight.discard(req.key)
        if req.generation != self.generation and req.key not in self._asked_again:
            self.dropped += 1
        else:
            h = req.key.content_hash
            if answer.gone:
                self._gone.add(h)
            if answer.pixels is not None:
                pixmap = QPixmap.fromImage(qimage_of(answer.pixels))
                self.memory.put(req.key, pixmap)
                self.delivered += 1
                if answer.missing:
                    self._missing_files.add(h)
            elif answer.missing:
                self._states[h] = ThumbState.MISSING
            else:
                shown = [display_path(p) for p in req.paths[:1]]
                log.info("no thumbnail for %s: %s", shown, answer.error)
                self._states[h] = ThumbState.FAILED
            self._asked_again.discard(req.key)
            self.ready.emit(h)
        if pump:
            self._pump()

    def _failed(self, req: _Request, exc: BaseException) -> None:
        log.warning(
            "thumbnail task failed for %s: %r", [display_path(p) for p in req.paths[:1]], exc
        )
        self._done(req, GridPixels(None, error=str(exc)))

    def close(self) -> None:
        """On quit: no new work goes out, answers still due are not read."""
        self.closed = True
        self._poll.stop()
