"""The indexing pipeline: scan → identify (hash) → decode → embed → cache → sync to the store.

Decoding runs on a thread pool and embedding on another, so they overlap; the number of
files in flight is bounded, so memory stays flat whatever the library size. All catalog
writes happen on the thread that calls `run()`. Each batch of vectors is committed with its
files' states, so a crash (even SIGKILL) loses at most the requests in flight and a rerun
resumes without embedding anything twice.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np
from PIL import Image

from photoseek import imaging
from photoseek.catalog import Catalog, WorkItem
from photoseek.embedding.base import (
    Cancelled,
    Embedder,
    EmbeddingError,
    FatalEmbeddingError,
    Rejected,
)
from photoseek.fspath import display_path
from photoseek.hashing import content_hash
from photoseek.imaging.helper_processes import HelperProcesses
from photoseek.indexing.progress import Progress, RateMeter
from photoseek.indexing.reconcile import reconcile
from photoseek.matryoshka import truncate
from photoseek.records import FileState, Phase, PhotoMeta, SyncState
from photoseek.scanner import Excluder, scan
from photoseek.stores.base import IndexSpec, StoreDoc, StoreError, StoreUnavailable, VectorStore

log = logging.getLogger(__name__)

# Photos refused in a row with the same words, none taken meanwhile, after which the refusal is
# taken for the service's (everything is refused alike), not the photos'.
REFUSED_ALIKE = 8
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


def default_decode_workers() -> int:
    """One decoder per core (at most 8): decoding is the CPU work; the embedding requests and
    the catalog writes mostly wait on the network and the disk."""
    return max(1, min(8, os.cpu_count() or 2))


def default_heif_threads(decode_workers: int) -> int:
    """A HEIF decode gets the cores the decoders leave it, not more."""
    return max(1, (os.cpu_count() or 2) // decode_workers)


@dataclass
class IndexOptions:
    batch_size: int = 16
    concurrency: int = 4
    decode_workers: int = field(default_factory=lambda: default_decode_workers())
    exclude: list[str] = field(default_factory=list)
    include_hidden: bool = False
    follow_symlinks: bool = True
    skip_dirs: list[str] = field(default_factory=list)  # our own data/cache dirs
    scan: bool = True
    embed: bool = True
    vector_source: str | None = None  # which provider makes the vectors (kept beside them)
    # The grid's disk thumbnails are written from the image decoded for the payload (None:
    # not at all); the cache is pruned to `thumbnail_cache_bytes` after a run that wrote some.
    thumbnails_dir: Path | None = None
    thumbnail_cache_bytes: int | None = None
    settle_s: float = 0.0  # leave files modified this recently for a later run (being copied)
    # Where new photos are decoded: helper processes (the window's, so that its GUI thread
    # never waits for the interpreter lock) or, when None, the decode threads themselves.
    helpers: HelperProcesses | None = None


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
        self._embedder_error: str | None = None  # why the embedder cannot be made
        self._last_emit = 0.0
        self._emit_lock = threading.RLock()
        self._streak: list[int] = []  # refused in a row with the same words: REFUSED_ALIKE
        self._streak_words = ""
        self._alike: tuple[str, str] | None = None  # (words, message) once refused alike
        self._thumbs = (
            imaging.GridThumbnails(options.thumbnails_dir) if options.thumbnails_dir else None
        )
        self._thumb_error: str | None = None
        # Hashes and metadata of identified files, written in one transaction per batch (and
        # always before any of those files is marked indexed): a per-file transaction on the
        # main thread held the catalog's lock that the decoders' lookups wait for.
        self._identified: list[tuple[int, str, PhotoMeta]] = []

    # -- orchestration ----------------------------------------------------------------------
    def run(self) -> IndexReport:
        report = IndexReport(self.progress)
        self.progress.model = self.spec.model
        try:
            if self.options.scan:
                self.progress.folders = len(self.catalog.folders())
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
        with self._emit_lock:  # embed workers report waits too (see `notice`)
            now = time.monotonic()
            if force or now - self._last_emit > 0.1:
                self._last_emit = now
                self.progress.paused = not self.resume.is_set()
                self.on_progress(self.progress)

    def notice(self, text: str, _seconds: float) -> None:
        """The service makes the run wait (rate limit, unreachable, …): say so on screen until
        the next answer arrives. Called from the embedding threads."""
        self.progress.notice = text
        self._emit(force=True)

    def _wait_if_paused(self) -> None:
        if self.resume.is_set() or self.stop.is_set():
            return
        began = time.monotonic()
        while not self.resume.is_set() and not self.stop.is_set():
            self._emit(force=True)
            self.resume.wait(0.25)
        self._meter.skip(time.monotonic() - began)  # rate and ETA leave the pause out

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
        self.progress.skipped += result.new_problems  # listed with a reason, like any skip
        self._count_problems()
        if result.missing_folders:
            self.progress.message = "Not found (skipped, nothing removed): " + ", ".join(
                display_path(f) for f in result.missing_folders
            )
        log.info("scan: %s", result)
        return result.settling

    def _count_problems(self) -> None:
        """The library-wide skipped / failed counts: what `status` and the problem list show."""
        counts = self.catalog.problem_counts()
        self.progress.skipped_total = counts[FileState.SKIPPED]
        self.progress.failed_total = counts[FileState.FAILED]

    # -- identify, decode, embed ------------------------------------------------------------
    def _identify(self, item: WorkItem) -> Identified | Outcome:
        """Runs on a decode worker: read the file once (safely: a FIFO, a device or a huge
        file swapped in after the scan is refused, never waited on), hash it, and decode it
        only if its vector is unknown; the grid's thumbnails come from that same decode."""
        try:
            with imaging.PhotoFile(item.path) as f:
                stream: BinaryIO
                if f.size <= imaging.IN_MEMORY_BYTES:
                    data = f.read_all()
                    h = content_hash(data)
                    stream = io.BytesIO(data)
                else:  # hashed in chunks, decoded from the file: memory stays bounded
                    imaging.read_metadata_from(f.file)  # junk fails here, before it is read
                    h = f.hash_chunks()
                    stream = f.file
                stream.seek(0)
                if self.catalog.has_vector(h, self.spec.model):
                    meta = imaging.read_metadata_from(stream)
                    f.check_unchanged()
                    return Identified(item, h, meta, None)
                helpers = self.options.helpers
                if helpers is not None and isinstance(stream, io.BytesIO):
                    prepared = self._prepare_in_helper(helpers, stream.getvalue(), h)
                    f.check_unchanged()
                    return Identified(item, h, prepared.meta, prepared.payload)
                prepared, image = imaging.prepare_stream(stream)
                f.check_unchanged()
            self._write_thumbnails(h, image, prepared.payload)
            return Identified(item, h, prepared.meta, prepared.payload)
        except imaging.ImageSkipped as exc:
            return Outcome(item, FileState.SKIPPED, exc.reason)
        except imaging.ImageReadError as exc:
            return Outcome(item, FileState.FAILED, exc.reason)
        except Exception as exc:  # one odd file must never stop the run
            log.exception("unexpected error on %s", display_path(item.path))
            return Outcome(
                item, FileState.FAILED, f"unexpected error: {exc.__class__.__name__}: {exc}"
            )

    def _flush_identified(self) -> None:
        if self._identified:
            self.catalog.record_identified_many(self._identified)
            self._identified = []

    def _prepare_in_helper(
        self, helpers: HelperProcesses, data: bytes, h: str
    ) -> imaging.PreparedImage:
        """The payload made in a helper process, which writes the thumbnails too."""
        where = None if self._thumbs is None or self._thumb_error else self._thumbs.cache.cache_dir
        made = helpers.prepare(data, h, where)
        if self._thumbs is not None and made.thumbnails_written:
            self._thumbs.count(made.thumbnails_written, made.thumbnail_bytes)
        if made.thumbnail_error:
            self._thumbnails_failed(made.thumbnail_error)
        return made.prepared

    def _write_thumbnails(self, h: str, image: Image.Image, payload: bytes) -> None:
        if self._thumbs is None or self._thumb_error is not None:
            return
        try:
            self._thumbs.write(h, image, payload)
        except OSError as exc:  # the cache's problem, never the photo's: the grid makes them
            self._thumbnails_failed(exc.strerror or str(exc))

    def _thumbnails_failed(self, reason: str) -> None:
        """The cache cannot be written: said once, and no more thumbnails are tried."""
        if self._thumb_error is None:
            self._thumb_error = reason
            log.warning("grid thumbnails are not written during indexing: %s", reason)

    def _prune_thumbnails(self) -> None:
        limit = self.options.thumbnail_cache_bytes
        if self._thumbs is None or not self._thumbs.written or limit is None:
            return
        try:
            report = imaging.prune(self._thumbs.cache.cache_dir, limit)
        except OSError as exc:
            log.info("thumbnail cache not pruned: %s", exc)
            return
        if report.removed:
            log.info("thumbnail cache pruned: %s", report)

    def _embed_all(self) -> str | None:
        # With the model: photos indexed by another model need this one's vectors too.
        work = self.catalog.work_items(MAX_ATTEMPTS, self.spec.model)
        p = self.progress
        p.phase = Phase.EMBEDDING
        p.total = len(work)
        self._emit(force=True)
        if not work:
            self._count_problems()
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
        # Finished futures arrive here (O(1) each): waiting on the whole set with
        # concurrent.futures.wait() re-armed a waiter on every future in flight at every turn.
        finished: queue.SimpleQueue[Future[Any]] = queue.SimpleQueue()

        # A decoder per core; a HEIF decode then gets the cores the pool leaves it, not more.
        heif_threads = default_heif_threads(opts.decode_workers)
        decode_pool = ThreadPoolExecutor(
            opts.decode_workers,
            thread_name_prefix="ps-decode",
            initializer=imaging.set_decoder_threads,
            initargs=(heif_threads,),
        )
        embed_pool = ThreadPoolExecutor(opts.concurrency, thread_name_prefix="ps-embed")

        def send_one() -> bool:
            """Send a full batch (or the last one) when a request slot is free."""
            nonlocal error
            flush_last = exhausted and not decoding
            ready = len(batch) >= opts.batch_size or (flush_last and batch)
            if not ready or len(embedding) >= opts.concurrency:
                return False
            head = dict(list(batch.items())[: opts.batch_size])
            for h in head:
                del batch[h]
            error = self._submit_batch(embed_pool, embedding, head, in_flight_hashes, finished.put)
            return True

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
                    decode = decode_pool.submit(self._identify, nxt)
                    decoding.add(decode)
                    decode.add_done_callback(finished.put)
                if not stopping and send_one():
                    continue
                if len(self._identified) >= opts.batch_size:
                    self._flush_identified()
                if reused:
                    self._flush_identified()
                    self.catalog.mark_indexed([i.id for i in reused])
                    p.indexed += len(reused)
                    p.reused += len(reused)
                    p.done += len(reused)
                    reused = []
                if not decoding and not embedding:
                    break
                if stopping and not embedding:
                    break  # decodes in flight are dropped: their files stay `new`
                done: list[Future[Any]] = []
                with contextlib.suppress(queue.Empty):
                    done.append(finished.get(timeout=0.5))
                while True:
                    try:
                        done.append(finished.get_nowait())
                    except queue.Empty:
                        break
                answered: list[tuple[Future[Any], list[tuple[str, list[WorkItem]]]]] = []
                for fut in done:
                    if fut in decoding:
                        decoding.discard(fut)
                        if not stopping:
                            self._take_identified(fut.result(), batch, in_flight_hashes, reused)
                    elif fut in embedding:
                        answered.append((fut, embedding.pop(fut)))
                # A slot that came free is refilled before the answers' vectors are stored:
                # the next request waits for no catalog write (unless an answer failed).
                if not stopping and answered and all(f.exception() is None for f, _ in answered):
                    while send_one() and error is None:
                        pass
                for fut, sent in answered:
                    err = self._take_vectors(fut, sent, in_flight_hashes)
                    error = error or err
                self._meter.update(p.done, p.total, p)
                self._emit()
        finally:
            decode_pool.shutdown(wait=True, cancel_futures=True)
            embed_pool.shutdown(wait=True, cancel_futures=True)
            self._flush_identified()
            if self._embedder is not None:
                p.tokens = self._embedder.tokens_used
        if error and batch:
            self.catalog.note_error([i.id for _, items in batch.values() for i in items], error)
        self._prune_thumbnails()
        self._count_problems()
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
        self._identified.append((result.item.id, result.hash, result.meta))
        if result.payload is None:
            reused.append(result.item)
            return
        self._open_embedder()  # while the first batch decodes, not once it is ready
        if result.hash in in_flight:  # a copy of a photo already on its way to the model
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
        on_done: Callable[[Future[Any]], object] = lambda _f: None,
    ) -> str | None:
        reason = self._open_embedder()
        if self._embedder is None:
            self.catalog.note_error([i.id for _, its in batch.values() for i in its], reason or "")
            return reason
        sent = []
        for h, (_, items) in batch.items():
            in_flight[h] = items
            sent.append((h, items))
        payloads = [payload for payload, _ in batch.values()]
        fut = pool.submit(self._embedder.embed_images, payloads)
        embedding[fut] = sent
        fut.add_done_callback(on_done)
        return None

    def _open_embedder(self) -> str | None:
        """Makes the embedder once; why it cannot be made, or None."""
        if self._embedder is None and self._embedder_error is None:
            try:
                self._embedder = self.embedder_factory(self.stop)
            except EmbeddingError as exc:
                self._embedder_error = str(exc)
        return self._embedder_error

    def _take_vectors(
        self,
        fut: Future[list[np.ndarray | Rejected]],
        sent: list[tuple[str, list[WorkItem]]],
        in_flight: dict[str, list[WorkItem]],
    ) -> str | None:
        p = self.progress
        p.notice = ""  # an answer came: whatever made the run wait is over
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
                log.info("embedding stopped: %s", exc)  # reported to the user as the run's error
            return str(exc)
        good: list[tuple[str, np.ndarray]] = []
        good_ids: list[int] = []
        for (h, items), r in zip(sent, results, strict=True):
            if isinstance(r, Rejected):
                for i in items:
                    self.catalog.mark_skipped(i.id, f"the embedding service refused it: {r.reason}")
                p.skipped += len(items)
                self._refused(r, items)
            else:
                good.append((h, r))
                good_ids += [i.id for i in items]
                p.indexed += len(items)
                p.embedded += 1
                self._streak = []  # the service takes photos: its refusals are about them
            p.done += len(items)
        if good:
            self._flush_identified()  # their hashes are in the catalog before they are indexed
            self.catalog.store_vectors(good, self.spec.model, good_ids, self.options.vector_source)
        if self._embedder is not None:
            p.tokens = self._embedder.tokens_used
        alike = self._alike is not None and self._streak_words == self._alike[0]
        if self._streak and (len(self._streak) >= REFUSED_ALIKE or alike):
            return self._refused_alike()  # answers in flight then are refused alike too
        return None

    def _refused(self, r: Rejected, items: list[WorkItem]) -> None:
        words = r.message or r.reason
        if words != self._streak_words:
            self._streak, self._streak_words = [], words
        self._streak += [i.id for i in items]

    def _refused_alike(self) -> str:
        """Photo after photo refused with the same words and none taken: the service refuses
        everything (a model it does not serve for this key, an account problem), so it is no
        verdict on these photos. They go back to waiting, and the run stops saying why."""
        ids, words = self._streak, self._streak_words
        if self._alike is None:
            self._alike = (
                words,
                (
                    f"The embedding service refused {len(ids)} photos in a row with the same "
                    f"answer ({words}); it seems to refuse every photo. They were not marked "
                    "skipped and wait for the next run."
                ),
            )
        message = self._alike[1]
        self.catalog.unskip(ids, message)
        self.progress.skipped -= len(ids)
        self._streak = []
        return message

    # -- sync to the store ------------------------------------------------------------------
    def _sync(self) -> tuple[str | None, str | None]:
        """Push pending documents and deletions; activate the index once it is complete."""
        cat, store, spec = self.catalog, self.store, self.spec
        p = self.progress
        p.phase = Phase.SYNCING
        try:
            store.ensure_index(spec)
            cat.register_index(store.key, spec.name, spec.model, spec.dims)
            cat.plan_sync(store.key, spec.name, spec.model)
            p.resent = reconcile(cat, store, spec).lost
        except StoreUnavailable as exc:
            return self._kept(exc), None
        except StoreError as exc:
            return str(exc), None
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
                    p.sync_failed += len(refused)
                    p.sync_removed += len(done)
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
            return self._kept(exc), None
        except StoreError as exc:
            return str(exc), None
        try:
            store.refresh(spec.name)
        except StoreError as exc:
            return str(exc), None
        if self.stop.is_set():
            return None, None
        counts = cat.sync_counts(store.key, spec.name)
        synced = not counts.get(SyncState.PENDING) and not counts.get(SyncState.DELETE)
        # After a model switch the new index is complete only once every indexed photo has
        # this model's vector; until then searches stay on the index they use now. (With no
        # index active yet, a partial one is better than none.)
        active = store.active(spec.alias)
        complete = synced and (active is None or cat.missing_vectors(spec.model) == 0)
        cat.set_index_complete(store.key, spec.name, complete)
        # An index that holds nothing (a first run without an API key, no folders) is not
        # worth switching searches to: they would say "nothing found" instead of what is wrong.
        if complete and counts.get(SyncState.SYNCED):
            active = store.active(spec.alias)
            if active is None or active.name != spec.name:
                store.activate(spec)
                return None, spec.name
        return None, None

    def _kept(self, exc: StoreError) -> str:
        """The store is down: say so, and that nothing is lost."""
        cat, key, name = self.catalog, self.store.key, self.spec.name
        cat.plan_sync(key, name, self.spec.model)  # idempotent: what this index will need
        counts = cat.sync_counts(key, name)
        waiting = counts.get(SyncState.PENDING, 0) + counts.get(SyncState.DELETE, 0)
        if not waiting:
            return str(exc)
        return (
            f"{exc} {waiting} photos wait to be synced; they are kept and will be sent on the "
            "next run."
        )

    def _push(self, hashes: list[str]) -> None:
        cat, spec = self.catalog, self.spec
        docs_info = cat.docs(hashes)
        vectors = cat.vectors(list(docs_info), spec.model)
        # A vector recovered from a smaller index (a rebuilt catalog) cannot make this size:
        # its photos go back to the model (the next run), the rest is written now.
        short = [h for h, v in vectors.items() if v.shape[0] < spec.dims]
        if short:
            cat.forget_vectors(short, spec.model)
            for h in short:
                del vectors[h]
            self.progress.message = (
                f"{len(short)} photos need their vector again (the one recovered from the "
                "store is smaller than this size); the next run asks the model."
            )
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
        self.progress.sync_failed += len(failed)
        self.progress.sync_written += len(ok)
        cat.set_sync_state(self.store.key, spec.name, ok, SyncState.SYNCED)
        for doc_id, reason in failed.items():
            cat.set_sync_state(self.store.key, spec.name, [doc_id], SyncState.FAILED, reason)
        gone = [h for h in hashes if h not in docs_info or h not in vectors]
        if gone:
            cat.set_sync_state(self.store.key, spec.name, gone, SyncState.DELETE)
