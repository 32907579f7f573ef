"""The Elasticsearch fake, driven by the real elasticsearch-py 8.x client the app ships with.

These tests pin the wire behaviour the app relies on (headers, errors, kNN scores, refresh), so a
change to the fake that would let the app pass here but fail on a real cluster shows up here.
"""

from __future__ import annotations

import base64
import ssl
import struct
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from ipaddress import ip_address
from pathlib import Path
from typing import Any

import httpx
import numpy as np
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from elasticsearch import (
    ApiError,
    AuthenticationException,
    AuthorizationException,
    BadRequestError,
    ConnectionError,
    ConnectionTimeout,
    Elasticsearch,
    NotFoundError,
    UnsupportedProductError,
)

from tests.fakes.elasticsearch import FakeElasticsearch

DIMS = 8


class Clock:
    """A manual clock for the fake's scheduled refresh: tests move time instead of sleeping."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def fake(clock: Clock) -> Iterator[FakeElasticsearch]:
    with FakeElasticsearch(clock=clock) as server:
        yield server


@pytest.fixture
def raw() -> Iterator[httpx.Client]:
    """A plain HTTP client, for requests the elasticsearch client would never send."""
    with httpx.Client(timeout=5) as client:
        yield client


@pytest.fixture
def es(fake: FakeElasticsearch) -> Iterator[Elasticsearch]:
    client = Elasticsearch(fake.url, max_retries=0, request_timeout=5)
    yield client
    client.close()


def unit(v: np.ndarray) -> np.ndarray:
    return v / np.linalg.norm(v)


def vectors(n: int, seed: int = 7, dims: int = DIMS) -> np.ndarray:
    return np.random.default_rng(seed).normal(size=(n, dims)).astype(np.float32)


def make_index(
    es: Elasticsearch,
    name: str = "photos",
    similarity: str = "cosine",
    strict: bool = False,
    **extra: Any,
) -> None:
    props = {
        "vector": {"type": "dense_vector", "dims": DIMS, "similarity": similarity},
        "path": {"type": "keyword"},
        "camera": {"type": "keyword"},
        "taken": {"type": "date"},
        "rating": {"type": "integer"},
        "caption": {"type": "text"},
        **extra,
    }
    mappings: dict[str, Any] = {"properties": props}
    if strict:
        mappings["dynamic"] = "strict"
    es.indices.create(index=name, mappings=mappings)


def load(
    es: Elasticsearch, index: str, docs: list[dict[str, Any]], refresh: bool = True
) -> dict[str, Any]:
    ops: list[dict[str, Any]] = []
    for i, doc in enumerate(docs):
        ops += [{"index": {"_index": index, "_id": str(i)}}, doc]
    return es.bulk(operations=ops, refresh=refresh).body


# -- product, versions, compatibility ------------------------------------------------------------
def test_info_carries_the_product_header(fake: FakeElasticsearch, es: Elasticsearch) -> None:
    info = es.info()
    assert info.meta.headers["x-elastic-product"] == "Elasticsearch"
    assert info["version"]["number"] == "8.15.0"
    assert info["version"]["build_flavor"] == "default"
    assert info["version"]["minimum_wire_compatibility_version"] == "7.17.0"
    assert info["tagline"] == "You Know, for Search"
    assert es.ping()
    # The 8.x client asks for compatible-with=8 and the answer mirrors it.
    accept = fake.requests("GET", "/")[0].headers["accept"]
    assert accept == "application/vnd.elasticsearch+json; compatible-with=8"
    assert (
        info.meta.headers["content-type"] == "application/vnd.elasticsearch+json;compatible-with=8"
    )


def test_a_server_without_the_product_header_is_refused() -> None:
    with FakeElasticsearch(product_header=False) as fake:
        client = Elasticsearch(fake.url, max_retries=0)
        try:
            with pytest.raises(UnsupportedProductError):
                client.info()
        finally:
            client.close()


def test_8x_refuses_compatible_with_9_as_the_9x_client_sends_it(
    fake: FakeElasticsearch, raw: httpx.Client
) -> None:
    compat9 = "application/vnd.elasticsearch+json; compatible-with=9"
    r = raw.get(fake.url, headers={"Accept": compat9})
    assert r.status_code == 400
    error = r.json()["error"]
    assert error["type"] == "media_type_header_exception"
    assert error["reason"] == "Invalid media-type value on headers [Accept, Content-Type]"
    assert error["root_cause"][0]["type"] == "media_type_header_exception"
    assert error["caused_by"]["reason"] == (
        f"Accept version must be either version 8 or 7, but found 9. Accept={compat9}"
    )
    assert r.headers["x-elastic-product"] == "Elasticsearch"
    # A request with a body is refused on either header; plain JSON is always fine.
    r = raw.post(
        f"{fake.url}/_count",
        headers={"Accept": "application/json", "Content-Type": compat9},
        content=b"{}",
    )
    assert r.status_code == 400
    assert (
        "Content-Type version must be either version 8 or 7"
        in r.json()["error"]["caused_by"]["reason"]
    )
    r = raw.get(fake.url, headers={"Accept": "application/json"})
    assert r.status_code == 200
    assert r.headers["content-type"] == "application/json"
    r = raw.get(
        fake.url, headers={"Accept": "application/vnd.elasticsearch+json; compatible-with=7"}
    )
    assert r.status_code == 200


def test_9x_accepts_the_8x_client_and_refuses_compatible_with_7(raw: httpx.Client) -> None:
    with FakeElasticsearch("9.1.0") as fake:
        client = Elasticsearch(fake.url, max_retries=0)
        try:
            info = client.info()
            assert info["version"]["number"] == "9.1.0"
            assert info["version"]["minimum_wire_compatibility_version"] == "8.18.0"
            assert info["version"]["lucene_version"].startswith("10.")
            client.indices.create(
                index="p", mappings={"properties": {"v": {"type": "dense_vector", "dims": 4}}}
            )
            load(client, "p", [{"v": [1.0, 0.0, 0.0, 0.0]}])
            hits = client.search(
                index="p", knn={"field": "v", "query_vector": [1.0, 0, 0, 0], "k": 1}
            )
            assert hits["hits"]["hits"][0]["_id"] == "0"
        finally:
            client.close()
        r = raw.get(
            fake.url, headers={"Accept": "application/vnd.elasticsearch+json; compatible-with=7"}
        )
        assert r.status_code == 400
        assert (
            "must be either version 9 or 8, but found 7" in r.json()["error"]["caused_by"]["reason"]
        )
        r = raw.get(
            fake.url, headers={"Accept": "application/vnd.elasticsearch+json; compatible-with=9"}
        )
        assert r.status_code == 200


# -- security --------------------------------------------------------------------------------
AUTH = {
    "users": {"elastic": "changeme", "reader": "readpw"},
    "api_keys": {"k1:secret1": "elastic"},
    "bearer": {"tok-1": "elastic"},
}


@pytest.fixture
def secured() -> Iterator[FakeElasticsearch]:
    privileges = {"reader": ["read", "view_index_metadata"]}
    with FakeElasticsearch(auth=AUTH, privileges=privileges) as server:
        yield server


@pytest.mark.parametrize(
    "kwargs, auth_type",
    [
        ({"api_key": ("k1", "secret1")}, "api_key"),
        ({"api_key": base64.b64encode(b"k1:secret1").decode()}, "api_key"),
        ({"basic_auth": ("elastic", "changeme")}, "realm"),
        ({"bearer_auth": "tok-1"}, "token"),
    ],
)
def test_credentials_are_accepted(
    secured: FakeElasticsearch, kwargs: dict[str, Any], auth_type: str
) -> None:
    client = Elasticsearch(secured.url, max_retries=0, **kwargs)
    try:
        assert client.info()["cluster_name"] == "photoseek-test"
        me = client.security.authenticate()
        assert me["authentication_type"] == auth_type
        assert me["username"] == "elastic"
        if auth_type == "api_key":
            assert me["api_key"]["id"] == "k1"
        else:
            assert me["roles"] == ["superuser"]
    finally:
        client.close()


def test_missing_or_wrong_credentials_get_401_with_challenges(secured: FakeElasticsearch) -> None:
    client = Elasticsearch(secured.url, max_retries=0)
    try:
        with pytest.raises(AuthenticationException) as caught:
            client.info()
    finally:
        client.close()
    err = caught.value
    assert err.status_code == 401
    body = err.body["error"]
    reason = "missing authentication credentials for REST request [/]"
    assert body["root_cause"][0]["reason"] == reason
    assert body["type"] == "security_exception"
    challenges = body["root_cause"][0]["header"]["WWW-Authenticate"]
    assert challenges == [
        'Basic realm="security", charset="UTF-8"',
        'Bearer realm="security"',
        "ApiKey",
    ]
    assert 'Bearer realm="security"' in err.meta.headers["www-authenticate"]
    assert err.meta.headers["x-elastic-product"] == "Elasticsearch"

    client = Elasticsearch(secured.url, max_retries=0, basic_auth=("elastic", "nope"))
    try:
        with pytest.raises(AuthenticationException) as caught:
            client.search(index="x")
        assert caught.value.body["error"]["reason"] == (
            "unable to authenticate user [elastic] for REST request [/x/_search]"
        )
    finally:
        client.close()
    client = Elasticsearch(secured.url, max_retries=0, api_key=("k1", "wrong"))
    try:
        with pytest.raises(AuthenticationException):
            client.info()
    finally:
        client.close()


def test_security_apis_do_not_exist_when_security_is_off(
    es: Elasticsearch, raw: httpx.Client
) -> None:
    # 8.x/9.x register no security REST handlers when xpack.security.enabled is false.
    with pytest.raises(BadRequestError) as caught:
        es.security.authenticate()
    assert caught.value.body == {
        "error": "no handler found for uri [/_security/_authenticate] and method [GET]"
    }
    with pytest.raises(BadRequestError):
        es.security.has_privileges(cluster=["monitor"])
    r = raw.get(f"{es.transport.node_pool.get().base_url}/_bulk")
    assert r.status_code == 405
    assert r.json()["error"].startswith("Incorrect HTTP method for uri [/_bulk] and method [GET]")
    assert r.headers["allow"] == "POST,PUT"


def test_a_read_only_user_may_search_but_not_create_or_write(secured: FakeElasticsearch) -> None:
    admin = Elasticsearch(secured.url, max_retries=0, basic_auth=("elastic", "changeme"))
    reader = Elasticsearch(secured.url, max_retries=0, basic_auth=("reader", "readpw"))
    try:
        make_index(admin)
        load(admin, "photos", [{"path": "/a.jpg", "vector": unit(vectors(1)[0]).tolist()}])
        assert reader.count(index="photos")["count"] == 1
        with pytest.raises(AuthorizationException) as caught:
            reader.indices.create(index="mine")
        assert caught.value.status_code == 403
        assert caught.value.body["error"]["type"] == "security_exception"
        assert caught.value.body["error"]["reason"] == (
            "action [indices:admin/create] is unauthorized for user [reader] with effective roles "
            "[reader_role] on indices [mine], this action is granted by the index privileges "
            "[create_index,manage,all]"
        )
        # A bulk is authorised per item: 200 with every item refused.
        result = reader.bulk(
            operations=[{"index": {"_index": "photos", "_id": "z"}}, {"path": "/z.jpg"}]
        )
        assert result["errors"] is True
        item = result["items"][0]["index"]
        assert item["status"] == 403
        assert "indices:data/write/bulk[s]" in item["error"]["reason"]
        # What the app asks before offering to index.
        answer = reader.security.has_privileges(
            cluster=["monitor"],
            index=[{"names": ["photos"], "privileges": ["read", "create_index", "write"]}],
        )
        assert answer["username"] == "reader"
        assert answer["has_all_requested"] is False
        assert answer["index"]["photos"] == {"read": True, "create_index": False, "write": False}
        assert answer["cluster"] == {"monitor": True}
        full = admin.security.has_privileges(index=[{"names": ["photos"], "privileges": ["all"]}])
        assert full["has_all_requested"] is True
    finally:
        admin.close()
        reader.close()


# -- indices and mappings --------------------------------------------------------------------------
def test_index_lifecycle_and_mapping_defaults(fake: FakeElasticsearch, es: Elasticsearch) -> None:
    assert not es.indices.exists(index="photos")
    make_index(es)
    assert es.indices.exists(index="photos")
    mapping = es.indices.get_mapping(index="photos")["photos"]["mappings"]["properties"]
    # The server fills in what it defaulted: indexed, and int8_hnsw since 8.14.
    assert mapping["vector"] == {
        "type": "dense_vector",
        "dims": DIMS,
        "index": True,
        "similarity": "cosine",
        "index_options": {"type": "int8_hnsw", "m": 16, "ef_construction": 100},
    }
    got = es.indices.get(index="photos")["photos"]
    assert got["settings"]["index"]["number_of_shards"] == "1"
    assert got["aliases"] == {}
    with pytest.raises(BadRequestError) as caught:
        make_index(es)
    assert caught.value.error == "resource_already_exists_exception"
    assert caught.value.body["error"]["index"] == "photos"
    assert es.indices.delete(index="photos")["acknowledged"] is True
    assert not es.indices.exists(index="photos")
    with pytest.raises(NotFoundError) as missing:
        es.indices.delete(index="photos")
    assert missing.value.body["error"]["root_cause"][0]["resource.id"] == "photos"
    assert fake.indices == {}


@pytest.mark.parametrize(
    "name, why",
    [
        ("Photos", "must be lowercase"),
        ("_photos", "must not start with '_', '-', or '+'"),
        ("-photos", "must not start with '_', '-', or '+'"),
        ("pho#tos", "must not contain '#'"),
        ("pho*tos", "must not contain the following characters"),
    ],
)
def test_invalid_index_names(es: Elasticsearch, name: str, why: str) -> None:
    with pytest.raises(BadRequestError) as caught:
        es.indices.create(index=name)
    assert caught.value.error == "invalid_index_name_exception"
    assert why in caught.value.body["error"]["reason"]


@pytest.mark.parametrize(
    "vector, message",
    [
        (
            {"dims": 5000},
            "The number of dimensions should be in the range [1, 4096] but was [5000]",
        ),
        ({"dims": 0}, "The number of dimensions should be in the range [1, 4096] but was [0]"),
        ({"dims": 8, "similarity": "euclid"}, "Unknown value [euclid] for field [similarity]"),
        (
            {"dims": 8, "index_options": {"type": "ivf"}},
            "Unknown vector index options type [ivf] for field [v]",
        ),
        (
            {"dims": 32, "index_options": {"type": "bbq_hnsw"}},
            "bbq_hnsw does not support dimensions fewer than 64; provided=32",
        ),
        (
            {"dims": 7, "index_options": {"type": "int4_hnsw"}},
            "int4_hnsw only supports even dimensions; provided=7",
        ),
    ],
)
def test_bad_dense_vector_mappings_are_refused(vector: dict[str, Any], message: str) -> None:
    with FakeElasticsearch("8.19.0") as fake, Elasticsearch(fake.url, max_retries=0) as client:
        with pytest.raises(BadRequestError) as caught:
            client.indices.create(
                index="p", mappings={"properties": {"v": {"type": "dense_vector", **vector}}}
            )
        error = caught.value.body["error"]
        assert error["type"] == "mapper_parsing_exception"
        assert error["reason"].startswith("Failed to parse mapping: ")
        assert message in error["reason"]
        assert not client.indices.exists(index="p")


@pytest.mark.parametrize(
    "version, kind, known",
    [
        ("8.11.4", "int8_hnsw", False),
        ("8.12.0", "int8_hnsw", True),
        ("8.15.0", "bbq_hnsw", False),
        ("8.16.0", "bbq_hnsw", True),
        ("9.1.0", "bbq_disk", False),
        ("9.2.0", "bbq_disk", True),
    ],
)
def test_index_option_types_follow_the_version(version: str, kind: str, known: bool) -> None:
    mapping = {"v": {"type": "dense_vector", "dims": 64, "index_options": {"type": kind}}}
    with FakeElasticsearch(version) as fake, Elasticsearch(fake.url, max_retries=0) as client:
        if known:
            client.indices.create(index="p", mappings={"properties": mapping})
        else:
            with pytest.raises(BadRequestError) as caught:
                client.indices.create(index="p", mappings={"properties": mapping})
            reason = f"Unknown vector index options type [{kind}] for field [v]"
            assert caught.value.body["error"]["caused_by"]["reason"] == reason


def test_a_7x_node_refuses_the_8x_client() -> None:
    with (
        FakeElasticsearch("7.17.18") as fake,
        Elasticsearch(fake.url, max_retries=0) as client,
        pytest.raises(BadRequestError) as caught,
    ):
        client.info()
    assert caught.value.error == "media_type_header_exception"
    reason = caught.value.body["error"]["caused_by"]["reason"]
    assert reason.startswith("Accept version must be either version 7 or 6, but found 8.")


@pytest.mark.parametrize(
    "version, dims, options",
    [
        ("8.13.0", 8, None),
        ("8.15.0", 512, {"type": "int8_hnsw", "m": 16, "ef_construction": 100}),
        ("9.1.0", 128, {"type": "int8_hnsw", "m": 16, "ef_construction": 100}),
        (
            "9.1.0",
            1024,
            {
                "type": "bbq_hnsw",
                "m": 16,
                "ef_construction": 100,
                "rescore_vector": {"oversample": 3.0},
            },
        ),
    ],
)
def test_default_index_options_follow_the_version(version: str, dims: int, options: Any) -> None:
    with FakeElasticsearch(version) as fake:
        client = Elasticsearch(fake.url, max_retries=0)
        try:
            client.indices.create(
                index="p", mappings={"properties": {"v": {"type": "dense_vector", "dims": dims}}}
            )
            got = client.indices.get_mapping(index="p")["p"]["mappings"]["properties"]["v"]
        finally:
            client.close()
    assert got.get("index_options") == options
    assert got["similarity"] == "cosine"


# -- aliases ---------------------------------------------------------------------------------------
def test_alias_switch_is_atomic_and_search_goes_through_it(
    fake: FakeElasticsearch, es: Elasticsearch
) -> None:
    make_index(es, "photos-v1")
    make_index(es, "photos-v2")
    load(es, "photos-v1", [{"path": "/old.jpg"}])
    load(es, "photos-v2", [{"path": "/new1.jpg"}, {"path": "/new2.jpg"}])
    es.indices.update_aliases(actions=[{"add": {"index": "photos-v1", "alias": "photos"}}])
    assert es.indices.get_alias(name="photos").body == {"photos-v1": {"aliases": {"photos": {}}}}
    assert es.count(index="photos")["count"] == 1
    # A failing action leaves everything as it was.
    with pytest.raises(NotFoundError):
        es.indices.update_aliases(
            actions=[
                {"remove": {"index": "photos-v1", "alias": "photos"}},
                {"add": {"index": "photos-v3", "alias": "photos"}},
            ]
        )
    with pytest.raises(NotFoundError) as caught:
        es.indices.update_aliases(actions=[{"remove": {"index": "photos-v2", "alias": "photos"}}])
    assert caught.value.body["error"]["type"] == "aliases_not_found_exception"
    assert fake.aliases == {"photos": {"photos-v1": {}}}
    es.indices.update_aliases(
        actions=[
            {"remove": {"index": "photos-v1", "alias": "photos"}},
            {"add": {"index": "photos-v2", "alias": "photos"}},
        ]
    )
    hits = es.search(index="photos")["hits"]
    assert {h["_index"] for h in hits["hits"]} == {"photos-v2"}
    assert hits["total"] == {"value": 2, "relation": "eq"}
    # Writes through the alias land in its one index.
    load(es, "photos", [{"path": "/x.jpg"}])
    assert fake.docs("photos-v2")["0"] == {"path": "/x.jpg"}
    with pytest.raises(NotFoundError) as caught:
        es.indices.get_alias(name="nope")
    assert caught.value.body == {"error": "alias [nope] missing", "status": 404}
    assert es.indices.get_alias(name="nope*").body == {}
    with pytest.raises(BadRequestError) as refused:
        es.indices.delete(index="photos")
    assert "matches an alias" in refused.value.body["error"]["reason"]


# -- documents and bulk ----------------------------------------------------------------------------
def test_bulk_reports_each_item(fake: FakeElasticsearch, es: Elasticsearch) -> None:
    make_index(es, strict=True)
    good = unit(vectors(1)[0]).tolist()
    result = es.bulk(
        operations=[
            {"index": {"_index": "photos", "_id": "1"}},
            {"path": "/1.jpg", "vector": good},
            {"index": {"_index": "photos", "_id": "2"}},
            {"path": "/2.jpg", "vector": good[:5]},
            {"create": {"_index": "photos", "_id": "1"}},
            {"path": "/1.jpg"},
            {"index": {"_index": "photos", "_id": "3"}},
            {"path": "/3.jpg", "lens": "35mm"},
            {"index": {"_index": "photos", "_id": "4"}},
            {"path": "/4.jpg", "taken": "yesterday"},
            {"index": {"_index": "nowhere", "_id": "5"}},
            {"path": "/5.jpg"},
            {"index": {"_index": "photos", "_id": "1"}},
            {"path": "/1b.jpg", "vector": good},
            {"delete": {"_index": "photos", "_id": "404"}},
        ]
    ).body
    assert result["errors"] is True
    assert isinstance(result["took"], int)
    ok, wrong_dims, conflict, strict, bad_date, missing, updated, not_found = (
        next(iter(i.values())) for i in result["items"]
    )
    assert ok["result"] == "created" and ok["status"] == 201 and ok["_version"] == 1
    assert list(ok) == [
        "_index",
        "_id",
        "_version",
        "result",
        "_shards",
        "_seq_no",
        "_primary_term",
        "status",
    ]
    assert wrong_dims["status"] == 400
    assert wrong_dims["error"]["type"] == "document_parsing_exception"
    assert wrong_dims["error"]["caused_by"]["reason"] == (
        "The [dense_vector] field [vector] in doc [document with id '2'] has a different number of "
        f"dimensions [5] than defined in the mapping [{DIMS}]"
    )
    assert conflict["status"] == 409
    assert conflict["error"]["type"] == "version_conflict_engine_exception"
    assert (
        conflict["error"]["reason"]
        == "[1]: version conflict, document already exists (current version [1])"
    )
    assert strict["error"]["type"] == "strict_dynamic_mapping_exception"
    assert strict["error"]["reason"].endswith(
        "mapping set to strict, dynamic introduction of [lens] within [_doc] is not allowed"
    )
    assert bad_date["error"]["caused_by"]["reason"] == (
        "failed to parse date field [yesterday] with format "
        "[strict_date_optional_time||epoch_millis]"
    )
    assert missing["status"] == 404 and missing["error"]["type"] == "index_not_found_exception"
    assert (updated["result"], updated["_version"], updated["status"]) == ("updated", 2, 200)
    assert (not_found["result"], not_found["status"]) == ("not_found", 404)
    assert "error" not in not_found
    assert fake.docs("photos") == {"1": {"path": "/1b.jpg", "vector": good}}
    assert "nowhere" not in fake.indices  # no auto-created index
    result = es.bulk(operations=[{"delete": {"_index": "photos", "_id": "1"}}], refresh=True)
    deleted = result["items"][0]["delete"]
    assert (deleted["result"], deleted["forced_refresh"], deleted["_version"]) == (
        "deleted",
        True,
        3,
    )
    assert es.count(index="photos")["count"] == 0


def test_dot_product_needs_unit_vectors(es: Elasticsearch) -> None:
    make_index(es, similarity="dot_product")
    raw = vectors(1)[0] * 3
    result = load(es, "photos", [{"vector": raw.tolist()}, {"vector": unit(raw).tolist()}])
    bad, good = (i["index"] for i in result["items"])
    assert bad["status"] == 400
    reason = bad["error"]["caused_by"]["reason"]
    assert reason.startswith(
        "The [dot_product] similarity can only be used with unit-length vectors. Preview of "
        "invalid vector: ["
    )
    assert reason.endswith(", ...]")
    assert good["status"] == 201
    with pytest.raises(BadRequestError) as caught:
        es.search(index="photos", knn={"field": "vector", "query_vector": raw.tolist(), "k": 1})
    assert "unit-length" in caught.value.body["error"]["root_cause"][0]["reason"]


def test_base64_vectors_from_9_3(fake: FakeElasticsearch) -> None:
    with FakeElasticsearch("9.3.0") as server:
        client = Elasticsearch(server.url, max_retries=0)
        try:
            client.indices.create(
                index="p", mappings={"properties": {"v": {"type": "dense_vector", "dims": 3}}}
            )
            encoded = base64.b64encode(struct.pack(">3f", 1.0, 0.0, 0.0)).decode()
            client.bulk(operations=[{"index": {"_index": "p"}}, {"v": encoded}], refresh=True)
            hit = client.search(
                index="p", knn={"field": "v", "query_vector": [1.0, 0.0, 0.0], "k": 1}
            )
            assert hit["hits"]["hits"][0]["_score"] == 1.0
        finally:
            client.close()


# -- kNN -------------------------------------------------------------------------------------------
def knn_scores(similarity: str, docs: np.ndarray, q: np.ndarray) -> np.ndarray:
    """The documented `_score` formulas, computed independently with numpy."""
    d = docs.astype(np.float64)
    qq = q.astype(np.float64)
    if similarity == "cosine":
        cos = d @ qq / (np.linalg.norm(d, axis=1) * np.linalg.norm(qq))
        return (1 + cos) / 2
    if similarity == "dot_product":
        return (1 + d @ qq) / 2
    if similarity == "l2_norm":
        return 1 / (1 + ((d - qq) ** 2).sum(axis=1))
    dot = d @ qq
    return np.where(dot < 0, 1 / (1 - dot), dot + 1)


@pytest.mark.parametrize("similarity", ["cosine", "dot_product", "l2_norm", "max_inner_product"])
def test_knn_scores_match_the_formulas(es: Elasticsearch, similarity: str) -> None:
    make_index(es, similarity=similarity)
    docs = vectors(40)
    if similarity == "dot_product":
        docs = np.stack([unit(v) for v in docs])
    load(es, "photos", [{"vector": v.tolist(), "path": f"/{i}.jpg"} for i, v in enumerate(docs)])
    q = unit(vectors(1, seed=99)[0]) if similarity == "dot_product" else vectors(1, seed=99)[0]
    result = es.search(
        index="photos",
        knn={"field": "vector", "query_vector": q.tolist(), "k": 5, "num_candidates": 50},
        size=10,
    )
    expected = knn_scores(similarity, docs, q)
    order = np.argsort(-expected)[:5]
    hits = result["hits"]["hits"]
    assert [h["_id"] for h in hits] == [str(i) for i in order]
    assert [h["_score"] for h in hits] == pytest.approx(expected[order].tolist(), rel=1e-5)
    assert result["hits"]["total"] == {"value": 5, "relation": "eq"}
    assert result["hits"]["max_score"] == hits[0]["_score"]
    # `from`/`size` page within the k nearest.
    knn = {"field": "vector", "query_vector": q.tolist(), "k": 5}
    page = es.search(index="photos", knn=knn, from_=2, size=2)["hits"]["hits"]
    assert [h["_id"] for h in page] == [str(i) for i in order[2:4]]


@pytest.mark.parametrize(
    "knn, reason",
    [
        ({"k": 10, "num_candidates": 5}, "[num_candidates] cannot be less than [k]"),
        ({"k": 10, "num_candidates": 10_001}, "[num_candidates] cannot exceed [10000]"),
        ({"k": 0, "num_candidates": 10}, "[k] must be greater than 0"),
    ],
)
def test_knn_parameters_are_validated(es: Elasticsearch, knn: dict[str, Any], reason: str) -> None:
    make_index(es)
    with pytest.raises(BadRequestError) as caught:
        es.search(index="photos", knn={"field": "vector", "query_vector": [0.1] * DIMS, **knn})
    assert caught.value.body["error"]["type"] == "illegal_argument_exception"
    assert caught.value.body["error"]["reason"] == reason


def test_query_vector_of_the_wrong_length_fails_the_shards(es: Elasticsearch) -> None:
    make_index(es)
    with pytest.raises(BadRequestError) as caught:
        es.search(index="photos", knn={"field": "vector", "query_vector": [0.1] * 3, "k": 1})
    error = caught.value.body["error"]
    assert error["type"] == "search_phase_execution_exception"
    assert error["root_cause"][0]["reason"] == (
        "The query vector has a different number of dimensions [3] than the document vectors "
        f"[{DIMS}]."
    )
    with pytest.raises(BadRequestError) as caught:
        es.search(index="photos", knn={"field": "nope", "query_vector": [0.1] * DIMS, "k": 1})
    assert (
        caught.value.body["error"]["root_cause"][0]["reason"]
        == "field [nope] does not exist in the mapping"
    )


def test_filters_inside_knn(es: Elasticsearch) -> None:
    make_index(es)
    base = vectors(1)[0]
    docs: list[dict[str, Any]] = [
        {
            "path": "/a.jpg",
            "camera": "X100",
            "taken": "2021-06-01T12:00:00Z",
            "rating": 5,
            "caption": "Beach at dusk",
        },
        {"path": "/b.jpg", "camera": "X100", "taken": "2023-06-01", "rating": 2},
        {
            "path": "/c.jpg",
            "camera": "GR",
            "taken": "2024-01-15",
            "rating": 4,
            "caption": "city beach",
        },
        {"path": "/d.jpg", "camera": "GR"},
    ]
    for i, d in enumerate(docs):
        d["vector"] = (base + i * 0.01).tolist()
    load(es, "photos", docs)

    def ids(flt: Any) -> list[str]:
        knn = {"field": "vector", "query_vector": base.tolist(), "k": 10, "filter": flt}
        return sorted(
            h["_source"]["path"] for h in es.search(index="photos", knn=knn)["hits"]["hits"]
        )

    assert ids({"term": {"camera": "X100"}}) == ["/a.jpg", "/b.jpg"]
    assert ids({"terms": {"camera": ["GR", "Q2"]}}) == ["/c.jpg", "/d.jpg"]
    assert ids({"range": {"taken": {"gte": "2023-01-01", "lt": "2024-01-15"}}}) == ["/b.jpg"]
    assert ids({"range": {"taken": {"lte": "2024-01-15"}}}) == [
        "/a.jpg",
        "/b.jpg",
        "/c.jpg",
    ]  # whole day
    assert ids({"range": {"rating": {"gt": 2}}}) == ["/a.jpg", "/c.jpg"]
    assert ids({"exists": {"field": "taken"}}) == ["/a.jpg", "/b.jpg", "/c.jpg"]
    assert ids({"bool": {"must_not": {"exists": {"field": "taken"}}}}) == ["/d.jpg"]
    assert ids(
        {
            "bool": {
                "filter": [{"term": {"camera": "GR"}}],
                "should": [{"term": {"rating": 4}}],
                "minimum_should_match": 1,
            }
        }
    ) == ["/c.jpg"]
    assert ids([{"term": {"camera": "X100"}}, {"range": {"rating": {"gte": 3}}}]) == ["/a.jpg"]
    assert ids({"term": {"caption": "beach"}}) == ["/a.jpg", "/c.jpg"]  # the analysed tokens
    assert ids({"term": {"caption": "Beach"}}) == []  # term queries are not analysed
    assert ids({"prefix": {"path": "/c"}}) == ["/c.jpg"]
    # A datetime bound without milliseconds covers its whole second (the app's "T23:59:59").
    assert ids({"range": {"taken": {"lte": "2021-06-01T12:00:00"}}}) == ["/a.jpg"]
    assert ids({"range": {"taken": {"lt": "2021-06-01T12:00:00"}}}) == []
    # A filter on a field of the wrong type is the real shard failure, not an empty page.
    with pytest.raises(BadRequestError) as caught:
        es.search(
            index="photos",
            knn={
                "field": "vector",
                "query_vector": base.tolist(),
                "k": 3,
                "filter": {"range": {"taken": {"gte": "last tuesday"}}},
            },
        )
    assert caught.value.body["error"]["root_cause"][0]["reason"].startswith(
        "failed to parse date field [last tuesday]"
    )


def test_searching_a_missing_index(es: Elasticsearch) -> None:
    with pytest.raises(NotFoundError) as caught:
        es.search(index="nothing")
    error = caught.value.body["error"]
    assert error["type"] == "index_not_found_exception"
    assert error["reason"] == "no such index [nothing]"
    assert error["root_cause"][0]["resource.type"] == "index_or_alias"
    assert es.search(index="nothing*")["hits"]["total"]["value"] == 0


def test_vectors_are_left_out_of_source_from_9_2() -> None:
    with FakeElasticsearch("9.2.0") as fake:
        client = Elasticsearch(fake.url, max_retries=0)
        try:
            make_index(client)
            load(client, "photos", [{"path": "/a.jpg", "vector": vectors(1)[0].tolist()}])
            hit = client.search(index="photos")["hits"]["hits"][0]
            assert hit["_source"] == {"path": "/a.jpg"}
            hit = client.search(index="photos", source={"exclude_vectors": False})["hits"]["hits"][
                0
            ]
            assert len(hit["_source"]["vector"]) == DIMS
        finally:
            client.close()


# -- near-real-time -------------------------------------------------------------------------------
def test_writes_become_searchable_after_a_refresh(
    fake: FakeElasticsearch, es: Elasticsearch, clock: Clock
) -> None:
    make_index(es)

    def write(doc_id: str, refresh: Any = False) -> None:
        ops = [{"index": {"_index": "photos", "_id": doc_id}}, {"path": f"/{doc_id}.jpg"}]
        es.bulk(operations=ops, refresh=refresh)

    write("a")
    assert es.count(index="photos")["count"] == 0
    assert "a" in fake.docs("photos") and "a" not in fake.docs("photos", searchable=True)
    es.indices.refresh(index="photos")
    assert es.count(index="photos")["count"] == 1
    # The scheduled refresh: visible once the 1 s refresh interval has passed.
    write("b")
    clock.now += 0.5
    assert es.count(index="photos")["count"] == 1
    clock.now += 0.6
    assert es.count(index="photos")["count"] == 2
    write("c", refresh="wait_for")
    assert es.count(index="photos")["count"] == 3
    # A shard nobody searched for 30 s is search-idle: the next search refreshes first.
    write("d")
    clock.now += 0.1
    assert es.count(index="photos")["count"] == 3
    clock.now += 31
    fake.refresh_interval = None
    write("e")
    assert es.count(index="photos")["count"] == 5


# -- faults ----------------------------------------------------------------------------------------
def test_rejections_surface_as_429(fake: FakeElasticsearch, es: Elasticsearch) -> None:
    fake.reject(1)
    with pytest.raises(ApiError) as caught:
        es.info()
    assert caught.value.status_code == 429
    assert caught.value.body["error"]["type"] == "es_rejected_execution_exception"
    assert caught.value.meta.headers["x-elastic-product"] == "Elasticsearch"
    fake.reject(1, status=503)
    with pytest.raises(ApiError) as caught:
        es.info()
    assert caught.value.status_code == 503
    assert caught.value.body["error"]["type"] == "cluster_block_exception"


def test_the_client_retries_rejections(fake: FakeElasticsearch) -> None:
    fake.reject(2, kind="circuit_breaking")
    client = Elasticsearch(fake.url, max_retries=3)
    try:
        assert client.info()["tagline"] == "You Know, for Search"
    finally:
        client.close()
    assert [e.status for e in fake.log] == [429, 429, 200]


def test_node_down_refuses_connections_until_it_is_back(
    fake: FakeElasticsearch, es: Elasticsearch
) -> None:
    assert es.ping()
    port = fake.port
    fake.node_down()
    with pytest.raises(ConnectionError):
        es.info()
    fake.node_up()
    assert fake.port == port
    assert es.info()["cluster_name"] == "photoseek-test"


def _self_signed(folder: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "fake-es")])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=1))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ip_address("127.0.0.1"))]), False
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = folder / "node.crt", folder / "node.key"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_file, key_file


def test_tls_survives_a_node_restart(tmp_path: Path) -> None:
    cert, key = _self_signed(tmp_path)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    fake = FakeElasticsearch().start(ssl_context=context)
    client = Elasticsearch(fake.url, ca_certs=str(cert), max_retries=0)
    try:
        assert fake.url.startswith("https://")
        assert client.info()["tagline"] == "You Know, for Search"
        fake.node_down()
        with pytest.raises(ConnectionError):
            client.info()
        fake.node_up()
        assert client.info()["tagline"] == "You Know, for Search"
    finally:
        client.close()
        fake.stop()


def test_latency_hits_the_request_timeout(fake: FakeElasticsearch, es: Elasticsearch) -> None:
    fake.latency = 0.5
    with pytest.raises(ConnectionTimeout):
        es.options(request_timeout=0.1).info()


# -- Serverless, licences, rolling upgrades --------------------------------------------------------
def test_serverless_reports_8_11_and_refuses_shard_settings(raw: httpx.Client) -> None:
    with FakeElasticsearch(serverless=True) as fake, Elasticsearch(fake.url, max_retries=0) as es:
        version = es.info()["version"]
        assert (version["number"], version["build_flavor"]) == ("8.11.0", "serverless")
        settings = {"index": {"number_of_shards": 1, "auto_expand_replicas": "0-1"}}
        with pytest.raises(BadRequestError) as caught:
            es.indices.create(index="p", settings=settings)
        assert caught.value.error == "illegal_argument_exception"
        assert caught.value.body["error"]["reason"] == (
            "Settings [index.auto_expand_replicas,index.number_of_shards] are not available "
            "when running in serverless mode"
        )
        # Every index_options type of the latest stack, whatever the version number says.
        for kind in ("int8_hnsw", "bbq_hnsw", "bbq_disk"):
            options = {"type": "dense_vector", "dims": 64, "index_options": {"type": kind}}
            es.indices.create(index=kind.replace("_", "-"), mappings={"properties": {"v": options}})
        encoded = base64.b64encode(struct.pack(">64f", *([0.125] * 64))).decode()
        assert not load(es, "int8-hnsw", [{"v": encoded}])["errors"]  # base64 vectors too
        assert es.search(index="int8-hnsw")["hits"]["hits"][0]["_source"] == {}  # 9.2+ _source
        with pytest.raises(ApiError) as gone:
            es.license.get()
        assert gone.value.status_code == 410
        assert gone.value.body["error"]["type"] == "api_not_available_exception"
        # Serverless speaks compatible-with 9 (the 9.x client) as well as 8.
        compat9 = "application/vnd.elasticsearch+json; compatible-with=9"
        assert raw.get(fake.url, headers={"Accept": compat9}).status_code == 200


@pytest.mark.parametrize("kind", ["basic", "trial", "enterprise"])
def test_license_type_is_settable(kind: str) -> None:
    with FakeElasticsearch("9.1.0", license=kind) as fake, Elasticsearch(fake.url) as es:
        lic = es.license.get()["license"]
    assert (lic["type"], lic["status"]) == (kind, "active")
    assert ("expiry_date_in_millis" in lic) == (kind != "basic")


def test_a_9_2_data_node_cannot_read_base64_vectors() -> None:
    # A rolling upgrade: GET / answers 9.3.0 but the primaries still live on a 9.2 node.
    with (
        FakeElasticsearch("9.3.0", data_node_version="9.2.0") as fake,
        Elasticsearch(fake.url, max_retries=0) as es,
    ):
        assert es.info()["version"]["number"] == "9.3.0"
        make_index(es)
        encoded = base64.b64encode(struct.pack(">8f", *unit(vectors(1)[0]))).decode()
        item = load(es, "photos", [{"vector": encoded}])["items"][0]["index"]
        assert item["error"]["type"] == "document_parsing_exception"
        assert "found [VALUE_STRING]" in item["error"]["caused_by"]["reason"]
        assert not load(es, "photos", [{"vector": unit(vectors(1)[0]).tolist()}])["errors"]


def test_source_excludes_nested_paths(es: Elasticsearch) -> None:
    make_index(es, location={"type": "geo_point"})
    load(es, "photos", [{"path": "/a.jpg", "location": {"lat": 1.0, "lon": 2.0}, "rating": 3}])
    hit = es.search(index="photos", source={"excludes": ["rating"]})["hits"]["hits"][0]
    assert hit["_source"] == {"path": "/a.jpg", "location": {"lat": 1.0, "lon": 2.0}}
    hit = es.search(index="photos", source={"includes": ["location.lat"]})["hits"]["hits"][0]
    assert hit["_source"] == {"location": {"lat": 1.0}}


JSON = {"accept": "application/json", "content-type": "application/json"}


# -- inference -------------------------------------------------------------------------------------
def test_inference_endpoints_are_listed_in_the_real_shape() -> None:
    with FakeElasticsearch("9.4.0") as fake, Elasticsearch(fake.url) as es:
        every = es.perform_request("GET", "/_inference/_all", headers=JSON).body["endpoints"]
        one = es.perform_request("GET", "/_inference/embedding/.jina-clip-v2", headers=JSON).body
        text = es.perform_request("GET", "/_inference/text_embedding/_all", headers=JSON).body[
            "endpoints"
        ]
        with pytest.raises(NotFoundError) as missing:
            es.perform_request("GET", "/_inference/embedding/.nope", headers=JSON)
    ids = [e["inference_id"] for e in every]
    assert ids == sorted(ids) and ".jina-embeddings-v5-omni-nano" in ids
    assert one == {
        "endpoints": [
            {
                "inference_id": ".jina-clip-v2",
                "task_type": "embedding",
                "service": "elastic",
                "service_settings": {
                    "model_id": "jina-clip-v2",
                    "similarity": "cosine",
                    "dimensions": 1024,
                },
                "chunking_settings": {
                    "strategy": "sentence",
                    "max_chunk_size": 250,
                    "sentence_overlap": 1,
                },
                "metadata": {
                    "heuristics": {"properties": ["multilingual", "multimodal"], "status": "ga"},
                    "display": {"name": "Jina CLIP v2", "model_creator": "Jina"},
                },
            }
        ]
    }
    assert {e["task_type"] for e in text} == {"text_embedding"}
    assert missing.value.body["error"] == {
        "root_cause": [
            {
                "type": "resource_not_found_exception",
                "reason": "Inference endpoint not found [.nope]",
            }
        ],
        "type": "resource_not_found_exception",
        "reason": "Inference endpoint not found [.nope]",
    }


@pytest.mark.parametrize("version", ["8.19.0", "9.3.0"])
def test_clusters_before_9_4_have_no_embedding_task(version: str) -> None:
    with (
        FakeElasticsearch(version) as fake,
        Elasticsearch(fake.url) as es,
        pytest.raises(BadRequestError) as caught,
    ):
        es.perform_request(
            "POST", "/_inference/embedding/.jina-clip-v2", headers=JSON, body={"input": "x"}
        )
    assert caught.value.body == {
        "error": {
            "root_cause": [{"type": "status_exception", "reason": "Unknown task_type [embedding]"}],
            "type": "status_exception",
            "reason": "Unknown task_type [embedding]",
        },
        "status": 400,
    }


def test_inference_embeds_text_and_images_in_input_order(tmp_path: Path) -> None:
    import io

    from tests.fakes import semantic

    picture = io.BytesIO()
    semantic.make_scene("red_flowers").save(picture, "JPEG")
    image = "data:image/jpeg;base64," + base64.b64encode(picture.getvalue()).decode()
    inputs = [
        {"content": {"type": "image", "format": "base64", "value": image}},
        {"content": {"type": "text", "value": "flores rojas"}},
        "blue sky",
    ]
    with FakeElasticsearch("9.4.0") as fake, Elasticsearch(fake.url) as es:
        body = {"input": inputs, "input_type": "ingest"}
        clip = es.perform_request(
            "POST", "/_inference/embedding/.jina-clip-v2", headers=JSON, body=body
        ).body
        nano = es.perform_request(
            "POST", "/_inference/embedding/.jina-embeddings-v5-omni-nano", headers=JSON, body=body
        ).body
        with pytest.raises(BadRequestError) as wrong_task:
            es.perform_request(
                "POST",
                "/_inference/embedding/.jina-embeddings-v5-text-small",
                headers=JSON,
                body=body,
            )
        assert (fake.inference.requests, fake.inference.batches) == (2, [3, 3])
    assert list(clip) == ["embeddings"]
    v = np.array([e["embedding"] for e in clip["embeddings"]])
    assert v.shape == (3, 1024) and np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    assert v[0] @ v[1] > v[0] @ v[2]  # the red photo is nearer "flores rojas" than "blue sky"
    assert len(nano["embeddings"][0]["embedding"]) == 768  # another model, another space
    assert wrong_task.value.body["error"]["reason"] == (
        "Incompatible task_type, the requested type [embedding] does not match the model type "
        "[text_embedding]"
    )


def test_inference_refusals_come_back_wrapped_as_elasticsearch_wraps_them() -> None:
    good = {"content": {"type": "text", "value": "snow"}}
    bad = {"content": {"type": "image", "format": "base64", "value": "data:image/jpeg;base64,AAAA"}}
    path = "/_inference/embedding/.jina-clip-v2"
    with FakeElasticsearch(serverless=True) as fake, Elasticsearch(fake.url, max_retries=0) as es:
        with pytest.raises(BadRequestError) as refused:
            es.perform_request("POST", path, headers=JSON, body={"input": [good, bad]})
        with pytest.raises(BadRequestError) as too_many:
            es.perform_request("POST", path, headers=JSON, body={"input": [good] * 17})
        fake.inference.fail(1, 429, retry_after="2")
        with pytest.raises(ApiError) as limited:
            es.perform_request("POST", path, headers=JSON, body={"input": [good]})
        fake.inference.fail(1, 503)
        with pytest.raises(BadRequestError) as server:
            es.perform_request("POST", path, headers=JSON, body={"input": [good]})
        assert (
            es.perform_request("POST", path, headers=JSON, body={"input": [good]}).meta.status
            == 200
        )
    prefix = "for request from inference entity id [.jina-clip-v2] status"
    assert refused.value.body["error"]["reason"].startswith(
        f"Received a bad request status code {prefix} [400]. Error message: [Input at index 1: "
    )
    assert "Too many inputs: 17" in too_many.value.body["error"]["reason"]
    assert limited.value.status_code == 429
    assert limited.value.meta.headers["retry-after"] == "2"
    assert (
        limited.value.body["error"]["reason"] == f"Received a rate limit status code {prefix} [429]"
    )
    # Elasticsearch maps a 5xx of the service to 400 (BaseResponseHandler.toRestStatus).
    assert (
        server.value.body["error"]["reason"]
        == f"Received a server error status code {prefix} [503]"
    )


def test_inference_needs_an_active_licence_and_the_privilege() -> None:
    with (
        FakeElasticsearch("9.4.0", license_status="expired") as fake,
        Elasticsearch(fake.url) as es,
        pytest.raises(AuthorizationException) as caught,
    ):
        es.perform_request(
            "POST", "/_inference/embedding/.jina-clip-v2", headers=JSON, body={"input": "x"}
        )
    assert caught.value.body["error"]["reason"] == (
        "current license is non-compliant for [Elastic Inference Service]"
    )
    assert caught.value.body["error"]["license.expired.feature"] == "Elastic Inference Service"
    auth = {"users": {"u": "pw"}}
    privileges = {"u": {"cluster": [], "indices": []}}
    with (
        FakeElasticsearch("9.4.0", auth=auth, privileges=privileges) as fake,
        Elasticsearch(fake.url, basic_auth=("u", "pw")) as es,
        pytest.raises(AuthorizationException) as denied,
    ):
        es.perform_request(
            "POST", "/_inference/embedding/.jina-clip-v2", headers=JSON, body={"input": "x"}
        )
    assert denied.value.body["error"]["reason"] == (
        "action [cluster:monitor/xpack/inference/post] is unauthorized for user [u] with effective "
        "roles [u_role], this action is granted by the cluster privileges "
        "[monitor_inference,manage_inference,monitor,manage,all]"
    )
