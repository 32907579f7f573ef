"""The whole app on the Elasticsearch store, through the CLI, against the Jina and ES fakes."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from photoseek.cli.main import main
from photoseek.stores.base import IndexSpec
from photoseek.stores.elastic_mapping import index_body
from tests.conftest import corpus_dir
from tests.fakes.elasticsearch import FakeElasticsearch

ES = ("--store", "elasticsearch")
EMBEDDED = ("--store", "embedded")
QUERIES = [
    "flores rojas",
    "red flowers",
    "blue sky",
    "cielo azul y mar",
    "green field",
    "sunflowers",
    "city at night",
    "snow",
]


@pytest.fixture(params=["8.15.0", "9.3.0"])
def fake_es(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[FakeElasticsearch]:
    with FakeElasticsearch(request.param) as fake:
        monkeypatch.setenv("PHOTOSEEK_ES_URL", fake.url)
        yield fake


def run(capsys: pytest.CaptureFixture[str], *args: str, code: int = 0) -> tuple[str, str]:
    capsys.readouterr()
    got = main(list(args))
    out = capsys.readouterr()
    assert got == code, (args, out.out, out.err)
    return out.out, out.err


def results(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict[str, Any]]:
    out, _ = run(capsys, *args, "--json")
    return json.loads(out)["results"]  # type: ignore[no-any-return]


def status(capsys: pytest.CaptureFixture[str], *store: str) -> dict[str, Any]:
    out, _ = run(capsys, "status", "--json", *store)
    return json.loads(out)  # type: ignore[no-any-return]


def sync_counts(store_key: str, index: str) -> dict[str, int]:
    """What the catalog says is synced or pending (readable while the cluster is down)."""
    from photoseek.catalog import Catalog
    from photoseek.config import AppPaths

    catalog = Catalog(AppPaths.default().catalog_file)
    try:
        return catalog.sync_counts(store_key, index)
    finally:
        catalog.close()


def assert_same(es: list[dict[str, Any]], embedded: list[dict[str, Any]], what: str) -> None:
    assert es, what
    assert [r["path"] for r in es] == [r["path"] for r in embedded], what
    assert [r["score"] for r in es] == pytest.approx([r["score"] for r in embedded], abs=1e-5)


def compare_stores(
    capsys: pytest.CaptureFixture[str], folder: Path, queries: list[str], similar: list[Path]
) -> None:
    for q in queries:
        for extra in ((), ("--folder", str(next(folder.iterdir())))):
            # The whole ranking (--all), so a query with no relevant photo still compares.
            es = results(capsys, "search", q, "-k", "5", "--all", *extra, *ES)
            embedded = results(capsys, "search", q, "-k", "5", "--all", *extra, *EMBEDDED)
            assert_same(es, embedded, f"search {q!r} {extra}")
        # And the relevant set the rule keeps by default is the same on both stores.
        es = results(capsys, "search", q, *ES)
        assert [r["path"] for r in es] == [
            r["path"] for r in results(capsys, "search", q, *EMBEDDED)
        ], q
    for photo in similar:
        es = results(capsys, "similar", str(photo), "-k", "5", "--all", *ES)
        embedded = results(capsys, "similar", str(photo), "-k", "5", "--all", *EMBEDDED)
        assert_same(es, embedded, f"similar {photo}")


def test_same_results_as_the_embedded_store(
    fake_jina, fake_es, photo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "index", str(photo_dir), *ES)
    embedded_once = fake_jina.images_embedded()
    assert len(embedded_once) == 18
    run(capsys, "index", *EMBEDDED)  # the same vectors, from the local cache
    assert fake_jina.images_embedded() == embedded_once
    top = results(capsys, "search", "flores rojas", "-k", "3", *ES)
    assert [Path(r["path"]).parent.name for r in top] == ["red"] * 3
    assert Path(results(capsys, "search", "blue sky", "-k", "1", *ES)[0]["path"]).parent.name == (
        "blue"
    )
    similar = [photo_dir / s / f"img_{s}_0.jpg" for s in ("red", "blue", "night")]
    compare_stores(capsys, photo_dir, QUERIES, similar)
    # paging ("load more") walks the same order on both stores
    for store in (ES, EMBEDDED):
        whole = [
            r["path"] for r in results(capsys, "search", "flowers", "-k", "12", "--all", *store)
        ]
        pages = []
        for offset in (0, 4, 8):
            page = results(
                capsys, "search", "flowers", "-k", "4", "--offset", str(offset), "--all", *store
            )
            pages += [r["path"] for r in page]
        assert pages == whole, store


def test_same_results_on_the_shared_corpus(
    fake_jina, fake_es, capsys: pytest.CaptureFixture[str]
) -> None:
    photos = corpus_dir("photos")
    run(capsys, "index", str(photos), *ES)
    run(capsys, "index", *EMBEDDED)
    es_status, embedded_status = status(capsys, *ES), status(capsys, *EMBEDDED)
    assert es_status["sync"] == embedded_status["sync"]
    indexed = es_status["sync"].get("synced", 0)
    assert indexed > 0
    index = next(iter(fake_es.indices.values()))
    assert len(index["docs"]) == indexed
    sample = sorted(
        p for p in photos.rglob("*") if p.suffix.lower() in (".jpg", ".jpeg") and p.is_file()
    )
    known = [p for p in sample if results(capsys, "similar", str(p), "-k", "1", *EMBEDDED)][:4]
    compare_stores(capsys, photos, ["a building", "people", "a street at night", "sky"], known)


def test_switching_size_costs_no_model_call(
    fake_jina, fake_es, photo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "config", "set", "dims", "1024")
    run(capsys, "index", str(photo_dir), *ES)
    images = fake_jina.images_embedded()
    names = {}
    for dims in (1024, 256, 64):
        names[dims] = IndexSpec("jina-clip-v2", dims).name
        if dims != 1024:
            # The change itself rebuilds the index from the vector cache, as the window does.
            requests = len(fake_jina.log)
            _, err = run(capsys, "config", "set", "dims", str(dims))
            assert len(fake_jina.log) == requests, "a size switch must not call the model"
            assert f"Searches now use {names[dims]}." in err
            _, err = run(capsys, "reindex", *ES)
            assert len(fake_jina.log) == requests and "Searches now use" not in err
        st = status(capsys, *ES)
        assert (st["active_index"], st["active_dims"]) == (names[dims], dims)
        assert fake_es.aliases == {"photoseek": {names[dims]: {}}}
        assert len(fake_es.docs(names[dims])) == 18
        mapping = fake_es.indices[names[dims]]["mappings"]["properties"]["vector"]
        assert mapping["dims"] == dims
        top = results(capsys, "search", "flores rojas", "-k", "3", *ES)
        assert [Path(r["path"]).parent.name for r in top] == ["red"] * 3
        search = [r for r in fake_es.requests("POST") if r.path.endswith("/_search")][-1]
        assert search.path == f"/{names[dims]}/_search"  # what the alias points at
        assert len(search.json()["knn"]["query_vector"]) == dims
        requests = len(fake_jina.log)
        results(capsys, "similar", str(photo_dir / "blue" / "img_blue_1.jpg"), "-k", "3", *ES)
        assert len(fake_jina.log) == requests
    assert set(fake_es.indices) == set(names.values())  # the old indices stay
    assert fake_jina.images_embedded() == images
    out, _ = run(capsys, "indices", *ES)
    assert f"* {names[64]}  dims=64  docs=18" in out
    assert f"  {names[1024]}  dims=1024  docs=18" in out
    run(capsys, "indices", *ES, "remove", names[1024], "--yes")
    assert set(fake_es.indices) == {names[256], names[64]}


def test_cluster_down_mid_sync_loses_nothing(
    fake_jina,
    fake_es,
    photo_dir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import photoseek.indexing.pipeline as pipeline

    monkeypatch.setattr(pipeline, "SYNC_BATCH", 4)  # several bulk requests for 18 photos

    def bulks() -> int:
        return sum(1 for e in list(fake_es.log) if e.request.path.endswith("/_bulk"))

    # The cluster loses its master after two bulk requests: every request then gets a 503.
    fake_es.fault_filter = lambda request: bulks() > 2
    fake_es.reject(1000, status=503)
    _, err = run(capsys, "index", str(photo_dir), *ES, code=3)
    assert "busy or not ready (503" in err
    assert "10 photos wait to be synced; they are kept and will be sent on the next run." in err
    name = IndexSpec("jina-clip-v2", 512).name
    assert len(fake_es.docs(name)) == 8
    assert sync_counts(f"es:{fake_es.url}", name) == {"pending": 10, "synced": 8}
    assert fake_es.aliases == {}  # an incomplete index is not activated

    fake_es.fault_filter = lambda request: False  # the cluster is back
    _, err = run(capsys, "index", *ES)
    assert f"Searches now use {name}." in err
    assert len(fake_es.docs(name)) == 18
    assert status(capsys, *ES)["sync"] == {"synced": 18}
    embedded = fake_jina.images_embedded()
    assert len(embedded) == len(set(embedded)) == 18  # no photo embedded twice


def test_cluster_down_for_a_whole_run(
    fake_jina, fake_es, photo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake_es.node_down()
    _, err = run(capsys, "index", str(photo_dir), *ES, code=3)
    assert "Cannot reach Elasticsearch" in err and "nothing answers there" in err
    assert len(fake_jina.images_embedded()) == 18  # the embedding work is kept locally
    fake_es.node_up()
    run(capsys, "index", *ES)
    assert len(fake_es.docs(IndexSpec("jina-clip-v2", 512).name)) == 18
    embedded = fake_jina.images_embedded()
    assert len(embedded) == len(set(embedded)) == 18
    top = results(capsys, "search", "flores rojas", "-k", "3", *ES)
    assert [Path(r["path"]).parent.name for r in top] == ["red"] * 3


def test_mismatched_index_is_refused_and_left_untouched(
    fake_jina, fake_es, photo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from elasticsearch import Elasticsearch

    name = IndexSpec("jina-clip-v2", 512).name
    theirs = index_body(IndexSpec("jina-clip-v2", 256, similarity="cosine"))
    with Elasticsearch(fake_es.url) as client:
        client.indices.create(index=name, body=theirs)
        ops = [{"index": {"_index": name, "_id": "theirs"}}, {"paths": ["/a.jpg"]}]
        client.bulk(operations=ops, refresh=True)
    before = fake_es.indices
    _, err = run(capsys, "index", str(photo_dir), *ES, code=3)
    assert f"The index {name} on {fake_es.url} cannot hold 512-dim jina-clip-v2 vectors" in err
    assert "256 dims, not 512" in err and "cosine, not dot_product" in err
    assert fake_es.indices == before
    assert fake_es.aliases == {}
    _, err = run(capsys, "search", "flores rojas", *ES, code=2)  # nothing indexed: usage
    assert "Nothing is indexed yet" in err
