"""A run killed with SIGKILL mid-way resumes, and no photo is ever embedded twice."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from collections import Counter
from pathlib import Path

from photoseek.cli.main import main
from photoseek.config import AppPaths
from tests.synthetic import make_many


def cached_vectors(db: Path) -> int:
    if not db.exists():
        return 0
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
    try:
        return int(con.execute("SELECT COUNT(*) FROM vectors").fetchone()[0])
    except sqlite3.OperationalError:
        return 0
    finally:
        con.close()


def test_sigkill_mid_run_then_resume(fake_jina, tmp_path: Path) -> None:
    folder = tmp_path / "many"
    make_many(folder, 120)
    assert main(["config", "set", "batch_size", "8"]) == 0
    assert main(["config", "set", "concurrency", "2"]) == 0
    catalog = AppPaths.default().catalog_file

    proc = subprocess.Popen(
        [sys.executable, "-m", "photoseek", "index", str(folder)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=os.environ.copy(),
    )
    try:
        # Let a few batches through, then hold every further request at the fake's gate.
        assert fake_jina.wait_for(lambda: len(fake_jina.images_embedded()) >= 24, 60)
        fake_jina.hold()
        assert fake_jina.wait_for(lambda: fake_jina.waiting >= 1, 30)
        assert fake_jina.wait_for(
            lambda: all(e.finished for e in fake_jina.log if e not in fake_jina.held()), 30
        )
        delivered = len(set(fake_jina.images_embedded()))
        # Everything the fake answered is committed before we pull the plug.
        assert fake_jina.wait_for(lambda: cached_vectors(catalog) == delivered, 30)
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        fake_jina.release()
    assert proc.returncode == -signal.SIGKILL
    assert 0 < delivered < 120

    assert main(["index"]) == 0
    assert cached_vectors(catalog) == 120
    counts = Counter(fake_jina.images_embedded())
    assert len(counts) == 120
    assert max(counts.values()) == 1, "a photo was embedded twice"
