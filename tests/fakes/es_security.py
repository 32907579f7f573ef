"""Security of the Elasticsearch fake: basic / API key / bearer authentication with the real
401 challenges, and index and cluster privileges per action with the real 403 texts."""

from __future__ import annotations

import base64
import binascii
import fnmatch
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from tests.fakes.es_errors import EsError, as_list, err, request_uri
from tests.fakes.server import Request

WWW_AUTHENTICATE = ('Basic realm="security", charset="UTF-8"', 'Bearer realm="security"', "ApiKey")

# Which index privileges grant an action, in the order the server lists them in a 403.
GRANTED_BY: dict[str, tuple[str, ...]] = {
    "indices:admin/create": ("create_index", "manage", "all"),
    "indices:admin/delete": ("delete_index", "manage", "all"),
    "indices:admin/get": ("view_index_metadata", "manage", "all"),
    "indices:admin/mappings/get": ("view_index_metadata", "manage", "all"),
    "indices:admin/aliases": ("manage", "all"),
    "indices:admin/aliases/get": ("view_index_metadata", "manage", "all"),
    "indices:admin/refresh": ("maintenance", "manage", "all"),
    "indices:data/read/search": ("read", "all"),
    "indices:data/write/index": ("index", "write", "all"),
    "indices:data/write/create": ("create_doc", "create", "index", "write", "all"),
    "indices:data/write/delete": ("delete", "write", "all"),
    "indices:data/write/bulk[s]": ("create_doc", "create", "delete", "index", "write", "all"),
}
# An index privilege and everything it implies.
IMPLIES: dict[str, set[str]] = {
    "all": {"all"} | {p for grants in GRANTED_BY.values() for p in grants},
    "manage": {"manage", "create_index", "delete_index", "view_index_metadata", "maintenance"},
    "write": {"write", "index", "create", "create_doc", "delete"},
    "index": {"index", "create", "create_doc"},
    "create": {"create", "create_doc"},
}
CLUSTER_IMPLIES: dict[str, set[str]] = {
    "all": {"all", "manage", "monitor", "manage_security", "monitor_inference", "manage_inference"},
    "manage": {"manage", "monitor", "monitor_inference", "manage_inference"},
    "monitor": {"monitor", "monitor_inference"},
    "manage_inference": {"manage_inference", "monitor_inference"},
}


@dataclass
class Principal:
    username: str
    roles: list[str]
    auth_type: str  # realm | api_key | token
    realm: tuple[str, str]  # (name, type)
    api_key: tuple[str, str] | None = None  # (id, name)
    cluster: set[str] | None = None  # None: superuser
    indices: list[tuple[list[str], set[str]]] | None = None  # (name patterns, privileges)


class Security:
    """Who is asking, and whether they may. `auth` None: security off (everyone may)."""

    def __init__(
        self, auth: Mapping[str, Any] | None, privileges: Mapping[str, Any] | None
    ) -> None:
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

    def set_password(self, user: str, password: str) -> None:
        """An operator changes a user's password: the old one is refused (401) from now on."""
        self._users[user] = password

    def _unauthenticated(self, reason: str, **extra: Any) -> EsError:
        header = {"WWW-Authenticate": list(WWW_AUTHENTICATE)}
        error = err("security_exception", reason, **extra, header=header)
        # Distinct spellings of the name so each challenge goes out as its own header line.
        names = ("WWW-Authenticate", "Www-Authenticate", "www-authenticate")
        return EsError(401, error, headers=dict(zip(names, WWW_AUTHENTICATE, strict=True)))

    def authenticate(self, req: Request) -> Principal | None:
        if self._auth is None:
            return None
        uri = request_uri(req)
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
            more = f"API key: api key [{decoded.partition(':')[0]}] does not exist"
            raise self._unauthenticated(anonymous, additional_unsuccessful_credentials=more)
        if scheme == "bearer":
            if cred.strip() in self._bearer:
                return self._principal(self._bearer[cred.strip()], "token")
            raise self._unauthenticated(
                anonymous, additional_unsuccessful_credentials="token: token malformed"
            )
        raise self._unauthenticated(f"missing authentication credentials for REST request [{uri}]")

    def _principal(self, user: str, auth_type: str, key_id: str | None = None) -> Principal:
        spec = self._privileges.get(key_id or "", self._privileges.get(user))
        realm = ("reserved", "reserved") if user == "elastic" else ("default_native", "native")
        if auth_type == "api_key":
            realm = ("_es_api_key", "_es_api_key")
        elif auth_type == "token":
            realm = ("_es_token", "_es_token")
        p = Principal(
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
                    (list(as_list(e.get("names", ["*"]))), set(e.get("privileges", [])))
                    for e in spec.get("indices", [])
                ]
            else:
                p.roles = [f"{user}_role"]
                p.cluster = {"monitor"}
                p.indices = [(["*"], set(spec))]
        if auth_type == "api_key":
            p.roles = []
        return p

    @staticmethod
    def _index_privileges(who: Principal, name: str) -> set[str]:
        assert who.indices is not None
        out: set[str] = set()
        for patterns, privs in who.indices:
            if any(fnmatch.fnmatchcase(name, pat) for pat in patterns):
                for p in privs:
                    out |= IMPLIES.get(p, {p})
        return out

    @staticmethod
    def _cluster_privileges(who: Principal) -> set[str]:
        if who.cluster is None:
            return CLUSTER_IMPLIES["all"]
        out: set[str] = set()
        for p in who.cluster:
            out |= CLUSTER_IMPLIES.get(p, {p})
        return out

    @staticmethod
    def _denied(who: Principal, action: str, tail: str) -> EsError:
        if who.api_key:
            subject = f"API key id [{who.api_key[0]}] of user [{who.username}]"
        else:
            subject = f"user [{who.username}] with effective roles [{','.join(who.roles)}]"
        return EsError(
            403,
            err("security_exception", f"action [{action}] is unauthorized for {subject}{tail}"),
        )

    def _allowed(self, who: Principal | None, action: str, name: str) -> bool:
        if who is None or who.indices is None:
            return True
        return bool(self._index_privileges(who, name) & set(GRANTED_BY[action]))

    def authorize(
        self, who: Principal | None, action: str, names: Iterable[str], shown: str | None = None
    ) -> None:
        denied = [n for n in names if not self._allowed(who, action, n)]
        if who is not None and denied:
            grants = ",".join(GRANTED_BY[shown or action])
            tail = (
                f" on indices [{', '.join(denied)}], this action is granted by the index "
                f"privileges [{grants}]"
            )
            raise self._denied(who, shown or action, tail)

    def authorize_cluster(
        self, who: Principal | None, action: str, grants: tuple[str, ...]
    ) -> None:
        if who is None or who.cluster is None:
            return
        if not self._cluster_privileges(who) & set(grants):
            tail = f", this action is granted by the cluster privileges [{','.join(grants)}]"
            raise self._denied(who, action, tail)

    @staticmethod
    def whoami(who: Principal) -> dict[str, Any]:
        """The `_security/_authenticate` answer."""
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
        return body

    def has_privileges(self, body: Mapping[str, Any], who: Principal) -> dict[str, Any]:
        """The `_security/user/_has_privileges` answer."""
        cluster_have = self._cluster_privileges(who)
        cluster = {c: c in cluster_have for c in body.get("cluster", [])}
        index: dict[str, dict[str, bool]] = {}
        for entry in body.get("index", []):
            for name in as_list(entry.get("names")):
                have = IMPLIES["all"] if who.indices is None else self._index_privileges(who, name)
                for priv in entry.get("privileges", []):
                    index.setdefault(name, {})[priv] = priv in have or "all" in have
        everything = all(cluster.values()) and all(v for d in index.values() for v in d.values())
        return {
            "username": who.username,
            "has_all_requested": everything,
            "cluster": cluster,
            "index": index,
            "application": {},
        }
