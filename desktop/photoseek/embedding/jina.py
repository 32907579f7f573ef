"""Jina Embeddings API client (jina-clip-v2) over httpx.

Asks once for the full 1024 dims (normalised); smaller Matryoshka sizes are derived locally.
Retries 429/5xx/timeouts with exponential back-off and jitter, honouring Retry-After, and
shares a back-off deadline between threads so one 429 slows every request down.
"""

from __future__ import annotations

import email.utils
import logging
import random
import threading
import time
from collections.abc import Sequence
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
    ServiceUnavailable,
)
from photoseek.imaging import to_data_url
from photoseek.net import Abortable

log = logging.getLogger(__name__)

DEFAULT_URL = "https://api.jina.ai/v1/embeddings"
FULL_DIMS = 1024
RETRY_STATUSES = {429, 500, 502, 503, 504}
MAX_BACKOFF = 60.0


def error_message(response: httpx.Response) -> str:
    """The service's own words, from either error body shape it uses."""
    try:
        body: Any = response.json()
    except ValueError:
        return response.text.strip()[:300] or response.reason_phrase
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
    return str(body)[:300]


def retry_after_seconds(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        parsed = email.utils.parsedate_to_datetime(value)
        return max(0.0, parsed.timestamp() - time.time()) if parsed else None


def _unit(v: np.ndarray) -> np.ndarray:
    n = float(np.linalg.norm(v))
    return v / n if n > 0 else v


class JinaEmbedder:
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
    ) -> None:
        if not api_key:
            raise AuthError(
                "No Jina API key is set. Add one in Settings or set JINA_API_KEY "
                "(get a key at https://jina.ai/embeddings)."
            )
        self.model = model
        self.full_dims = FULL_DIMS
        self.url = url
        self.max_retries = max_retries
        self.backoff_base = backoff_base
        self.stop = stop or threading.Event()
        self._tokens = 0
        self._lock = threading.Lock()
        self._pause_until = 0.0
        self._abortable = Abortable()
        self._client = httpx.Client(
            headers={
                "Authorization": f"Bearer {api_key}",
                "Accept": "application/json",
                "User-Agent": f"photoseek/{__version__}",
            },
            timeout=httpx.Timeout(timeout, connect=10.0),
            transport=self._abortable.transport(
                limits=httpx.Limits(max_connections=max(1, concurrency))
            ),
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
                raise EmbeddingError(f"The Jina API refused the query {text!r}: {r.reason}")
            vectors.append(r)
        return np.vstack(vectors) if vectors else np.zeros((0, self.full_dims), np.float32)

    def close(self) -> None:
        self._client.close()

    def abort(self) -> None:
        """End the requests in flight at once and refuse new ones (the app is closing)."""
        self._abortable.abort()

    # -- internals --------------------------------------------------------------------------
    def _embed_splitting(
        self, inputs: list[dict[str, str]], task: str | None
    ) -> list[np.ndarray | Rejected]:
        """Send a batch; when the service refuses it as invalid, halve it to find the culprits."""
        try:
            return list(self._request(inputs, task))
        except _InvalidInput as exc:
            if len(inputs) == 1:
                return [Rejected(exc.message)]
            mid = len(inputs) // 2
            return self._embed_splitting(inputs[:mid], task) + self._embed_splitting(
                inputs[mid:], task
            )

    def _request(self, inputs: list[dict[str, str]], task: str | None) -> list[np.ndarray]:
        payload: dict[str, Any] = {
            "model": self.model,
            "input": inputs,
            "dimensions": self.full_dims,
            "normalized": True,
            "embedding_type": "float",
        }
        if task:
            payload["task"] = task
        last = "no answer"
        for attempt in range(self.max_retries + 1):
            self._wait_for_backoff()
            try:
                response = self._client.post(self.url, json=payload)
            except httpx.TimeoutException:
                last = "the request timed out"
                self._backoff(attempt, None)
                continue
            except httpx.TransportError as exc:
                last = f"could not connect ({exc.__class__.__name__}: {exc})"
                self._backoff(attempt, None)
                continue
            if response.status_code == 200:
                return self._parse(response, len(inputs))
            message = error_message(response)
            status = response.status_code
            if status in RETRY_STATUSES:
                last = f"HTTP {status}: {message}"
                log.info("Jina API answered %s, retrying (attempt %d)", status, attempt + 1)
                self._backoff(attempt, retry_after_seconds(response))
                continue
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
                raise FatalEmbeddingError(
                    f"The Jina API does not know model {self.model!r}: {message}"
                )
            if status in (400, 413, 422):
                raise _InvalidInput(message)
            raise FatalEmbeddingError(f"The Jina API answered HTTP {status}: {message}")
        raise ServiceUnavailable(
            f"The Jina API did not succeed after {self.max_retries + 1} tries ({last}). "
            "Nothing is lost; run indexing again later."
        )

    def _parse(self, response: httpx.Response, n: int) -> list[np.ndarray]:
        try:
            body = response.json()
            usage = body.get("usage") or {}
            with self._lock:
                self._tokens += int(usage.get("total_tokens") or 0)
            out: list[np.ndarray | None] = [None] * n
            for item in body["data"]:
                v = np.asarray(item["embedding"], dtype=np.float32)
                if v.shape != (self.full_dims,):
                    raise ValueError(f"vector of {v.shape[0]} dims, expected {self.full_dims}")
                out[int(item["index"])] = _unit(v)  # match by index, never by position
        except (ValueError, KeyError, TypeError, IndexError) as exc:
            raise FatalEmbeddingError(
                f"The Jina API sent an answer Photoseek cannot read: {exc}"
            ) from None
        if any(v is None for v in out):
            raise FatalEmbeddingError("The Jina API answered with fewer vectors than inputs.")
        return [v for v in out if v is not None]

    def _wait_for_backoff(self) -> None:
        if self._abortable.aborted:
            raise Cancelled("cancelled")
        while True:
            with self._lock:
                remaining = self._pause_until - time.monotonic()
            if remaining <= 0:
                break
            if self.stop.wait(remaining):
                raise Cancelled("cancelled")
        if self.stop.is_set():
            raise Cancelled("cancelled")

    def _backoff(self, attempt: int, retry_after: float | None) -> None:
        if attempt >= self.max_retries:
            return
        delay = min(MAX_BACKOFF, self.backoff_base * (2**attempt)) * random.uniform(0.5, 1.0)
        if retry_after is not None:
            delay = max(delay, retry_after)
        with self._lock:
            self._pause_until = max(self._pause_until, time.monotonic() + delay)


class _InvalidInput(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def check_key(api_key: str, url: str = DEFAULT_URL, model: str = "jina-clip-v2") -> str:
    """Embed one word to prove the key works; returns a sentence, raises EmbeddingError."""
    embedder = JinaEmbedder(api_key, url=url, model=model, timeout=20.0, max_retries=1)
    try:
        embedder.embed_texts(["test"])
    finally:
        embedder.close()
    return f"The key works: {model} answered from {url}."
