"""The Jina client (httpx) against the API fake: shapes, retries, back-off, errors."""

from __future__ import annotations

import io
import threading
import time

import numpy as np
import pytest
from PIL import Image

from photoseek.embedding.base import AuthError, QuotaError, Rejected, ServiceUnavailable
from photoseek.embedding.jina import Cancelled, JinaEmbedder, check_key
from tests.fakes.jina import FakeJina
from tests.fakes.server import Fault

KEY = "jina_test_key"


def jpeg(colour: tuple[int, int, int]) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (64, 48), colour).save(buf, "JPEG")
    return buf.getvalue()


@pytest.fixture
def fake():  # type: ignore[no-untyped-def]
    with FakeJina(api_keys={KEY}) as f:
        yield f


_open: list[JinaEmbedder] = []


@pytest.fixture(autouse=True)
def _close_clients():  # type: ignore[no-untyped-def]
    yield
    while _open:
        _open.pop().close()


def client(fake: FakeJina, key: str = KEY, **kw: object) -> JinaEmbedder:
    kw.setdefault("backoff_base", 0.01)
    emb = JinaEmbedder(key, url=fake.endpoint, **kw)  # type: ignore[arg-type]
    _open.append(emb)
    return emb


def test_request_shape_and_unit_vectors(fake: FakeJina) -> None:
    emb = client(fake)
    vectors = emb.embed_images([jpeg((255, 0, 0)), jpeg((0, 0, 255))])
    text = emb.embed_texts(["red"])
    body = fake.log[0].request.json()
    assert body["model"] == "jina-clip-v2" and body["dimensions"] == 1024
    assert body["normalized"] is True and "task" not in body
    assert body["input"][0]["image"].startswith("data:image/jpeg;base64,")
    assert fake.log[1].request.json()["task"] == "retrieval.query"
    assert fake.log[0].request.headers["authorization"] == f"Bearer {KEY}"
    for v in [*vectors, text[0]]:
        assert isinstance(v, np.ndarray) and v.shape == (1024,)
        assert np.linalg.norm(v) == pytest.approx(1.0, abs=1e-5)
    assert float(text[0] @ vectors[0]) > float(text[0] @ vectors[1])  # type: ignore[operator]
    assert emb.tokens_used > 0


def test_results_are_matched_by_index(fake: FakeJina) -> None:
    images = [jpeg((i * 20, 255 - i * 20, 100)) for i in range(8)]
    in_order = client(fake).embed_images(images)
    fake.shuffle_data = True
    shuffled = client(fake).embed_images(images)
    for a, b in zip(in_order, shuffled, strict=True):
        np.testing.assert_allclose(a, b, atol=1e-6)  # type: ignore[arg-type]


def test_429_is_retried_honouring_retry_after(fake: FakeJina) -> None:
    fake.rate_limit(2, retry_after="1")
    start = time.monotonic()
    out = client(fake).embed_images([jpeg((0, 255, 0))])
    assert time.monotonic() - start >= 1.9  # two waits of the server-given second
    assert isinstance(out[0], np.ndarray) and len(fake.log) == 3


@pytest.mark.parametrize(
    "fault",
    [Fault(503, {"detail": "Service Unavailable"}), Fault(drop=True), Fault(status=500)],
)
def test_transient_failures_are_retried(fake: FakeJina, fault: Fault) -> None:
    fake.inject(fault, fault)
    out = client(fake).embed_images([jpeg((0, 0, 0))])
    assert isinstance(out[0], np.ndarray) and len(fake.log) == 3


def test_timeouts_are_retried_then_reported(fake: FakeJina) -> None:
    fake.latency = 0.5
    emb = client(fake, timeout=0.1, max_retries=2)
    with pytest.raises(ServiceUnavailable, match=r"did not succeed after 3 tries.*timed out"):
        emb.embed_images([jpeg((1, 2, 3))])


@pytest.mark.parametrize("style", ["detail", "error"])
def test_bad_key_stops_without_retry(style: str) -> None:
    with FakeJina(api_keys={KEY}, error_style=style) as fake:
        emb = client(fake, "jina_wrong")
        with pytest.raises(AuthError, match="rejected the API key"):
            emb.embed_images([jpeg((1, 1, 1))])
        assert len(fake.log) == 1
        with pytest.raises(AuthError, match="rejected"):
            check_key("jina_wrong", fake.endpoint)
        assert "works" in check_key(KEY, fake.endpoint)


def test_no_key_is_a_clear_error() -> None:
    with pytest.raises(AuthError, match="No Jina API key"):
        JinaEmbedder(None)


def test_empty_balance_stops(fake: FakeJina) -> None:
    fake.balance_tokens = 1
    with pytest.raises(QuotaError, match="balance"):
        client(fake).embed_images([jpeg((9, 9, 9)), jpeg((8, 8, 8))])


def test_an_undecodable_image_is_isolated(fake: FakeJina) -> None:
    good = [jpeg((200, 0, 0)), jpeg((0, 200, 0)), jpeg((0, 0, 200))]
    out = client(fake).embed_images([good[0], b"garbage, not a jpeg", good[1], good[2]])
    assert isinstance(out[1], Rejected) and out[1].reason
    assert all(isinstance(out[i], np.ndarray) for i in (0, 2, 3))


def test_cancel_interrupts_back_off(fake: FakeJina) -> None:
    fake.rate_limit(1, retry_after="30")
    stop = threading.Event()
    emb = client(fake, stop=stop)
    threading.Timer(0.2, stop.set).start()
    start = time.monotonic()
    with pytest.raises(Cancelled):
        emb.embed_images([jpeg((5, 5, 5))])
    assert time.monotonic() - start < 5


def test_concurrent_requests_share_one_client(fake: FakeJina) -> None:
    emb = client(fake, concurrency=4)
    results: list[object] = []
    threads = [
        threading.Thread(target=lambda i=i: results.extend(emb.embed_images([jpeg((i, i, i))])))
        for i in range(8)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 8 and all(isinstance(r, np.ndarray) for r in results)
