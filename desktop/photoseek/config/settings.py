"""Typed settings kept as TOML in the config dir, with a schema version and upgrade hooks.

Secrets never live here: API keys and passwords go through `photoseek.config.secrets`.
"""

from __future__ import annotations

import logging
import os
import time
import tomllib
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

import tomli_w

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
MIN_DIMS, MAX_DIMS = 64, 1024
INDEX_OPTION_TYPES = ("int8_hnsw", "hnsw", "int4_hnsw", "bbq_hnsw")


class SettingsError(ValueError):
    """A value a user gave cannot be used; the message says why."""


def _dims(v: int) -> None:
    if not MIN_DIMS <= v <= MAX_DIMS:
        raise SettingsError(f"dims must be between {MIN_DIMS} and {MAX_DIMS}, not {v}")


def _positive(v: float) -> None:
    if v <= 0:
        raise SettingsError(f"must be greater than 0, not {v}")


def _one_of(*choices: str) -> Callable[[str], None]:
    def check(v: str) -> None:
        if v not in choices:
            raise SettingsError(f"must be one of {', '.join(choices)}, not {v!r}")

    return check


def _url(v: str) -> None:
    if v and not v.startswith(("http://", "https://")):
        raise SettingsError(f"{v!r} is not an http(s) URL")


def _urls(v: list[str]) -> None:
    for u in v:
        _url(u)


def _check(fn: Callable[[Any], None]) -> dict[str, Any]:
    return {"check": fn}


@dataclass
class LibrarySettings:
    # Globs matched against each path relative to its library folder and against its name.
    exclude: list[str] = field(default_factory=lambda: ["@eaDir", "#recycle", "*.tmp"])
    include_hidden: bool = False
    follow_symlinks: bool = True


@dataclass
class EmbeddingSettings:
    provider: str = field(default="jina", metadata=_check(_one_of("jina")))
    model: str = "jina-clip-v2"
    # The Matryoshka size searches use. The full 1024 dims are always cached, so changing this
    # costs no model calls.
    dims: int = field(default=512, metadata=_check(_dims))
    api_url: str = field(default="https://api.jina.ai/v1/embeddings", metadata=_check(_url))
    batch_size: int = field(default=16, metadata=_check(_positive))
    concurrency: int = field(default=4, metadata=_check(_positive))
    timeout: float = field(default=60.0, metadata=_check(_positive))
    max_retries: int = 6


@dataclass
class StoreSettings:
    kind: str = field(default="embedded", metadata=_check(_one_of("embedded", "elasticsearch")))


@dataclass
class ElasticsearchSettings:
    urls: list[str] = field(default_factory=list, metadata=_check(_urls))
    cloud_id: str = ""
    auth: str = field(
        default="none", metadata=_check(_one_of("none", "api_key", "basic", "bearer"))
    )
    username: str = ""
    ca_certs: str = ""
    fingerprint: str = ""
    verify_certs: bool = True
    index_prefix: str = "photoseek"
    index_options: str = field(default="int8_hnsw", metadata=_check(_one_of(*INDEX_OPTION_TYPES)))
    # kNN candidates per shard = max(k, num_candidates_factor * k), capped at the server's 10000.
    num_candidates_factor: float = field(default=2.0, metadata=_check(_positive))
    request_timeout: float = field(default=30.0, metadata=_check(_positive))
    bulk_max_bytes: int = field(default=5_000_000, metadata=_check(_positive))


@dataclass
class SearchSettings:
    page_size: int = field(default=100, metadata=_check(_positive))


@dataclass
class UiSettings:
    thumbnail_size: int = 160
    recent_queries: list[str] = field(default_factory=list)
    first_run_done: bool = False


@dataclass
class Settings:
    schema_version: int = SCHEMA_VERSION
    library: LibrarySettings = field(default_factory=LibrarySettings)
    embedding: EmbeddingSettings = field(default_factory=EmbeddingSettings)
    store: StoreSettings = field(default_factory=StoreSettings)
    elasticsearch: ElasticsearchSettings = field(default_factory=ElasticsearchSettings)
    search: SearchSettings = field(default_factory=SearchSettings)
    ui: UiSettings = field(default_factory=UiSettings)

    # -- dotted access for `photoseek config get|set` -----------------------------------------
    def get(self, key: str) -> Any:
        section, name = _split_key(key)
        return getattr(getattr(self, section), name)

    def set(self, key: str, raw: Any) -> Any:
        """Set from a string (CLI) or a typed value (GUI); validates and returns the new value."""
        section_name, name = _split_key(key)
        section = getattr(self, section_name)
        f = next(f for f in fields(section) if f.name == name)
        current = getattr(section, name)
        value = _coerce(raw, current, key)
        check = f.metadata.get("check")
        if check is not None:
            try:
                check(value)
            except SettingsError as exc:
                raise SettingsError(f"{key}: {exc}") from None
        setattr(section, name, value)
        return value

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Settings:
        s = cls()
        for section_field in fields(cls):
            if section_field.name == "schema_version":
                continue
            values = data.get(section_field.name)
            if not isinstance(values, dict):
                continue
            section = getattr(s, section_field.name)
            known = {f.name for f in fields(section)}
            for name, value in values.items():
                if name not in known:
                    log.warning("ignoring unknown setting %s.%s", section_field.name, name)
                    continue
                try:
                    s.set(f"{section_field.name}.{name}", value)
                except SettingsError as exc:
                    log.warning("ignoring invalid setting: %s", exc)
        return s


# Short names users type on the command line.
ALIASES = {
    "dims": "embedding.dims",
    "store": "store.kind",
    "model": "embedding.model",
    "concurrency": "embedding.concurrency",
    "batch_size": "embedding.batch_size",
    "es_urls": "elasticsearch.urls",
    "exclude": "library.exclude",
}


def keys() -> list[str]:
    out = []
    for section_field in fields(Settings):
        if section_field.name == "schema_version":
            continue
        section = getattr(Settings(), section_field.name)
        out += [f"{section_field.name}.{f.name}" for f in fields(section)]
    return out


def _split_key(key: str) -> tuple[str, str]:
    key = ALIASES.get(key, key)
    if key not in keys():
        raise SettingsError(
            f"unknown setting {key!r}; known: {', '.join(sorted(ALIASES))}, {', '.join(keys())}"
        )
    section, _, name = key.partition(".")
    return section, name


def _coerce(raw: Any, current: Any, key: str) -> Any:
    try:
        if isinstance(current, bool):
            if isinstance(raw, bool):
                return raw
            text = str(raw).strip().lower()
            if text in ("1", "true", "yes", "on"):
                return True
            if text in ("0", "false", "no", "off"):
                return False
            raise ValueError
        if isinstance(current, int):
            if isinstance(raw, bool):
                raise ValueError
            return int(raw)
        if isinstance(current, float):
            return float(raw)
        if isinstance(current, list):
            if isinstance(raw, list):
                return [str(x) for x in raw]
            return [part.strip() for part in str(raw).split(",") if part.strip()]
        return str(raw)
    except ValueError:
        raise SettingsError(f"{key}: {raw!r} is not a valid {type(current).__name__}") from None


# -- upgrades ----------------------------------------------------------------------------------
def _upgrade_0_to_1(data: dict[str, Any]) -> dict[str, Any]:
    # Before versioning, the store choice was a top-level `store = "..."` string.
    if isinstance(data.get("store"), str):
        data["store"] = {"kind": data["store"]}
    return data


UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {0: _upgrade_0_to_1}


def upgrade(data: dict[str, Any]) -> dict[str, Any]:
    version = int(data.get("schema_version", 0))
    while version < SCHEMA_VERSION:
        data = UPGRADES[version](data)
        version += 1
    data["schema_version"] = version
    return data


# -- files -------------------------------------------------------------------------------------
def load(path: Path) -> Settings:
    """Read settings; a missing file gives defaults, a broken one is set aside (never lost)."""
    if not path.exists():
        return Settings()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        backup = path.with_name(f"{path.name}.broken-{int(time.time())}")
        os.replace(path, backup)
        log.error("settings file was unreadable (%s); moved it to %s", exc, backup)
        return Settings()
    if int(data.get("schema_version", 0)) > SCHEMA_VERSION:
        log.warning("settings were written by a newer Photoseek; unknown keys are ignored")
    return Settings.from_dict(upgrade(data))


def save(settings: Settings, path: Path) -> None:
    """Atomic write: a crash leaves either the old or the new file, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(tomli_w.dumps(settings.to_dict()), encoding="utf-8")
    os.replace(tmp, path)
