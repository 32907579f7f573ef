"""The indexing pipeline: scan → identify (hash) → decode → embed → cache → sync to the store.

Decoding runs on a thread pool and embedding on another, so they overlap; the number of
files in flight is bounded, so memory stays flat whatever the library size. All catalog
writes happen on the thread that calls `run()`. Each batch of vectors is committed with its
files' states, so a crash (even SIGKILL) loses at most the requests in flight and a rerun
resumes without embedding anything twice.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from photoseek import imaging
from photoseek.catalog import Catalog, WorkItem
from photoseek.embedding.base import (
    Cancelled,
    Embedder,
    EmbeddingError,
    FatalEmbeddingError,
    Rejected,
)
from photoseek.hashing import content_hash
from photoseek.indexing.progress import Progress, RateMeter
from photoseek.matryoshka import truncate
from photoseek.records import FileState, Phase, PhotoMeta, SyncState
from photoseek.scanner import Excluder, scan
from photoseek.stores.base import IndexSpec, StoreDoc, StoreError, StoreUnavailable, VectorStore

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 3  # a file that failed for a transient reason is retried on this many runs
SYNC_BATCH = 256


@dataclass
class Identified:
    item: WorkItem
    hash: str
    meta: PhotoMeta
    payload: bytes | None  # None when the vector is already cached (no decode happened)


@dataclass
class Outcome:
    item: WorkItem
    state: FileState  # skipped | failed
    reason: str


@dataclass
class IndexOptions:
    batch_size: int = 16
    concurrency: int = 4
    decode_workers: int = max(2, min(8, os.cpu_count() or 2))
    exclude: list[str] = field(default_factory=list)
    include_hidden: bool = False
    follow_symlinks: bool = True
    skip_dirs: list[str] = field(default_factory=list)  # our own data/cache dirs
    scan: bool = True
    embed: bool = True
    settle_s: float = 0.0  # leave files modified this recently for a later run (being copied)


@dataclass
class IndexReport:
    progress: Progress
    error: str | None = None  # why the run stopped early (fatal API error, store down)
    sync_error: str | None = None
    cancelled: bool = False
    activated: str | None = None  # the index searches now use, when it became complete
    settling: int = 0  # files still being written when the scan saw them: left for later


class IndexRun:
    def __init__(
        self,
        catalog: Catalog,
        store: VectorStore,
        spec: IndexSpec,
        embedder_factory: Callable[[threading.Event], Embedder],
        options: IndexOptions,
        on_progress: Callable[[Progress], None] = lambda _p: None,
        stop: threading.Event | None = None,
        resume: threading.Event | None = None,
    ) -> None:
        self.catalog = catalog
        self.store = store
        self.spec = spec
        self.embedder_factory = embedder_factory
        self.options = options
        self.on_progress = on_progress
        self.stop = stop or threading.Event()
        self.resume = resume or threading.Event()  # cleared = paused
        if resume is None:
            self.resume.set()
        self.progress = Progress()
        self._meter = RateMeter()
        self._embedder: Embedder | None = None
        self._last_emit = 0.0

    # -- orchestration ----------------------------------------------------------------------
    def run(self) -> IndexReport:
        report = IndexReport(self.progress)
        try:
            if self.options.scan:
                report.settling = self._scan()
            if self.stop.is_set():
                report.cancelled = True
                return report
            if self.options.embed:
                report.error = self._embed_all()
            if self.stop.is_set():
                report.cancelled = True
                return report
            report.sync_error, report.activated = self._sync()
        finally:
            if self._embedder is not None:
                self.progress.tokens = self._embedder.tokens_used
                self._embedder.close()
            self.progress.phase = Phase.DONE
            self.progress.message = report.error or report.sync_error or ""
            self._emit(force=True)
        return report

    def _emit(self, force: bool = False) -> None:
        now = time.monotonic()
        if force or now - self._last_emit > 0.1:
            self._last_emit = now
            self.progress.paused = not self.resume.is_set()
            self.on_progress(self.progress)

    def _wait_if_paused(self) -> None:
        while not self.resume.is_set() and not self.stop.is_set():
            self._emit(force=True)
            self.resume.wait(0.25)

    # -- scanning ---------------------------------------------------------------------------
    def _scan(self) -> int:
        self.progress.phase = Phase.SCANNING
        self._emit(force=True)
        excluder = Excluder(
            self.options.exclude, self.options.include_hidden, self.options.skip_dirs
        )

        def seen(r: object) -> None:
            self.progress.scanned = getattr(r, "seen", 0)
            self._emit()

        result = scan(
            self.catalog,
            imaging.SUPPORTED_EXTENSIONS,
            excluder,
            self.options.follow_symlinks,
            on_progress=seen,
            cancelled=self.stop.is_set,
            settle_s=self.options.settle_s,
        )
        if result.missing_folders:
            self.progress.message = "Not found (skipped, nothing removed): " + ", ".join(
                result.missing_folders
            )
        log.info("scan: %s", result)
        return result.settling

    # -- identify, decode, embed ------------------------------------------------------------
    def _identify(self, item: WorkItem) -> Identified | Outcome:
        """Runs on a decode worker: hash the bytes, and decode only if the vector is unknown."""
        try:
            with open(item.path, "rb") as f:
                data = f.read()
        except OSError as exc:
            return Outcome(item, FileState.FAILED, f"cannot read the file: {exc.strerror or exc}")
        h = content_hash(data)
        try:
            if self.catalog.has_vector(h, self.spec.model):
                return Identified(item, h, imaging.read_metadata(item.path), None)
            prepared = imaging.prepare_bytes_for_model(data)
            return Identified(item, h, prepared.meta, prepared.payload)
        except imaging.ImageSkipped as exc:
            return Outcome(item, FileState.SKIPPED, exc.reason)
        except imaging.ImageReadError as exc:
            return Outcome(item, FileState.FAILED, str(exc))
        except Exception as exc:  # one odd file must never stop the run
            log.exception("unexpected error on %s", item.path)
            return Outcome(
                item, FileState.FAILED, f"unexpected error: {exc.__class__.__name__}: {exc}"
            )

    def _embed_all(self) -> str | None:
        work = self.catalog.work_items(MAX_ATTEMPTS)
        p = self.progress
        p.phase = Phase.EMBEDDING
        p.total = len(work)
        self._emit(force=True)
        if not work:
            return None
        opts = self.options
        lookahead = max(opts.batch_size * (opts.concurrency + 1), opts.decode_workers * 2)
        error: str | None = None
        pending_items = iter(work)
        decoding: set[Future[Any]] = set()
        embedding: dict[Future[Any], list[tuple[str, list[WorkItem]]]] = {}
        batch: dict[str, tuple[bytes, list[WorkItem]]] = {}
        in_flight_hashes: dict[str, list[WorkItem]] = {}
        reused: list[WorkItem] = []
        exhausted = False

        decode_pool = ThreadPoolExecutor(opts.decode_workers, thread_name_prefix="ps-decode")
        embed_pool = ThreadPoolExecutor(opts.concurrency, thread_name_prefix="ps-embed")
        try:
            while True:
                self._wait_if_paused()
                stopping = self.stop.is_set() or error is not None
                # Keep the decoders fed, within the look-ahead bound.
                while not stopping and not exhausted and len(decoding) + len(batch) < lookahead:
                    nxt = next(pending_items, None)
                    if nxt is None:
                        exhausted = True
                        break
                    decoding.add(decode_pool.submit(self._identify, nxt))
                # Send a full batch (or the last one) when a request slot is free.
                flush_last = exhausted and not decoding
                ready = len(batch) >= opts.batch_size or (flush_last and batch)
                if ready and not stopping and len(embedding) < opts.concurrency:
                    head = dict(list(batch.items())[: opts.batch_size])
                    for h in head:
                        del batch[h]
                    error = self._submit_batch(embed_pool, embedding, head, in_flight_hashes)
                    continue
                if reused:
                    self.catalog.mark_indexed([i.id for i in reused])
                    p.indexed += len(reused)
                    p.reused += len(reused)
                    p.done += len(reused)
                    reused = []
                waitables = decoding | set(embedding)
                if not waitables:
                    break
                if stopping and not embedding:
                    break  # decodes in flight are dropped: their files stay `new`
                done, _ = wait(waitables, timeout=0.5, return_when=FIRST_COMPLETED)
                for fut in done:
                    if fut in decoding:
                        decoding.discard(fut)
                        if not stopping:
                            self._take_identified(fut.result(), batch, in_flight_hashes, reused)
                    else:
                        err = self._take_vectors(fut, embedding.pop(fut), in_flight_hashes)
                        error = error or err
                self._meter.update(p.done, p.total, p)
                self._emit()
        finally:
            decode_pool.shutdown(wait=True, cancel_futures=True)
            embed_pool.shutdown(wait=True, cancel_futures=True)
            if self._embedder is not None:
                p.tokens = self._embedder.tokens_used
        if error and batch:
            self.catalog.note_error([i.id for _, items in batch.values() for i in items], error)
        return error

    def _take_identified(
        self,
        result: Identified | Outcome,
        batch: dict[str, tuple[bytes, list[WorkItem]]],
        in_flight: dict[str, list[WorkItem]],
        reused: list[WorkItem],
    ) -> None:
        p = self.progress
        if isinstance(result, Outcome):
            if result.state is FileState.SKIPPED:
                self.catalog.mark_skipped(result.item.id, result.reason)
                p.skipped += 1
            else:
                self.catalog.mark_failed(result.item.id, result.reason)
                p.failed += 1
            p.done += 1
            return
        self.catalog.record_identified(result.item.id, result.hash, result.meta)
        if result.payload is None:
            reused.append(result.item)
        elif result.hash in in_flight:  # a copy of a photo already on its way to the model
            in_flight[result.hash].append(result.item)
        elif result.hash in batch:
            batch[result.hash][1].append(result.item)
        elif self.catalog.has_vector(result.hash, self.spec.model):
            reused.append(result.item)  # a copy whose twin finished while this one decoded
        else:
            batch[result.hash] = (result.payload, [result.item])

    def _submit_batch(
        self,
        pool: ThreadPoolExecutor,
        embedding: dict[Future[Any], list[tuple[str, list[WorkItem]]]],
        batch: dict[str, tuple[bytes, list[WorkItem]]],
        in_flight: dict[str, list[WorkItem]],
    ) -> str | None:
        if self._embedder is None:
            try:
                self._embedder = self.embedder_factory(self.stop)
            except EmbeddingError as exc:
                self.catalog.note_error([i.id for _, its in batch.values() for i in its], str(exc))
                return str(exc)
        sent = []
        for h, (_, items) in batch.items():
            in_flight[h] = items
            sent.append((h, items))
        payloads = [payload for payload, _ in batch.values()]
        embedding[pool.submit(self._embedder.embed_images, payloads)] = sent
        return None

    def _take_vectors(
        self,
        fut: Future[list[np.ndarray | Rejected]],
        sent: list[tuple[str, list[WorkItem]]],
        in_flight: dict[str, list[WorkItem]],
    ) -> str | None:
        p = self.progress
        for h, _ in sent:
            in_flight.pop(h, None)
        try:
            results = fut.result()
        except Cancelled:
            return None  # the files stay `new`; the run reports itself as cancelled
        except EmbeddingError as exc:
            ids = [i.id for _, items in sent for i in items]
            self.catalog.note_error(ids, str(exc))
            if not isinstance(exc, FatalEmbeddingError):
                log.warning("embedding stopped: %s", exc)
            return str(exc)
        good: list[tuple[str, np.ndarray]] = []
        good_ids: list[int] = []
        for (h, items), r in zip(sent, results, strict=True):
            if isinstance(r, Rejected):
                for i in items:
                    self.catalog.mark_skipped(i.id, f"the embedding service refused it: {r.reason}")
                p.skipped += len(items)
            else:
                good.append((h, r))
                good_ids += [i.id for i in items]
                p.indexed += len(items)
                p.embedded += 1
            p.done += len(items)
        if good:
            self.catalog.store_vectors(good, self.spec.model, good_ids)
        if self._embedder is not None:
            p.tokens = self._embedder.tokens_used
        return None

    # -- sync to the store ------------------------------------------------------------------
    def _sync(self) -> tuple[str | None, str | None]:
        """Push pending documents and deletions; activate the index once it is complete."""
        cat, store, spec = self.catalog, self.store, self.spec
        p = self.progress
        p.phase = Phase.SYNCING
        try:
            store.ensure_index(spec)
        except StoreError as exc:
            return str(exc), None
        cat.register_index(store.key, spec.name, spec.model, spec.dims)
        cat.plan_sync(store.key, spec.name, spec.model)
        counts = cat.sync_counts(store.key, spec.name)
        p.sync_total = counts.get(SyncState.PENDING, 0) + counts.get(SyncState.DELETE, 0)
        p.sync_done = 0
        self._emit(force=True)
        try:
            while not self.stop.is_set():
                self._wait_if_paused()
                deletes = cat.sync_batch(store.key, spec.name, SyncState.DELETE, SYNC_BATCH)
                if deletes:
                    refused = {e.id: e.reason for e in store.delete(spec.name, deletes)}
                    done = [h for h in deletes if h not in refused]
                    cat.forget_synced_deletes(store.key, spec.name, done)
                    for doc_id, reason in refused.items():
                        cat.set_sync_state(store.key, spec.name, [doc_id], SyncState.FAILED, reason)
                    p.sync_done += len(deletes)
                    self._emit()
                    continue
                hashes = cat.sync_batch(store.key, spec.name, SyncState.PENDING, SYNC_BATCH)
                if not hashes:
                    break
                self._push(hashes)
                p.sync_done += len(hashes)
                self._emit()
        except StoreUnavailable as exc:
            waiting = sum(
                cat.sync_counts(store.key, spec.name).get(s, 0)
                for s in (SyncState.PENDING, SyncState.DELETE)
            )
            return (
                f"{exc} {waiting} photos wait to be synced; they are kept and will be sent "
                "on the next run.",
                None,
            )
        except StoreError as exc:
            return str(exc), None
        try:
            store.refresh(spec.name)
        except StoreError as exc:
            return str(exc), None
        if self.stop.is_set():
            return None, None
        counts = cat.sync_counts(store.key, spec.name)
        complete = not counts.get(SyncState.PENDING) and not counts.get(SyncState.DELETE)
        cat.set_index_complete(store.key, spec.name, complete)
        if complete:
            active = store.active(spec.alias)
            if active is None or active.name != spec.name:
                store.activate(spec)
                return None, spec.name
        return None, None

    def _push(self, hashes: list[str]) -> None:
        cat, spec = self.catalog, self.spec
        docs_info = cat.docs(hashes)
        vectors = cat.vectors(list(docs_info), spec.model)
        docs = []
        for h in hashes:
            info = docs_info.get(h)
            v = vectors.get(h)
            if info is None or v is None:
                continue  # no indexed file has it any more: plan_sync turns it into a delete
            docs.append(
                StoreDoc(
                    id=h,
                    vector=truncate(v, spec.dims),
                    paths=info.paths,
                    folders=info.folders,
                    file_name=os.path.basename(info.paths[0]),
                    size=info.size,
                    meta=info.meta,
                )
            )
        errors = self.store.upsert(spec.name, docs) if docs else []
        failed = {e.id: e.reason for e in errors}
        ok = [d.id for d in docs if d.id not in failed]
        cat.set_sync_state(self.store.key, spec.name, ok, SyncState.SYNCED)
        for doc_id, reason in failed.items():
            cat.set_sync_state(self.store.key, spec.name, [doc_id], SyncState.FAILED, reason)
        gone = [h for h in hashes if h not in docs_info or h not in vectors]
        if gone:
            cat.set_sync_state(self.store.key, spec.name, gone, SyncState.DELETE)
