"""Retrying calls to a remote embedding service, whatever HTTP library sends them.

An embedder writes one *attempt* (send one request, read the answer) as a function that returns
the result, raises `Retry` for a failure worth another try, or raises anything else to stop.
`Retrier.call` runs it under a `RetryPolicy`:

* back-off with jitter, shared by every thread of one embedder (one 429 slows them all), never
  longer than `MAX_WAIT` in one go whatever `Retry-After` asks for;
* `on_wait(reason, seconds)` before each retry wait, with one sentence fit to show a user, and
  the `stop` event ends any wait at once (`Cancelled`);
* pacing from the `X-RateLimit-*` headers of successful answers, so the client slows down
  before the service starts refusing, and an `AdaptiveLimit` on requests in flight that halves
  after repeated 429s and grows back one step per run of successes;
* two policies: `RetryPolicy.patient()` for indexing (many tries, long waits, each reported)
  and `RetryPolicy.interactive()` for searches and key checks (an unreachable service fails in a
  few seconds with a clear sentence).

Nothing here knows httpx: statuses, header mappings and seconds are all it needs, so another
HTTP embedder (e.g. one that goes through elasticsearch-py) reuses it by mapping its own
exceptions to `Retry`.
"""

from __future__ import annotations

import contextlib
import dataclasses
import email.utils
import logging
import math
import random
import re
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC
from typing import Literal, TypeVar

from photoseek.embedding.base import Cancelled, ServiceUnavailable

log = logging.getLogger(__name__)

T = TypeVar("T")
OnWait = Callable[[str, float], None]

MAX_WAIT = 300.0  # no single wait is longer, whatever the server asks (Retry-After: 86400)

# Retried like a server error: the service's own 5xx, and what the gateways and CDNs in front
# of it answer (408 request timeout, Cloudflare's 520–524, 529 "site is overloaded").
TRANSIENT_STATUSES: frozenset[int] = frozenset(
    {408, 429, 500, 502, 503, 504, 520, 521, 522, 523, 524, 529}
)

FailureKind = Literal["throttled", "unreachable", "timeout", "dropped", "failed", "bad_answer"]


def is_transient(status: int) -> bool:
    """Whether an HTTP status is worth retrying (rate limit, server or gateway trouble)."""
    return status in TRANSIENT_STATUSES


# -- header parsing ----------------------------------------------------------------------------
def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a `Retry-After` value (delta-seconds or an HTTP date).

    None when absent or malformed (the caller then uses its own back-off); never raises.
    Not capped here: the policy caps, so the caller can still tell the user what was asked.
    """
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            parsed = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
        if parsed is None:  # older Pythons returned None for junk
            return None
        if parsed.tzinfo is None:  # "-0000" means UTC with no zone given
            parsed = parsed.replace(tzinfo=UTC)
        try:
            stamp = parsed.timestamp()
        except (OverflowError, OSError, ValueError):
            return None
        return max(0.0, stamp - (time.time() if now is None else now))
    if math.isnan(seconds) or seconds < 0:
        return None
    return seconds  # may be inf ("1e999"): capped by the policy


_DURATION = re.compile(
    r"^(?:(?P<h>\d+(?:\.\d+)?)h)?(?:(?P<m>\d+(?:\.\d+)?)m(?!s))?"
    r"(?:(?P<s>\d+(?:\.\d+)?)s)?(?:(?P<ms>\d+(?:\.\d+)?)ms)?$"
)


def parse_reset(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds until a rate-limit window resets, from an `X-RateLimit-Reset-*` value.

    Accepts what APIs send there: plain seconds (`"12"`, `"0.5"`), durations (`"1m30s"`,
    `"250ms"`), a Unix time (`"1735689600"`) or an HTTP date. None when absent or malformed.
    """
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        number = float(value)
    except ValueError:
        m = _DURATION.match(value)
        if m and any(m.groupdict().values()):
            parts = {k: float(v) for k, v in m.groupdict().items() if v}
            return (
                parts.get("h", 0.0) * 3600
                + parts.get("m", 0.0) * 60
                + parts.get("s", 0.0)
                + parts.get("ms", 0.0) / 1000
            )
        return parse_retry_after(value, now=now)
    if math.isnan(number) or math.isinf(number) or number < 0:
        return None
    if number > 1e9:  # a Unix time, not a duration
        return max(0.0, number - (time.time() if now is None else now))
    return number


def _count(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        n = float(value.strip())
    except ValueError:
        return None
    if math.isnan(n) or math.isinf(n) or n < 0:
        return None
    return int(n)


@dataclass(frozen=True)
class RateLimits:
    """What the `X-RateLimit-*` headers of one answer say (None for absent or malformed)."""

    remaining_requests: int | None = None
    remaining_tokens: int | None = None
    reset_requests: float | None = None  # seconds until the request budget refills
    reset_tokens: float | None = None

    @classmethod
    def from_headers(cls, headers: Mapping[str, str]) -> RateLimits:
        h = {k.lower(): v for k, v in headers.items()}
        return cls(
            remaining_requests=_count(h.get("x-ratelimit-remaining-requests")),
            remaining_tokens=_count(h.get("x-ratelimit-remaining-tokens")),
            reset_requests=parse_reset(h.get("x-ratelimit-reset-requests")),
            reset_tokens=parse_reset(h.get("x-ratelimit-reset-tokens")),
        )


def server_delay(status: int, headers: Mapping[str, str]) -> float | None:
    """How long the server asks us to wait: `Retry-After`, else (on 429) the reset time of the
    spent rate-limit budget. None when it does not say (or says it malformed)."""
    h = {k.lower(): v for k, v in headers.items()}
    delay = parse_retry_after(h.get("retry-after"))
    if delay is not None or status != 429:
        return delay
    limits = RateLimits.from_headers(h)
    resets = [
        reset
        for remaining, reset in (
            (limits.remaining_requests, limits.reset_requests),
            (limits.remaining_tokens, limits.reset_tokens),
        )
        if reset is not None and remaining in (0, None)
    ]
    return max(resets) if resets else None


# -- messages ----------------------------------------------------------------------------------
_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/\s?#@]*@")


def redact(text: str) -> str:
    """`text` with the `user:password@` part of every URL in it removed."""
    return _USERINFO.sub(r"\1", text)


def redact_url(url: str) -> str:
    """A URL fit for a message: no credentials, no query string or fragment."""
    return re.split(r"[?#]", redact(url.strip()), maxsplit=1)[0]


def host_of(url: str) -> str:
    """The host (and port) of a URL, for short messages ("api.jina.ai")."""
    rest = redact_url(url).split("://", 1)[-1]
    return rest.split("/", 1)[0] or url


def shorten(text: str, limit: int = 80) -> str:
    """At most `limit` characters, on one line, with an ellipsis when cut."""
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1].rstrip() + "…"


def format_seconds(seconds: float) -> str:
    if seconds < 1:
        return "under a second"
    if seconds < 90:
        return f"{seconds:.0f} s"
    if seconds < 5400:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.0f} h"


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


# -- policy ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class RetryPolicy:
    """How hard to try. Build one with `patient()` or `interactive()` and `dataclasses.replace`."""

    max_retries: int = 6  # retries after the first try, for any transient failure
    # Retries when the service cannot be reached or does not answer in time (None: max_retries).
    connect_retries: int | None = None
    backoff_base: float = 1.0  # first back-off; doubles per failure, with 50–100 % jitter
    backoff_max: float = 60.0
    max_wait: float = MAX_WAIT  # cap on any one wait, Retry-After included
    # Give up instead of waiting when the waits of one call would pass this (None: never).
    total_wait: float | None = None
    connect_timeout: float = 10.0  # for the transport: seconds to open a connection
    advice: str = "Nothing is lost; run indexing again later."  # ends the give-up sentence
    # Rate-limit pacing: when an answer says at most `pace_below` requests (or requests' worth
    # of tokens) are left, the next requests are spread over the reset time (or `rate_window`
    # seconds when the service sends no reset header). A negative pace_below turns pacing off.
    pace_below: int = 5
    rate_window: float = 60.0
    # Adaptive concurrency: halve the requests in flight after `throttle_after` 429s, grow one
    # step back after `grow_after` successes in a row, never below `min_concurrency`.
    adaptive: bool = True
    min_concurrency: int = 1
    throttle_after: int = 2
    grow_after: int = 20

    @classmethod
    def patient(cls, max_retries: int = 6, backoff_base: float = 1.0) -> RetryPolicy:
        """Indexing: keep trying through outages and rate limits, and say so through on_wait."""
        return cls(max_retries=max_retries, backoff_base=backoff_base)

    @classmethod
    def interactive(cls, max_retries: int = 2, backoff_base: float = 0.25) -> RetryPolicy:
        """A person is waiting (search, key check): an unreachable service fails within ~5 s
        (2 s to connect, one quick retry), and a long rate-limit wait is reported, not done."""
        return cls(
            max_retries=max_retries,
            connect_retries=1,
            backoff_base=backoff_base,
            backoff_max=2.0,
            max_wait=5.0,
            total_wait=5.0,
            connect_timeout=2.0,
            advice="",
            throttle_after=1,
        )

    def backoff(self, failures: int) -> float:
        """The jittered delay after the `failures`-th failure in a row (1-based)."""
        exp = min(self.backoff_max, self.backoff_base * 2 ** max(0, failures - 1))
        return exp * random.uniform(0.5, 1.0)


class Retry(Exception):
    """Raised by an attempt: this failure is worth another try.

    `reason` ends up in the final message ("HTTP 503: Service Unavailable"); `retry_after` is
    what the server asked for (seconds, uncapped); `give_up` replaces the default final sentence
    ("Cannot reach the Jina API at … (connection refused).").
    """

    def __init__(
        self,
        reason: str,
        *,
        kind: FailureKind = "failed",
        retry_after: float | None = None,
        give_up: str | None = None,
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.kind: FailureKind = kind
        self.retry_after = retry_after
        self.give_up = give_up


# -- adaptive concurrency ----------------------------------------------------------------------
class AdaptiveLimit:
    """A limit on requests in flight, shared by the threads of one embedder.

    Halves (down to `minimum`) after `throttle_after` throttled answers to requests sent since
    the last change, so a burst of 429s from requests already in flight counts once; grows by
    one (up to `maximum`) after `grow_after` successes in a row.
    """

    def __init__(
        self, maximum: int, minimum: int = 1, *, throttle_after: int = 2, grow_after: int = 20
    ) -> None:
        self.maximum = max(1, maximum)
        self.minimum = max(1, min(minimum, self.maximum))
        self.throttle_after = max(1, throttle_after)
        self.grow_after = max(1, grow_after)
        self._limit = self.maximum
        self._in_use = 0
        self._generation = 0
        self._throttles = 0
        self._successes = 0
        self._cond = threading.Condition()

    @property
    def limit(self) -> int:
        return self._limit

    @property
    def in_use(self) -> int:
        return self._in_use

    def acquire(self, stop: threading.Event) -> int:
        """Wait for a free slot; returns a ticket for `throttled`. Raises Cancelled on stop."""
        with self._cond:
            while self._in_use >= self._limit:
                if stop.is_set():
                    raise Cancelled("cancelled")
                self._cond.wait(0.1)  # the stop event cannot wake a Condition: poll it
            if stop.is_set():
                raise Cancelled("cancelled")
            self._in_use += 1
            return self._generation

    def release(self) -> None:
        with self._cond:
            self._in_use -= 1
            self._cond.notify()

    @contextlib.contextmanager
    def slot(self, stop: threading.Event) -> Iterator[int]:
        ticket = self.acquire(stop)
        try:
            yield ticket
        finally:
            self.release()

    def throttled(self, ticket: int) -> bool:
        """A request sent with `ticket` was rate-limited; True when the limit went down."""
        with self._cond:
            self._successes = 0
            if ticket != self._generation:
                return False  # sent before the last change: already accounted for
            self._throttles += 1
            if self._throttles < self.throttle_after or self._limit <= self.minimum:
                return False
            self._limit = max(self.minimum, self._limit // 2)
            self._generation += 1
            self._throttles = 0
            return True

    def succeeded(self) -> bool:
        """A request succeeded; True when the limit went up."""
        with self._cond:
            self._throttles = 0
            self._successes += 1
            if self._successes < self.grow_after or self._limit >= self.maximum:
                return False
            self._successes = 0
            self._limit += 1
            self._cond.notify()
            return True


# -- the retry loop ----------------------------------------------------------------------------
class Retrier:
    """Runs attempts under a policy; one per embedder, shared by all its threads.

    `service` names the service in sentences ("the Jina API"); `address` is the URL it is
    reached at (credentials are removed before it appears in any message).
    """

    def __init__(
        self,
        policy: RetryPolicy,
        *,
        service: str,
        address: str,
        concurrency: int = 4,
        stop: threading.Event | None = None,
        on_wait: OnWait | None = None,
    ) -> None:
        self.policy = policy
        self.service = service
        self.address = redact_url(address)
        self.host = host_of(address)
        self.stop = stop or threading.Event()
        self.on_wait = on_wait
        self.limit = AdaptiveLimit(
            concurrency if policy.adaptive else max(1, concurrency),
            policy.min_concurrency if policy.adaptive else max(1, concurrency),
            throttle_after=policy.throttle_after,
            grow_after=policy.grow_after,
        )
        self._lock = threading.Lock()
        self._pause_until = 0.0  # shared back-off deadline (monotonic)
        self._not_before = 0.0  # pacing: the earliest start of the next request (monotonic)
        self._interval = 0.0  # pacing: seconds between request starts (0: no pacing)
        self._interval_until = 0.0  # …computed for the window that ends then (monotonic)

    # -- public -------------------------------------------------------------------------------
    def call(self, attempt: Callable[[], T]) -> T:
        """Run `attempt` until it returns or fails for good.

        `Retry` from the attempt means try again after a back-off; any other exception passes
        through. Raises `Cancelled` once `stop` is set (before a try or during any wait), and
        `ServiceUnavailable` when the retries or the wait budget are spent.
        """
        failures = 0
        slow_failures = 0  # cannot connect / no answer in time
        waited = 0.0
        while True:
            with self.limit.slot(self.stop) as ticket:
                self._wait_turn()  # inside the slot: pacing counts requests really sent
                try:
                    result = attempt()
                except Retry as exc:
                    failure = exc
                else:
                    self.limit.succeeded()
                    return result
            if self.stop.is_set():
                raise Cancelled("cancelled")
            failures += 1
            if failure.kind == "throttled" and self.limit.throttled(ticket):
                log.info(
                    "%s is rate-limiting: %d requests at once now", self.service, self.limit.limit
                )
            if failure.kind in ("unreachable", "timeout"):
                slow_failures += 1
            p = self.policy
            slow_cap = p.max_retries if p.connect_retries is None else p.connect_retries
            if failures > p.max_retries or slow_failures > slow_cap:
                raise ServiceUnavailable(self._give_up(failure, failures))
            wanted = p.backoff(failures)
            if failure.retry_after is not None:
                wanted = max(wanted, failure.retry_after)
            if p.total_wait is not None and waited + wanted > p.total_wait:
                raise ServiceUnavailable(self._give_up(failure, failures, wanted))
            delay = min(wanted, p.max_wait)
            waited += delay
            log.info("%s: %s; retry %d in %.1f s", self.service, failure.reason, failures, delay)
            with self._lock:  # shared: every thread of this embedder waits it out
                self._pause_until = max(self._pause_until, time.monotonic() + delay)
            self._report(self._wait_sentence(failure, delay, wanted), delay)

    def observe(self, headers: Mapping[str, str], cost: int = 0) -> None:
        """Read the rate-limit headers of a successful answer (`cost`: its tokens) and pace
        the next requests when the budget is nearly spent.

        Call it from inside the attempt (its request still counts as in flight): the other
        requests in flight will spend the budget too, so they are taken off what is left.
        Answers of concurrent requests arrive in any order, so a slower pace holds until the
        window it was computed for has passed; only then may a later answer speed it up.
        """
        limits = RateLimits.from_headers(headers)
        others = max(0, self.limit.in_use - 1)
        if others:
            limits = dataclasses.replace(
                limits,
                remaining_requests=None
                if limits.remaining_requests is None
                else max(0, limits.remaining_requests - others),
                remaining_tokens=None
                if limits.remaining_tokens is None
                else max(0, limits.remaining_tokens - others * cost),
            )
        interval, window = self._pace(limits, cost)
        with self._lock:
            now = time.monotonic()
            if interval < self._interval and now < self._interval_until:
                return
            if interval > 0 and self._interval == 0:
                log.info(
                    "%s: rate limit nearly spent, %.1f s between requests", self.service, interval
                )
            self._interval = interval
            self._interval_until = now + window
            if interval > 0:  # counted from this answer: the budget it reports is as of now
                self._not_before = max(self._not_before, now + interval)

    def pace_interval(self, limits: RateLimits, cost: int = 0) -> float:
        """Seconds between request starts that make the remaining budget last until it resets
        (0 when plenty is left or the headers say nothing)."""
        return self._pace(limits, cost)[0]

    def _pace(self, limits: RateLimits, cost: int) -> tuple[float, float]:
        """(interval, seconds the interval is meant for)."""
        p = self.policy
        interval, span = 0.0, 0.0
        if limits.remaining_requests is not None and limits.remaining_requests <= p.pace_below:
            window = limits.reset_requests if limits.reset_requests is not None else p.rate_window
            interval = window / max(1, limits.remaining_requests)
            span = window
        if limits.remaining_tokens is not None and cost > 0:
            left = limits.remaining_tokens // cost  # requests of this size that still fit
            if left <= p.pace_below:
                window = limits.reset_tokens if limits.reset_tokens is not None else p.rate_window
                if window / max(1, left) > interval:
                    interval, span = window / max(1, left), window
        return min(interval, p.max_wait), min(span, p.max_wait)

    @property
    def pause_remaining(self) -> float:
        """Seconds left of the shared back-off (0 when requests may go)."""
        with self._lock:
            return max(0.0, self._pause_until - time.monotonic())

    # -- internals ----------------------------------------------------------------------------
    def _wait_turn(self) -> None:
        """Wait out the shared back-off and the pacing interval, then take a start slot."""
        while True:
            with self._lock:
                now = time.monotonic()
                target = max(self._pause_until, self._not_before)
                if target <= now:
                    if self._interval > 0:  # the next thread waits an interval from here
                        self._not_before = now + self._interval
                    break
                remaining = target - now
                paced = self._pause_until <= now
            if paced and remaining >= 1:
                self._report(
                    f"{_sentence(self.service)}'s rate limit is nearly used up — sending the next "
                    f"request in {format_seconds(remaining)}.",
                    remaining,
                )
            if self.stop.wait(remaining):
                raise Cancelled("cancelled")
        if self.stop.is_set():
            raise Cancelled("cancelled")

    def _report(self, reason: str, seconds: float) -> None:
        if self.on_wait is None:
            return
        try:
            self.on_wait(reason, seconds)
        except Exception:  # a broken display must not break indexing
            log.exception("on_wait callback failed")

    def _wait_sentence(self, failure: Retry, delay: float, wanted: float) -> str:
        s = _sentence(self.service)
        when = format_seconds(delay)
        if failure.kind == "throttled":
            if wanted > delay:
                return (
                    f"{s} is rate-limiting and asks for {format_seconds(wanted)} — waiting {when}."
                )
            return f"{s} is rate-limiting — waiting {when}."
        if failure.kind == "unreachable":
            return f"Cannot reach {self.service} at {self.host} — retrying in {when}."
        if failure.kind == "timeout":
            return f"{s} did not answer in time — retrying in {when}."
        if failure.kind == "dropped":
            return f"{s} dropped the connection — retrying in {when}."
        if failure.kind == "bad_answer":
            return f"{s} sent an answer Photoseek cannot use — retrying in {when}."
        return f"{s} is having trouble ({shorten(failure.reason, 60)}) — retrying in {when}."

    def _give_up(self, failure: Retry, tries: int, wanted: float | None = None) -> str:
        if failure.give_up is not None:
            text = failure.give_up
        elif wanted is not None and failure.kind == "throttled":
            text = (
                f"{_sentence(self.service)} is rate-limiting; try again in "
                f"{format_seconds(wanted)}."
            )
        else:
            text = (
                f"{_sentence(self.service)} did not succeed after {tries} "
                f"{'try' if tries == 1 else 'tries'} ({failure.reason})."
            )
        text = redact(text)
        return f"{text} {self.policy.advice}" if self.policy.advice else text
