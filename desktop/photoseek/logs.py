"""Logging to a rotating file in the cache dir (and to stderr when asked).

Nothing secret is ever logged: keys travel only in request headers, which are not logged.
"""

from __future__ import annotations

import logging
import logging.handlers

from photoseek.config.paths import AppPaths

FORMAT = "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"


def setup_logging(paths: AppPaths, verbose: bool = False, stderr: bool = True) -> None:
    root = logging.getLogger()
    if any(getattr(h, "_photoseek", False) for h in root.handlers):
        return
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    try:
        paths.log_dir.mkdir(parents=True, exist_ok=True)
        file_handler = logging.handlers.RotatingFileHandler(
            paths.log_dir / "photoseek.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
        file_handler.setFormatter(logging.Formatter(FORMAT))
        file_handler._photoseek = True  # type: ignore[attr-defined]
        root.addHandler(file_handler)
    except OSError:
        pass  # a read-only cache dir must not stop the app
    if stderr:
        console = logging.StreamHandler()
        console.setLevel(logging.INFO if verbose else logging.WARNING)
        console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        console._photoseek = True  # type: ignore[attr-defined]
        if not verbose:
            # Library warnings about odd files (e.g. Pillow's "Corrupt EXIF data") belong in
            # the log file; on a terminal they would break the progress bar.
            console.addFilter(lambda record: record.name != "py.warnings")
        root.addHandler(console)
    logging.captureWarnings(True)
    # httpx logs every request at INFO; keep that out of the user's terminal and file.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("elastic_transport").setLevel(logging.WARNING)
