"""The one owner of `settings.toml`: loads it, upgrades it (with a backup), validates every change
against field bounds and cross-field rules, and writes it atomically.

Callers never edit settings in place: they ask `update(changes)` and get immutable snapshots.
When another process (the CLI beside the window) changed the file since it was read, a change
is applied on top of what is on disk, so neither process undoes the other's edits.
"""

from __future__ import annotations

import logging
import os
import shutil
import threading
import time
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import tomli_w

from photoseek.config import rules
from photoseek.config.files import write_atomically
from photoseek.config.settings import (
    SCHEMA_VERSION,
    InvalidSettings,
    Settings,
    SettingsError,
    canonical,
    upgrade,
)
from photoseek.config.state import UiState, load_state, save_state

log = logging.getLogger(__name__)


class SettingsService:
    def __init__(self, path: Path, state_path: Path | None = None) -> None:
        self.path = path
        self.state_path = state_path
        self._lock = threading.RLock()
        self._read_only_reason: str | None = None
        self._stamp: tuple[int, int] | None = None
        self._current = self._load()

    # -- reading ----------------------------------------------------------------------------
    @property
    def current(self) -> Settings:
        """An immutable snapshot; hold it for as long as a piece of work runs."""
        return self._current

    def _file_stamp(self) -> tuple[int, int] | None:
        try:
            st = self.path.stat()
        except OSError:
            return None
        return (st.st_mtime_ns, st.st_size)

    def _load(self) -> Settings:
        self._stamp = self._file_stamp()
        if self._stamp is None:
            return Settings()
        try:
            data = tomllib.loads(self.path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            backup = self.path.with_name(f"{self.path.name}.broken-{int(time.time())}")
            os.replace(self.path, backup)
            log.error("settings file was unreadable (%s); moved it to %s", exc, backup)
            self._stamp = None
            return Settings()
        except OSError as exc:
            raise SettingsError("", f"Cannot read the settings file {self.path}: {exc}") from exc
        version = _version(data)
        if version > SCHEMA_VERSION:
            self._read_only_reason = (
                f"The settings were written by a newer Photoseek (schema {version}); "
                "update Photoseek to change them."
            )
            log.warning("%s Reading what this version knows.", self._read_only_reason)
            return Settings.from_dict(data)
        if version < SCHEMA_VERSION:
            return self._upgrade(data, version)
        return Settings.from_dict(data)

    def _upgrade(self, data: dict[str, Any], version: int) -> Settings:
        backup = self.path.with_name(f"{self.path.name}.v{version}.bak")
        try:
            shutil.copy2(self.path, backup)
        except OSError as exc:
            log.warning("could not back up the settings before upgrading them: %s", exc)
        data = upgrade(data)
        moved_ui = data.pop("_moved_ui_state", None)
        settings = Settings.from_dict(data)
        if moved_ui is not None and self.state_path and not self.state_path.exists():
            try:
                save_state(UiState.from_json(moved_ui), self.state_path)
            except OSError as exc:
                log.warning("could not move the window state: %s", exc)
        try:
            self._write(settings)
            log.info("settings upgraded from schema %d to %d (backup: %s)", version,
                     SCHEMA_VERSION, backup.name)  # fmt: skip
        except OSError as exc:
            log.warning("could not write the upgraded settings: %s", exc)
        return settings

    # -- changing ---------------------------------------------------------------------------
    def validate(self, changes: Mapping[str, Any], base: Settings | None = None) -> Settings:
        """The settings `changes` would give; raises InvalidSettings (every bad key) or nothing."""
        old = base or self._current
        new = old.updated(changes)
        broken = rules.introduced(old, new)
        if broken:
            raise InvalidSettings(broken)
        return new

    def update(self, changes: Mapping[str, Any]) -> tuple[Settings, Settings, set[str]]:
        """Validate, write, and make current. Returns (old, new, the keys whose value changed).

        Raises SettingsError when a value or a combination is refused (nothing changes), or
        OSError when the file cannot be written (nothing changes either).
        """
        with self._lock:
            if self._read_only_reason:
                raise SettingsError("", self._read_only_reason)
            if self._file_stamp() != self._stamp:  # another process wrote it since we read it
                self._current = self._load()
            old = self._current
            new = self.validate(changes, old)
            changed = {canonical(k) for k in changes} if changes else set()
            changed = {k for k in changed if old.get(k) != new.get(k)}
            if not changed and self.path.exists():
                return old, old, set()
            self._write(new)
            self._current = new
            return old, new, changed

    def _write(self, settings: Settings) -> None:
        write_atomically(self.path, tomli_w.dumps(settings.to_dict()))
        self._stamp = self._file_stamp()

    # -- window state -----------------------------------------------------------------------
    def load_state(self) -> UiState:
        return load_state(self.state_path) if self.state_path else UiState()

    def save_state(self, state: UiState) -> None:
        if self.state_path is not None:
            save_state(state, self.state_path)


def _version(data: Mapping[str, Any]) -> int:
    try:
        return int(data.get("schema_version", 0))
    except (TypeError, ValueError):
        return 0
