"""The Jina fake in a process of its own, for benches that measure the app's own threads: an
in-process fake's JSON and vector work would compete for the app's GIL, which the real
service (on its own machines) never does."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

SERVE = """
import sys, threading
from tests.fakes.jina import FakeJina
fake = FakeJina(api_keys={sys.argv[1]})
fake.latency = float(sys.argv[2])
fake.start()
print(fake.url, flush=True)
sys.stdin.read()  # until the bench closes our stdin
fake.stop()
"""


@contextmanager
def jina_fake_process(key: str, latency: float = 0.0) -> Iterator[str]:
    """Yields the fake's embeddings URL; the process ends when the block does."""
    proc = subprocess.Popen(
        [sys.executable, "-c", SERVE, key, str(latency)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=os.environ.copy(),
    )
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:"), url
        yield url + "/v1/embeddings"
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()
