"""Logging to a rotating file in the cache dir (and to stderr when asked).

Nothing secret is ever logged: keys travel only in request headers, which are not logged.
The terminal gets Photoseek's own warnings, one line each; what libraries log (the
Elasticsearch client's retries with their tracebacks, Pillow's EXIF notes) goes to the file
only, unless `-v`. A log file that cannot be written (a full disk) is given up quietly.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
from pathlib import Path

from photoseek.config.paths import AppPaths

FORMAT = "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"
OURS = "photoseek"


class QuietFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log file that stops at its first write error instead of printing
    "--- Logging error ---" and a traceback for every later line (a full disk)."""

    broken = False

    def emit(self, record: logging.LogRecord) -> None:
        if not self.broken:
            super().emit(record)

    def handleError(self, record: logging.LogRecord) -> None:
        self.broken = True
        with contextlib.suppress(OSError):
            self.close()


class OneLineFormatter(logging.Formatter):
    """`WARNING photoseek.x: message` and nothing more: tracebacks are for the log file."""

    def format(self, record: logging.LogRecord) -> str:
        text = f"{record.levelname} {record.name}: {record.getMessage()}"
        return " ".join(text.split())

    def formatException(self, ei: object) -> str:
        return ""


# `log.warning(..., extra=SHOWN)`: the user is told in another way (the CLI prints the same
# sentence, the window shows it), so the terminal does not get it twice.
SHOWN = {"shown": True}


def ours(record: logging.LogRecord) -> bool:
    """Photoseek's own lines, except those the user already sees another way."""
    mine = record.name == OURS or record.name.startswith(OURS + ".")
    return mine and not getattr(record, "shown", False)


def setup_logging(paths: AppPaths, verbose: bool = False, stderr: bool = True) -> None:
    root = logging.getLogger()
    if any(getattr(h, "_photoseek", False) for h in root.handlers):
        return
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    try:
        paths.log_dir.mkdir(parents=True, exist_ok=True)
        file_handler = QuietFileHandler(
            Path(paths.log_dir) / "photoseek.log",
            maxBytes=2_000_000,
            backupCount=3,
            encoding="utf-8",
        )
        file_handler.setFormatter(logging.Formatter(FORMAT))
        file_handler._photoseek = True  # type: ignore[attr-defined]
        root.addHandler(file_handler)
    except OSError:
        pass  # a read-only cache dir must not stop the app
    if stderr:
        console = logging.StreamHandler()
        console._photoseek = True  # type: ignore[attr-defined]
        if verbose:
            console.setLevel(logging.INFO)
            console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        else:
            # Library warnings (and Python warnings about odd files) belong in the log file;
            # on a terminal they would bury the one-line reason and break the progress bar.
            console.setLevel(logging.WARNING)
            console.setFormatter(OneLineFormatter())
            console.addFilter(ours)
        root.addHandler(console)
    logging.captureWarnings(True)
    # httpx logs every request at INFO; keep that out of the user's terminal and file.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("elastic_transport").setLevel(logging.WARNING)
