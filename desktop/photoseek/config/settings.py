"""Typed, immutable settings: what they are, their bounds, and how text becomes a value.

A `Settings` object never changes: `updated(changes)` validates and returns a new one, so a
worker thread holding a snapshot can never see half of an edit. Only
`photoseek.config.service` reads and writes the file. Secrets never live here: API keys and
passwords go through `photoseek.config.secrets`.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any
from urllib.parse import urlsplit

from photoseek.redact import clip, redact_url

log = logging.getLogger(__name__)

SCHEMA_VERSION = 2
MIN_DIMS, MAX_DIMS = 64, 1024
INDEX_OPTION_TYPES = ("int8_hnsw", "hnsw", "int4_hnsw", "bbq_hnsw")
PROVIDERS = ("jina", "elastic", "local")
LOCAL_VARIANTS = ("auto", "int8", "fp16", "fp32")
LOCAL_DEVICES = ("auto", "cpu", "gpu")
MAX_LOCAL_THREADS = 256
THEMES = ("system", "light", "dark")
# "system" follows the desktop's language; the others are the shipped translations (+ English).
LANGUAGES = ("system", "en", "es", "fr", "de", "pt", "zh_CN", "ja", "ru")


class SettingsError(ValueError):
    """A value a user gave cannot be used. `str()` is "key: reason"; `reason` alone suits a
    message under the field that holds the value."""

    def __init__(self, key: str, reason: str) -> None:
        super().__init__(f"{key}: {reason}" if key else reason)
        self.key = key
        self.reason = reason


class InvalidSettings(SettingsError):
    """Several values at once; `errors` maps each key to its reason."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        first_key, first = next(iter(errors.items()))
        super().__init__(first_key, first)
        self.errors = dict(errors)


# -- checks: each raises ValueError(reason) -----------------------------------------------------
Check = Callable[[Any], None]


def _between(lo: float, hi: float) -> Check:
    def check(v: float) -> None:
        if isinstance(v, float) and not math.isfinite(v):
            raise ValueError(f"must be a number between {lo:g} and {hi:g}, not {v}")
        if not lo <= v <= hi:
            raise ValueError(f"must be between {lo:g} and {hi:g}, not {v:g}")

    return check


def _one_of(*choices: str) -> Check:
    def check(v: str) -> None:
        if v not in choices:
            raise ValueError(f"must be one of {', '.join(choices)}, not {clip(repr(v))}")

    return check


def _url(v: str) -> None:
    if not v:
        return
    parts = urlsplit(v)
    shown = clip(repr(redact_url(v)))
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"{shown} is not an http(s) URL like https://localhost:9200")
    if parts.username or parts.password:
        raise ValueError(
            f"{shown}: put no user name or password in the URL; they are kept in the keyring"
        )


def _urls(v: tuple[str, ...]) -> None:
    for u in v:
        _url(u)


def _cloud_id(v: str) -> None:
    if v and (":" not in v or not v.split(":", 1)[1]):
        raise ValueError("does not look like a Cloud ID (name:base64…)")


def _index_prefix(v: str) -> None:
    if not re.fullmatch(r"[a-z0-9][a-z0-9_-]{0,60}", v):
        raise ValueError(
            "must be lower-case letters, digits, - or _ (at most 61), starting with a letter or "
            f"digit, not {clip(repr(v))}"
        )


def _inference_id(v: str) -> None:
    # Elasticsearch inference ids: lower case, digits, '.', '-', '_' (the preconfigured EIS
    # endpoints start with a dot), as index names are.
    if not re.fullmatch(r"[a-z0-9._-]{1,100}", v) or v in (".", "..") or v.startswith(("_", "-")):
        raise ValueError(
            "must be an inference endpoint id such as .jina-clip-v2 (lower-case letters, "
            f"digits, '.', '-' or '_'), not {clip(repr(v))}"
        )


def _model_name(v: str) -> None:
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._/-]{0,99}", v):
        raise ValueError(f"must be a model name such as jina-clip-v2, not {clip(repr(v))}")


def _patterns(v: tuple[str, ...]) -> None:
    for p in v:
        if len(p) > 500:
            raise ValueError(f"the pattern {clip(repr(p))} is too long")


def _check(fn: Check) -> dict[str, Any]:
    return {"check": fn}


# -- the settings -------------------------------------------------------------------------------
@dataclass(frozen=True)
class LibrarySettings:
    # Globs matched against each path relative to its library folder and against its name.
    exclude: tuple[str, ...] = field(
        default=("@eaDir", "#recycle", "*.tmp"), metadata=_check(_patterns)
    )
    include_hidden: bool = False
    follow_symlinks: bool = True
    # Index new photos by itself: a rescan at start-up, then the folders are watched.
    auto_index: bool = True
    # Where folders cannot be watched (network shares, a drive that comes and goes), how often
    # they are rescanned instead.
    rescan_minutes: int = field(default=10, metadata=_check(_between(1, 24 * 60)))


@dataclass(frozen=True)
class EmbeddingSettings:
    provider: str = field(default="jina", metadata=_check(_one_of(*PROVIDERS)))
    model: str = field(default="jina-clip-v2", metadata=_check(_model_name))  # the Jina API's
    # The Matryoshka size searches use. The full 1024 dims are always cached, so changing this
    # costs no model calls.
    dims: int = field(default=512, metadata=_check(_between(MIN_DIMS, MAX_DIMS)))
    api_url: str = field(default="https://api.jina.ai/v1/embeddings", metadata=_check(_url))
    batch_size: int = field(default=16, metadata=_check(_between(1, 256)))
    concurrency: int = field(default=4, metadata=_check(_between(1, 64)))
    timeout: float = field(default=60.0, metadata=_check(_between(1, 600)))
    max_retries: int = field(default=6, metadata=_check(_between(0, 20)))
    # provider "elastic": the cluster's inference endpoint (its model decides the vectors).
    elastic_endpoint: str = field(default=".jina-clip-v2", metadata=_check(_inference_id))
    # provider "local": which installed variant ("auto": the one installed), where it runs,
    # and its threads (0: the cores less a share for decoding photos).
    local_variant: str = field(default="auto", metadata=_check(_one_of(*LOCAL_VARIANTS)))
    local_device: str = field(default="auto", metadata=_check(_one_of(*LOCAL_DEVICES)))
    local_threads: int = field(default=0, metadata=_check(_between(0, MAX_LOCAL_THREADS)))


@dataclass(frozen=True)
class StoreSettings:
    kind: str = field(default="embedded", metadata=_check(_one_of("embedded", "elasticsearch")))


@dataclass(frozen=True)
class ElasticsearchSettings:
    urls: tuple[str, ...] = field(default=(), metadata=_check(_urls))
    cloud_id: str = field(default="", metadata=_check(_cloud_id))
    auth: str = field(
        default="none", metadata=_check(_one_of("none", "api_key", "basic", "bearer"))
    )
    username: str = ""
    ca_certs: str = ""
    fingerprint: str = ""
    verify_certs: bool = True
    index_prefix: str = field(default="photoseek", metadata=_check(_index_prefix))
    index_options: str = field(default="int8_hnsw", metadata=_check(_one_of(*INDEX_OPTION_TYPES)))
    # kNN candidates per shard = max(k, num_candidates_factor * k), capped at the server's 10000.
    num_candidates_factor: float = field(default=2.0, metadata=_check(_between(1, 100)))
    request_timeout: float = field(default=30.0, metadata=_check(_between(1, 600)))
    bulk_max_bytes: int = field(default=5_000_000, metadata=_check(_between(100_000, 100_000_000)))


@dataclass(frozen=True)
class SearchSettings:
    page_size: int = field(default=100, metadata=_check(_between(1, 1000)))


@dataclass(frozen=True)
class CacheSettings:
    # The grid's thumbnails on disk (written while indexing, about 60 kB a photo at the two
    # sizes the grid uses); past this size the least recently used ones are removed.
    thumbnails_mb: int = field(default=2048, metadata=_check(_between(64, 1_000_000)))


@dataclass(frozen=True)
class UiSettings:
    """How the window looks and speaks (its size and splitters are window state, not this)."""

    theme: str = field(default="system", metadata=_check(_one_of(*THEMES)))
    language: str = field(default="system", metadata=_check(_one_of(*LANGUAGES)))


@dataclass(frozen=True)
class Settings:
    schema_version: int = SCHEMA_VERSION
    library: LibrarySettings = field(default_factory=LibrarySettings)
    embedding: EmbeddingSettings = field(default_factory=EmbeddingSettings)
    store: StoreSettings = field(default_factory=StoreSettings)
    elasticsearch: ElasticsearchSettings = field(default_factory=ElasticsearchSettings)
    search: SearchSettings = field(default_factory=SearchSettings)
    cache: CacheSettings = field(default_factory=CacheSettings)
    ui: UiSettings = field(default_factory=UiSettings)

    # -- dotted access for `photoseek config get|set` and the settings dialog ------------------
    def get(self, key: str) -> Any:
        section, name = split_key(key)
        return getattr(getattr(self, section), name)

    def updated(self, changes: Mapping[str, Any]) -> Settings:
        """A copy with `changes` (text from the CLI or typed values from the GUI), validated
        field by field; raises InvalidSettings naming every bad key. Cross-field rules are
        checked by `photoseek.config.rules`."""
        errors: dict[str, str] = {}
        by_section: dict[str, dict[str, Any]] = {}
        for raw_key, raw in changes.items():
            try:
                section, name = split_key(raw_key)
            except SettingsError as exc:
                errors[raw_key] = exc.reason
                continue
            key = f"{section}.{name}"
            try:
                by_section.setdefault(section, {})[name] = coerce(key, raw)
            except SettingsError as exc:
                errors[key] = exc.reason
        if errors:
            raise InvalidSettings(errors)
        out = self
        for section, values in by_section.items():
            out = replace(out, **{section: replace(getattr(out, section), **values)})
        return out

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Settings:
        """Settings from a parsed file; unknown or invalid values fall back to defaults."""
        s = cls()
        for section_field in fields(cls):
            if section_field.name == "schema_version":
                continue
            values = data.get(section_field.name)
            if not isinstance(values, dict):
                continue
            known = {f.name for f in fields(getattr(s, section_field.name))}
            for name, value in values.items():
                key = f"{section_field.name}.{name}"
                if name not in known:
                    log.info("ignoring unknown setting %s", key)
                    continue
                try:
                    s = s.updated({key: value})
                except SettingsError as exc:
                    log.warning("ignoring invalid setting: %s", exc)
        return s


# Short names users type on the command line.
ALIASES = {
    "dims": "embedding.dims",
    "store": "store.kind",
    "model": "embedding.model",
    "provider": "embedding.provider",
    "endpoint": "embedding.elastic_endpoint",
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


def canonical(key: str) -> str:
    """The full dotted name of a key or alias ("dims" → "embedding.dims")."""
    section, name = split_key(key)
    return f"{section}.{name}"


def split_key(key: str) -> tuple[str, str]:
    full = ALIASES.get(key, key)
    if full not in keys():
        raise SettingsError(
            "",
            f"unknown setting {clip(repr(key))}; see `photoseek config list` for every key",
        )
    section, _, name = full.partition(".")
    return section, name


def _field(key: str) -> Any:
    section, name = split_key(key)
    return next(f for f in fields(getattr(Settings(), section)) if f.name == name)


def coerce(key: str, raw: Any) -> Any:
    """Text or a typed value → the setting's type, checked against its bounds."""
    f = _field(key)
    default = getattr(getattr(Settings(), key.partition(".")[0]), f.name)
    try:
        value = _typed(raw, default)
    except ValueError:
        raise SettingsError(
            key, f"{clip(repr(raw))} is not a valid {_type_name(default)}"
        ) from None
    check = f.metadata.get("check")
    if check is not None:
        try:
            check(value)
        except ValueError as exc:
            raise SettingsError(key, str(exc)) from None
    return value


def _type_name(default: Any) -> str:
    if isinstance(default, bool):
        return "yes/no value"
    if isinstance(default, int):
        return "whole number"
    if isinstance(default, float):
        return "number"
    if isinstance(default, tuple):
        return "list"
    return "text"


def _typed(raw: Any, default: Any) -> Any:
    if isinstance(default, bool):
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()
        if text in ("1", "true", "yes", "on"):
            return True
        if text in ("0", "false", "no", "off"):
            return False
        raise ValueError(raw)
    if isinstance(default, int):
        if isinstance(raw, bool) or (isinstance(raw, float) and not raw.is_integer()):
            raise ValueError(raw)
        return int(raw)
    if isinstance(default, float):
        if isinstance(raw, bool):
            raise ValueError(raw)
        return float(raw)
    if isinstance(default, tuple):
        if isinstance(raw, list | tuple):
            return tuple(str(x).strip() for x in raw if str(x).strip())
        return tuple(part.strip() for part in str(raw).split(",") if part.strip())
    if not isinstance(raw, str | int | float):
        raise ValueError(raw)
    return str(raw).strip()


# -- upgrades: each takes the parsed file from version i to i + 1 ------------------------------
def _upgrade_0_to_1(data: dict[str, Any]) -> dict[str, Any]:
    # Before versioning, the store choice was a top-level `store = "..."` string.
    if isinstance(data.get("store"), str):
        data["store"] = {"kind": data["store"]}
    return data


def _upgrade_1_to_2(data: dict[str, Any]) -> dict[str, Any]:
    # Window state (thumbnail size, recent queries, first run done) moved to its own file, so
    # that a search never rewrites the settings. The service hands it to the UI state.
    ui = data.pop("ui", None)
    if isinstance(ui, dict):
        data["_moved_ui_state"] = ui
    return data


UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {
    0: _upgrade_0_to_1,
    1: _upgrade_1_to_2,
}


def upgrade(data: dict[str, Any]) -> dict[str, Any]:
    version = int(data.get("schema_version", 0))
    while version < SCHEMA_VERSION:
        data = UPGRADES[version](data)
        version += 1
    data["schema_version"] = max(version, SCHEMA_VERSION)
    return data
