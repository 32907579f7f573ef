"""The cluster's own inference service as an embedder (`embedding.provider = "elastic"`).

`POST _inference/embedding/<id>` on the configured Elasticsearch cluster (stack 9.4+, or
Serverless), through the same connection as the store: URLs or Cloud ID, auth, CA, fingerprint
and TLS settings come from `stores.elastic.resolve`, and the 8.x client's own
`compatible-with=8` headers go with every request. Works whichever store keeps the vectors.

The endpoint decides the model: `.jina-clip-v2` (the default) is the same jina-clip-v2 as the
Jina API, so its vectors share the cache with the API's; other endpoints are other models, and
`model` names the endpoint's model so their vectors are kept apart. `full_dims` is what the
endpoint says it returns (`service_settings.dimensions` of `GET _inference/embedding/<id>`).

Transient failures (429, 5xx, a 5xx of the service behind the endpoint, timeouts, dropped
connections) are retried with back-off and jitter by `RetryPolicy`; `stop` ends a wait at once.
An input the service refuses is found by halving the batch and comes back as `Rejected`.
"""

from __future__ import annotations

import email.utils
import logging
import random
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import quote

import numpy as np
from elastic_transport import TlsError
from elasticsearch import ApiError, ConnectionError, ConnectionTimeout, Elasticsearch
from elasticsearch import TransportError as EsTransportError

from photoseek.config.settings import ElasticsearchSettings
from photoseek.embedding.base import (
    AuthError,
    Cancelled,
    EmbeddingError,
    FatalEmbeddingError,
    Rejected,
    ServiceUnavailable,
)
from photoseek.imaging import to_data_url
from photoseek.stores.base import StoreError
from photoseek.stores.elastic import (
    Connection,
    error_reason,
    error_type,
    make_client,
    resolve,
    translate,
)

log = logging.getLogger(__name__)

DEFAULT_ENDPOINT = ".jina-clip-v2"
MAX_INPUTS = 16  # per request, as the v5-omni documentation allows; endpoints may say otherwise
JSON = {"accept": "application/json", "content-type": "application/json"}  # → compatible-with=8
T = TypeVar("T")


@dataclass(frozen=True)
class EndpointInfo:
    """One inference endpoint of the cluster, as Settings offers it."""

    inference_id: str
    task_type: str  # "embedding" (text and images) or "text_embedding" (text only)
    model: str  # service_settings.model_id: the model that makes the vectors
    dims: int | None
    supports_images: bool
    max_inputs: int = MAX_INPUTS


def _endpoint_info(raw: dict[str, Any]) -> EndpointInfo:
    settings = raw.get("service_settings") or {}
    dims = settings.get("dimensions")
    limit = settings.get("batch_size")  # e.g. the `custom` service's; EIS endpoints say none
    return EndpointInfo(
        inference_id=str(raw.get("inference_id")),
        task_type=str(raw.get("task_type")),
        model=str(settings.get("model_id") or raw.get("inference_id")),
        dims=int(dims) if isinstance(dims, int) and dims > 0 else None,
        supports_images=raw.get("task_type") == "embedding",
        max_inputs=int(limit) if isinstance(limit, int) and 0 < limit < MAX_INPUTS else MAX_INPUTS,
    )


# -- retries: the seam for the shared embedding/retry.py ----------------------------------------
class Transient(Exception):
    """A failure that waiting may cure; `retry_after` is the server's hint in seconds."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.retry_after = retry_after


@dataclass
class RetryPolicy:
    """Exponential back-off with jitter, honouring Retry-After, shared by every thread of one
    embedder so one 429 slows all of them down. `run` is the whole interface: the shared
    transport-agnostic retry layer can replace this class without touching the rest."""

    max_retries: int = 6
    backoff_base: float = 1.0
    max_backoff: float = 60.0
    stop: threading.Event = field(default_factory=threading.Event)
    _pause_until: float = field(default=0.0, init=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False)

    def run(self, call: Callable[[], T], what: str) -> T:
        last = "no answer"
        for attempt in range(self.max_retries + 1):
            self._wait()
            try:
                return call()
            except Transient as exc:
                last = exc.message
                log.info("%s: %s; retrying (attempt %d)", what, exc.message, attempt + 1)
                if attempt < self.max_retries:
                    self._back_off(attempt, exc.retry_after)
        raise ServiceUnavailable(
            f"{what} did not succeed after {self.max_retries + 1} tries ({last}). Nothing is lost; "
            "try again later."
        )

    def _wait(self) -> None:
        while True:
            with self._lock:
                remaining = self._pause_until - time.monotonic()
            if remaining <= 0 or self.stop.wait(remaining):
                break
        if self.stop.is_set():
            raise Cancelled("cancelled")

    def _back_off(self, attempt: int, retry_after: float | None) -> None:
        delay = min(self.max_backoff, self.backoff_base * 2**attempt) * random.uniform(0.5, 1.0)
        if retry_after is not None:
            delay = max(delay, min(retry_after, self.max_backoff))
        with self._lock:
            self._pause_until = max(self._pause_until, time.monotonic() + delay)


# -- errors ---------------------------------------------------------------------------------------
class _InvalidInput(Exception):
    """The service behind the endpoint refused something in the batch (split to find it)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _retry_after(exc: ApiError) -> float | None:
    value = exc.meta.headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        parsed = email.utils.parsedate_to_datetime(value)
        return max(0.0, parsed.timestamp() - time.time()) if parsed else None


def _service_message(reason: str) -> str:
    """The service's own words inside Elasticsearch's wrapper ("... Error message: [...]")."""
    _, sep, tail = reason.partition("Error message: [")
    return tail[:-1] if sep and tail.endswith("]") else reason


class _Cluster:
    """The requests and the one-sentence refusals, shared by the embedder and the check."""

    def __init__(self, conn: Connection, client: Elasticsearch, endpoint: str) -> None:
        self.conn = conn
        self.client = client
        self.endpoint = endpoint
        self._version: str | None = None

    @property
    def where(self) -> str:
        return self.conn.where

    def version(self) -> str:
        """The server's version number for messages ("" when it cannot be read)."""
        if self._version is None:
            try:
                ver = self.client.info().body.get("version") or {}
                number = str(ver.get("number") or "")
                self._version = number + (
                    " (serverless)" if ver.get("build_flavor") == "serverless" else ""
                )
            except (ApiError, EsTransportError):
                self._version = ""
        return self._version

    def request(self, method: str, path: str, body: Any = None) -> Any:
        try:
            return self.client.perform_request(method, path, headers=JSON, body=body).body
        except ApiError as exc:
            raise self._refusal(exc) from None
        except TlsError as exc:  # waiting does not make a certificate trusted
            raise FatalEmbeddingError(str(translate(exc, self.conn, "embed"))) from None
        except (ConnectionTimeout, ConnectionError) as exc:
            raise Transient(str(translate(exc, self.conn, "embed"))) from None
        except EsTransportError as exc:
            raise FatalEmbeddingError(str(translate(exc, self.conn, "embed"))) from None

    def _refusal(self, exc: ApiError) -> Exception:
        status, kind, reason = exc.meta.status, error_type(exc), error_reason(exc)
        where, endpoint = self.where, self.endpoint
        if (
            status == 429
            or status >= 500
            or reason.startswith(
                ("Received a server error status code", "Received a rate limit status code")
            )
        ):
            # Elasticsearch answers a 5xx of the service behind the endpoint with 400
            return Transient(f"HTTP {status}: {reason}", _retry_after(exc))
        if status == 408:
            return Transient(f"HTTP 408: {reason}")
        if reason.startswith(("Received a bad request status code", "Received a content too")):
            return _InvalidInput(_service_message(reason))
        if status == 400 and ("Unknown task_type [embedding]" in reason or "no handler" in reason):
            version = self.version()
            runs = f"Elasticsearch {version}" if version else "Elasticsearch"
            return FatalEmbeddingError(
                f"{runs} at {where} has no `embedding` inference task, which photos need: it "
                "arrived in 9.4 (Serverless has it); upgrade the cluster or set "
                f"embedding.provider to jina (the cluster answered: {reason})."
            )
        if "does not match the inference endpoint's task type" in reason or (
            "Incompatible task_type" in reason
        ):
            return FatalEmbeddingError(
                f"The inference endpoint {endpoint} at {where} embeds text only, not photos "
                f"({reason}); choose an `embedding` endpoint such as {DEFAULT_ENDPOINT}."
            )
        if status == 404 and kind == "resource_not_found_exception":
            return FatalEmbeddingError(
                f"Elasticsearch at {where} has no inference endpoint {endpoint} ({reason}); "
                f"choose another one (photoseek es endpoints lists them), or connect the cluster "
                "to the Elastic Inference Service."
            )
        if status == 403 and "non-compliant" in reason:
            return FatalEmbeddingError(
                f"Elasticsearch at {where} may not use the Elastic Inference Service with its "
                f"licence ({reason}): renew or change the licence, or set embedding.provider to "
                "jina."
            )
        sentence = str(translate(exc, self.conn, f"embed with the inference endpoint {endpoint}"))
        if status == 401:
            return AuthError(sentence)
        if status == 403:
            return FatalEmbeddingError(
                sentence.rstrip(".") + "; the role needs the monitor_inference cluster privilege."
            )
        return FatalEmbeddingError(sentence)

    def describe(self) -> EndpointInfo:
        body = self.request("GET", f"/_inference/embedding/{quote(self.endpoint, safe='')}")
        found = [e for e in (body or {}).get("endpoints", []) if isinstance(e, dict)]
        if not found:
            raise FatalEmbeddingError(
                f"Elasticsearch at {self.where} did not describe the inference endpoint "
                f"{self.endpoint}."
            )
        info = _endpoint_info(found[0])
        if not info.supports_images:
            raise FatalEmbeddingError(
                f"The inference endpoint {self.endpoint} at {self.where} is a {info.task_type} "
                f"endpoint and cannot embed photos; choose an `embedding` endpoint such as "
                f"{DEFAULT_ENDPOINT}."
            )
        if info.dims is None:
            raise FatalEmbeddingError(
                f"The inference endpoint {self.endpoint} at {self.where} does not say how many "
                "dimensions its vectors have (service_settings.dimensions)."
            )
        return info


def _connect(
    es: ElasticsearchSettings, client: Elasticsearch | None, timeout: float
) -> tuple[Connection, Elasticsearch, bool]:
    """(connection, a client that does not retry by itself, whether we own it)."""
    try:
        conn = resolve(es)
        own = client is None
        base = client or make_client(conn)
    except StoreError as exc:
        raise FatalEmbeddingError(str(exc)) from None
    # Our RetryPolicy waits between tries (and listens to `stop`); the client's own retries
    # would hammer the cluster with none.
    quiet = base.options(max_retries=0, retry_on_timeout=False, request_timeout=timeout)
    return conn, quiet, own


def list_endpoints(
    es: ElasticsearchSettings, *, client: Elasticsearch | None = None, timeout: float = 20.0
) -> list[EndpointInfo]:
    """The cluster's dense embedding endpoints (for photos: `supports_images`), by id.

    Raises an EmbeddingError whose text is one sentence (no cluster, no inference API, ...).
    """
    conn, quiet, own = _connect(es, client, timeout)
    cluster = _Cluster(conn, quiet, "_all")
    try:
        body = RetryPolicy(max_retries=1, backoff_base=0.5).run(
            lambda: cluster.request("GET", "/_inference/_all"), f"Elasticsearch at {conn.where}"
        )
    finally:
        if own:
            quiet.close()
    out = [_endpoint_info(e) for e in (body or {}).get("endpoints", []) if isinstance(e, dict)]
    dense = [e for e in out if e.task_type in ("embedding", "text_embedding")]
    return sorted(dense, key=lambda e: (not e.supports_images, e.inference_id))


class ElasticInferenceEmbedder:
    """`Embedder` over the cluster's `_inference/embedding/<endpoint>`.

    The constructor asks the cluster what the endpoint is (its model and dims), so a wrong
    endpoint, an old cluster or a missing licence is refused before any photo is sent.
    """

    def __init__(
        self,
        es: ElasticsearchSettings,
        *,
        endpoint: str = DEFAULT_ENDPOINT,
        client: Elasticsearch | None = None,
        timeout: float = 60.0,
        max_retries: int = 6,
        backoff_base: float = 1.0,
        stop: threading.Event | None = None,
    ) -> None:
        self.endpoint = endpoint.strip() or DEFAULT_ENDPOINT
        self.stop = stop or threading.Event()
        self.retry = RetryPolicy(max_retries=max_retries, backoff_base=backoff_base, stop=self.stop)
        conn, quiet, self._own_client = _connect(es, client, timeout)
        self._cluster = _Cluster(conn, quiet, self.endpoint)
        self._path = f"/_inference/embedding/{quote(self.endpoint, safe='')}"
        try:
            self.info = self.retry.run(self._cluster.describe, self._what)
        except BaseException:
            self.close()
            raise
        self.model = self.info.model
        assert self.info.dims is not None
        self.full_dims = self.info.dims
        self.max_inputs = self.info.max_inputs

    @property
    def _what(self) -> str:
        return f"The inference endpoint {self.endpoint} at {self._cluster.where}"

    # -- Embedder ---------------------------------------------------------------------------------
    @property
    def tokens_used(self) -> int:
        return 0  # the inference API reports no usage

    def embed_images(self, jpegs: Sequence[bytes]) -> list[np.ndarray | Rejected]:
        inputs: list[dict[str, Any]] = [
            {"content": {"type": "image", "format": "base64", "value": to_data_url(j)}}
            for j in jpegs
        ]
        return self._embed(inputs, "ingest")

    def embed_texts(self, texts: Sequence[str]) -> np.ndarray:
        inputs = [{"content": {"type": "text", "value": t}} for t in texts]
        vectors = []
        for text, r in zip(texts, self._embed(inputs, "search"), strict=True):
            if isinstance(r, Rejected):
                raise EmbeddingError(f"{self._what} refused the query {text!r}: {r.reason}")
            vectors.append(r)
        return np.vstack(vectors) if vectors else np.zeros((0, self.full_dims), np.float32)

    def abort(self) -> None:
        """Quitting: end retry waits at once and drop the connection (in-flight calls fail)."""
        self.stop.set()
        self.close()

    def close(self) -> None:
        if getattr(self, "_own_client", False):
            self._cluster.client.close()
            self._own_client = False

    # -- internals --------------------------------------------------------------------------------
    def _embed(self, inputs: list[dict[str, Any]], input_type: str) -> list[np.ndarray | Rejected]:
        out: list[np.ndarray | Rejected] = []
        for start in range(0, len(inputs), self.max_inputs):
            out += self._splitting(inputs[start : start + self.max_inputs], input_type)
        return out

    def _splitting(
        self, inputs: list[dict[str, Any]], input_type: str
    ) -> list[np.ndarray | Rejected]:
        """Send a batch; when the service refuses something in it, halve it to find what."""
        try:
            return self.retry.run(lambda: self._post(inputs, input_type), self._what)
        except _InvalidInput as exc:
            if len(inputs) == 1:
                return [Rejected(exc.message)]
            mid = len(inputs) // 2
            return self._splitting(inputs[:mid], input_type) + self._splitting(
                inputs[mid:], input_type
            )

    def _post(self, inputs: list[dict[str, Any]], input_type: str) -> list[np.ndarray | Rejected]:
        body = self._cluster.request(
            "POST", self._path, {"input": inputs, "input_type": input_type}
        )
        items = (body or {}).get("embeddings") if isinstance(body, dict) else None
        if not isinstance(items, list) or len(items) != len(inputs):
            got = len(items) if isinstance(items, list) else "no"
            raise FatalEmbeddingError(
                f"{self._what} answered {got} vectors for {len(inputs)} inputs."
            )
        return [self._vector(item, input_type) for item in items]

    def _vector(self, item: Any, input_type: str) -> np.ndarray | Rejected:
        try:
            v = np.asarray(item["embedding"], dtype=np.float32)
        except (KeyError, TypeError, ValueError):
            raise FatalEmbeddingError(
                f"{self._what} sent an answer Photoseek cannot read."
            ) from None
        if v.shape != (self.full_dims,):
            raise FatalEmbeddingError(
                f"{self._what} returned a vector of {v.size} dims where it promised "
                f"{self.full_dims}."
            )
        norm = float(np.linalg.norm(v.astype(np.float64)))
        if not np.all(np.isfinite(v)) or not norm > 0:
            why = (
                "a zero vector"
                if np.all(np.isfinite(v))
                else "a vector with NaN or infinite values"
            )
            if input_type == "search":
                raise EmbeddingError(f"{self._what} returned {why} for a query.")
            return Rejected(f"the inference service returned {why} for this photo")
        return (v / np.float32(norm)).astype(np.float32)


def check_endpoint(
    es: ElasticsearchSettings, endpoint: str, *, client: Elasticsearch | None = None
) -> str:
    """Describe the endpoint and embed one word through it; a sentence, or EmbeddingError."""
    embedder = ElasticInferenceEmbedder(
        es, endpoint=endpoint, client=client, timeout=20.0, max_retries=1, backoff_base=0.5
    )
    try:
        embedder.embed_texts(["test"])
        info = embedder.info
    finally:
        embedder.close()
    return (
        f"The inference endpoint {info.inference_id} answers: {info.model}, {info.dims} dims, "
        "photos and text."
    )


__all__ = [
    "DEFAULT_ENDPOINT",
    "ElasticInferenceEmbedder",
    "EndpointInfo",
    "RetryPolicy",
    "Transient",
    "check_endpoint",
    "list_endpoints",
]
