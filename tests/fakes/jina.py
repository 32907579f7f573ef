"""A loopback fake of the Jina Embeddings API (`POST /v1/embeddings`, model jina-clip-v2).

Faithful rather than convenient: it validates what the real service validates, answers in the
real wire format (see /work/shared/docs/jina.md), and computes vectors with the deterministic
semantic embedder in `tests.fakes.semantic`, so retrieval tests rank real pictures honestly.

Choices where the real service is undocumented (keep tests from depending on them blindly):

* Error bodies. Service errors default to FastAPI's `{"detail": "<message>"}`; field
  validation errors (bad `dimensions`, `task`, ...) use FastAPI's list form
  `{"detail": [{"type", "loc", "msg", "input"}]}`. With `error_style="error"` every service
  error is `{"error": {"code", "message", "status"}}` instead, so clients are tested on both
  shapes. Codes come from the service's OpenAPI description (INPUT_MODEL_NOT_FOUND,
  AUTH_MISSING_API_KEY, ...); 422s use INPUT_VALIDATION_ERROR, 413 INPUT_TOO_MANY_ITEMS and
  429 RATE_LIMIT_EXCEEDED (invented names). Unknown paths answer `{"detail": "Not Found"}` and
  wrong methods `{"detail": "Method Not Allowed"}` in either style (routing, not the service).
* Batch size. More than `max_batch` inputs → 413 (`too_many_status`, set 400 to try the other
  answer users report) with a message saying how many items were sent and allowed.
* Balance. A request whose cost would take usage past `balance_tokens` is refused with 403
  AUTHZ_INSUFFICIENT_BALANCE and not charged.
* Token usage. Text: round(1.3 x words) + 1 per CJK character, at least 1; with
  task=retrieval.query the instruction prefix adds its own count (9) per text. Images:
  `image_tile_tokens` (4000) per started 512x512 tile of the *sent* image, e.g. a 512x384
  payload costs 4000, a 1024x768 one 4 x 4000.
* Images. The vision tower sees the centre square of the picture (shorter side scaled to 512),
  like the published preprocessing. http(s) URLs answer 422: the fake has no network.
* Text longer than 8192 tokens → 422 unless `truncate: true`.
* Rate limits. With `requests_per_window` / `tokens_per_window` set, every answer carries
  `X-RateLimit-Remaining-Requests` / `X-RateLimit-Remaining-Tokens` (the documented names)
  for a fixed window of `rate_window` seconds, and a request past the limit gets 429 with
  `Retry-After` (whole seconds to the window's end). `X-RateLimit-Reset-Requests` /
  `-Tokens` are undocumented for Jina; with `reset_headers=True` they are sent in the
  duration form other APIs use (`"0.75s"`, `"1m30s"`), so clients are tested with and without.

Faults beyond the base class's (latency, hold, drop, queued answers), each shaped like what the
service or the gateways in front of it send: `gateway_error` (nginx / Cloudflare HTML pages,
408, 520–524, 529), `corrupt` (a 200 whose vectors or JSON are broken), `refuse_all` (every
request refused alike, e.g. a model this key may not use), `revoke_after` (the key stops
working mid-run), `redirect_loop`. A corrupted answer is not counted by `images_embedded`:
the client received no usable vector.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import json
import math
import random
import re
import ssl
import threading
import time
from collections.abc import Iterable
from typing import Any

import numpy as np
from PIL import Image

from tests.fakes import semantic
from tests.fakes.server import FakeServer, Fault, LogEntry, Request, Response

PATH = "/v1/embeddings"
MODEL = "jina-clip-v2"
DEFAULT_KEY = "jina_test_key"
FULL_DIMS = 1024
MIN_DIMS = 64
TASKS = ("retrieval.query", "retrieval.passage", "text-matching", "code.query", "code.passage")
EMBEDDING_TYPES = ("float", "base64", "binary", "ubinary")
QUERY_PREFIX = "Represent the query for retrieving evidence documents: "
MAX_TEXT_TOKENS = 8192
TILE = 512

_MESSAGES = {
    "INPUT_MODEL_NOT_FOUND": "Model '{model}' not found",
    "AUTH_MISSING_API_KEY": (
        "Authentication required: no API key was provided. Add the header "
        "'Authorization: Bearer <your key>'; get a key at https://jina.ai/embeddings"
    ),
    "AUTH_INVALID_API_KEY": "Invalid API key",
    "AUTH_INVALID_FORMAT": (
        "Invalid authorization format: expected 'Authorization: Bearer <your key>'"
    ),
    "AUTHZ_INSUFFICIENT_BALANCE": (
        "Insufficient account balance: this request needs {cost} tokens and the key has "
        "{left} left. Top up at https://jina.ai/embeddings"
    ),
    "AUTHZ_RESOURCE_LIMIT_EXCEEDED": "Resource limit exceeded for your plan",
    "AUTHZ_MODEL_NOT_ALLOWED": "Model '{model}' is not available for this API key",
    "RATE_LIMIT_EXCEEDED": (
        "Rate limit exceeded. Please slow down your requests or upgrade your plan "
        "for higher limits."
    ),
}
_DATA_URL = re.compile(r"^data:(?P<mime>[\w.+-]+/[\w.+-]+)?(?P<params>(;[^,;]*)*?);base64,", re.I)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_WORDS = re.compile(r"[^\s\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def count_text_tokens(text: str) -> int:
    """Rough tokenizer stand-in: 1.3 tokens per word, one per CJK character, at least 1."""
    return max(1, round(1.3 * len(_WORDS.findall(text))) + len(_CJK.findall(text)))


QUERY_PREFIX_TOKENS = count_text_tokens(QUERY_PREFIX)


def image_tokens(width: int, height: int, tile_tokens: int) -> int:
    tiles = max(1, -(-width // TILE)) * max(1, -(-height // TILE))
    return tiles * tile_tokens


class _RateLimited(Exception):
    def __init__(self, seconds: int) -> None:
        super().__init__(seconds)
        self.seconds = seconds


class _Refusal(Exception):
    """An error answer, raised from deep inside validation."""

    def __init__(self, status: int, code: str, message: str | list[dict[str, Any]]) -> None:
        super().__init__(code)
        self.status = status
        self.code = code
        self.message = message


# What gateways in front of the API answer (bodies as nginx / Cloudflare send them).
_NGINX_PAGE = (
    "<html>\r\n<head><title>{code} {text}</title></head>\r\n<body>\r\n"
    "<center><h1>{code} {text}</h1></center>\r\n<hr><center>nginx</center>\r\n"
    "</body>\r\n</html>\r\n"
)
_CLOUDFLARE_PAGE = (
    '<!DOCTYPE html>\n<!--[if lt IE 7]> <html class="no-js ie6 oldie" lang="en-US"> '
    "<![endif]-->\n<head>\n<title>api.jina.ai | {code}: {text}</title>\n"
    '<meta charset="UTF-8" />\n<link rel="stylesheet" id="cf_styles-css" '
    'href="/cdn-cgi/styles/cf.errors.css" />\n</head>\n<body>\n<div id="cf-wrapper">\n'
    '<div id="cf-error-details" class="cf-error-details-wrapper">\n'
    '<h1><span class="cf-error-type">Error</span> <span class="cf-error-code">{code}</span>'
    "</h1>\n<h2>{text}</h2>\n</div>\n</div>\n</body>\n</html>\n"
)
GATEWAY_PAGES: dict[int, tuple[str, str]] = {
    # status: (who answers, reason text)
    408: ("nginx", "Request Time-out"),
    502: ("nginx", "Bad Gateway"),
    503: ("nginx", "Service Temporarily Unavailable"),
    504: ("nginx", "Gateway Time-out"),
    520: ("cloudflare", "Web server is returning an unknown error"),
    521: ("cloudflare", "Web server is down"),
    522: ("cloudflare", "Connection timed out"),
    523: ("cloudflare", "Origin is unreachable"),
    524: ("cloudflare", "A timeout occurred"),
    529: ("plain", "Site is overloaded"),
}
_CAPTIVE_PAGE = (
    "<!DOCTYPE html><html><head><title>Sign in to the network</title></head>"
    "<body><form action='/login'>Accept the terms to continue</form></body></html>"
)
CORRUPTIONS = (
    "nan",  # one vector holds NaN (Python's json writes the bare `NaN` token)
    "inf",  # one vector holds Infinity
    "zero",  # one vector is all zeros
    "short",  # one vector has half the dimensions asked for
    "fewer",  # the last vector is missing
    "duplicate_index",  # two items share an index (so one index is missing)
    "index_out_of_range",  # an index past the inputs
    "truncated",  # the JSON stops half-way (Content-Length matches what is sent)
    "html",  # a 200 HTML page (a captive portal or a proxy's login page)
    "wrong_shape",  # valid JSON, but `data` is an object instead of a list
    "byte_order",  # base64 vectors as big-endian float32 (jina.md: verify the byte order)
)


def gateway_fault(status: int) -> Fault:
    """The answer a gateway in front of the API gives, with its real body and headers."""
    who, text = GATEWAY_PAGES[status]
    if who == "nginx":
        body = _NGINX_PAGE.format(code=status, text=text)
        headers = {"Content-Type": "text/html", "Server": "nginx"}
    elif who == "cloudflare":
        body = _CLOUDFLARE_PAGE.format(code=status, text=text)
        headers = {
            "Content-Type": "text/html; charset=UTF-8",
            "Server": "cloudflare",
            "CF-RAY": "8c1f2e3d4b5a6978-FRA",
        }
    else:
        body = text
        headers = {"Content-Type": "text/plain; charset=utf-8"}
    return Fault(status, body.encode(), headers)


def _field_error(kind: str, loc: list[str | int], msg: str, value: Any) -> dict[str, Any]:
    # Pydantic v2 / FastAPI validation error item.
    return {"type": kind, "loc": ["body", *loc], "msg": msg, "input": value}


class FakeJina(FakeServer):
    """Serves `POST /v1/embeddings` on http://127.0.0.1:PORT like api.jina.ai does.

    Attributes may be changed while running (e.g. `fake.shuffle_data = True`).
    """

    def __init__(
        self,
        api_keys: Iterable[str] = (DEFAULT_KEY,),
        *,
        balance_tokens: int | None = None,
        max_batch: int = 512,
        too_many_status: int = 413,
        error_style: str = "detail",
        shuffle_data: bool = False,
        image_tile_tokens: int = 4000,
    ) -> None:
        super().__init__()
        if error_style not in ("detail", "error"):
            raise ValueError("error_style must be 'detail' or 'error'")
        self.api_keys = set(api_keys)
        self.balance_tokens = balance_tokens
        self.max_batch = max_batch
        self.too_many_status = too_many_status
        self.error_style = error_style
        self.shuffle_data = shuffle_data
        self.image_tile_tokens = image_tile_tokens
        self.tokens_used = 0  # total over answered (200) requests
        self._usage_lock = threading.Lock()
        self._cache: dict[str, tuple[np.ndarray, tuple[int, int]]] = {}
        self._embedded: set[int] = set()  # id() of requests that `handle` answered with 200
        self._shuffles = 0
        # Rate limits (None = unlimited, no headers); see the module docstring.
        self.requests_per_window: int | None = None
        self.tokens_per_window: int | None = None
        self.rate_window = 60.0
        self.reset_headers = False
        self._window_start: float | None = None
        self._window_requests = 0
        self._window_tokens = 0
        # Stateful faults.
        self.refusal: tuple[int, str, str] | None = None  # (status, code, message)
        self.redirect_loop = False
        self._corruptions: list[str] = []
        self._revoke: tuple[str, int] | None = None  # (key, 200 answers left)

    # -- lifecycle (typed for this class) ------------------------------------------------------
    def start(self, ssl_context: ssl.SSLContext | None = None) -> FakeJina:
        super().start(ssl_context)
        return self

    def __enter__(self) -> FakeJina:
        return self.start()

    @property
    def endpoint(self) -> str:
        """What the app is configured with (`PHOTOSEEK_JINA_URL`)."""
        return self.url + PATH

    # -- helpers for tests ---------------------------------------------------------------------
    def error_body(self, status: int, code: str, message: str | None = None) -> dict[str, Any]:
        """An error body in the current `error_style`, e.g. for `inject(Fault(403, ...))`."""
        text = message or _MESSAGES.get(code, code)
        if self.error_style == "error":
            return {"error": {"code": code, "message": text, "status": status}}
        return {"detail": text}

    def rate_limit(self, n: int = 1, retry_after: str | None = "1") -> None:
        """Answer the next `n` requests with a realistic 429 (Retry-After unless None)."""
        headers = {"X-RateLimit-Remaining-Requests": "0", "X-RateLimit-Remaining-Tokens": "0"}
        if retry_after is not None:
            headers["Retry-After"] = retry_after
        body = self.error_body(429, "RATE_LIMIT_EXCEEDED")
        self.inject(*(Fault(429, body, dict(headers)) for _ in range(n)))

    def gateway_error(self, status: int, n: int = 1) -> None:
        """Answer the next `n` requests as a gateway would (408, 502–504, 520–524, 529)."""
        self.inject(*(gateway_fault(status) for _ in range(n)))

    def corrupt(self, kind: str, n: int = 1) -> None:
        """Break the next `n` successful answers in one of the `CORRUPTIONS` ways."""
        if kind not in CORRUPTIONS:
            raise ValueError(f"unknown corruption {kind!r}")
        with self._lock:
            self._corruptions.extend([kind] * n)

    def clear_faults(self) -> None:
        """Back to a healthy service: no queued faults or corruptions, no refusal or loop."""
        super().clear_faults()
        with self._lock:
            self._corruptions.clear()
        self.refusal = None
        self.redirect_loop = False

    def refuse_all(
        self, status: int = 400, code: str = "AUTHZ_MODEL_NOT_ALLOWED", message: str | None = None
    ) -> None:
        """Refuse every valid request alike from now on (None-able via `refusal = None`)."""
        text = message or _MESSAGES.get(code, code).format(model=MODEL)
        self.refusal = (status, code, text)

    def revoke_after(self, n: int, key: str = DEFAULT_KEY) -> None:
        """The key stops working (401 AUTH_INVALID_API_KEY) after `n` more answered requests."""
        with self._usage_lock:
            self._revoke = (key, n)
            if n <= 0:
                self.api_keys.discard(key)
                self._revoke = None

    def image_requests(self) -> list[LogEntry]:
        """Logged requests (any outcome) whose body had at least one image input."""
        return [e for e in list(self.log) if _inputs_of(e, "image")]

    def text_requests(self) -> list[LogEntry]:
        """Logged requests (any outcome) whose body had at least one text input."""
        return [e for e in list(self.log) if _inputs_of(e, "text")]

    def images_embedded(self) -> list[str]:
        """sha256 of the decoded bytes of every image the client received a vector for.

        Counts only requests this fake answered 200 *and* fully wrote to the socket. The
        `delivered` flag is set just after the last byte is flushed, so right after a call
        returns use `fake.wait_for(...)` rather than reading this once. A client that timed
        out may still count: the kernel accepts the bytes even if nobody reads them.
        """
        digests: list[str] = []
        for entry in list(self.log):
            if (
                entry.status != 200
                or not entry.delivered
                or id(entry.request) not in self._embedded
            ):
                continue
            for value in _inputs_of(entry, "image"):
                raw = _image_bytes(value)
                if raw is not None:
                    digests.append(hashlib.sha256(raw).hexdigest())
        return digests

    # -- the service ---------------------------------------------------------------------------
    def handle(self, request: Request) -> Response:
        if request.path != PATH:
            return Response.json(404, {"detail": "Not Found"})
        if request.method != "POST":
            return Response.json(405, {"detail": "Method Not Allowed"}, {"Allow": "POST"})
        if self.redirect_loop:  # e.g. a proxy misconfigured to redirect to itself
            return Response(307, b"", {"Location": PATH})
        try:
            response = self._embed(request)
        except _Refusal as r:
            response = self._refuse(r)
        response.headers.update(self._rate_headers())
        return response

    def _rate_headers(self) -> dict[str, str]:
        headers: dict[str, str] = {}
        with self._usage_lock:
            if self._window_start is None:
                return headers
            reset = max(0.0, self._window_start + self.rate_window - time.monotonic())
            for kind, limit, used in (
                ("Requests", self.requests_per_window, self._window_requests),
                ("Tokens", self.tokens_per_window, self._window_tokens),
            ):
                if limit is None:
                    continue
                headers[f"X-RateLimit-Limit-{kind}"] = str(limit)
                headers[f"X-RateLimit-Remaining-{kind}"] = str(max(0, limit - used))
                if self.reset_headers:
                    headers[f"X-RateLimit-Reset-{kind}"] = _duration(reset)
        return headers

    def _count_request(self) -> None:
        """Open or roll the rate window; refuse with 429 when the window's budget is spent."""
        if self.requests_per_window is None and self.tokens_per_window is None:
            return
        with self._usage_lock:
            now = time.monotonic()
            if self._window_start is None or now >= self._window_start + self.rate_window:
                self._window_start, self._window_requests, self._window_tokens = now, 0, 0
            over = (
                self.requests_per_window is not None
                and self._window_requests >= self.requests_per_window
            ) or (
                self.tokens_per_window is not None and self._window_tokens >= self.tokens_per_window
            )
            if not over:
                self._window_requests += 1
                return
            wait = self._window_start + self.rate_window - now
        raise _RateLimited(max(1, math.ceil(wait)))

    def _refuse(self, r: _Refusal) -> Response:
        if self.error_style == "error":
            message = r.message
            if isinstance(message, list):
                message = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in message)
            body: dict[str, Any] = {
                "error": {"code": r.code, "message": message, "status": r.status}
            }
        else:
            body = {"detail": r.message}
        return Response.json(r.status, body)

    def _check_auth(self, request: Request) -> None:
        header = request.headers.get("authorization")
        if header is None or not header.strip():
            raise _Refusal(401, "AUTH_MISSING_API_KEY", _MESSAGES["AUTH_MISSING_API_KEY"])
        parts = header.split()
        if len(parts) != 2 or parts[0].lower() != "bearer":
            raise _Refusal(401, "AUTH_INVALID_FORMAT", _MESSAGES["AUTH_INVALID_FORMAT"])
        if parts[1] not in self.api_keys:
            raise _Refusal(401, "AUTH_INVALID_API_KEY", _MESSAGES["AUTH_INVALID_API_KEY"])

    def _embed(self, request: Request) -> Response:
        self._check_auth(request)
        try:
            self._count_request()
        except _RateLimited as limited:
            body = self.error_body(429, "RATE_LIMIT_EXCEEDED")
            return Response.json(429, body, {"Retry-After": str(limited.seconds)})
        params = _validate_body(request.body)
        model = params["model"]
        if model != MODEL:
            raise _Refusal(
                400,
                "INPUT_MODEL_NOT_FOUND",
                _MESSAGES["INPUT_MODEL_NOT_FOUND"].format(model=model),
            )
        if self.refusal is not None:
            raise _Refusal(*self.refusal)
        items: list[tuple[str, str]] = params["input"]
        if len(items) > self.max_batch:
            raise _Refusal(
                self.too_many_status,
                "INPUT_TOO_MANY_ITEMS",
                f"Too many inputs in one request: {len(items)} items were sent, at most "
                f"{self.max_batch} are allowed. Split the input into smaller batches.",
            )
        query = params["task"] == "retrieval.query"
        vectors: list[np.ndarray] = []
        cost = 0
        for index, (kind, value) in enumerate(items):
            if kind == "image":
                vec, (w, h) = self._image_vector(index, value)
                cost += image_tokens(w, h, self.image_tile_tokens)
            else:
                tokens = count_text_tokens(value)
                if tokens > MAX_TEXT_TOKENS and not params["truncate"]:
                    raise _Refusal(
                        422,
                        "INPUT_VALIDATION_ERROR",
                        f"Input at index {index} is too long: {tokens} tokens, the model "
                        f"accepts at most {MAX_TEXT_TOKENS}. Send `truncate: true` to cut it.",
                    )
                cost += min(tokens, MAX_TEXT_TOKENS) + (QUERY_PREFIX_TOKENS if query else 0)
                vec = semantic.embed_text(value, query=query)
            vectors.append(vec)
        with self._usage_lock:
            if self.balance_tokens is not None:
                left = max(0, self.balance_tokens - self.tokens_used)
                if cost > left:
                    raise _Refusal(
                        403,
                        "AUTHZ_INSUFFICIENT_BALANCE",
                        _MESSAGES["AUTHZ_INSUFFICIENT_BALANCE"].format(cost=cost, left=left),
                    )
            self.tokens_used += cost
            if self._window_start is not None:
                self._window_tokens += cost
            if self._revoke is not None:
                key, left = self._revoke
                self._revoke = (key, left - 1) if left > 1 else None
                if left <= 1:
                    self.api_keys.discard(key)
            order = list(range(len(vectors)))
            if self.shuffle_data and len(order) > 1:
                self._shuffles += 1
                random.Random(self._shuffles).shuffle(order)
                if order == sorted(order):  # a shuffle that changes nothing proves nothing
                    order.reverse()
        data = [
            {
                "object": "embedding",
                "index": i,
                "embedding": _values(vectors[i], params["dimensions"], params),
            }
            for i in order
        ]
        answer: dict[str, Any] = {
            "model": MODEL,
            "object": "list",
            "usage": {"total_tokens": cost, "prompt_tokens": cost},
            "data": data,
        }
        with self._lock:
            corruption = self._corruptions.pop(0) if self._corruptions else None
        if corruption is not None:
            return _corrupted(answer, corruption, params)
        _encode_all(answer, params["embedding_type"])
        self._embedded.add(id(request))
        return Response.json(200, answer)

    def _image_vector(self, index: int, value: str) -> tuple[np.ndarray, tuple[int, int]]:
        if value.lower().startswith(("http://", "https://")):
            raise _Refusal(
                422,
                "INPUT_VALIDATION_ERROR",
                f"Input at index {index}: image URLs cannot be fetched by the fake Jina server "
                "(tests have no network); send a data URL or base64 instead.",
            )
        raw = _image_bytes(value)
        if raw is None:
            raise _Refusal(
                422,
                "INPUT_VALIDATION_ERROR",
                f"Input at index {index}: the image is neither a URL nor valid base64 data.",
            )
        digest = hashlib.sha256(raw).hexdigest()
        cached = self._cache.get(digest)
        if cached is not None:
            return cached
        try:
            with Image.open(io.BytesIO(raw)) as img:
                size = img.size
                img.draft("RGB", (TILE, TILE))  # JPEG DCT scaling: fast, and enough for 512 px
                img.load()
                vec = semantic.embed_image(img)
        except Exception as exc:  # Pillow raises many types (and warnings-as-errors)
            raise _Refusal(
                422,
                "INPUT_VALIDATION_ERROR",
                f"Input at index {index}: the image could not be decoded "
                f"({type(exc).__name__}: {exc}).",
            ) from None
        self._cache[digest] = (vec, size)
        return vec, size


def _corrupted(answer: dict[str, Any], kind: str, params: dict[str, Any]) -> Response:
    """The answer broken in the way `kind` names, in the embedding type that was asked for."""
    data: list[dict[str, Any]] = answer["data"]
    first, dims, etype = data[0], params["dimensions"], params["embedding_type"]
    if kind == "nan":
        first["embedding"][0] = float("nan")
    elif kind == "inf":
        first["embedding"][-1] = float("inf")
    elif kind == "zero":
        first["embedding"] = [0.0] * dims
    elif kind == "short":
        first["embedding"] = first["embedding"][: max(1, dims // 2)]
    elif kind == "fewer":
        data.pop()
    elif kind == "duplicate_index":
        if len(data) > 1:
            data[-1]["index"] = first["index"]
        else:
            data.append(dict(first))
    elif kind == "index_out_of_range":
        first["index"] = len(data)
    elif kind == "byte_order" and etype == "base64":
        for d in data:
            raw = np.asarray(d["embedding"], ">f4").tobytes()
            d["embedding"] = base64.b64encode(raw).decode("ascii")
        return Response.json(200, answer)
    _encode_all(answer, etype)
    if kind == "truncated":
        raw = json.dumps(answer).encode()
        return Response(200, raw[: len(raw) // 2], {"Content-Type": "application/json"})
    if kind == "html":
        return Response(200, _CAPTIVE_PAGE.encode(), {"Content-Type": "text/html"})
    if kind == "wrong_shape":
        answer["data"] = {str(d["index"]): d["embedding"] for d in data}
    return Response.json(200, answer)


def _duration(seconds: float) -> str:
    """`"0.75s"`, `"42s"`, `"1m30s"`: the reset format of APIs that send these headers."""
    seconds = math.ceil(seconds * 1000) / 1000  # rounded up: a client waiting this long is late
    if seconds < 60:
        return f"{seconds:g}s"
    minutes, rest = divmod(math.ceil(seconds), 60)
    return f"{minutes}m{rest}s"


# -- request parsing -----------------------------------------------------------------------------
def _validate_body(body: bytes) -> dict[str, Any]:
    """Pydantic-like validation of the request body: all field errors at once, as 422."""
    try:
        payload = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise _Refusal(
            422,
            "INPUT_VALIDATION_ERROR",
            [
                _field_error("json_invalid", [0], "JSON decode error", {})
                | {"ctx": {"error": str(exc)}}
            ],
        ) from None
    if not isinstance(payload, dict):
        raise _Refusal(
            422,
            "INPUT_VALIDATION_ERROR",
            [
                _field_error(
                    "model_attributes_type", [], "Input should be a valid dictionary", payload
                )
            ],
        )
    errors: list[dict[str, Any]] = []
    model = payload.get("model")
    if "model" not in payload:
        errors.append(_field_error("missing", ["model"], "Field required", payload))
    elif not isinstance(model, str):
        errors.append(
            _field_error("string_type", ["model"], "Input should be a valid string", model)
        )

    items: list[tuple[str, str]] = []
    raw_input = payload.get("input")
    if "input" not in payload:
        errors.append(_field_error("missing", ["input"], "Field required", payload))
    elif not isinstance(raw_input, list):
        errors.append(
            _field_error("list_type", ["input"], "Input should be a valid list", raw_input)
        )
    elif not raw_input:
        errors.append(
            _field_error("too_short", ["input"], "List should have at least 1 item", raw_input)
        )
    else:
        for i, item in enumerate(raw_input):
            parsed = _parse_item(item)
            if parsed is None:
                errors.append(
                    _field_error(
                        "union_tag_invalid",
                        ["input", i],
                        'Input should be a string, {"text": str} or {"image": str}',
                        item,
                    )
                )
            else:
                items.append(parsed)

    dims = payload.get("dimensions", FULL_DIMS)
    if dims is None:
        dims = FULL_DIMS
    if not isinstance(dims, int) or isinstance(dims, bool):
        errors.append(
            _field_error("int_type", ["dimensions"], "Input should be a valid integer", dims)
        )
    elif dims < MIN_DIMS:
        errors.append(
            _field_error(
                "greater_than_equal",
                ["dimensions"],
                f"Input should be greater than or equal to {MIN_DIMS}",
                dims,
            )
        )
    elif dims > FULL_DIMS:
        errors.append(
            _field_error(
                "less_than_equal",
                ["dimensions"],
                f"Input should be less than or equal to {FULL_DIMS}",
                dims,
            )
        )

    task = payload.get("task")
    if task is not None and task not in TASKS:
        allowed = ", ".join(f"'{t}'" for t in TASKS)
        errors.append(_field_error("enum", ["task"], f"Input should be {allowed}", task))

    flags: dict[str, bool] = {}
    for name in ("normalized", "truncate", "late_chunking"):
        value = payload.get(name, False)
        if value is None:
            value = False
        if not isinstance(value, bool):
            errors.append(
                _field_error("bool_type", [name], "Input should be a valid boolean", value)
            )
        flags[name] = bool(value)

    etype = payload.get("embedding_type", "float")
    if etype is None:
        etype = "float"
    if etype not in EMBEDDING_TYPES:
        allowed = ", ".join(f"'{t}'" for t in EMBEDDING_TYPES)
        errors.append(_field_error("enum", ["embedding_type"], f"Input should be {allowed}", etype))

    if errors:
        raise _Refusal(422, "INPUT_VALIDATION_ERROR", errors)
    return {
        "model": model,
        "input": items,
        "dimensions": dims,
        "task": task,
        "embedding_type": etype,
        **flags,
    }


def _parse_item(item: Any) -> tuple[str, str] | None:
    if isinstance(item, str):
        return ("text", item)  # plain strings are texts, as the real API accepts
    if isinstance(item, dict):
        kinds = [k for k in ("text", "image") if k in item]
        if len(kinds) == 1 and isinstance(item[kinds[0]], str):
            return (kinds[0], item[kinds[0]])
    return None


def _inputs_of(entry: LogEntry, kind: str) -> list[str]:
    if entry.request.path != PATH or entry.request.method != "POST":
        return []
    try:
        payload = entry.request.json()
    except ValueError:
        return []
    raw = payload.get("input") if isinstance(payload, dict) else None
    if not isinstance(raw, list):
        return []
    return [p[1] for p in map(_parse_item, raw) if p is not None and p[0] == kind]


def _image_bytes(value: str) -> bytes | None:
    """The bytes inside a data URL or bare base64 string (None when it is neither)."""
    m = _DATA_URL.match(value)
    data = value[m.end() :] if m else value
    data = "".join(data.split())  # base64 wrapped over lines is still base64
    try:
        raw = base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError):
        try:
            raw = base64.urlsafe_b64decode(data)
        except (binascii.Error, ValueError):
            return None
    return raw or None


def _values(vec: np.ndarray, dims: int, params: dict[str, Any]) -> list[float]:
    """The vector the service computes for these parameters, as numbers (encoded last)."""
    v = vec[:dims].astype(np.float32)
    if params["normalized"]:
        # Normalised after truncation: what the service returns for `normalized: true`.
        n = float(np.linalg.norm(v))
        v = v / np.float32(n) if n > 0 else v
    return [float(x) for x in v]


def _encode_all(answer: dict[str, Any], etype: str) -> None:
    for d in answer["data"]:
        d["embedding"] = _encode(d["embedding"], etype)


def _encode(values: list[float], etype: str) -> Any:
    """Numbers in the `embedding_type` asked for: base64 is little-endian float32."""
    if etype == "base64":
        return base64.b64encode(np.asarray(values, "<f4").tobytes()).decode("ascii")
    if etype in ("binary", "ubinary"):
        packed = np.packbits(np.asarray(values) > 0)  # 1 bit per dim, first in the highest bit
        return (packed.view(np.int8) if etype == "binary" else packed).tolist()
    return values
