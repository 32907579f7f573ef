"""A loopback fake of a single-node Elasticsearch 8.x / 9.x cluster for the real elasticsearch-py.

It answers with the shapes and error bodies a real node sends, so code tested against it meets
no surprises on a real cluster: the product and compatibility headers, security (401 with
`WWW-Authenticate`, 403 per action), index / alias / mapping management with the defaults the
server fills in, `_bulk` with per-item results, near-real-time visibility (a write is searchable
only after a refresh), exact kNN with the real `_score` formulas, filters, `_count`,
`_delete_by_query` and `_cat/indices`.

Deliberate simplifications: one primary shard per index and no replica ever assigned (health is
yellow unless `number_of_replicas` is 0); kNN is exact (no HNSW approximation, quantization is
ignored); lexical scoring is not BM25 (a matching scoring clause scores its boost, 1.0 by
default); no aggregations, scripts, scroll or nested documents. Requests the fake does not know
how to answer raise NotImplementedError, which the base server turns into a loud 500.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import copy
import fnmatch
import functools
import gzip
import json
import math
import re
import secrets
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal
from urllib.parse import unquote, urlencode

import numpy as np

from tests.fakes.server import FakeServer, Fault, Request, Response

# -- constants copied from the server ----------------------------------------------------------
NUM_CANDS_LIMIT = 10_000
MAX_DIMS = 4096
SIMILARITIES = ("l2_norm", "cosine", "dot_product", "max_inner_product")
_NUMERIC = {
    "long",
    "integer",
    "short",
    "byte",
    "double",
    "float",
    "half_float",
    "scaled_float",
    "unsigned_long",
}
_INTEGRAL = {"long", "integer", "short", "byte", "unsigned_long"}
_STRINGS = {"keyword", "text", "match_only_text", "wildcard", "constant_keyword", "ip"}
_KNOWN_TYPES = (
    _NUMERIC
    | _STRINGS
    | {
        "date",
        "date_nanos",
        "boolean",
        "object",
        "nested",
        "geo_point",
        "dense_vector",
        "binary",
        "flattened",
        "sparse_vector",
        "token_count",
    }
)
_DENSE_VECTOR_PARAMS = {
    "type",
    "dims",
    "index",
    "similarity",
    "index_options",
    "element_type",
    "meta",
}
_WWW_AUTHENTICATE = ('Basic realm="security", charset="UTF-8"', 'Bearer realm="security"', "ApiKey")
_LUCENE = {
    (8, 11): "9.8.0",
    (8, 12): "9.9.2",
    (8, 13): "9.10.0",
    (8, 14): "9.10.0",
    (8, 15): "9.11.1",
    (8, 16): "9.12.0",
    (8, 17): "9.12.0",
    (8, 18): "9.12.1",
    (8, 19): "9.12.2",
    (9, 0): "10.1.0",
    (9, 1): "10.2.1",
    (9, 2): "10.2.2",
    (9, 3): "10.3.2",
}
_LONG_MAX = 9_223_372_036_854_775_807
_LONG_MIN = -9_223_372_036_854_775_808
_COMPAT_RE = re.compile(r"compatible-with\s*=\s*(\d+)", re.IGNORECASE)

_BULK_META = {
    "_index", "_id", "routing", "if_seq_no", "if_primary_term", "version", "version_type",
    "require_alias", "pipeline", "retry_on_conflict", "dynamic_templates", "op_type", "_source",
    "require_data_stream", "list_executed_pipelines",
}  # fmt: skip
_KNN_KEYS = {
    "field", "query_vector", "query_vector_builder", "k", "num_candidates", "filter",
    "similarity", "boost", "_name", "inner_hits", "rescore_vector", "visit_percentage",
}  # fmt: skip

# Which index privileges grant an action, in the order the server lists them in a 403.
_GRANTED_BY: dict[str, tuple[str, ...]] = {
    "indices:admin/create": ("create_index", "manage", "all"),
    "indices:admin/auto_create": ("auto_configure", "create_index", "manage", "all"),
    "indices:admin/delete": ("delete_index", "manage", "all"),
    "indices:admin/get": ("view_index_metadata", "manage", "all"),
    "indices:admin/mappings/get": ("view_index_metadata", "manage", "all"),
    "indices:admin/mapping/put": ("manage", "all"),
    "indices:admin/aliases": ("manage", "all"),
    "indices:admin/aliases/get": ("view_index_metadata", "manage", "all"),
    "indices:admin/settings/get": ("view_index_metadata", "manage", "all"),
    "indices:admin/refresh": ("maintenance", "manage", "all"),
    "indices:monitor/stats": ("monitor", "manage", "all"),
    "indices:data/read/search": ("read", "all"),
    "indices:data/read/get": ("read", "all"),
    "indices:data/read/mget": ("read", "all"),
    "indices:data/write/index": ("index", "write", "all"),
    "indices:data/write/create": ("create_doc", "create", "index", "write", "all"),
    "indices:data/write/update": ("index", "write", "all"),
    "indices:data/write/delete": ("delete", "write", "all"),
    "indices:data/write/bulk[s]": ("create_doc", "create", "delete", "index", "write", "all"),
    "indices:data/write/delete/byquery": ("delete", "write", "all"),
}
# An index privilege and everything it implies.
_IMPLIES: dict[str, set[str]] = {
    "all": {"all"} | {p for grants in _GRANTED_BY.values() for p in grants},
    "manage": {
        "manage",
        "create_index",
        "delete_index",
        "view_index_metadata",
        "monitor",
        "maintenance",
        "auto_configure",
    },
    "write": {"write", "index", "create", "create_doc", "delete"},
    "index": {"index", "create", "create_doc"},
    "create": {"create", "create_doc"},
}
_CLUSTER_IMPLIES: dict[str, set[str]] = {
    "all": {"all", "manage", "monitor", "manage_security", "manage_index_templates"},
    "manage": {"manage", "monitor", "manage_index_templates"},
}


# -- errors ------------------------------------------------------------------------------------
def _err(type_: str, reason: str, **extra: Any) -> dict[str, Any]:
    return {"type": type_, "reason": reason, **extra}


def _strip(error: Mapping[str, Any]) -> dict[str, Any]:
    """The error as it appears in `root_cause`: without its `caused_by` chain."""
    return {k: v for k, v in error.items() if k != "caused_by"}


class EsError(Exception):
    """An error answer: HTTP status plus the `error` object (or a bare string, as a few APIs
    answer), with the `root_cause` list the server derives from it."""

    def __init__(
        self,
        status: int,
        error: dict[str, Any] | str,
        root_causes: list[dict[str, Any]] | None = None,
        headers: dict[str, str] | None = None,
        with_status: bool = True,
    ) -> None:
        super().__init__(error if isinstance(error, str) else error.get("reason"))
        self.status = status
        self.error = error
        self.root_causes = root_causes
        self.headers = headers or {}
        self.with_status = with_status

    def body(self) -> dict[str, Any]:
        if isinstance(self.error, str):
            if not self.with_status:
                return {"error": self.error}
            return {"error": self.error, "status": self.status}
        roots = self.root_causes or [_strip(self.error)]
        return {"error": {"root_cause": roots, **self.error}, "status": self.status}


def _bad(reason: str, type_: str = "illegal_argument_exception", **extra: Any) -> EsError:
    return EsError(400, _err(type_, reason, **extra))


def _index_not_found(name: str, resource_type: str = "index_or_alias") -> EsError:
    meta = {"resource.type": resource_type, "resource.id": name, "index_uuid": "_na_"}
    return EsError(
        404, _err("index_not_found_exception", f"no such index [{name}]", **meta, index=name)
    )


class _MappingError(Exception):
    """A mapping problem; `iae` marks the ones the server raises as illegal_argument_exception."""

    def __init__(self, reason: str, iae: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.iae = iae

    def inner(self) -> dict[str, Any]:
        kind = "illegal_argument_exception" if self.iae else "mapper_parsing_exception"
        return _err(kind, self.reason)

    def wrapped(self) -> EsError:
        """As `PUT /<index>` answers it: 'Failed to parse mapping: …' around the cause."""
        inner = self.inner()
        top = _err("mapper_parsing_exception", f"Failed to parse mapping: {self.reason}")
        top["caused_by"] = inner
        root = _strip(top) if self.iae else inner
        return EsError(400, top, [root])

    def direct(self) -> EsError:
        return EsError(400, self.inner())


# -- small helpers -----------------------------------------------------------------------------
def _f32(x: float) -> float:
    """A score as the server prints it: a Java float, shortest decimal form."""
    return float(str(np.float32(x)))


def _jfloat(x: float) -> str:
    """Java's Float.toString, used in the 'Preview of invalid vector' texts."""
    f = np.float32(x)
    if f == 0:
        return "-0.0" if math.copysign(1.0, float(f)) < 0 else "0.0"
    if 1e-3 <= abs(f) < 1e7:
        s = np.format_float_positional(f, unique=True)
        return s + "0" if s.endswith(".") else s
    mant, exp = np.format_float_scientific(f, unique=True, exp_digits=1).split("e")
    mant = mant + "0" if mant.endswith(".") else mant
    return f"{mant}E{int(exp)}"


def _preview(values: Iterable[float], as_int: bool = False) -> str:
    vals = list(values)
    fmt: Callable[[float], str] = (lambda v: str(int(v))) if as_int else _jfloat
    parts = ", ".join(fmt(v) for v in vals[:5])
    return f" Preview of invalid vector: [{parts}{', ...' if len(vals) >= 5 else ''}]"


def _column(raw: str, key: str) -> int:
    """Roughly where the parser was when it failed: just past the field's value."""
    i = raw.find(f'"{key}"')
    if i < 0:
        return 1
    j = raw.find(":", i) + 1
    depth = 0
    for n, ch in enumerate(raw[j:], start=j):
        if ch in "[{":
            depth += 1
        elif ch in "]}":
            depth -= 1
            if depth <= 0:
                return n + 1
        elif ch == "," and depth == 0:
            return n
    return len(raw)


def _uuid() -> str:
    return secrets.token_urlsafe(16)[:22]


def _now_ms() -> int:
    return int(time.time() * 1000)


def _as_list(v: Any) -> list[Any]:
    if v is None:
        return []
    return list(v) if isinstance(v, list) else [v]


def _flatten_values(v: Any) -> list[Any]:
    out: list[Any] = []
    for item in _as_list(v):
        if isinstance(item, list):
            out.extend(_flatten_values(item))
        elif item is not None:
            out.append(item)
    return out


def _deep_merge(base: dict[str, Any], patch: Mapping[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(base)
    for k, v in patch.items():
        if isinstance(v, Mapping) and isinstance(out.get(k), dict):
            out[k] = _deep_merge(out[k], v)
        else:
            out[k] = copy.deepcopy(v)
    return out


def _tokens(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _human_bytes(n: int) -> str:
    for unit, size in (("gb", 1 << 30), ("mb", 1 << 20), ("kb", 1 << 10)):
        if n >= size:
            return f"{n / size:.1f}{unit}"
    return f"{n}b"


def _uri(req: Request) -> str:
    """The request URI as the server quotes it in messages: path plus query string."""
    return req.path + (f"?{urlencode(req.query, doseq=True)}" if req.query else "")


def _truthy(values: list[str] | None) -> bool:
    return values is not None and bool(values) and values[-1] in ("", "true")


def _param(req: Request, name: str) -> str | None:
    values = req.query.get(name)
    return values[-1] if values else None


def _to_int(value: Any, name: str) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise _bad(f"Failed to parse int parameter [{name}] with value [{value}]") from None


# -- dates -------------------------------------------------------------------------------------
_ISO_RE = re.compile(
    r"^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2})(?::(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?)?)?)?"
    r"(Z|[+-]\d{2}(?::?\d{2})?)?$"
)


def _parse_date(value: Any, round_up: bool = False) -> int:
    """`strict_date_optional_time||epoch_millis` to epoch milliseconds (ValueError if neither).

    With `round_up` the missing parts of a partial date are filled with their maximum, as the
    server does for `lte`/`gt` bounds ("2024-01-31" then means the end of that day)."""
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int | float):
        return int(value)
    s = str(value).strip()
    m = _ISO_RE.match(s)
    if m:
        y, mo, d, h, mi, sec, frac, tz = m.groups()
        parts = [mo, d, h, mi, sec]
        start = datetime(
            int(y),
            int(mo or 1),
            int(d or 1),
            int(h or 0),
            int(mi or 0),
            int(sec or 0),
            int((frac or "0").ljust(6, "0")[:6]),
            tzinfo=UTC,
        )
        if tz and tz != "Z":
            sign = 1 if tz[0] == "+" else -1
            digits = tz[1:].replace(":", "")
            offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0))
            start -= sign * offset
        ms = int(start.timestamp() * 1000)
        if round_up and frac is None:
            missing = next((i for i, p in enumerate(parts) if p is None), None)
            if missing is not None:
                unit = "yMdHms"[missing]
                ms = _round_date(ms, unit, up=True)
        return ms
    if re.fullmatch(r"-?\d+(\.\d+)?", s):
        return int(float(s))
    raise ValueError(value)


def _add_months(dt: datetime, months: int) -> datetime:
    y, m = divmod(dt.month - 1 + months, 12)
    year, month = dt.year + y, m + 1
    days = [31, 29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28]
    days += [31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return dt.replace(year=year, month=month, day=min(dt.day, days[month - 1]))


def _round_date(ms: int, unit: str, up: bool) -> int:
    dt = datetime.fromtimestamp(ms / 1000, tz=UTC)
    if unit == "y":
        lo = dt.replace(month=1, day=1, hour=0, minute=0, second=0, microsecond=0)
        hi = _add_months(lo, 12)
    elif unit == "M":
        lo = dt.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
        hi = _add_months(lo, 1)
    elif unit == "w":
        lo = (dt - timedelta(days=dt.weekday())).replace(hour=0, minute=0, second=0, microsecond=0)
        hi = lo + timedelta(weeks=1)
    elif unit == "d":
        lo = dt.replace(hour=0, minute=0, second=0, microsecond=0)
        hi = lo + timedelta(days=1)
    elif unit in "hH":
        lo = dt.replace(minute=0, second=0, microsecond=0)
        hi = lo + timedelta(hours=1)
    elif unit == "m":
        lo = dt.replace(second=0, microsecond=0)
        hi = lo + timedelta(minutes=1)
    else:
        lo = dt.replace(microsecond=0)
        hi = lo + timedelta(seconds=1)
    return int(hi.timestamp() * 1000) - 1 if up else int(lo.timestamp() * 1000)


def _date_math(expr: Any, round_up: bool, now_ms: int) -> int:
    """Date math as range bounds use it: `now-7d/d`, `2024-01-01||+1M`, plain dates."""
    if not isinstance(expr, str):
        return _parse_date(expr)
    if expr.startswith("now"):
        ms, ops = now_ms, expr[3:]
    elif "||" in expr:
        base, ops = expr.split("||", 1)
        ms = _parse_date(base)
    else:
        return _parse_date(expr, round_up=round_up)
    for sign, amount, unit, rnd in re.findall(r"([+-])(\d+)([yMwdhHms])|/([yMwdhHms])", ops):
        if rnd:
            ms = _round_date(ms, rnd, up=round_up)
            continue
        n = int(amount) * (1 if sign == "+" else -1)
        dt = datetime.fromtimestamp(ms / 1000, tz=UTC)
        if unit == "y":
            dt = _add_months(dt, 12 * n)
        elif unit == "M":
            dt = _add_months(dt, n)
        else:
            secs = {"w": 604800, "d": 86400, "h": 3600, "H": 3600, "m": 60, "s": 1}[unit]
            dt += timedelta(seconds=secs * n)
        ms = int(dt.timestamp() * 1000)
    return ms


def _looks_like_date(s: str) -> bool:
    """Dynamic date detection (`strict_date_optional_time` needs at least yyyy-MM-dd here)."""
    return bool(re.match(r"^\d{4}-\d{2}-\d{2}", s)) and bool(_ISO_RE.match(s))


# -- geo -----------------------------------------------------------------------------------------
def _geo_point(v: Any) -> tuple[float, float]:
    if isinstance(v, Mapping):
        return float(v["lat"]), float(v["lon"])
    if isinstance(v, list) and len(v) == 2:
        return float(v[1]), float(v[0])  # GeoJSON order: [lon, lat]
    if isinstance(v, str) and "," in v:
        lat, lon = v.split(",", 1)
        return float(lat), float(lon)
    raise ValueError(v)


def _distance_m(spec: Any) -> float:
    if isinstance(spec, int | float):
        return float(spec)
    m = re.fullmatch(r"\s*([\d.]+)\s*(km|m|mi|yd|ft|cm|mm|nmi)?\s*", str(spec))
    if not m:
        raise ValueError(spec)
    factor = {"km": 1000, "m": 1, "mi": 1609.344, "yd": 0.9144, "ft": 0.3048}
    factor |= {"cm": 0.01, "mm": 0.001, "nmi": 1852}
    return float(m.group(1)) * factor.get(m.group(2) or "m", 1)


def _haversine_m(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2
    h += math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6_371_008.7714 * math.asin(math.sqrt(h))


# -- state ---------------------------------------------------------------------------------------
@dataclass
class _Doc:
    id: str
    source: dict[str, Any]
    version: int
    seq_no: int
    flat: dict[str, list[Any]]  # dotted source path -> indexed values (vectors excluded)
    vectors: dict[str, np.ndarray]  # dotted path -> float32 vector as indexed


@dataclass
class _Index:
    name: str
    uuid: str
    created_ms: int
    mappings: dict[str, Any]
    settings: dict[str, str]  # flat "index.*" keys, string values, as the server keeps them
    created_at: float  # clock time
    docs: dict[str, _Doc] = field(default_factory=dict)  # live: what GET sees (realtime)
    visible: dict[str, _Doc] = field(default_factory=dict)  # as of the last refresh
    tombstones: dict[str, int] = field(default_factory=dict)  # deleted id -> last version
    seq_no: int = -1
    pending_since: float | None = None  # clock time of the oldest write not yet refreshed
    last_search: float = 0.0
    aliases: dict[str, dict[str, Any]] = field(default_factory=dict)  # alias name -> metadata
    _fields: dict[str, tuple[dict[str, Any], str]] | None = None

    def next_seq(self) -> int:
        self.seq_no += 1
        return self.seq_no

    def refresh(self) -> None:
        self.visible = dict(self.docs)
        self.pending_since = None

    def fields(self) -> dict[str, tuple[dict[str, Any], str]]:
        """Every mapped path (multi-fields included) -> (definition, source path)."""
        if self._fields is None:
            table: dict[str, tuple[dict[str, Any], str]] = {}

            def walk(props: Mapping[str, Any], prefix: str) -> None:
                for name, d in props.items():
                    path = prefix + name
                    table[path] = (d, path)
                    if "properties" in d or d.get("type") in ("object", "nested"):
                        walk(d.get("properties", {}), path + ".")
                    for sub, sd in (d.get("fields") or {}).items():
                        table[f"{path}.{sub}"] = (sd, path)

            walk(self.mappings.get("properties", {}), "")
            self._fields = table
        return self._fields

    def set_mappings(self, mappings: dict[str, Any]) -> None:
        self.mappings = mappings
        self._fields = None

    def replicas(self) -> int:
        return int(self.settings.get("index.number_of_replicas", "1"))


@dataclass
class _Principal:
    username: str
    roles: list[str]
    auth_type: str  # realm | api_key | token
    realm: tuple[str, str]  # (name, type)
    api_key: tuple[str, str] | None = None  # (id, name)
    cluster: set[str] | None = None  # None: superuser
    indices: list[tuple[list[str], set[str]]] | None = None  # (name patterns, privileges)

    @property
    def key(self) -> str:
        return self.api_key[0] if self.api_key else self.username


# -- the server ----------------------------------------------------------------------------------
class FakeElasticsearch(FakeServer):
    """A fake single-node cluster. Start it (`with FakeElasticsearch() as es:`), point the real
    client at `es.url`, and read the state back through `indices`, `docs()` and `log`.

    Options:
      version: the server version; `8.x` and `9.x` behave like their majors (compatibility
        header range, defaults in mappings, `GET /` body) and minors gate features (indexed
        dense_vector and optional dims from 8.11, the knn query and int8_hnsw from 8.12, flat
        types 8.13, int8_hnsw default 8.14, int4 8.15, bbq 8.16, bbq_hnsw default for
        dims >= 384 from 9.1, bbq_disk and vectors left out of `_source` from 9.2, base64
        vectors in bulk from 9.3). `7.x` only goes as far as refusing the 8.x client's
        `compatible-with=8` the way a real 7.x node does.
      auth: None (security off) or {"users": {name: password}, "api_keys": {"id:key" or its
        base64, ...} or {key: owner}, "bearer": {token, ...} or {token: user}}.
      privileges: restricted principals (user name or API key id) -> index privileges granted on
        every index (e.g. ["read", "view_index_metadata"]) or {"roles": [...], "cluster": [...],
        "indices": [{"names": [...], "privileges": [...]}]}. Anyone not listed is a superuser.
      max_result_window: default for `index.max_result_window`.
      refresh_interval: seconds between scheduled refreshes (None: only explicit refreshes);
        `index.refresh_interval` overrides it per index.
      search_idle_after: seconds without a search after which a shard is search-idle, so the
        next search refreshes first (as the real server does when no refresh_interval is set).
      auto_create_index: whether writes to a missing index create it with dynamic mappings.
      product_header: False simulates a server that is not Elasticsearch.
      clock: monotonic time source, to test scheduled refreshes without sleeping.
    """

    def __init__(
        self,
        version: str = "8.15.0",
        *,
        auth: Mapping[str, Any] | None = None,
        privileges: Mapping[str, Any] | None = None,
        max_result_window: int = 10_000,
        cluster_name: str = "photoseek-test",
        refresh_interval: float | None = 1.0,
        search_idle_after: float | None = 30.0,
        auto_create_index: bool = True,
        product_header: bool = True,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        parts = [int(p) for p in re.findall(r"\d+", version)[:3]]
        if len(parts) < 2 or parts[0] not in (7, 8, 9):
            raise ValueError(f"unsupported fake Elasticsearch version {version!r}")
        self.version = version
        self.v: tuple[int, ...] = tuple(parts + [0] * (3 - len(parts)))
        self.major = self.v[0]
        self.cluster_name = cluster_name
        self.cluster_uuid = _uuid()
        self.node_name = "photoseek-fake-node"
        self.node_id = _uuid()
        self.max_result_window = max_result_window
        self.refresh_interval = refresh_interval
        self.search_idle_after = search_idle_after
        self.auto_create_index = auto_create_index
        self.product_header = product_header
        self.clock = clock
        self._state = threading.RLock()
        self._indices: dict[str, _Index] = {}
        self._down = threading.Event()
        self._handler_cls: type[BaseHTTPRequestHandler] | None = None
        self._ssl_context: ssl.SSLContext | None = None
        self._auth = auth
        self._users: dict[str, str] = dict((auth or {}).get("users", {}))
        self._api_keys: dict[str, tuple[str, str]] = {}  # "id:key" -> (id, owner)
        keys = (auth or {}).get("api_keys", ())
        for entry in keys:
            owner = keys[entry] if isinstance(keys, Mapping) else "elastic"
            decoded = entry if ":" in entry else base64.b64decode(entry).decode()
            self._api_keys[decoded] = (decoded.split(":", 1)[0], owner)
        tokens = (auth or {}).get("bearer", ())
        self._bearer: dict[str, str] = {
            t: (tokens[t] if isinstance(tokens, Mapping) else "elastic") for t in tokens
        }
        self._privileges: dict[str, Any] = dict(privileges or {})

    # -- lifecycle ---------------------------------------------------------------------------
    def start(self, ssl_context: ssl.SSLContext | None = None) -> FakeElasticsearch:
        """Listen on a loopback port; with `ssl_context` (server side), speak HTTPS."""
        super().start(ssl_context=ssl_context)
        self._ssl_context = ssl_context
        return self

    def __enter__(self) -> FakeElasticsearch:
        return self.start()

    def node_down(self) -> None:
        """Stop listening (new connections are refused) and drop requests on open connections."""
        self._down.set()
        httpd = self._httpd
        if httpd is not None and self._handler_cls is None:
            self._handler_cls = httpd.RequestHandlerClass  # type: ignore[assignment]
            httpd.shutdown()
            httpd.server_close()

    def node_up(self) -> None:
        """Listen again on the same port."""
        if self._handler_cls is None:
            self._down.clear()
            return
        httpd = ThreadingHTTPServer(("127.0.0.1", self.port), self._handler_cls)
        httpd.daemon_threads = True
        if self._ssl_context is not None:
            httpd.socket = self._ssl_context.wrap_socket(httpd.socket, server_side=True)
        self._httpd = httpd
        self._thread = threading.Thread(
            target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        self._handler_cls = None
        self._down.clear()

    def _dispatch(self, h: BaseHTTPRequestHandler) -> None:
        if self._down.is_set():  # a request on a connection opened before node_down()
            h.close_connection = True
            with contextlib.suppress(OSError):
                h.connection.shutdown(socket.SHUT_RDWR)
            return
        super()._dispatch(h)

    # -- conveniences for tests ---------------------------------------------------------------
    def reject(
        self,
        n: int = 1,
        status: int = 429,
        kind: Literal["rejected", "circuit_breaking"] = "rejected",
    ) -> None:
        """Answer the next `n` requests with the server's overload errors (429 or 503)."""
        if status == 503:
            reason = "blocked by: [SERVICE_UNAVAILABLE/2/no master];"
            error = _err("cluster_block_exception", reason)
        elif kind == "circuit_breaking":
            reason = (
                "[parent] Data too large, data for [<http_request>] would be "
                "[1040385952/992.1mb], which is larger than the limit of "
                "[1020054732/972.7mb], real usage: [1040385952/992.1mb], new bytes reserved: "
                "[0/0b], usages [inflight_requests=0/0b, request=0/0b, fielddata=0/0b, "
                "eql_sequence=0/0b, model_inference=0/0b]"
            )
            extra = {
                "bytes_wanted": 1040385952,
                "bytes_limit": 1020054732,
                "durability": "TRANSIENT",
            }
            error = _err("circuit_breaking_exception", reason, **extra)
        else:
            reason = (
                "rejected execution of TimedRunnable{original=ActionRunnable#wrap, "
                "startTime=0} on TaskExecutionTimeTrackingEsThreadPoolExecutor[name = "
                f"{self.node_name}/write, queue capacity = 10000, task execution EWMA = 1.2ms, "
                "total task execution time = 3.4s, org.elasticsearch.common.util.concurrent."
                "EsThreadPoolExecutor@1a2b3c4d[Running, pool size = 8, active threads = 8, "
                "queued tasks = 10000, completed tasks = 123456]]"
            )
            error = _err("es_rejected_execution_exception", reason)
        body = EsError(status, error).body()
        self.inject(*(Fault(status=status, body=body) for _ in range(n)))

    def refresh(self, index: str | None = None) -> None:
        with self._state:
            for ix in self._indices.values():
                if index is None or ix.name == index:
                    ix.refresh()

    @property
    def indices(self) -> dict[str, dict[str, Any]]:
        """A snapshot: name -> {mappings, settings, aliases, docs (live sources by id)}."""
        with self._state:
            return {
                name: {
                    "mappings": copy.deepcopy(ix.mappings),
                    "settings": dict(ix.settings),
                    "aliases": copy.deepcopy(self._aliases_of(ix.name)),
                    "docs": {i: copy.deepcopy(d.source) for i, d in ix.docs.items()},
                }
                for name, ix in self._indices.items()
            }

    def docs(self, index: str, *, searchable: bool = False) -> dict[str, dict[str, Any]]:
        """Live sources of one index by id (or only what the last refresh made searchable)."""
        with self._state:
            ix = self._indices[index]
            docs = ix.visible if searchable else ix.docs
            return {i: copy.deepcopy(d.source) for i, d in docs.items()}

    @property
    def aliases(self) -> dict[str, dict[str, dict[str, Any]]]:
        """alias -> {index: alias metadata}."""
        with self._state:
            out: dict[str, dict[str, dict[str, Any]]] = {}
            for alias, idx, meta in self._alias_rows():
                out.setdefault(alias, {})[idx] = copy.deepcopy(meta)
            return out

    def requests(self, method: str | None = None, path: str | None = None) -> list[Request]:
        """Logged requests, optionally of one method and/or path prefix."""
        return [
            e.request
            for e in list(self.log)
            if (method is None or e.request.method == method)
            and (path is None or e.request.path.startswith(path))
        ]

    # -- plumbing ------------------------------------------------------------------------------
    def decorate(self, request: Request, response: Response) -> Response:
        headers = dict(response.headers)
        if self.product_header and self.v >= (7, 14):  # the header exists since 7.14
            headers["X-Elastic-Product"] = "Elasticsearch"
        asked = self._compat(request.headers.get("accept"))
        json_answer = headers.get("Content-Type", "").startswith("application/json")
        if asked is not None and self.major - 1 <= asked <= self.major and json_answer:
            headers["Content-Type"] = f"application/vnd.elasticsearch+json;compatible-with={asked}"
        return Response(response.status, response.body, headers)

    def handle(self, request: Request) -> Response:
        if request.headers.get("content-encoding") == "gzip" and request.body:
            request.body = gzip.decompress(request.body)
        try:
            self._check_media_types(request)
            who = self._authenticate(request)
            with self._state:
                resp = self._route(request, who)
        except EsError as e:
            resp = self._json(request, e.status, e.body(), e.headers)
        return self.decorate(request, resp)

    def _json(
        self, req: Request, status: int, payload: Any, headers: Mapping[str, str] | None = None
    ) -> Response:
        paths = req.query.get("filter_path")
        if paths:
            payload = _filter_path(payload, [p for v in paths for p in v.split(",") if p])
        pretty = "pretty" in req.query
        text = json.dumps(
            payload, indent=2 if pretty else None, separators=None if pretty else (",", ":")
        )
        return Response(
            status, text.encode(), {"Content-Type": "application/json", **(headers or {})}
        )

    @staticmethod
    def _compat(header: str | None) -> int | None:
        if not header or "vnd.elasticsearch" not in header.lower():
            return None
        m = _COMPAT_RE.search(header)
        return int(m.group(1)) if m else None

    def _check_media_types(self, req: Request) -> None:
        """RestCompatibleVersionHelper: the `compatible-with` range is [major-1, major]."""
        accept, ctype = req.headers.get("accept"), req.headers.get("content-type")
        av, cv = self._compat(accept), self._compat(ctype)
        cur, low = self.major, self.major - 1
        failure = None
        if av is not None and not low <= av <= cur:
            failure = (
                f"Accept version must be either version {cur} or {low}, but found {av}. "
                f"Accept={accept}"
            )
        elif req.body:
            a, c = av if av is not None else cur, cv if cv is not None else cur
            if cv is not None and not low <= cv <= cur:
                failure = (
                    f"Content-Type version must be either version {cur} or {low}, but found {cv}. "
                    f"Content-Type={ctype}"
                )
            elif a != c:
                failure = (
                    "A compatible version is required on both Content-Type and Accept headers if "
                    "either one has requested a compatible version and the compatible versions "
                    f"must match. Accept={accept}, Content-Type={ctype}"
                )
            elif (av is None) != (cv is None):
                failure = (
                    "A compatible version is required on both Content-Type and Accept headers if "
                    f"either one has requested a compatible version. Accept={accept}, "
                    f"Content-Type={ctype}"
                )
        if failure:
            reason = "Invalid media-type value on headers [Accept, Content-Type]"
            top = _err("media_type_header_exception", reason)
            top["caused_by"] = _err("status_exception", failure)
            raise EsError(400, top, [_err("media_type_header_exception", reason)])

    # -- security ------------------------------------------------------------------------------
    def _unauthenticated(self, reason: str, **extra: Any) -> EsError:
        header = {"WWW-Authenticate": list(_WWW_AUTHENTICATE)}
        error = _err("security_exception", reason, **extra, header=header)
        # Distinct spellings of the name so each challenge goes out as its own header line.
        names = ("WWW-Authenticate", "Www-Authenticate", "www-authenticate")
        return EsError(401, error, headers=dict(zip(names, _WWW_AUTHENTICATE, strict=True)))

    def _authenticate(self, req: Request) -> _Principal | None:
        if self._auth is None:
            return None
        uri = _uri(req)
        scheme, _, cred = (req.headers.get("authorization") or "").partition(" ")
        scheme = scheme.lower()
        anonymous = (
            "unable to authenticate with provided credentials and anonymous access is not "
            "allowed for this request"
        )
        try:
            decoded = base64.b64decode(cred.strip(), validate=True).decode()
        except (binascii.Error, UnicodeDecodeError):
            decoded = ""
        if scheme == "basic":
            user, _, password = decoded.partition(":")
            if user in self._users and self._users[user] == password:
                return self._principal(user, "realm")
            raise self._unauthenticated(
                f"unable to authenticate user [{user}] for REST request [{uri}]"
            )
        if scheme == "apikey":
            if decoded in self._api_keys:
                key_id, owner = self._api_keys[decoded]
                return self._principal(owner, "api_key", key_id)
            key_id = decoded.partition(":")[0]
            more = f"API key: api key [{key_id}] does not exist"
            raise self._unauthenticated(anonymous, additional_unsuccessful_credentials=more)
        if scheme == "bearer":
            if cred.strip() in self._bearer:
                return self._principal(self._bearer[cred.strip()], "token")
            raise self._unauthenticated(
                anonymous, additional_unsuccessful_credentials="token: token malformed"
            )
        raise self._unauthenticated(f"missing authentication credentials for REST request [{uri}]")

    def _principal(self, user: str, auth_type: str, key_id: str | None = None) -> _Principal:
        spec = self._privileges.get(key_id or "", self._privileges.get(user))
        realm = ("reserved", "reserved") if user == "elastic" else ("default_native", "native")
        if auth_type == "api_key":
            realm = ("_es_api_key", "_es_api_key")
        elif auth_type == "token":
            realm = ("_es_token", "_es_token") if self.major >= 8 else realm
        p = _Principal(
            username=user,
            roles=["superuser"],
            auth_type=auth_type,
            realm=realm,
            api_key=(key_id, f"{key_id}-name") if key_id else None,
        )
        if spec is not None:
            if isinstance(spec, Mapping):
                p.roles = list(spec.get("roles", [f"{user}_role"]))
                p.cluster = set(spec.get("cluster", ["monitor"]))
                p.indices = [
                    (list(_as_list(e.get("names", ["*"]))), set(e.get("privileges", [])))
                    for e in spec.get("indices", [])
                ]
            else:
                p.roles = [f"{user}_role"]
                p.cluster = {"monitor"}
                p.indices = [(["*"], set(spec))]
        if auth_type == "api_key":
            p.roles = [] if self.major >= 8 else p.roles
        return p

    @staticmethod
    def _index_privileges(who: _Principal, name: str) -> set[str]:
        assert who.indices is not None
        out: set[str] = set()
        for patterns, privs in who.indices:
            if any(fnmatch.fnmatchcase(name, pat) for pat in patterns):
                for p in privs:
                    out |= _IMPLIES.get(p, {p})
        return out

    def _cluster_privileges(self, who: _Principal) -> set[str]:
        if who.cluster is None:
            return _CLUSTER_IMPLIES["all"]
        out: set[str] = set()
        for p in who.cluster:
            out |= _CLUSTER_IMPLIES.get(p, {p})
        return out

    def _denied(self, who: _Principal, action: str, tail: str) -> EsError:
        if who.api_key:
            subject = f"API key id [{who.api_key[0]}] of user [{who.username}]"
        else:
            subject = f"user [{who.username}] with effective roles [{','.join(who.roles)}]"
        return EsError(
            403,
            _err("security_exception", f"action [{action}] is unauthorized for {subject}{tail}"),
        )

    def _allowed(self, who: _Principal | None, action: str, name: str) -> bool:
        if who is None or who.indices is None:
            return True
        return bool(self._index_privileges(who, name) & set(_GRANTED_BY[action]))

    def _authorize(
        self,
        who: _Principal | None,
        action: str,
        names: Iterable[str],
        shown_action: str | None = None,
    ) -> None:
        names = list(names)
        denied = [n for n in names if not self._allowed(who, action, n)]
        if who is not None and denied:
            grants = ",".join(_GRANTED_BY[shown_action or action])
            tail = (
                f" on indices [{', '.join(denied)}], this action is granted by the index "
                f"privileges [{grants}]"
            )
            raise self._denied(who, shown_action or action, tail)

    def _authorize_cluster(
        self, who: _Principal | None, action: str, grants: tuple[str, ...]
    ) -> None:
        if who is None or who.cluster is None:
            return
        if not self._cluster_privileges(who) & set(grants):
            tail = f", this action is granted by the cluster privileges [{','.join(grants)}]"
            raise self._denied(who, action, tail)

    # -- routing -------------------------------------------------------------------------------
    @functools.cached_property
    def _routes(self) -> list[tuple[tuple[str, ...], dict[str, Callable[..., Response]]]]:
        doc = {
            "PUT": self._put_doc,
            "POST": self._put_doc,
            "GET": self._get_doc,
            "HEAD": self._get_doc,
            "DELETE": self._delete_doc,
        }
        alias = {
            "PUT": self._put_alias,
            "POST": self._put_alias,
            "DELETE": self._delete_alias,
            "GET": self._get_alias,
            "HEAD": self._get_alias,
        }
        search = {"GET": self._search, "POST": self._search}
        return [
            ((), {"GET": self._info, "HEAD": self._info}),
            (("_security", "_authenticate"), {"GET": self._whoami}),
            (
                ("_security", "user", "_has_privileges"),
                {"GET": self._has_privileges, "POST": self._has_privileges},
            ),
            (
                ("_security", "user", "{user}", "_has_privileges"),
                {"GET": self._has_privileges, "POST": self._has_privileges},
            ),
            (("_aliases",), {"POST": self._update_aliases, "GET": self._get_alias}),
            (("_alias",), {"GET": self._get_alias}),
            (("_alias", "{name}"), {"GET": self._get_alias, "HEAD": self._get_alias}),
            (("_cat", "indices"), {"GET": self._cat_indices}),
            (("_cat", "indices", "{index}"), {"GET": self._cat_indices}),
            (("_cluster", "health"), {"GET": self._health}),
            (("_bulk",), {"POST": self._bulk, "PUT": self._bulk}),
            (("_search",), search),
            (("_count",), {"GET": self._count, "POST": self._count}),
            (("_mget",), {"GET": self._mget, "POST": self._mget}),
            (("_refresh",), {"GET": self._refresh, "POST": self._refresh}),
            (("_mapping",), {"GET": self._get_mapping}),
            (
                ("{index}",),
                {
                    "PUT": self._create_index,
                    "GET": self._get_index,
                    "HEAD": self._index_exists,
                    "DELETE": self._delete_index,
                },
            ),
            (("{index}", "_search"), search),
            (("{index}", "_count"), {"GET": self._count, "POST": self._count}),
            (("{index}", "_bulk"), {"POST": self._bulk, "PUT": self._bulk}),
            (("{index}", "_mget"), {"GET": self._mget, "POST": self._mget}),
            (("{index}", "_refresh"), {"GET": self._refresh, "POST": self._refresh}),
            (("{index}", "_delete_by_query"), {"POST": self._delete_by_query}),
            (
                ("{index}", "_mapping"),
                {"GET": self._get_mapping, "PUT": self._put_mapping, "POST": self._put_mapping},
            ),
            (("{index}", "_settings"), {"GET": self._get_settings}),
            (("{index}", "_alias"), {"GET": self._get_alias}),
            (("{index}", "_aliases"), {"GET": self._get_alias}),
            (("{index}", "_alias", "{name}"), alias),
            (("{index}", "_aliases", "{name}"), alias),
            (("{index}", "_doc"), {"POST": self._put_doc}),
            (("{index}", "_doc", "{id}"), doc),
            (("{index}", "_create", "{id}"), {"PUT": self._put_doc, "POST": self._put_doc}),
            (("{index}", "_update", "{id}"), {"POST": self._update_doc}),
            (("{index}", "_source", "{id}"), {"GET": self._get_doc, "HEAD": self._get_doc}),
        ]

    def _route(self, req: Request, who: _Principal | None) -> Response:
        segs = (
            tuple(unquote(s) for s in req.path.strip("/").split("/")) if req.path.strip("/") else ()
        )
        for pattern, methods in self._routes:
            if len(pattern) != len(segs):
                continue
            params: dict[str, str] = {}
            for pat, seg in zip(pattern, segs, strict=True):
                if pat.startswith("{"):
                    params[pat[1:-1]] = seg
                elif pat != seg:
                    break
            else:
                if req.method not in methods:
                    allowed = sorted(methods)
                    msg = (
                        f"Incorrect HTTP method for uri [{_uri(req)}] and method [{req.method}], "
                        f"allowed: [{', '.join(allowed)}]"
                    )
                    raise EsError(405, msg, headers={"Allow": ",".join(allowed)})
                params["_kind"] = "/".join(p for p in pattern if not p.startswith("{"))
                return methods[req.method](req, params, who)
        raise self._no_handler(req)

    @staticmethod
    def _body(req: Request) -> Any:
        if not req.body:
            return None
        try:
            return json.loads(req.body)
        except ValueError:
            raise _bad("Failed to parse request body", "x_content_parse_exception") from None

    # -- cluster level ---------------------------------------------------------------------------
    def _info(self, req: Request, p: dict[str, str], who: _Principal | None) -> Response:
        self._authorize_cluster(who, "cluster:monitor/main", ("monitor", "manage", "all"))
        major, minor = self.v[0], self.v[1]
        lucene = _LUCENE.get((major, minor), {7: "8.11.1", 8: "9.12.0"}.get(major, "10.3.2"))
        body = {
            "name": self.node_name,
            "cluster_name": self.cluster_name,
            "cluster_uuid": self.cluster_uuid,
            "version": {
                "number": self.version,
                "build_flavor": "default",
                "build_type": "docker",
                "build_hash": "1a77947f34deddb41af25e6f0ddb8e830159c179",
                "build_date": "2024-08-05T10:05:34.233336849Z",
                "build_snapshot": False,
                "lucene_version": lucene,
                "minimum_wire_compatibility_version": {7: "6.8.0", 8: "7.17.0"}.get(
                    major, "8.18.0"
                ),
                "minimum_index_compatibility_version": {7: "6.0.0-beta1", 8: "7.0.0"}.get(
                    major, "8.0.0"
                ),
            },
            "tagline": "You Know, for Search",
        }
        return self._json(req, 200, body)

    @staticmethod
    def _no_handler(req: Request) -> EsError:
        """RestController's answer to a path nothing handles (no `status` field in the body)."""
        msg = f"no handler found for uri [{_uri(req)}] and method [{req.method}]"
        return EsError(400, msg, with_status=False)

    def _whoami(self, req: Request, p: dict[str, str], who: _Principal | None) -> Response:
        if who is None:
            raise self._no_handler(req)
        body: dict[str, Any] = {
            "username": who.username,
            "roles": who.roles,
            "full_name": None,
            "email": None,
            "metadata": {"_reserved": True} if who.username == "elastic" else {},
            "enabled": True,
            "authentication_realm": {"name": who.realm[0], "type": who.realm[1]},
            "lookup_realm": {"name": who.realm[0], "type": who.realm[1]},
            "authentication_type": who.auth_type,
        }
        if who.api_key:
            body["api_key"] = {"id": who.api_key[0], "name": who.api_key[1]}
        return self._json(req, 200, body)

    def _has_privileges(self, req: Request, p: dict[str, str], who: _Principal | None) -> Response:
        if who is None:
            raise self._no_handler(req)
        body = self._body(req) or {}
        username = who.username
        cluster_have = self._cluster_privileges(who)
        cluster = {
            c: who is None or who.cluster is None or c in cluster_have
            for c in body.get("cluster", [])
        }
        index: dict[str, dict[str, bool]] = {}
        for entry in body.get("index", []):
            for name in _as_list(entry.get("names")):
                have = (
                    _IMPLIES["all"]
                    if who is None or who.indices is None
                    else self._index_privileges(who, name)
                )
                for priv in entry.get("privileges", []):
                    index.setdefault(name, {})[priv] = priv in have or "all" in have
        everything = all(cluster.values()) and all(v for d in index.values() for v in d.values())
        out = {
            "username": username,
            "has_all_requested": everything,
            "cluster": cluster,
            "index": index,
            "application": {},
        }
        return self._json(req, 200, out)

    def _health(self, req: Request, p: dict[str, str], who: _Principal | None) -> Response:
        self._authorize_cluster(who, "cluster:monitor/health", ("monitor", "manage", "all"))
        n = len(self._indices)
        unassigned = sum(ix.replicas() for ix in self._indices.values())
        body = {
            "cluster_name": self.cluster_name,
            "status": "yellow" if unassigned else "green",
            "timed_out": False,
            "number_of_nodes": 1,
            "number_of_data_nodes": 1,
            "active_primary_shards": n,
            "active_shards": n,
            "relocating_shards": 0,
            "initializing_shards": 0,
            "unassigned_shards": unassigned,
            "delayed_unassigned_shards": 0,
            "number_of_pending_tasks": 0,
            "number_of_in_flight_fetch": 0,
            "task_max_waiting_in_queue_millis": 0,
            "active_shards_percent_as_number": 100.0 * n / (n + unassigned)
            if n + unassigned
            else 100.0,
        }
        return self._json(req, 200, body)

    def _cat_indices(self, req: Request, p: dict[str, str], who: _Principal | None) -> Response:
        names = (
            self._resolve(p["index"], allow_missing=False)
            if "index" in p
            else sorted(self._indices)
        )
        rows = []
        for name in sorted(names):
            ix = self._indices[name]
            self._maybe_refresh(ix, searching=False)
            size = sum(
                len(json.dumps(d.source)) + sum(v.nbytes for v in d.vectors.values())
                for d in ix.visible.values()
            )
            rows.append(
                {
                    "health": "yellow" if ix.replicas() else "green",
                    "status": "open",
                    "index": name,
                    "uuid": ix.uuid,
                    "pri": ix.settings.get("index.number_of_shards", "1"),
                    "rep": str(ix.replicas()),
                    "docs.count": str(len(ix.visible)),
                    "docs.deleted": "0",
                    "store.size": _human_bytes(size),
                    "pri.store.size": _human_bytes(size),
                    "dataset.size": _human_bytes(size),
                }
            )
        if _param(req, "format") == "json":
            return self._json(req, 200, rows)
        lines = [" ".join(r.values()) for r in rows]
        text = ("\n".join(lines) + "\n") if lines else ""
        return Response(200, text.encode(), {"Content-Type": "text/plain; charset=UTF-8"})

    # -- index names, aliases, resolution ------------------------------------------------------
    def _alias_rows(self) -> list[tuple[str, str, dict[str, Any]]]:
        return [
            (alias, ix.name, meta)
            for ix in self._indices.values()
            for alias, meta in ix.aliases.items()
        ]

    def _aliases_of(self, index: str) -> dict[str, dict[str, Any]]:
        return self._indices[index].aliases

    def _alias_names(self) -> set[str]:
        return {a for a, _, _ in self._alias_rows()}

    @staticmethod
    def _validate_name(name: str, kind: str = "index") -> None:
        exc = "invalid_index_name_exception" if kind == "index" else "invalid_alias_name_exception"
        label = "index" if kind == "index" else "alias"

        def fail(why: str) -> EsError:
            extra = {"index_uuid": "_na_", "index": name} if kind == "index" else {}
            return _bad(f"Invalid {label} name [{name}], {why}", exc, **extra)

        if any(c in name for c in '\\/*?"<>| ,'):
            raise fail(
                "must not contain the following characters ['\\','/','*','?','\"','<','>','|',' "
                "',',']"
            )
        if "#" in name:
            raise fail("must not contain '#'")
        if ":" in name:
            raise fail("must not contain ':'")
        if name.startswith(("_", "-", "+")):
            raise fail("must not start with '_', '-', or '+'")
        if len(name.encode()) > 255:
            raise fail(f"index name is too long, ({len(name.encode())} > 255)")
        if name in (".", ".."):
            raise fail("must not be '.' or '..'")
        if kind == "index" and name.lower() != name:
            raise fail("must be lowercase")

    def _resolve(
        self, expr: str, *, allow_missing: bool = False, wildcards_only: bool = False
    ) -> list[str]:
        """Index expression (names, aliases, wildcards, `_all`, commas) -> concrete index names."""
        out: list[str] = []
        aliases = self._alias_rows()
        for part in expr.split(","):
            part = part.strip()
            if not part:
                continue
            exclude = part.startswith("-") and bool(out)
            pat = part[1:] if exclude else part
            if pat in ("_all", "*"):
                found = sorted(n for n in self._indices if not n.startswith("."))
            elif "*" in pat:
                found = sorted(
                    n
                    for n in self._indices
                    if fnmatch.fnmatchcase(n, pat) and not n.startswith(".")
                )
                found += sorted({i for a, i, _ in aliases if fnmatch.fnmatchcase(a, pat)})
            elif pat in self._indices:
                found = [pat]
            elif any(a == pat for a, _, _ in aliases):
                found = sorted({i for a, i, _ in aliases if a == pat})
            elif allow_missing:
                found = []
            else:
                raise _index_not_found(pat)
            if exclude:
                out = [n for n in out if n not in found]
            else:
                out += [n for n in found if n not in out]
        return out

    def _single_index(self, name: str) -> _Index:
        """An alias or index name that must denote one index (get/delete/update by id)."""
        names = self._resolve(name)
        if len(names) > 1:
            raise _bad(
                f"alias [{name}] has more than one index associated with it [{', '.join(names)}], "
                "can't execute a single index op"
            )
        return self._indices[names[0]]

    def _write_index(
        self, name: str, who: _Principal | None, require_alias: bool = False
    ) -> _Index:
        rows = [(i, m) for a, i, m in self._alias_rows() if a == name]
        if rows:
            writers = [i for i, m in rows if m.get("is_write_index")]
            if len(rows) == 1 and rows[0][1].get("is_write_index") is not False:
                writers = [rows[0][0]]
            if len(writers) != 1:
                raise _bad(
                    f"no write index is defined for alias [{name}]. The write index may be "
                    "explicitly disabled using is_write_index=false or the alias points to "
                    "multiple indices without one being designated as a write index"
                )
            return self._indices[writers[0]]
        if require_alias:
            reason = (
                f"no such index [{name}] and [require_alias] request flag is [true] and [{name}] "
                "is not an alias"
            )
            meta = {"resource.type": "index_expression", "resource.id": name, "index_uuid": "_na_"}
            raise EsError(404, _err("index_not_found_exception", reason, **meta, index=name))
        if name in self._indices:
            return self._indices[name]
        self._validate_name(name)
        if not self.auto_create_index:
            raise _index_not_found(name, "index_expression")
        self._authorize(who, "indices:admin/auto_create", [name])
        return self._new_index(name, {}, {})

    # -- index management ------------------------------------------------------------------------
    def _new_index(self, name: str, mappings: dict[str, Any], settings: dict[str, str]) -> _Index:
        now = self.clock()
        created = _now_ms()
        uuid = _uuid()
        flat = {
            "index.number_of_shards": "1",
            "index.number_of_replicas": "1",
            **settings,
            "index.provided_name": name,
            "index.creation_date": str(created),
            "index.uuid": uuid,
            "index.version.created": f"{self.v[0]}{self.v[1]:02d}{self.v[2]:02d}000",
            "index.routing.allocation.include._tier_preference": "data_content",
        }
        ix = _Index(name, uuid, created, mappings, flat, now, last_search=now)
        self._indices[name] = ix
        return ix

    @staticmethod
    def _flat_settings(settings: Mapping[str, Any], prefix: str = "") -> dict[str, str]:
        out: dict[str, str] = {}
        for k, v in settings.items():
            key = prefix + k
            if isinstance(v, Mapping):
                out |= FakeElasticsearch._flat_settings(v, key + ".")
            else:
                out[key if key.startswith("index.") else f"index.{key}"] = (
                    json.dumps(v) if isinstance(v, bool) else str(v)
                )
        return out

    @staticmethod
    def _nest(flat: Mapping[str, str]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for k, v in flat.items():
            node = out
            parts = k.split(".")
            for part in parts[:-1]:
                node = node.setdefault(part, {})
            node[parts[-1]] = v
        return out

    def _create_index(self, req: Request, p: dict[str, str], who: _Principal | None) -> Response:
        name = p["index"]
        self._validate_name(name)
        self._authorize(who, "indices:admin/create", [name])
        if name in self._indices:
            ix = self._indices[name]
            reason = f"index [{name}/{ix.uuid}] already exists"
            raise _bad(reason, "resource_already_exists_exception", index_uuid=ix.uuid, index=name)
        if name in self._alias_names():
            raise _bad(
                f"Invalid index name [{name}], already exists as alias",
                "invalid_index_name_exception",
                index_uuid="_na_",
                index=name,
            )
        body = self._body(req) or {}
        for key in body:
            if key not in ("mappings", "settings", "aliases"):
                raise _bad(f"unknown key [{key}] for create index", "parse_exception")
        settings = self._flat_settings(body.get("settings") or {})
        try:
            mappings = self._normalize_mappings(body.get("mappings") or {}, settings)
        except _MappingError as e:
            raise e.wrapped() from None
        aliases = body.get("aliases") or {}
        for alias in aliases:
            self._validate_name(alias, "alias")
        ix = self._new_index(name, mappings, settings)
        for alias, meta in aliases.items():
            ix.aliases[alias] = self._alias_meta(meta or {})
        return self._json(
            req, 200, {"acknowledged": True, "shards_acknowledged": True, "index": name}
        )

    def _index_exists(self, req: Request, p: dict[str, str], who: _Principal | None) -> Response:
        names = self._resolve(p["index"], allow_missing=True)
        if not names or any(n not in self._indices for n in names):
            return Response(404, b"", {"Content-Type": "application/json"})
        self._authorize(who, "indices:admin/get", names)
        return Response(200, b"", {"Content-Type": "application/json"})

    def _get_index(self, req: Request, p: dict[str, str], who: _Principal | None) -> Response:
        names = self._resolve(p["index"])
        self._authorize(who, "indices:admin/get", names)
        out = {
            n: {
                "aliases": copy.deepcopy(self._aliases_of(n)),
                "mappings": copy.deepcopy(self._indices[n].mappings),
                "settings": self._nest(self._indices[n].settings),
            }
            for n in names
        }
        return self._json(req, 200, out)

    def _delete_index(self, req: Request, p: dict[str, str], who: _Principal | None) -> Response:
        expr = p["index"]
        if any(c in expr for c in "*?") or expr == "_all":
            # action.destructive_requires_name defaults to true since 8.0
            raise _bad("Wildcard expressions or all indices are not allowed")
        for part in expr.split(","):
            if part in self._alias_names() and part not in self._indices:
                raise _bad(
                    f"The provided expression [{part}] matches an alias, specify the corresponding "
                    "concrete indices instead."
                )
        names = self._resolve(expr, allow_missing=_truthy(req.query.get("ignore_unavailable")))
        self._authorize(who, "indices:admin/delete", names)
        for n in names:
            del self._indices[n]
        return self._json(req, 200, {"acknowledged": True})

    def _get_mapping(self, req: Request, p: dict[str, str], who: _Principal | None) -> Response:
        names = self._resolve(p.get("index", "_all"))
        self._authorize(who, "indices:admin/mappings/get", names)
        return self._json(
            req, 200, {n: {"mappings": copy.deepcopy(self._indices[n].mappings)} for n in names}
        )

    def _put_mapping(self, req: Request, p: dict[str, str], who: _Principal | None) -> Response:
        names = self._resolve(p["index"])
        self._authorize(who, "indices:admin/mapping/put", names)
        body = self._body(req) or {}
        updated: dict[str, dict[str, Any]] = {}
        try:
            for n in names:
                ix = self._indices[n]
                incoming = self._normalize_mappings(body, ix.settings)
                merged = copy.deepcopy(ix.mappings)
                for k, v in incoming.items():
                    if k != "properties":
                        merged[k] = v
                self._merge_props(
                    merged.setdefault("properties", {}), incoming.get("properties", {}), ""
                )
                updated[n] = merged
        except _MappingError as e:
            raise e.direct() from None
        for n, m in updated.items():
            self._indices[n].set_mappings(m)
        return self._json(req, 200, {"acknowledged": True})

    def _get_settings(self, req: Request, p: dict[str, str], who: _Principal | None) -> Response:
        names = self._resolve(p["index"])
        self._authorize(who, "indices:admin/settings/get", names)
        return self._json(
            req, 200, {n: {"settings": self._nest(self._indices[n].settings)} for n in names}
        )

    def _refresh(self, req: Request, p: dict[str, str], who: _Principal | None) -> Response:
        names = self._resolve(p.get("index", "_all"))
        self._authorize(who, "indices:admin/refresh", names)
        for n in names:
            self._indices[n].refresh()
        total = sum(1 + self._indices[n].replicas() for n in names)
        return self._json(
            req, 200, {"_shards": {"total": total, "successful": len(names), "failed": 0}}
        )

    # -- aliases -------------------------------------------------------------------------------
    @staticmethod
    def _alias_meta(spec: Mapping[str, Any]) -> dict[str, Any]:
        meta: dict[str, Any] = {}
        if "filter" in spec:
            meta["filter"] = spec["filter"]
        for key in ("routing", "index_routing", "search_routing"):
            if key in spec:
                meta[key] = str(spec[key])
        for key in ("is_write_index", "is_hidden"):
            if key in spec:
                meta[key] = bool(spec[key])
        return meta

    def _apply_alias_actions(
        self, actions: list[Mapping[str, Any]], who: _Principal | None
    ) -> None:
        """Validate every action first, then apply them all: `_aliases` is atomic."""
        plan: list[tuple[str, str, str, dict[str, Any]]] = []
        removed_indices: list[str] = []
        for action in actions:
            if not isinstance(action, Mapping) or len(action) != 1:
                raise _bad(
                    "Too many operations declared on operation entry", "x_content_parse_exception"
                )
            kind, spec = next(iter(action.items()))
            if kind not in ("add", "remove", "remove_index"):
                raise _bad(f"[aliases] unknown field [{kind}]", "x_content_parse_exception")
            index_exprs = _as_list(spec.get("index")) + _as_list(spec.get("indices"))
            alias_names = _as_list(spec.get("alias")) + _as_list(spec.get("aliases"))
            if not index_exprs:
                raise _bad(
                    "Validation Failed: 1: One of [index] or [indices] is required;",
                    "action_request_validation_exception",
                )
            indices = [n for e in index_exprs for n in self._resolve(e)]
            self._authorize(who, "indices:admin/aliases", indices)
            if kind == "remove_index":
                removed_indices += indices
                continue
            if not alias_names:
                raise _bad(
                    "Validation Failed: 1: One of [alias] or [aliases] is required;",
                    "action_request_validation_exception",
                )
            for alias in alias_names:
                if kind == "add":
                    self._validate_name(alias, "alias")
                    if "filter" in spec:
                        self._check_query(spec["filter"])
                    if alias in self._indices:
                        raise _bad(
                            f"Invalid alias name [{alias}]: an index or data stream exists with "
                            "the same name as the alias",
                            "invalid_alias_name_exception",
                        )
                    for n in indices:
                        plan.append(("add", n, alias, self._alias_meta(spec)))
                else:
                    matches = [
                        (n, a)
                        for n in indices
                        for a in self._aliases_of(n)
                        if fnmatch.fnmatchcase(a, alias)
                    ]
                    if not matches and spec.get("must_exist", True) is not False:
                        raise EsError(
                            404,
                            _err(
                                "aliases_not_found_exception",
                                f"aliases [{alias}] missing",
                                **{"resource.type": "aliases", "resource.id": alias},
                            ),
                        )
                    plan += [("remove", n, a, {}) for n, a in matches]
        for kind, n, alias, meta in plan:
            if kind == "add":
                self._aliases_of(n)[alias] = meta
            else:
                self._aliases_of(n).pop(alias, None)
        for n in removed_indices:
            self._indices.pop(n, None)

    def _update_aliases(self, req: Request, p: dict[str, str], who: _Principal | None) -> Response:
        body = self._body(req) or {}
        self._apply_alias_actions(list(body.get("actions", [])), who)
        return self._json(req, 200, {"acknowledged": True})

    def _put_alias(self, req: Request, p: dict[str, str], who: _Principal | None) -> Response:
        spec = dict(self._body(req) or {})
        spec.update({"index": p["index"], "alias": p["name"]})
        self._apply_alias_actions([{"add": spec}], who)
        return self._json(req, 200, {"acknowledged": True})

    def _delete_alias(self, req: Request, p: dict[str, str], who: _Principal | None) -> Response:
        self._apply_alias_actions([{"remove": {"index": p["index"], "alias": p["name"]}}], who)
        return self._json(req, 200, {"acknowledged": True})

    def _get_alias(self, req: Request, p: dict[str, str], who: _Principal | None) -> Response:
        names = self._resolve(p.get("index", "_all"))
        self._authorize(who, "indices:admin/aliases/get", names)
        wanted = p.get("name")
        patterns = wanted.split(",") if wanted and wanted not in ("_all", "*") else None
        out: dict[str, Any] = {}
        found: set[str] = set()
        for n in names:
            aliases = {
                a: copy.deepcopy(m)
                for a, m in sorted(self._aliases_of(n).items())
                if patterns is None or any(fnmatch.fnmatchcase(a, pat) for pat in patterns)
            }
            found |= set(aliases)
            if aliases or patterns is None:
                out[n] = {"aliases": aliases}
        missing = [pat for pat in patterns or [] if "*" not in pat and pat not in found]
        if req.method == "HEAD":
            status = 404 if (patterns and not found) or missing else 200
            return Response(status, b"", {"Content-Type": "application/json"})
        if missing:
            if not out:
                raise EsError(404, f"alias [{','.join(missing)}] missing")
            out = {"error": f"alias [{','.join(missing)}] missing", "status": 404, **out}
            return self._json(req, 404, out)
        return self._json(req, 200, out)

    # -- mappings --------------------------------------------------------------------------------
    def _normalize_mappings(
        self, mappings: Mapping[str, Any], settings: Mapping[str, str]
    ) -> dict[str, Any]:
        if not isinstance(mappings, Mapping):
            raise _MappingError(
                "Expected map for property [mappings] but got a class java.lang.String"
            )
        if "_doc" in mappings and isinstance(mappings["_doc"], Mapping):
            raise _MappingError(
                "Root mapping definition has unsupported parameters:  [_doc : {...}]"
            )
        out: dict[str, Any] = {}
        for key, value in mappings.items():
            if key == "properties":
                out["properties"] = self._normalize_props(value or {}, "")
            elif key == "dynamic":
                out["dynamic"] = self._dynamic_value(value, "_doc")
            elif key in (
                "_source",
                "_meta",
                "dynamic_templates",
                "date_detection",
                "numeric_detection",
                "_routing",
            ):
                out[key] = copy.deepcopy(value)
            else:
                raise _MappingError(
                    f"Root mapping definition has unsupported parameters:  [{key} : {value}]"
                )
        return out

    @staticmethod
    def _dynamic_value(value: Any, name: str) -> Any:
        text = str(value).lower() if isinstance(value, bool) else str(value)
        if text not in ("true", "false", "strict", "runtime"):
            raise _MappingError(f"Could not convert [{name}.dynamic] to boolean")
        return value if isinstance(value, bool) else text

    def _normalize_props(self, props: Mapping[str, Any], prefix: str) -> dict[str, Any]:
        if not isinstance(props, Mapping):
            raise _MappingError(
                "Expected map for property [properties] but got a class java.lang.String"
            )
        expanded: dict[str, Any] = {}
        for name, d in props.items():
            if "." in name:  # "a.b" in a mapping is shorthand for an object "a" with a field "b"
                head, rest = name.split(".", 1)
                node = expanded.setdefault(head, {"properties": {}})
                node.setdefault("properties", {})[rest] = d
            else:
                expanded[name] = _deep_merge(expanded.get(name, {}), d) if name in expanded else d
        out: dict[str, Any] = {}
        for name, d in expanded.items():
            full = prefix + name
            if not isinstance(d, Mapping):
                raise _MappingError(
                    f"Expected map for property [fields] on field [{name}] but got a "
                    f"{type(d).__name__}"
                )
            t = d.get("type")
            if t is None or t in ("object", "nested"):
                node = {k: copy.deepcopy(v) for k, v in d.items() if k != "properties"}
                if "dynamic" in node:
                    node["dynamic"] = self._dynamic_value(node["dynamic"], full)
                node["properties"] = self._normalize_props(d.get("properties") or {}, full + ".")
                if not node["properties"] and "properties" not in d:
                    node.pop("properties")
                out[name] = node
            elif t not in _KNOWN_TYPES:
                raise _MappingError(f"No handler for type [{t}] declared on field [{name}]")
            elif t == "dense_vector":
                out[name] = self._normalize_dense_vector(name, d)
            else:
                node = copy.deepcopy(dict(d))
                for sub, sd in (d.get("fields") or {}).items():
                    st = sd.get("type") if isinstance(sd, Mapping) else None
                    if st not in _KNOWN_TYPES:
                        raise _MappingError(f"No handler for type [{st}] declared on field [{sub}]")
                out[name] = node
        return out

    def _normalize_dense_vector(self, name: str, d: Mapping[str, Any]) -> dict[str, Any]:
        for key in d:
            if key not in _DENSE_VECTOR_PARAMS:
                raise _MappingError(
                    f"unknown parameter [{key}] on mapper [{name}] of type [dense_vector]"
                )
        elements = ["float", "byte", "bit"] + (["bfloat16"] if self.v >= (9, 3) else [])
        elem = d.get("element_type", "float")
        if elem not in elements:
            raise _MappingError(
                f"invalid element_type [{elem}]; available types are [{', '.join(elements)}]"
            )
        dims = d.get("dims")
        if dims is not None:
            if not isinstance(dims, int) or isinstance(dims, bool):
                raise _MappingError(
                    f"Property [dims] on field [{name}] must be an integer but got [{dims}]"
                )
            max_dims = MAX_DIMS if self.v >= (8, 10) else 2048
            lo, hi = (8, max_dims * 8) if elem == "bit" else (1, max_dims)
            if not lo <= dims <= hi:
                raise _MappingError(
                    f"The number of dimensions should be in the range [{lo}, {hi}] but was [{dims}]"
                )
            if elem == "bit" and dims % 8:
                raise _MappingError(
                    f"The number of dimensions for should be a multiple of 8 but was [{dims}]"
                )
        # Before 8.11 a dense_vector was not indexed by default and needed explicit dims.
        modern = self.v >= (8, 11)
        if dims is None and not modern:
            raise _MappingError(f"Missing required parameter [dims] for field [{name}]", iae=True)
        index = d.get("index", modern)
        if not isinstance(index, bool):
            raise _MappingError(
                f"Failed to parse value [{index}] as only [true] or [false] are allowed."
            )
        sim = d.get("similarity")
        if sim is not None and sim not in SIMILARITIES:
            raise _MappingError(
                f"Unknown value [{sim}] for field [similarity] - accepted values are "
                "[l2_norm, cosine, dot_product, max_inner_product]"
            )
        if not index:
            if sim is not None:
                raise _MappingError(
                    "Field [similarity] can only be specified for a field of type [dense_vector] "
                    "when it is indexed",
                    iae=True,
                )
            if d.get("index_options") is not None:
                raise _MappingError(
                    "Field [index_options] can only be specified for a field of type "
                    "[dense_vector] when it is indexed",
                    iae=True,
                )
        elif modern:
            sim = sim or ("l2_norm" if elem == "bit" else "cosine")
        elif sim is None:
            raise _MappingError(
                "Field [index] requires field [similarity] to be configured and not null", iae=True
            )
        if elem == "bit" and sim not in (None, "l2_norm"):
            raise _MappingError(
                "The [l2_norm] similarity is the only supported similarity for bit vectors",
                iae=True,
            )
        options = d.get("index_options")
        if options is not None:
            options = self._normalize_index_options(name, options, elem, dims)
        out: dict[str, Any] = {"type": "dense_vector"}
        if elem != "float":
            out["element_type"] = elem
        if dims is not None:
            out["dims"] = dims
        if modern or "index" in d:
            out["index"] = index
        if sim is not None:
            out["similarity"] = sim
        options = options or self._default_index_options(elem, index, dims)
        if options:
            out["index_options"] = options
        if "meta" in d:
            out["meta"] = copy.deepcopy(d["meta"])
        return out

    def _index_option_types(self) -> list[str]:
        """The `index_options.type` values this version knows (others are 'Unknown …')."""
        since = {
            "hnsw": (8, 0),
            "int8_hnsw": (8, 12),
            "flat": (8, 13),
            "int8_flat": (8, 13),
            "int4_hnsw": (8, 15),
            "int4_flat": (8, 15),
            "bbq_hnsw": (8, 16),
            "bbq_flat": (8, 16),
            "bbq_disk": (9, 2),
        }
        return [t for t, v in since.items() if self.v >= v]

    def _bbq_oversample_default(self) -> bool:
        return (8, 19) <= self.v < (9, 0) or self.v >= (9, 1)

    def _normalize_index_options(
        self, name: str, options: Any, elem: str, dims: int | None
    ) -> dict[str, Any]:
        if not isinstance(options, Mapping):
            raise _MappingError(f"Expected map for property [index_options] on field [{name}]")
        rest = dict(options)
        t = rest.pop("type", None)
        if t is None:
            raise _MappingError("[index_options] requires field [type] to be configured")
        if t not in self._index_option_types():
            raise _MappingError(f"Unknown vector index options type [{t}] for field [{name}]")
        out: dict[str, Any] = {"type": t}
        if t.endswith("hnsw"):
            out["m"] = int(rest.pop("m", 16))
            out["ef_construction"] = int(rest.pop("ef_construction", 100))
        if t.startswith("int"):
            ci = rest.pop("confidence_interval", None)
            if ci is not None:
                out["confidence_interval"] = float(ci)
        if t.startswith(("int", "bbq")):
            rv = rest.pop("rescore_vector", None)
            if rv is not None:
                out["rescore_vector"] = {"oversample": float(rv.get("oversample", 0))}
            elif t.startswith("bbq") and self._bbq_oversample_default():
                out["rescore_vector"] = {"oversample": 3.0}
        if rest:
            remaining = "".join(f" [{k} : {v}]" for k, v in rest.items())
            raise _MappingError(
                f"Mapping definition for [{name}] has unsupported parameters: {remaining}"
            )
        if t.startswith(("int", "bbq")) and elem not in ("float", "bfloat16"):
            raise _MappingError(
                f"[element_type] cannot be [{elem}] when using index type [{t}]", iae=True
            )
        if dims is not None:
            self._check_option_dims(t, dims)
        return out

    @staticmethod
    def _check_option_dims(t: str, dims: int) -> None:
        if t.startswith("int4") and dims % 2:
            raise _MappingError(f"{t} only supports even dimensions; provided={dims}", iae=True)
        if t in ("bbq_hnsw", "bbq_flat") and dims < 64:
            raise _MappingError(
                f"{t} does not support dimensions fewer than 64; provided={dims}", iae=True
            )

    def _default_index_options(
        self, elem: str, index: bool, dims: int | None
    ) -> dict[str, Any] | None:
        if elem not in ("float", "bfloat16") or not index:
            return None
        if self.v >= (9, 1):
            if dims is None:
                return None  # chosen once the first vector fixes the dims
            if dims >= 384:
                return {
                    "type": "bbq_hnsw",
                    "m": 16,
                    "ef_construction": 100,
                    "rescore_vector": {"oversample": 3.0},
                }
        if self.v >= (8, 14):
            return {"type": "int8_hnsw", "m": 16, "ef_construction": 100}
        return None

    def _merge_props(self, have: dict[str, Any], new: Mapping[str, Any], prefix: str) -> None:
        for name, nd in new.items():
            path = prefix + name
            if name not in have:
                have[name] = copy.deepcopy(nd)
                continue
            hd = have[name]
            ht, nt = hd.get("type", "object"), nd.get("type", "object")
            if ht != nt:
                raise _MappingError(
                    f"mapper [{path}] cannot be changed from type [{ht}] to [{nt}]", iae=True
                )
            if ht in ("object", "nested"):
                self._merge_props(
                    hd.setdefault("properties", {}), nd.get("properties", {}), path + "."
                )
                continue
            for param in ("dims", "similarity", "element_type", "index"):
                if param in nd and param in hd and nd[param] != hd[param]:
                    raise _MappingError(
                        f"Mapper for [{path}] conflicts with existing mapper:\n\tCannot update "
                        f"parameter [{param}] from [{hd[param]}] to [{nd[param]}]",
                        iae=True,
                    )
            have[name] = _deep_merge(hd, nd)

    # -- documents: parsing ------------------------------------------------------------------------
    def _parse_doc(
        self, ix: _Index, doc_id: str, source: Mapping[str, Any], raw: str
    ) -> tuple[dict[str, list[Any]], dict[str, np.ndarray], dict[str, Any] | None]:
        """Index one document against the mapping: (indexed values, vectors, updated mapping)."""
        mappings = copy.deepcopy(ix.mappings)
        state = {"changed": False}
        flat: dict[str, list[Any]] = {}
        vectors: dict[str, np.ndarray] = {}

        def walk(
            props: dict[str, Any], obj: Mapping[str, Any], prefix: str, dynamic: Any, parent: str
        ) -> None:
            for key, val in obj.items():
                if "." in key and key not in props:
                    head, rest = key.split(".", 1)
                    walk(props, {head: {rest: val}}, prefix, dynamic, parent)
                    continue
                path = prefix + key
                fdef = props.get(key)
                if val is None or val == []:
                    continue
                if fdef is None:
                    mode = str(dynamic).lower()
                    if mode == "strict":
                        reason = (
                            f"mapping set to strict, dynamic introduction of [{key}] within "
                            f"[{parent}] is not allowed"
                        )
                        raise self._doc_error(
                            reason, raw, key, type_="strict_dynamic_mapping_exception"
                        )
                    if mode in ("false", "runtime"):
                        continue
                    fdef = self._infer_mapping(val)
                    if fdef is None:
                        continue
                    props[key] = fdef
                    state["changed"] = True
                ftype = fdef.get("type", "object")
                if ftype in ("object", "nested"):
                    for item in _as_list(val):
                        if not isinstance(item, Mapping):
                            reason = (
                                f"object mapping for [{path}] tried to parse field [{key}] as "
                                "object, but found a concrete value"
                            )
                            raise self._doc_error(reason, raw, key)
                        walk(
                            fdef.setdefault("properties", {}),
                            item,
                            path + ".",
                            fdef.get("dynamic", dynamic),
                            path,
                        )
                elif ftype == "dense_vector":
                    vectors[path] = self._parse_vector(fdef, path, key, val, doc_id, raw, state)
                else:
                    flat[path] = self._leaf_values(fdef, path, key, val, doc_id, raw)

        walk(
            mappings.setdefault("properties", {}), source, "", mappings.get("dynamic", True), "_doc"
        )
        return flat, vectors, (mappings if state["changed"] else None)

    def _doc_error(
        self,
        reason: str,
        raw: str,
        key: str,
        cause: dict[str, Any] | None = None,
        type_: str = "document_parsing_exception",
    ) -> EsError:
        error = _err(type_, f"[1:{_column(raw, key)}] {reason}")
        if cause:
            error["caused_by"] = cause
        return EsError(400, error)

    def _infer_mapping(self, val: Any) -> dict[str, Any] | None:
        """Dynamic mapping of a new field, as the server infers it from the first value."""
        if isinstance(val, Mapping):
            return {"properties": {}}
        if isinstance(val, list):
            items = _flatten_values(val)
            if not items:
                return None
            # 8.11+: an array of 128..4096 floats is mapped as a dense_vector (cosine, indexed).
            if (
                self.v >= (8, 11)
                and 128 <= len(val) <= MAX_DIMS
                and all(isinstance(x, float) for x in val)
            ):
                d: dict[str, Any] = {
                    "type": "dense_vector",
                    "dims": len(val),
                    "index": True,
                    "similarity": "cosine",
                }
                options = self._default_index_options("float", True, len(val))
                if options:
                    d["index_options"] = options
                return d
            return self._infer_mapping(items[0])
        if isinstance(val, bool):
            return {"type": "boolean"}
        if isinstance(val, int):
            return {"type": "long"}
        if isinstance(val, float):
            return {"type": "float"}
        if isinstance(val, str) and _looks_like_date(val):
            return {"type": "date"}
        return {"type": "text", "fields": {"keyword": {"type": "keyword", "ignore_above": 256}}}

    def _leaf_values(
        self, fdef: Mapping[str, Any], path: str, key: str, val: Any, doc_id: str, raw: str
    ) -> list[Any]:
        t = fdef.get("type", "object")
        out: list[Any] = []
        if (
            t == "geo_point"
            and isinstance(val, list)
            and len(val) == 2
            and all(isinstance(x, int | float) for x in val)
        ):
            val = [val]
        for v in _flatten_values(val) if t != "geo_point" else _as_list(val):
            preview = json.dumps(v, separators=(",", ":")) if isinstance(v, Mapping) else str(v)

            def fail(cause: dict[str, Any], v: Any = v, preview: str = preview) -> EsError:
                reason = (
                    f"failed to parse field [{path}] of type [{t}] in document with id '{doc_id}'. "
                    f"Preview of field's value: '{preview}'"
                )
                return self._doc_error(reason, raw, key, cause)

            if isinstance(v, Mapping) and t not in ("geo_point", "flattened", "object"):
                raise fail(
                    _err(
                        "illegal_state_exception",
                        f"Can't get text on a START_OBJECT at 1:{_column(raw, key)}",
                    )
                )
            if t in _NUMERIC:
                if isinstance(v, bool):
                    raise fail(
                        _err(
                            "illegal_argument_exception",
                            "Current token (VALUE_TRUE) not numeric, can not use numeric value "
                            "accessors",
                        )
                    )
                try:
                    num = float(v)
                except (TypeError, ValueError):
                    raise fail(
                        _err("number_format_exception", f'For input string: "{v}"')
                    ) from None
                out.append(int(num) if t in _INTEGRAL else num)
            elif t in ("date", "date_nanos"):
                try:
                    out.append(_parse_date(v))
                except ValueError:
                    fmt = fdef.get("format", "strict_date_optional_time||epoch_millis")
                    raise fail(
                        _err(
                            "illegal_argument_exception",
                            f"failed to parse date field [{v}] with format [{fmt}]",
                        )
                    ) from None
            elif t == "boolean":
                if v in (True, False, "true", "false", ""):
                    out.append(v in (True, "true"))
                else:
                    raise fail(
                        _err(
                            "illegal_argument_exception",
                            f"Failed to parse value [{v}] as only [true] or [false] are allowed.",
                        )
                    )
            elif t == "geo_point":
                try:
                    out.append(_geo_point(v))
                except (ValueError, KeyError, TypeError):
                    raise fail(
                        _err("illegal_argument_exception", "failed to parse geo point")
                    ) from None
            elif t in _STRINGS:
                text = json.dumps(v) if isinstance(v, bool) else str(v)
                if t == "keyword" and len(text) > int(fdef.get("ignore_above", 1 << 31)):
                    continue
                out.append(text)
            else:
                out.append(v)
        return out

    def _parse_vector(
        self,
        fdef: dict[str, Any],
        path: str,
        key: str,
        val: Any,
        doc_id: str,
        raw: str,
        state: dict[str, bool],
    ) -> np.ndarray:
        elem = fdef.get("element_type", "float")
        desc = f"document with id '{doc_id}'"

        def fail(message: str) -> EsError:
            return self._doc_error(
                f"failed to parse: {message}", raw, key, _err("illegal_argument_exception", message)
            )

        def bad_value(token: str) -> EsError:
            reason = (
                f"failed to parse field [{path}] of type [dense_vector] in {desc}. Preview of "
                f"field's value: '{val}'"
            )
            cause = _err(
                "parsing_exception",
                "Failed to parse object: expecting token of type [VALUE_NUMBER] but found "
                f"[{token}]",
            )
            return self._doc_error(reason, raw, key, cause)

        dims = fdef.get("dims")
        if isinstance(val, str) and elem == "float" and self.v >= (9, 3):
            try:
                data = base64.b64decode(val, validate=True)
            except binascii.Error:
                raise bad_value("VALUE_STRING") from None
            if dims is not None and len(data) != dims * 4:
                msg = (
                    f"Failed to parse object: Base64 decoded vector byte length [{len(data)}] "
                    "does not match "
                    f"the expected length of [{dims * 4}] or [{dims * 2}] for dimension count "
                    f"[{dims}]"
                )
                raise self._doc_error(msg, raw, key)
            values = np.frombuffer(data, dtype=">f4").astype(np.float32).tolist()
        elif not isinstance(val, list):
            raise bad_value("VALUE_STRING" if isinstance(val, str) else "START_OBJECT")
        else:
            values = val
        for x in values:
            if isinstance(x, bool) or not isinstance(x, int | float):
                raise bad_value("VALUE_STRING" if isinstance(x, str) else "START_ARRAY")
        n = len(values)
        if dims is None:
            lo, hi = (8, MAX_DIMS * 8) if elem == "bit" else (1, MAX_DIMS)
            if not lo <= n <= hi:
                raise fail(
                    f"The number of dimensions should be in the range [{lo}, {hi}] but was [{n}]"
                )
            options = fdef.get("index_options")
            if options:
                try:
                    self._check_option_dims(options["type"], n)
                except _MappingError as e:
                    raise fail(e.reason) from None
            fdef["dims"] = n
            if "index_options" not in fdef:
                default = self._default_index_options(elem, fdef.get("index", True), n)
                if default:
                    fdef["index_options"] = default
            # Keep the key order the server prints: type, element_type, dims, index, …
            order = ("type", "element_type", "dims", "index", "similarity", "index_options")
            ordered = {k: fdef[k] for k in order if k in fdef} | fdef
            fdef.clear()
            fdef.update(ordered)
            state["changed"] = True
            dims = n
        if n > dims:
            raise fail(
                f"The [dense_vector] field [{path}] in doc [{desc}] has more dimensions than "
                f"defined in the mapping [{dims}]"
            )
        if n != dims:
            raise fail(
                f"The [dense_vector] field [{path}] in doc [{desc}] has a different number of "
                "dimensions "
                f"[{n}] than defined in the mapping [{dims}]"
            )
        vec = np.asarray(values, dtype=np.float32)
        sim = fdef.get("similarity")
        if elem == "byte":
            for i, x in enumerate(values):
                if float(x) % 1:
                    raise fail(
                        "element_type [byte] vectors only support non-decimal values but found "
                        "decimal value "
                        f"[{_jfloat(x)}] at dim [{i}];{_preview(values)}"
                    )
                if not -128 <= x <= 127:
                    raise fail(
                        "element_type [byte] vectors only support integers between [-128, 127] "
                        "but found "
                        f"[{int(x)}] at dim [{i}];{_preview(values, as_int=True)}"
                    )
            if sim in ("cosine", "dot_product") and not vec.any():
                raise fail(
                    f"The [{sim}] similarity does not support vectors with zero "
                    f"magnitude.{_preview(values, as_int=True)}"
                )
            return vec
        squared = float(np.dot(vec, vec))
        if not math.isfinite(squared):
            raise fail(
                "NaN or Infinite magnitude detected, this usually means the vector values are "
                "too extreme "
                f"to fit within a float.{_preview(values)}"
            )
        tolerance = 1e-3 if self.v >= (8, 14) else 1e-4
        if sim == "dot_product" and abs(squared - 1.0) >= tolerance:
            raise fail(
                "The [dot_product] similarity can only be used with unit-length "
                f"vectors.{_preview(values)}"
            )
        if sim == "cosine" and squared == 0.0:
            raise fail(
                "The [cosine] similarity does not support vectors with zero "
                f"magnitude.{_preview(values)}"
            )
        return vec

    # -- documents: writes -------------------------------------------------------------------------
    def _shards(self, ix: _Index) -> dict[str, int]:
        return {"total": 1 + ix.replicas(), "successful": 1, "failed": 0}

    def _ok_item(
        self, ix: _Index, doc_id: str, version: int, result: str, seq: int, status: int
    ) -> dict[str, Any]:
        shards = (
            self._shards(ix) if result != "noop" else {"total": 0, "successful": 0, "failed": 0}
        )
        return {
            "_index": ix.name,
            "_id": doc_id,
            "_version": version,
            "result": result,
            "_shards": shards,
            "_seq_no": seq,
            "_primary_term": 1,
            "status": status,
        }

    def _conflict(self, ix: _Index, doc_id: str, reason: str) -> EsError:
        return EsError(
            409,
            _err(
                "version_conflict_engine_exception",
                f"[{doc_id}]: {reason}",
                index_uuid=ix.uuid,
                shard="0",
                index=ix.name,
            ),
        )

    def _write(
        self,
        op: str,
        target: str,
        doc_id: str | None,
        payload: Any,
        meta: Mapping[str, Any],
        who: _Principal | None,
        raw: str,
        in_bulk: bool,
    ) -> tuple[dict[str, Any], _Index | None]:
        """One index/create/update/delete as `_bulk` runs it: (item, index touched)."""
        action = {
            "index": "indices:data/write/index",
            "create": "indices:data/write/create",
            "update": "indices:data/write/update",
            "delete": "indices:data/write/delete",
        }[op]
        shown = "indices:data/write/bulk[s]" if in_bulk else None
        ix: _Index | None = None
        try:
            if op == "delete":
                # A delete never creates an index: a missing one is an item error.
                if target in self._alias_names():
                    ix = self._write_index(target, who)
                elif target in self._indices:
                    ix = self._indices[target]
                else:
                    self._validate_name(target)
                    raise _index_not_found(target)
            else:
                ix = self._write_index(target, who, bool(meta.get("require_alias")))
            self._authorize(who, action, [target], shown)
            if doc_id is None:
                if op in ("update", "delete"):
                    raise _bad(
                        "Validation Failed: 1: id is missing;",
                        "action_request_validation_exception",
                    )
                doc_id = secrets.token_urlsafe(15)
            item = self._apply_write(ix, op, doc_id, payload, meta, raw)
            return item, ix
        except EsError as e:
            if isinstance(e.error, str):
                raise
            index_name = ix.name if ix is not None else target
            return {"_index": index_name, "_id": doc_id, "status": e.status, "error": e.error}, ix

    def _apply_write(
        self, ix: _Index, op: str, doc_id: str, payload: Any, meta: Mapping[str, Any], raw: str
    ) -> dict[str, Any]:
        existing = ix.docs.get(doc_id)
        if "if_seq_no" in meta or "if_primary_term" in meta:
            want_seq, want_term = meta.get("if_seq_no"), meta.get("if_primary_term")
            if want_seq is None or want_term is None:
                missing = (
                    "ifSeqNo is unassigned, but primary term is"
                    if want_seq is None
                    else ("ifSeqNo is set, but primary term is")
                )
                reason = f"Validation Failed: 1: {missing} [{want_term or 0}];"
                raise _bad(reason, "action_request_validation_exception")
            if existing is None:
                raise self._conflict(
                    ix,
                    doc_id,
                    f"version conflict, required seqNo [{want_seq}], primary term [{want_term}]. "
                    "but no document was found",
                )
            if int(want_seq) != existing.seq_no or int(want_term) != 1:
                raise self._conflict(
                    ix,
                    doc_id,
                    f"version conflict, required seqNo [{want_seq}], primary term [{want_term}]. "
                    "current document "
                    f"has seqNo [{existing.seq_no}] and primary term [1]",
                )
        if op == "delete":
            seq = ix.next_seq()
            if existing is None:
                version = ix.tombstones.get(doc_id, 0) + 1
                return self._ok_item(ix, doc_id, version, "not_found", seq, 404)
            del ix.docs[doc_id]
            ix.tombstones[doc_id] = existing.version + 1
            self._mark_pending(ix)
            return self._ok_item(ix, doc_id, existing.version + 1, "deleted", seq, 200)
        if op == "create" and existing is not None:
            raise self._conflict(
                ix,
                doc_id,
                f"version conflict, document already exists (current version [{existing.version}])",
            )
        if op == "update":
            if not isinstance(payload, Mapping):
                raise _bad(
                    "Validation Failed: 1: script or doc is missing;",
                    "action_request_validation_exception",
                )
            if "script" in payload:
                raise NotImplementedError("fake Elasticsearch: update scripts are not supported")
            if "doc" not in payload and "upsert" not in payload:
                raise _bad(
                    "Validation Failed: 1: script or doc is missing;",
                    "action_request_validation_exception",
                )
            if existing is None:
                if payload.get("doc_as_upsert"):
                    source = copy.deepcopy(payload.get("doc") or {})
                elif "upsert" in payload:
                    source = copy.deepcopy(payload["upsert"])
                else:
                    raise EsError(
                        404,
                        _err(
                            "document_missing_exception",
                            f"[{doc_id}]: document missing",
                            index_uuid=ix.uuid,
                            shard="0",
                            index=ix.name,
                        ),
                    )
            else:
                source = _deep_merge(existing.source, payload.get("doc") or {})
                if payload.get("detect_noop", True) and source == existing.source:
                    return self._ok_item(ix, doc_id, existing.version, "noop", existing.seq_no, 200)
            raw = json.dumps(source, separators=(",", ":"))
        else:
            if not isinstance(payload, Mapping):
                raise _bad("request body is required", "parse_exception")
            source = copy.deepcopy(dict(payload))
        flat, vectors, new_mappings = self._parse_doc(ix, doc_id, source, raw)
        if new_mappings is not None:
            ix.set_mappings(new_mappings)
        version = existing.version + 1 if existing else ix.tombstones.get(doc_id, 0) + 1
        seq = ix.next_seq()
        ix.docs[doc_id] = _Doc(doc_id, source, version, seq, flat, vectors)
        self._mark_pending(ix)
        created = existing is None
        return self._ok_item(
            ix, doc_id, version, "created" if created else "updated", seq, 201 if created else 200
        )

    def _mark_pending(self, ix: _Index) -> None:
        if ix.pending_since is None:
            ix.pending_since = self.clock()

    def _after_write(
        self, req: Request, touched: Iterable[_Index], items: list[dict[str, Any]]
    ) -> None:
        refresh = _param(req, "refresh")
        if refresh in ("", "true", "wait_for"):
            for ix in touched:
                ix.refresh()
            if refresh != "wait_for":
                for item in items:
                    if "error" not in item and item.get("result") != "noop":
                        # The server prints it right after `result`.
                        head = ("_index", "_id", "_version", "result")
                        rest = {k: item.pop(k) for k in list(item) if k not in head}
                        item["forced_refresh"] = True
                        item.update(rest)

    def _bulk(self, req: Request, p: dict[str, str], who: _Principal | None) -> Response:
        start = time.monotonic()
        if not req.body:
            raise _bad("request body is required", "parse_exception")
        if not req.body.endswith(b"\n"):
            raise _bad("The bulk request must be terminated by a newline [\\n]")
        lines = req.body.decode().split("\n")
        ops: list[tuple[str, dict[str, Any], Any, str]] = []
        i = 0
        while i < len(lines):
            line = lines[i].strip()
            i += 1
            if not line:
                continue
            n = len(ops) + 1
            try:
                action = json.loads(line)
            except ValueError:
                raise _bad(
                    f"Malformed action/metadata line [{i}], expected START_OBJECT but found "
                    "[VALUE_STRING]"
                ) from None
            if not isinstance(action, dict) or len(action) != 1:
                raise _bad(
                    f"Malformed action/metadata line [{i}], expected FIELD_NAME but found "
                    "[END_OBJECT]"
                )
            op, meta = next(iter(action.items()))
            if op not in ("index", "create", "update", "delete"):
                raise _bad(
                    f"Malformed action/metadata line [{i}], expected field [create], [delete], "
                    f"[index] or [update] but found [{op}]"
                )
            for k in meta:
                if k not in _BULK_META:
                    raise _bad(f"Action/metadata line [{i}] contains an unknown parameter [{k}]")
            payload: Any = None
            raw = ""
            if op != "delete":
                if i >= len(lines) or not lines[i].strip():
                    raise _bad(
                        "Validation Failed: 1: no requests added;",
                        "action_request_validation_exception",
                    )
                raw = lines[i].strip()
                i += 1
                try:
                    payload = json.loads(raw)
                except ValueError:
                    payload = None
            target = meta.get("_index") or p.get("index")
            if not target:
                raise _bad(
                    f"Validation Failed: {n}: index is missing;",
                    "action_request_validation_exception",
                )
            ops.append((op, meta, payload, raw))
        if not ops:
            raise _bad(
                "Validation Failed: 1: no requests added;", "action_request_validation_exception"
            )
        items: list[dict[str, Any]] = []
        touched: dict[str, _Index] = {}
        for op, meta, payload, raw in ops:
            target = meta.get("_index") or p["index"]
            doc_id = None if meta.get("_id") is None else str(meta["_id"])
            item, ix = self._write(op, target, doc_id, payload, meta, who, raw, in_bulk=True)
            if ix is not None:
                touched[ix.name] = ix
            items.append(item)
        self._after_write(req, touched.values(), items)
        errors = any("error" in it for it in items)
        took = int((time.monotonic() - start) * 1000)
        return self._json(
            req,
            200,
            {
                "errors": errors,
                "took": took,
                "items": [{op: it} for (op, *_), it in zip(ops, items, strict=True)],
            },
        )

    def _single_write(
        self,
        req: Request,
        op: str,
        target: str,
        doc_id: str | None,
        payload: Any,
        who: _Principal | None,
    ) -> Response:
        meta: dict[str, Any] = {}
        for key in ("if_seq_no", "if_primary_term", "require_alias"):
            value = _param(req, key)
            if value is not None:
                meta[key] = value if key != "require_alias" else value in ("", "true")
        item, ix = self._write(
            op, target, doc_id, payload, meta, who, req.body.decode(errors="replace"), in_bulk=False
        )
        self._after_write(req, [ix] if ix else [], [item])
        status = item.pop("status")
        if "error" in item:
            raise EsError(status, item["error"])
        return self._json(req, status, item)

    def _put_doc(self, req: Request, p: dict[str, str], who: _Principal | None) -> Response:
        op = "create" if p["_kind"] == "_create" or _param(req, "op_type") == "create" else "index"
        return self._single_write(req, op, p["index"], p.get("id"), self._body(req), who)

    def _delete_doc(self, req: Request, p: dict[str, str], who: _Principal | None) -> Response:
        return self._single_write(req, "delete", p["index"], p["id"], None, who)

    def _update_doc(self, req: Request, p: dict[str, str], who: _Principal | None) -> Response:
        return self._single_write(req, "update", p["index"], p["id"], self._body(req), who)

    # -- documents: reads -----------------------------------------------------------------------
    def _excludes_vectors(self, ix: _Index) -> bool:
        setting = ix.settings.get("index.mapping.exclude_source_vectors")
        if setting is not None:
            return setting == "true"
        return self.v >= (9, 2)

    def _vector_paths(self, ix: _Index) -> list[str]:
        return [
            path
            for path, (d, src) in ix.fields().items()
            if d.get("type") == "dense_vector" and path == src
        ]

    def _source_for(self, ix: _Index, doc: _Doc, spec: Any) -> dict[str, Any] | None:
        exclude_vectors = self._excludes_vectors(ix)
        includes: list[str] = []
        excludes: list[str] = []
        if spec is False:
            return None
        if isinstance(spec, str):
            includes = spec.split(",")
        elif isinstance(spec, list):
            includes = list(spec)
        elif isinstance(spec, Mapping):
            includes = _as_list(spec.get("includes", spec.get("include")))
            excludes = _as_list(spec.get("excludes", spec.get("exclude")))
            if "exclude_vectors" in spec:
                exclude_vectors = bool(spec["exclude_vectors"])
        if exclude_vectors:
            excludes += self._vector_paths(ix)
        return _filter_source(doc.source, includes, excludes)

    @staticmethod
    def _source_param(req: Request) -> Any:
        spec: Any = None
        src = _param(req, "_source")
        if src is not None:
            spec = {"true": True, "false": False}.get(src, src)
        inc, exc = _param(req, "_source_includes"), _param(req, "_source_excludes")
        if inc or exc:
            spec = {
                "includes": inc.split(",") if inc else [],
                "excludes": exc.split(",") if exc else [],
            }
        vec = _param(req, "_source_exclude_vectors")
        if vec is not None:
            spec = (
                spec
                if isinstance(spec, dict)
                else {"includes": spec.split(",") if isinstance(spec, str) else []}
            )
            spec["exclude_vectors"] = vec != "false"
        return spec

    def _doc_body(self, ix: _Index, doc: _Doc, spec: Any) -> dict[str, Any]:
        out: dict[str, Any] = {
            "_index": ix.name,
            "_id": doc.id,
            "_version": doc.version,
            "_seq_no": doc.seq_no,
            "_primary_term": 1,
            "found": True,
        }
        source = self._source_for(ix, doc, spec)
        if source is not None:
            out["_source"] = source
        return out

    def _get_doc(self, req: Request, p: dict[str, str], who: _Principal | None) -> Response:
        ix = self._single_index(p["index"])
        self._authorize(who, "indices:data/read/get", [p["index"]])
        doc = ix.docs.get(p["id"])  # realtime: no refresh needed
        if req.method == "HEAD":
            return Response(200 if doc else 404, b"", {"Content-Type": "application/json"})
        if doc is None:
            if p["_kind"] == "_source":
                raise EsError(
                    404,
                    _err(
                        "resource_not_found_exception",
                        f"Document not found [{ix.name}]/[{p['id']}]",
                    ),
                )
            return self._json(req, 404, {"_index": ix.name, "_id": p["id"], "found": False})
        if p["_kind"] == "_source":
            return self._json(req, 200, self._source_for(ix, doc, self._source_param(req)) or {})
        return self._json(req, 200, self._doc_body(ix, doc, self._source_param(req)))

    def _mget(self, req: Request, p: dict[str, str], who: _Principal | None) -> Response:
        body = self._body(req) or {}
        default = p.get("index")
        specs = [{"_index": default, "_id": i} for i in body.get("ids", [])] + list(
            body.get("docs", [])
        )
        if not specs:
            raise _bad(
                "Validation Failed: 1: no documents to get;", "action_request_validation_exception"
            )
        out = []
        for spec in specs:
            name, doc_id = spec.get("_index") or default, str(spec.get("_id"))
            if not name:
                raise _bad(
                    "Validation Failed: 1: index is missing for doc 0;",
                    "action_request_validation_exception",
                )
            try:
                ix = self._single_index(name)
                self._authorize(who, "indices:data/read/mget", [name])
            except EsError as e:
                assert isinstance(e.error, dict)
                out.append(
                    {
                        "_index": name,
                        "_id": doc_id,
                        "error": {"root_cause": [_strip(e.error)], **e.error},
                    }
                )
                continue
            doc = ix.docs.get(doc_id)
            if doc is None:
                out.append({"_index": ix.name, "_id": doc_id, "found": False})
            else:
                out.append(self._doc_body(ix, doc, spec.get("_source", self._source_param(req))))
        return self._json(req, 200, {"docs": out})

    # -- search ------------------------------------------------------------------------------------
    def _maybe_refresh(self, ix: _Index, searching: bool = True) -> None:
        """Scheduled refresh, done lazily: a write becomes visible once `refresh_interval` has
        passed since it (or at once when a search wakes a search-idle shard)."""
        now = self.clock()
        if ix.pending_since is not None:
            explicit = "index.refresh_interval" in ix.settings
            interval = (
                _interval(ix.settings["index.refresh_interval"])
                if explicit
                else self.refresh_interval
            )
            idle = (
                searching
                and not explicit
                and self.search_idle_after is not None
                and now - ix.last_search >= self.search_idle_after
            )
            if idle or (interval is not None and now - ix.pending_since >= interval):
                ix.refresh()
        if searching:
            ix.last_search = now

    def _search_targets(
        self, req: Request, p: dict[str, str], who: _Principal | None
    ) -> list[tuple[_Index, Any]]:
        expr = p.get("index", "_all")
        allow_missing = _truthy(req.query.get("ignore_unavailable"))
        names = self._resolve(expr, allow_missing=allow_missing)
        self._authorize(
            who,
            "indices:data/read/search",
            [n for n in expr.split(",") if "*" not in n and n != "_all"] or names,
        )
        # A search through a filtered alias sees only what the alias filter lets through.
        filters: dict[str, list[Any]] = {}
        for part in expr.split(","):
            for alias, idx, meta in self._alias_rows():
                if alias == part and "filter" in meta:
                    filters.setdefault(idx, []).append(meta["filter"])
        targets = []
        for n in names:
            ix = self._indices[n]
            self._maybe_refresh(ix)
            alias_filter = (
                {"bool": {"should": filters[n], "minimum_should_match": 1}}
                if n in filters
                else None
            )
            targets.append((ix, alias_filter))
        return targets

    def _shard_failure(
        self, ix: _Index, cause: dict[str, Any], status: int = 400, phase: str = "query"
    ) -> EsError:
        top = _err(
            "search_phase_execution_exception",
            "all shards failed",
            phase=phase,
            grouped=True,
            failed_shards=[{"shard": 0, "index": ix.name, "node": self.node_id, "reason": cause}],
        )
        top["caused_by"] = copy.deepcopy(cause)
        return EsError(status, top, [_strip(cause)])

    def _knn_spec(self, raw: Any, size: int) -> dict[str, Any]:
        if not isinstance(raw, Mapping):
            raise _bad("[knn] failed to parse object", "x_content_parse_exception")
        for key in raw:
            if key not in _KNN_KEYS:
                raise _bad(f"[1:2] [knn] unknown field [{key}]", "x_content_parse_exception")
        if "field" not in raw:
            raise _bad("Required [field]")
        qv, builder = raw.get("query_vector"), raw.get("query_vector_builder")
        if qv is None and builder is None:
            raise _bad("either [query_vector_builder] or [query_vector] must be provided")
        if qv is not None and builder is not None:
            raise _bad("cannot provide both [query_vector_builder] and [query_vector]")
        if builder is not None:
            raise NotImplementedError("fake Elasticsearch: query_vector_builder is not supported")
        k = raw.get("k")
        k = size if k is None else int(k)
        nc = raw.get("num_candidates")
        nc = math.floor(min(NUM_CANDS_LIMIT, 1.5 * k) + 0.5) if nc is None else int(nc)
        if k < 1:
            raise _bad("[k] must be greater than 0")
        if nc < k:
            raise _bad("[num_candidates] cannot be less than [k]")
        if nc > NUM_CANDS_LIMIT:
            raise _bad(f"[num_candidates] cannot exceed [{NUM_CANDS_LIMIT}]")
        filters = _as_list(raw.get("filter"))
        for f in filters:
            self._check_query(f)
        return {
            "field": raw["field"],
            "vector": qv,
            "k": k,
            "num_candidates": nc,
            "filter": filters,
            "similarity": raw.get("similarity"),
            "boost": float(raw.get("boost", 1.0)),
        }

    def _knn(
        self, ix: _Index, spec: Mapping[str, Any], docs: list[_Doc], ctx: _Ctx, phase: str
    ) -> list[tuple[float, _Doc]]:
        """Exact kNN on one index: the top-k (score, doc) among docs matching the knn filter."""
        field_name = spec["field"]
        entry = ix.fields().get(field_name)

        def fail(reason: str) -> EsError:
            return self._shard_failure(ix, _err("illegal_argument_exception", reason), phase=phase)

        if entry is None:
            raise fail(f"field [{field_name}] does not exist in the mapping")
        d = entry[0]
        if d.get("type") != "dense_vector":
            raise fail("[knn] queries are only supported on [dense_vector] fields")
        if not d.get("index", True):
            raise fail(
                f"to perform knn search on field [{field_name}], its mapping must have [index] "
                "set to [true]"
            )
        dims = d.get("dims")
        if dims is None:
            return []  # no vector indexed yet: the server answers with no hits
        if d.get("element_type") == "bit":
            raise NotImplementedError("fake Elasticsearch: kNN on bit vectors is not supported")
        raw_q = spec["vector"]
        if not isinstance(raw_q, list) or any(
            isinstance(x, bool) or not isinstance(x, int | float) for x in raw_q
        ):
            raise _bad("[knn] failed to parse field [query_vector]", "x_content_parse_exception")
        q = np.asarray(raw_q, dtype=np.float32)
        if len(q) != dims:
            raise fail(
                f"The query vector has a different number of dimensions [{len(q)}] than the "
                f"document vectors [{dims}]."
            )
        sim = d.get("similarity", "cosine")
        elem = d.get("element_type", "float")
        squared = float(np.dot(q, q))
        tolerance = 1e-3 if self.v >= (8, 14) else 1e-4
        if elem == "float" and sim == "dot_product" and abs(squared - 1.0) >= tolerance:
            raise fail(
                "The [dot_product] similarity can only be used with unit-length "
                f"vectors.{_preview(raw_q)}"
            )
        if (
            sim in ("cosine", "dot_product")
            and squared == 0.0
            and (sim == "cosine" or elem == "byte")
        ):
            raise fail(
                f"The [{sim}] similarity does not support vectors with zero "
                f"magnitude.{_preview(raw_q)}"
            )
        candidates = [
            doc
            for doc in docs
            if field_name in doc.vectors
            and all(self._eval(f, ix, doc, ctx) is not None for f in spec["filter"])
        ]
        if not candidates:
            return []
        matrix = np.stack([doc.vectors[field_name] for doc in candidates]).astype(np.float64)
        scores = _similarity_scores(sim, elem, matrix, q.astype(np.float64), dims)
        threshold = spec.get("similarity")
        order = sorted(range(len(candidates)), key=lambda i: (-scores[i], candidates[i].seq_no))
        out = []
        for i in order[: spec["k"]]:
            if threshold is not None and scores[i] < _score_of(sim, elem, float(threshold), dims):
                continue
            out.append((float(scores[i]) * spec["boost"], candidates[i]))
        return out

    def _search(self, req: Request, p: dict[str, str], who: _Principal | None) -> Response:
        start = time.monotonic()
        body = dict(self._body(req) or {})
        known = {
            "query", "knn", "size", "from", "sort", "_source", "track_total_hits", "min_score",
            "post_filter", "search_after", "timeout", "track_scores", "fields", "stored_fields",
            "explain", "profile", "version", "seq_no_primary_term", "rank", "highlight", "aggs",
            "aggregations", "collapse", "rescore", "docvalue_fields", "indices_boost", "pit",
            "runtime_mappings", "terminate_after", "suggest", "ext", "stats", "retriever",
        }  # fmt: skip
        for key in body:
            if key not in known:
                raise _bad(
                    f"Unknown key for a START_OBJECT in [{key}].",
                    "parsing_exception",
                    line=1,
                    col=1,
                )
        for key in (
            "highlight",
            "aggs",
            "aggregations",
            "collapse",
            "rescore",
            "pit",
            "retriever",
            "suggest",
            "rank",
        ):
            if key in body:
                raise NotImplementedError(
                    f"fake Elasticsearch: [{key}] is not supported in _search"
                )
        if _param(req, "q") is not None:
            raise NotImplementedError("fake Elasticsearch: the q= query string is not supported")
        for name in ("size", "from"):
            value = _param(req, name)
            if value is not None:
                body[name] = _to_int(value, name)
        size = int(body.get("size", 10))
        offset = int(body.get("from", 0))
        if size < 0:
            raise _bad(f"[size] parameter cannot be negative, found [{size}]")
        if offset < 0:
            raise _bad(f"[from] parameter cannot be negative, found [{offset}]")
        sort_param = _param(req, "sort")
        if sort_param:
            body["sort"] = [
                {f: o} if o else f for f, _, o in (s.partition(":") for s in sort_param.split(","))
            ]
        src_param = self._source_param(req)
        source_spec = src_param if src_param is not None else body.get("_source")
        tth_param = _param(req, "track_total_hits")
        tth: Any = body.get("track_total_hits", 10_000)
        if tth_param is not None:
            tth = {"true": True, "false": False}.get(tth_param, tth_param)
        if isinstance(tth, str):
            tth = _to_int(tth, "track_total_hits")
        knns = [self._knn_spec(k, size) for k in _as_list(body.get("knn"))]
        query = body.get("query")
        if query is not None:
            self._check_query(query)
        post_filter = body.get("post_filter")
        if post_filter is not None:
            self._check_query(post_filter)
        targets = self._search_targets(req, p, who)
        for ix, _ in targets:
            window = int(ix.settings.get("index.max_result_window", self.max_result_window))
            if offset + size > window:
                reason = (
                    "Result window is too large, from + size must be less than or equal to: "
                    f"[{window}] but was "
                    f"[{offset + size}]. See the scroll api for a more efficient way to request "
                    "large data sets. "
                    "This limit can be set by changing the [index.max_result_window] index level "
                    "setting."
                )
                raise self._shard_failure(ix, _err("illegal_argument_exception", reason))

        # Collect (score, index, doc) for every match, per the combination rules of the server:
        # kNN results and query results are OR-ed and their scores summed.
        scored: dict[tuple[str, str], list[Any]] = {}
        knn_per: list[list[tuple[float, _Index, _Doc]]] = [[] for _ in knns]
        for ix, alias_filter in targets:
            docs = list(ix.visible.values())
            if alias_filter is not None:
                ctx0 = _Ctx(size)
                docs = [d for d in docs if self._eval(alias_filter, ix, d, ctx0) is not None]
            ctx = _Ctx(size)
            for n, spec in enumerate(knns):
                knn_per[n] += [(s, ix, d) for s, d in self._knn(ix, spec, docs, ctx, "dfs")]
            if query is not None:
                self._prepare_knn_queries(query, ix, docs, ctx)
                for d in docs:
                    s = self._eval(query, ix, d, ctx)
                    if s is not None:
                        scored[(ix.name, d.id)] = [s, ix, d]
            elif not knns:
                for d in docs:
                    scored[(ix.name, d.id)] = [1.0, ix, d]
        for n, spec in enumerate(knns):
            best = sorted(knn_per[n], key=lambda t: (-t[0], t[1].name, t[2].seq_no))[: spec["k"]]
            for s, ix, d in best:
                entry = scored.setdefault((ix.name, d.id), [0.0, ix, d])
                entry[0] += s
        matches = list(scored.values())
        min_score = body.get("min_score")
        if min_score is not None:
            matches = [m for m in matches if m[0] >= float(min_score)]
        if post_filter is not None:
            kept = []
            for m in matches:
                ctx = _Ctx(size)
                self._prepare_knn_queries(post_filter, m[1], [m[2]], ctx)
                if self._eval(post_filter, m[1], m[2], ctx) is not None:
                    kept.append(m)
            matches = kept

        sort_spec = _as_list(body.get("sort")) or None
        keys = self._sort_keys(sort_spec, [ix for ix, _ in targets]) if sort_spec else None
        by_score = (
            keys is None or any(k[0] == "_score" for k in keys) or bool(body.get("track_scores"))
        )
        if keys is None:
            matches.sort(key=lambda m: (-m[0], m[1].name, m[2].seq_no))
            sort_values = None
        else:
            sort_values = {id(m): self._sort_values(keys, m) for m in matches}

            def compare(a: list[Any], b: list[Any]) -> int:
                return _cmp_sort(keys, sort_values[id(a)], sort_values[id(b)], a, b)

            matches.sort(key=functools.cmp_to_key(compare))
            after = body.get("search_after")
            if after is not None:
                matches = [
                    m for m in matches if _cmp_values(keys, sort_values[id(m)], list(after)) > 0
                ]
        total = len(matches)
        max_score = max((m[0] for m in matches), default=None) if by_score and matches else None
        page = matches[offset : offset + size]
        hits = []
        for m in page:
            score, ix, doc = m
            hit: dict[str, Any] = {
                "_index": ix.name,
                "_id": doc.id,
                "_score": _f32(score) if by_score else None,
            }
            if body.get("version"):
                hit["_version"] = doc.version
            if body.get("seq_no_primary_term"):
                hit["_seq_no"], hit["_primary_term"] = doc.seq_no, 1
            stored = body.get("stored_fields")
            source = None if stored == "_none_" else self._source_for(ix, doc, source_spec)
            if source is not None:
                hit["_source"] = source
            if body.get("fields"):
                hit["fields"] = self._fields_for(ix, doc, body["fields"])
            if sort_values is not None:
                hit["sort"] = sort_values[id(m)]
            hits.append(hit)
        hits_obj: dict[str, Any] = {}
        if tth is not False:
            limit = None if tth is True else int(tth)
            if limit is not None and total > limit:
                hits_obj["total"] = {"value": limit, "relation": "gte"}
            else:
                hits_obj["total"] = {"value": total, "relation": "eq"}
            if _truthy(req.query.get("rest_total_hits_as_int")):
                hits_obj["total"] = hits_obj["total"]["value"]
        hits_obj["max_score"] = _f32(max_score) if max_score is not None else None
        hits_obj["hits"] = hits
        n = len(targets)
        out = {
            "took": int((time.monotonic() - start) * 1000),
            "timed_out": False,
            "_shards": {"total": n, "successful": n, "skipped": 0, "failed": 0},
            "hits": hits_obj,
        }
        return self._json(req, 200, out)

    def _fields_for(self, ix: _Index, doc: _Doc, specs: list[Any]) -> dict[str, list[Any]]:
        out: dict[str, list[Any]] = {}
        table = ix.fields()
        for spec in specs:
            pattern = spec["field"] if isinstance(spec, Mapping) else spec
            for path, (d, src) in table.items():
                if fnmatch.fnmatchcase(path, pattern) and d.get("type") not in (
                    None,
                    "object",
                    "nested",
                ):
                    values = _flatten_values(_get_path(doc.source, src))
                    if values:
                        out[path] = values
        return out

    def _count(self, req: Request, p: dict[str, str], who: _Principal | None) -> Response:
        body = self._body(req) or {}
        for key in body:
            if key != "query":
                raise _bad(f"request does not support [{key}]", "parsing_exception", line=1, col=2)
        if _param(req, "q") is not None:
            raise NotImplementedError("fake Elasticsearch: the q= query string is not supported")
        query = body.get("query")
        if query is not None:
            self._check_query(query)
        total = 0
        targets = self._search_targets(req, p, who)
        for ix, alias_filter in targets:
            ctx = _Ctx(10)
            docs = [
                d
                for d in ix.visible.values()
                if alias_filter is None or self._eval(alias_filter, ix, d, ctx) is not None
            ]
            if query is None:
                total += len(docs)
                continue
            self._prepare_knn_queries(query, ix, docs, ctx)
            total += sum(1 for d in docs if self._eval(query, ix, d, ctx) is not None)
        n = len(targets)
        return self._json(
            req,
            200,
            {"count": total, "_shards": {"total": n, "successful": n, "skipped": 0, "failed": 0}},
        )

    def _delete_by_query(self, req: Request, p: dict[str, str], who: _Principal | None) -> Response:
        start = time.monotonic()
        body = self._body(req) or {}
        query = body.get("query")
        if query is None:
            raise _bad(
                "Validation Failed: 1: query is missing;", "action_request_validation_exception"
            )
        self._check_query(query)
        names = self._resolve(
            p["index"], allow_missing=_truthy(req.query.get("ignore_unavailable"))
        )
        self._authorize(
            who,
            "indices:data/write/delete/byquery",
            [p["index"]] if "*" not in p["index"] else names,
        )
        proceed = _param(req, "conflicts") == "proceed" or body.get("conflicts") == "proceed"
        max_docs = body.get("max_docs", _param(req, "max_docs"))
        deleted = conflicts = total = 0
        failures: list[dict[str, Any]] = []
        touched: list[_Index] = []
        for n in names:
            ix = self._indices[n]
            self._maybe_refresh(ix)
            # Like the real API, work from a snapshot of what is searchable right now.
            ctx = _Ctx(10)
            docs = list(ix.visible.values())
            self._prepare_knn_queries(query, ix, docs, ctx)
            for d in docs:
                if max_docs is not None and total >= int(max_docs):
                    break
                if self._eval(query, ix, d, ctx) is None:
                    continue
                total += 1
                live = ix.docs.get(d.id)
                if live is None or live.version != d.version:
                    conflicts += 1
                    reason = (
                        f"[{d.id}]: version conflict, required seqNo [{d.seq_no}], primary term "
                        "[1]. "
                        f"current document has seqNo [{live.seq_no if live else -1}] and primary "
                        "term [1]"
                    )
                    if not proceed:
                        failures.append(
                            {
                                "index": ix.name,
                                "id": d.id,
                                "cause": _err(
                                    "version_conflict_engine_exception",
                                    reason,
                                    index_uuid=ix.uuid,
                                    shard="0",
                                    index=ix.name,
                                ),
                                "status": 409,
                            }
                        )
                    continue
                del ix.docs[d.id]
                ix.tombstones[d.id] = d.version + 1
                ix.next_seq()
                self._mark_pending(ix)
                deleted += 1
            touched.append(ix)
            if failures:
                break
        if _param(req, "refresh") in ("", "true"):
            for ix in touched:
                ix.refresh()
        out = {
            "took": int((time.monotonic() - start) * 1000),
            "timed_out": False,
            "total": total,
            "deleted": deleted,
            "batches": 1 if total else 0,
            "version_conflicts": conflicts,
            "noops": 0,
            "retries": {"bulk": 0, "search": 0},
            "throttled_millis": 0,
            "requests_per_second": -1.0,
            "throttled_until_millis": 0,
            "failures": failures,
        }
        return self._json(req, 409 if failures else 200, out)

    # -- queries ---------------------------------------------------------------------------------
    _LEAF_QUERIES = frozenset(
        {"term", "terms", "range", "exists", "prefix", "wildcard", "ids", "match", "match_phrase",
         "multi_match", "match_all", "match_none", "geo_bounding_box", "geo_distance", "knn"}
    )  # fmt: skip
    _FIELD_QUERIES = frozenset(
        {"term", "terms", "range", "prefix", "wildcard", "match", "match_phrase"}
    )
    _UNSUPPORTED_QUERIES = frozenset(
        {"query_string", "simple_query_string", "function_score", "script_score", "nested",
         "dis_max", "boosting", "fuzzy", "regexp", "more_like_this", "script", "semantic",
         "sparse_vector", "text_expansion", "has_child", "has_parent", "combined_fields"}
    )  # fmt: skip

    def _check_query(self, q: Any) -> None:
        """Parse-time validation, so errors come back even when no document is searched."""
        if not isinstance(q, Mapping) or not q:
            raise _bad("query malformed, empty clause found", "parsing_exception", line=1, col=1)
        if len(q) != 1:
            first = next(iter(q))
            raise _bad(
                f"[{first}] malformed query, expected [END_OBJECT] but found [FIELD_NAME]",
                "parsing_exception",
                line=1,
                col=1,
            )
        kind, spec = next(iter(q.items()))
        if kind == "bool":
            if not isinstance(spec, Mapping):
                raise _bad(
                    "[bool] query malformed, no start_object after query name",
                    "parsing_exception",
                    line=1,
                    col=1,
                )
            for key, value in spec.items():
                if key in ("must", "filter", "should", "must_not"):
                    for sub in _as_list(value):
                        self._check_query(sub)
                elif key not in ("minimum_should_match", "boost", "_name", "adjust_pure_negative"):
                    raise _bad(
                        f"[bool] query does not support [{key}]", "parsing_exception", line=1, col=1
                    )
        elif kind == "constant_score":
            self._check_query(spec.get("filter"))
        elif kind == "knn" and self.v >= (8, 12):  # the knn query arrived in 8.12
            self._knn_spec(spec, 10)
        elif kind in self._UNSUPPORTED_QUERIES:
            raise NotImplementedError(f"fake Elasticsearch: the [{kind}] query is not supported")
        elif kind not in self._LEAF_QUERIES or kind == "knn":
            cause = _err("named_object_not_found_exception", f"[1:1] unknown field [{kind}]")
            error = _err("parsing_exception", f"unknown query [{kind}]", line=1, col=1)
            raise EsError(400, {**error, "caused_by": cause})
        elif not isinstance(spec, Mapping):
            reason = f"[{kind}] query malformed, no start_object after query name"
            raise _bad(reason, "parsing_exception", line=1, col=1)
        elif kind in self._FIELD_QUERIES:
            fields = [k for k in spec if k not in ("boost", "_name")]
            if len(fields) > 1:
                reason = (
                    f"[{kind}] query doesn't support multiple fields, found [{fields[0]}] and "
                    f"[{fields[1]}]"
                )
                raise _bad(reason, "parsing_exception", line=1, col=1)
            if not fields:
                raise _bad(
                    f"[{kind}] query malformed, no field specified",
                    "parsing_exception",
                    line=1,
                    col=1,
                )
        elif kind == "exists" and "field" not in spec:
            raise _bad(
                "[exists] must be provided with a [field]", "parsing_exception", line=1, col=1
            )
        elif kind == "ids" and not isinstance(spec.get("values", []), list):
            raise _bad("[ids] failed to parse field [values]", "x_content_parse_exception")
        elif kind == "geo_distance" and "distance" not in spec:
            raise _bad(
                "geo_distance requires 'distance' to be specified",
                "parsing_exception",
                line=1,
                col=1,
            )

    def _prepare_knn_queries(self, q: Any, ix: _Index, docs: list[_Doc], ctx: _Ctx) -> None:
        """A knn query inside `query` finds its top k per shard before the rest is evaluated."""
        if not isinstance(q, Mapping):
            return
        for kind, spec in q.items():
            if kind == "knn":
                knn = self._knn_spec(spec, ctx.size)
                ctx.knn[id(spec)] = {d.id: s for s, d in self._knn(ix, knn, docs, ctx, "query")}
            elif kind == "bool":
                for key in ("must", "filter", "should", "must_not"):
                    for sub in _as_list(spec.get(key)):
                        self._prepare_knn_queries(sub, ix, docs, ctx)
            elif kind == "constant_score":
                self._prepare_knn_queries(spec.get("filter"), ix, docs, ctx)

    def _eval(self, q: Mapping[str, Any], ix: _Index, doc: _Doc, ctx: _Ctx) -> float | None:
        """The score of `doc` for query `q`, or None when it does not match."""
        kind, spec = next(iter(q.items()))
        if kind == "match_all":
            return float(spec.get("boost", 1.0)) if isinstance(spec, Mapping) else 1.0
        if kind == "match_none":
            return None
        if kind == "bool":
            return self._eval_bool(spec, ix, doc, ctx)
        if kind == "constant_score":
            return (
                float(spec.get("boost", 1.0))
                if self._eval(spec["filter"], ix, doc, ctx) is not None
                else None
            )
        if kind == "knn":
            hits = ctx.knn.get(id(spec))
            if hits is None:  # a knn nested somewhere _prepare_knn_queries does not reach
                knn = self._knn_spec(spec, ctx.size)
                hits = ctx.knn[id(spec)] = {
                    d.id: s for s, d in self._knn(ix, knn, list(ix.visible.values()), ctx, "query")
                }
            return hits.get(doc.id)
        if kind == "ids":
            return 1.0 if doc.id in {str(i) for i in spec.get("values", [])} else None
        if kind in ("multi_match",):
            fields = spec.get("fields") or ["*"]
            text = spec.get("query")
            for pattern in fields:
                for path in ix.fields():
                    if fnmatch.fnmatchcase(path, pattern.split("^")[0]):
                        r = self._eval(
                            {
                                "match": {
                                    path: {"query": text, "operator": spec.get("operator", "or")}
                                }
                            },
                            ix,
                            doc,
                            ctx,
                        )
                        if r is not None:
                            return r * float(spec.get("boost", 1.0))
            return None
        if kind == "exists":
            return 1.0 if self._exists(ix, doc, spec["field"]) else None
        if kind in ("geo_bounding_box", "geo_distance"):
            return self._eval_geo(kind, spec, ix, doc)
        (field_name, arg), *_ = [(k, v) for k, v in spec.items() if k not in ("boost", "_name")]
        boost = float(spec.get("boost", 1.0))
        if isinstance(arg, Mapping) and "boost" in arg:
            boost = float(arg["boost"])
        entry = ix.fields().get(field_name)
        if entry is None:
            return None  # unmapped fields match nothing
        d, src = entry
        ftype = d.get("type", "object")
        if ftype == "dense_vector" and kind in (
            "term",
            "terms",
            "range",
            "prefix",
            "wildcard",
            "match",
        ):
            cause = _err(
                "illegal_argument_exception",
                f"Field [{field_name}] of type [dense_vector] doesn't support {kind} queries",
            )
            raise self._shard_failure(
                ix,
                _err(
                    "query_shard_exception",
                    f"failed to create query: {cause['reason']}",
                    index_uuid=ix.uuid,
                    index=ix.name,
                    caused_by=cause,
                ),
            )
        values = doc.flat.get(src, [])
        if ftype == "keyword" and "ignore_above" in d:
            values = [v for v in values if len(str(v)) <= int(d["ignore_above"])]
        if not values:
            return None
        if kind == "term":
            target = arg.get("value") if isinstance(arg, Mapping) else arg
            insensitive = isinstance(arg, Mapping) and bool(arg.get("case_insensitive"))
            return (
                boost
                if any(self._term_eq(ix, ftype, v, target, insensitive) for v in values)
                else None
            )
        if kind == "terms":
            targets = _as_list(arg)
            return (
                boost
                if any(self._term_eq(ix, ftype, v, t, False) for v in values for t in targets)
                else None
            )
        if kind == "range":
            return boost if any(self._in_range(ix, ftype, v, arg) for v in values) else None
        if kind in ("prefix", "wildcard"):
            target = str(arg.get("value") if isinstance(arg, Mapping) else arg)
            insensitive = isinstance(arg, Mapping) and bool(arg.get("case_insensitive"))
            candidates = [
                t for v in values for t in (_tokens(str(v)) if ftype == "text" else [str(v)])
            ]
            if insensitive:
                target, candidates = target.lower(), [c.lower() for c in candidates]
            if kind == "prefix":
                return boost if any(c.startswith(target) for c in candidates) else None
            return boost if any(fnmatch.fnmatchcase(c, target) for c in candidates) else None
        if kind in ("match", "match_phrase"):
            text = arg.get("query") if isinstance(arg, Mapping) else arg
            if ftype not in ("text", "match_only_text"):
                return (
                    boost if any(self._term_eq(ix, ftype, v, text, False) for v in values) else None
                )
            wanted = _tokens(str(text))
            if not wanted:
                return None
            doc_tokens = [_tokens(str(v)) for v in values]
            if kind == "match_phrase":
                n = len(wanted)
                ok = any(
                    toks[i : i + n] == wanted
                    for toks in doc_tokens
                    for i in range(len(toks) - n + 1)
                )
                return boost if ok else None
            present = {t for toks in doc_tokens for t in toks}
            operator = (arg.get("operator", "or") if isinstance(arg, Mapping) else "or").lower()
            hit = (
                all(t in present for t in wanted)
                if operator == "and"
                else any(t in present for t in wanted)
            )
            return boost if hit else None
        raise NotImplementedError(f"fake Elasticsearch: [{kind}] query")

    def _eval_bool(self, spec: Mapping[str, Any], ix: _Index, doc: _Doc, ctx: _Ctx) -> float | None:
        score = 0.0
        for sub in _as_list(spec.get("must")):
            s = self._eval(sub, ix, doc, ctx)
            if s is None:
                return None
            score += s
        for sub in _as_list(spec.get("filter")):
            if self._eval(sub, ix, doc, ctx) is None:
                return None
        for sub in _as_list(spec.get("must_not")):
            if self._eval(sub, ix, doc, ctx) is not None:
                return None
        shoulds = _as_list(spec.get("should"))
        matched = 0
        for sub in shoulds:
            s = self._eval(sub, ix, doc, ctx)
            if s is not None:
                matched += 1
                score += s
        msm_raw = spec.get("minimum_should_match")
        if msm_raw is None:
            msm = 1 if shoulds and not spec.get("must") and not spec.get("filter") else 0
        else:
            text = str(msm_raw).strip()
            if text.endswith("%"):
                pct = int(text[:-1])
                msm = math.floor(len(shoulds) * abs(pct) / 100)
                msm = msm if pct >= 0 else len(shoulds) - msm
            else:
                msm = int(text)
                msm = msm if msm >= 0 else len(shoulds) + msm
        if matched < msm:
            return None
        return score * float(spec.get("boost", 1.0))

    def _exists(self, ix: _Index, doc: _Doc, field_name: str) -> bool:
        table = ix.fields()
        entry = table.get(field_name)
        if entry is None:
            matching = [p for p in table if fnmatch.fnmatchcase(p, field_name)]
            return any(self._exists(ix, doc, p) for p in matching if p != field_name)
        d, src = entry
        t = d.get("type", "object")
        if t in ("object", "nested"):
            return any(self._exists(ix, doc, p) for p in table if p.startswith(field_name + "."))
        if t == "dense_vector":
            return src in doc.vectors
        values = doc.flat.get(src, [])
        if t == "keyword" and "ignore_above" in d:
            values = [v for v in values if len(str(v)) <= int(d["ignore_above"])]
        return bool(values)

    def _coerce(self, ix: _Index, ftype: str, value: Any, round_up: bool = False) -> Any:
        if ftype in _NUMERIC:
            try:
                return float(value)
            except (TypeError, ValueError):
                cause = _err("number_format_exception", f'For input string: "{value}"')
                raise self._shard_failure(
                    ix,
                    _err(
                        "query_shard_exception",
                        f'failed to create query: For input string: "{value}"',
                        index_uuid=ix.uuid,
                        index=ix.name,
                        caused_by=cause,
                    ),
                ) from None
        if ftype in ("date", "date_nanos"):
            try:
                return _date_math(value, round_up, _now_ms())
            except ValueError:
                reason = (
                    f"failed to parse date field [{value}] with format "
                    "[strict_date_optional_time||epoch_millis]"
                )
                cause = _err("illegal_argument_exception", reason)
                raise self._shard_failure(
                    ix, _err("parse_exception", reason, caused_by=cause)
                ) from None
        if ftype == "boolean":
            return value in (True, "true")
        return json.dumps(value) if isinstance(value, bool) else str(value)

    def _term_eq(self, ix: _Index, ftype: str, have: Any, want: Any, insensitive: bool) -> bool:
        if ftype in ("text", "match_only_text"):
            # The query term is not analysed; the indexed tokens are lower-cased words.
            tokens = _tokens(str(have))
            want_s = str(want)
            return (want_s.lower() if insensitive else want_s) in tokens
        if ftype == "geo_point":
            return False
        target = self._coerce(ix, ftype, want)
        if insensitive and isinstance(have, str):
            return have.lower() == str(target).lower()
        if ftype in _NUMERIC:
            return float(have) == target
        return bool(have == target)

    def _in_range(self, ix: _Index, ftype: str, have: Any, spec: Mapping[str, Any]) -> bool:
        bounds = {
            "gte": spec.get("gte", spec.get("from") if spec.get("include_lower", True) else None),
            "gt": spec.get("gt", None if spec.get("include_lower", True) else spec.get("from")),
            "lte": spec.get("lte", spec.get("to") if spec.get("include_upper", True) else None),
            "lt": spec.get("lt", None if spec.get("include_upper", True) else spec.get("to")),
        }
        for op, bound in bounds.items():
            if bound is None:
                continue
            b = self._coerce(ix, ftype, bound, round_up=op in ("lte", "gt"))
            v = float(have) if ftype in _NUMERIC else have
            if (
                (op == "gte" and not v >= b)
                or (op == "gt" and not v > b)
                or (op == "lte" and not v <= b)
                or (op == "lt" and not v < b)
            ):
                return False
        return True

    def _eval_geo(self, kind: str, spec: Mapping[str, Any], ix: _Index, doc: _Doc) -> float | None:
        params = {
            "distance",
            "distance_type",
            "validation_method",
            "boost",
            "_name",
            "ignore_unmapped",
            "type",
        }
        field_name, arg = next((k, v) for k, v in spec.items() if k not in params)
        entry = ix.fields().get(field_name)
        if entry is None:
            return None
        points = doc.flat.get(entry[1], [])
        if kind == "geo_distance":
            center = _geo_point(arg)
            limit = _distance_m(spec["distance"])
            return 1.0 if any(_haversine_m(center, pt) <= limit for pt in points) else None
        if "top_left" in arg:
            top, left = _geo_point(arg["top_left"])
            bottom, right = _geo_point(arg["bottom_right"])
        else:
            top, left, bottom, right = (float(arg[k]) for k in ("top", "left", "bottom", "right"))
        for lat, lon in points:
            in_lon = left <= lon <= right if left <= right else (lon >= left or lon <= right)
            if bottom <= lat <= top and in_lon:
                return 1.0
        return None

    # -- sorting ---------------------------------------------------------------------------------
    def _sort_keys(
        self, spec: list[Any], indices: list[_Index]
    ) -> list[tuple[str, str, str, str | None]]:
        """(field, order, type, missing) per sort clause; fails like the server on text fields."""
        keys: list[tuple[str, str, str, str | None]] = []
        for clause in spec:
            if isinstance(clause, str):
                name, opts = clause, {}
            else:
                name, opts = next(iter(clause.items()))
                opts = {"order": opts} if isinstance(opts, str) else dict(opts)
            default_order = "desc" if name == "_score" else "asc"
            order = str(opts.get("order", default_order)).lower()
            if name in ("_score", "_doc"):
                keys.append((name, order, name, None))
                continue
            ftype = opts.get("unmapped_type")
            for ix in indices:
                entry = ix.fields().get(name)
                if entry is None:
                    if ftype is None:
                        cause = _err(
                            "query_shard_exception",
                            f"No mapping found for [{name}] in order to sort on",
                            index_uuid=ix.uuid,
                            index=ix.name,
                        )
                        raise self._shard_failure(ix, cause)
                    continue
                ftype = entry[0].get("type", "object")
                if ftype in ("text", "match_only_text") and not entry[0].get("fielddata"):
                    reason = (
                        f"Fielddata is disabled on [{name}] in [{ix.name}]. Text fields are not "
                        "optimised for "
                        "operations that require per-document field data like aggregations and "
                        "sorting, so "
                        "these operations are disabled by default. Please use a keyword field "
                        "instead. "
                        f"Alternatively, set fielddata=true on [{name}] in order to load field "
                        "data by "
                        "uninverting the inverted index. Note that this can use significant memory."
                    )
                    raise self._shard_failure(ix, _err("illegal_argument_exception", reason))
            keys.append((name, order, str(ftype), opts.get("missing")))
        return keys

    @staticmethod
    def _sort_values(keys: list[tuple[str, str, str, str | None]], m: list[Any]) -> list[Any]:
        score, ix, doc = m
        out: list[Any] = []
        for name, order, ftype, _missing in keys:
            if name == "_score":
                out.append(_f32(score))
                continue
            if name == "_doc":
                out.append(doc.seq_no)
                continue
            entry = ix.fields().get(name)
            values = doc.flat.get(entry[1], []) if entry else []
            if not values:
                out.append(None)
                continue
            v = min(values) if order == "asc" else max(values)
            if ftype in _INTEGRAL or ftype in ("date", "date_nanos"):
                v = int(v)
            out.append(v)
        return out


@dataclass
class _Ctx:
    """Per-index evaluation context: precomputed knn-query results and the request size."""

    size: int
    knn: dict[int, dict[str, float]] = field(default_factory=dict)


def _interval(text: str) -> float | None:
    text = text.strip()
    if text == "-1":
        return None
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(ms|s|m|h|d)?", text)
    if not m:
        return 1.0
    factor = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400}[m.group(2) or "ms"]
    return float(m.group(1)) * factor


def _similarity_scores(
    sim: str, elem: str, docs: np.ndarray, q: np.ndarray, dims: int
) -> np.ndarray:
    """The `_score` of each kNN hit, the formulas of DenseVectorFieldMapper.VectorSimilarity."""
    if sim == "l2_norm":
        d2 = ((docs - q) ** 2).sum(axis=1)
        return 1.0 / (1.0 + d2)
    if sim == "cosine":
        norms = np.linalg.norm(docs, axis=1) * np.linalg.norm(q)
        cos = (docs @ q) / np.where(norms == 0, 1, norms)
        return np.maximum((1.0 + cos) / 2.0, 0.0)
    dot = docs @ q
    if sim == "dot_product":
        if elem == "byte":
            return 0.5 + dot / (dims * (1 << 15))
        return np.maximum((1.0 + dot) / 2.0, 0.0)
    return np.where(dot < 0, 1.0 / (1.0 - dot), dot + 1.0)  # max_inner_product


def _score_of(sim: str, elem: str, similarity: float, dims: int) -> float:
    """A `similarity` threshold in score units (l2_norm thresholds are distances)."""
    if sim == "l2_norm":
        return 1.0 / (1.0 + similarity * similarity)
    if sim == "max_inner_product":
        return 1.0 / (1.0 - similarity) if similarity < 0 else similarity + 1.0
    if sim == "dot_product" and elem == "byte":
        return 0.5 + similarity / (dims * (1 << 15))
    return (1.0 + similarity) / 2.0


def _cmp_values(keys: list[tuple[str, str, str, str | None]], a: list[Any], b: list[Any]) -> int:
    for (_name, order, _type, missing), x, y in zip(keys, a, b, strict=False):
        if x == y:
            continue
        if x is None or y is None:
            first = missing == "_first"
            return (-1 if first else 1) * (1 if x is None else -1)
        c = (x > y) - (x < y)
        return c if order == "asc" else -c
    return 0


def _cmp_sort(
    keys: list[tuple[str, str, str, str | None]],
    a: list[Any],
    b: list[Any],
    ma: list[Any],
    mb: list[Any],
) -> int:
    c = _cmp_values(keys, a, b)
    if c:
        return c
    return -1 if (ma[1].name, ma[2].seq_no) < (mb[1].name, mb[2].seq_no) else 1


def _get_path(source: Mapping[str, Any], path: str) -> Any:
    node: Any = source
    for part in path.split("."):
        if isinstance(node, list):
            node = [n.get(part) for n in node if isinstance(n, Mapping)]
        elif isinstance(node, Mapping):
            if part in node:
                node = node[part]
            else:
                rest = path[path.index(part) :]
                return node.get(rest)
        else:
            return None
    return node


def _filter_source(
    source: Mapping[str, Any], includes: list[str], excludes: list[str]
) -> dict[str, Any]:
    """`_source` includes/excludes with wildcards on dotted paths."""

    def included(path: str) -> bool | None:
        if any(
            fnmatch.fnmatchcase(path, p) or fnmatch.fnmatchcase(path, p + ".*") for p in excludes
        ):
            return False
        if not includes:
            return True
        if any(
            fnmatch.fnmatchcase(path, p) or fnmatch.fnmatchcase(path, p + ".*") for p in includes
        ):
            return True
        if any(
            p.startswith(path + ".")
            or fnmatch.fnmatchcase(path + ".", p.split("*")[0][: len(path) + 1])
            for p in includes
        ):
            return None  # maybe: descend
        return False

    def walk(obj: Mapping[str, Any], prefix: str) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for k, v in obj.items():
            path = prefix + k
            verdict = included(path)
            if verdict is True:
                if isinstance(v, Mapping) and excludes:
                    out[k] = walk(v, path + ".")
                else:
                    out[k] = copy.deepcopy(v)
            elif verdict is None and isinstance(v, Mapping):
                sub = walk(v, path + ".")
                if sub:
                    out[k] = sub
        return out

    return walk(source, "")


def _filter_path(payload: Any, patterns: list[str]) -> Any:
    """The universal `filter_path` response filter (inclusive patterns, `*` and `**`)."""

    def keep(node: Any, parts: list[list[str]]) -> Any:
        if not parts:
            return node
        if any(not p for p in parts):
            return node
        if isinstance(node, list):
            items = [keep(n, parts) for n in node]
            return [i for i in items if i is not None]
        if not isinstance(node, Mapping):
            return None
        out = {}
        for k, v in node.items():
            rest = []
            for p in parts:
                if p[0] == "**":
                    rest += [p, p[1:]]
                elif fnmatch.fnmatchcase(k, p[0]):
                    rest.append(p[1:])
            if rest:
                kept = keep(v, rest)
                if kept is not None and kept != {}:
                    out[k] = kept
        return out or None

    result = keep(payload, [p.split(".") for p in patterns])
    return {} if result is None else result


__all__ = ["EsError", "FakeElasticsearch"]
