"""Window state (geometry, splitter, thumbnail size, recent queries, last folder) in its own file.

It changes all the time (every search adds a recent query), so it is kept apart from the
settings: a search never rewrites `settings.toml`. Losing this file loses nothing that matters;
a broken one is ignored.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from photoseek.config.files import write_atomically

log = logging.getLogger(__name__)

MAX_RECENT = 20
MIN_THUMB, MAX_THUMB, DEFAULT_THUMB = 96, 320, 160


@dataclass(frozen=True)
class UiState:
    thumbnail_size: int = DEFAULT_THUMB
    recent_queries: tuple[str, ...] = ()
    first_run_done: bool = False
    window_geometry: str = ""  # base64 of QWidget.saveGeometry()
    window_state: str = ""  # base64 of QMainWindow.saveState()
    splitter: str = ""  # base64 of QSplitter.saveState()
    last_folder: str = ""  # where the last file dialog was
    show_details: bool = False  # the grid's overlay: match bar, file name, date

    def with_query(self, text: str) -> UiState:
        """The query first in the recent list, once, case-insensitively; at most MAX_RECENT."""
        text = " ".join(text.split())
        if not text:
            return self
        rest = [q for q in self.recent_queries if q.casefold() != text.casefold()]
        return replace(self, recent_queries=tuple([text, *rest][:MAX_RECENT]))

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: Any) -> UiState:
        if not isinstance(data, dict):
            return cls()
        defaults = cls()
        values: dict[str, Any] = {}
        for f in fields(cls):
            value = data.get(f.name)
            default = getattr(defaults, f.name)
            if value is None:
                continue
            if isinstance(default, bool):
                ok = isinstance(value, bool)
            elif isinstance(default, int):
                ok = isinstance(value, int) and not isinstance(value, bool)
            elif isinstance(default, tuple):
                ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
                value = tuple(value)[:MAX_RECENT] if ok else value
            else:
                ok = isinstance(value, str)
            if ok:
                values[f.name] = value
        size = int(values.get("thumbnail_size", DEFAULT_THUMB))
        values["thumbnail_size"] = min(MAX_THUMB, max(MIN_THUMB, size))
        return cls(**values)


def load_state(path: Path) -> UiState:
    try:
        return UiState.from_json(json.loads(path.read_text(encoding="utf-8")))
    except FileNotFoundError:
        return UiState()
    except (OSError, ValueError) as exc:
        log.info("ignoring unreadable window state %s: %s", path, exc)
        return UiState()


def save_state(state: UiState, path: Path) -> None:
    write_atomically(path, json.dumps(state.to_json(), ensure_ascii=False, indent=1))
