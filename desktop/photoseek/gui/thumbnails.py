"""Grid thumbnails: made off the GUI thread, on screen first, kept in a memory LRU.

After calibre's cover grid:
- a worker makes the disk thumbnail (`ThumbnailCache`, keyed by content hash) if it is
  missing, and reads it into a `QImage` already scaled to the cell; the `QPixmap` is made
  here, on the GUI thread, when the answer arrives;
- requests come from the delegate while it paints, so only rows on screen ask; each paint's
  requests form a batch (the view calls `begin_batch` as it starts painting), and batches
  are served last-in first-out (in reading order within a batch), so after a fast scroll
  the rows now visible are served before the ones that scrolled past; only a few tasks are
  in the thread pool at any time (the rest of the app's background work is never stuck
  behind a thousand thumbnails);
- every request carries the grid's generation; a new search or a new size starts a new one,
  and answers for an older generation are dropped.
"""

from __future__ import annotations

import contextlib
import logging
import os
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
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QImage, QImageReader, QImageWriter, QPainter, QPixmap

from photoseek.fspath import display_path
from photoseek.gui.workers import TaskRunner
from photoseek.imaging import (
    GRID_SIZES,
    ImageReadError,
    ImageSkipped,
    ThumbnailCache,
    decode_path,
)
from photoseek.imaging.grid_thumbs import touch
from photoseek.imaging.helper_processes import HelperProcesses
from photoseek.records import PhotoMeta

log = logging.getLogger(__name__)

# Disk thumbnails are made at these sizes (one decode writes all of them; indexing writes
# them from its own decode); the grid scales the smallest one that is big enough to the cell.
DISK_SIZES = GRID_SIZES
MEMORY_BUDGET = 192 * 1024 * 1024  # bytes of pixmaps kept in memory
MAX_QUEUED = 400  # requests waiting; older ones scrolled off screen long ago


class ThumbState(StrEnum):
    PENDING = "pending"
    MISSING = "missing"  # no copy of the photo on this computer, no cached thumbnail
    FAILED = "failed"  # the photo cannot be decoded


@dataclass(frozen=True)
class ThumbKey:
    content_hash: str
    px: int  # longest side in device pixels


@dataclass(frozen=True)
class ThumbOutcome:
    """What a worker hands back: an image (scaled to the cell) or why there is none."""

    image: QImage | None
    missing: bool = False  # the photo file is not on this computer
    error: str = ""
    gone: bool = False  # missing although its folder is here: deleted or moved away


def folder_here(paths: tuple[str, ...]) -> bool:
    """Whether the folder of one of the paths exists (then a missing file was deleted or
    moved, rather than on a drive that is not plugged in)."""
    return any(p and os.path.isdir(os.path.dirname(p)) for p in paths)


def disk_size_for(px: int) -> int:
    for size in DISK_SIZES:
        if size >= px:
            return size
    return DISK_SIZES[-1]


def first_existing(paths: tuple[str, ...]) -> str | None:
    for p in paths:
        if p and os.path.isfile(p):
            return p
    return None


def read_scaled(path: Path | str, px: int) -> QImage:
    """Read an image file into a QImage whose longest side is at most `px` (any thread)."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > px:
        reader.setScaledSize(size.scaled(QSize(px, px), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        raise ImageReadError(reader.errorString() or "cannot read the thumbnail")
    return image


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


def load_thumbnail(
    cache: ThumbnailCache,
    paths: tuple[str, ...],
    key: ThumbKey,
    helpers: HelperProcesses | None = None,
) -> ThumbOutcome:
    """Worker side: the cached thumbnail, made first if needed, as a QImage of `key.px`.

    A photo indexed by this app already has its thumbnails (indexing writes them), so this
    normally reads one small JPEG and decodes no photo. A cached file that cannot be read
    (damaged by a crash or a full disk) is removed and made again from the photo, in one of
    `helpers` when given (the window's: its decode then never holds the GUI thread's
    interpreter lock). `gone` says the photo's folder is here but the file is not (deleted
    or moved on this computer).
    """
    size = disk_size_for(key.px)
    source = first_existing(paths)
    target = cache.path_for(key.content_hash, size)
    gone = source is None and folder_here(paths)
    if target.is_file():
        try:
            image = read_scaled(target, key.px)
        except ImageReadError as exc:
            if source is None:
                return ThumbOutcome(None, missing=True, error=exc.reason, gone=gone)
            with contextlib.suppress(OSError):
                target.unlink()
        else:
            touch(target)  # the disk cache forgets the least recently used first
            return ThumbOutcome(image, missing=source is None, gone=gone)
    if source is None:
        return ThumbOutcome(None, missing=True, gone=gone)
    try:
        if helpers is None:
            target = cache.get_or_create(Path(source), key.content_hash, size)
        else:
            target = helpers.thumbnail(cache, Path(source), key.content_hash, size)
        image = read_scaled(target, key.px)
    except (ImageSkipped, ImageReadError) as exc:
        return ThumbOutcome(None, error=exc.reason)
    except OSError as exc:
        return ThumbOutcome(None, error=exc.strerror or str(exc))
    return ThumbOutcome(image)


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
        runner: TaskRunner,
        cache_dir: Path,
        *,
        max_in_flight: int = 3,
        budget: int = MEMORY_BUDGET,
        helpers: HelperProcesses | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.helpers = helpers  # where thumbnails are made from originals (None: the worker)
        self.disk = ThumbnailCache(cache_dir, DISK_SIZES)
        self.max_in_flight = max_in_flight
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
        disk, helpers = self.disk, self.helpers

        def work() -> ThumbOutcome:
            return load_thumbnail(disk, req.paths, req.key, helpers)

        def done(outcome: ThumbOutcome) -> None:
            self._done(req, outcome)

        def failed(exc: BaseException) -> None:
            self._failed(req, exc)

        self.runner.submit(work, done, failed)

    def _done(self, req: _Request, outcome: ThumbOutcome) -> None:
        self._in_flight.discard(req.key)
        if req.generation != self.generation and req.key not in self._asked_again:
            self.dropped += 1
        else:
            h = req.key.content_hash
            if outcome.gone:
                self._gone.add(h)
            if outcome.image is not None:
                pixmap = QPixmap.fromImage(outcome.image)
                self.memory.put(req.key, pixmap)
                self.delivered += 1
                if outcome.missing:
                    self._missing_files.add(h)
            elif outcome.missing:
                self._states[h] = ThumbState.MISSING
            else:
                shown = [display_path(p) for p in req.paths[:1]]
                log.info("no thumbnail for %s: %s", shown, outcome.error)
                self._states[h] = ThumbState.FAILED
            self._asked_again.discard(req.key)
            self.ready.emit(h)
        self._pump()

    def _failed(self, req: _Request, exc: BaseException) -> None:
        log.warning(
            "thumbnail task failed for %s: %r", [display_path(p) for p in req.paths[:1]], exc
        )
        self._done(req, ThumbOutcome(None, error=str(exc)))
