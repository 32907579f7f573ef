"""A loopback fake of a single-node Elasticsearch 8.x / 9.x cluster (or a Serverless project) for
the real elasticsearch-py client, trimmed to the requests Photoseek sends.

What it answers, with the real shapes, headers and error bodies:

* `GET /` (version, `build_flavor`), the product header and the `compatible-with` range;
* security: basic / API key / bearer auth (401 with `WWW-Authenticate`), index and cluster
  privileges per action (403), `_security/_authenticate`, `_security/user/_has_privileges`;
* `GET _license` (the type is settable: the RRF retriever needs Enterprise);
* indices: create (with the mapping defaults the server fills in and its validation of
  `dense_vector`), get, get mapping, exists, delete; aliases: get and atomic `_aliases`;
* `_bulk` index / create / delete with per-item results (`document_parsing_exception` for a
  vector of the wrong length, `strict_dynamic_mapping_exception`, 403 per item, ...), base64
  vectors from 9.3, near-real-time visibility (`refresh`, the 1 s refresh interval, search-idle
  shards), `_count`, `_refresh`;
* `_search` with top-level `knn` (exact, the real `_score` formulas, `num_candidates` bounds,
  filters: term, terms, range, prefix, exists, bool), `from`/`size`, `_source` filtering and
  9.2+'s vectors-out-of-`_source`;
* the inference API (`_inference`, see `tests.fakes.es_inference`);
* `_search` sorted by a keyword or numeric field (or `_doc`) with `search_after`, as the app
  lists an index's ids and documents; sorting on `_id` is refused as the server refuses it;
* faults: node down, 429 / 503 rejections, latency (from `FakeServer`); documents refused one
  by one in `_bulk` (`refuse_documents`); a password changed (`security.set_password`);
  `before_request` to change the cluster at a given request.

Deliberate simplifications: one primary shard, no replica ever assigned; kNN is exact (no HNSW
approximation, quantisation ignored); writes to a missing index fail as with
`action.auto_create_index: false`; fields missing from a non-strict mapping are kept in
`_source` but not indexed (as `dynamic: false`); only float vectors. Anything else the real
server has raises NotImplementedError, which the base server turns into a loud 500.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import copy
import fnmatch
import functools
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
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import unquote

import numpy as np

from tests.fakes.es_errors import EsError, as_list, bad, err, request_uri, status_error, strip_cause
from tests.fakes.server import FakeServer, Fault, Request, Response

if TYPE_CHECKING:
    from tests.fakes.es_security import Principal

# -- constants copied from the server ----------------------------------------------------------
NUM_CANDS_LIMIT = 10_000
MAX_DIMS = 4096
SIMILARITIES = ("l2_norm", "cosine", "dot_product", "max_inner_product")
LATEST = (9, 4, 0)  # what a Serverless project can do, whatever version number it reports
_NUMERIC = {"long", "integer", "short", "byte", "double", "float", "half_float", "unsigned_long"}
_STRINGS = {"keyword", "text", "match_only_text", "wildcard", "constant_keyword"}
_KNOWN_TYPES = _NUMERIC | _STRINGS | {"date", "object", "geo_point", "dense_vector"}
_LUCENE = {(8, 11): "9.8.0", (8, 15): "9.11.1", (8, 19): "9.12.2", (9, 1): "10.2.1"}
_COMPAT_RE = re.compile(r"compatible-with\s*=\s*(\d+)", re.IGNORECASE)
_KNN_KEYS = {
    "field", "query_vector", "query_vector_builder", "k", "num_candidates", "filter",
    "similarity", "boost", "_name", "inner_hits", "rescore_vector", "visit_percentage",
}  # fmt: skip
_SEARCH_KEYS = {
    "knn", "query", "size", "from", "_source", "track_total_hits", "sort", "search_after",
}  # fmt: skip
# Index settings a Serverless project lets a user set; everything else is refused there.
_SERVERLESS_SETTINGS = {
    "index.refresh_interval", "index.max_result_window", "index.default_pipeline",
    "index.final_pipeline", "index.mapping.total_fields.limit", "index.codec",
    "index.mapping.exclude_source_vectors", "index.dense_vector.hnsw_filter_heuristic",
}  # fmt: skip


def _index_not_found(name: str, resource_type: str = "index_or_alias") -> EsError:
    meta = {"resource.type": resource_type, "resource.id": name, "index_uuid": "_na_"}
    return EsError(
        404, err("index_not_found_exception", f"no such index [{name}]", **meta, index=name)
    )


class _MappingError(Exception):
    """A mapping problem; `iae` marks the ones the server raises as illegal_argument_exception."""

    def __init__(self, reason: str, iae: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.iae = iae

    def wrapped(self) -> EsError:
        """As `PUT /<index>` answers it: 'Failed to parse mapping: …' around the cause."""
        inner = err(
            "illegal_argument_exception" if self.iae else "mapper_parsing_exception", self.reason
        )
        top = err("mapper_parsing_exception", f"Failed to parse mapping: {self.reason}")
        top["caused_by"] = inner
        return EsError(400, top, [strip_cause(top) if self.iae else inner])


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


def _preview(values: Iterable[float]) -> str:
    vals = list(values)
    parts = ", ".join(_jfloat(v) for v in vals[:5])
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


def _param(req: Request, name: str) -> str | None:
    values = req.query.get(name)
    return values[-1] if values else None


def _version(text: str) -> tuple[int, int, int]:
    parts = [int(p) for p in re.findall(r"\d+", text)[:3]]
    if len(parts) < 2 or parts[0] not in (7, 8, 9):
        raise ValueError(f"unsupported fake Elasticsearch version {text!r}")
    return (parts[0], parts[1], parts[2] if len(parts) > 2 else 0)


# -- dates: strict_date_optional_time||epoch_millis, no date math -------------------------------
_ISO_RE = re.compile(
    r"^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2})(?::(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?)?)?)?"
    r"(Z|[+-]\d{2}(?::?\d{2})?)?$"
)


def _parse_date(value: Any, round_up: bool = False) -> int:
    """An ISO date or epoch millis to epoch milliseconds (ValueError if neither).

    With `round_up` the missing parts are filled with their maximum, as the server does for
    `lte`/`gt` bounds: "2024-01-31" then means the last millisecond of that day."""
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int | float):
        return int(value)
    s = str(value).strip()
    m = _ISO_RE.match(s)
    if not m:
        if re.fullmatch(r"-?\d+", s):
            return int(s)
        raise ValueError(value)
    y, mo, d, h, mi, sec, frac, tz = m.groups()
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
        digits = tz[1:].replace(":", "")
        offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0))
        start -= offset if tz[0] == "+" else -offset
    ms = int(start.timestamp() * 1000)
    if not round_up or frac is not None:
        return ms
    if mo is None:
        end = start.replace(year=start.year + 1)
    elif d is None:
        end = (start.replace(day=28) + timedelta(days=4)).replace(day=1)
    else:
        step = {0: timedelta(days=1), 1: timedelta(hours=1), 2: timedelta(minutes=1)}
        missing = [h, mi, sec].index(None) if None in (h, mi, sec) else 3
        end = start + step.get(missing, timedelta(seconds=1))
    return int(end.timestamp() * 1000) - 1


def _geo_point(v: Any) -> tuple[float, float]:
    if isinstance(v, Mapping):
        return float(v["lat"]), float(v["lon"])
    if isinstance(v, list) and len(v) == 2:
        return float(v[1]), float(v[0])  # GeoJSON order: [lon, lat]
    if isinstance(v, str) and "," in v:
        lat, lon = v.split(",", 1)
        return float(lat), float(lon)
    raise ValueError(v)


# -- state ---------------------------------------------------------------------------------------
@dataclass
class _Doc:
    id: str
    source: dict[str, Any]
    version: int
    seq_no: int
    flat: dict[str, list[Any]]  # dotted path -> indexed values (vectors excluded)
    vectors: dict[str, np.ndarray]  # dotted path -> float32 vector as indexed


@dataclass
class _Index:
    name: str
    uuid: str
    mappings: dict[str, Any]
    settings: dict[str, str]  # flat "index.*" keys, string values, as the server keeps them
    docs: dict[str, _Doc] = field(default_factory=dict)  # live
    visible: dict[str, _Doc] = field(default_factory=dict)  # as of the last refresh
    tombstones: dict[str, int] = field(default_factory=dict)  # deleted id -> last version
    seq_no: int = -1
    pending_since: float | None = None  # clock time of the oldest write not yet refreshed
    last_search: float = 0.0
    aliases: dict[str, dict[str, Any]] = field(default_factory=dict)  # alias name -> metadata

    def next_seq(self) -> int:
        self.seq_no += 1
        return self.seq_no

    def refresh(self) -> None:
        self.visible = dict(self.docs)
        self.pending_since = None

    @functools.cached_property
    def fields(self) -> dict[str, dict[str, Any]]:
        """Every mapped leaf path (multi-fields included) -> its definition."""
        table: dict[str, dict[str, Any]] = {}

        def walk(props: Mapping[str, Any], prefix: str) -> None:
            for name, d in props.items():
                table[prefix + name] = d
                if "properties" in d:
                    walk(d["properties"], f"{prefix}{name}.")
                for sub, sd in (d.get("fields") or {}).items():
                    table[f"{prefix}{name}.{sub}"] = sd

        walk(self.mappings.get("properties", {}), "")
        return table

    def replicas(self) -> int:
        auto = self.settings.get("index.auto_expand_replicas")
        if auto:  # one node: the lower bound
            return int(auto.split("-")[0]) if auto != "false" else 0
        return int(self.settings.get("index.number_of_replicas", "1"))


# -- the server ----------------------------------------------------------------------------------
class FakeElasticsearch(FakeServer):
    """A fake single-node cluster. Start it (`with FakeElasticsearch() as es:`), point the real
    client at `es.url`, and read the state back through `indices`, `docs()`, `aliases` and `log`.

    Options:
      version: the server version; `8.x` and `9.x` behave like their majors (compatibility
        header range, `GET /` body) and minors gate features (int8_hnsw 8.12, flat types 8.13,
        int8_hnsw default 8.14, int4 8.15, bbq 8.16, bbq_hnsw default for dims >= 384 and
        its rescore default from 8.19/9.1, bbq_disk and vectors left out of `_source` from 9.2,
        base64 vectors in bulk from 9.3, the `embedding` inference task from 9.4). `7.x` only
        goes as far as refusing the 8.x client's `compatible-with=8` as a real 7.x node does.
      serverless: an Elastic Cloud Serverless project: `GET /` says "8.11.0" with
        `build_flavor: serverless`, every feature of the latest stack is there, index settings
        other than a few public ones are refused, `GET _license` is not available (410).
      data_node_version: the version of the node holding the primaries, which parses the
        documents (a rolling upgrade: `GET /` answered by an upgraded node, writes parsed by an
        old one). Defaults to `version`.
      auth: None (security off) or {"users": {name: password}, "api_keys": {"id:key" or its
        base64, ...} or {key: owner}, "bearer": {token, ...} or {token: user}}.
      privileges: restricted principals (user name or API key id) -> index privileges granted on
        every index (e.g. ["read", "view_index_metadata"]) or {"roles": [...], "cluster": [...],
        "indices": [{"names": [...], "privileges": [...]}]}. Anyone not listed is a superuser.
      license: the licence type `GET _license` reports (basic, trial, gold, platinum,
        enterprise); `license_status` "active" or "expired".
      refresh_interval: seconds between scheduled refreshes (None: only explicit refreshes);
        `index.refresh_interval` overrides it per index.
      search_idle_after: seconds without a search after which a shard is search-idle, so the
        next search refreshes first (as the real server does when no refresh_interval is set).
      product_header: False simulates a server that is not Elasticsearch.
      clock: monotonic time source, to test scheduled refreshes without sleeping.
    """

    def __init__(
        self,
        version: str | None = None,
        *,
        serverless: bool = False,
        data_node_version: str | None = None,
        auth: Mapping[str, Any] | None = None,
        privileges: Mapping[str, Any] | None = None,
        license: str = "basic",
        license_status: str = "active",
        cluster_name: str = "photoseek-test",
        refresh_interval: float | None = 1.0,
        search_idle_after: float | None = 30.0,
        product_header: bool = True,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        version = version or ("8.11.0" if serverless else "8.15.0")
        self.version = version
        self.serverless = serverless
        self.v: tuple[int, ...] = LATEST if serverless else _version(version)
        self.data_v = _version(data_node_version) if data_node_version else self.v
        self.major = 9 if serverless else self.v[0]  # Serverless speaks compatible-with 8 and 9
        self.cluster_name = cluster_name
        self.cluster_uuid = _uuid()
        self.node_name = "serverless" if serverless else "photoseek-fake-node"
        self.node_id = _uuid()
        self.license = license
        self.license_status = license_status
        self.refresh_interval = refresh_interval
        self.search_idle_after = search_idle_after
        self.product_header = product_header
        self.clock = clock
        self._state = threading.RLock()
        self._indices: dict[str, _Index] = {}
        self._refusals = 0
        self._refusal_type = "mapper_parsing_exception"
        # Called with each request before it is answered: a test changes the cluster there
        # (an operator revokes a password when the third bulk request arrives, …).
        self.before_request: Callable[[Request], None] | None = None
        self._down = threading.Event()
        self._handler_cls: type[BaseHTTPRequestHandler] | None = None
        self._ssl_context: ssl.SSLContext | None = None
        from tests.fakes.es_security import Security

        self.security = Security(auth, privileges)
        from tests.fakes.es_inference import FakeInference

        self.inference = FakeInference(self)

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
            error = err("cluster_block_exception", "blocked by: [SERVICE_UNAVAILABLE/2/no master];")
        elif kind == "circuit_breaking":
            reason = (
                "[parent] Data too large, data for [<http_request>] would be "
                "[1040385952/992.1mb], which is larger than the limit of "
                "[1020054732/972.7mb], real usage: [1040385952/992.1mb], new bytes reserved: "
                "[0/0b], usages [inflight_requests=0/0b, request=0/0b, fielddata=0/0b, "
                "eql_sequence=0/0b, model_inference=0/0b]"
            )
            extra = {"bytes_wanted": 1040385952, "bytes_limit": 1020054732}
            error = err("circuit_breaking_exception", reason, **extra, durability="TRANSIENT")
        else:
            reason = (
                "rejected execution of TimedRunnable{original=ActionRunnable#wrap, "
                "startTime=0} on TaskExecutionTimeTrackingEsThreadPoolExecutor[name = "
                f"{self.node_name}/write, queue capacity = 10000, task execution EWMA = 1.2ms, "
                "total task execution time = 3.4s, org.elasticsearch.common.util.concurrent."
                "EsThreadPoolExecutor@1a2b3c4d[Running, pool size = 8, active threads = 8, "
                "queued tasks = 10000, completed tasks = 123456]]"
            )
            error = err("es_rejected_execution_exception", reason)
        body = EsError(status, error).body()
        self.inject(*(Fault(status=status, body=body) for _ in range(n)))

    def refuse_documents(self, n: int, type_: str = "mapper_parsing_exception") -> None:
        """The next `n` documents written through `_bulk` are refused one by one (the answer is
        200 with `errors: true`), as documents the mapping cannot take are: a 400 item with
        `type_` and the server's "failed to parse field" reason."""
        with self._state:
            self._refusals += n
            self._refusal_type = type_

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
                    "aliases": copy.deepcopy(ix.aliases),
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
        if self.before_request is not None:  # a test changes the cluster at a given request
            self.before_request(request)
        try:
            self._check_media_types(request)
            who = self.security.authenticate(request)
            with self._state:
                resp = self._route(request, who)
        except EsError as e:
            resp = self._json(e.status, e.body(), e.headers)
        return self.decorate(request, resp)

    @staticmethod
    def _json(status: int, payload: Any, headers: Mapping[str, str] | None = None) -> Response:
        text = json.dumps(payload, separators=(",", ":"))
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
        cur, low = self.major, self.major - 1
        for name, header in (("Accept", "accept"), ("Content-Type", "content-type")):
            value = req.headers.get(header)
            asked = self._compat(value)
            if asked is None or low <= asked <= cur or (header != "accept" and not req.body):
                continue
            failure = (
                f"{name} version must be either version {cur} or {low}, but found {asked}. "
                f"{name}={value}"
            )
            reason = "Invalid media-type value on headers [Accept, Content-Type]"
            top = err("media_type_header_exception", reason)
            top["caused_by"] = err("status_exception", failure)
            raise EsError(400, top, [err("media_type_header_exception", reason)])

    # -- routing -------------------------------------------------------------------------------
    @functools.cached_property
    def _routes(self) -> list[tuple[tuple[str, ...], dict[str, Callable[..., Response]]]]:
        search = {"GET": self._search, "POST": self._search}
        count = {"GET": self._count, "POST": self._count}
        refresh = {"GET": self._refresh, "POST": self._refresh}
        bulk = {"POST": self._bulk, "PUT": self._bulk}
        privileges = {"GET": self._has_privileges, "POST": self._has_privileges}
        inference = self.inference
        return [
            ((), {"GET": self._info, "HEAD": self._info}),
            (("_security", "_authenticate"), {"GET": self._whoami}),
            (("_security", "user", "_has_privileges"), privileges),
            (("_security", "user", "{user}", "_has_privileges"), privileges),
            (("_license",), {"GET": self._license}),
            (("_inference",), {"GET": inference.get}),
            (("_inference", "{a}"), {"GET": inference.get, "POST": inference.post}),
            (("_inference", "{a}", "{b}"), {"GET": inference.get, "POST": inference.post}),
            (("_aliases",), {"POST": self._update_aliases, "GET": self._get_alias}),
            (("_alias", "{name}"), {"GET": self._get_alias}),
            (("_bulk",), bulk),
            (("_search",), search),
            (("_count",), count),
            (("_refresh",), refresh),
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
            (("{index}", "_count"), count),
            (("{index}", "_bulk"), bulk),
            (("{index}", "_refresh"), refresh),
            (("{index}", "_mapping"), {"GET": self._get_mapping}),
            (("{index}", "_alias"), {"GET": self._get_alias}),
        ]

    def _route(self, req: Request, who: Principal | None) -> Response:
        path = req.path.strip("/")
        segs = tuple(unquote(s) for s in path.split("/")) if path else ()
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
                        f"Incorrect HTTP method for uri [{request_uri(req)}] and method "
                        f"[{req.method}], allowed: [{', '.join(allowed)}]"
                    )
                    raise EsError(405, msg, headers={"Allow": ",".join(allowed)})
                return methods[req.method](req, params, who)
        raise self.no_handler(req)

    @staticmethod
    def body_of(req: Request) -> Any:
        if not req.body:
            return None
        try:
            return json.loads(req.body)
        except ValueError:
            raise bad("Failed to parse request body", "x_content_parse_exception") from None

    @staticmethod
    def no_handler(req: Request) -> EsError:
        """RestController's answer to a path nothing handles (no `status` field in the body)."""
        msg = f"no handler found for uri [{request_uri(req)}] and method [{req.method}]"
        return EsError(400, msg, with_status=False)

    @staticmethod
    def not_in_serverless(req: Request) -> EsError:
        """An API Serverless has but keeps to itself (410 Gone)."""
        reason = (
            f"Request for uri [{request_uri(req)}] with method [{req.method}] exists but is not "
            "available when running in serverless mode"
        )
        return EsError(410, err("api_not_available_exception", reason))

    # -- cluster level ---------------------------------------------------------------------------
    def _info(self, req: Request, p: dict[str, str], who: Principal | None) -> Response:
        self.security.authorize_cluster(who, "cluster:monitor/main", ("monitor", "manage", "all"))
        major, minor = self.v[0], self.v[1]
        if self.serverless:
            lucene, wire, index_compat = "9.7.0", "8.11.0", "8.11.0"
        else:
            lucene = _LUCENE.get((major, minor), {7: "8.11.1", 8: "9.12.0"}.get(major, "10.3.2"))
            wire = {7: "6.8.0", 8: "7.17.0"}.get(major, "8.18.0")
            index_compat = {7: "6.0.0-beta1", 8: "7.0.0"}.get(major, "8.0.0")
        body = {
            "name": self.node_name,
            "cluster_name": self.cluster_name,
            "cluster_uuid": self.cluster_uuid,
            "version": {
                "number": self.version,
                "build_flavor": "serverless" if self.serverless else "default",
                "build_type": "docker",
                "build_hash": "1a77947f34deddb41af25e6f0ddb8e830159c179",
                "build_date": "2024-08-05T10:05:34.233336849Z",
                "build_snapshot": False,
                "lucene_version": lucene,
                "minimum_wire_compatibility_version": wire,
                "minimum_index_compatibility_version": index_compat,
            },
            "tagline": "You Know, for Search",
        }
        return self._json(200, body)

    def _whoami(self, req: Request, p: dict[str, str], who: Principal | None) -> Response:
        if who is None:  # 8.x/9.x register no security handlers with security off
            raise self.no_handler(req)
        return self._json(200, self.security.whoami(who))

    def _has_privileges(self, req: Request, p: dict[str, str], who: Principal | None) -> Response:
        if who is None:
            raise self.no_handler(req)
        return self._json(200, self.security.has_privileges(self.body_of(req) or {}, who))

    def _license(self, req: Request, p: dict[str, str], who: Principal | None) -> Response:
        if self.serverless:
            raise self.not_in_serverless(req)
        self.security.authorize_cluster(
            who, "cluster:monitor/xpack/license/get", ("monitor", "manage")
        )
        paid = self.license != "basic"
        lic: dict[str, Any] = {
            "status": self.license_status,
            "uid": "a3b2c1d0-e5f4-4a3b-9c8d-7e6f5a4b3c2d",
            "type": self.license,
            "issue_date": "2023-11-14T22:13:20.000Z",
            "issue_date_in_millis": 1_700_000_000_000,
            **({"expiry_date": "2024-12-14T22:13:20.000Z"} if paid else {}),
            **({"expiry_date_in_millis": 1_734_214_400_000} if paid else {}),
            "max_nodes": None if self.license == "enterprise" else 1000,
            "max_resource_units": 10 if self.license == "enterprise" else None,
            "issued_to": self.cluster_name,
            "issuer": "elasticsearch" if self.license in ("basic", "trial") else "API",
            "start_date_in_millis": -1,
        }
        return self._json(200, {"license": lic})

    # -- index names, aliases, resolution ------------------------------------------------------
    def _alias_rows(self) -> list[tuple[str, str, dict[str, Any]]]:
        return [
            (a, ix.name, meta) for ix in self._indices.values() for a, meta in ix.aliases.items()
        ]

    @staticmethod
    def _validate_name(name: str, kind: str = "index") -> None:
        exc = "invalid_index_name_exception" if kind == "index" else "invalid_alias_name_exception"
        label = "index" if kind == "index" else "alias"

        def fail(why: str) -> EsError:
            extra = {"index_uuid": "_na_", "index": name} if kind == "index" else {}
            return bad(f"Invalid {label} name [{name}], {why}", exc, **extra)

        if any(c in name for c in '\\/*?"<>| ,'):
            raise fail(
                "must not contain the following characters ['\\','/','*','?','\"','<','>','|',' "
                "',',']"
            )
        if "#" in name:
            raise fail("must not contain '#'")
        if name.startswith(("_", "-", "+")):
            raise fail("must not start with '_', '-', or '+'")
        if kind == "index" and name.lower() != name:
            raise fail("must be lowercase")

    def _resolve(self, expr: str, *, allow_missing: bool = False) -> list[str]:
        """Index expression (names, aliases, wildcards, `_all`, commas) -> concrete index names."""
        out: list[str] = []
        aliases = self._alias_rows()
        for pat in (p.strip() for p in expr.split(",")):
            if pat in ("_all", "*"):
                found = sorted(n for n in self._indices if not n.startswith("."))
            elif "*" in pat:
                found = sorted(n for n in self._indices if fnmatch.fnmatchcase(n, pat))
                found += sorted({i for a, i, _ in aliases if fnmatch.fnmatchcase(a, pat)})
            elif pat in self._indices:
                found = [pat]
            elif any(a == pat for a, _, _ in aliases):
                found = sorted({i for a, i, _ in aliases if a == pat})
            elif allow_missing or not pat:
                found = []
            else:
                raise _index_not_found(pat)
            out += [n for n in found if n not in out]
        return out

    def _write_index(self, name: str) -> _Index:
        rows = [(i, m) for a, i, m in self._alias_rows() if a == name]
        if rows:
            writers = [i for i, m in rows if m.get("is_write_index")]
            if len(rows) == 1 and rows[0][1].get("is_write_index") is not False:
                writers = [rows[0][0]]
            if len(writers) != 1:
                raise bad(
                    f"no write index is defined for alias [{name}]. The write index may be "
                    "explicitly disabled using is_write_index=false or the alias points to "
                    "multiple indices without one being designated as a write index"
                )
            return self._indices[writers[0]]
        if name in self._indices:
            return self._indices[name]
        self._validate_name(name)
        raise _index_not_found(name, "index_expression")  # action.auto_create_index: false

    # -- index management ------------------------------------------------------------------------
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

    def _create_index(self, req: Request, p: dict[str, str], who: Principal | None) -> Response:
        name = p["index"]
        self._validate_name(name)
        self.security.authorize(who, "indices:admin/create", [name])
        if name in self._indices:
            uuid = self._indices[name].uuid
            reason = f"index [{name}/{uuid}] already exists"
            raise bad(reason, "resource_already_exists_exception", index_uuid=uuid, index=name)
        if name in {a for a, _, _ in self._alias_rows()}:
            raise bad(
                f"Invalid index name [{name}], already exists as alias",
                "invalid_index_name_exception",
                index_uuid="_na_",
                index=name,
            )
        body = self.body_of(req) or {}
        for key in body:
            if key not in ("mappings", "settings", "aliases"):
                raise bad(f"unknown key [{key}] for create index", "parse_exception")
        settings = self._flat_settings(body.get("settings") or {})
        if self.serverless:
            refused = sorted(k for k in settings if k not in _SERVERLESS_SETTINGS)
            if refused:
                raise bad(
                    f"Settings [{','.join(refused)}] are not available when running in "
                    "serverless mode"
                )
        try:
            mappings = self._normalize_mappings(body.get("mappings") or {})
        except _MappingError as e:
            raise e.wrapped() from None
        flat = {
            "index.number_of_shards": "1",
            "index.number_of_replicas": "1",
            **settings,
            "index.provided_name": name,
            "index.creation_date": str(int(time.time() * 1000)),
            "index.uuid": _uuid(),
            "index.version.created": f"{self.v[0]}{self.v[1]:02d}{self.v[2]:02d}000",
        }
        ix = _Index(name, flat["index.uuid"], mappings, flat, last_search=self.clock())
        for alias in body.get("aliases") or {}:
            self._validate_name(alias, "alias")
            ix.aliases[alias] = {}
        self._indices[name] = ix
        return self._json(200, {"acknowledged": True, "shards_acknowledged": True, "index": name})

    def _index_exists(self, req: Request, p: dict[str, str], who: Principal | None) -> Response:
        names = self._resolve(p["index"], allow_missing=True)
        if not names:
            return Response(404, b"", {"Content-Type": "application/json"})
        self.security.authorize(who, "indices:admin/get", names)
        return Response(200, b"", {"Content-Type": "application/json"})

    def _get_index(self, req: Request, p: dict[str, str], who: Principal | None) -> Response:
        names = self._resolve(p["index"])
        self.security.authorize(who, "indices:admin/get", names)
        out = {
            n: {
                "aliases": copy.deepcopy(self._indices[n].aliases),
                "mappings": copy.deepcopy(self._indices[n].mappings),
                "settings": self._nest(self._indices[n].settings),
            }
            for n in names
        }
        return self._json(200, out)

    def _delete_index(self, req: Request, p: dict[str, str], who: Principal | None) -> Response:
        expr = p["index"]
        if any(c in expr for c in "*?") or expr == "_all":
            # action.destructive_requires_name defaults to true since 8.0
            raise bad("Wildcard expressions or all indices are not allowed")
        for part in expr.split(","):
            if part in {a for a, _, _ in self._alias_rows()} and part not in self._indices:
                raise bad(
                    f"The provided expression [{part}] matches an alias, specify the corresponding "
                    "concrete indices instead."
                )
        names = self._resolve(expr)
        self.security.authorize(who, "indices:admin/delete", names)
        for n in names:
            del self._indices[n]
        return self._json(200, {"acknowledged": True})

    def _get_mapping(self, req: Request, p: dict[str, str], who: Principal | None) -> Response:
        names = self._resolve(p.get("index", "_all"))
        self.security.authorize(who, "indices:admin/mappings/get", names)
        return self._json(
            200, {n: {"mappings": copy.deepcopy(self._indices[n].mappings)} for n in names}
        )

    def _refresh(self, req: Request, p: dict[str, str], who: Principal | None) -> Response:
        names = self._resolve(p.get("index", "_all"))
        self.security.authorize(who, "indices:admin/refresh", names)
        for n in names:
            self._indices[n].refresh()
        total = sum(1 + self._indices[n].replicas() for n in names)
        return self._json(200, {"_shards": {"total": total, "successful": len(names), "failed": 0}})

    # -- aliases -------------------------------------------------------------------------------
    def _update_aliases(self, req: Request, p: dict[str, str], who: Principal | None) -> Response:
        """Validate every action first, then apply them all: `_aliases` is atomic."""
        plan: list[tuple[str, str, str]] = []
        for action in (self.body_of(req) or {}).get("actions", []):
            kind, spec = next(iter(action.items()))
            if kind not in ("add", "remove"):
                raise NotImplementedError(f"fake Elasticsearch: [{kind}] alias actions")
            indices = [n for e in as_list(spec.get("index")) for n in self._resolve(e)]
            self.security.authorize(who, "indices:admin/aliases", indices)
            alias = spec["alias"]
            if kind == "add":
                self._validate_name(alias, "alias")
                plan += [("add", n, alias) for n in indices]
                continue
            matches = [n for n in indices if alias in self._indices[n].aliases]
            if not matches:
                meta = {"resource.type": "aliases", "resource.id": alias}
                reason = f"aliases [{alias}] missing"
                raise EsError(404, err("aliases_not_found_exception", reason, **meta))
            plan += [("remove", n, alias) for n in matches]
        for kind, n, alias in plan:
            if kind == "add":
                self._indices[n].aliases[alias] = {}
            else:
                self._indices[n].aliases.pop(alias, None)
        return self._json(200, {"acknowledged": True})

    def _get_alias(self, req: Request, p: dict[str, str], who: Principal | None) -> Response:
        names = self._resolve(p.get("index", "_all"))
        self.security.authorize(who, "indices:admin/aliases/get", names)
        wanted = p.get("name")
        out: dict[str, Any] = {}
        for n in names:
            aliases = {
                a: copy.deepcopy(m)
                for a, m in sorted(self._indices[n].aliases.items())
                if wanted is None or fnmatch.fnmatchcase(a, wanted)
            }
            if aliases or wanted is None:
                out[n] = {"aliases": aliases}
        if not out and wanted is not None and "*" not in wanted:
            raise EsError(404, f"alias [{wanted}] missing")
        return self._json(200, out)

    # -- mappings --------------------------------------------------------------------------------
    def _normalize_mappings(self, mappings: Mapping[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in mappings.items():
            if key not in ("properties", "dynamic", "_source", "_meta"):
                raise _MappingError(
                    f"Root mapping definition has unsupported parameters:  [{key} : {value}]"
                )
            out[key] = self._normalize_props(value) if key == "properties" else copy.deepcopy(value)
        return out

    def _normalize_props(self, props: Mapping[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, d in props.items():
            t = d.get("type")
            if t is None or t == "object":
                out[name] = {k: copy.deepcopy(v) for k, v in d.items() if k != "properties"}
                if "properties" in d:
                    out[name]["properties"] = self._normalize_props(d["properties"])
            elif t not in _KNOWN_TYPES:
                raise _MappingError(f"No handler for type [{t}] declared on field [{name}]")
            elif t == "dense_vector":
                out[name] = self._normalize_dense_vector(name, d)
            else:
                out[name] = copy.deepcopy(dict(d))
        return out

    def _normalize_dense_vector(self, name: str, d: Mapping[str, Any]) -> dict[str, Any]:
        """The field as the server stores and prints it (defaults filled in), or the refusal."""
        if d.get("element_type", "float") != "float" or d.get("index") is False:
            raise NotImplementedError("fake Elasticsearch: non-float or unindexed vectors")
        dims = d.get("dims")
        if dims is not None and not 1 <= dims <= MAX_DIMS:
            raise _MappingError(
                f"The number of dimensions should be in the range [1, {MAX_DIMS}] but was [{dims}]"
            )
        sim = d.get("similarity")
        if sim is not None and sim not in SIMILARITIES:
            raise _MappingError(
                f"Unknown value [{sim}] for field [similarity] - accepted values are "
                "[l2_norm, cosine, dot_product, max_inner_product]"
            )
        out: dict[str, Any] = {"type": "dense_vector"}
        if dims is not None:
            out["dims"] = dims
        out |= {"index": True, "similarity": sim or "cosine"}
        options = d.get("index_options")
        if options is not None:
            out["index_options"] = self._normalize_index_options(name, options, dims)
        elif dims is not None and (default := self._default_index_options(dims)):
            out["index_options"] = default
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

    def _normalize_index_options(self, name: str, options: Any, dims: int | None) -> dict[str, Any]:
        rest = dict(options)
        t = rest.pop("type", None)
        if t not in self._index_option_types():
            raise _MappingError(f"Unknown vector index options type [{t}] for field [{name}]")
        out: dict[str, Any] = {"type": t}
        if t.endswith("hnsw"):
            out["m"] = int(rest.pop("m", 16))
            out["ef_construction"] = int(rest.pop("ef_construction", 100))
        if t.startswith("int") and "confidence_interval" in rest:
            out["confidence_interval"] = float(rest.pop("confidence_interval"))
        if t.startswith(("int", "bbq")):
            rv = rest.pop("rescore_vector", None)
            if rv is not None:
                out["rescore_vector"] = {"oversample": float(rv.get("oversample", 0))}
            elif t.startswith("bbq") and self._bbq_oversample_default():
                out["rescore_vector"] = {"oversample": 3.0}
        if dims is not None and t.startswith("int4") and dims % 2:
            raise _MappingError(f"{t} only supports even dimensions; provided={dims}", iae=True)
        if dims is not None and t in ("bbq_hnsw", "bbq_flat") and dims < 64:
            raise _MappingError(
                f"{t} does not support dimensions fewer than 64; provided={dims}", iae=True
            )
        return out

    def _default_index_options(self, dims: int) -> dict[str, Any] | None:
        if self.v >= (9, 1) and dims >= 384:
            return {
                "type": "bbq_hnsw",
                "m": 16,
                "ef_construction": 100,
                "rescore_vector": {"oversample": 3.0},
            }
        if self.v >= (8, 14):
            return {"type": "int8_hnsw", "m": 16, "ef_construction": 100}
        return None

    # -- documents: parsing ------------------------------------------------------------------------
    def _parse_doc(
        self, ix: _Index, doc_id: str, source: Mapping[str, Any], raw: str
    ) -> tuple[dict[str, list[Any]], dict[str, np.ndarray]]:
        """Index one document against the mapping: (indexed values by path, vectors by path)."""
        flat: dict[str, list[Any]] = {}
        vectors: dict[str, np.ndarray] = {}

        def walk(
            props: Mapping[str, Any], obj: Mapping[str, Any], prefix: str, dynamic: Any
        ) -> None:
            for key, val in obj.items():
                path = prefix + key
                fdef = props.get(key)
                if val is None or val == []:
                    continue
                if fdef is None:
                    if str(dynamic).lower() == "strict":
                        parent = prefix.rstrip(".") or "_doc"
                        reason = (
                            f"mapping set to strict, dynamic introduction of [{key}] within "
                            f"[{parent}] is not allowed"
                        )
                        raise self._doc_error(
                            reason, raw, key, type_="strict_dynamic_mapping_exception"
                        )
                    continue  # simplification: kept in _source, not indexed
                ftype = fdef.get("type", "object")
                if ftype == "object":
                    walk(fdef.get("properties", {}), val, path + ".", fdef.get("dynamic", dynamic))
                elif ftype == "dense_vector":
                    vectors[path] = self._parse_vector(fdef, path, key, val, doc_id, raw)
                else:
                    flat[path] = self._leaf_values(fdef, path, key, val, doc_id, raw)
                    for sub in fdef.get("fields") or {}:
                        flat[f"{path}.{sub}"] = flat[path]

        walk(ix.mappings.get("properties", {}), source, "", ix.mappings.get("dynamic", True))
        return flat, vectors

    @staticmethod
    def _doc_error(
        reason: str,
        raw: str,
        key: str,
        cause: dict[str, Any] | None = None,
        type_: str = "document_parsing_exception",
    ) -> EsError:
        error = err(type_, f"[1:{_column(raw, key)}] {reason}")
        if cause:
            error["caused_by"] = cause
        return EsError(400, error)

    def _leaf_values(
        self, fdef: Mapping[str, Any], path: str, key: str, val: Any, doc_id: str, raw: str
    ) -> list[Any]:
        t = fdef.get("type")
        out: list[Any] = []
        for v in [val] if t == "geo_point" else as_list(val):
            preview = json.dumps(v, separators=(",", ":")) if isinstance(v, Mapping) else str(v)

            def fail(cause: dict[str, Any], preview: str = preview) -> EsError:
                reason = (
                    f"failed to parse field [{path}] of type [{t}] in document with id '{doc_id}'. "
                    f"Preview of field's value: '{preview}'"
                )
                return self._doc_error(reason, raw, key, cause)

            if t in _NUMERIC:
                try:
                    num = float(v)
                except (TypeError, ValueError):
                    raise fail(err("number_format_exception", f'For input string: "{v}"')) from None
                out.append(num)
            elif t == "date":
                try:
                    out.append(_parse_date(v))
                except ValueError:
                    fmt = fdef.get("format", "strict_date_optional_time||epoch_millis")
                    reason = f"failed to parse date field [{v}] with format [{fmt}]"
                    raise fail(err("illegal_argument_exception", reason)) from None
            elif t == "geo_point":
                try:
                    out.append(_geo_point(v))
                except (ValueError, KeyError, TypeError):
                    raise fail(
                        err("illegal_argument_exception", "failed to parse geo point")
                    ) from None
            else:
                out.append(json.dumps(v) if isinstance(v, bool) else str(v))
        return out

    def _parse_vector(
        self, fdef: dict[str, Any], path: str, key: str, val: Any, doc_id: str, raw: str
    ) -> np.ndarray:
        desc = f"document with id '{doc_id}'"

        def fail(message: str) -> EsError:
            cause = err("illegal_argument_exception", message)
            return self._doc_error(f"failed to parse: {message}", raw, key, cause)

        def bad_value(token: str) -> EsError:
            reason = (
                f"failed to parse field [{path}] of type [dense_vector] in {desc}. Preview of "
                f"field's value: '{val}'"
            )
            cause = err(
                "parsing_exception",
                "Failed to parse object: expecting token of type [VALUE_NUMBER] but found "
                f"[{token}]",
            )
            return self._doc_error(reason, raw, key, cause)

        dims = fdef.get("dims")
        if dims is None:
            raise NotImplementedError("fake Elasticsearch: dense_vector without dims")
        if isinstance(val, str) and self.data_v >= (9, 3):
            try:
                data = base64.b64decode(val, validate=True)
            except binascii.Error:
                raise bad_value("VALUE_STRING") from None
            if len(data) != dims * 4:
                msg = (
                    f"Failed to parse object: Base64 decoded vector byte length [{len(data)}] "
                    f"does not match the expected length of [{dims * 4}] or [{dims * 2}] for "
                    f"dimension count [{dims}]"
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
        if n > dims:
            raise fail(
                f"The [dense_vector] field [{path}] in doc [{desc}] has more dimensions than "
                f"defined in the mapping [{dims}]"
            )
        if n != dims:
            raise fail(
                f"The [dense_vector] field [{path}] in doc [{desc}] has a different number of "
                f"dimensions [{n}] than defined in the mapping [{dims}]"
            )
        vec = np.asarray(values, dtype=np.float32)
        squared = float(np.dot(vec, vec))
        if not math.isfinite(squared):
            raise fail(
                "NaN or Infinite magnitude detected, this usually means the vector values are "
                f"too extreme to fit within a float.{_preview(values)}"
            )
        sim = fdef.get("similarity")
        tolerance = 1e-3 if self.data_v >= (8, 14) else 1e-4
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
    @staticmethod
    def _ok_item(
        ix: _Index, doc_id: str, version: int, result: str, seq: int, status: int
    ) -> dict[str, Any]:
        return {
            "_index": ix.name,
            "_id": doc_id,
            "_version": version,
            "result": result,
            "_shards": {"total": 1 + ix.replicas(), "successful": 1, "failed": 0},
            "_seq_no": seq,
            "_primary_term": 1,
            "status": status,
        }

    def _write(
        self,
        op: str,
        target: str,
        doc_id: str | None,
        payload: Any,
        who: Principal | None,
        raw: str,
    ) -> tuple[dict[str, Any], _Index | None]:
        """One index/create/delete as `_bulk` runs it: (item, index touched)."""
        action = f"indices:data/write/{op}"
        ix: _Index | None = None
        try:
            ix = self._write_index(target)
            self.security.authorize(who, action, [target], "indices:data/write/bulk[s]")
            if doc_id is None:
                if op == "delete":
                    raise bad(
                        "Validation Failed: 1: id is missing;",
                        "action_request_validation_exception",
                    )
                doc_id = secrets.token_urlsafe(15)
            return self._apply_write(ix, op, doc_id, payload, raw), ix
        except EsError as e:
            assert isinstance(e.error, dict)
            name = ix.name if ix is not None else target
            return {"_index": name, "_id": doc_id, "status": e.status, "error": e.error}, ix

    def _apply_write(
        self, ix: _Index, op: str, doc_id: str, payload: Any, raw: str
    ) -> dict[str, Any]:
        existing = ix.docs.get(doc_id)
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
            reason = (
                f"[{doc_id}]: version conflict, document already exists (current version "
                f"[{existing.version}])"
            )
            meta = {"index_uuid": ix.uuid, "shard": "0", "index": ix.name}
            raise EsError(409, err("version_conflict_engine_exception", reason, **meta))
        if not isinstance(payload, Mapping):
            raise bad("request body is required", "parse_exception")
        if self._refusals > 0:
            self._refusals -= 1
            value = payload.get("camera") or payload.get("file_name")
            reason = (
                f"failed to parse field [camera] of type [keyword] in document with id "
                f"'{doc_id}'. Preview of field's value: '{value}'"
            )
            cause = err("illegal_argument_exception", "Document contains at least one immense term")
            raise self._doc_error(reason, raw, "camera", cause, type_=self._refusal_type)
        source = copy.deepcopy(dict(payload))
        flat, vectors = self._parse_doc(ix, doc_id, source, raw)
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

    def _bulk(self, req: Request, p: dict[str, str], who: Principal | None) -> Response:
        start = time.monotonic()
        lines = [line for line in req.body.decode().split("\n") if line.strip()]
        ops: list[tuple[str, dict[str, Any], Any, str]] = []
        i = 0
        while i < len(lines):
            op, meta = next(iter(json.loads(lines[i]).items()))
            i += 1
            if op not in ("index", "create", "delete"):
                raise NotImplementedError(f"fake Elasticsearch: bulk {op}")
            payload: Any = None
            raw = ""
            if op != "delete":
                raw = lines[i].strip()
                i += 1
                payload = json.loads(raw)
            ops.append((op, meta, payload, raw))
        items: list[dict[str, Any]] = []
        touched: dict[str, _Index] = {}
        for op, meta, payload, raw in ops:
            target = meta.get("_index") or p["index"]
            doc_id = None if meta.get("_id") is None else str(meta["_id"])
            item, ix = self._write(op, target, doc_id, payload, who, raw)
            if ix is not None:
                touched[ix.name] = ix
            items.append(item)
        refresh = _param(req, "refresh")
        if refresh in ("", "true", "wait_for"):
            for ix in touched.values():
                ix.refresh()
            if refresh != "wait_for":
                for item in items:
                    if "error" not in item:  # the server prints it right after `result`
                        rest = {k: item.pop(k) for k in ("_shards", "_seq_no", "_primary_term")}
                        item["forced_refresh"] = True
                        item.update(rest, status=item.pop("status"))
        body = {
            "errors": any("error" in it for it in items),
            "took": int((time.monotonic() - start) * 1000),
            "items": [{op: it} for (op, *_), it in zip(ops, items, strict=True)],
        }
        return self._json(200, body)

    # -- search ------------------------------------------------------------------------------------
    def _maybe_refresh(self, ix: _Index) -> None:
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
                not explicit
                and self.search_idle_after is not None
                and now - ix.last_search >= self.search_idle_after
            )
            if idle or (interval is not None and now - ix.pending_since >= interval):
                ix.refresh()
        ix.last_search = now

    def _search_targets(
        self, req: Request, p: dict[str, str], who: Principal | None
    ) -> list[_Index]:
        expr = p.get("index", "_all")
        names = self._resolve(expr)
        concrete = [n for n in expr.split(",") if "*" not in n and n != "_all"]
        self.security.authorize(who, "indices:data/read/search", concrete or names)
        for n in names:
            self._maybe_refresh(self._indices[n])
        return [self._indices[n] for n in names]

    def _shard_failure(self, ix: _Index, cause: dict[str, Any], phase: str = "dfs") -> EsError:
        top = err(
            "search_phase_execution_exception",
            "all shards failed",
            phase=phase,
            grouped=True,
            failed_shards=[{"shard": 0, "index": ix.name, "node": self.node_id, "reason": cause}],
        )
        top["caused_by"] = copy.deepcopy(cause)
        return EsError(400, top, [strip_cause(cause)])

    def _knn_spec(self, raw: Any, size: int) -> dict[str, Any]:
        for key in raw:
            if key not in _KNN_KEYS:
                raise bad(f"[1:2] [knn] unknown field [{key}]", "x_content_parse_exception")
            if key not in ("field", "query_vector", "k", "num_candidates", "filter"):
                raise NotImplementedError(f"fake Elasticsearch: knn [{key}]")
        qv = raw["query_vector"]
        k = size if raw.get("k") is None else int(raw["k"])
        nc = raw.get("num_candidates")
        nc = math.floor(min(NUM_CANDS_LIMIT, 1.5 * k) + 0.5) if nc is None else int(nc)
        if k < 1:
            raise bad("[k] must be greater than 0")
        if nc < k:
            raise bad("[num_candidates] cannot be less than [k]")
        if nc > NUM_CANDS_LIMIT:
            raise bad(f"[num_candidates] cannot exceed [{NUM_CANDS_LIMIT}]")
        filters = as_list(raw.get("filter"))
        for f in filters:
            self._check_query(f)
        return {"field": raw["field"], "vector": qv, "k": k, "filter": filters}

    def _knn(self, ix: _Index, spec: Mapping[str, Any]) -> list[tuple[float, _Doc]]:
        """Exact kNN on one index: the top-k (score, doc) among docs matching the knn filter."""
        field_name = spec["field"]
        d = ix.fields.get(field_name)

        def fail(reason: str) -> EsError:
            return self._shard_failure(ix, err("illegal_argument_exception", reason))

        if d is None:
            raise fail(f"field [{field_name}] does not exist in the mapping")
        if d.get("type") != "dense_vector":
            raise fail("[knn] queries are only supported on [dense_vector] fields")
        raw_q = spec["vector"]
        q = np.asarray(raw_q, dtype=np.float64)
        dims = d["dims"]
        if len(q) != dims:
            raise fail(
                f"The query vector has a different number of dimensions [{len(q)}] than the "
                f"document vectors [{dims}]."
            )
        sim = d.get("similarity", "cosine")
        squared = float(np.dot(q, q))
        tolerance = 1e-3 if self.v >= (8, 14) else 1e-4
        if sim == "dot_product" and abs(squared - 1.0) >= tolerance:
            raise fail(
                f"The [dot_product] similarity can only be used with unit-length vectors."
                f"{_preview(raw_q)}"
            )
        if sim == "cosine" and squared == 0.0:
            raise fail(
                f"The [cosine] similarity does not support vectors with zero magnitude."
                f"{_preview(raw_q)}"
            )
        candidates = [
            doc
            for doc in ix.visible.values()
            if field_name in doc.vectors
            and all(self._eval(f, ix, doc) is not None for f in spec["filter"])
        ]
        if not candidates:
            return []
        matrix = np.stack([doc.vectors[field_name] for doc in candidates]).astype(np.float64)
        scores = _similarity_scores(sim, matrix, q)
        order = sorted(range(len(candidates)), key=lambda i: (-scores[i], candidates[i].seq_no))
        return [(float(scores[i]), candidates[i]) for i in order[: spec["k"]]]

    def _search(self, req: Request, p: dict[str, str], who: Principal | None) -> Response:
        start = time.monotonic()
        body = dict(self.body_of(req) or {})
        for key in set(body) - _SEARCH_KEYS:
            raise NotImplementedError(f"fake Elasticsearch: [{key}] in _search")
        size, offset = int(body.get("size", 10)), int(body.get("from", 0))
        knns = [self._knn_spec(k, size) for k in as_list(body.get("knn"))]
        query = body.get("query")
        if query is not None:
            self._check_query(query)
        # kNN results and query results are OR-ed and their scores summed, as on the server.
        scored: dict[tuple[str, str], list[Any]] = {}
        per_knn: list[list[tuple[float, _Index, _Doc]]] = [[] for _ in knns]
        targets = self._search_targets(req, p, who)
        for ix in targets:
            for n, spec in enumerate(knns):
                per_knn[n] += [(s, ix, d) for s, d in self._knn(ix, spec)]
            if query is not None or not knns:
                for d in ix.visible.values():
                    s = 1.0 if query is None else self._eval(query, ix, d)
                    if s is not None:
                        scored[(ix.name, d.id)] = [s, ix, d]
        for n, spec in enumerate(knns):
            best = sorted(per_knn[n], key=lambda t: (-t[0], t[1].name, t[2].seq_no))[: spec["k"]]
            for s, ix, d in best:
                scored.setdefault((ix.name, d.id), [0.0, ix, d])[0] += s
        matches = sorted(scored.values(), key=lambda m: (-m[0], m[1].name, m[2].seq_no))
        sort = self._sort_spec(body.get("sort"), targets)
        if body.get("search_after") is not None and not sort:
            raise bad("Sort must contain at least one field.")
        if sort:
            matches = self._sorted(matches, sort, body.get("search_after"), offset)
        spec = body.get("_source")
        hits = []
        for score, ix, doc in matches[offset : offset + size]:
            hit: dict[str, Any] = {"_index": ix.name, "_id": doc.id}
            # Sorted by a field, the server neither computes nor reports scores.
            hit["_score"] = None if sort else _f32(score)
            source = self._source_for(ix, doc, spec)
            if source is not None:
                hit["_source"] = source
            if sort:
                hit["sort"] = [self._sort_value(ix, doc, name) for name, _ in sort]
            hits.append(hit)
        hits_obj: dict[str, Any] = {}
        tth = body.get("track_total_hits", 10_000)
        if tth is not False:
            limit = None if tth is True else int(tth)
            if limit is not None and len(matches) > limit:
                hits_obj["total"] = {"value": limit, "relation": "gte"}
            else:
                hits_obj["total"] = {"value": len(matches), "relation": "eq"}
        hits_obj["max_score"] = _f32(matches[0][0]) if matches and not sort else None
        hits_obj["hits"] = hits
        n = len(targets)
        out = {
            "took": int((time.monotonic() - start) * 1000),
            "timed_out": False,
            "_shards": {"total": n, "successful": n, "skipped": 0, "failed": 0},
            "hits": hits_obj,
        }
        return self._json(200, out)

    @staticmethod
    def _sort_spec(raw: Any, targets: list[_Index]) -> list[tuple[str, str]]:
        """`sort` as (field, order) pairs: keyword/numeric fields and `_doc` (what the app
        pages with). `_id` is refused as the server refuses it (no fielddata on `_id`)."""
        out: list[tuple[str, str]] = []
        for item in as_list(raw):
            if isinstance(item, str):
                name, order = item, "asc"
            else:
                name, how = next(iter(item.items()))
                order = how.get("order", "asc") if isinstance(how, Mapping) else str(how)
            if order not in ("asc", "desc"):
                raise bad(f"Unknown SortOrder [{order}]")
            if order == "desc":
                raise NotImplementedError("fake Elasticsearch: descending sort")
            if name == "_id":
                reason = (
                    "Fielddata access on the _id field is disallowed, you can re-enable it by "
                    "updating the dynamic cluster setting: indices.id_field_data.enabled"
                )
                raise bad(reason)
            if name != "_doc":
                for ix in targets:
                    d = ix.fields.get(name)
                    if d is None:
                        raise bad(f"No mapping found for [{name}] in order to sort on")
                    if d.get("type") not in _NUMERIC | {"keyword"}:
                        raise NotImplementedError(f"fake Elasticsearch: sort on {d.get('type')}")
            out.append((name, order))
        return out

    @staticmethod
    def _sort_value(ix: _Index, doc: _Doc, name: str) -> Any:
        if name == "_doc":
            return doc.seq_no
        values = doc.flat.get(name) or []
        return min(values) if values else None

    def _sort_values(self, m: list[Any], sort: list[tuple[str, str]]) -> list[Any]:
        return [self._sort_value(m[1], m[2], name) for name, _ in sort]

    def _sorted(
        self, matches: list[list[Any]], sort: list[tuple[str, str]], after: Any, offset: int
    ) -> list[list[Any]]:
        """Matches in ascending `sort` order (missing values last), after `search_after`."""

        def key(m: list[Any]) -> tuple[Any, ...]:
            parts = [(1, 0) if v is None else (0, v) for v in self._sort_values(m, sort)]
            return (*parts, m[1].name, m[2].seq_no)

        out = sorted(matches, key=key)
        if after is None:
            return out
        after = as_list(after)
        if offset not in (0, -1):
            raise bad(
                "Validation Failed: 1: `from` parameter must be set to 0 when `search_after` "
                "is used;",
                "action_request_validation_exception",
            )
        if len(after) != len(sort):
            raise bad(
                f"search_after has {len(after)} value(s) but sort has {len(sort)}.",
            )
        return [m for m in out if key(m)[: len(sort)] > tuple((0, v) for v in after)]

    def _source_for(self, ix: _Index, doc: _Doc, spec: Any) -> dict[str, Any] | None:
        """`_source` as a hit carries it; 9.2+ leaves vectors out unless asked for them."""
        setting = ix.settings.get("index.mapping.exclude_source_vectors")
        exclude_vectors = setting == "true" if setting is not None else self.v >= (9, 2)
        includes: list[str] = []
        excludes: list[str] = []
        if spec is False:
            return None
        if isinstance(spec, str):
            includes = spec.split(",")
        elif isinstance(spec, list):
            includes = list(spec)
        elif isinstance(spec, Mapping):
            if "exclude_vectors" in spec and self.v < (9, 2):
                raise bad(
                    "[1:2] Unknown key for a VALUE_BOOLEAN in [exclude_vectors].",
                    "parsing_exception",
                    line=1,
                    col=2,
                )
            includes = as_list(spec.get("includes", spec.get("include")))
            excludes = as_list(spec.get("excludes", spec.get("exclude")))
            exclude_vectors = bool(spec.get("exclude_vectors", exclude_vectors))
        if exclude_vectors:
            excludes += [path for path, d in ix.fields.items() if d.get("type") == "dense_vector"]
        return _filter_source(doc.source, includes, excludes)

    def _count(self, req: Request, p: dict[str, str], who: Principal | None) -> Response:
        body = self.body_of(req) or {}
        for key in body:
            if key != "query":
                raise bad(f"request does not support [{key}]", "parsing_exception", line=1, col=2)
        query = body.get("query")
        if query is not None:
            self._check_query(query)
        targets = self._search_targets(req, p, who)
        total = sum(
            1
            for ix in targets
            for d in ix.visible.values()
            if query is None or self._eval(query, ix, d) is not None
        )
        n = len(targets)
        shards = {"total": n, "successful": n, "skipped": 0, "failed": 0}
        return self._json(200, {"count": total, "_shards": shards})

    # -- queries (what the app filters with) -------------------------------------------------------
    _LEAF_QUERIES = frozenset({"term", "terms", "range", "exists", "prefix", "match_all"})

    def _check_query(self, q: Mapping[str, Any]) -> None:
        """Parse-time validation, so errors come back even when no document is searched."""
        kind, spec = next(iter(q.items()))
        if kind != "bool" and kind not in self._LEAF_QUERIES:
            raise NotImplementedError(f"fake Elasticsearch: the [{kind}] query")
        for key in ("must", "filter", "should", "must_not") if kind == "bool" else ():
            for sub in as_list(spec.get(key)):
                self._check_query(sub)

    def _eval(self, q: Mapping[str, Any], ix: _Index, doc: _Doc) -> float | None:
        """The score of `doc` for query `q` (a matching clause scores its boost), or None."""
        kind, spec = next(iter(q.items()))
        boost = float(spec.get("boost", 1.0))
        if kind == "match_all":
            return boost
        if kind == "bool":
            return self._eval_bool(spec, ix, doc)
        if kind == "exists":
            name = spec["field"]
            present = (
                name in doc.vectors
                or bool(doc.flat.get(name))
                or any(p.startswith(name + ".") and v for p, v in doc.flat.items())
            )
            return boost if present else None
        field_name, arg = next((k, v) for k, v in spec.items() if k not in ("boost", "_name"))
        if isinstance(arg, Mapping) and "boost" in arg:
            boost = float(arg["boost"])
        d = ix.fields.get(field_name)
        if d is None:
            return None  # unmapped fields match nothing
        ftype = d.get("type", "object")
        if ftype in ("dense_vector", "geo_point"):
            raise NotImplementedError(f"fake Elasticsearch: [{kind}] on a {ftype} field")
        values = doc.flat.get(field_name, [])
        if not values:
            return None
        text = ftype in ("text", "match_only_text")
        if kind in ("term", "terms"):
            wanted = as_list(
                arg.get("value") if isinstance(arg, Mapping) and kind == "term" else arg
            )
            targets = [self._coerce(ix, ftype, w) for w in wanted]
            have = [t for v in values for t in (_tokens(v) if text else [v])]
            return boost if any(v == t for v in have for t in targets) else None
        if kind == "prefix":
            target = str(arg.get("value") if isinstance(arg, Mapping) else arg)
            have = [t for v in values for t in (_tokens(v) if text else [str(v)])]
            return boost if any(c.startswith(target) for c in have) else None
        return boost if any(self._in_range(ix, ftype, v, arg) for v in values) else None

    def _eval_bool(self, spec: Mapping[str, Any], ix: _Index, doc: _Doc) -> float | None:
        score = 0.0
        for sub in as_list(spec.get("must")):
            s = self._eval(sub, ix, doc)
            if s is None:
                return None
            score += s
        if any(self._eval(sub, ix, doc) is None for sub in as_list(spec.get("filter"))):
            return None
        if any(self._eval(sub, ix, doc) is not None for sub in as_list(spec.get("must_not"))):
            return None
        shoulds = as_list(spec.get("should"))
        matched = [s for s in (self._eval(sub, ix, doc) for sub in shoulds) if s is not None]
        default = 1 if shoulds and not spec.get("must") and not spec.get("filter") else 0
        if len(matched) < int(spec.get("minimum_should_match", default)):
            return None
        return (score + sum(matched)) * float(spec.get("boost", 1.0))

    def _coerce(self, ix: _Index, ftype: str, value: Any, round_up: bool = False) -> Any:
        if ftype in _NUMERIC:
            return float(value)
        if ftype != "date":
            return json.dumps(value) if isinstance(value, bool) else str(value)
        try:
            return _parse_date(value, round_up)
        except ValueError:
            reason = (
                f"failed to parse date field [{value}] with format "
                "[strict_date_optional_time||epoch_millis]"
            )
            cause = err("illegal_argument_exception", reason)
            raise self._shard_failure(ix, err("parse_exception", reason, caused_by=cause)) from None

    def _in_range(self, ix: _Index, ftype: str, have: Any, spec: Mapping[str, Any]) -> bool:
        for op in ("gte", "gt", "lte", "lt"):
            if spec.get(op) is None:
                continue
            b = self._coerce(ix, ftype, spec[op], round_up=op in ("lte", "gt"))
            if not {"gte": have >= b, "gt": have > b, "lte": have <= b, "lt": have < b}[op]:
                return False
        return True


def _tokens(text: Any) -> list[str]:
    return re.findall(r"\w+", str(text).lower())


def _interval(text: str) -> float | None:
    text = text.strip()
    if text == "-1":
        return None
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(ms|s|m|h|d)?", text)
    if not m:
        return 1.0
    factor = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400}[m.group(2) or "ms"]
    return float(m.group(1)) * factor


def _similarity_scores(sim: str, docs: np.ndarray, q: np.ndarray) -> np.ndarray:
    """The `_score` of each kNN hit, the formulas of DenseVectorFieldMapper.VectorSimilarity."""
    if sim == "l2_norm":
        return 1.0 / (1.0 + ((docs - q) ** 2).sum(axis=1))
    if sim == "cosine":
        norms = np.linalg.norm(docs, axis=1) * np.linalg.norm(q)
        cos = (docs @ q) / np.where(norms == 0, 1, norms)
        return np.maximum((1.0 + cos) / 2.0, 0.0)
    dot = docs @ q
    if sim == "dot_product":
        return np.maximum((1.0 + dot) / 2.0, 0.0)
    return np.where(dot < 0, 1.0 / (1.0 - dot), dot + 1.0)  # max_inner_product


def _filter_source(
    source: Mapping[str, Any], includes: list[str], excludes: list[str]
) -> dict[str, Any]:
    """`_source` includes/excludes (wildcards allowed) on dotted paths."""

    def walk(obj: Mapping[str, Any], prefix: str, included: bool) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for k, v in obj.items():
            path = prefix + k
            if any(fnmatch.fnmatchcase(path, p) for p in excludes):
                continue
            here = included or any(fnmatch.fnmatchcase(path, p) for p in includes)
            if isinstance(v, Mapping):
                sub = walk(v, path + ".", here)
                if sub or (here and not v):
                    out[k] = sub
            elif here:
                out[k] = copy.deepcopy(v)
        return out

    return walk(source, "", not includes)


__all__ = ["EsError", "FakeElasticsearch", "status_error"]
