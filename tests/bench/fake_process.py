"""The Jina fake in a process of its own, for benches that measure the app's own threads: an
in-process fake's JSON and vector work would compete for the app's GIL, which the real
service (on its own machines) never does."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

SERVE = """
import importlib, json, os, sys
from tests.fakes.jina import _inputs_of
os.nice(int(sys.argv[4]))
if int(sys.argv[4]) and hasattr(os, "SCHED_BATCH"):  # nor preempts the window when it wakes
    os.sched_setscheduler(0, os.SCHED_BATCH, os.sched_param(0))
module, name = sys.argv[3].split(":")
fake = getattr(importlib.import_module(module), name)(api_keys={sys.argv[1]})
fake.latency = float(sys.argv[2])
fake.start()
print(fake.url, flush=True)
sys.stdin.read()  # until the bench closes our stdin
served = [
    [len(_inputs_of(e, "image")), e.finished - e.started]
    for e in fake.image_requests()
    if e.finished
]
fake.stop()
print(json.dumps(served), flush=True)
"""


@dataclass
class FakeProcess:
    url: str  # the embeddings endpoint
    # After the block: (images in the request, seconds the fake took to answer it) for every
    # image request it answered — its latency plus its own work, as its log says.
    served: list[tuple[int, float]] = field(default_factory=list)


@contextmanager
def jina_fake_process(
    key: str, latency: float = 0.0, fake: str = "tests.fakes.jina:FakeJina", *, nice: int = 0
) -> Iterator[FakeProcess]:
    """Runs `fake` (module:class, a FakeJina) until the block ends, at the CPU priority
    `nice` (a bench of the window's own responsiveness gives it the least, and Linux's batch
    policy: the real service's work is done on its own machines, not beside the window)."""
    proc = subprocess.Popen(
        [sys.executable, "-c", SERVE, key, str(latency), fake, str(nice)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=os.environ.copy(),
    )
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:"), url
        handle = FakeProcess(url + "/v1/embeddings")
        yield handle
    finally:
        try:
            out, _ = proc.communicate(timeout=30)  # closes its stdin: the fake stops
        except subprocess.TimeoutExpired:
            proc.kill()
            out, _ = proc.communicate()  # reaps it and closes its pipes
        lines = out.strip().splitlines()
    if lines:
        handle.served = [(int(n), float(s)) for n, s in json.loads(lines[-1])]
