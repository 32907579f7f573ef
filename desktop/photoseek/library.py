"""The library: the one façade the CLI and the GUI drive the app through.

It wires the settings service, catalog, embedder, store, search and indexing, and owns the
consequences of a settings change (`plan` / `apply` → `Followups`), so `photoseek config set`
and the settings dialog behave the same. Callers never reach into the catalog or the store.
"""

from __future__ import annotations

import os
import threading
import weakref
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from photoseek.catalog import Catalog, Folder, Problem
from photoseek.catalog.folders import FolderError, Placement, place, resolve_folder
from photoseek.config import AppPaths, Settings, SettingsError, SettingsService, UiState
from photoseek.config import secrets as secret_store
from photoseek.config.secrets import Secret, SecretStoreError
from photoseek.config.settings import canonical
from photoseek.embedding.base import Embedder
from photoseek.embedding.jina import JinaEmbedder
from photoseek.followups import Followups
from photoseek.indexing import IndexOptions, IndexReport, IndexRun, Progress
from photoseek.indexing.lock import IndexLock
from photoseek.records import FileState
from photoseek.search import SearchService
from photoseek.sizing import StorageEstimate, storage_estimate
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
    provider: str = "jina"
    model: str = "jina-clip-v2"
    searchable: int | None = None  # photos the active index holds, as the store counts them

    @property
    def indexed(self) -> int:
        return self.files.get(FileState.INDEXED, 0)

    @property
    def waiting(self) -> int:
        return self.files.get(FileState.NEW, 0)


@dataclass(frozen=True)
class Plan:
    """What a settings change would do, before it is made (so a costly one can be confirmed)."""

    settings: Settings  # the settings after the change
    changed: frozenset[str]  # keys whose value changes
    followups: Followups
    photos_to_embed: int  # model calls the change costs, in photos (0 for a rebuild)


@dataclass(frozen=True)
class SyncProblem:
    content_hash: str
    paths: tuple[str, ...]
    reason: str


@dataclass(frozen=True)
class ChangeSet:
    """Everything a settings dialog or the first-run wizard saves in one go."""

    settings: Mapping[str, Any] = field(default_factory=dict)
    secrets: Mapping[Secret, str] = field(default_factory=dict)
    add_folders: tuple[str, ...] = ()
    remove_folders: tuple[str, ...] = ()
    stop_on_folder_error: bool = False  # the wizard saves nothing until every folder is in


@dataclass
class ChangeOutcome:
    """What `Library.save` did; every error is one sentence, nothing else was half-done."""

    changed: set[str] = field(default_factory=set)  # setting keys, "library.folders", secrets
    followups: Followups = field(default_factory=Followups)
    folders: list[str] = field(default_factory=list)  # the library folders afterwards
    folder_errors: list[str] = field(default_factory=list)
    saved_secrets: list[Secret] = field(default_factory=list)
    secret_error: str | None = None
    invalid: dict[str, str] = field(default_factory=dict)  # setting key → reason
    write_error: str | None = None

    @property
    def ok(self) -> bool:
        return not (self.folder_errors or self.secret_error or self.invalid or self.write_error)


def secret_key(secret: Secret) -> str:
    """The change key a saved secret carries, e.g. "secret.jina-api-key"."""
    return f"secret.{secret.account}"


class Library:
    def __init__(self, paths: AppPaths | None = None, store_kind: str | None = None) -> None:
        self.paths = (paths or AppPaths.default()).ensure()
        self.config = SettingsService(self.paths.settings_file, self.paths.state_file)
        self.catalog = Catalog(self.paths.catalog_file)
        self._store_override = store_kind
        self._store: VectorStore | None = None
        self._search: SearchService | None = None
        self._lock = threading.RLock()
        self._closed = False
        self._embedders: weakref.WeakSet[Any] = weakref.WeakSet()  # to abort on quit

    # -- settings ---------------------------------------------------------------------------
    @property
    def settings(self) -> Settings:
        """An immutable snapshot of the current settings."""
        return self.config.current

    def plan(self, changes: Mapping[str, Any]) -> Plan:
        """Validate `changes` (raises SettingsError with every bad key) and say what they cost."""
        current = self.settings
        new = self.config.validate(changes)
        changed = frozenset(k for k in _keys(changes) if current.get(k) != new.get(k))
        followups = Followups.for_keys(changed)
        to_embed = 0
        if followups.reembed:
            to_embed = self.catalog.state_counts().get(FileState.INDEXED, 0) - (
                self.catalog.vector_count(new.embedding.model)
            )
        return Plan(new, changed, followups, max(0, to_embed))

    def apply(self, changes: Mapping[str, Any]) -> Followups:
        """Validate and save `changes`; drop clients built from the old settings. Returns what
        must follow (run it with `follow_up`). Raises SettingsError or OSError, changing nothing.
        """
        _old, _new, changed = self.config.update(changes)
        followups = Followups.for_keys(changed)
        if followups.reconnect:
            self.reconfigure()
        return followups

    def follow_up(
        self,
        followups: Followups,
        on_progress: Callable[[Progress], None] = lambda _p: None,
        stop: threading.Event | None = None,
        resume: threading.Event | None = None,
    ) -> IndexReport | None:
        """Do what a change requires: a rebuild from cached vectors (no model calls), a new
        model's vectors, or a rescan. None when nothing has to run."""
        if not followups.needs_run or not self.folders():
            return None
        return self.index(on_progress, stop, resume, scan=followups.scan, embed=followups.embed)

    def save(self, change: ChangeSet) -> ChangeOutcome:
        """Validate the settings first (nothing is touched when they are refused), then change
        the folders, keep the secrets, and write the settings. Blocks: call it off the GUI
        thread. The caller runs `follow_up(outcome.followups)` when it suits it."""
        out = ChangeOutcome()
        try:
            self.config.validate(change.settings)
        except SettingsError as exc:
            out.invalid = dict(getattr(exc, "errors", None) or {exc.key: exc.reason})
            return out
        for path in change.remove_folders:
            try:
                self.remove_folder(path)
                out.changed.add("library.folders")
            except FolderError as exc:
                out.folder_errors.append(str(exc))
        for path in change.add_folders:
            try:
                self.add_folder(path)
                out.changed.add("library.folders")
            except FolderError as exc:
                out.folder_errors.append(str(exc))
        out.folders = [f.path for f in self.folders()]
        if out.folder_errors and change.stop_on_folder_error:
            return out
        for secret, value in change.secrets.items():
            try:
                secret_store.put(secret, value)
            except SecretStoreError as exc:
                out.secret_error = str(exc)
                break
            out.saved_secrets.append(secret)
            out.changed.add(secret_key(secret))
        try:
            _old, _new, keys = self.config.update(change.settings)
            out.changed |= keys
        except SettingsError as exc:  # another process changed what the rules depend on
            out.invalid = dict(getattr(exc, "errors", None) or {exc.key: exc.reason})
        except OSError as exc:
            out.write_error = f"The settings could not be saved: {exc.strerror or exc}"
        out.followups = Followups.for_keys(out.changed)
        if out.followups.reconnect:
            self.reconfigure()
        return out

    def ui_state(self) -> UiState:
        return self.config.load_state()

    def save_ui_state(self, state: UiState) -> None:
        self.config.save_state(state)

    # -- secrets ----------------------------------------------------------------------------
    def set_secret(self, secret: Secret, value: str) -> Followups:
        """Keep a secret in the keyring (SecretStoreError when there is none)."""
        secret_store.put(secret, value)
        followups = Followups.for_keys({secret_key(secret)})
        self.reconfigure()
        return followups

    def secret_source(self, secret: Secret) -> str | None:
        return secret_store.source(secret)

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

    def spec(self, settings: Settings | None = None) -> IndexSpec:
        s = settings or self.settings
        return IndexSpec(
            model=s.embedding.model,
            dims=s.embedding.dims,
            prefix=s.elasticsearch.index_prefix,
            index_options=s.elasticsearch.index_options,
        )

    def api_url(self) -> str:
        return os.environ.get("PHOTOSEEK_JINA_URL") or self.settings.embedding.api_url

    def make_embedder(
        self, stop: threading.Event | None = None, settings: Settings | None = None
    ) -> Embedder:
        e = (settings or self.settings).embedding
        embedder = JinaEmbedder(
            secret_store.get(Secret.JINA_API_KEY),
            url=self.api_url(),
            model=e.model,
            timeout=e.timeout,
            max_retries=e.max_retries,
            concurrency=e.concurrency,
            stop=stop,
        )
        self._embedders.add(embedder)
        return embedder

    def abort(self) -> None:
        """End every model request in flight at once (quitting): they fail, nothing is lost."""
        for embedder in list(self._embedders):
            abort = getattr(embedder, "abort", None)
            (abort or embedder.close)()

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

    def close(self) -> None:
        with self._lock:
            if self._closed:
                return
            self._closed = True
            self.reconfigure()
            self.catalog.close()

    # -- folders ----------------------------------------------------------------------------
    def folders(self) -> list[Folder]:
        return self.catalog.folders()

    def place_folder(
        self, path: str | os.PathLike[str], among: list[str] | None = None
    ) -> Placement:
        """Where a folder would go among `among` (default: the library's folders); touches the
        disk to resolve it, so the GUI calls it off its thread. Raises FolderError."""
        existing = among if among is not None else [f.path for f in self.folders()]
        return place(resolve_folder(path), existing)

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
        settle_s: float = 0.0,
    ) -> IndexReport:
        """One indexing run. With `settle_s`, files modified that recently (still being copied)
        are left for a later run (`IndexReport.settling` counts them)."""
        s = self.settings  # one snapshot for the whole run
        e, lib = s.embedding, s.library
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
            settle_s=settle_s,
        )
        with IndexLock(self._lock_path):
            run = IndexRun(
                self.catalog,
                self.store,
                self.spec(s),
                lambda ev: self.make_embedder(ev, s),
                options,
                on_progress,
                stop,
                resume,
            )
            report = run.run()
        if self._search is not None:
            self._search.forget_active_index()
        return report

    @property
    def _lock_path(self) -> Path:
        return self.paths.data_dir / "indexing.lock"

    def indexing_elsewhere(self) -> bool:
        """Is a run holding the library's index lock now (another window, `photoseek watch`,
        or this window's own run)?"""
        return IndexLock(self._lock_path).held()

    def retry_failed(self) -> int:
        """Give files that failed for a passing reason a fresh set of attempts."""
        return self.catalog.retry_failed()

    # -- problems ---------------------------------------------------------------------------
    def problems(self, limit: int = 1000) -> list[Problem]:
        """Files that were skipped or failed, with the reason."""
        return self.catalog.problems(limit)

    def sync_problems(self, limit: int = 100) -> list[SyncProblem]:
        """Photos the store refused to keep (per-document errors), with the store's reason."""
        spec = self.spec()
        try:
            key = self.store.key
        except StoreError:
            return []
        errors = self.catalog.sync_errors(key, spec.name, limit)
        docs = self.catalog.docs([h for h, _ in errors])
        return [
            SyncProblem(h, tuple(docs[h].paths) if h in docs else (), reason)
            for h, reason in errors
        ]

    # -- indices ----------------------------------------------------------------------------
    def indices(self) -> list[IndexInfo]:
        return self.store.list_indices()

    def remove_index(self, name: str) -> None:
        """Delete an index and forget what it held. Only after the user explicitly confirmed."""
        store = self.store
        if name not in {i.name for i in store.list_indices()}:
            raise StoreError(f"There is no index named {name}.")
        store.delete_index(name)
        self.catalog.forget_index(store.key, name)
        if self._search is not None:
            self._search.forget_active_index()

    # -- status -----------------------------------------------------------------------------
    def storage_estimate(self, settings: Settings | None = None) -> StorageEstimate:
        s = settings or self.settings
        kind = effective_kind(s, self._store_override)
        photos = self.catalog.state_counts().get(FileState.INDEXED, 0)
        return storage_estimate(kind, s.embedding.dims, s.elasticsearch.index_options, photos)

    def status(self) -> Status:
        """Local state always; the store's part (active index, sync) when it answers."""
        s = self.settings
        spec = self.spec(s)
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
            provider=s.embedding.provider,
            model=s.embedding.model,
            searchable=active.count if active else None,
        )


def _keys(changes: Mapping[str, Any]) -> list[str]:
    return [canonical(k) for k in changes]
