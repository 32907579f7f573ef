"""Whole indexing runs (`Library.index` against the Jina fake) through every fault the API and
the gateways in front of it produce.

Each case ends one of two ways, and the test says which:

* retried to success: every photo indexed, and no photo embedded twice (the fake's log);
* a clean stop: a one-sentence error, the photos already embedded kept (indexed, vector
  cached), the rest still pending (`new`, never `skipped`), and a rerun once the fault is gone
  indexes the rest without embedding anything twice.

Back-off is shrunk (backoff_base) so the suite never really waits seconds on exponential back-off.
"""

from __future__ import annotations

import socket
import threading
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import photoseek.library as library_module
from photoseek.embedding.jina import JinaEmbedder
from photoseek.hashing import content_hash
from photoseek.imaging import prepare_bytes_for_model
from photoseek.indexing import IndexReport
from photoseek.library import Library
from tests.conftest import JINA_KEY
from tests.fakes.jina import FakeJina
from tests.fakes.server import Fault

PHOTOS = 18  # photo_dir: 6 scenes x 3; batches of 8, 8 and 2
MODEL = "jina-clip-v2"


class Waits:
    """The on_wait the app would show; `stop_on_wait` ends the run at the first wait."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, float]] = []
        self.stop_on_wait: threading.Event | None = None

    def __call__(self, reason: str, seconds: float) -> None:
        self.calls.append((reason, seconds))
        if self.stop_on_wait is not None:
            self.stop_on_wait.set()

    def reasons(self) -> str:
        return " | ".join(r for r, _ in self.calls)


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> Waits:
    """Every embedder the library builds gets a tiny back-off and reports its waits here."""
    recorder = Waits()

    def fast(*args: Any, on_wait: Any = None, **kwargs: Any) -> JinaEmbedder:
        def both(reason: str, seconds: float) -> None:
            recorder(reason, seconds)
            if on_wait is not None:
                on_wait(reason, seconds)  # what the run shows on screen

        return JinaEmbedder(*args, backoff_base=0.002, on_wait=both, **kwargs)

    monkeypatch.setattr(library_module, "JinaEmbedder", fast)
    return recorder


def run(library: Library, photo_dir: Path, **kw: Any) -> IndexReport:
    library.add_folder(photo_dir)
    return library.index(**kw)


def embedded(fake: FakeJina) -> Counter[str]:
    """How often the fake delivered a usable vector for each image (all runs so far)."""
    assert fake.wait_for(lambda: all(e.finished for e in fake.log if e.status == 200))
    return Counter(fake.images_embedded())


def assert_all_indexed_once(library: Library, fake: FakeJina, report: IndexReport) -> None:
    assert report.error is None and not report.cancelled, report.error
    assert library.catalog.state_counts() == {"indexed": PHOTOS}
    assert library.catalog.vector_count(MODEL) == PHOTOS
    counts = embedded(fake)
    assert len(counts) == PHOTOS
    assert max(counts.values()) == 1, "a photo was embedded twice"


def assert_clean_stop(library: Library, fake: FakeJina, report: IndexReport, words: str) -> int:
    """The run stopped with a sentence, kept what it finished, left the rest pending."""
    assert report.error is not None and words in report.error, report.error
    assert "\n" not in report.error and "Traceback" not in report.error
    states = library.catalog.state_counts()
    done = states.get("indexed", 0)
    assert set(states) <= {"indexed", "new"}, states  # nothing skipped or failed for good
    assert states.get("new", 0) > 0
    assert library.catalog.vector_count(MODEL) == done  # every finished photo is kept
    counts = embedded(fake)
    assert len(counts) == done and (not counts or max(counts.values()) == 1)
    return done


def resume_after_fix(library: Library, fake: FakeJina) -> None:
    """The fault is gone: a rerun finishes without embedding anything a second time."""
    fake.clear_faults()
    assert_all_indexed_once(library, fake, library.index())


# -- retried to success ----------------------------------------------------------------------------
def test_429_storm_without_retry_after(library, fake_jina, photo_dir, waits) -> None:  # type: ignore[no-untyped-def]
    library.apply({"embedding.max_retries": 12})
    fake_jina.rate_limit(10, retry_after=None)
    assert_all_indexed_once(library, fake_jina, run(library, photo_dir))
    assert [e.status for e in fake_jina.log].count(429) == 10
    assert "The Jina API is rate-limiting — waiting" in waits.reasons()


def test_429_storm_with_retry_after(library, fake_jina, photo_dir, waits) -> None:  # type: ignore[no-untyped-def]
    fake_jina.rate_limit(3, retry_after="1")
    assert_all_indexed_once(library, fake_jina, run(library, photo_dir))
    throttled = [s for r, s in waits.calls if "rate-limiting" in r]
    assert len(throttled) == 3 and all(s >= 1 for s in throttled)  # the server's second


def test_rate_limit_headers_pace_the_run(library, fake_jina, photo_dir, waits) -> None:  # type: ignore[no-untyped-def]
    # 9 requests against 4 per 0.3 s
    library.apply({"embedding.batch_size": 2})
    fake_jina.requests_per_window, fake_jina.rate_window = 4, 0.3
    fake_jina.reset_headers = True
    assert_all_indexed_once(library, fake_jina, run(library, photo_dir))
    statuses = [e.status for e in fake_jina.log]
    assert statuses.count(200) == 9
    assert statuses.count(429) == 0  # paced (default pace_below=5) rather than refused


@pytest.mark.parametrize("status", [408, 500, 502, 503, 520, 524, 529])
def test_server_and_gateway_errors(library, fake_jina, photo_dir, waits, status: int) -> None:  # type: ignore[no-untyped-def]
    if status == 500:  # the service itself
        fake_jina.inject(*[Fault(500, {"detail": "Internal Server Error"})] * 3)
    else:  # nginx / Cloudflare in front of it
        fake_jina.gateway_error(status, 3)
    assert_all_indexed_once(library, fake_jina, run(library, photo_dir))
    assert [e.status for e in fake_jina.log].count(status) == 3
    assert f"(HTTP {status}" in waits.reasons()


def test_timeouts(library, fake_jina, photo_dir, waits) -> None:  # type: ignore[no-untyped-def]
    # a loaded machine answers a batch well within
    library.apply({"embedding.timeout": 1.5})
    # No answer within the timeout (and none after: the connection is then dropped).
    fake_jina.inject(Fault(drop=True, delay=3.0), Fault(drop=True, delay=3.0))
    assert_all_indexed_once(library, fake_jina, run(library, photo_dir))
    assert waits.reasons().count("did not answer in time") == 2


def test_connection_resets(library, fake_jina, photo_dir, waits) -> None:  # type: ignore[no-untyped-def]
    fake_jina.inject(Fault(drop=True), Fault(drop=True), Fault(drop=True))
    assert_all_indexed_once(library, fake_jina, run(library, photo_dir))
    assert waits.reasons().count("dropped the connection") == 3


@pytest.mark.parametrize("kind", ["truncated", "html", "fewer", "short", "nan", "zero"])
def test_unusable_answers(library, fake_jina, photo_dir, waits, kind: str) -> None:  # type: ignore[no-untyped-def]
    fake_jina.corrupt(kind, 2)
    assert_all_indexed_once(library, fake_jina, run(library, photo_dir))
    assert waits.reasons().count("sent an answer Photoseek cannot use") == 2
    stored = library.catalog.vectors(_hashes(photo_dir), MODEL)
    assert all(np.isfinite(v).all() and abs(np.linalg.norm(v) - 1) < 1e-4 for v in stored.values())


def test_data_out_of_order_is_matched_by_index(library, fake_jina, photo_dir, waits) -> None:  # type: ignore[no-untyped-def]
    fake_jina.shuffle_data = True
    assert_all_indexed_once(library, fake_jina, run(library, photo_dir))
    fake_jina.shuffle_data = False
    stored = library.catalog.vectors(_hashes(photo_dir), MODEL)
    reference = JinaEmbedder(JINA_KEY, url=fake_jina.endpoint)
    try:
        for path in sorted(photo_dir.rglob("*.jpg")):
            data = path.read_bytes()
            (alone,) = reference.embed_images([prepare_bytes_for_model(data).payload])
            np.testing.assert_allclose(stored[content_hash(data)], alone, atol=1e-5)  # type: ignore[arg-type]
    finally:
        reference.close()


# -- clean stops -----------------------------------------------------------------------------------
def test_key_revoked_mid_run(library, fake_jina, photo_dir, waits) -> None:  # type: ignore[no-untyped-def]
    library.apply({"embedding.concurrency": 1})
    fake_jina.revoke_after(1, JINA_KEY)
    report = run(library, photo_dir)
    assert assert_clean_stop(library, fake_jina, report, "rejected the API key") == 8
    assert [e.status for e in fake_jina.log] == [200, 401]  # never retried
    fake_jina.api_keys.add(JINA_KEY)
    resume_after_fix(library, fake_jina)


def test_balance_exhausted_mid_run(library, fake_jina, photo_dir, waits) -> None:  # type: ignore[no-untyped-def]
    library.apply({"embedding.concurrency": 1})
    fake_jina.balance_tokens = 16 * 4000  # two batches of 8 payloads, one 512 px tile each
    report = run(library, photo_dir)
    assert assert_clean_stop(library, fake_jina, report, "balance") == 16
    fake_jina.balance_tokens = None
    resume_after_fix(library, fake_jina)


def test_every_request_refused_alike(library, fake_jina, photo_dir, waits) -> None:  # type: ignore[no-untyped-def]
    fake_jina.refuse_all(422, "INPUT_VALIDATION_ERROR", "Image inputs are not enabled for this key")
    report = run(library, photo_dir)
    done = assert_clean_stop(library, fake_jina, report, "refused every request alike")
    assert done == 0 and "Image inputs are not enabled for this key" in report.error
    resume_after_fix(library, fake_jina)


def test_a_model_this_key_may_not_use(library, fake_jina, photo_dir, waits) -> None:  # type: ignore[no-untyped-def]
    fake_jina.refuse_all()  # 400 "Model 'jina-clip-v2' is not available for this API key"
    report = run(library, photo_dir)
    assert assert_clean_stop(library, fake_jina, report, "not available for this API key") == 0
    assert len(fake_jina.log) <= 3  # one refused request per batch in flight, no bisection
    resume_after_fix(library, fake_jina)


def test_answers_that_stay_unusable(library, fake_jina, photo_dir, waits) -> None:  # type: ignore[no-untyped-def]
    library.apply({"embedding.max_retries": 2})
    fake_jina.corrupt("nan", 1000)
    report = run(library, photo_dir)
    assert_clean_stop(library, fake_jina, report, "NaN or infinite values")
    assert "did not succeed after 3 tries" in report.error  # type: ignore[operator]
    resume_after_fix(library, fake_jina)


def test_a_gateway_that_stays_down(library, fake_jina, photo_dir, waits) -> None:  # type: ignore[no-untyped-def]
    library.apply({"embedding.max_retries": 2})
    fake_jina.gateway_error(522, 1000)
    report = run(library, photo_dir)
    assert_clean_stop(library, fake_jina, report, "522: Connection timed out")
    assert "Nothing is lost" in report.error  # type: ignore[operator]
    resume_after_fix(library, fake_jina)


def test_an_unreachable_service_is_named_and_every_wait_reported(  # type: ignore[no-untyped-def]
    library, fake_jina, photo_dir, waits, monkeypatch
) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setenv("PHOTOSEEK_JINA_URL", f"http://127.0.0.1:{port}/v1/embeddings")
    library.apply({"embedding.max_retries": 2, "embedding.concurrency": 1})
    report = run(library, photo_dir)
    assert report.error == (
        f"Cannot reach the Jina API at http://127.0.0.1:{port}/v1/embeddings (connection "
        "refused). Nothing is lost; run indexing again later."
    )
    assert library.catalog.state_counts() == {"new": PHOTOS}
    assert len(waits.calls) >= 2
    assert all(
        r.startswith(f"Cannot reach the Jina API at 127.0.0.1:{port} —") for r, _ in waits.calls
    )


def test_a_day_long_retry_after_is_capped_reported_and_stoppable(  # type: ignore[no-untyped-def]
    library, fake_jina, photo_dir, waits
) -> None:
    library.apply({"embedding.concurrency": 1})
    fake_jina.rate_limit(1, retry_after="86400")
    stop = threading.Event()
    waits.stop_on_wait = stop  # the user presses Cancel when told about the wait
    report = run(library, photo_dir, stop=stop)
    assert report.cancelled and report.error is None
    assert waits.calls == [
        ("The Jina API is rate-limiting and asks for 24 h — waiting 5 min.", 300)
    ]
    states = library.catalog.state_counts()
    assert states == {"new": PHOTOS}  # the first batch was the one told to wait
    fake_jina.clear_faults()
    waits.stop_on_wait = None
    assert_all_indexed_once(library, fake_jina, library.index())


def _hashes(folder: Path) -> list[str]:
    return [content_hash(p.read_bytes()) for p in sorted(folder.rglob("*.jpg"))]
