"""`photoseek watch` in a process of its own: a line per run, polite waiting, a clean SIGTERM."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from photoseek.cli.main import main
from photoseek.indexing.lock import IndexLock
from photoseek.library import Library
from tests.synthetic import make_many
from tests.test_watch import age, jpeg_bytes, red_flowers

WAIT_S = 30.0


class WatchProcess:
    def __init__(self, *args: str) -> None:
        env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "photoseek", "watch", *args],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        self._reader.join(WAIT_S)
        assert self.proc.stderr is not None
        self.proc.stderr.close()

    def _read(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self.lines.put(line.rstrip("\n"))

    def expect(self, text: str, timeout: float = WAIT_S) -> str:
        """The next line containing `text` (lines before it are kept in `seen`)."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                line = self.lines.get(timeout=max(0.01, deadline - time.monotonic()))
            except queue.Empty:
                raise AssertionError(f"no line with {text!r}; saw {self.seen}") from None
            self.seen.append(line)
            if text in line:
                return line

    def stop(self) -> int:
        self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(WAIT_S)


@pytest.fixture
def watching(indexed_library: Library) -> Iterator[Any]:
    procs: list[WatchProcess] = []

    def start(*args: str) -> WatchProcess:
        p = WatchProcess("--settle", "0.4", *args)
        procs.append(p)
        return p

    yield start
    for p in procs:
        p.close()


def test_watch_indexes_a_copied_photo_and_stops_on_sigterm(
    indexed_library: Library, photo_dir: Path, watching: Any
) -> None:
    proc = watching()
    line = proc.expect("watch (start-up)")
    assert "embedded 0" in line  # the unchanged rescan asks the model for nothing
    new = photo_dir / "red" / "from_the_server.jpg"
    new.write_bytes(jpeg_bytes(red_flowers, 2024))
    assert "indexed 1 (embedded 1" in proc.expect("watch (changes)")
    assert proc.stop() == 0
    assert proc.expect("Stopped.")
    assert "Traceback" not in "\n".join(proc.seen)
    indexed_library.close()
    fresh = Library()
    assert str(new) in {r.path for r in fresh.search.text("red flowers", k=100)}
    fresh.close()


def test_watch_waits_while_another_photoseek_indexes(
    indexed_library: Library, watching: Any
) -> None:
    with IndexLock(indexed_library.paths.data_dir / "indexing.lock"):
        proc = watching()
        proc.expect("Another Photoseek is indexing this library; waiting for it to finish.")
    assert "watch (start-up)" in proc.expect("watch (start-up)")
    assert proc.stop() == 0


def test_sigterm_mid_run_keeps_the_work_and_embeds_nothing_twice(
    library: Library, tmp_path: Path, fake_jina: Any
) -> None:
    folder = tmp_path / "many"
    make_many(folder, 48)
    age(folder)
    library.add_folder(folder)
    library.apply({"embedding.concurrency": 1})
    fake_jina.latency = 0.25  # six batches of eight, one at a time
    proc = WatchProcess("--settle", "0.4")
    try:
        assert fake_jina.wait_for(lambda: len(fake_jina.images_embedded()) >= 16, WAIT_S)
        assert proc.stop() == 0
        assert "stopped, the rest continues next time" in proc.expect("watch (start-up)")
        proc.expect("Stopped.")
    finally:
        proc.close()
    fake_jina.latency = 0.0
    report = library.index()
    assert report.error is None and library.status().indexed == 48
    sent = fake_jina.images_embedded()
    assert len(sent) == len(set(sent)) == 48


def test_watch_needs_a_folder(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["watch"]) == 2
    assert "No library folders yet" in capsys.readouterr().err
