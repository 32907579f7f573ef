"""The Elasticsearch store: the user's own cluster (8.11+ or 9.x) through elasticsearch-py 8.x.

The 8.x client sends `compatible-with=8`, which both 8.x and 9.x servers accept. The server
version is read once from `GET /` and what differs between versions is adapted here.

Whole-request failures become `StoreUnavailable` when waiting helps (nothing listening,
timeouts, 429/502/503/504 after the client's own retries) and `StoreError` otherwise
(credentials, privileges, certificates); the pipeline keeps documents pending either way.
Per-document failures in `_bulk` come back as `ItemError`s. Secrets are read from the
keyring or the environment when the store opens and never appear in messages or logs.
"""

from __future__ import annotations

import base64
import contextlib
import json
import logging
import os
import re
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import numpy as np
from elastic_transport import TlsError
from elasticsearch import (
    ApiError,
    ConnectionError,
    ConnectionTimeout,
    Elasticsearch,
    NotFoundError,
    SerializationError,
    TransportError,
    UnsupportedProductError,
)
from elasticsearch.helpers import streaming_bulk

from photoseek.config import secrets
from photoseek.config.secrets import Secret
from photoseek.config.settings import ElasticsearchSettings
from photoseek.fspath import to_wire
from photoseek.records import NO_FILTERS, Filters, PhotoMeta, SearchResult
from photoseek.stores.base import (
    IndexInfo,
    IndexMismatch,
    IndexMissing,
    IndexSpec,
    ItemError,
    StoreDoc,
    StoreError,
    StoreMisconfigured,
    StoreUnavailable,
)
from photoseek.stores.elastic_mapping import (
    check_spec,
    differences,
    index_body,
    index_options_type,
    vector_dims,
)
from photoseek.stores.elastic_query import hit_from, search_body

log = logging.getLogger(__name__)

MIN_VERSION = (8, 11, 0)
BASE64_VECTORS = (9, 3, 0)  # from here `_bulk` takes vectors as base64 big-endian float32
BULK_DOCS = 500  # documents per `_bulk` request (bytes are capped by es.bulk_max_bytes)
IDS_PAGE = 5000  # ids per page when the catalog is reconciled with an index
DOCS_PAGE = 500  # documents (with vectors) per page when a damaged catalog is rebuilt
SOURCE_VECTORS = (9, 2, 0)  # from here vectors are left out of `_source` unless asked for
TRANSIENT = (429, 502, 503, 504)  # waiting helps
ENV_URL = "PHOTOSEEK_ES_URL"
ENV_USER = "PHOTOSEEK_ES_USER"
ENV_CA = "PHOTOSEEK_ES_CA_CERTS"
# auth → the secret it needs, what to call it, and its `photoseek secret set` name
AUTH_SECRETS = {
    "api_key": (Secret.ES_API_KEY, "API key", "es-api-key"),
    "basic": (Secret.ES_PASSWORD, "password", "es-password"),
    "bearer": (Secret.ES_BEARER, "bearer token", "es-bearer"),
}


# -- connection --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Connection:
    """Where and how to connect, resolved from settings, the environment and the keyring."""

    urls: tuple[str, ...]
    cloud_id: str
    auth: str  # none | api_key | basic | bearer
    username: str
    ca_certs: str
    fingerprint: str
    verify_certs: bool
    request_timeout: float
    secret: str = field(default="", repr=False)

    @property
    def key(self) -> str:
        """Stable identity of the cluster, so the catalog's sync state is per cluster."""
        if self.cloud_id:
            return "es:" + self.cloud_id
        return "es:" + ",".join(sorted(self.urls))

    @property
    def where(self) -> str:
        """How messages name the cluster (no credentials)."""
        if self.cloud_id:
            return f"the Elastic Cloud deployment {self.cloud_id.split(':', 1)[0]!r}"
        return ", ".join(self.urls)

    @property
    def secret_hint(self) -> str:
        """How to store the secret this auth needs, for messages."""
        if self.auth not in AUTH_SECRETS:
            return ""
        secret, _, name = AUTH_SECRETS[self.auth]
        return f"`photoseek secret set {name}` (or {secret.env})"

    def client_options(self) -> dict[str, Any]:
        opts: dict[str, Any] = {
            "request_timeout": self.request_timeout,
            "max_retries": 3,
            "retry_on_timeout": True,
        }
        if self.cloud_id:
            opts["cloud_id"] = self.cloud_id
        else:
            opts["hosts"] = list(self.urls)
        if self.auth == "api_key":
            ident, sep, key = self.secret.partition(":")
            opts["api_key"] = (ident, key) if sep else self.secret
        elif self.auth == "basic":
            opts["basic_auth"] = (self.username, self.secret)
        elif self.auth == "bearer":
            opts["bearer_auth"] = self.secret
        if self.ca_certs:
            opts["ca_certs"] = self.ca_certs
        if self.fingerprint:
            opts["ssl_assert_fingerprint"] = self.fingerprint
        if not self.verify_certs:
            opts["verify_certs"] = False
            opts["ssl_show_warn"] = False  # said once in the log below, not on every request
        return opts


_AUTHORITY = re.compile(r"^(\s*(?:[A-Za-z][A-Za-z0-9+.-]*:)?//)?([^/?#]*)")


def redact_url(url: str) -> str:
    """The URL with any user name and password replaced by ***, for messages and logs.

    Works on anything a user may type (any scheme, no scheme, unparsable ports), since a
    refusal must not echo the password it refuses.
    """
    m = _AUTHORITY.match(url)
    if not m:
        return url
    prefix, authority = m.group(1) or "", m.group(2)
    if "@" not in authority:
        return url
    host = authority.rsplit("@", 1)[1]
    return prefix + "***@" + host + url[m.end() :]


def _normal_url(url: str, source: str) -> str:
    url = url.strip()
    shown = redact_url(url)
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:  # an unparsable port or IPv6 address
        parts, port = urlsplit(""), -1
    if parts.scheme not in ("http", "https") or not parts.hostname or port == -1:
        if shown != url:
            raise StoreMisconfigured(
                f"{source}: {shown!r} is not an http(s) URL like https://localhost:9200; and "
                "put no user name or password in it (set elasticsearch.auth and keep the secret "
                "in the keyring)."
            )
        raise StoreMisconfigured(
            f"{source}: {shown!r} is not an http(s) URL like https://localhost:9200."
        )
    if parts.username or parts.password:
        raise StoreMisconfigured(
            f"{source}: put no user name or password in the URL ({shown}); set "
            "elasticsearch.auth and keep the secret in the keyring (photoseek secret set "
            "es-password)."
        )
    netloc = parts.hostname.lower() if ":" not in parts.hostname else f"[{parts.hostname}]"
    if port:
        netloc += f":{port}"
    return urlunsplit((parts.scheme, netloc, parts.path.rstrip("/"), "", ""))


def resolve(es: ElasticsearchSettings) -> Connection:
    """Settings + environment + keyring → a Connection; StoreError with one clear sentence."""
    env_urls = os.environ.get(ENV_URL, "")
    if env_urls.strip():
        urls = [_normal_url(u, ENV_URL) for u in env_urls.split(",") if u.strip()]
        cloud_id = ""
    else:
        urls = [_normal_url(u, "elasticsearch.urls") for u in es.urls if u.strip()]
        cloud_id = "" if urls else es.cloud_id.strip()
    if not urls and not cloud_id:
        raise StoreMisconfigured(
            "No Elasticsearch URL or Cloud ID is set: run `photoseek config set "
            "elasticsearch.urls https://localhost:9200` (or set elasticsearch.cloud_id, or the "
            f"{ENV_URL} environment variable)."
        )
    if cloud_id and ":" not in cloud_id:
        raise StoreMisconfigured(
            "elasticsearch.cloud_id does not look like a Cloud ID (name:base64…)."
        )

    # The environment wins, so a container or a script needs no keyring and no settings file.
    auth, username = es.auth, es.username
    if os.environ.get(Secret.ES_API_KEY.env):
        auth = "api_key"
    elif os.environ.get(ENV_USER):
        auth, username = "basic", os.environ[ENV_USER]
    elif os.environ.get(Secret.ES_BEARER.env):
        auth = "bearer"
    elif auth == "none" and os.environ.get(Secret.ES_PASSWORD.env) and username:
        auth = "basic"

    secret = ""
    if auth == "basic" and not username:
        raise StoreMisconfigured(
            "Elasticsearch auth is basic but no user name is set: run `photoseek config set "
            f"elasticsearch.username elastic` (or set {ENV_USER})."
        )
    if auth in AUTH_SECRETS:
        which, noun, name = AUTH_SECRETS[auth]
        secret = secrets.get(which) or ""
        if not secret:
            raise StoreMisconfigured(
                f"Elasticsearch auth is {auth} but no {noun} is stored: run "
                f"`photoseek secret set {name}` (or set {which.env})."
            )

    ca = os.environ.get(ENV_CA) or es.ca_certs
    if ca:
        ca = os.path.expanduser(ca)
        if not os.path.isfile(ca):
            raise StoreMisconfigured(
                f"The CA certificate file {ca} does not exist (elasticsearch.ca_certs)."
            )
    fingerprint = es.fingerprint.replace(":", "").strip().lower()
    if fingerprint and not re.fullmatch(r"[0-9a-f]{64}", fingerprint):
        raise StoreMisconfigured(
            "elasticsearch.fingerprint must be the certificate's SHA-256 fingerprint "
            "(64 hex digits, colons allowed)."
        )
    if not es.verify_certs:
        log.warning("TLS certificate verification is OFF for %s", cloud_id or ", ".join(urls))
    return Connection(
        urls=tuple(urls),
        cloud_id=cloud_id,
        auth=auth,
        username=username,
        ca_certs=ca,
        fingerprint=fingerprint,
        verify_certs=es.verify_certs,
        request_timeout=es.request_timeout,
        secret=secret,
    )


def make_client(conn: Connection) -> Elasticsearch:
    try:
        return Elasticsearch(**conn.client_options())
    except (ValueError, TypeError) as exc:  # e.g. a malformed Cloud ID
        raise StoreMisconfigured(f"Cannot set up the Elasticsearch client: {exc}") from None


# -- errors ------------------------------------------------------------------------------------
def error_type(exc: ApiError) -> str:
    body = exc.body
    if isinstance(body, dict) and isinstance(body.get("error"), dict):
        return str(body["error"].get("type", ""))
    return ""


def error_reason(exc: ApiError) -> str:
    body = exc.body
    if isinstance(body, dict):
        err = body.get("error")
        if isinstance(err, dict):
            return str(err.get("reason") or err.get("type") or exc.message)
        if isinstance(err, str):
            return err
    return str(exc.message)


def translate(exc: Exception, conn: Connection, doing: str) -> StoreError:
    """One sentence for the user from whatever the client raised while `doing` something."""
    where = conn.where
    if isinstance(exc, StoreError):
        return exc
    if isinstance(exc, UnsupportedProductError):
        return StoreError(
            f"The server at {where} is not Elasticsearch (it does not send the "
            "X-Elastic-Product header); OpenSearch and other look-alikes are not supported."
        )
    if isinstance(exc, ApiError):
        status = exc.meta.status
        kind = error_type(exc)
        if status == 401:
            if conn.auth == "none":
                return StoreError(
                    f"Elasticsearch at {where} needs credentials (401): set elasticsearch.auth "
                    "to basic, api_key or bearer, and store the secret with `photoseek secret set`."
                )
            what = "user name or password" if conn.auth == "basic" else AUTH_SECRETS[conn.auth][1]
            return StoreError(
                f"Elasticsearch at {where} refused the {what} "
                f"(401): it is wrong, expired or revoked; set it again with {conn.secret_hint}."
            )
        if status == 403:
            return StoreError(
                f"Elasticsearch at {where} does not allow this user to {doing} (403): "
                f"{error_reason(exc)}"
            )
        if status == 404 and kind == "index_not_found_exception":
            return IndexMissing(f"The index does not exist on {where} ({error_reason(exc)}).")
        if status in TRANSIENT:
            return StoreUnavailable(
                f"Elasticsearch at {where} is busy or not ready ({status} "
                f"{kind or 'error'}) and could not {doing}; try again later."
            )
        if status == 400 and kind == "media_type_header_exception":
            return StoreError(
                f"The server at {where} refused the client's version header: it is probably "
                "Elasticsearch 7 or older, and Photoseek needs 8.11 or later."
            )
        return StoreError(
            f"Elasticsearch at {where} could not {doing} ({status} {kind}): {error_reason(exc)}"
        )
    if isinstance(exc, TlsError):
        text = str(exc)
        if "WRONG_VERSION_NUMBER" in text.upper() or "wrong version number" in text:
            return StoreError(
                f"{where} does not speak TLS: if the cluster has TLS off, use an http:// URL."
            )
        return StoreError(
            f"The TLS certificate of {where} is not trusted (self-signed or from an unknown "
            "authority): set elasticsearch.ca_certs to the cluster's CA file (e.g. "
            "http_ca.crt) or elasticsearch.fingerprint to its SHA-256 fingerprint."
        )
    if isinstance(exc, ConnectionTimeout):
        return StoreUnavailable(
            f"Elasticsearch at {where} did not answer within {conn.request_timeout:g} s "
            f"and could not {doing}."
        )
    if isinstance(exc, ConnectionError):
        return StoreUnavailable(
            f"Cannot reach Elasticsearch at {where}: nothing answers there (is the cluster "
            "running, and is the URL right?)."
        )
    if isinstance(exc, SerializationError):
        return StoreError(f"The server at {where} is not Elasticsearch (its answer is not JSON).")
    if isinstance(exc, TransportError):
        return StoreUnavailable(f"Elasticsearch at {where} could not {doing}: {exc}")
    return StoreError(f"Elasticsearch at {where} could not {doing}: {exc}")


# -- server version ----------------------------------------------------------------------------
@dataclass(frozen=True)
class ServerInfo:
    number: str  # "" when the user may not read it
    version: tuple[int, ...] | None  # three parts
    flavor: str  # "default", "serverless", …

    @property
    def serverless(self) -> bool:
        """Serverless reports 8.11.0 (or the next minor) but has every feature: gate on this."""
        return self.flavor == "serverless"

    @property
    def gate(self) -> tuple[int, ...] | None:
        """The version to gate stateful features on; None when unknown or on Serverless."""
        return None if self.serverless else self.version

    def has(self, since: tuple[int, int, int]) -> bool:
        """Whether the server certainly has a feature of stateful version `since`."""
        if self.serverless:
            return True
        return self.version is not None and self.version[:3] >= since


def parse_version(number: str) -> tuple[int, ...] | None:
    """'8.12.1' → (8, 12, 1); '9.4.0-SNAPSHOT' → (9, 4, 0); '8.11' → (8, 11, 0)."""
    m = re.match(r"(\d+)\.(\d+)(?:\.(\d+))?", number or "")
    if not m:
        return None
    return (int(m.group(1)), int(m.group(2)), int(m.group(3) or 0))


def server_info(client: Elasticsearch, conn: Connection) -> ServerInfo:
    """`GET /`; refuses servers older than 8.11 with a sentence."""
    try:
        body = client.info().body
    except ApiError as exc:
        if exc.meta.status == 403:  # a restricted key may not read it: carry on, version unknown
            log.info("cannot read the server version at %s (403)", conn.where)
            return ServerInfo("", None, "")
        raise translate(exc, conn, "tell its version") from None
    except TransportError as exc:
        raise translate(exc, conn, "tell its version") from None
    ver = body.get("version") if isinstance(body, dict) else None
    if not isinstance(ver, dict) or not isinstance(ver.get("number"), str):
        raise StoreError(f"The server at {conn.where} is not Elasticsearch (no version.number).")
    number = ver["number"]
    parsed = parse_version(number)
    if parsed is None:
        raise StoreError(f"Cannot read the Elasticsearch version {number!r} at {conn.where}.")
    flavor = str(ver.get("build_flavor") or "default")
    if flavor != "serverless" and parsed < MIN_VERSION:
        raise StoreError(
            f"Elasticsearch {number} at {conn.where} is too old: Photoseek needs 8.11 or later "
            "(any 9.x is fine)."
        )
    return ServerInfo(number, parsed, flavor)


# -- the store ---------------------------------------------------------------------------------
class ElasticStore:
    kind = "elasticsearch"

    def __init__(
        self,
        conn: Connection,
        settings: ElasticsearchSettings,
        client: Elasticsearch | None = None,
        *,
        bulk_retries: int = 3,
        bulk_backoff: float = 1.0,
        server: ServerInfo | None = None,
    ) -> None:
        self.conn = conn
        self.key = conn.key
        self.prefix = settings.index_prefix.lower()
        self.num_candidates_factor = settings.num_candidates_factor
        self.bulk_max_bytes = settings.bulk_max_bytes
        self.bulk_retries = bulk_retries  # per-document 429s, with back-off (helpers' own)
        self.bulk_backoff = bulk_backoff
        self.client = client or make_client(conn)
        self._server = server
        self._dims: dict[str, int | None] = {}  # an index's dims never change
        # Base64 vectors (9.3+): None until the server version is known; False for the rest of
        # the session once a node refused one (a 9.2 node during a rolling upgrade to 9.3).
        self._base64: bool | None = None
        self._lock = threading.Lock()

    # -- plumbing ---------------------------------------------------------------------------
    def server(self) -> ServerInfo:
        """The server's version, asked once (a failed attempt is asked again next time)."""
        with self._lock:
            if self._server is None:
                self._server = server_info(self.client, self.conn)
            return self._server

    def _call(self, doing: str, fn: Any, *args: Any, **kwargs: Any) -> Any:
        self.server()
        try:
            return fn(*args, **kwargs)
        except (ApiError, TransportError) as exc:
            raise translate(exc, self.conn, doing) from None

    def mapping_of(self, name: str) -> tuple[str, dict[str, Any]] | None:
        """(concrete index name, its mappings), or None when nothing has that name."""
        try:
            body = self._call(
                f"read the mapping of {name}", self.client.indices.get_mapping, index=name
            ).body
        except IndexMissing:
            return None
        if not body:
            return None
        concrete = next(iter(body))
        return concrete, body[concrete].get("mappings") or {}

    def dims_of(self, name: str) -> int | None:
        if name not in self._dims:
            found = self.mapping_of(name)
            self._dims[name] = vector_dims(found[1]) if found else None
        return self._dims[name]

    # -- indices ----------------------------------------------------------------------------
    def ensure_index(self, spec: IndexSpec) -> None:
        server = self.server()
        check_spec(spec, server.gate)
        found = self.mapping_of(spec.name)
        if found is None:
            body = index_body(spec, serverless=server.serverless)
            try:
                self.client.indices.create(index=spec.name, body=body)
                log.info("created index %s on %s", spec.name, self.conn.where)
                self._dims[spec.name] = spec.dims
                return
            except ApiError as exc:
                if error_type(exc) != "resource_already_exists_exception":
                    raise translate(exc, self.conn, f"create the index {spec.name}") from None
            except TransportError as exc:
                raise translate(exc, self.conn, f"create the index {spec.name}") from None
            found = self.mapping_of(spec.name)  # another process created it just now
            if found is None:
                raise StoreError(f"The index {spec.name} vanished while it was being created.")
        concrete, mapping = found
        problems = differences(spec, mapping)
        if concrete != spec.name:
            problems.insert(0, f"the name is an alias of the index {concrete}")
        if problems:
            raise IndexMismatch(
                f"The index {spec.name} on {self.conn.where} cannot hold {spec.dims}-dim "
                f"{spec.model} vectors: {'; '.join(problems)}. Photoseek leaves it untouched; "
                f"remove it yourself (photoseek indices remove {spec.name}) or set "
                "elasticsearch.index_prefix to use other index names."
            )
        have = index_options_type(mapping)
        if have and have != spec.index_options:
            log.info(
                "index %s uses %s, settings ask for %s; the existing index is kept",
                spec.name,
                have,
                spec.index_options,
            )
        self._dims[spec.name] = spec.dims

    def index_exists(self, name: str) -> bool:
        return bool(self._call(f"look for {name}", self.client.indices.exists, index=name))

    def list_indices(self) -> list[IndexInfo]:
        try:
            body = self._call(
                "list its indices",
                self.client.indices.get_mapping,
                index=f"{self.prefix}-*",
                allow_no_indices=True,
            ).body
        except IndexMissing:
            body = {}
        active = self._alias_holders(self.prefix)
        out = []
        for name in sorted(body):
            dims = vector_dims(body[name].get("mappings") or {})
            self._dims[name] = dims
            out.append(IndexInfo(name, dims, self.count(name), name in active))
        return out

    def _alias_holders(self, alias: str) -> list[str]:
        """The indices the alias points at (none when it does not exist yet)."""
        self.server()
        try:
            return sorted(self.client.indices.get_alias(name=alias).body)
        except NotFoundError:
            return []
        except (ApiError, TransportError) as exc:
            raise translate(exc, self.conn, f"read the alias {alias}") from None

    def active(self, alias: str) -> IndexInfo | None:
        holders = self._alias_holders(alias)
        if not holders:
            return None
        name = holders[0]
        return IndexInfo(name, self.dims_of(name), self.count(name), True)

    def activate(self, spec: IndexSpec) -> None:
        holders = self._alias_holders(spec.alias)
        actions: list[dict[str, Any]] = [
            {"remove": {"index": name, "alias": spec.alias}}
            for name in holders
            if name != spec.name
        ]
        if spec.name in holders and not actions:
            return
        # One request: searches see the old index or the new one, never neither.
        actions.append({"add": {"index": spec.name, "alias": spec.alias}})
        self._call(
            f"point the alias {spec.alias} at {spec.name}",
            self.client.indices.update_aliases,
            actions=actions,
        )
        log.info("alias %s → %s", spec.alias, spec.name)

    def delete_index(self, name: str) -> None:
        """Only after the user confirmed; only one concrete index, never a pattern or alias."""
        if not name or any(c in name for c in "*?,") or name.startswith(("_", "-")):
            raise StoreError(f"Refusing to delete {name!r}: give the exact name of one index.")
        with contextlib.suppress(IndexMissing):
            self._call(f"delete the index {name}", self.client.indices.delete, index=name)
        self._dims.pop(name, None)

    # -- documents --------------------------------------------------------------------------
    def _use_base64(self) -> bool:
        if self._base64 is None:
            self._base64 = self.server().has(BASE64_VECTORS)
        return self._base64

    def _source(self, d: StoreDoc, base64_vector: bool) -> tuple[dict[str, Any] | None, str]:
        vector = np.asarray(d.vector, np.float32)
        if vector.ndim != 1 or not np.all(np.isfinite(vector)):
            return None, "vector has non-finite values"
        encoded: Any
        if base64_vector:
            encoded = base64.b64encode(vector.astype(">f4").tobytes()).decode("ascii")
        else:
            encoded = vector.tolist()
        src: dict[str, Any] = {
            "vector": encoded,
            # A name that is not valid UTF-8 is escaped reversibly (photoseek.fspath.to_wire).
            "paths": [to_wire(p) for p in d.paths],
            "folders": [to_wire(f) for f in d.folders],
            "file_name": to_wire(d.file_name),
            "size": int(d.size),
            "content_hash": d.id,
        }
        src.update(_meta_fields(d.meta))
        return src, ""

    def _index_actions(
        self, index: str, docs: Sequence[StoreDoc], base64_vector: bool
    ) -> tuple[list[dict[str, Any]], list[ItemError]]:
        actions: list[dict[str, Any]] = []
        errors: list[ItemError] = []
        for d in docs:
            src, why = self._source(d, base64_vector)
            if src is None:
                errors.append(ItemError(d.id, why))
            else:
                actions.append({"_op_type": "index", "_index": index, "_id": d.id, "_source": src})
        return actions, errors

    def upsert(self, index: str, docs: Sequence[StoreDoc]) -> list[ItemError]:
        self.server()
        as_base64 = self._use_base64()
        actions, errors = self._index_actions(index, docs, as_base64)
        failed = self._bulk(actions, f"write to {index}")
        if as_base64:
            refused = {doc_id for doc_id, info in failed if _base64_refused(info)}
            if refused:
                # A node that predates base64 vectors holds some primaries (a rolling upgrade):
                # send those again as numbers, and numbers only from now on.
                log.info(
                    "a node of %s cannot read base64 vectors; sending float arrays from now on",
                    self.conn.where,
                )
                self._base64 = False
                failed = [(i, info) for i, info in failed if i not in refused]
                again, _ = self._index_actions(
                    index, [d for d in docs if d.id in refused], base64_vector=False
                )
                failed += self._bulk(again, f"write to {index}")
        return errors + [ItemError(doc_id, _item_reason(info)) for doc_id, info in failed]

    def delete(self, index: str, ids: Sequence[str]) -> list[ItemError]:
        actions = [{"_op_type": "delete", "_index": index, "_id": i} for i in ids]
        failed = self._bulk(actions, f"delete from {index}")
        return [ItemError(doc_id, _item_reason(info)) for doc_id, info in failed]

    def _bulk(self, actions: list[dict[str, Any]], doing: str) -> list[tuple[str, dict[str, Any]]]:
        """Send the actions; the (id, item) of each one the cluster refused for good."""
        if not actions:
            return []
        self.server()
        failed: list[tuple[str, dict[str, Any]]] = []
        busy: list[str] = []
        try:
            for ok, item in streaming_bulk(
                self.client,
                actions,
                chunk_size=BULK_DOCS,
                max_chunk_bytes=self.bulk_max_bytes,
                raise_on_error=False,
                raise_on_exception=True,
                max_retries=self.bulk_retries,
                initial_backoff=self.bulk_backoff,
                max_backoff=30,
                yield_ok=False,
            ):
                if ok:
                    continue
                op, info = next(iter(item.items()))
                status = int(info.get("status") or 0)
                doc_id = str(info.get("_id"))
                if op == "delete" and status == 404:
                    continue  # already gone: that is what was asked
                if status in TRANSIENT:
                    busy.append(doc_id)
                    continue
                failed.append((doc_id, info))
        except (ApiError, TransportError) as exc:
            raise translate(exc, self.conn, doing) from None
        if busy:
            raise StoreUnavailable(
                f"Elasticsearch at {self.conn.where} is overloaded and refused {len(busy)} "
                "documents even after retries."
            )
        return failed

    # -- search -----------------------------------------------------------------------------
    def search(
        self,
        index: str,
        vector: np.ndarray,
        k: int,
        *,
        filters: Filters = NO_FILTERS,
        offset: int = 0,
    ) -> list[SearchResult]:
        if k <= 0:
            return []
        body = search_body(vector, k, offset, filters, self.num_candidates_factor)
        resp = self._call(f"search {index}", self.client.search, index=index, body=body)
        hits = [hit_from(h) for h in resp.body.get("hits", {}).get("hits", [])]
        # Equal scores in the order the embedded store uses, so both page alike.
        return sorted(hits, key=lambda h: (-h.score, h.content_hash))

    def count(self, index: str) -> int:
        resp = self._call(f"count {index}", self.client.count, index=index)
        return int(resp.body.get("count", 0))

    def _pages(self, index: str, size: int, source: Any) -> Iterator[list[dict[str, Any]]]:
        """Every hit of the index, in pages sorted by the `content_hash` keyword (= `_id`:
        sorting on `_id` itself needs fielddata the server refuses), each page after the last
        one's sort value (`search_after`)."""
        after: list[Any] | None = None
        while True:
            body: dict[str, Any] = {
                "query": {"match_all": {}},
                "size": size,
                "_source": source,
                "sort": [{"content_hash": "asc"}],
                "track_total_hits": False,
            }
            if after is not None:
                body["search_after"] = after
            resp = self._call(
                f"list the photos in {index}", self.client.search, index=index, body=body
            )
            hits = resp.body.get("hits", {}).get("hits", [])
            yield hits
            last = hits[-1].get("sort") if hits else None
            # Documents without a content_hash (not Photoseek's) sort last, with no value.
            if len(hits) < size or not last or last[0] is None:
                return
            after = last

    def ids(self, index: str) -> set[str]:
        return {str(h["_id"]) for page in self._pages(index, IDS_PAGE, False) for h in page}

    def documents(self, index: str) -> Iterator[list[StoreDoc]]:
        # 9.2+ keeps vectors out of `_source` unless asked; older servers refuse the key.
        source: Any = {"exclude_vectors": False} if self.server().has(SOURCE_VECTORS) else True
        for page in self._pages(index, DOCS_PAGE, source):
            docs = [d for d in (_doc_from(h) for h in page) if d is not None]
            if docs:
                yield docs

    def refresh(self, index: str) -> None:
        self._call(f"refresh {index}", self.client.indices.refresh, index=index)

    def close(self) -> None:
        self.client.close()


def _doc_from(hit: dict[str, Any]) -> StoreDoc | None:
    """A hit with its `_source` as a StoreDoc (None when it has no usable vector)."""
    src = hit.get("_source") or {}
    raw = src.get("vector")
    if isinstance(raw, str):  # written as base64 big-endian float32 (9.3+)
        try:
            vector = np.frombuffer(base64.b64decode(raw), ">f4").astype(np.float32)
        except ValueError:
            return None
    elif isinstance(raw, list) and raw:
        vector = np.asarray(raw, np.float32)
    else:
        return None
    paths = src.get("paths") or []
    paths = [paths] if isinstance(paths, str) else list(paths)
    folders = src.get("folders") or []
    folders = [folders] if isinstance(folders, str) else list(folders)
    return StoreDoc(
        id=str(hit["_id"]),
        vector=vector,
        paths=paths,
        folders=folders,
        file_name=str(src.get("file_name") or ""),
        size=int(src.get("size") or 0),
    )


def _meta_fields(meta: PhotoMeta) -> dict[str, Any]:
    """The photo's metadata as document fields; values the mapping would refuse are left out."""
    out: dict[str, Any] = {}
    if meta.width is not None:
        out["width"] = int(meta.width)
    if meta.height is not None:
        out["height"] = int(meta.height)
    if meta.taken_at and _iso_datetime(meta.taken_at):
        out["taken_at"] = meta.taken_at
    if meta.camera:
        out["camera"] = meta.camera
    if (
        meta.lat is not None
        and meta.lon is not None
        and -90 <= meta.lat <= 90
        and -180 <= meta.lon <= 180
    ):
        out["location"] = {"lat": float(meta.lat), "lon": float(meta.lon)}
    return out


def _iso_datetime(text: str) -> bool:
    try:
        datetime.fromisoformat(text)
    except ValueError:
        log.debug("taken_at %r is not ISO 8601; left out of the document", text)
        return False
    return True


def _base64_refused(info: dict[str, Any]) -> bool:
    """A parse failure of a node that reads a dense_vector string as a wrong token type.

    Nodes before 9.3 expect an array of numbers; a base64 string there fails with a
    document_parsing_exception (mapper_parsing_exception on 8.x) whose cause names the
    VALUE_STRING token. A 9.3 node that decodes the string but finds a wrong length says
    "Base64 decoded vector byte length" instead: that is a real error, not this.
    """
    err = info.get("error")
    if not isinstance(err, dict):
        return False
    if err.get("type") not in ("document_parsing_exception", "mapper_parsing_exception"):
        return False
    text = json.dumps(err)
    return "VALUE_STRING" in text and "Base64 decoded" not in text


def _item_reason(info: dict[str, Any]) -> str:
    err = info.get("error")
    if isinstance(err, dict):
        reason = f"{err.get('type', 'error')}: {err.get('reason', '')}".rstrip(": ")
        cause = err.get("caused_by")
        if isinstance(cause, dict) and cause.get("reason") and cause["reason"] not in reason:
            reason += f" ({cause['reason']})"
        return reason
    return str(err or f"status {info.get('status')}")


def open_elastic_store(es: ElasticsearchSettings) -> ElasticStore:
    """The store for the configured cluster. No request is made until it is used."""
    conn = resolve(es)
    if not log.isEnabledFor(logging.INFO):
        # The client logs every retry and dead node; we report the outcome in one sentence.
        logging.getLogger("elastic_transport").setLevel(logging.ERROR)
    return ElasticStore(conn, es)
