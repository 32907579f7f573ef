"""Vector stores: the embedded one (default) and the user's Elasticsearch cluster."""

from __future__ import annotations

import os

from photoseek.config.paths import AppPaths
from photoseek.config.settings import Settings
from photoseek.stores.base import (
    IndexInfo,
    IndexMismatch,
    IndexMissing,
    IndexSpec,
    ItemError,
    StoreDoc,
    StoreError,
    StoreMisconfigured,
    StoreUnavailable,
    VectorStore,
)

STORE_KINDS = ("embedded", "elasticsearch")


def effective_kind(settings: Settings, override: str | None = None) -> str:
    """--store wins, then PHOTOSEEK_ES_URL (which alone selects Elasticsearch), then settings."""
    if override:
        return override
    if os.environ.get("PHOTOSEEK_ES_URL"):
        return "elasticsearch"
    return settings.store.kind


def make_store(settings: Settings, paths: AppPaths, kind: str) -> VectorStore:
    if kind == "elasticsearch":
        from photoseek.stores.elastic import open_elastic_store

        return open_elastic_store(settings.elasticsearch)
    from photoseek.stores.embedded import EmbeddedStore

    return EmbeddedStore(paths.embedded_dir)


__all__ = [
    "STORE_KINDS",
    "IndexInfo",
    "IndexMismatch",
    "IndexMissing",
    "IndexSpec",
    "ItemError",
    "StoreDoc",
    "StoreError",
    "StoreMisconfigured",
    "StoreUnavailable",
    "VectorStore",
    "effective_kind",
    "make_store",
]
