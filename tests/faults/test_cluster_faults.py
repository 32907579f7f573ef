"""The cluster misbehaves: down at start or mid-bulk, overloaded, refusing some documents,
revoking the credentials mid-run, losing or emptying the index between runs, changing its
mapping behind our back, or being Serverless. Each is retried or explained in one line,
nothing is lost, and the next run reconciles the catalog with what the index really holds."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from elasticsearch import Elasticsearch

from photoseek.stores.base import IndexSpec
from tests.fakes.elasticsearch import FakeElasticsearch
from tests.faults.conftest import Tally

ES = ("--store", "elasticsearch")
NAME = IndexSpec("jina-clip-v2", 512).name
Cli = Callable[..., tuple[str, str]]


@pytest.fixture
def es(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeElasticsearch]:
    with FakeElasticsearch("9.3.0", refresh_interval=None) as fake:
        monkeypatch.setenv("PHOTOSEEK_ES_URL", fake.url)
        yield fake


@pytest.fixture(autouse=True)
def _quick(monkeypatch: pytest.MonkeyPatch) -> None:
    """Small sync batches (several bulk requests for a few photos) and a tiny back-off."""
    import photoseek.indexing.pipeline as pipeline
    import photoseek.stores.elastic as elastic

    monkeypatch.setattr(pipeline, "SYNC_BATCH", 4)
    original = elastic.ElasticStore.__init__

    def quick_init(self: Any, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("bulk_backoff", 0.01)
        original(self, *args, **kwargs)

    monkeypatch.setattr(elastic.ElasticStore, "__init__", quick_init)


def status(cli: Cli) -> dict[str, Any]:
    out, _ = cli("status", "--json", *ES)
    return json.loads(out)  # type: ignore[no-any-return]


def found(cli: Cli, query: str = "photo", k: int = 100) -> list[str]:
    out, _ = cli("search", query, "-k", str(k), "--all", "--json", *ES)
    return [r["path"] for r in json.loads(out)["results"]]


def no_duplicates(fake_jina: Any, tally: Tally, expected: int) -> None:
    counts = Counter(fake_jina.images_embedded())
    assert len(counts) == expected
    twice = sum(1 for n in counts.values() if n > 1)
    tally.duplicates(twice)
    assert twice == 0, "a photo was embedded twice"


def raw(fake: FakeElasticsearch) -> Elasticsearch:
    """A client of our own: what another program (or an operator) does to the cluster."""
    return Elasticsearch(fake.url)


# -- finding 1: the index lost behind our back ----------------------------------------------------
def test_index_deleted_between_runs_is_rebuilt_from_the_cache(
    fake_jina: Any, es: FakeElasticsearch, photos: Any, cli: Cli, tally: Tally
) -> None:
    folder = photos(scenes=True)
    cli("index", str(folder), *ES)
    assert len(found(cli)) == 18
    model_calls = len(fake_jina.image_requests())

    with raw(es) as client:
        client.indices.delete(index=NAME)
    tally.injected()
    st = status(cli)
    assert st["searchable"] is None and st["held"] is None  # the store's count, not the belief
    out, _ = cli("status", *ES)
    assert "does not exist" in out and "18 missing ones" in out

    _, err = cli("index", *ES)
    tally.survived()
    assert "18 written" in err
    assert "The index had lost 18 photos" in err
    assert f"Searches now use {NAME}." in err
    assert len(found(cli)) == 18
    st = status(cli)
    assert (st["searchable"], st["held"], st["sync"]) == (18, 18, {"synced": 18})
    assert len(fake_jina.image_requests()) == model_calls, "a rebuild calls no model"
    no_duplicates(fake_jina, tally, 18)
    tally.files(indexed=18)


def test_index_emptied_between_runs(
    fake_jina: Any, es: FakeElasticsearch, photos: Any, cli: Cli, tally: Tally
) -> None:
    folder = photos(scenes=True)
    cli("index", str(folder), *ES)
    model_calls = len(fake_jina.image_requests())
    with raw(es) as client:  # the alias stays, the documents go
        ids = list(es.docs(NAME))
        client.bulk(operations=[{"delete": {"_index": NAME, "_id": i}} for i in ids[:13]])
        client.indices.refresh(index=NAME)
    tally.injected()
    st = status(cli)
    assert (st["searchable"], st["held"], st["sync"]) == (5, 5, {"synced": 18})
    out, _ = cli("status", *ES)
    assert "5 photos searchable" in out and "13 missing ones" in out

    out, _ = cli("es", "check")
    assert f"The index {NAME} holds 5 photos, and the catalog expected 18: 13 will be sent" in out
    _, err = cli("reindex", *ES)  # `reindex` writes what is missing (es check marked it)
    tally.survived()
    assert "13 written" in err
    assert len(found(cli)) == 18
    assert status(cli)["searchable"] == 18
    out, _ = cli("es", "check")
    assert f"The index {NAME} holds the 18 photos the catalog expects." in out
    with raw(es) as client:  # again, and `reindex` alone finds out
        client.bulk(operations=[{"delete": {"_index": NAME, "_id": i}} for i in ids[:3]])
        client.indices.refresh(index=NAME)
    _, err = cli("reindex", *ES)
    assert "3 written" in err and "The index had lost 3 photos" in err
    assert len(found(cli)) == 18
    assert len(fake_jina.image_requests()) == model_calls
    tally.injected()
    tally.survived()
    tally.files(indexed=18)


def test_reconciling_an_intact_index_costs_one_count(
    fake_jina: Any, es: FakeElasticsearch, photos: Any, cli: Cli
) -> None:
    cli("index", str(photos(scenes=True)), *ES)
    before = len(es.log)
    _, err = cli("index", *ES)
    assert "0 written" in err and "lost" not in err
    listed = [r for r in es.requests("POST") if r.path.endswith("/_search")]
    assert not [r for r in listed if "search_after" in r.body.decode() or b"sort" in r.body]
    assert len(es.log) - before < 12


def test_ids_are_listed_in_pages(
    fake_jina: Any,
    es: FakeElasticsearch,
    photos: Any,
    cli: Cli,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import photoseek.stores.elastic as elastic

    monkeypatch.setattr(elastic, "IDS_PAGE", 5)
    cli("index", str(photos(scenes=True)), *ES)
    with raw(es) as client:
        client.bulk(operations=[{"delete": {"_index": NAME, "_id": next(iter(es.docs(NAME)))}}])
        client.indices.refresh(index=NAME)
    _, err = cli("index", *ES)
    assert "1 written" in err
    pages = [
        r.json() for r in es.requests("POST") if r.path.endswith("/_search") and "sort" in r.json()
    ]
    assert len(pages) == 4  # 17 ids, 5 a page
    assert all(p["_source"] is False and p["sort"] == [{"content_hash": "asc"}] for p in pages)
    assert "search_after" not in pages[0] and all("search_after" in p for p in pages[1:])


def test_embedded_index_file_removed_between_runs(
    fake_jina: Any, photos: Any, cli: Cli, tally: Tally
) -> None:
    from photoseek.config import AppPaths

    folder = photos(scenes=True)
    cli("index", str(folder))
    model_calls = len(fake_jina.image_requests())
    shutil.rmtree(AppPaths.default().embedded_dir / NAME)  # the index's folder, gone
    tally.injected()
    _, err = cli("index")
    assert "18 written" in err and "The index had lost 18 photos" in err
    out, _ = cli("search", "red flowers", "-k", "50", "--all", "--json")
    assert len(json.loads(out)["results"]) == 18
    assert len(fake_jina.image_requests()) == model_calls
    tally.survived()
    tally.files(indexed=18)


# -- finding 18: per-document refusals are reported -----------------------------------------------
def test_documents_the_store_refuses_are_listed_with_the_reason(
    fake_jina: Any, es: FakeElasticsearch, photos: Any, cli: Cli, tally: Tally
) -> None:
    folder = photos(scenes=True)
    es.refuse_documents(5)
    tally.injected(5)
    _, err = cli("index", str(folder), *ES, code=1)  # partial
    assert "13 written, 5 refused" in err
    assert "The store refused 5 photos:" in err
    assert err.count("mapper_parsing_exception: [1:") == 5
    assert str(folder) in err and "immense term" in err
    out, _ = cli("status", "--problems", *ES)
    refused = [line for line in out.splitlines() if line.startswith("not in the index:")]
    assert len(refused) == 5 and all("mapper_parsing_exception" in line for line in refused)
    data = json.loads(cli("status", "--json", "--problems", *ES)[0])
    assert len(data["sync_problems"]) == 5
    assert data["sync"] == {"synced": 13, "failed": 5}
    tally.files(indexed=13, reported=5)

    _, err = cli("index", *ES)  # the next run tries them again
    tally.survived()
    assert "5 written" in err and "refused" not in err
    out, _ = cli("status", "--problems", *ES)
    assert "not in the index" not in out
    assert len(found(cli)) == 18
    no_duplicates(fake_jina, tally, 18)


# -- finding 6: one line on the terminal, the rest in the log file ---------------------------------
def closed_port() -> str:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}"


def test_cluster_down_at_start_is_one_line_on_the_terminal(
    fake_jina: Any, photos: Any, cli_process: Any, tally: Tally
) -> None:
    from photoseek.config import AppPaths

    folder = photos(3)
    url = closed_port()
    tally.injected()
    for args in (("search", "red flowers"), ("index", str(folder)), ("status",)):
        done = cli_process(*args, env={"PHOTOSEEK_ES_URL": url})
        tally.survived()
        lines = done.err.strip().splitlines()
        assert "Traceback" not in done.err and "elastic_transport" not in done.err, done.err
        if args[0] == "status":
            assert done.code == 0 and "not reachable: Cannot reach Elasticsearch" in done.out
            continue
        assert done.code == 3, done.err
        assert lines[-1].startswith(f"photoseek: Cannot reach Elasticsearch at {url}"), lines
        if args[0] == "index":  # the folder, the summary, the reason
            assert len(lines) == 3 and lines[-1].endswith(
                "3 photos wait to be synced; they are kept and will be sent on the next run."
            ), lines
        else:
            assert len(lines) == 1, lines
    log = (AppPaths.default().log_dir / "photoseek.log").read_text(encoding="utf-8")
    assert "elastic_transport" in log and "Traceback" in log  # kept for whoever debugs it
    tally.files(indexed=3)


# -- the cluster fails while we write -------------------------------------------------------------
def bulks(es: FakeElasticsearch) -> int:
    return sum(1 for e in list(es.log) if e.request.path.endswith("/_bulk"))


def pending(es: FakeElasticsearch) -> dict[str, int]:
    from photoseek.catalog import Catalog
    from photoseek.config import AppPaths

    catalog = Catalog(AppPaths.default().catalog_file)
    try:
        return catalog.sync_counts(f"es:{es.url}", NAME)
    finally:
        catalog.close()


@pytest.mark.allow_log(r"elastic_transport")
def test_connections_dropped_mid_bulk_then_back(
    fake_jina: Any, es: FakeElasticsearch, photos: Any, cli: Cli, tally: Tally
) -> None:
    from tests.fakes.server import Fault

    folder = photos(scenes=True)
    es.fault_filter = lambda request: request.path.endswith("/_bulk") and bulks(es) > 2
    es.inject(*(Fault(drop=True) for _ in range(50)))  # the node dies under the third bulk
    tally.injected()
    _, err = cli("index", str(folder), *ES, code=3)
    assert "photos wait to be synced; they are kept and will be sent on the next run." in err
    counts = pending(es)
    assert counts.get("pending", 0) > 0 and sum(counts.values()) == 18
    assert es.aliases == {}  # an incomplete index is not switched to
    es.fault_filter = lambda request: False  # back
    _, err = cli("index", *ES)
    tally.survived()
    assert f"Searches now use {NAME}." in err
    assert len(found(cli)) == 18
    no_duplicates(fake_jina, tally, 18)
    tally.files(indexed=18)


@pytest.mark.allow_log(r"elastic_transport")
def test_429s_are_retried_and_a_storm_is_explained(
    fake_jina: Any, es: FakeElasticsearch, photos: Any, cli: Cli, tally: Tally
) -> None:
    folder = photos(scenes=True)
    es.fault_filter = lambda request: request.path.endswith("/_bulk")
    es.reject(2, status=429)  # a busy write pool, twice: the client waits and tries again
    tally.injected(2)
    _, err = cli("index", str(folder), *ES)
    assert "18 written" in err
    tally.survived()
    with raw(es) as client:  # something to write: the index lost a few
        lose = [{"delete": {"_index": NAME, "_id": i}} for i in list(es.docs(NAME))[:4]]
        client.bulk(operations=lose)
        client.indices.refresh(index=NAME)
    es.reject(1000, status=429)  # a storm that outlasts every retry
    tally.injected()
    _, err = cli("index", *ES, code=3)
    assert "busy or not ready (429 es_rejected_execution_exception)" in err
    assert "4 photos wait to be synced" in err
    es.fault_filter = lambda request: False
    _, err = cli("index", *ES)
    assert "4 written" in err and len(found(cli)) == 18
    tally.survived()
    no_duplicates(fake_jina, tally, 18)
    tally.files(indexed=18)


def test_password_changed_mid_run(
    fake_jina: Any, photos: Any, cli: Cli, tally: Tally, monkeypatch: pytest.MonkeyPatch
) -> None:
    with FakeElasticsearch("9.3.0", auth={"users": {"elastic": "old-pw"}}) as es:
        monkeypatch.setenv("PHOTOSEEK_ES_URL", es.url)
        monkeypatch.setenv("PHOTOSEEK_ES_USER", "elastic")
        monkeypatch.setenv("PHOTOSEEK_ES_PASSWORD", "old-pw")

        def operator(request: Any) -> None:
            if request.path.endswith("/_bulk") and bulks(es) == 3:
                es.security.set_password("elastic", "new-pw")

        es.before_request = operator
        tally.injected()
        _, err = cli("index", str(photos(scenes=True)), *ES, code=3)
        assert "refused the user name or password (401)" in err
        assert "photoseek secret set es-password" in err and "new-pw" not in err
        counts = pending(es)
        assert counts == {"synced": 8, "pending": 10}  # two bulks went in, the rest waits
        monkeypatch.setenv("PHOTOSEEK_ES_PASSWORD", "new-pw")  # the user sets it again
        _, err = cli("index", *ES)
        tally.survived()
        assert "10 written" in err and len(found(cli)) == 18
        no_duplicates(fake_jina, tally, 18)
    tally.files(indexed=18)


def test_mapping_changed_behind_our_back_is_refused_then_rebuilt(
    fake_jina: Any, es: FakeElasticsearch, photos: Any, cli: Cli, tally: Tally
) -> None:
    from photoseek.stores.elastic_mapping import index_body

    cli("index", str(photos(scenes=True)), *ES)
    model_calls = len(fake_jina.image_requests())
    with raw(es) as client:  # someone recreates it with another mapping
        client.indices.delete(index=NAME)
        client.indices.create(index=NAME, body=index_body(IndexSpec("jina-clip-v2", 256)))
    tally.injected()
    _, err = cli("index", *ES, code=3)
    assert f"The index {NAME} on {es.url} cannot hold 512-dim jina-clip-v2 vectors" in err
    assert "its vectors have 256 dims, not 512" in err and "Photoseek leaves it untouched" in err
    assert es.indices[NAME]["mappings"]["properties"]["vector"]["dims"] == 256
    cli("indices", *ES, "remove", NAME, "--yes")  # what the message suggests
    _, err = cli("index", *ES)
    tally.survived()
    assert "18 written" in err and len(found(cli)) == 18
    assert len(fake_jina.image_requests()) == model_calls  # rebuilt from the local cache
    tally.files(indexed=18)


# -- finding 2: Serverless, end to end ------------------------------------------------------------
def test_serverless_end_to_end(
    fake_jina: Any, photos: Any, cli: Cli, tally: Tally, monkeypatch: pytest.MonkeyPatch
) -> None:
    from photoseek.library import Library

    with FakeElasticsearch(serverless=True) as es:
        monkeypatch.setenv("PHOTOSEEK_ES_URL", es.url)
        lib = Library()
        try:
            lib.add_folder(photos(scenes=True))
            report = lib.index()
            assert report.error is None and report.sync_error is None, report
            assert report.activated == NAME
            created = next(r for r in es.requests("PUT") if r.path == f"/{NAME}").json()
            assert "settings" not in created  # Serverless refuses shard/replica settings
            vector = created["mappings"]["properties"]["vector"]
            assert vector["index_options"] == {"type": "int8_hnsw"}  # not gated on "8.11.0"
            sent = [r for r in es.requests() if r.path.endswith("/_bulk")]
            doc = json.loads(sent[0].body.decode().split("\n")[1])
            assert isinstance(doc["vector"], str)  # base64 float32 vectors
            hits = lib.search.text("red flowers", k=3)
            assert [Path(h.path).parent.name for h in hits] == ["red"] * 3
            assert lib.status().searchable == 18
        finally:
            lib.close()
    tally.survived()
    tally.files(indexed=18)
