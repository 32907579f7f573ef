"""The cluster misbehaves: down at start or mid-bulk, overloaded, refusing some documents,
revoking the credentials mid-run, losing or emptying the index between runs, changing its
mapping behind our back, or being Serverless. Each is retried or explained in one line,
nothing is lost, and the next run reconciles the catalog with what the index really holds."""

from __future__ import annotations

import json
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
    out, _ = cli("search", query, "-k", str(k), "--json", *ES)
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
    index_file = AppPaths.default().embedded_dir / f"{NAME}.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{index_file}{suffix}").unlink(missing_ok=True)
    tally.injected()
    _, err = cli("index")
    assert "18 written" in err and "The index had lost 18 photos" in err
    out, _ = cli("search", "red flowers", "-k", "50", "--json")
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
