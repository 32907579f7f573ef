"""The transport-agnostic retry layer: header parsing, policies, adaptive limit, the loop."""

from __future__ import annotations

import dataclasses
import email.utils
import threading

import pytest

from photoseek.embedding.base import Cancelled, ServiceUnavailable
from photoseek.embedding.retry import (
    MAX_WAIT,
    TRANSIENT_STATUSES,
    AdaptiveLimit,
    RateLimits,
    Retrier,
    Retry,
    RetryPolicy,
    format_seconds,
    host_of,
    is_transient,
    parse_reset,
    parse_retry_after,
    redact,
    redact_url,
    server_delay,
    shorten,
)

NOW = 1_700_000_000.0


def test_transient_statuses_include_the_gateway_codes() -> None:
    for status in (408, 429, 500, 502, 503, 504, 520, 521, 522, 523, 524, 529):
        assert is_transient(status)
    for status in (200, 400, 401, 403, 404, 413, 422, 501, 505):
        assert not is_transient(status)
    assert {408, 429, 500, 502, 503, 504, 520, 521, 522, 523, 524, 529} == TRANSIENT_STATUSES


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("42", 42.0),
        (" 3 ", 3.0),
        ("0", 0.0),
        ("1.5", 1.5),
        (email.utils.formatdate(NOW + 30, usegmt=True), 30.0),
        (email.utils.formatdate(NOW - 30, usegmt=True), 0.0),  # in the past: go now
        (email.utils.formatdate(NOW + 60).replace("+0000", "-0000"), 60.0),  # no zone = UTC
        (None, None),
        ("", None),
        ("soon", None),
        ("-1", None),
        ("nan", None),
        ("Sun", None),
        (", , , ,", None),
        ("Mon, 99 Oct 2015 07:28:00 GMT", None),
        ("Wed, 32 Foo 2024 99:99:99 GMT", None),
    ],
)
def test_parse_retry_after(value: str | None, seconds: float | None) -> None:
    got = parse_retry_after(value, now=NOW)
    assert got == (pytest.approx(seconds, abs=1) if seconds is not None else None)


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("12", 12.0),
        ("0.5", 0.5),
        ("1s", 1.0),
        ("0.75s", 0.75),
        ("250ms", 0.25),
        ("1m30s", 90.0),
        ("6m0s", 360.0),
        ("2h", 7200.0),
        (str(int(NOW + 20)), 20.0),  # a Unix time
        (email.utils.formatdate(NOW + 10, usegmt=True), 10.0),
        ("soon", None),
        ("-3", None),
        ("inf", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_reset(value: str | None, seconds: float | None) -> None:
    got = parse_reset(value, now=NOW)
    assert got == (pytest.approx(seconds, abs=1) if seconds is not None else None)


def test_rate_limits_from_headers_any_case_and_junk() -> None:
    limits = RateLimits.from_headers(
        {
            "x-ratelimit-remaining-requests": "7",
            "X-RATELIMIT-REMAINING-TOKENS": "123456",
            "X-RateLimit-Reset-Requests": "2s",
        }
    )
    assert limits == RateLimits(7, 123456, 2.0, None)
    assert RateLimits.from_headers({}) == RateLimits()
    assert RateLimits.from_headers({"X-RateLimit-Remaining-Requests": "many"}) == RateLimits()


def test_server_delay_prefers_retry_after_then_the_spent_budget_reset() -> None:
    assert server_delay(429, {"Retry-After": "5", "X-RateLimit-Reset-Requests": "9"}) == 5
    spent = {"X-RateLimit-Remaining-Requests": "0", "X-RateLimit-Reset-Requests": "9s"}
    assert server_delay(429, spent) == 9
    assert server_delay(503, spent) is None  # a reset header says nothing about a 503
    assert server_delay(429, {"Retry-After": "junk"}) is None


def test_messages_are_redacted_and_bounded() -> None:
    assert redact_url("https://user:pa55@api.jina.ai/v1/embeddings?key=x#f") == (
        "https://api.jina.ai/v1/embeddings"
    )
    assert redact("see http://a:b@h:1/p and https://c@d/") == "see http://h:1/p and https://d/"
    assert host_of("http://u:p@127.0.0.1:9/v1/embeddings") == "127.0.0.1:9"
    assert shorten("x" * 100_000) == "x" * 79 + "…"
    assert shorten("a\nb   c") == "a b c"
    assert [format_seconds(s) for s in (0.01, 8, 42, 300, 86400)] == [
        "under a second",
        "8 s",
        "42 s",
        "5 min",
        "24 h",
    ]


def test_backoff_doubles_with_jitter_and_a_cap() -> None:
    policy = RetryPolicy(backoff_base=1.0, backoff_max=10.0)
    for failures, top in ((1, 1.0), (2, 2.0), (3, 4.0), (6, 10.0)):
        delays = [policy.backoff(failures) for _ in range(50)]
        assert all(top * 0.5 <= d <= top for d in delays)


def test_interactive_policy_is_quick() -> None:
    p = RetryPolicy.interactive()
    assert p.connect_retries == 1 and p.connect_timeout <= 2 and p.total_wait is not None
    assert p.total_wait <= 5 and p.advice == ""
    patient = RetryPolicy.patient()
    assert patient.max_wait == MAX_WAIT == 300 and patient.total_wait is None


# -- adaptive limit ----------------------------------------------------------------------------
def test_adaptive_limit_halves_once_per_generation_and_grows_back() -> None:
    limit = AdaptiveLimit(8, 1, throttle_after=2, grow_after=3)
    stop = threading.Event()
    tickets = [limit.acquire(stop) for _ in range(8)]
    assert limit.in_use == 8
    assert not limit.throttled(tickets[0])
    assert limit.throttled(tickets[1]) and limit.limit == 4
    assert not any(limit.throttled(t) for t in tickets[2:])  # sent before the change
    for _ in range(8):
        limit.release()
    new = limit.acquire(stop)
    limit.release()
    limit.throttled(new)
    assert limit.throttled(new) and limit.limit == 2
    assert [limit.succeeded() for _ in range(6)] == [False, False, True, False, False, True]
    assert limit.limit == 4


def test_adaptive_limit_never_below_minimum_and_acquire_honours_stop() -> None:
    limit = AdaptiveLimit(2, 2)
    limit.throttled(0)
    limit.throttled(0)
    assert limit.limit == 2
    stop = threading.Event()
    limit.acquire(stop)
    limit.acquire(stop)
    stop.set()
    with pytest.raises(Cancelled):
        limit.acquire(stop)


# -- the loop, driven without any HTTP library (what an elasticsearch-py embedder does) ----------
class FlakyService:
    """Fails `failures` times with the given Retry, then answers."""

    def __init__(self, *failures: Retry) -> None:
        self.failures = list(failures)
        self.calls = 0

    def __call__(self) -> str:
        self.calls += 1
        if self.failures:
            raise self.failures.pop(0)
        return "vectors"


def retrier(policy: RetryPolicy | None = None, **kw: object) -> Retrier:
    policy = policy or RetryPolicy.patient(max_retries=3, backoff_base=0.001)
    return Retrier(
        policy,
        service="the Elastic inference endpoint",
        address="https://elastic:changeme@es.example:9200/_inference/embedding/jina",
        **kw,  # type: ignore[arg-type]
    )


def test_retrier_retries_then_succeeds_and_reports_each_wait() -> None:
    waits: list[tuple[str, float]] = []
    service = FlakyService(
        Retry("HTTP 429: too many requests", kind="throttled", retry_after=0.01),
        Retry("connection refused", kind="unreachable"),
    )
    assert retrier(on_wait=lambda r, s: waits.append((r, s))).call(service) == "vectors"
    assert service.calls == 3
    assert (
        waits[0][0] == "The Elastic inference endpoint is rate-limiting — waiting under a second."
    )
    assert waits[1][0].startswith(
        "Cannot reach the Elastic inference endpoint at es.example:9200 — retrying in"
    )


def test_retrier_gives_up_with_a_sentence_and_the_advice() -> None:
    service = FlakyService(*[Retry("HTTP 503: busy") for _ in range(9)])
    with pytest.raises(ServiceUnavailable) as caught:
        retrier().call(service)
    assert str(caught.value) == (
        "The Elastic inference endpoint did not succeed after 4 tries (HTTP 503: busy). "
        "Nothing is lost; run indexing again later."
    )
    assert service.calls == 4


def test_retrier_lets_other_errors_through_at_once() -> None:
    class Refused(Exception):
        pass

    def attempt() -> str:
        raise Refused("401")

    with pytest.raises(Refused):
        retrier().call(attempt)


def test_retrier_caps_a_long_server_wait_and_stop_ends_it() -> None:
    stop = threading.Event()
    waits: list[float] = []

    def on_wait(reason: str, seconds: float) -> None:
        waits.append(seconds)
        stop.set()

    service = FlakyService(Retry("HTTP 429", kind="throttled", retry_after=86400))
    with pytest.raises(Cancelled):
        retrier(stop=stop, on_wait=on_wait).call(service)
    assert waits == [MAX_WAIT] and service.calls == 1


def test_retrier_shares_its_back_off_between_threads() -> None:
    reported = threading.Event()
    r = retrier(RetryPolicy.patient(backoff_base=60.0), on_wait=lambda _r, _s: reported.set())
    first = FlakyService(Retry("HTTP 503"))
    second = FlakyService()
    outcomes: list[BaseException | str] = []

    def call(service: FlakyService) -> None:
        try:
            outcomes.append(r.call(service))
        except Cancelled as exc:
            outcomes.append(exc)

    threads = [threading.Thread(target=call, args=(first,))]
    threads[0].start()
    assert reported.wait(5) and r.pause_remaining > 25
    threads.append(threading.Thread(target=call, args=(second,)))
    threads[1].start()
    threads[1].join(0.2)
    assert second.calls == 0  # held by the first thread's back-off, not sent
    r.stop.set()
    for t in threads:
        t.join(5)
    assert [type(o) for o in outcomes] == [Cancelled, Cancelled] and second.calls == 0


def test_retrier_interactive_gives_up_instead_of_a_long_wait() -> None:
    service = FlakyService(Retry("HTTP 429", kind="throttled", retry_after=30))
    with pytest.raises(ServiceUnavailable) as caught:
        retrier(RetryPolicy.interactive()).call(service)
    assert (
        str(caught.value) == "The Elastic inference endpoint is rate-limiting; try again in 30 s."
    )


def test_retrier_connect_retries_are_separate_from_max_retries() -> None:
    service = FlakyService(*[Retry("connection refused", kind="unreachable") for _ in range(5)])
    policy = dataclasses.replace(RetryPolicy.interactive(max_retries=4), backoff_base=0.001)
    with pytest.raises(ServiceUnavailable):
        retrier(policy).call(service)
    assert service.calls == 2  # the first try and one quick retry


def test_pace_interval_spreads_what_is_left_over_the_reset() -> None:
    r = retrier(dataclasses.replace(RetryPolicy.patient(), pace_below=5, rate_window=60.0))
    assert r.pace_interval(RateLimits(remaining_requests=100)) == 0
    assert r.pace_interval(RateLimits(remaining_requests=4, reset_requests=8.0)) == 2.0
    assert r.pace_interval(RateLimits(remaining_requests=0)) == 60.0  # no reset header: window
    assert r.pace_interval(RateLimits(remaining_tokens=3000), cost=1000) == 20.0
    assert r.pace_interval(RateLimits(remaining_tokens=10**9), cost=1000) == 0
    assert r.pace_interval(RateLimits(remaining_requests=0, reset_requests=86400)) == MAX_WAIT


def test_a_stale_answer_does_not_speed_up_the_pace() -> None:
    stop = threading.Event()
    waits: list[tuple[str, float]] = []

    def on_wait(reason: str, seconds: float) -> None:
        waits.append((reason, seconds))
        stop.set()

    r = retrier(stop=stop, on_wait=on_wait)
    assert r.call(FlakyService()) == "vectors"
    r.observe({"X-RateLimit-Remaining-Requests": "0", "X-RateLimit-Reset-Requests": "30s"})
    r.observe({"X-RateLimit-Remaining-Requests": "400"})  # an older request's answer, late
    with pytest.raises(Cancelled):
        r.call(FlakyService())
    ((reason, seconds),) = waits
    assert seconds == pytest.approx(30, abs=1)
    assert reason == (
        "The Elastic inference endpoint's rate limit is nearly used up — sending the next "
        "request in 30 s."
    )
