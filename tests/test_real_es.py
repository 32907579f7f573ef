"""The Elasticsearch store against a real cluster; opt-in (tests/stores runs the whole store
contract there too with the same variables).

    PHOTOSEEK_TEST_ES_URL=http://localhost:9200 \\
    PHOTOSEEK_TEST_ES_USER=elastic PHOTOSEEK_TEST_ES_PASSWORD=… \\
    .venv/bin/python -m pytest -q tests/test_real_es.py

Also read: PHOTOSEEK_TEST_ES_API_KEY, PHOTOSEEK_TEST_ES_CA_CERTS. Every index the test makes
carries a unique prefix, and only those indices are deleted afterwards.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest

from photoseek.config.settings import ElasticsearchSettings
from photoseek.stores.base import IndexMismatch, IndexSpec
from photoseek.stores.elastic import ElasticStore, open_elastic_store
from photoseek.stores.elastic_check import check_connection
from photoseek.stores.elastic_mapping import index_body
from tests.test_elastic_store import make_docs

URL = os.environ.get("PHOTOSEEK_TEST_ES_URL", "")
pytestmark = [
    pytest.mark.real_es,
    pytest.mark.skipif(not URL, reason="set PHOTOSEEK_TEST_ES_URL to test against a real cluster"),
]
MODEL = "jina-clip-v2"


@pytest.fixture
def settings(monkeypatch: pytest.MonkeyPatch) -> ElasticsearchSettings:
    monkeypatch.setenv("PHOTOSEEK_ES_URL", URL)
    for test_var, var in (
        ("PHOTOSEEK_TEST_ES_API_KEY", "PHOTOSEEK_ES_API_KEY"),
        ("PHOTOSEEK_TEST_ES_USER", "PHOTOSEEK_ES_USER"),
        ("PHOTOSEEK_TEST_ES_PASSWORD", "PHOTOSEEK_ES_PASSWORD"),
        ("PHOTOSEEK_TEST_ES_CA_CERTS", "PHOTOSEEK_ES_CA_CERTS"),
    ):
        if os.environ.get(test_var):
            monkeypatch.setenv(var, os.environ[test_var])
    return ElasticsearchSettings(index_prefix=f"photoseek-test-{uuid.uuid4().hex[:10]}")


@pytest.fixture
def store(settings: ElasticsearchSettings) -> Iterator[ElasticStore]:
    store = open_elastic_store(settings)
    created: list[str] = []
    real_ensure = store.ensure_index

    def ensure_and_remember(spec: IndexSpec) -> None:
        existed = store.index_exists(spec.name)
        real_ensure(spec)
        if not existed:
            created.append(spec.name)

    store.ensure_index = ensure_and_remember  # type: ignore[method-assign]
    try:
        yield store
    finally:
        for name in created:  # only what this test made; the alias goes with its index
            store.delete_index(name)
        store.close()


def test_check(settings: ElasticsearchSettings) -> None:
    report = check_connection(settings, IndexSpec(MODEL, 64, prefix=settings.index_prefix))
    assert report.version, report.lines
    assert report.ok, report.lines


def test_switch_and_refuse(store: ElasticStore, settings: ElasticsearchSettings) -> None:
    small = IndexSpec(MODEL, 64, prefix=settings.index_prefix)
    large = IndexSpec(MODEL, 128, prefix=settings.index_prefix)
    for spec in (small, large):
        store.ensure_index(spec)
        store.upsert(spec.name, make_docs(5, spec.dims))
        store.refresh(spec.name)
    store.activate(small)
    store.activate(large)
    active = store.active(small.alias)
    assert active is not None and active.name == large.name
    assert {i.name for i in store.list_indices()} == {small.name, large.name}
    # an index under our name with another mapping is refused and left as it is
    odd = IndexSpec(MODEL, 256, prefix=settings.index_prefix)
    store.client.indices.create(
        index=odd.name, body=index_body(IndexSpec(MODEL, 512, prefix=settings.index_prefix))
    )
    try:
        with pytest.raises(IndexMismatch, match="512 dims, not 256"):
            store.ensure_index(odd)
        assert store.index_exists(odd.name)
    finally:
        store.delete_index(odd.name)
