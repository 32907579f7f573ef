"""`photoseek es check`: is the configured cluster usable, and if not, exactly why.

Each finding is one sentence a user can act on: nothing listening at the URL, a wrong
password or key, an untrusted certificate, a missing privilege, a server that is not
Elasticsearch, or one that is too old; and, when the cluster also embeds the photos, whether
its inference endpoint answers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from elasticsearch import ApiError, Elasticsearch, TransportError

from photoseek.config.settings import ElasticsearchSettings
from photoseek.stores.base import IndexSpec, StoreError
from photoseek.stores.elastic import (
    Connection,
    ElasticStore,
    ServerInfo,
    error_reason,
    error_type,
    make_client,
    resolve,
    server_info,
    translate,
)
from photoseek.stores.elastic_mapping import check_spec, differences


@dataclass
class CheckReport:
    ok: bool
    lines: list[str]  # everything found, in order, one sentence each
    version: str | None  # the server's version.number when it could be read
    problems: list[str] = field(default_factory=list)  # the lines that make `ok` false
    # The settings themselves are wrong or missing (no URL, a malformed one, no secret): a
    # configuration problem rather than a cluster that fails to answer.
    misconfigured: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "version": self.version,
            "lines": self.lines,
            "problems": self.problems,
        }


class _Report:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.problems: list[str] = []
        self.version: str | None = None

    def say(self, line: str) -> None:
        self.lines.append(line)

    def fail(self, line: str) -> None:
        self.lines.append(line)
        self.problems.append(line)

    def done(self, misconfigured: bool = False) -> CheckReport:
        return CheckReport(
            not self.problems, self.lines, self.version, self.problems, misconfigured
        )


# What Photoseek does on its own indices (`<prefix>-*`) and the alias (`<prefix>`), and the
# index privilege each needs.
INDEX_PRIVILEGES = {
    "create_index": "create indices",
    "write": "write and delete photos in",
    "read": "search",
    "view_index_metadata": "read the mappings and aliases of",
    "manage": "manage aliases and refreshes on",
}


def check_connection(
    es: ElasticsearchSettings,
    spec: IndexSpec | None = None,
    *,
    client: Elasticsearch | None = None,
    inference_endpoint: str | None = None,
) -> CheckReport:
    """Everything that decides whether Photoseek can use the cluster, one sentence each.

    `inference_endpoint` (e.g. ".jina-clip-v2"): also check that this endpoint embeds photos
    here (pass it when `embedding.provider` is "elastic").
    """
    r = _Report()
    try:
        conn = resolve(es)
    except StoreError as exc:
        r.fail(str(exc))
        return r.done(misconfigured=True)
    try:
        client = client or make_client(conn)
    except StoreError as exc:
        r.fail(str(exc))
        return r.done(misconfigured=True)
    try:
        _check(r, conn, client, es, spec, inference_endpoint)
    finally:
        client.close()
    return r.done()


def _check(
    r: _Report,
    conn: Connection,
    client: Elasticsearch,
    es: ElasticsearchSettings,
    spec: IndexSpec | None,
    inference_endpoint: str | None,
) -> None:
    # 1. Something answers, it is Elasticsearch, and recent enough.
    try:
        info = server_info(client, conn)
    except StoreError as exc:
        r.fail(str(exc))
        return
    if info.version is None:
        r.say(
            f"Elasticsearch answers at {conn.where}, but this user may not read its version "
            "(GET / needs the monitor cluster privilege); assuming a supported version."
        )
    else:
        r.version = info.number
        flavor = " (serverless)" if info.flavor == "serverless" else ""
        r.say(f"Elasticsearch {info.number}{flavor} answers at {conn.where}.")
    _transport_notes(r, conn)

    # 2. Who we are (or that nobody needs to be anybody).
    security = _authenticate(r, conn, client)
    if security is None:
        return  # credentials refused: the rest would only repeat it

    # 3. What this user may do on Photoseek's indices.
    prefix = es.index_prefix.lower()
    if security:
        _privileges(r, conn, client, prefix)

    # 4. The index for the chosen size: creatable here, or already there and usable.
    if spec is not None:
        _index(r, conn, client, es, spec, info)

    # 5. The inference endpoint, when the cluster embeds the photos too.
    if inference_endpoint:
        from photoseek.embedding.base import EmbeddingError
        from photoseek.embedding.elastic_inference import check_endpoint

        try:
            r.say(check_endpoint(es, inference_endpoint, client=client))
        except EmbeddingError as exc:
            r.fail(str(exc))


def _transport_notes(r: _Report, conn: Connection) -> None:
    for url in conn.urls:
        parts = urlsplit(url)
        if parts.scheme == "http" and parts.hostname not in ("localhost", "127.0.0.1", "::1"):
            r.say(f"The connection to {url} is not encrypted (http): fine on a private network.")
    if not conn.verify_certs:
        r.say("TLS certificate verification is OFF: anyone in between could read the traffic.")
    elif conn.fingerprint:
        r.say("The server certificate is pinned by its SHA-256 fingerprint.")
    elif conn.ca_certs:
        r.say(f"Certificates are checked against the CA file {conn.ca_certs}.")


def _authenticate(r: _Report, conn: Connection, client: Elasticsearch) -> bool | None:
    """True: signed in; False: security is disabled; None: refused (reported)."""
    try:
        body = client.security.authenticate().body
    except ApiError as exc:
        if exc.meta.status == 401:
            r.fail(str(translate(exc, conn, "sign in")))
            return None
        if _security_disabled(exc):
            r.say(
                "Security is disabled on this cluster: no password is needed, and anyone who "
                "can reach it can read and change the index (fine on your own machine only)."
            )
            return False
        r.fail(str(translate(exc, conn, "say who is signed in")))
        return None
    except TransportError as exc:
        r.fail(str(translate(exc, conn, "say who is signed in")))
        return None
    user = body.get("username") or "?"
    kind = body.get("authentication_type") or ""
    if kind == "anonymous":
        r.say(
            "No sign-in is needed: this cluster lets anonymous requests in (security is off or "
            "anonymous access is on), so anyone who can reach it can read and change the index."
        )
        return True  # the anonymous user's privileges still decide what works
    if kind == "api_key":
        key_name = (body.get("api_key") or {}).get("name") or (body.get("api_key") or {}).get("id")
        r.say(f"Signed in with the API key {key_name!r} of the user {user}.")
    else:
        realm = (body.get("authentication_realm") or {}).get("name")
        r.say(f"Signed in as {user}" + (f" (realm {realm})." if realm else "."))
    return True


def _security_disabled(exc: ApiError) -> bool:
    """With security off the node has no `_security` endpoints (400 "no handler found"), or
    says that security must be enabled."""
    if exc.meta.status in (401, 403):
        return False
    text = f"{error_type(exc)} {error_reason(exc)}".lower()
    if "no handler found" in text and "/_security/" in text:
        return True
    return "security" in text and ("enable" in text or "disabled" in text)


def _privileges(r: _Report, conn: Connection, client: Elasticsearch, prefix: str) -> None:
    pattern = f"{prefix}-*"
    try:
        body = client.security.has_privileges(
            index=[
                {"names": [pattern], "privileges": list(INDEX_PRIVILEGES)},
                {"names": [prefix], "privileges": ["manage"]},
            ]
        ).body
    except ApiError as exc:
        if not _security_disabled(exc):
            r.fail(str(translate(exc, conn, "list its privileges")))
        return
    except TransportError as exc:
        r.fail(str(translate(exc, conn, "list its privileges")))
        return
    granted = body.get("index") or {}
    missing = []
    for privilege, action in INDEX_PRIVILEGES.items():
        if not (granted.get(pattern) or {}).get(privilege, False):
            missing.append(privilege)
            r.fail(
                f"This user may not {action} {pattern} (missing the index privilege "
                f"{privilege} on {pattern}); grant it in a role."
            )
    if not (granted.get(prefix) or {}).get("manage", False):
        missing.append("manage")
        r.fail(
            f"This user may not point the alias {prefix} at an index (missing the index "
            f"privilege manage on {prefix}); grant it in a role."
        )
    if not missing:
        r.say(f"This user may create, write, search and switch the indices {pattern}.")


def _index(
    r: _Report,
    conn: Connection,
    client: Elasticsearch,
    es: ElasticsearchSettings,
    spec: IndexSpec,
    info: ServerInfo,
) -> None:
    try:
        check_spec(spec, info.gate)
    except StoreError as exc:
        r.fail(str(exc))
        return
    store = ElasticStore(conn, es, client, server=info)
    try:
        found = store.mapping_of(spec.name)
        active = store.active(spec.alias)
    except StoreError as exc:
        r.fail(str(exc))
        return
    if found is None:
        r.say(f"The index {spec.name} does not exist yet; `photoseek index` will create it.")
    else:
        problems = differences(spec, found[1])
        if problems:
            r.fail(
                f"The index {spec.name} exists but cannot hold {spec.dims}-dim {spec.model} "
                f"vectors: {'; '.join(problems)}."
            )
        else:
            r.say(f"The index {spec.name} exists and fits {spec.dims}-dim {spec.model} vectors.")
    if active is None:
        r.say(f"No index is active yet (the alias {spec.alias} points nowhere).")
    else:
        r.say(f"Searches use {active.name} ({active.dims} dims, {active.count} photos).")
