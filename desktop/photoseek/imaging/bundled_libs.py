"""The native libraries pillow-heif's wheel bundles (libheif, libde265), found and bound once
for ctypes: the fast HEIF paths call them directly, and fall back when they are not there."""

from __future__ import annotations

import ctypes
import glob
import logging
import os
import sys
import threading
from collections.abc import Callable

log = logging.getLogger(__name__)


def candidates(stem: str) -> list[str]:
    """Paths of pillow-heif's bundled `stem` library (e.g. "heif", "de265"), best first."""
    try:
        import pillow_heif
    except ImportError:
        return []
    pkg = os.path.dirname(pillow_heif.__file__)
    site = os.path.dirname(pkg)
    pattern = {"darwin": f"lib{stem}*.dylib", "win32": f"*{stem}*.dll"}.get(
        sys.platform, f"lib{stem}*.so*"
    )
    out: list[str] = []
    for folder in (os.path.join(site, "pillow_heif.libs"), os.path.join(pkg, ".dylibs"), pkg):
        out += sorted(glob.glob(os.path.join(folder, pattern)))
    return out


class Bundled:
    """One bundled library, loaded on first use; `declare` sets its functions' signatures
    (an AttributeError there: a build without them, so the next candidate is tried)."""

    def __init__(self, stem: str, declare: Callable[[ctypes.CDLL], None]) -> None:
        self._stem, self._declare = stem, declare
        self._lib: ctypes.CDLL | None = None
        self._loaded = False
        self._lock = threading.Lock()

    def get(self) -> ctypes.CDLL | None:
        if self._loaded:
            return self._lib
        with self._lock:
            if not self._loaded:
                self._lib = self._bind()
                self._loaded = True
        return self._lib

    def _bind(self) -> ctypes.CDLL | None:
        for path in candidates(self._stem):
            try:
                lib = ctypes.CDLL(path)
                self._declare(lib)
            except (OSError, AttributeError) as exc:
                log.info("lib%s at %s not usable directly: %s", self._stem, path, exc)
                continue
            return lib
        return None

    def absent(self) -> None:
        """As if the library were not there (tests of the fallbacks)."""
        self._lib, self._loaded = None, True
