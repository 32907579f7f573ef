"""Text, image and find-similar queries against the active index of a store.

A query is always embedded by the model of the index it searches: while a new model's index
is built in the background, searches stay on the old index and its model's embedder.
"""

from __future__ import annotations

import os
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace

import numpy as np

from photoseek import imaging
from photoseek.catalog import Catalog
from photoseek.embedding.base import (
    Embedder,
    EmbeddingError,
    Misconfigured,
    MissingCredentials,
    Rejected,
)
from photoseek.embedding.providers import canonical_model
from photoseek.fspath import clean_text, display_path
from photoseek.hashing import content_hash
from photoseek.matryoshka import truncate
from photoseek.records import NO_FILTERS, Filters, SearchResult
from photoseek.redact import MAX_ECHO, clip
from photoseek.search.query_cache import PersistentQueryCache
from photoseek.stores.base import IndexInfo, IndexSpec, VectorStore

ACTIVE_TTL = 10.0  # seconds; another machine may move a shared cluster's alias
QUERY_MAX_BYTES = 64 << 20  # a query picture is read into memory: no more than this


MAX_QUERY_CHARS = 1000  # far more than a description of a photo needs; the model reads less


class SearchError(Exception):
    """A query cannot be answered (a service failed); the message says what to do next."""


class QueryError(SearchError):
    """The query itself cannot be used: empty, too long, a file that is missing, unreadable
    or not an image. Bad input: exit code 2."""


class NotConfigured(SearchError):
    """Something the search needs is not set up (no API key): exit code 2."""


class NothingIndexed(SearchError):
    pass


class QueryCache:
    """Recent text-query vectors, so paging and repeated queries cost no API call."""

    def __init__(self, size: int = 256) -> None:
        self._items: OrderedDict[str, np.ndarray] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def get(self, key: str) -> np.ndarray | None:
        with self._lock:
            v = self._items.get(key)
            if v is not None:
                self._items.move_to_end(key)
            return v

    def put(self, key: str, v: np.ndarray) -> None:
        with self._lock:
            self._items[key] = v
            self._items.move_to_end(key)
            while len(self._items) > self._size:
                self._items.popitem(last=False)


class SearchService:
    def __init__(
        self,
        catalog: Catalog,
        store: VectorStore,
        spec: Callable[[], IndexSpec],
        embedder: Callable[[str], Embedder],
        model_of: Callable[[IndexInfo], str] | None = None,
        query_cache: PersistentQueryCache | None = None,
    ) -> None:
        """`embedder(model)` makes an embedder for that model; `model_of(index)` says which
        model's vectors an index holds (default: the model of `spec()`)."""
        self.catalog = catalog
        self.store = store
        self._spec = spec
        self._embedder_factory = embedder
        self._model_of = model_of or (lambda _index: self._spec().model)
        self._embedders: dict[str, Embedder] = {}
        self._lock = threading.Lock()
        self.queries = QueryCache()  # in front of the persistent one: paging costs nothing
        self.persistent = query_cache
        self._active: tuple[str, IndexInfo | None, float] | None = None

    def forget_active_index(self) -> None:
        """An index run may have moved the alias; ask the store again next time."""
        self._active = None

    def embedder(self, model: str | None = None) -> Embedder:
        """The embedder for `model` (default: the active index's), made once and kept."""
        if model is None:
            model = self.index_model(self.active_index())
        with self._lock:
            embedder = self._embedders.get(model)
            if embedder is None:
                embedder = self._embedder_factory(model)
                if canonical_model(embedder.model) != model:
                    embedder.close()
                    raise SearchError(
                        f"The index searched holds {model} vectors, but the embedder answers "
                        f"with {embedder.model}; index again with the current settings."
                    )
                self._embedders[model] = embedder
            return embedder

    def index_model(self, index: IndexInfo) -> str:
        """The model whose vectors `index` holds (queries must be embedded by it)."""
        return self._model_of(index)

    def close(self) -> None:
        with self._lock:
            embedders, self._embedders = list(self._embedders.values()), {}
        for embedder in embedders:
            embedder.close()
        if self.persistent is not None:
            self.persistent.close()

    def active_index(self) -> IndexInfo:
        """The index searches use; asked of the store at most every few seconds."""
        spec = self._spec()
        now = time.monotonic()
        cached = self._active
        if cached is not None and cached[0] == spec.alias and now - cached[2] < ACTIVE_TTL:
            info: IndexInfo | None = cached[1]
        else:
            info = self.store.active(spec.alias)
            self._active = (spec.alias, info, now) if info is not None else None
        if info is None:
            raise NothingIndexed(
                "Nothing is indexed yet: add a folder and run indexing (photoseek index FOLDER)."
            )
        return info

    # -- queries ----------------------------------------------------------------------------
    def text(
        self, query: str, k: int = 50, filters: Filters = NO_FILTERS, offset: int = 0
    ) -> list[SearchResult]:
        query = " ".join(clean_text(query).split())  # lone surrogates (argv bytes) → U+FFFD
        if not query:
            raise QueryError("Type something to search for.")
        check_length(query)
        index = self.active_index()
        model = self.index_model(index)
        key = f"{model}\x00{query}"
        full = self.queries.get(key)
        if full is None and self.persistent is not None:
            full = self.persistent.get(model, query)  # asked in an earlier run
            if full is not None:
                self.queries.put(key, full)
        if full is None:
            try:
                full = self.embedder(model).embed_texts([query])[0]
            except EmbeddingError as exc:
                raise _search_error(exc, query) from exc
            self.queries.put(key, full)
            if self.persistent is not None:
                self.persistent.put(model, query, full)
        return self._search(index, full, k, filters, offset)

    def image_bytes(
        self, data: bytes, k: int = 50, filters: Filters = NO_FILTERS, offset: int = 0
    ) -> list[SearchResult]:
        """Query by an image that may not be in the library (dropped, pasted, chosen)."""
        index = self.active_index()
        full = self._image_vector(data, content_hash(data), self.index_model(index))
        return self._search(index, full, k, filters, offset)

    def _image_vector(self, data: bytes, h: str, model: str) -> np.ndarray:
        """The cached vector of these bytes, or one model call for an unknown picture."""
        key = f"{model}\x00image\x00{h}"
        full = self.catalog.vector(h, model)
        if full is None:
            full = self.queries.get(key)  # asked before, e.g. the previous page
        if full is not None:
            return full
        try:
            payload = imaging.prepare_bytes_for_model(data).payload
        except imaging.ImageSkipped as exc:
            raise QueryError(f"Cannot use this image: {exc.reason}") from exc
        except imaging.ImageReadError as exc:
            raise QueryError(f"Cannot use this image: {exc}") from exc
        try:
            result = self.embedder(model).embed_images([payload])[0]
        except EmbeddingError as exc:
            raise _search_error(exc) from exc
        if isinstance(result, Rejected):
            raise QueryError(f"The embedding service refused this image: {result.reason}")
        self.queries.put(key, result)
        return result

    def image_file(
        self,
        path: str | os.PathLike[str],
        k: int = 50,
        filters: Filters = NO_FILTERS,
        offset: int = 0,
    ) -> list[SearchResult]:
        return self.image_bytes(_read(path), k, filters, offset)

    def similar(
        self,
        path: str | os.PathLike[str],
        k: int = 50,
        filters: Filters = NO_FILTERS,
        offset: int = 0,
    ) -> list[SearchResult]:
        """Photos like this one, itself left out. A library photo costs no API call."""
        index = self.active_index()  # before any model call: nothing indexed, nothing to ask
        real, given = os.path.realpath(path), os.path.abspath(path)
        model = self.index_model(index)
        h = self.catalog.hash_of_path(real) or self.catalog.hash_of_path(given)
        full = self.catalog.vector(h, model) if h else None
        if full is None:
            data = _read(path)
            h = content_hash(data)
            full = self._image_vector(data, h, model)
        # The photo itself is somewhere in the ranking; ask from the top so that leaving it
        # out shifts every page the same way and pages never overlap.
        results = self._search(index, full, offset + k + 1, filters, 0)
        out = []
        for r in results:
            if r.content_hash == h:
                others = tuple(p for p in r.paths if p not in (real, given))
                if not others:
                    continue  # the photo itself
                r = replace(r, paths=others)
            out.append(r)
        return out[offset : offset + k]

    # -- query vectors, for the relevance engine (search/engine.py) ----------------------------
    def spec(self) -> IndexSpec:
        return self._spec()

    def text_vectors(self, texts: list[str]) -> list[np.ndarray]:
        """Full-size vectors of these texts (by the model of the index searched): those asked
        before (this run or an earlier one) cost nothing, the others one model call."""
        cleaned = [clean_text(" ".join(t.split())) for t in texts]  # no lone surrogates
        for t in cleaned:
            check_length(t)
        model = self.index_model(self.active_index())
        keys = [f"{model}\x00{t}" for t in cleaned]
        found = [self.queries.get(k) for k in keys]
        for i, v in enumerate(found):
            if v is None and self.persistent is not None:
                earlier = self.persistent.get(model, cleaned[i])
                if earlier is not None:
                    self.queries.put(keys[i], earlier)
                    found[i] = earlier
        missing = [i for i, v in enumerate(found) if v is None]
        if missing:
            try:
                vectors = self.embedder(model).embed_texts([cleaned[i] for i in missing])
            except EmbeddingError as exc:
                raise _search_error(exc, " ".join(cleaned)) from exc
            for i, v in zip(missing, vectors, strict=True):
                self.queries.put(keys[i], v)
                if self.persistent is not None:
                    self.persistent.put(model, cleaned[i], v)
                found[i] = v
        return [v for v in found if v is not None]

    def picture_vector(self, data: bytes) -> tuple[str, np.ndarray]:
        """(content hash, full vector) of picture bytes; no model call for a known picture."""
        h = content_hash(data)
        return h, self._image_vector(data, h, self.index_model(self.active_index()))

    def photo_vector(self, path: str | os.PathLike[str]) -> tuple[str, np.ndarray]:
        """(content hash, full vector) of an image file; a library photo costs no model call."""
        real, given = os.path.realpath(path), os.path.abspath(path)
        h = self.catalog.hash_of_path(real) or self.catalog.hash_of_path(given)
        full = self.catalog.vector(h, self.index_model(self.active_index())) if h else None
        if h is not None and full is not None:
            return h, full
        return self.picture_vector(_read(path))

    def _search(
        self, index: IndexInfo, full: np.ndarray, k: int, filters: Filters, offset: int
    ) -> list[SearchResult]:
        dims = index.dims or self._spec().dims
        q = truncate(full, dims)
        return self.store.search(index.name, q, k, filters=filters, offset=offset)


def check_length(query: str) -> None:
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(
            f"The search text is {len(query):,} characters long; shorten it to at most "
            f"{MAX_QUERY_CHARS:,} (a few words describing the photo work best)."
        )


def _search_error(exc: EmbeddingError, query: str = "") -> SearchError:
    """The embedder's sentence as a SearchError of the right kind; the query, when a message
    repeats it, is clipped (a message never echoes unbounded input)."""
    text = str(exc)
    if query and len(query) > MAX_ECHO:
        text = text.replace(query, clip(query))
    if isinstance(exc, MissingCredentials | Misconfigured):
        return NotConfigured(text)
    return SearchError(text)


def _read(path: str | os.PathLike[str]) -> bytes:
    """A query picture's bytes, read safely: a FIFO, a device or a huge file is refused at
    once (opened without blocking, checked to be a regular file, read with a size cap)."""
    shown = clip(display_path(path), 200)
    if not os.path.lexists(path):
        raise QueryError(f"{shown} does not exist.")
    if os.path.isdir(path):
        raise QueryError(f"{shown} is a folder, not an image file.")
    try:
        return imaging.read_bytes(path, QUERY_MAX_BYTES)
    except (imaging.ImageSkipped, imaging.ImageReadError) as exc:
        raise QueryError(f"Cannot use {shown}: {exc.reason}") from exc
