"""The Elasticsearch store through the real elasticsearch-py client against the loopback fake."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from photoseek.config.settings import ElasticsearchSettings
from photoseek.records import Filters, PhotoMeta
from photoseek.stores.base import (
    IndexMismatch,
    IndexSpec,
    StoreDoc,
    StoreError,
    StoreUnavailable,
)
from photoseek.stores.elastic import ElasticStore, open_elastic_store, resolve
from photoseek.stores.elastic_mapping import check_spec, differences, index_body
from photoseek.stores.elastic_query import filter_clauses, num_candidates, search_body
from tests.conftest import MemoryKeyring
from tests.fakes.elasticsearch import FakeElasticsearch

MODEL = "jina-clip-v2"


def unit(rng: np.random.Generator, dims: int) -> np.ndarray:
    v = rng.standard_normal(dims).astype(np.float32)
    return v / np.linalg.norm(v)


# -- mapping ------------------------------------------------------------------------------------
@pytest.mark.parametrize("options", ["int8_hnsw", "hnsw", "int4_hnsw", "bbq_hnsw"])
def test_mapping_per_index_options(options: str) -> None:
    spec = IndexSpec(MODEL, 256, index_options=options)
    body = index_body(spec)
    m = body["mappings"]
    vector = m["properties"]["vector"]
    assert vector == {
        "type": "dense_vector",
        "element_type": "float",
        "dims": 256,
        "index": True,
        "similarity": "dot_product",
        "index_options": {"type": options},
    }
    assert m["dynamic"] == "strict"
    assert m["_meta"] == {"photoseek": {"model": MODEL, "dims": 256, "schema": 1}}
    props = m["properties"]
    assert props["paths"]["type"] == "keyword"
    assert props["file_name"] == {"type": "keyword", "fields": {"text": {"type": "text"}}}
    assert props["taken_at"]["type"] == "date"
    assert props["location"]["type"] == "geo_point"
    assert props["size"]["type"] == "long"
    assert props["width"]["type"] == props["height"]["type"] == "integer"
    assert props["content_hash"]["type"] == "keyword"
    assert differences(spec, m) == []


def test_index_options_limits() -> None:
    with pytest.raises(StoreError, match="even number of dims"):
        check_spec(IndexSpec(MODEL, 65, index_options="int4_hnsw"))
    with pytest.raises(StoreError, match="at least 64 dims"):
        check_spec(IndexSpec(MODEL, 32, index_options="bbq_hnsw"))
    with pytest.raises(StoreError, match="Unknown index_options"):
        check_spec(IndexSpec(MODEL, 64, index_options="ivf"))
    # what this server version offers
    with pytest.raises(StoreError, match=r"int8_hnsw needs Elasticsearch 8\.12"):
        check_spec(IndexSpec(MODEL, 64), (8, 11, 4))
    check_spec(IndexSpec(MODEL, 64, index_options="hnsw"), (8, 11, 4))
    check_spec(IndexSpec(MODEL, 64, index_options="bbq_hnsw"), (9, 1, 0))


def test_differences_name_each_problem() -> None:
    spec = IndexSpec(MODEL, 256)
    other = index_body(IndexSpec("other-model", 512, similarity="cosine"))["mappings"]
    del other["properties"]["camera"]
    found = differences(spec, other)
    assert any("other-model" in d for d in found)
    assert any("512 dims, not 256" in d for d in found)
    assert any("cosine, not dot_product" in d for d in found)
    assert any("lacks the field camera" in d for d in found)
    assert differences(spec, {"properties": {"vector": {"type": "float"}}})[0].startswith(
        "it was not created by Photoseek"
    )


# -- queries ------------------------------------------------------------------------------------
def test_num_candidates() -> None:
    assert num_candidates(10, 2.0) == 20
    assert num_candidates(10, 1.5) == 15
    assert num_candidates(7, 1.1) == 8  # ceil
    assert num_candidates(10, 0.5) == 10  # never below k
    assert num_candidates(6000, 2.0) == 10_000  # capped
    assert num_candidates(10_000, 2.0) == 10_000
    with pytest.raises(StoreError, match="at most 10000"):
        num_candidates(10_001, 2.0)
    with pytest.raises(StoreError):
        num_candidates(0, 2.0)


def test_filter_clauses_shape() -> None:
    assert filter_clauses(Filters()) == []
    clauses = filter_clauses(
        Filters(
            folders=("/a/b/", "/c"),
            date_from="2024-01-01",
            date_to="2024-01-31",
            camera="Canon EOS R6",
            has_location=False,
        )
    )
    assert clauses[0] == {
        "bool": {
            "should": [{"prefix": {"paths": "/a/b/"}}, {"prefix": {"paths": "/c/"}}],
            "minimum_should_match": 1,
        }
    }
    assert clauses[1] == {
        "range": {"taken_at": {"gte": "2024-01-01T00:00:00", "lte": "2024-01-31T23:59:59"}}
    }
    assert clauses[2] == {"term": {"camera": "Canon EOS R6"}}
    assert clauses[3] == {"bool": {"must_not": [{"exists": {"field": "location"}}]}}
    assert filter_clauses(Filters(has_location=True)) == [{"exists": {"field": "location"}}]


def test_search_body_pages_and_excludes_vectors() -> None:
    v = np.ones(4, np.float32) / 2
    body = search_body(v, 20, 40, Filters(camera="X"), 2.0)
    assert body["knn"]["k"] == 1000  # one window for every page (see test_pages_are_slices…)
    assert body["knn"]["num_candidates"] == 2000
    assert body["knn"]["filter"] == {"bool": {"filter": [{"term": {"camera": "X"}}]}}
    assert (body["from"], body["size"]) == (40, 20)
    assert body["_source"] == {"excludes": ["vector"]}
    assert "filter" not in search_body(v, 5, 0, Filters(), 2.0)["knn"]
    with pytest.raises(StoreError, match="at most 10000"):
        search_body(v, 100, 9950, Filters(), 2.0)


# -- connection settings ------------------------------------------------------------------------
def test_missing_url_is_one_sentence() -> None:
    with pytest.raises(StoreError) as info:
        open_elastic_store(ElasticsearchSettings())
    assert str(info.value).startswith("No Elasticsearch URL or Cloud ID is set: ")


def test_key_is_stable_and_secret_free(monkeypatch: pytest.MonkeyPatch) -> None:
    es = ElasticsearchSettings(
        urls=["https://B.example:9200/", "https://a.example:9200"],
        auth="basic",
        username="elastic",
    )
    monkeypatch.setenv("PHOTOSEEK_ES_PASSWORD", "s3cret-pw")
    conn = resolve(es)
    assert conn.key == "es:https://a.example:9200,https://b.example:9200"
    assert "s3cret" not in repr(conn)
    assert conn.client_options()["basic_auth"] == ("elastic", "s3cret-pw")
    cloud = resolve(
        ElasticsearchSettings(cloud_id="home:ZXhhbXBsZS5jb20kYWJjJGRlZg==", auth="none")
    )
    assert cloud.key == "es:home:ZXhhbXBsZS5jb20kYWJjJGRlZg=="


def test_env_overrides(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    ca = tmp_path / "ca.crt"
    ca.write_text("x")
    monkeypatch.setenv("PHOTOSEEK_ES_URL", "http://localhost:9200, http://localhost:9201")
    monkeypatch.setenv("PHOTOSEEK_ES_API_KEY", "id1:key1")
    monkeypatch.setenv("PHOTOSEEK_ES_CA_CERTS", str(ca))
    conn = resolve(ElasticsearchSettings(urls=["https://ignored:9200"]))
    assert conn.urls == ("http://localhost:9200", "http://localhost:9201")
    opts = conn.client_options()
    assert opts["api_key"] == ("id1", "key1")
    assert opts["ca_certs"] == str(ca)
    monkeypatch.delenv("PHOTOSEEK_ES_API_KEY")
    monkeypatch.setenv("PHOTOSEEK_ES_USER", "photos")
    monkeypatch.setenv("PHOTOSEEK_ES_PASSWORD", "pw")
    assert resolve(ElasticsearchSettings()).client_options()["basic_auth"] == ("photos", "pw")


def test_secrets_come_from_the_keyring(memory_keyring: MemoryKeyring) -> None:
    es = ElasticsearchSettings(urls=("http://localhost:9200",), auth="api_key")
    with pytest.raises(StoreError, match="photoseek secret set es-api-key"):
        resolve(es)
    memory_keyring.set_password("photoseek", "elasticsearch-api-key", "ZW5jb2RlZA==")
    assert resolve(es).client_options()["api_key"] == "ZW5jb2RlZA=="
    es = replace(es, auth="bearer")
    memory_keyring.set_password("photoseek", "elasticsearch-bearer-token", "tok")
    assert resolve(es).client_options()["bearer_auth"] == "tok"
    es = replace(es, auth="basic")
    with pytest.raises(StoreError, match="no user name"):
        resolve(es)


def test_bad_connection_settings_are_sentences(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        resolve(ElasticsearchSettings(urls=["https://h:9200"], ca_certs=str(tmp_path / "no")))
    with pytest.raises(StoreError, match="64 hex digits"):
        resolve(ElasticsearchSettings(urls=["https://h:9200"], fingerprint="abc"))
    with pytest.raises(StoreError, match="no user name or password in the URL"):
        resolve(ElasticsearchSettings(urls=["https://u:p@h:9200"]))
    fp = ":".join(["AB"] * 32)
    conn = resolve(ElasticsearchSettings(urls=["https://h:9200"], fingerprint=fp))
    assert conn.client_options()["ssl_assert_fingerprint"] == "ab" * 32


# -- against the fake cluster -------------------------------------------------------------------
VERSIONS = ["8.11.4", "8.15.0", "8.19.0", "9.1.0", "9.3.0"]


def spec_for(version: str, dims: int = 64, **kw: Any) -> IndexSpec:
    options = "hnsw" if version.startswith("8.11") else "int8_hnsw"
    return IndexSpec(MODEL, dims, index_options=kw.pop("index_options", options), **kw)


def store_on(fake, **settings: Any) -> ElasticStore:
    store = open_elastic_store(ElasticsearchSettings(urls=[fake.url], **settings))
    store.bulk_backoff = 0.0  # the helpers' per-document 429 back-off: no sleeping in tests
    return store


@pytest.fixture
def fake_es(request: pytest.FixtureRequest) -> Iterator[FakeElasticsearch]:
    version = getattr(request, "param", "9.1.0")
    with FakeElasticsearch(version) as fake:
        yield fake


@pytest.fixture
def es_store(fake_es: FakeElasticsearch) -> Iterator[ElasticStore]:
    store = store_on(fake_es)
    yield store
    store.close()


def make_docs(n: int, dims: int = 64, seed: int = 1) -> list[StoreDoc]:
    """Documents with every kind of metadata, some missing, spread over two folders."""
    rng = np.random.default_rng(seed)
    docs = []
    for i in range(n):
        folder = "/photos/trips" if i % 3 else "/photos/home"
        day = f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"
        meta = PhotoMeta(
            width=640 + i,
            height=480,
            taken_at=None if i % 7 == 0 else f"{day}T12:{i % 60:02d}:00",
            camera=["Canon EOS R6", "Pixel 8", None][i % 3],
            lat=48.85 if i % 4 == 0 else None,
            lon=2.35 if i % 4 == 0 else None,
        )
        docs.append(
            StoreDoc(
                id=f"{i:032x}",
                vector=unit(rng, dims),
                paths=[f"{folder}/img_{i}.jpg"],
                folders=["/photos"],
                file_name=f"img_{i}.jpg",
                size=1000 + i,
                meta=meta,
            )
        )
    return docs


def bodies(fake: FakeElasticsearch, path_end: str) -> list[Any]:
    return [e.request for e in fake.log if e.request.path.endswith(path_end)]


@pytest.mark.parametrize("fake_es", VERSIONS, indirect=True)
def test_full_cycle_on_each_version(fake_es: FakeElasticsearch, es_store: ElasticStore) -> None:
    spec = spec_for(fake_es.version)
    es_store.ensure_index(spec)
    docs = make_docs(12)
    assert es_store.upsert(spec.name, docs) == []
    es_store.refresh(spec.name)
    assert es_store.count(spec.name) == 12
    assert es_store.active(spec.alias) is None
    es_store.activate(spec)
    info = es_store.active(spec.alias)
    assert info is not None and (info.name, info.dims, info.count) == (spec.name, 64, 12)
    hits = es_store.search(spec.alias, docs[5].vector, 3)
    assert hits[0].content_hash == docs[5].id and hits[0].score == pytest.approx(1.0, abs=1e-6)
    assert hits[0].paths == tuple(docs[5].paths) and hits[0].size == docs[5].size
    assert hits[0].meta == docs[5].meta
    # the vector never travels back in search answers, whatever the server's default
    for entry in fake_es.log:
        if entry.request.path.endswith("/_search"):
            assert b'"vector"' not in entry.response_body
    # 9.3+ takes vectors as base64 float32; older servers get JSON numbers
    bulk = bodies(fake_es, "/_bulk")[0].body.decode()
    source = json.loads(bulk.splitlines()[1])
    assert isinstance(source["vector"], str if fake_es.v >= (9, 3) else list)
    stored = fake_es.docs(spec.name)[docs[0].id]
    assert stored["content_hash"] == docs[0].id and stored["file_name"] == "img_0.jpg"
    assert es_store.delete(spec.name, [docs[0].id, "0" * 32]) == []  # not_found is silent
    es_store.refresh(spec.name)
    assert es_store.count(spec.name) == 11


@pytest.mark.parametrize("options", ["int8_hnsw", "hnsw", "int4_hnsw", "bbq_hnsw"])
def test_index_created_with_the_mapping(
    fake_es: FakeElasticsearch, es_store: ElasticStore, options: str
) -> None:
    spec = IndexSpec(MODEL, 128, index_options=options)
    es_store.ensure_index(spec)
    mappings = fake_es.indices[spec.name]["mappings"]
    vector = mappings["properties"]["vector"]
    assert vector["dims"] == 128 and vector["similarity"] == "dot_product"
    assert vector["index_options"]["type"] == options
    assert mappings["_meta"]["photoseek"] == {"model": MODEL, "dims": 128, "schema": 1}
    assert mappings["dynamic"] == "strict"
    # a second call checks and keeps it
    puts = len(bodies(fake_es, spec.name))
    es_store.ensure_index(spec)
    assert not [r for r in bodies(fake_es, spec.name)[puts:] if r.method == "PUT"]


@pytest.mark.parametrize("fake_es", ["8.11.4"], indirect=True)
def test_index_options_the_server_lacks(fake_es: FakeElasticsearch, es_store: ElasticStore) -> None:
    with pytest.raises(StoreError, match=r"int8_hnsw needs Elasticsearch 8\.12\.1 or later"):
        es_store.ensure_index(IndexSpec(MODEL, 64))
    assert fake_es.indices == {}


def _create_by_hand(
    fake: FakeElasticsearch, name: str, mappings: dict[str, Any], doc: dict[str, Any]
) -> None:
    from elasticsearch import Elasticsearch

    with Elasticsearch(fake.url) as client:
        client.indices.create(index=name, mappings=mappings)
        ops = [{"index": {"_index": name, "_id": "someone-elses"}}, doc]
        client.bulk(operations=ops, refresh=True)


def test_mismatched_index_is_refused_and_left_untouched(
    fake_es: FakeElasticsearch, es_store: ElasticStore
) -> None:
    spec = IndexSpec(MODEL, 256)
    mappings = index_body(IndexSpec(MODEL, 512, similarity="cosine"))["mappings"]
    vec = [0.5] * 512
    _create_by_hand(fake_es, spec.name, mappings, {"vector": vec, "paths": ["/x.jpg"]})
    before = fake_es.indices
    with pytest.raises(IndexMismatch) as info:
        es_store.ensure_index(spec)
    message = str(info.value)
    assert "512 dims, not 256" in message and "cosine, not dot_product" in message
    assert "leaves it untouched" in message
    assert fake_es.indices == before
    with pytest.raises(IndexMismatch, match="not created by Photoseek"):
        other = IndexSpec(MODEL, 64, prefix="other")
        _create_by_hand(fake_es, other.name, {"properties": {"vector": {"type": "float"}}}, {})
        es_store.ensure_index(other)


def test_bulk_is_chunked_by_bytes(fake_es) -> None:
    store = store_on(fake_es, bulk_max_bytes=4000)  # about three 64-dim documents
    spec = IndexSpec(MODEL, 64)
    store.ensure_index(spec)
    assert store.upsert(spec.name, make_docs(20)) == []
    requests = bodies(fake_es, "/_bulk")
    assert len(requests) >= 6
    assert all(len(r.body) <= 4000 for r in requests)
    assert len(fake_es.docs(spec.name)) == 20
    store.close()


def test_overload_and_outage_raise_store_unavailable(fake_es) -> None:
    from tests.fakes.server import Fault

    store = store_on(fake_es)
    store.bulk_retries = 0
    spec = IndexSpec(MODEL, 64)
    store.ensure_index(spec)
    docs = make_docs(4)
    attempts = 4  # the client's own retries: 1 + max_retries
    for status in (429, 503):
        fake_es.reject(attempts, status=status)
        with pytest.raises(StoreUnavailable) as info:
            store.upsert(spec.name, docs)
        assert f"busy or not ready ({status}" in str(info.value)
    fake_es.inject(*(Fault(status=502, body={"error": "bad gateway"}) for _ in range(attempts)))
    with pytest.raises(StoreUnavailable):
        store.search(spec.name, docs[0].vector, 3)
    assert store.upsert(spec.name, docs) == []  # the cluster is back: nothing else needed
    # a document the node rejects for overload is retried by the helper, then succeeds
    item = {"_index": spec.name, "_id": docs[0].id, "status": 429}
    item["error"] = {"type": "es_rejected_execution_exception", "reason": "queue full"}
    fake_es.inject(Fault(status=200, body={"errors": True, "took": 1, "items": [{"index": item}]}))
    store.bulk_retries = 2
    assert store.upsert(spec.name, docs[:1]) == []
    # …and when it keeps being rejected, the batch stays pending
    fake_es.inject(
        *(
            Fault(status=200, body={"errors": True, "took": 1, "items": [{"index": item}]})
            for _ in range(3)
        )
    )
    with pytest.raises(StoreUnavailable, match="overloaded"):
        store.upsert(spec.name, docs[:1])
    fake_es.node_down()
    with pytest.raises(StoreUnavailable, match="nothing answers"):
        store.upsert(spec.name, docs)
    fake_es.node_up()
    assert store.upsert(spec.name, docs) == []
    store.close()


def test_nothing_listening(tmp_path: Path) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again when the block ends: nothing listens
    store = open_elastic_store(ElasticsearchSettings(urls=[f"http://127.0.0.1:{port}"]))
    with pytest.raises(
        StoreUnavailable, match=f"Cannot reach Elasticsearch at http://127.0.0.1:{port}"
    ):
        store.ensure_index(IndexSpec(MODEL, 64))
    store.close()


@pytest.mark.parametrize("fake_es", ["8.10.2"], indirect=True)
def test_too_old_server(fake_es: FakeElasticsearch, es_store: ElasticStore) -> None:
    with pytest.raises(StoreError, match=r"Elasticsearch 8\.10\.2 .* is too old"):
        es_store.ensure_index(IndexSpec(MODEL, 64, index_options="hnsw"))


def test_num_candidates_sent_and_validated(fake_es) -> None:
    store = store_on(fake_es, num_candidates_factor=3.0)
    spec = IndexSpec(MODEL, 64)
    store.ensure_index(spec)
    docs = make_docs(30)
    store.upsert(spec.name, docs)
    store.refresh(spec.name)
    store.search(spec.name, docs[0].vector, 10, offset=20)
    body = bodies(fake_es, "/_search")[-1].json()
    assert body["knn"]["k"] == 1000 and body["knn"]["num_candidates"] == 3000
    assert (body["from"], body["size"]) == (20, 10)
    assert body["_source"] == {"excludes": ["vector"]}
    sent = len(fake_es.log)
    with pytest.raises(StoreError, match="at most 10000"):
        store.search(spec.name, docs[0].vector, 100, offset=9_950)
    assert len(fake_es.log) == sent  # refused before asking the server
    store.close()


def test_pages_are_slices_of_one_approximate_search(fake_es) -> None:
    """On int8/int4/bbq indices each (k, num_candidates) is its own approximate search: every
    page of a query sends the same ones, so pages never repeat or skip a photo."""
    store = store_on(fake_es)
    spec = IndexSpec(MODEL, 64, index_options="int8_hnsw")
    store.ensure_index(spec)
    docs = make_docs(60)
    store.upsert(spec.name, docs)
    store.refresh(spec.name)
    before = len(bodies(fake_es, "/_search"))
    pages = [store.search(spec.name, docs[3].vector, 7, offset=o) for o in range(0, 56, 7)]
    sent = [b.json()["knn"] for b in bodies(fake_es, "/_search")[before:]]
    assert {(k["k"], k["num_candidates"]) for k in sent} == {(1000, 2000)}
    ids = [h.content_hash for page in pages for h in page]
    assert len(ids) == len(set(ids)) == 56
    whole = store.search(spec.name, docs[3].vector, 56)
    assert ids == [h.content_hash for h in whole]
    # past the first window: the larger one, still refused past the server's limit
    store.search(spec.name, docs[3].vector, 10, offset=995)
    assert bodies(fake_es, "/_search")[-1].json()["knn"]["k"] == 10_000
    store.close()


def test_activate_switches_the_alias_atomically(
    fake_es: FakeElasticsearch, es_store: ElasticStore
) -> None:
    small, large = IndexSpec(MODEL, 64), IndexSpec(MODEL, 128)
    for spec in (small, large):
        es_store.ensure_index(spec)
    es_store.activate(small)
    assert fake_es.aliases == {"photoseek": {small.name: {}}}
    es_store.activate(large)
    assert fake_es.aliases == {"photoseek": {large.name: {}}}
    switch = bodies(fake_es, "/_aliases")[-1].json()
    assert switch == {
        "actions": [
            {"remove": {"index": small.name, "alias": "photoseek"}},
            {"add": {"index": large.name, "alias": "photoseek"}},
        ]
    }
    sent = len(bodies(fake_es, "/_aliases"))
    es_store.activate(large)  # already active: nothing to do
    assert len(bodies(fake_es, "/_aliases")) == sent
    listed = {i.name: (i.dims, i.active) for i in es_store.list_indices()}
    assert listed == {small.name: (64, False), large.name: (128, True)}
    assert set(fake_es.indices) == {small.name, large.name}  # the old index stays


def test_delete_index_refuses_the_alias(fake_es: FakeElasticsearch, es_store: ElasticStore) -> None:
    spec = IndexSpec(MODEL, 64)
    es_store.ensure_index(spec)
    es_store.activate(spec)
    with pytest.raises(StoreError, match="matches an alias"):
        es_store.delete_index("photoseek")  # the alias, not an index: the server refuses
    assert set(fake_es.indices) == {spec.name}


AUTH = {
    "users": {"elastic": "right-password"},
    "api_keys": {"key-id:key-secret": "elastic"},
    "bearer": {"token-abc": "elastic"},
}


@pytest.mark.parametrize(
    ("auth", "env"),
    [
        ("basic", {"PHOTOSEEK_ES_PASSWORD": "right-password"}),
        ("api_key", {"PHOTOSEEK_ES_API_KEY": "key-id:key-secret"}),
        ("api_key", {"PHOTOSEEK_ES_API_KEY": "a2V5LWlkOmtleS1zZWNyZXQ="}),  # encoded
        ("bearer", {"PHOTOSEEK_ES_BEARER": "token-abc"}),
    ],
)
def test_auth_kinds(auth: str, env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    with FakeElasticsearch("9.1.0", auth=AUTH) as fake:
        store = store_on(fake, auth=auth, username="elastic")
        store.ensure_index(IndexSpec(MODEL, 64))
        assert store.list_indices()[0].name == "photoseek-jina-clip-v2-64"
        store.close()
        # and a wrong secret is one sentence naming what to fix
        monkeypatch.setenv(next(iter(env)), "wrong")
        store = store_on(fake, auth=auth, username="elastic")
        with pytest.raises(StoreError, match=r"\(401\).*photoseek secret set") as info:
            store.ensure_index(IndexSpec(MODEL, 64))
        assert "wrong" not in str(info.value).replace("is wrong", "")
        store.close()


def test_missing_privilege_is_a_store_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PHOTOSEEK_ES_PASSWORD", "pw")
    auth = {"users": {"reader": "pw"}}
    with FakeElasticsearch("8.15.0", auth=auth, privileges={"reader": ["read"]}) as fake:
        store = store_on(fake, auth="basic", username="reader")
        with pytest.raises(StoreError, match=r"does not allow this user to .* \(403\)"):
            store.ensure_index(IndexSpec(MODEL, 64))
        store.close()


# -- Serverless, versions, rolling upgrades, secrets in URLs ------------------------------------
@pytest.mark.parametrize("options", ["int8_hnsw", "int4_hnsw", "bbq_hnsw"])
def test_serverless_gates_on_build_flavor_not_on_8_11(options: str) -> None:
    with FakeElasticsearch(serverless=True) as fake:
        store = store_on(fake)
        assert (store.server().number, store.server().flavor) == ("8.11.0", "serverless")
        spec = IndexSpec(MODEL, 64, index_options=options)
        store.ensure_index(spec)  # 8.11 would refuse int8_hnsw; Serverless has every type
        created = [r for r in fake.requests("PUT") if r.path == f"/{spec.name}"][-1].json()
        assert set(created) == {"mappings"}  # shard and replica settings are refused there
        assert store.upsert(spec.name, make_docs(3)) == []
        source = json.loads(bodies(fake, "/_bulk")[-1].body.decode().splitlines()[1])
        assert isinstance(source["vector"], str)  # base64 vectors
        store.refresh(spec.name)
        assert store.count(spec.name) == 3
        store.close()


@pytest.mark.parametrize(("version", "ok"), [("8.12.0", False), ("8.12.1", True)])
def test_int8_hnsw_needs_8_12_1(version: str, ok: bool) -> None:
    with FakeElasticsearch(version) as fake:
        store = store_on(fake)
        if ok:
            store.ensure_index(IndexSpec(MODEL, 64))
        else:
            with pytest.raises(StoreError) as refused:
                store.ensure_index(IndexSpec(MODEL, 64))
            assert str(refused.value) == (
                "int8_hnsw needs Elasticsearch 8.12.1 or later and the cluster runs 8.12.0: set "
                "elasticsearch.index_options to hnsw, or upgrade the cluster."
            )
            assert fake.indices == {}
        store.close()


def test_base64_falls_back_to_numbers_during_a_rolling_upgrade() -> None:
    # GET / is answered by an upgraded 9.3 node; the primaries still live on a 9.2 node.
    with FakeElasticsearch("9.3.0", data_node_version="9.2.0") as fake:
        store = store_on(fake)
        spec = IndexSpec(MODEL, 64)
        store.ensure_index(spec)
        docs = make_docs(6)
        docs[2].vector = docs[2].vector[:32] / np.linalg.norm(docs[2].vector[:32])
        errors = store.upsert(spec.name, docs)
        # every document but the wrong-length one arrives; that one is a real error
        assert [e.id for e in errors] == [docs[2].id]
        assert errors[0].reason.startswith("document_parsing_exception")
        assert set(fake.docs(spec.name)) == {d.id for i, d in enumerate(docs) if i != 2}
        sent = [
            json.loads(r.body.decode().splitlines()[1])["vector"] for r in bodies(fake, "/_bulk")
        ]
        assert [type(v) for v in sent] == [str, list]  # base64 once, then numbers
        assert store.upsert(spec.name, make_docs(2, seed=9)) == []
        last = json.loads(bodies(fake, "/_bulk")[-1].body.decode().splitlines()[1])
        assert isinstance(last["vector"], list)  # numbers for the rest of the session
        store.close()


@pytest.mark.parametrize(
    "url",
    [
        "ftp://elastic:S3cret-pw@es.example:9200",
        "https://elastic:S3cret-pw@es.example:9200",
        "http://:S3cret-pw@es.example",
        "elastic:S3cret-pw@es.example:9200",
        "https://elastic:S3cret-pw@es.example:notaport",
        "https://elastic:S3cret-pw@[::1",
    ],
)
@pytest.mark.parametrize("where", ["settings", "env"])
def test_a_password_in_a_url_is_never_echoed(
    url: str, where: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if where == "env":
        monkeypatch.setenv("PHOTOSEEK_ES_URL", url)
        es = ElasticsearchSettings()
    else:
        es = ElasticsearchSettings(urls=[url])
    with pytest.raises(StoreError) as refused:
        resolve(es)
    message = str(refused.value)
    assert "S3cret-pw" not in message and "elastic:" not in message
    assert "***@" in message and "\n" not in message


def test_redact_url() -> None:
    from photoseek.stores.elastic import redact_url

    assert redact_url("https://u:p@h:9200/x?y") == "https://***@h:9200/x?y"
    assert redact_url("u:p@h") == "***@h"
    assert redact_url("https://h:9200") == "https://h:9200"
    assert redact_url("https://a@b@h/") == "https://***@h/"
