"""The library: the one façade the CLI and the GUI drive the app through.

It wires the settings service, catalog, embedder, store, search and indexing, and owns the
consequences of a settings change (`plan` / `apply` → `Followups`), so `photoseek config set`
and the settings dialog behave the same. Callers never reach into the catalog or the store.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
import weakref
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from photoseek.catalog import Folder, Problem
from photoseek.catalog.folders import FolderError, Placement, place, resolve_folder
from photoseek.catalog.health import data_dir_error
from photoseek.config import AppPaths, Settings, SettingsError, SettingsService, UiState
from photoseek.config import secrets as secret_store
from photoseek.config.secrets import Place, Secret, SecretStoreError
from photoseek.config.settings import _url as check_url
from photoseek.config.settings import canonical
from photoseek.costs import LOCAL_PRIOR_SECONDS, MIN_MEASURED, EmbedCost, seconds_key, tokens_key
from photoseek.embedding.base import (
    Embedder,
    EmbeddingError,
    FatalEmbeddingError,
    Misconfigured,
    MissingCredentials,
)
from photoseek.embedding.jina import JinaEmbedder
from photoseek.embedding.providers import (
    ELASTIC,
    JINA,
    JINA_CLIP_V2,
    KNOWN_ENDPOINTS,
    LOCAL,
    ModelInfo,
    canonical_model,
    known_model,
    needs_jina_key,
    vector_source,
)
from photoseek.followups import Followups
from photoseek.imaging.helper_processes import HelperProcesses
from photoseek.indexing import IndexOptions, IndexReport, IndexRun, Progress
from photoseek.indexing.lock import IndexLock
from photoseek.indexing.reconcile import Reconciled, reconcile
from photoseek.records import NO_FILTERS, FileState, Filters, Phase, SyncState
from photoseek.recovery import Recovered, open_catalog
from photoseek.recovery import pending as recovery_pending
from photoseek.recovery import recover as recover_catalog
from photoseek.search import SearchService
from photoseek.search.browse import Facets, facets
from photoseek.search.duplicates import DupGroup, default_max_distance, find_duplicates
from photoseek.search.engine import Finder
from photoseek.search.query_cache import PersistentQueryCache
from photoseek.sizing import StorageEstimate, storage_estimate
from photoseek.stores import (
    IndexInfo,
    IndexMissing,
    IndexSpec,
    StoreError,
    VectorStore,
    effective_kind,
    make_store,
)

log = logging.getLogger(__name__)

ENDPOINT_MODELS_META = "endpoint_models"  # what the cluster said each endpoint's model is
PROVIDER_META = "provider_for_model:"  # + model: the embedding settings that made its vectors
PROVIDER_KEYS = (
    "provider",
    "model",
    "elastic_endpoint",
    "local_variant",
    "local_device",
    "local_threads",
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
    model: str = "jina-clip-v2"  # the model whose vectors the chosen index holds
    searchable: int | None = None  # photos the active index holds, as the store counts them
    needs_key: bool = True  # the provider needs a Jina API key (only the Jina API does)
    endpoint: str | None = None  # provider elastic: the cluster's inference endpoint
    local_model: str | None = None  # provider local: a sentence on the installed model
    local_installed: bool | None = None  # provider local: can it run now?
    active_model: str | None = None  # the model of the index searches use now
    held: int | None = None  # photos the chosen size's index holds (None: no such index)
    contents: int = 0  # distinct photos (content hashes) indexed here: what a full index holds

    @property
    def indexed(self) -> int:
        return self.files.get(FileState.INDEXED, 0)

    @property
    def waiting(self) -> int:
        return self.files.get(FileState.NEW, 0)

    @property
    def missing(self) -> int:
        """Photos the catalog has synced that the chosen index does not hold (lost behind the
        app's back); the next index run sends them again from the vector cache."""
        synced = self.sync.get(SyncState.SYNCED, 0)
        if self.held is None:
            return synced
        return max(0, synced - self.held)


@dataclass(frozen=True)
class Plan:
    """What a settings change would do, before it is made (so a costly one can be confirmed)."""

    settings: Settings  # the settings after the change
    changed: frozenset[str]  # keys whose value changes
    followups: Followups
    photos_to_embed: int  # model calls the change costs, in photos (0 for a rebuild)
    cost: EmbedCost | None = None  # tokens or local time, when the change re-embeds
    model_before: str = ""
    model_after: str = ""


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
    secret_place: Place = Place.KEYRING  # where the secrets go (no keyring: session or file)
    secret_password: str | None = None  # the encrypted file's: unlocks (or creates) it first


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


UNLOCKED = "secret.encrypted-file"  # the change key of unlocking the encrypted secrets file


def secret_key(secret: Secret) -> str:
    """The change key a saved secret carries, e.g. "secret.jina-api-key"."""
    return f"secret.{secret.account}"


JINA_URL_ENV = "PHOTOSEEK_JINA_URL"


class Library:
    def __init__(self, paths: AppPaths | None = None, store_kind: str | None = None) -> None:
        """Raises CatalogError (one sentence) when the catalog cannot be used: a newer
        schema, a data dir that refuses writes. A damaged catalog is set aside and a new one
        started; `notice` says so, and the next `status()` or `index()` recovers it."""
        paths = paths or AppPaths.default()
        try:
            self.paths = paths.ensure()
        except OSError as exc:
            raise data_dir_error(exc, Path(exc.filename or paths.data_dir)) from None
        self.config = SettingsService(self.paths.settings_file, self.paths.state_file)
        self.catalog, self.notice = open_catalog(self.paths.catalog_file)
        self._store_override = store_kind
        self._store: VectorStore | None = None
        self._search: SearchService | None = None
        self._finder: Finder | None = None
        self._lock = threading.RLock()
        self._closed = False
        # The window's decoding helper processes (None: indexing decodes in its own threads).
        self.helpers: HelperProcesses | None = None
        self._embedders: weakref.WeakSet[Any] = weakref.WeakSet()  # to abort on quit

    # -- settings ---------------------------------------------------------------------------
    @property
    def settings(self) -> Settings:
        """An immutable snapshot of the current settings."""
        return self.config.current

    def plan(self, changes: Mapping[str, Any]) -> Plan:
        """Validate `changes` (raises SettingsError with every bad key) and say what they cost.
        May ask the cluster what an unknown inference endpoint's model is (off the GUI thread).
        """
        current = self.settings
        new = self.config.validate(changes)
        changed = frozenset(k for k in _keys(changes) if current.get(k) != new.get(k))
        before, after = self._model_or_none(current), self._model_or_none(new, probe=True)
        followups = Followups.for_change(changed, before, after)
        to_embed, cost = 0, None
        if followups.reembed and after is not None:
            to_embed = self.catalog.missing_vectors(after)
            cost = self.embed_cost(to_embed, new)
        return Plan(new, changed, followups, to_embed, cost, before or "", after or "")

    def apply(self, changes: Mapping[str, Any]) -> Followups:
        """Validate and save `changes`; drop clients built from the old settings. Returns what
        must follow (run it with `follow_up`). Raises SettingsError or OSError, changing nothing.
        """
        old, new, changed = self.config.update(changes)
        followups = self._followups(old, new, changed)
        if followups.reconnect:
            self.reconfigure()
        return followups

    def _followups(self, old: Settings, new: Settings, changed: set[str]) -> Followups:
        before, after = self._model_or_none(old), self._model_or_none(new)
        if before is not None and before != after:
            self._remember_provider(old, before)  # searches may still need its embedder
        return Followups.for_change(changed, before, after)

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
        if change.secret_place is Place.FILE and change.secret_password is not None:
            try:
                self.unlock_secret_file(change.secret_password)
                out.changed.add(UNLOCKED)
            except SecretStoreError as exc:
                out.secret_error = str(exc)
        for secret, value in change.secrets.items() if out.secret_error is None else ():
            try:
                secret_store.put(secret, value, change.secret_place)
            except SecretStoreError as exc:
                out.secret_error = str(exc)
                break
            out.saved_secrets.append(secret)
            out.changed.add(secret_key(secret))
        old = new = self.settings
        try:
            old, new, keys = self.config.update(change.settings)
            out.changed |= keys
        except SettingsError as exc:  # another process changed what the rules depend on
            out.invalid = dict(getattr(exc, "errors", None) or {exc.key: exc.reason})
        except OSError as exc:
            out.write_error = f"The settings could not be saved: {exc.strerror or exc}"
        out.followups = self._followups(old, new, out.changed)
        if out.followups.reconnect:
            self.reconfigure()
        return out

    def ui_state(self) -> UiState:
        return self.config.load_state()

    def save_ui_state(self, state: UiState) -> None:
        self.config.save_state(state)

    # -- secrets ----------------------------------------------------------------------------
    def set_secret(self, secret: Secret, value: str, place: Place = Place.KEYRING) -> Followups:
        """Keep a secret in the keyring (SecretStoreError when there is none), or in `place`."""
        secret_store.put(secret, value, place)
        followups = Followups.for_keys({secret_key(secret)})
        self.reconfigure()
        return followups

    def secret_source(self, secret: Secret) -> str | None:
        return secret_store.source(secret)

    def unlock_secret_file(self, password: str) -> None:
        """Open the encrypted secrets file (created when there is none) for this session.
        Raises SecretStoreError with one sentence (a wrong password, an unusable file)."""
        from photoseek.config import secret_file

        try:
            secret_file.unlock(password)
        except secret_file.SecretFileError as exc:
            raise SecretStoreError(str(exc)) from None
        self.reconfigure()

    def keyring_problem(self) -> str | None:
        """None when the system keyring can keep secrets, else why not (asks the keyring)."""
        return secret_store.keyring_problem()

    # -- which model makes the vectors ------------------------------------------------------
    def _probed(self) -> dict[str, ModelInfo]:
        raw = self.catalog.get_meta(ENDPOINT_MODELS_META)
        try:
            data = json.loads(raw) if raw else {}
            return {k: ModelInfo(str(v[0]), int(v[1])) for k, v in data.items()}
        except (ValueError, TypeError, IndexError, AttributeError):
            return {}

    def _learn_endpoint(self, endpoint: str, model: str, dims: int) -> None:
        known = self._probed()
        info = ModelInfo(canonical_model(model), dims)
        if known.get(endpoint) != info:
            known[endpoint] = info
            self.catalog.set_meta(
                ENDPOINT_MODELS_META,
                json.dumps({k: [v.name, v.full_dims] for k, v in known.items()}),
            )

    def model_info(self, settings: Settings | None = None, *, probe: bool = False) -> ModelInfo:
        """The model the settings embed with (it keys the vectors and names the index).

        jina: the configured model; local: jina-clip-v2; elastic: the endpoint's model, from
        the preconfigured endpoints' table, what the cluster said before, or (with `probe`)
        asked now. Raises EmbeddingError when it cannot be known."""
        s = settings or self.settings
        info = known_model(s.embedding, self._probed())
        if info is not None:
            return info
        if not probe:
            raise EmbeddingError(
                f"The model of the inference endpoint {s.embedding.elastic_endpoint} is not "
                "known yet: Photoseek asks the cluster when it indexes (photoseek es check)."
            )
        embedder = self.make_embedder(settings=s)  # describes the endpoint, then learns it
        embedder.close()
        info = known_model(s.embedding, self._probed())
        assert info is not None
        return info

    def _model_or_none(self, settings: Settings, *, probe: bool = False) -> str | None:
        try:
            return self.model_info(settings, probe=probe).name
        except EmbeddingError:
            return None

    def effective_model(self, settings: Settings | None = None) -> str:
        """The model name the settings' vectors are kept under (offline; see `model_info`)."""
        s = settings or self.settings
        name = self._model_or_none(s)
        if name is not None:
            return name
        return canonical_model(s.embedding.elastic_endpoint.lstrip("."))

    def _remember_provider(self, settings: Settings, model: str) -> None:
        """Keep which embedding settings made `model`'s vectors: queries on that model's index
        (still active while another one builds) are embedded the same way."""
        e = settings.embedding
        value = json.dumps({k: getattr(e, k) for k in PROVIDER_KEYS}, sort_keys=True)
        if self.catalog.get_meta(PROVIDER_META + model) != value:
            self.catalog.set_meta(PROVIDER_META + model, value)

    def settings_for_model(self, model: str) -> Settings:
        """Settings whose embedder makes `model`'s vectors: the current ones when they do,
        else the ones that made them, else a provider that can (jina-clip-v2: the Jina API
        with a key, the local model, the cluster's endpoint). Raises EmbeddingError."""
        s = self.settings
        if self._model_or_none(s) == model:
            return s
        raw = self.catalog.get_meta(PROVIDER_META + model)
        if raw:
            try:
                values = json.loads(raw)
                candidate = s.updated({f"embedding.{k}": v for k, v in values.items()})
                if self._model_or_none(candidate) == model:
                    return candidate
            except (ValueError, SettingsError):
                log.info("ignoring the remembered provider of %s", model)
        for endpoint, info in KNOWN_ENDPOINTS.items():
            if info.name == model and model != JINA_CLIP_V2:
                return s.updated(
                    {"embedding.provider": ELASTIC, "embedding.elastic_endpoint": endpoint}
                )
        if model == JINA_CLIP_V2:
            if secret_store.get(Secret.JINA_API_KEY):
                return s.updated({"embedding.provider": JINA, "embedding.model": model})
            if self.local_model_status().installed:
                return s.updated({"embedding.provider": LOCAL})
            es = s.elasticsearch
            if es.urls or es.cloud_id or os.environ.get("PHOTOSEEK_ES_URL"):
                return s.updated(
                    {"embedding.provider": ELASTIC, "embedding.elastic_endpoint": ".jina-clip-v2"}
                )
        return s.updated({"embedding.provider": JINA, "embedding.model": model})

    # -- wiring -----------------------------------------------------------------------------
    @property
    def store_override(self) -> str | None:
        """The store kind this library was opened with instead of the settings' (the CLI's
        --store), or None."""
        return self._store_override

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
        """The index the settings build: named from the model and size (offline)."""
        s = settings or self.settings
        try:
            full = self.model_info(s).full_dims
        except EmbeddingError:
            full = s.embedding.dims
        return self._spec(s, self.effective_model(s), full)

    @staticmethod
    def _spec(s: Settings, model: str, full_dims: int) -> IndexSpec:
        return IndexSpec(
            model=model,
            dims=min(s.embedding.dims, full_dims),  # a 768-dim model has no 1024-dim index
            prefix=s.elasticsearch.index_prefix,
            index_options=s.elasticsearch.index_options,
        )

    def api_url(self) -> str:
        """The embeddings endpoint: PHOTOSEEK_JINA_URL (checked like the setting, and never
        echoed with a password in it), else the setting."""
        env = os.environ.get(JINA_URL_ENV, "").strip()
        if not env:
            return self.settings.embedding.api_url
        try:
            check_url(env)
            urlsplit(env).port  # noqa: B018 (raises ValueError for a malformed port)
        except ValueError as exc:
            raise Misconfigured(f"{JINA_URL_ENV}: {exc}.") from None
        return env

    def embedder_problem(self) -> str | None:
        """Why no embedder can be made with these settings (no key, a malformed URL), or None."""
        try:
            self.make_embedder().close()
        except (MissingCredentials, Misconfigured) as exc:
            return str(exc)
        except EmbeddingError:
            return None
        return None

    def make_embedder(
        self,
        stop: threading.Event | None = None,
        settings: Settings | None = None,
        *,
        indexing: bool = False,
        on_wait: Callable[[str, float], None] | None = None,
    ) -> Embedder:
        """The embedder of the configured provider. `indexing`: leave cores for decoding and
        be patient with the service (a search fails fast instead); `on_wait` hears why and
        how long a request waits."""
        s = settings or self.settings
        e = s.embedding
        embedder: Embedder
        if e.provider == ELASTIC:
            from photoseek.embedding.elastic_inference import ElasticInferenceEmbedder

            cluster = ElasticInferenceEmbedder(
                s.elasticsearch,
                endpoint=e.elastic_endpoint,
                timeout=e.timeout,
                max_retries=e.max_retries,
                stop=stop,
            )
            self._learn_endpoint(e.elastic_endpoint, cluster.model, cluster.full_dims)
            embedder = cluster
        elif e.provider == LOCAL:
            embedder = self._local_embedder(s, stop, indexing=indexing)
        else:
            key = secret_store.get(Secret.JINA_API_KEY)
            if not key:
                raise MissingCredentials(
                    "No Jina API key is set. Add one in Settings or set JINA_API_KEY "
                    "(get a key at https://jina.ai/embeddings)."
                )
            embedder = JinaEmbedder(
                key,
                url=self.api_url(),
                model=e.model,
                timeout=e.timeout,
                max_retries=e.max_retries,
                concurrency=e.concurrency,
                stop=stop,
                on_wait=on_wait,
                interactive=not indexing,
            )
        self._embedders.add(embedder)
        return embedder

    def _local_embedder(
        self, s: Settings, stop: threading.Event | None, *, indexing: bool
    ) -> Embedder:
        from photoseek.embedding.local_model import cpu_cores, open_local_embedder
        from photoseek.embedding.model_files import choose_providers, find_installed, model_dir

        e = s.embedding
        variant = None if e.local_variant == "auto" else e.local_variant
        options: dict[str, Any] = {"variant": variant}
        cores = cpu_cores()
        if e.local_threads:
            options["threads"] = min(e.local_threads, cores)
        else:
            options["leave_cores"] = decode_share(cores) if indexing else 0
        if e.local_device == "cpu":
            options["providers"] = ["CPUExecutionProvider"]
        elif e.local_device == "gpu":
            installed = find_installed(model_dir(self.paths.data_dir), variant)
            chosen = choose_providers(installed.variant)
            if chosen[0] == "CPUExecutionProvider":
                raise FatalEmbeddingError(
                    f"embedding.local_device is gpu, but onnxruntime offers no GPU for the "
                    f"{installed.variant} variant here (int8 runs on the CPU only); install the "
                    "fp16 variant and onnxruntime-gpu, or set embedding.local_device to auto."
                )
            options["providers"] = chosen
        return open_local_embedder(self.paths.data_dir, stop, **options)

    def local_model_status(self) -> Any:
        """The local model's `ModelStatus` (a few file checks; imports onnxruntime once)."""
        from photoseek.embedding.model_files import model_status

        return model_status(self.paths.data_dir)

    def import_local_model(self, folder: str | os.PathLike[str], progress: Any = None) -> Any:
        """Install the local model from a folder laid out like its repository (ModelImportError
        with one sentence when it is not); returns the new `ModelStatus`."""
        from photoseek.embedding.model_files import import_model

        status = import_model(os.fspath(folder), self.paths.data_dir, progress=progress)
        self.reconfigure()
        return status

    def inference_endpoints(self, settings: Settings | None = None) -> list[Any]:
        """The cluster's embedding endpoints (`EndpointInfo`), photos-capable first."""
        from photoseek.embedding.elastic_inference import list_endpoints

        return list_endpoints((settings or self.settings).elasticsearch)

    def check_inference_endpoint(self, endpoint: str, settings: Settings | None = None) -> str:
        """Describe the endpoint and embed one word through it: a sentence, or EmbeddingError."""
        from photoseek.embedding.elastic_inference import ElasticInferenceEmbedder, check_endpoint

        es = (settings or self.settings).elasticsearch
        sentence = check_endpoint(es, endpoint)
        probe = ElasticInferenceEmbedder(es, endpoint=endpoint, timeout=20.0, max_retries=0)
        try:
            self._learn_endpoint(endpoint, probe.model, probe.full_dims)
        finally:
            probe.close()
        return sentence

    def embed_cost(self, photos: int, settings: Settings | None = None) -> EmbedCost:
        """What embedding `photos` with the settings' provider costs (see `costs`)."""
        s = settings or self.settings
        e = s.embedding
        model = self.effective_model(s)
        if e.provider == LOCAL:
            device = "gpu" if e.local_device == "gpu" or self._local_on_gpu() else "cpu"
            measured = _float(self.catalog.get_meta(seconds_key(device)))
            per = measured if measured is not None else LOCAL_PRIOR_SECONDS[device]
            return EmbedCost(photos, e.provider, model, None, photos * per, measured is not None,
                             device)  # fmt: skip
        if e.provider == JINA:
            per_photo = _float(self.catalog.get_meta(tokens_key(model)))
            tokens = round(photos * per_photo) if per_photo is not None else None
            return EmbedCost(photos, e.provider, model, tokens, None, per_photo is not None)
        return EmbedCost(photos, e.provider, model)

    def _local_on_gpu(self) -> bool:
        try:
            return self.local_model_status().device != "CPU"
        except Exception:  # onnxruntime missing or odd: the CPU figure is the cautious one
            return False

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
                    self.catalog,
                    self.store,
                    self.spec,
                    lambda model: self.make_embedder(settings=self.settings_for_model(model)),
                    self._index_model,
                    PersistentQueryCache(self.paths.query_cache_file),
                )
            return self._search

    def _index_model(self, index: IndexInfo) -> str:
        """The model whose vectors an index holds: as registered here, else from its name
        (prefix-model-dims), else the current settings' model."""
        spec = self.spec()
        if index.name == spec.name:
            return spec.model
        try:
            registered = self.catalog.index_model(self.store.key, index.name)
        except StoreError:
            registered = None
        if registered:
            return registered
        head, _, dims = index.name.rpartition("-")
        prefix = spec.prefix.lower() + "-"
        if dims.isdigit() and head.startswith(prefix) and len(head) > len(prefix):
            return head[len(prefix) :]
        return spec.model

    @property
    def finder(self) -> Finder:
        """Searches with the relevance rule, names, feedback and sorting (search/engine.py)."""
        with self._lock:
            if self._finder is None:
                self._finder = Finder(self.search, self.catalog, self.store)
            return self._finder

    def reconfigure(self) -> None:
        """Settings changed (store, dims, key, URL): drop the clients built from the old ones."""
        with self._lock:
            self._finder = None
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
        self.recover()  # a rebuilt catalog takes its vectors back before anything is embedded
        s = self.settings  # one snapshot for the whole run
        e, lib = s.embedding, s.library
        try:
            info = self.model_info(s, probe=True)
        except EmbeddingError as exc:
            return IndexReport(Progress(phase=Phase.DONE, message=str(exc)), error=str(exc))
        spec = self._spec(s, info.name, info.full_dims)
        local = e.provider == LOCAL
        options = IndexOptions(
            batch_size=e.batch_size,
            # The local model runs one graph at a time: a second request only overlaps the
            # pre-processing of the next batch with it.
            concurrency=min(e.concurrency, 2) if local else e.concurrency,
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
            vector_source=vector_source(e),
            thumbnails_dir=self.paths.thumbnails_dir,
            thumbnail_cache_bytes=s.cache.thumbnails_mb << 20,
            settle_s=settle_s,
            helpers=self.helpers,
        )
        runs: list[IndexRun] = []  # the run, once made, hears the embedder's waits

        def on_wait(text: str, seconds: float) -> None:
            if runs:
                runs[0].notice(text, seconds)

        with IndexLock(self._lock_path):
            run = IndexRun(
                self.catalog,
                self.store,
                spec,
                lambda ev: self.make_embedder(ev, s, indexing=True, on_wait=on_wait),
                options,
                on_progress,
                stop,
                resume,
            )
            runs.append(run)
            started = time.monotonic()
            report = run.run()
            self._measure(s, spec.model, report, time.monotonic() - started)
        self._remember_provider(s, spec.model)
        self.store_changed()
        return report

    def store_changed(self) -> None:
        """A run (here or in another process) changed the store: searches look again at which
        index is active and what it holds."""
        if self._search is not None:
            self._search.forget_active_index()
        if self._finder is not None:
            self._finder.forget()

    def _measure(self, s: Settings, model: str, report: IndexReport, seconds: float) -> None:
        """Keep this run's cost per photo for the next estimate (see `embed_cost`)."""
        p = report.progress
        if p.embedded < MIN_MEASURED or report.cancelled:
            return
        if s.embedding.provider == JINA and p.tokens:
            self.catalog.set_meta(tokens_key(model), f"{p.tokens / p.embedded:.1f}")
        elif s.embedding.provider == LOCAL:
            device = "gpu" if self._local_on_gpu() else "cpu"
            self.catalog.set_meta(seconds_key(device), f"{seconds / p.embedded:.3f}")

    def recover(self) -> Recovered | None:
        """After a damaged catalog was set aside: the library folders and the vectors the
        store still holds, back in the new catalog (no model calls for them). None when there
        is nothing to recover; raises StoreError when the store cannot be read (tried again
        next time)."""
        with self._lock:
            if not recovery_pending(self.catalog):
                return None
            result = recover_catalog(self.catalog, self.store, self.spec())
            self.notice = result.sentence
            return result

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

    # -- browsing and duplicates ------------------------------------------------------------
    def facets(self, filters: Filters = NO_FILTERS) -> Facets:
        """Folders, months, cameras and counts for the filter bar (from the catalog only)."""
        return facets(self.catalog, filters)

    def duplicates(self, max_distance: float | None = None) -> list[DupGroup]:
        """Exact copies, near-duplicates and bursts, from the catalog and its vector cache."""
        from photoseek.catalog.photo_queries import PhotoQueries

        model = self.settings.embedding.model
        d = default_max_distance(model) if max_distance is None else max_distance
        rows = PhotoQueries(self.catalog).photos()
        vectors = self.catalog.vectors([r.hash for r in rows], model)
        return find_duplicates(rows, vectors, d)

    def trash(self, paths: list[str]) -> list[str]:
        """Move these library photos to the system trash — only after the user confirmed this
        very list. Refuses any path that is not a photo of the library. Returns one sentence
        per file that could not be moved; the next index run forgets the moved ones."""
        from photoseek.catalog.photo_queries import PhotoQueries
        from photoseek.trash import move_to_trash

        known = PhotoQueries(self.catalog).indexed_paths(paths)
        strangers = [p for p in paths if p not in known]
        if strangers:
            raise FolderError(f"{strangers[0]} is not a photo of the library; nothing was moved.")
        return move_to_trash(paths)

    # -- problems ---------------------------------------------------------------------------
    def problems(self, limit: int = 1000) -> list[Problem]:
        """Files that were skipped or failed, and what the scan could not use (special files,
        unsupported formats, folders it could not list), each with the reason."""
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
        e = s.embedding
        spec = self.spec(s)
        active: IndexInfo | None = None
        sync: dict[str, int] = {}
        store_error = None
        active_model = None
        held: int | None = None
        try:
            self.recover()
            store = self.store
            sync = self.catalog.sync_counts(store.key, spec.name)
            active = store.active(spec.alias)
            active_model = self._index_model(active) if active else None
            if active is not None and active.name == spec.name:
                held = active.count
            else:
                try:
                    held = store.count(spec.name)
                except IndexMissing:
                    held = None
        except StoreError as exc:
            store_error = str(exc)
        local_model = local_installed = None
        if e.provider == LOCAL:
            local_model, local_installed = self._local_summary()
        files = self.catalog.state_counts()
        listed = self.catalog.scan_problem_count()  # counted as skipped, like problems() lists
        if listed:
            files[FileState.SKIPPED] = files.get(FileState.SKIPPED, 0) + listed
        return Status(
            folders=[f.path for f in self.folders()],
            files=files,
            vectors=self.catalog.vector_count(spec.model),
            store=self.store_kind,
            dims=spec.dims,
            index=spec.name,
            active_index=active.name if active else None,
            active_dims=active.dims if active else None,
            sync=sync,
            api_key=secret_store.source(Secret.JINA_API_KEY),
            store_error=store_error,
            provider=e.provider,
            model=spec.model,
            searchable=active.count if active else None,
            needs_key=needs_jina_key(e.provider),
            endpoint=e.elastic_endpoint if e.provider == ELASTIC else None,
            local_model=local_model,
            local_installed=local_installed,
            active_model=active_model,
            held=held,
            contents=self.catalog.indexed_contents(),
        )

    def reconcile(self) -> Reconciled:
        """Compare what the catalog believes the chosen index holds with what it holds; what
        it lost goes back to pending (the next `index` sends it from the vector cache).
        Raises StoreError when the store cannot be asked."""
        return reconcile(self.catalog, self.store, self.spec())

    def _local_summary(self) -> tuple[str, bool]:
        try:
            st = self.local_model_status()
        except Exception as exc:  # onnxruntime that cannot load is a state, not a crash
            return f"The local model cannot be used: {exc}", False
        if st.installed:
            return f"Installed ({st.variant}, runs on the {st.device}) in {st.directory}.", True
        return st.problem or "The local model is not installed.", False


def decode_share(cores: int) -> int:
    """Cores the local model leaves to the decode pool while indexing: decoding a photo to
    512 px takes milliseconds where the model takes a second, so a quarter is plenty."""
    return max(1, cores // 4) if cores > 1 else 0


def _float(text: str | None) -> float | None:
    try:
        value = float(text) if text else None
    except ValueError:
        return None
    return value if value is not None and value > 0 else None


def _keys(changes: Mapping[str, Any]) -> list[str]:
    return [canonical(k) for k in changes]
