"""Opening a photo file so that nothing the folder holds can hang the app or eat its memory.

The scan saw a regular file, but by the time it is read it may be something else: a FIFO (an
open() that waits for a writer forever, and Ctrl+C cannot interrupt), a link to /dev/zero (a
read that never ends), or a multi-gigabyte file with a photo's name. So a photo is opened
with O_NONBLOCK (a FIFO opens at once instead of waiting), checked with fstat to be a regular
file of at most MAX_FILE_BYTES, and read in bounded chunks; a file whose size or mtime moves
while it is read is reported (and retried on a later run) instead of being hashed half-old.
"""

from __future__ import annotations

import errno
import os
import stat
from types import TracebackType
from typing import BinaryIO

from photoseek.hashing import content_hasher
from photoseek.imaging.errors import ImageReadError, ImageSkipped, read_error

# Above this a file is not read at all. Every image under the pixel limit (179 MP) fits
# uncompressed in 4 bytes a pixel (716 MB), so a bigger "photo" is junk, a video or a disk
# image with a photo's name: hashing it would take seconds and decoding it would fail.
MAX_FILE_BYTES = 1 << 30
# Files up to this size are read once into memory, hashed and decoded from the same bytes;
# bigger ones are hashed in chunks and decoded from the file, so memory stays bounded.
IN_MEMORY_BYTES = 32 << 20
CHUNK = 1 << 20

OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)  # a FIFO opens at once (no writer needed), never blocks
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


def kind_of(mode: int) -> str:
    """What a non-regular file is, in words."""
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a regular file"


def not_regular(mode: int) -> ImageSkipped:
    return ImageSkipped(f"not a photo file: it is {kind_of(mode)}")


def too_large(size: int, limit: int = MAX_FILE_BYTES) -> ImageSkipped:
    return ImageSkipped(
        f"file too large ({size / 1e6:,.0f} MB; files over {limit / 1e6:,.0f} MB are not read)"
    )


def _changed() -> ImageReadError:
    return ImageReadError("the file changed while it was read")


class PhotoFile:
    """A photo file opened safely; use as a context manager. `file` reads it from the start."""

    def __init__(self, path: str | os.PathLike[str], max_bytes: int = MAX_FILE_BYTES) -> None:
        try:
            fd = os.open(path, OPEN_FLAGS)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise ImageSkipped("a symbolic link loop") from exc
            raise read_error(exc) from exc
        try:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode):
                raise not_regular(st.st_mode)
            if st.st_size > max_bytes:
                raise too_large(st.st_size, max_bytes)
            self.file: BinaryIO = os.fdopen(fd, "rb")
        except BaseException:
            os.close(fd)
            raise
        self.path = path
        self.stat = st
        self.size = st.st_size
        self.max_bytes = max_bytes

    def __enter__(self) -> PhotoFile:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self.file.close()

    def check_unchanged(self) -> None:
        """ImageReadError if the file was rewritten (size or mtime moved) or deleted since it
        was opened: what was read is then not what the folder holds."""
        try:
            now = os.stat(self.file.fileno())
        except OSError as exc:
            raise read_error(exc) from exc
        if now.st_nlink == 0:
            raise ImageReadError("file not found (moved or deleted)")
        if (now.st_size, now.st_mtime_ns) != (self.stat.st_size, self.stat.st_mtime_ns):
            raise _changed()

    def read_all(self) -> bytes:
        """The whole file (a file that grows or shrinks while read is refused)."""
        self.file.seek(0)
        try:
            data = self.file.read(self.size + 1)
        except OSError as exc:
            raise read_error(exc) from exc
        if len(data) != self.size:
            raise _changed()
        return data

    def hash_chunks(self) -> str:
        """The content hash, read in chunks (nothing more than CHUNK bytes in memory)."""
        self.file.seek(0)
        h = content_hasher()
        left = self.size
        try:
            while left > 0:
                chunk = self.file.read(min(CHUNK, left))
                if not chunk:
                    raise _changed()
                h.update(chunk)
                left -= len(chunk)
            if self.file.read(1):
                raise _changed()
        except OSError as exc:
            raise read_error(exc) from exc
        self.file.seek(0)
        return h.hexdigest()


def read_bytes(path: str | os.PathLike[str], max_bytes: int = IN_MEMORY_BYTES) -> bytes:
    """A small photo file's bytes, read safely (ImageSkipped / ImageReadError otherwise)."""
    with PhotoFile(path, max_bytes) as f:
        data = f.read_all()
        f.check_unchanged()
        return data
