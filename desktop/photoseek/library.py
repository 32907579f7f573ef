"""The library: one object that wires settings, catalog, embedder, store, search and indexing.

The CLI and the GUI both drive the app through it, so they behave the same.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from dataclasses import dataclass

from photoseek.catalog import Catalog, Folder
from photoseek.config import AppPaths, Settings
from photoseek.config import secrets as secret_store
from photoseek.config import settings as settings_io
from photoseek.config.secrets import Secret
from photoseek.embedding.base import Embedder
from photoseek.embedding.jina import JinaEmbedder
from photoseek.indexing import IndexOptions, IndexReport, IndexRun, Progress
from photoseek.indexing.lock import IndexLock
from photoseek.search import SearchService
from photoseek.stores import (
    IndexInfo,
    IndexSpec,
    StoreError,
    VectorStore,
    effective_kind,
    make_store,
)


@dataclass(frozen=True)
class Status:
    folders: list[str]
    files: dict[str, int]  # by state
    vectors: int
    store: str
    dims: int
    index: str  # the index for the chosen size
    active_index: str | None  # what searches use now
    active_dims: int | None
    sync: dict[str, int]  # the chosen index's sync states
    api_key: str | None  # where the key comes from, never the key
    store_error: str | None = None  # why the store could not be asked (cluster down, …)


class Library:
    def __init__(
        self,
        paths: AppPaths | None = None,
        settings: Settings | None = None,
        store_kind: str | None = None,
    ) -> None:
        self.paths = (paths or AppPaths.default()).ensure()
        self.settings = settings or settings_io.load(self.paths.settings_file)
        self.catalog = Catalog(self.paths.catalog_file)
        self._store_override = store_kind
        self._store: VectorStore | None = None
        self._search: SearchService | None = None
        self._lock = threading.RLock()

    # -- wiring -----------------------------------------------------------------------------
    @property
    def store_kind(self) -> str:
        return effective_kind(self.settings, self._store_override)

    @property
    def store(self) -> VectorStore:
        with self._lock:
            if self._store is None:
                self._store = make_store(self.settings, self.paths, self.store_kind)
            return self._store

    def spec(self) -> IndexSpec:
        es = self.settings.elasticsearch
        return IndexSpec(
            model=self.settings.embedding.model,
            dims=self.settings.embedding.dims,
            prefix=es.index_prefix,
            index_options=es.index_options,
        )

    def api_url(self) -> str:
        return os.environ.get("PHOTOSEEK_JINA_URL") or self.settings.embedding.api_url

    def make_embedder(self, stop: threading.Event | None = None) -> Embedder:
        e = self.settings.embedding
        return JinaEmbedder(
            secret_store.get(Secret.JINA_API_KEY),
            url=self.api_url(),
            model=e.model,
            timeout=e.timeout,
            max_retries=e.max_retries,
            concurrency=e.concurrency,
            stop=stop,
        )

    @property
    def search(self) -> SearchService:
        with self._lock:
            if self._search is None:
                self._search = SearchService(
                    self.catalog, self.store, self.spec, lambda: self.make_embedder()
                )
            return self._search

    def reconfigure(self) -> None:
        """Settings changed (store, dims, key, URL): drop the clients built from the old ones."""
        with self._lock:
            if self._search is not None:
                self._search.close()
                self._search = None
            if self._store is not None:
                self._store.close()
                self._store = None

    def save_settings(self) -> None:
        settings_io.save(self.settings, self.paths.settings_file)

    def close(self) -> None:
        self.reconfigure()
        self.catalog.close()

    # -- folders ----------------------------------------------------------------------------
    def folders(self) -> list[Folder]:
        return self.catalog.folders()

    def add_folder(self, path: str | os.PathLike[str]) -> Folder:
        return self.catalog.add_folder(path)

    def remove_folder(self, path: str | os.PathLike[str]) -> None:
        """Forget the folder's photos; the next index run removes them from the store."""
        self.catalog.remove_folder(path)

    # -- indexing ---------------------------------------------------------------------------
    def index(
        self,
        on_progress: Callable[[Progress], None] = lambda _p: None,
        stop: threading.Event | None = None,
        resume: threading.Event | None = None,
        *,
        scan: bool = True,
        embed: bool = True,
    ) -> IndexReport:
        e, lib = self.settings.embedding, self.settings.library
        options = IndexOptions(
            batch_size=e.batch_size,
            concurrency=e.concurrency,
            exclude=list(lib.exclude),
            include_hidden=lib.include_hidden,
            follow_symlinks=lib.follow_symlinks,
            skip_dirs=[
                str(self.paths.data_dir),
                str(self.paths.cache_dir),
                str(self.paths.config_dir),
            ],
            scan=scan,
            embed=embed,
        )
        with IndexLock(self.paths.data_dir / "indexing.lock"):
            run = IndexRun(
                self.catalog,
                self.store,
                self.spec(),
                lambda ev: self.make_embedder(ev),
                options,
                on_progress,
                stop,
                resume,
            )
            report = run.run()
        if self._search is not None:
            self._search.forget_active_index()
        return report

    # -- status -----------------------------------------------------------------------------
    def status(self) -> Status:
        """Local state always; the store's part (active index, sync) when it answers."""
        spec = self.spec()
        active: IndexInfo | None = None
        sync: dict[str, int] = {}
        store_error = None
        try:
            store = self.store
            sync = self.catalog.sync_counts(store.key, spec.name)
            active = store.active(spec.alias)
        except StoreError as exc:
            store_error = str(exc)
        return Status(
            folders=[f.path for f in self.folders()],
            files=self.catalog.state_counts(),
            vectors=self.catalog.vector_count(spec.model),
            store=self.store_kind,
            dims=spec.dims,
            index=spec.name,
            active_index=active.name if active else None,
            active_dims=active.dims if active else None,
            sync=sync,
            api_key=secret_store.source(Secret.JINA_API_KEY),
            store_error=store_error,
        )
