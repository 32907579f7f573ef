"""Keeping the library current by itself: settling, the watcher over real inotify, fallbacks.

Waits are on the watcher's own run records (a condition), with a deadline for the filesystem;
no test sleeps to let time pass except where a file is written slowly on purpose.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from photoseek import imaging
from photoseek.catalog import Catalog
from photoseek.hashing import content_hash
from photoseek.indexing.lock import IndexLock
from photoseek.library import Library
from photoseek.records import FileState
from photoseek.scanner import Excluder, scan
from photoseek.watching import FolderMode, LibraryWatcher, RunRecord, WatchOptions
from photoseek.watching.changes import PendingChanges
from photoseek.watching.mounts import fs_type, is_network_fs, parse_mountinfo
from tests.synthetic import red_flowers, snow

FOUND_WITHIN_S = 10.0  # the promise: a copied photo is searchable within 10 s
FAST = WatchOptions(settle_s=0.4, debounce_s=0.2, check_s=0.2, busy_retry_s=0.3)


def age(folder: Path, seconds: float = 60.0) -> None:
    """Make every file under `folder` look written a while ago (fresh ones are left to settle)."""
    past = time.time() - seconds
    for p in folder.rglob("*"):
        os.utime(p, (past, past))


def jpeg_bytes(draw: Callable[[int], Any], seed: int) -> bytes:
    import io

    buf = io.BytesIO()
    draw(seed).save(buf, format="JPEG", quality=90)
    return buf.getvalue()


def payload_digest(data: bytes) -> str:
    """What the fake records for an image the pipeline sent: sha256 of the 512 px payload."""
    return hashlib.sha256(imaging.prepare_bytes_for_model(data).payload).hexdigest()


class Runs:
    """The watcher's run records, with a wait on a condition."""

    def __init__(self) -> None:
        self.records: list[RunRecord] = []
        self.notes: list[str] = []
        self._cond = threading.Condition()

    def add(self, record: RunRecord) -> None:
        with self._cond:
            self.records.append(record)
            self._cond.notify_all()

    def note(self, text: str) -> None:
        with self._cond:
            self.notes.append(text)
            self._cond.notify_all()

    def wait(self, predicate: Callable[[], bool], timeout: float = FOUND_WITHIN_S) -> bool:
        with self._cond:
            return self._cond.wait_for(predicate, timeout)

    def wait_run(self, after: int, timeout: float = FOUND_WITHIN_S) -> RunRecord:
        assert self.wait(lambda: len(self.records) > after, timeout), self.records
        return self.records[after]


@pytest.fixture
def watch(library: Library) -> Iterator[Callable[..., tuple[LibraryWatcher, Runs]]]:
    started: list[LibraryWatcher] = []

    def make(options: WatchOptions = FAST, **kwargs: Any) -> tuple[LibraryWatcher, Runs]:
        runs = Runs()
        w = LibraryWatcher(library, options=options, on_run=runs.add, on_note=runs.note, **kwargs)
        started.append(w)
        w.start()
        return w, runs

    yield make
    for w in started:
        assert w.stop(30)


def searchable(library: Library, path: Path, query: str = "red flowers") -> bool:
    return str(path) in {r.path for r in library.search.text(query, k=100)}


# -- settling ----------------------------------------------------------------------------------
def test_scan_leaves_a_file_written_a_moment_ago(tmp_path: Path) -> None:
    cat = Catalog(tmp_path / "c.sqlite")
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "old.jpg").write_bytes(b"x" * 10)
    age(folder)
    cat.add_folder(folder)
    exts, excl = imaging.SUPPORTED_EXTENSIONS, Excluder([], False)
    assert scan(cat, exts, excl, settle_s=2).added == 1

    (folder / "fresh.jpg").write_bytes(b"y" * 10)  # mtime: now
    (folder / "old.jpg").write_bytes(b"x" * 20)  # a known file being rewritten
    report = scan(cat, exts, excl, settle_s=2)
    assert (report.added, report.changed, report.removed, report.settling) == (0, 0, 0, 2)
    assert set(cat.known_files(cat.folders()[0].id)) == {str(folder / "old.jpg")}

    age(folder)
    report = scan(cat, exts, excl, settle_s=2)
    assert (report.added, report.changed, report.settling) == (1, 1, 0)
    cat.close()


def test_a_clock_far_ahead_does_not_hold_a_file_back(tmp_path: Path) -> None:
    cat = Catalog(tmp_path / "c.sqlite")
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "future.jpg").write_bytes(b"z")
    ahead = time.time() + 3600  # a network share with a clock an hour ahead
    os.utime(folder / "future.jpg", (ahead, ahead))
    cat.add_folder(folder)
    report = scan(cat, imaging.SUPPORTED_EXTENSIONS, Excluder([], False), settle_s=2)
    assert (report.added, report.settling) == (1, 0)
    cat.close()


def test_pending_changes_wait_until_size_and_mtime_stand_still() -> None:
    sizes: dict[str, tuple[int, int] | None] = {"a.jpg": (1, 1)}
    changes = PendingChanges(settle_s=2.0, debounce_s=0.5, stat=lambda p: sizes.get(p))
    changes.add("a.jpg", now=0.0)
    changes.look(1.0)
    assert not changes.ready(1.9, max_wait_s=30)
    sizes["a.jpg"] = (2, 2)  # still growing
    changes.look(1.9)
    assert not changes.ready(3.0, max_wait_s=30)
    assert changes.ready(3.9, max_wait_s=30)
    changes.add("gone.jpg", now=4.0)  # deleted: only the debounce
    assert not changes.ready(4.3, max_wait_s=30)
    assert changes.ready(4.5, max_wait_s=30)
    assert sorted(changes.take_settled(4.5)) == ["a.jpg", "gone.jpg"]
    assert len(changes) == 0 and changes.next_due(5.0) is None


def test_a_steady_stream_still_gets_a_run_for_what_settled() -> None:
    sizes: dict[str, tuple[int, int] | None] = {"done.jpg": (1, 1), "busy.jpg": (1, 1)}
    changes = PendingChanges(settle_s=2.0, debounce_s=0.5, stat=lambda p: sizes.get(p))
    changes.add("done.jpg", now=0.0)
    changes.add("busy.jpg", now=0.0)
    for t in range(1, 40):
        sizes["busy.jpg"] = (t, t)
        changes.look(float(t))
        if changes.ready(float(t), max_wait_s=30):
            break
    assert t == 30
    assert changes.take_settled(float(t)) == ["done.jpg"]
    assert len(changes) == 1  # busy.jpg waits on


# -- network shares ----------------------------------------------------------------------------
MOUNTINFO = """\
22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw
40 22 0:35 / /mnt/nas rw,relatime shared:20 - nfs4 nas:/photos rw
41 22 0:36 / /media/me/My\\040Drive rw shared:21 - vfat /dev/sdb1 rw
42 22 0:37 / /home/me/remote rw shared:22 - fuse.sshfs me@box: rw
"""


def test_network_shares_are_recognised() -> None:
    assert parse_mountinfo(MOUNTINFO)[2] == ("/media/me/My Drive", "vfat")
    assert fs_type("/mnt/nas/2024/a.jpg", MOUNTINFO) == "nfs4"
    assert fs_type("/mnt/nasty", MOUNTINFO) == "ext4"
    assert fs_type("/media/me/My Drive/x", MOUNTINFO) == "vfat"
    assert is_network_fs("nfs4") and is_network_fs("fuse.sshfs") and is_network_fs("cifs")
    assert not is_network_fs("ext4") and not is_network_fs("vfat") and not is_network_fs("fuse")


# -- the watcher over real change notifications ---------------------------------------------------
def test_a_copied_photo_is_found_and_a_deleted_one_leaves(
    indexed_library: Library, photo_dir: Path, fake_jina: Any, watch: Any
) -> None:
    w, runs = watch()
    first = runs.wait_run(0)  # the start-up rescan
    assert first.reason == "start-up" and first.report.progress.embedded == 0
    assert w.modes() == {str(photo_dir): FolderMode.WATCHED}

    new = photo_dir / "red" / "copied_in.jpg"
    t0 = time.monotonic()
    new.write_bytes(jpeg_bytes(red_flowers, 1234))
    assert runs.wait(lambda: searchable(indexed_library, new), FOUND_WITHIN_S)
    assert time.monotonic() - t0 < FOUND_WITHIN_S

    n = len(runs.records)
    new.unlink()
    assert runs.wait(lambda: len(runs.records) > n and not searchable(indexed_library, new))
    assert indexed_library.status().indexed == 18


def test_a_file_still_being_written_is_read_only_once_complete(
    indexed_library: Library, photo_dir: Path, fake_jina: Any, watch: Any
) -> None:
    _w, runs = watch(WatchOptions(settle_s=1.0, debounce_s=0.2, check_s=0.2))
    runs.wait_run(0)
    data = jpeg_bytes(snow, 77)
    target = photo_dir / "snow" / "slow_copy.jpg"
    chunk = len(data) // 12 + 1
    with open(target, "wb") as f:  # a slow copy: 12 pieces over ~2.4 s, each flushed
        for i in range(0, len(data), chunk):
            f.write(data[i : i + chunk])
            f.flush()
            os.fsync(f.fileno())
            time.sleep(0.2)  # the slowness is the point of the test
    assert runs.wait(lambda: indexed_library.catalog.hash_of_path(str(target)) is not None)
    assert indexed_library.catalog.hash_of_path(str(target)) == content_hash(data)
    reports = [r.report.progress for r in runs.records if r.report is not None]
    assert all(p.skipped == p.failed == 0 for p in reports), "the half-written file was read"
    assert sum(p.total for p in reports) == 1  # taken once, when complete
    assert not indexed_library.problems()
    sent = fake_jina.images_embedded()
    assert sent.count(payload_digest(data)) == 1
    assert len(sent) == 18 + 1  # the library's photos once each, the new one once


def test_nothing_is_embedded_twice_across_restarts(
    indexed_library: Library, photo_dir: Path, fake_jina: Any
) -> None:
    before = len(fake_jina.images_embedded())
    copy = photo_dir / "copy_of_red.jpg"
    shutil.copy2(next((photo_dir / "red").iterdir()), copy)  # same bytes, another name
    age(photo_dir)
    indexed_library.close()
    for _ in range(2):  # two restarts of a watching app
        lib = Library()
        runs = Runs()
        w = LibraryWatcher(lib, options=FAST, on_run=runs.add)
        w.start()
        record = runs.wait_run(0)
        assert w.stop(30)
        lib.close()
        assert record.report is not None and record.report.progress.embedded == 0
    assert len(fake_jina.images_embedded()) == before
    lib = Library()
    assert lib.status().indexed == 19  # the copy is indexed, by its content hash
    lib.close()


def test_a_folder_that_cannot_be_watched_is_rescanned(
    indexed_library: Library, photo_dir: Path, watch: Any
) -> None:
    from watchdog.observers import Observer

    class NoWatching(Observer):  # type: ignore[misc,valid-type]
        def schedule(self, *args: Any, **kwargs: Any) -> Any:
            raise OSError(28, "inotify watch limit reached")

    w, runs = watch(
        WatchOptions(settle_s=0.3, check_s=0.2, rescan_s=0.5), observer_factory=NoWatching
    )
    runs.wait_run(0)
    assert w.modes() == {str(photo_dir): FolderMode.POLLED}
    assert any("cannot be watched" in n for n in runs.notes)
    new = photo_dir / "red" / "polled.jpg"
    new.write_bytes(jpeg_bytes(red_flowers, 4321))
    age(new.parent)
    assert runs.wait(lambda: searchable(indexed_library, new))
    assert all(r.reason in ("start-up", "rescan") for r in runs.records)


def test_a_network_share_is_rescanned_instead_of_watched(
    indexed_library: Library, photo_dir: Path, watch: Any
) -> None:
    w, runs = watch(network=lambda path: True)
    runs.wait_run(0)
    assert w.modes() == {str(photo_dir): FolderMode.POLLED}


def test_a_drive_that_comes_back_is_indexed(
    indexed_library: Library, photo_dir: Path, tmp_path: Path, watch: Any
) -> None:
    w, runs = watch()
    runs.wait_run(0)
    away = tmp_path / "unplugged"
    photo_dir.rename(away)  # the drive goes
    assert runs.wait(lambda: w.modes()[str(photo_dir)] is FolderMode.MISSING)
    assert indexed_library.status().indexed == 18  # a missing folder is never emptied
    (away / "red" / "while_away.jpg").write_bytes(jpeg_bytes(red_flowers, 555))
    age(away)
    n = len(runs.records)
    away.rename(photo_dir)  # and comes back, with a new photo
    record = runs.wait_run(n)
    assert "folder back" in record.reason
    assert w.modes()[str(photo_dir)] is FolderMode.WATCHED
    assert searchable(indexed_library, photo_dir / "red" / "while_away.jpg")
    new = photo_dir / "red" / "after.jpg"  # and it is watched again
    new.write_bytes(jpeg_bytes(red_flowers, 556))
    assert runs.wait(lambda: searchable(indexed_library, new))


def test_it_waits_politely_while_another_process_indexes(
    indexed_library: Library, photo_dir: Path, watch: Any
) -> None:
    other = IndexLock(indexed_library.paths.data_dir / "indexing.lock")
    with other:  # what another Photoseek holds while it indexes
        _w, runs = watch()
        assert runs.wait(lambda: any("waiting" in n for n in runs.notes))
        assert runs.records == []
        assert indexed_library.indexing_elsewhere()
    record = runs.wait_run(0)
    assert record.report is not None and record.error is None
    assert not indexed_library.indexing_elsewhere()


def test_events_outside_the_library_or_excluded_are_ignored(
    indexed_library: Library, photo_dir: Path, watch: Any
) -> None:
    w, runs = watch()
    runs.wait_run(0)
    taken: list[str] = []
    add = w.changes.add
    w.changes.add = lambda path, now: (taken.append(path), add(path, now))  # type: ignore[method-assign]
    (photo_dir / "notes.txt").write_text("not a photo")
    (photo_dir / ".hidden.jpg").write_bytes(b"hidden")
    (photo_dir / "@eaDir").mkdir()
    (photo_dir / "@eaDir" / "thumb.jpg").write_bytes(b"synology thumbnail")
    (photo_dir / "partial.jpg.tmp").write_bytes(b"excluded by *.tmp")
    marker = photo_dir / "red" / "real.jpg"  # its events come after the others' (one queue)
    marker.write_bytes(jpeg_bytes(red_flowers, 99))
    runs.wait_run(1)
    assert set(taken) == {str(marker)}
    assert indexed_library.status().indexed == 19
    assert not indexed_library.problems()


def test_stop_during_a_run_keeps_what_was_done(
    library: Library, tmp_path: Path, fake_jina: Any
) -> None:
    from tests.synthetic import make_many

    folder = tmp_path / "many"
    make_many(folder, 40)
    age(folder)
    library.add_folder(folder)
    library.apply({"embedding.concurrency": 1})
    fake_jina.latency = 0.3  # five batches of eight, one at a time: the run takes ~1.5 s
    runs = Runs()
    w = LibraryWatcher(library, options=FAST, on_run=runs.add)
    w.start()
    assert fake_jina.wait_for(lambda: len(fake_jina.images_embedded()) >= 8, 30)
    assert w.stop(30)
    record = runs.records[-1]
    assert record.report is not None and record.report.cancelled
    counts = library.status().files
    assert counts.get(FileState.INDEXED, 0) + counts.get(FileState.NEW, 0) == 40
    fake_jina.latency = 0.0
    report = library.index()
    assert report.error is None and library.status().indexed == 40
    sent = fake_jina.images_embedded()
    assert len(sent) == len(set(sent)) == 40  # nothing was embedded twice
