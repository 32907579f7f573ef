"""S9: what one photo costs on the wire to Elasticsearch: the `_bulk` request bodies the store
sends to the fake as a 9.3 cluster (vectors as base64 float32) and as an 8.x cluster (JSON
float arrays), at 256 and 1024 dims. Measured, not changed."""

from __future__ import annotations

import json

import numpy as np
import pytest

from photoseek.config.settings import ElasticsearchSettings
from photoseek.stores.base import IndexSpec
from photoseek.stores.elastic import open_elastic_store
from tests.bench.report import record
from tests.bench.store_data import docs
from tests.fakes.elasticsearch import FakeElasticsearch

N = 200


def bulk_bytes(version: str, dims: int) -> tuple[float, str]:
    """Bytes per photo of the `_bulk` bodies, and how the first vector was sent."""
    rng = np.random.default_rng(dims)
    x = rng.standard_normal((N, dims)).astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    with FakeElasticsearch(version=version) as fake:
        store = open_elastic_store(ElasticsearchSettings(urls=[fake.url]))
        spec = IndexSpec("jina-clip-v2", dims)
        store.ensure_index(spec)
        assert store.upsert(spec.name, docs(x, 0, N)) == []
        bodies = [e.request.body for e in fake.log if e.request.path.endswith("/_bulk")]
        store.close()
    source = json.loads(bodies[0].splitlines()[1])
    sent = "base64" if isinstance(source["vector"], str) else "floats"
    return sum(len(b) for b in bodies) / N, sent


def float32_shortest(dims: int) -> float:
    """What a float array would weigh with float32's shortest round-trip digits (for scale)."""
    x = np.random.default_rng(dims).standard_normal(dims).astype(np.float32)
    x /= np.linalg.norm(x)
    return len(",".join(np.format_float_positional(v, unique=True, trim="-") for v in x)) + 2.0


@pytest.mark.parametrize("dims", [256, 1024])
def test_bench_es_bulk_bytes(dims: int) -> None:
    b64, how_new = bulk_bytes("9.3.0", dims)
    floats, how_old = bulk_bytes("8.15.0", dims)
    vector_b64 = 4 * ((dims * 4 + 2) // 3)
    print(
        f"\n[bench] ES bulk at {dims} dims: {b64:.0f} B/photo as base64 (vector {vector_b64} B) "
        f"vs {floats:.0f} B/photo as JSON floats (float32 shortest digits would make the vector "
        f"{float32_shortest(dims):.0f} B)"
    )
    record(
        f"S9 {dims}", f"ES _bulk bytes per photo at {dims} dims, 9.3+ (base64)", b64, "B",
        "reported; base64 on 9.3+, floats on 8.x", how_new == "base64" and how_old == "floats",
        floats, "JSON float lists (8.x)",
    )  # fmt: skip
