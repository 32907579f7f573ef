"""Text, image and find-similar queries against the active index of a store."""

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
from photoseek.embedding.base import Embedder, EmbeddingError, Rejected
from photoseek.fspath import clean_text, display_path
from photoseek.hashing import content_hash
from photoseek.matryoshka import truncate
from photoseek.records import NO_FILTERS, Filters, SearchResult
from photoseek.stores.base import IndexInfo, IndexSpec, VectorStore

ACTIVE_TTL = 10.0  # seconds; another machine may move a shared cluster's alias
QUERY_MAX_BYTES = 64 << 20  # a query picture is read into memory: no more than this


class SearchError(Exception):
    """A query cannot be answered; the message says what to do next."""


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
        embedder: Callable[[], Embedder],
    ) -> None:
        self.catalog = catalog
        self.store = store
        self._spec = spec
        self._embedder_factory = embedder
        self._embedder: Embedder | None = None
        self._lock = threading.Lock()
        self.queries = QueryCache()
        self._active: tuple[str, IndexInfo | None, float] | None = None

    def forget_active_index(self) -> None:
        """An index run may have moved the alias; ask the store again next time."""
        self._active = None

    def embedder(self) -> Embedder:
        with self._lock:
            if self._embedder is None:
                self._embedder = self._embedder_factory()
            return self._embedder

    def close(self) -> None:
        if self._embedder is not None:
            self._embedder.close()
            self._embedder = None

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
            raise SearchError("Type something to search for.")
        index = self.active_index()
        model = self._spec().model
        key = f"{model}\x00{query}"
        full = self.queries.get(key)
        if full is None:
            try:
                full = self.embedder().embed_texts([query])[0]
            except EmbeddingError as exc:
                raise SearchError(str(exc)) from exc
            self.queries.put(key, full)
        return self._search(index, full, k, filters, offset)

    def image_bytes(
        self, data: bytes, k: int = 50, filters: Filters = NO_FILTERS, offset: int = 0
    ) -> list[SearchResult]:
        """Query by an image that may not be in the library (dropped, pasted, chosen)."""
        index = self.active_index()
        full = self._image_vector(data, content_hash(data))
        return self._search(index, full, k, filters, offset)

    def _image_vector(self, data: bytes, h: str) -> np.ndarray:
        """The cached vector of these bytes, or one model call for an unknown picture."""
        model = self._spec().model
        key = f"{model}\x00image\x00{h}"
        full = self.catalog.vector(h, model)
        if full is None:
            full = self.queries.get(key)  # asked before, e.g. the previous page
        if full is not None:
            return full
        try:
            payload = imaging.prepare_bytes_for_model(data).payload
        except imaging.ImageSkipped as exc:
            raise SearchError(f"Cannot use this image: {exc.reason}") from exc
        try:
            result = self.embedder().embed_images([payload])[0]
        except EmbeddingError as exc:
            raise SearchError(str(exc)) from exc
        if isinstance(result, Rejected):
            raise SearchError(f"The embedding service refused this image: {result.reason}")
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
        h = self.catalog.hash_of_path(real) or self.catalog.hash_of_path(given)
        full = self.catalog.vector(h, self._spec().model) if h else None
        if full is None:
            data = _read(path)
            h = content_hash(data)
            full = self._image_vector(data, h)
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

    def _search(
        self, index: IndexInfo, full: np.ndarray, k: int, filters: Filters, offset: int
    ) -> list[SearchResult]:
        dims = index.dims or self._spec().dims
        q = truncate(full, dims)
        return self.store.search(index.name, q, k, filters=filters, offset=offset)


def _read(path: str | os.PathLike[str]) -> bytes:
    """A query picture's bytes, read safely: a FIFO, a device or a huge file is refused at
    once (opened without blocking, checked to be a regular file, read with a size cap)."""
    shown = display_path(path)
    if not os.path.lexists(path):
        raise SearchError(f"{shown} does not exist.")
    try:
        return imaging.read_bytes(path, QUERY_MAX_BYTES)
    except (imaging.ImageSkipped, imaging.ImageReadError) as exc:
        raise SearchError(f"Cannot use {shown}: {exc.reason}") from exc
