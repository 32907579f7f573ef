"""The Jina client (httpx) against the API fake: shapes, retries, back-off, errors."""

from __future__ import annotations

import dataclasses
import io
import json
import socket
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import numpy as np
import pytest
from PIL import Image

from photoseek.embedding.base import (
    AuthError,
    EmbeddingError,
    FatalEmbeddingError,
    QuotaError,
    Rejected,
    ServiceRefused,
    ServiceUnavailable,
)
from photoseek.embedding.jina import (
    MAX_REDIRECTS,
    Cancelled,
    JinaEmbedder,
    check_key,
    retry_after_seconds,
)
from photoseek.embedding.retry import MAX_WAIT, RateLimits, RetryPolicy
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
    assert body["embedding_type"] == "base64"  # a quarter of the bytes, nothing to parse
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


# -- hardening: every fault the service and its gateways produce ---------------------------------
class Waits:
    """Records on_wait calls; optionally sets `stop` on the first one."""

    def __init__(self, stop: threading.Event | None = None) -> None:
        self.calls: list[tuple[str, float]] = []
        self.stop = stop

    def __call__(self, reason: str, seconds: float) -> None:
        self.calls.append((reason, seconds))
        if self.stop is not None:
            self.stop.set()


def mock_client(handler: Callable[[httpx.Request], httpx.Response], **kw: Any) -> JinaEmbedder:
    kw.setdefault("backoff_base", 0.001)
    emb = JinaEmbedder(
        KEY, url="http://jina.test/v1/embeddings", transport=httpx.MockTransport(handler), **kw
    )
    _open.append(emb)
    return emb


def ok_answer(request: httpx.Request, headers: dict[str, str] | None = None) -> httpx.Response:
    n = len(json.loads(request.content)["input"])
    data = [
        {"object": "embedding", "index": i, "embedding": [1.0] + [0.0] * 1023} for i in range(n)
    ]
    return httpx.Response(
        200,
        json={
            "model": "jina-clip-v2",
            "object": "list",
            "usage": {"total_tokens": n},
            "data": data,
        },
        headers=headers,
    )


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# 1. one refusal for every request
def test_every_request_refused_alike_stops_instead_of_skipping(fake: FakeJina) -> None:
    message = "Image inputs are not enabled for this API key"
    fake.refuse_all(422, "INPUT_VALIDATION_ERROR", message)
    emb = client(fake)
    with pytest.raises(ServiceRefused) as caught:
        emb.embed_images([jpeg((i, 0, 0)) for i in range(5)])
    assert caught.value.message == message and message in str(caught.value)
    assert isinstance(caught.value, FatalEmbeddingError)


def test_a_model_this_key_may_not_use_stops_at_once(fake: FakeJina) -> None:
    fake.refuse_all()  # 400 "Model 'jina-clip-v2' is not available for this API key"
    with pytest.raises(FatalEmbeddingError, match="not available for this API key"):
        client(fake).embed_images([jpeg((1, 0, 0)), jpeg((2, 0, 0))])
    assert len(fake.log) == 1


def test_refusals_that_differ_are_rejected_per_photo(fake: FakeJina) -> None:
    # Empty bytes and junk fail differently: bad photos, not a refusal of everything.
    out = client(fake).embed_images([b"", b"garbage, not a jpeg"])
    assert all(isinstance(r, Rejected) for r in out)
    assert out[0].message != out[1].message  # type: ignore[union-attr]
    single = client(fake).embed_images([b"garbage, not a jpeg"])
    assert isinstance(single[0], Rejected) and "could not be decoded" in single[0].message


# 2. gateway codes, bad headers, every httpx failure, unusable 200s
@pytest.mark.parametrize("status", [408, 502, 503, 504, 520, 521, 522, 523, 524, 529])
def test_gateway_errors_are_retried(fake: FakeJina, status: int) -> None:
    fake.gateway_error(status, 2)
    out = client(fake).embed_images([jpeg((0, 0, 0))])
    assert isinstance(out[0], np.ndarray) and [e.status for e in fake.log] == [status, status, 200]


def test_a_gateway_page_becomes_its_title_in_the_message(fake: FakeJina) -> None:
    fake.gateway_error(522, 3)
    with pytest.raises(ServiceUnavailable) as caught:
        client(fake, max_retries=2).embed_images([jpeg((0, 0, 0))])
    text = str(caught.value)
    assert "HTTP 522: api.jina.ai | 522: Connection timed out" in text
    assert "<" not in text and "\n" not in text


@pytest.mark.parametrize(
    "value",
    ["soon", "", "-3", "nan", "Wed, 32 Foo 2024 99:99:99 GMT", "Mon, 99 Oct 2015 0:0:0 GMT"],
)
def test_a_malformed_retry_after_falls_back_to_back_off(fake: FakeJina, value: str) -> None:
    fake.rate_limit(1, retry_after=value)
    waits = Waits()
    out = client(fake, on_wait=waits).embed_images([jpeg((0, 9, 0))])
    assert isinstance(out[0], np.ndarray)
    assert len(waits.calls) == 1 and waits.calls[0][1] < 1  # the 0.01 s back-off, not a header


def test_retry_after_seconds_never_raises() -> None:
    def seconds(value: str) -> float | None:
        return retry_after_seconds(httpx.Response(429, headers={"Retry-After": value}))

    assert seconds("7") == 7.0
    assert seconds("soon") is None and seconds("-1") is None and seconds(", , ,") is None
    assert seconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # in the past


@pytest.mark.parametrize(
    "error",
    [
        httpx.ReadError("Connection reset by peer"),
        httpx.WriteError("Broken pipe"),
        httpx.RemoteProtocolError("Server disconnected without sending a response."),
        httpx.PoolTimeout("pool"),
        httpx.ReadTimeout("read"),
        httpx.ProxyError("502 Bad Gateway from proxy"),
        httpx.ConnectError("[Errno 111] Connection refused"),
        httpx.LocalProtocolError("odd state"),
    ],
    ids=lambda e: type(e).__name__,
)
def test_transient_httpx_errors_are_retried(error: Exception) -> None:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        if len(calls) == 1:
            raise error
        return ok_answer(request)

    out = mock_client(handler).embed_images([jpeg((1, 1, 1))])
    assert isinstance(out[0], np.ndarray) and len(calls) == 2


def test_an_undecodable_body_is_retried() -> None:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        if len(calls) == 1:  # gzip announced, garbage sent: httpx raises DecodingError
            return httpx.Response(200, headers={"Content-Encoding": "gzip"}, content=b"junk")
        return ok_answer(request)

    assert isinstance(mock_client(handler).embed_images([jpeg((1, 1, 1))])[0], np.ndarray)
    assert len(calls) == 2


@pytest.mark.parametrize(
    "url", ["ftp://api.jina.ai/v1/embeddings", "api.jina.ai/v1", "http://host:port/v1", "http://"]
)
def test_a_malformed_url_fails_at_once(url: str) -> None:
    with pytest.raises(FatalEmbeddingError, match="check it in Settings"):
        JinaEmbedder(KEY, url=url)


@pytest.mark.parametrize("error", [httpx.UnsupportedProtocol("nope"), httpx.InvalidURL("bad")])
def test_transport_url_errors_are_not_retried(error: Exception) -> None:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        raise error

    with pytest.raises(FatalEmbeddingError, match="cannot be used"):
        mock_client(handler).embed_images([jpeg((1, 1, 1))])
    assert len(calls) == 1


def test_a_redirect_loop_is_a_configuration_error(fake: FakeJina) -> None:
    fake.redirect_loop = True
    with pytest.raises(FatalEmbeddingError, match="redirects in a loop"):
        client(fake).embed_images([jpeg((1, 1, 1))])
    assert len(fake.log) == MAX_REDIRECTS + 1  # one try, no retries


# 6 (and 2). unusable answers: retried, then a clear error; never returned as vectors
CORRUPT = [
    "nan", "inf", "zero", "short", "fewer", "duplicate_index", "index_out_of_range",
    "truncated", "html", "wrong_shape", "byte_order",
]  # fmt: skip


@pytest.mark.parametrize("kind", CORRUPT)
def test_an_unusable_answer_is_retried(fake: FakeJina, kind: str) -> None:
    images = [jpeg((200, 0, 0)), jpeg((0, 200, 0)), jpeg((0, 0, 200))]
    clean = client(fake).embed_images(images)
    fake.corrupt(kind)
    waits = Waits()
    again = client(fake, on_wait=waits).embed_images(images)
    for a, b in zip(clean, again, strict=True):
        np.testing.assert_allclose(a, b, atol=1e-6)  # type: ignore[arg-type]
    assert len(fake.log) == 3 and "cannot use" in waits.calls[0][0]


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        ("nan", "NaN or infinite"),
        ("zero", "all zeros"),
        ("short", "512 values, expected 1024"),
        ("fewer", "2 vectors for 3 inputs"),
        ("duplicate_index", "index 0 twice"),
        ("index_out_of_range", "invalid index"),
        ("truncated", "not JSON"),
        ("html", "not JSON (text/html)"),
        ("wrong_shape", "no list of vectors"),
    ],
)
def test_a_persistently_unusable_answer_is_a_clear_error(
    fake: FakeJina, kind: str, words: str
) -> None:
    fake.corrupt(kind, 3)
    with pytest.raises(ServiceUnavailable) as caught:
        client(fake, max_retries=2).embed_images(
            [jpeg((1, 0, 0)), jpeg((0, 1, 0)), jpeg((0, 0, 1))]
        )
    text = str(caught.value)
    assert "did not succeed after 3 tries" in text and words in text and "\n" not in text


def test_base64_vectors_that_do_not_decode_turn_the_client_to_numbers(fake: FakeJina) -> None:
    images = [jpeg((200, 0, 0)), jpeg((0, 200, 0))]
    clean = client(fake).embed_images(images)
    fake.corrupt("byte_order", 5)  # every base64 answer from now on
    emb = client(fake)
    again = emb.embed_images(images)
    later = emb.embed_images(images)
    for a, b, c in zip(clean, again, later, strict=True):
        np.testing.assert_allclose(a, b, atol=1e-6)  # type: ignore[arg-type]
        np.testing.assert_allclose(a, c, atol=1e-6)  # type: ignore[arg-type]
    asked = [e.request.json()["embedding_type"] for e in fake.log]
    assert asked == ["base64", "base64", "float", "float"]


def test_an_answer_in_numbers_to_a_base64_request_is_used() -> None:
    emb = mock_client(ok_answer)  # answers JSON numbers whatever was asked
    (v,) = emb.embed_images([jpeg((1, 2, 3))])
    assert v.shape == (1024,) and float(v[0]) == 1.0  # type: ignore[union-attr]


# 3. rate limits
def test_pacing_from_rate_limit_headers_avoids_429s(fake: FakeJina) -> None:
    fake.requests_per_window, fake.rate_window, fake.reset_headers = 4, 0.3, True
    policy = dataclasses.replace(RetryPolicy.patient(max_retries=0), pace_below=2)
    emb = client(fake, policy=policy)
    for i in range(10):
        assert isinstance(emb.embed_images([jpeg((i, 0, 0))])[0], np.ndarray)
    assert [e.status for e in fake.log] == [200] * 10


def test_pacing_without_reset_headers_uses_the_configured_window(fake: FakeJina) -> None:
    fake.requests_per_window, fake.rate_window = 3, 0.3
    policy = dataclasses.replace(RetryPolicy.patient(max_retries=0), pace_below=1, rate_window=0.3)
    emb = client(fake, policy=policy)
    for i in range(7):
        emb.embed_images([jpeg((i, 0, 0))])
    assert [e.status for e in fake.log] == [200] * 7


def test_without_pacing_the_same_client_runs_into_429(fake: FakeJina) -> None:
    fake.requests_per_window, fake.rate_window = 3, 30.0
    policy = dataclasses.replace(RetryPolicy.patient(max_retries=0), pace_below=-1)
    emb = client(fake, policy=policy)
    with pytest.raises(ServiceUnavailable, match="HTTP 429"):
        for i in range(4):
            emb.embed_images([jpeg((i, 0, 0))])


def test_malformed_rate_limit_headers_are_ignored() -> None:
    junk = {
        "X-RateLimit-Remaining-Requests": "lots",
        "X-RateLimit-Remaining-Tokens": "-5",
        "X-RateLimit-Reset-Requests": "soon",
        "X-RateLimit-Reset-Tokens": "nan",
    }
    emb = mock_client(lambda request: ok_answer(request, junk))
    for _ in range(3):
        assert isinstance(emb.embed_images([jpeg((1, 1, 1))])[0], np.ndarray)
    assert emb.retrier.pace_interval(RateLimits.from_headers(junk)) == 0.0


def test_repeated_429s_lower_the_concurrency_and_successes_raise_it(fake: FakeJina) -> None:
    policy = dataclasses.replace(RetryPolicy.patient(backoff_base=0.001), grow_after=100)
    emb = client(fake, concurrency=4, policy=policy)
    fake.rate_limit(4, retry_after="0")
    fake.hold()  # four requests in flight at once, all answered 429
    with ThreadPoolExecutor(4) as pool:
        futures = [pool.submit(emb.embed_images, [jpeg((i, 5, 5))]) for i in range(4)]
        assert fake.wait_for(lambda: fake.waiting == 4)
        fake.release()
        assert all(isinstance(f.result()[0], np.ndarray) for f in futures)
    assert emb.retrier.limit.limit == 2  # halved once: the burst counts as one signal
    emb.retrier.limit.grow_after = 3
    for i in range(6):
        emb.embed_images([jpeg((i, 6, 6))])
    assert emb.retrier.limit.limit == 4  # one step per three successes


def test_the_lowered_limit_bounds_requests_in_flight(fake: FakeJina) -> None:
    emb = client(fake, concurrency=4)
    emb.retrier.limit.throttled(0)
    emb.retrier.limit.throttled(0)
    assert emb.retrier.limit.limit == 2
    fake.hold()
    with ThreadPoolExecutor(4) as pool:
        futures = [pool.submit(emb.embed_images, [jpeg((i, 7, 7))]) for i in range(4)]
        assert fake.wait_for(lambda: fake.waiting == 2)
        assert emb.retrier.limit.in_use == 2 and fake.waiting == 2
        fake.release()
        assert all(isinstance(f.result()[0], np.ndarray) for f in futures)


# 4. long waits are capped, reported, and stop ends them
def test_a_day_long_retry_after_is_capped_reported_and_stoppable(fake: FakeJina) -> None:
    fake.rate_limit(1, retry_after="86400")
    stop = threading.Event()
    waits = Waits(stop)
    with pytest.raises(Cancelled):
        client(fake, stop=stop, on_wait=waits).embed_images([jpeg((5, 5, 5))])
    ((reason, seconds),) = waits.calls
    assert seconds == MAX_WAIT == 300
    assert reason == "The Jina API is rate-limiting and asks for 24 h — waiting 5 min."


def test_each_wait_is_reported_with_a_reason(fake: FakeJina) -> None:
    fake.inject(Fault(503, {"detail": "Service Unavailable"}), Fault(drop=True))
    fake.rate_limit(1, retry_after="0")
    waits = Waits()
    assert isinstance(client(fake, on_wait=waits).embed_images([jpeg((1, 2, 3))])[0], np.ndarray)
    reasons = [r for r, _ in waits.calls]
    assert reasons[0].startswith("The Jina API is having trouble (HTTP 503: Service Unavailable)")
    assert reasons[1].startswith("The Jina API dropped the connection — retrying in")
    assert reasons[2].startswith("The Jina API is rate-limiting — waiting")
    assert all(s >= 0 for _, s in waits.calls)


def test_stop_ends_the_wait_after_a_timeout(fake: FakeJina) -> None:
    fake.inject(Fault(drop=True, delay=0.6))
    stop = threading.Event()
    waits = Waits(stop)
    emb = client(fake, timeout=0.1, backoff_base=60.0, stop=stop, on_wait=waits)
    with pytest.raises(Cancelled):
        emb.embed_images([jpeg((3, 3, 3))])
    assert "did not answer in time" in waits.calls[0][0] and len(fake.log) == 1


def test_stop_during_a_failed_request_is_not_retried() -> None:
    stop = threading.Event()
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        stop.set()
        raise httpx.ReadError("Connection reset by peer")

    with pytest.raises(Cancelled):
        mock_client(handler, stop=stop).embed_images([jpeg((3, 3, 3))])
    assert len(calls) == 1


def test_stop_ends_a_pacing_wait() -> None:
    spent = {"X-RateLimit-Remaining-Requests": "0", "X-RateLimit-Reset-Requests": "1h"}
    stop = threading.Event()
    waits = Waits(stop)
    emb = mock_client(lambda request: ok_answer(request, spent), stop=stop, on_wait=waits)
    emb.embed_images([jpeg((1, 1, 1))])
    with pytest.raises(Cancelled):
        emb.embed_images([jpeg((2, 2, 2))])
    ((reason, seconds),) = waits.calls
    assert "rate limit is nearly used up" in reason and seconds == pytest.approx(300, abs=1)


# 5. interactive policy, clear and bounded messages
def test_interactive_connection_refused_fails_fast_and_names_the_address() -> None:
    port = closed_port()
    waits = Waits()
    emb = JinaEmbedder(
        KEY, url=f"http://user:s3cret@127.0.0.1:{port}/v1/embeddings", interactive=True,
        on_wait=waits,
    )  # fmt: skip
    _open.append(emb)
    with pytest.raises(ServiceUnavailable) as caught:
        emb.embed_texts(["un chat qui dort"])
    assert str(caught.value) == (
        f"Cannot reach the Jina API at http://127.0.0.1:{port}/v1/embeddings (connection refused)."
    )
    assert len(waits.calls) == 1 and waits.calls[0][1] <= 0.25  # one quick retry
    assert waits.calls[0][0].startswith(f"Cannot reach the Jina API at 127.0.0.1:{port} —")
    assert emb.policy.connect_timeout <= 2 and "s3cret" not in waits.calls[0][0]


def test_interactive_unknown_host_is_named() -> None:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        raise httpx.ConnectError("[Errno -2] Name or service not known")

    with pytest.raises(
        ServiceUnavailable, match=r"at http://jina.test/v1/embeddings \(unknown host\)\.$"
    ):
        mock_client(handler, interactive=True).embed_texts(["x"])
    assert len(calls) == 2


def test_interactive_long_rate_limit_is_reported_not_waited(fake: FakeJina) -> None:
    fake.rate_limit(1, retry_after="30")
    waits = Waits()
    with pytest.raises(ServiceUnavailable, match=r"rate-limiting; try again in 30 s\.$"):
        client(fake, interactive=True, on_wait=waits).embed_texts(["x"])
    assert waits.calls == [] and len(fake.log) == 1


def test_patient_policy_reports_every_wait_when_unreachable() -> None:
    port = closed_port()
    waits = Waits()
    emb = JinaEmbedder(
        KEY, url=f"http://127.0.0.1:{port}/v1/embeddings", max_retries=3, backoff_base=0.001,
        on_wait=waits,
    )  # fmt: skip
    _open.append(emb)
    with pytest.raises(ServiceUnavailable) as caught:
        emb.embed_images([jpeg((1, 1, 1))])
    assert str(caught.value) == (
        f"Cannot reach the Jina API at http://127.0.0.1:{port}/v1/embeddings (connection "
        "refused). Nothing is lost; run indexing again later."
    )
    assert len(waits.calls) == 3
    assert all(r.startswith("Cannot reach the Jina API at 127.0.0.1:") for r, _ in waits.calls)


def test_a_huge_query_is_not_echoed(fake: FakeJina) -> None:
    query = "word " * 20_000  # 100 KB, past the model's 8192 tokens: refused
    with pytest.raises(EmbeddingError) as caught:
        client(fake).embed_texts([query])
    text = str(caught.value)
    assert len(text) < 400 and "…" in text and "too long" in text


def test_credentials_in_the_url_never_reach_a_message(fake: FakeJina) -> None:
    with pytest.raises(FatalEmbeddingError) as bad:
        JinaEmbedder(KEY, url="ftp://admin:hunter2@api.jina.ai/v1/embeddings?key=abc")
    assert "'ftp://api.jina.ai/v1/embeddings'" in str(bad.value)
    url = fake.endpoint.replace("http://", "http://admin:hunter2@")
    with pytest.raises(AuthError) as refused:  # httpx sends the userinfo as Basic auth
        check_key(KEY, url)
    for text in (str(bad.value), str(refused.value)):
        assert "hunter2" not in text and "admin" not in text and "abc" not in text
