"""Jina Embeddings API client (jina-clip-v2) over httpx.

Asks once for the full 1024 dims (normalised); smaller Matryoshka sizes are derived locally.
The vectors come as base64 float32 (`embedding_type: "base64"`): a quarter of the bytes of
JSON numbers, and nothing to parse number by number (about 6 ms of the interpreter's time a
batch of 16, which every request in flight waited for). jina.md says little-endian and asks to
verify it: a base64 answer that does not decode to unit vectors (as asked for) turns the client
to JSON numbers for the rest of its life, and the request is tried again.
Retrying, back-off, rate-limit pacing, adaptive concurrency and wait reporting come from
`photoseek.embedding.retry`; this module maps httpx's exceptions and the API's answers onto it:

* retried: 408, 429, 5xx and the gateway codes 520–524 and 529; timeouts; refused, reset or
  dropped connections; answers that cannot be used (not JSON, wrong shape, fewer vectors than
  inputs, a repeated or out-of-range `index`, a vector of the wrong length, NaN, infinite or
  all zeros) — then `ServiceUnavailable`;
* never retried: 401 (`AuthError`), 403 (`QuotaError`), an unknown model, a malformed or
  non-http(s) address or a redirect loop (`FatalEmbeddingError`);
* 400/413/422 split the batch to find the inputs to blame (see `_embed_splitting`).

`interactive=True` (searches, the key check) fails within a few seconds when the service
cannot be reached; the default, patient policy (indexing) keeps trying and reports each wait
through `on_wait`.
"""

from __future__ import annotations

import base64
import binascii
import errno
import json
import logging
import re
import socket
import threading
from collections.abc import Callable, Sequence
from typing import Any

import httpx
import numpy as np

from photoseek import __version__
from photoseek.embedding.base import (
    AuthError,
    Cancelled,
    EmbeddingError,
    FatalEmbeddingError,
    QuotaError,
    Rejected,
    ServiceRefused,
    ServiceUnavailable,
)
from photoseek.embedding.retry import (
    TRANSIENT_STATUSES,
    Retrier,
    Retry,
    RetryPolicy,
    is_transient,
    parse_retry_after,
    redact,
    redact_url,
    server_delay,
    shorten,
)
from photoseek.imaging import to_data_url
from photoseek.net import Abortable

__all__ = [
    "DEFAULT_URL",
    "FULL_DIMS",
    "Cancelled",
    "JinaEmbedder",
    "ServiceUnavailable",
    "check_key",
    "error_message",
    "retry_after_seconds",
]

log = logging.getLogger(__name__)

DEFAULT_URL = "https://api.jina.ai/v1/embeddings"
FULL_DIMS = 1024
SERVICE = "the Jina API"
RETRY_STATUSES = TRANSIENT_STATUSES
MAX_REDIRECTS = 5
MESSAGE_LIMIT = 200  # the service's words in our messages (it may echo the input)

_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
_TAGS = re.compile(r"<[^>]+>")


def error_message(response: httpx.Response) -> str:
    """The service's own words, from either error body shape it uses, or a gateway page's
    title; at most `MESSAGE_LIMIT` characters on one line."""
    return shorten(_error_text(response), MESSAGE_LIMIT) or response.reason_phrase


def _error_text(response: httpx.Response) -> str:
    try:
        body: Any = response.json()
    except ValueError:
        text = response.text
        if "html" in response.headers.get("content-type", "").lower() or "<html" in text[:500]:
            title = _TITLE.search(text)
            text = title.group(1) if title else _TAGS.sub(" ", text)
        return text.strip() or response.reason_phrase
    if isinstance(body, dict):
        detail = body.get("detail")
        if isinstance(detail, str):
            return detail
        if isinstance(detail, list):  # FastAPI validation errors
            return "; ".join(
                str(d.get("msg", d)) if isinstance(d, dict) else str(d) for d in detail
            )
        err = body.get("error")
        if isinstance(err, dict):
            return str(err.get("message") or err.get("code") or err)
        if isinstance(err, str):
            return err
        if "message" in body:
            return str(body["message"])
    return str(body)


def retry_after_seconds(response: httpx.Response) -> float | None:
    """The `Retry-After` of an answer in seconds; None when absent or malformed."""
    return parse_retry_after(response.headers.get("Retry-After"))


class JinaEmbedder:
    """One configured client of the API, safe to call from several threads at once.

    `on_wait(reason, seconds)` is called before each wait (retry back-off, rate-limit pacing)
    with a sentence to show; `stop` ends any wait at once with `Cancelled`. `interactive`
    picks `RetryPolicy.interactive()` instead of the patient indexing policy; `policy`
    overrides both. `transport` is for tests (`httpx.MockTransport`).
    """

    def __init__(
        self,
        api_key: str | None,
        *,
        url: str = DEFAULT_URL,
        model: str = "jina-clip-v2",
        timeout: float = 60.0,
        max_retries: int = 6,
        concurrency: int = 4,
        stop: threading.Event | None = None,
        backoff_base: float = 1.0,
        on_wait: Callable[[str, float], None] | None = None,
        interactive: bool = False,
        policy: RetryPolicy | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        if not api_key:
            raise AuthError(
                "No Jina API key is set. Add one in Settings or set JINA_API_KEY "
                "(get a key at https://jina.ai/embeddings)."
            )
        _check_url(url)
        if policy is None:
            if interactive:
                policy = RetryPolicy.interactive(
                    max_retries=min(max_retries, 2), backoff_base=min(backoff_base, 0.25)
                )
            else:
                policy = RetryPolicy.patient(max_retries, backoff_base)
        self.model = model
        self.full_dims = FULL_DIMS
        self.url = url
        self.policy = policy
        self.max_retries = policy.max_retries
        self.backoff_base = policy.backoff_base
        self.stop = stop or threading.Event()
        self.retrier = Retrier(
            policy,
            service=SERVICE,
            address=url,
            concurrency=concurrency,
            stop=self.stop,
            on_wait=on_wait,
        )
        self._tokens = 0
        self._lock = threading.Lock()
        self._wire = "base64"  # "float" once a base64 answer did not decode to unit vectors
        self._abortable = Abortable()
        limits = httpx.Limits(max_connections=max(1, concurrency))
        self._client = httpx.Client(
            headers={
                "Authorization": f"Bearer {api_key}",
                "Accept": "application/json",
                "Content-Type": "application/json",
                "User-Agent": f"photoseek/{__version__}",
            },
            timeout=httpx.Timeout(timeout, connect=min(timeout, policy.connect_timeout)),
            limits=limits,
            follow_redirects=True,
            max_redirects=MAX_REDIRECTS,
            transport=transport or self._abortable.transport(limits=limits),
        )

    # -- public -----------------------------------------------------------------------------
    @property
    def tokens_used(self) -> int:
        return self._tokens

    def embed_images(self, jpegs: Sequence[bytes]) -> list[np.ndarray | Rejected]:
        inputs = [{"image": to_data_url(j)} for j in jpegs]
        return self._embed_splitting(inputs, task=None)

    def embed_texts(self, texts: Sequence[str]) -> np.ndarray:
        results = self._embed_splitting([{"text": t} for t in texts], task="retrieval.query")
        vectors = []
        for text, r in zip(texts, results, strict=True):
            if isinstance(r, Rejected):
                raise EmbeddingError(
                    f"The Jina API refused the query '{shorten(text)}': {r.reason}"
                )
            vectors.append(r)
        return np.vstack(vectors) if vectors else np.zeros((0, self.full_dims), np.float32)

    def close(self) -> None:
        self._client.close()

    def abort(self) -> None:
        """End the requests in flight at once and refuse new ones (the app is closing)."""
        self.stop.set()
        self._abortable.abort()

    # -- internals --------------------------------------------------------------------------
    def _embed_splitting(
        self, inputs: list[dict[str, str]], task: str | None
    ) -> list[np.ndarray | Rejected]:
        """Send a batch; when the service refuses it as invalid (400/413/422), halve it until
        each refused request holds one input, to find the inputs to blame.

        The rule for what a refusal means:

        * every input ends up refused, one by one, with the same message, and the batch held
          more than one input → the service refuses everything alike (a model or feature this
          key may not use, an account problem): `ServiceRefused` with that message, nothing
          is `Rejected` and the caller's photos stay pending;
        * otherwise (some inputs of the batch succeed, or the messages differ) each input whose
          single-input request was refused becomes `Rejected(message)`;
        * a batch of one input that is refused is `Rejected`: one request cannot tell a bad
          photo from a refusal of everything, so the caller compares the `message` of
          consecutive rejections.
        """
        results = self._bisect(inputs, task)
        messages = {r.message for r in results if isinstance(r, Rejected)}
        if (
            len(results) > 1
            and len(messages) == 1
            and all(isinstance(r, Rejected) for r in results)
        ):
            (message,) = messages
            raise ServiceRefused(
                f"The Jina API refused every request alike ({message.rstrip('.')}). No photo was "
                "skipped; fix the cause (key, plan or model) and run indexing again.",
                message,
            )
        return results

    def _bisect(
        self, inputs: list[dict[str, str]], task: str | None
    ) -> list[np.ndarray | Rejected]:
        try:
            return list(self._request(inputs, task))
        except _InvalidInput as exc:
            if len(inputs) == 1:
                return [Rejected(exc.message)]
            mid = len(inputs) // 2
            return self._bisect(inputs[:mid], task) + self._bisect(inputs[mid:], task)

    def _request(self, inputs: list[dict[str, str]], task: str | None) -> list[np.ndarray]:
        payload: dict[str, Any] = {
            "model": self.model,
            "input": inputs,
            "dimensions": self.full_dims,
            "normalized": True,
        }
        if task:
            payload["task"] = task
        bodies: dict[str, bytes] = {}  # made once per wire format, however many tries

        def attempt() -> list[np.ndarray]:
            wire = self._wire
            if wire not in bodies:
                bodies[wire] = json.dumps({**payload, "embedding_type": wire}).encode()
            return self._attempt(bodies[wire], len(inputs))

        return self.retrier.call(attempt)

    def _attempt(self, body: bytes, n: int) -> list[np.ndarray]:
        """One POST: the vectors, or `Retry` for a transient failure, or a final error."""
        address = redact_url(self.url)
        unreachable = f"Cannot reach the Jina API at {address}"
        try:
            response = self._client.post(self.url, content=body)
        except (httpx.UnsupportedProtocol, httpx.InvalidURL) as exc:
            raise FatalEmbeddingError(
                f"The Jina API address {address} cannot be used "
                f"({shorten(redact(str(exc)))}); check it in Settings."
            ) from None
        except httpx.TooManyRedirects:
            raise FatalEmbeddingError(
                f"The Jina API at {address} redirects in a loop; check the address in Settings."
            ) from None
        except httpx.ConnectTimeout:
            raise Retry(
                "the connection timed out",
                kind="unreachable",
                give_up=f"{unreachable} (the connection timed out).",
            ) from None
        except httpx.ProxyError as exc:
            reason = f"the proxy failed: {shorten(redact(str(exc)), 60)}"
            raise Retry(reason, kind="unreachable", give_up=f"{unreachable} ({reason}).") from None
        except httpx.ConnectError as exc:
            reason = _connect_reason(exc)
            raise Retry(reason, kind="unreachable", give_up=f"{unreachable} ({reason}).") from None
        except httpx.PoolTimeout:
            raise Retry("no connection was free in time", kind="timeout") from None
        except httpx.TimeoutException:
            raise Retry("the request timed out", kind="timeout") from None
        except (httpx.ReadError, httpx.WriteError, httpx.RemoteProtocolError) as exc:
            reason = (
                f"the connection was dropped: {shorten(redact(str(exc)), 60) or type(exc).__name__}"
            )
            raise Retry(reason, kind="dropped") from None
        except httpx.DecodingError:
            raise Retry("the answer could not be decoded", kind="bad_answer") from None
        except httpx.HTTPError as exc:  # any other transport trouble
            reason = f"{type(exc).__name__}: {shorten(redact(str(exc)), 60)}"
            raise Retry(reason, kind="failed") from None

        status = response.status_code
        if 200 <= status < 300:
            return self._parse(response, n)
        message = error_message(response)
        if is_transient(status):
            raise Retry(
                f"HTTP {status}: {message}",
                kind="throttled" if status == 429 else "failed",
                retry_after=server_delay(status, response.headers),
            )
        if status == 401:
            raise AuthError(
                f"The Jina API rejected the API key ({message}). Check the key in Settings "
                "or JINA_API_KEY."
            )
        if status == 403:
            raise QuotaError(
                f"The Jina API refused the request ({message}). The key's balance or limit "
                "is used up; top it up or use another key. Progress so far is kept."
            )
        if status in (400, 404) and "model" in message.lower():
            raise FatalEmbeddingError(f"The Jina API refused model {self.model!r}: {message}")
        if status in (400, 413, 422):
            raise _InvalidInput(message)
        raise FatalEmbeddingError(f"The Jina API answered HTTP {status}: {message}")

    def _parse(self, response: httpx.Response, n: int) -> list[np.ndarray]:
        """Vectors in input order, matched by `index`; `Retry` for an answer we cannot use."""
        try:
            body = response.json()
        except ValueError:
            kind = response.headers.get("content-type", "no content type").split(";")[0]
            raise Retry(
                f"the answer is not JSON ({shorten(kind, 40)})", kind="bad_answer"
            ) from None
        if not isinstance(body, dict):
            raise Retry("the answer is not a JSON object", kind="bad_answer")
        cost = _total_tokens(body.get("usage"))
        with self._lock:
            self._tokens += cost  # billed even when the vectors turn out unusable
        self.retrier.observe(response.headers, cost)
        data = body.get("data")
        if not isinstance(data, list):
            raise Retry("the answer has no list of vectors", kind="bad_answer")
        if len(data) != n:
            raise Retry(f"the answer has {len(data)} vectors for {n} inputs", kind="bad_answer")
        out: list[np.ndarray | None] = [None] * n
        for item in data:
            index = item.get("index") if isinstance(item, dict) else None
            if not isinstance(index, int) or isinstance(index, bool) or not 0 <= index < n:
                raise Retry(
                    f"the answer has an invalid index ({shorten(repr(index), 20)})",
                    kind="bad_answer",
                )
            if out[index] is not None:
                raise Retry(f"the answer has index {index} twice", kind="bad_answer")
            out[index] = self._vector(item.get("embedding"))  # matched by index, not position
        return [v for v in out if v is not None]

    def _vector(self, raw: Any) -> np.ndarray:
        if isinstance(raw, str):
            return self._base64_vector(raw)
        if not isinstance(raw, list):
            raise Retry("a vector of the answer is not a list of numbers", kind="bad_answer")
        try:
            with np.errstate(all="ignore"):
                v = np.asarray(raw, dtype=np.float32)
        except (ValueError, TypeError):
            raise Retry(
                "a vector of the answer holds something other than numbers", kind="bad_answer"
            ) from None
        return self._checked(v)

    def _base64_vector(self, raw: str) -> np.ndarray:
        """A base64 vector; anything amiss with it (not base64, another length, not the unit
        vector asked for: a byte order or type other than documented) turns this client to
        JSON numbers for good, whose checks then give the verdict on the retry."""
        try:
            v = np.frombuffer(base64.b64decode(raw, validate=True), dtype="<f4")
        except (binascii.Error, ValueError):
            v = np.zeros(0, np.float32)
        if v.shape == (self.full_dims,):
            with np.errstate(all="ignore"):
                if 0.99 < float(np.linalg.norm(v.astype(np.float64))) < 1.01:
                    return self._checked(v)
        if self._wire == "base64":
            self._wire = "float"
            log.info(
                "base64 vectors from the Jina API do not decode as documented; asking "
                "for JSON numbers from now on"
            )
        raise Retry(
            "a base64 vector of the answer does not decode to a unit vector", kind="bad_answer"
        )

    def _checked(self, v: np.ndarray) -> np.ndarray:
        if v.shape != (self.full_dims,):
            raise Retry(
                f"a vector of the answer has {v.size} values, expected {self.full_dims}",
                kind="bad_answer",
            )
        if not np.isfinite(v).all():
            raise Retry("a vector of the answer holds NaN or infinite values", kind="bad_answer")
        with np.errstate(all="ignore"):
            norm = float(np.linalg.norm(v.astype(np.float64)))
        if norm == 0.0 or not np.isfinite(norm):
            raise Retry("a vector of the answer is all zeros", kind="bad_answer")
        return (v / np.float32(norm)).astype(np.float32)


class _InvalidInput(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _total_tokens(usage: Any) -> int:
    if not isinstance(usage, dict):
        return 0
    try:
        return max(0, int(usage.get("total_tokens") or 0))
    except (TypeError, ValueError, OverflowError):
        return 0


def _connect_reason(exc: BaseException) -> str:
    """'connection refused', 'unknown host', … from the OS error under httpx's ConnectError."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, socket.gaierror):
            return "unknown host"
        if isinstance(seen, ConnectionRefusedError):
            return "connection refused"
        if isinstance(seen, OSError) and seen.errno in (errno.ENETUNREACH, errno.EHOSTUNREACH):
            return "network unreachable"
        seen = seen.__cause__ or seen.__context__
    text = str(exc).lower()
    if "refused" in text:
        return "connection refused"
    if any(
        s in text
        for s in (
            "name or service not known",
            "nodename nor servname",
            "getaddrinfo",
            "name resolution",
            "no address associated",
        )
    ):
        return "unknown host"
    if "unreachable" in text:
        return "network unreachable"
    if "ssl" in text or "certificate" in text:
        return f"secure connection failed: {shorten(redact(str(exc)), 60)}"
    return "connection failed"


def _check_url(url: str) -> None:
    """A malformed or non-http(s) address is a settings problem: fail before any request."""
    shown = shorten(redact_url(url), 100)
    try:
        parsed = httpx.URL(url)
        port = parsed.port
    except (httpx.InvalidURL, ValueError) as exc:
        raise FatalEmbeddingError(
            f"The Jina API address '{shown}' is not a valid URL ({shorten(redact(str(exc)), 60)}); "
            "check it in Settings."
        ) from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise FatalEmbeddingError(
            f"The Jina API address '{shown}' is not an http(s) URL; check it in Settings."
        )
    if port is not None and not 0 < port < 65536:
        raise FatalEmbeddingError(
            f"The Jina API address '{shown}' has an invalid port; check it in Settings."
        )


def check_key(api_key: str, url: str = DEFAULT_URL, model: str = "jina-clip-v2") -> str:
    """Embed one word to prove the key works; returns a sentence, raises EmbeddingError."""
    embedder = JinaEmbedder(
        api_key, url=url, model=model, timeout=20.0, max_retries=1, interactive=True
    )
    try:
        embedder.embed_texts(["test"])
    finally:
        embedder.close()
    return f"The key works: {model} answered from {redact_url(url)}."
