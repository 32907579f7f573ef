"""The Elasticsearch index Photoseek creates, and how an existing one is checked against it.

One index per (model, dims). Similarity is `dot_product`: every vector we store or search
with is unit length (a Matryoshka truncation is re-normalised in `search.matryoshka.truncate`),
and for unit vectors the dot product *is* the cosine, so `dot_product` ranks exactly like
`cosine` while skipping the per-comparison norm computation. Its `_score` is (1 + dot) / 2,
the same formula the embedded store uses, so both stores give the same scores.
"""

from __future__ import annotations

from typing import Any

from photoseek.stores.base import IndexSpec, StoreError

SCHEMA = 1  # bump when the mapping changes in a way old indices cannot serve
VECTOR_FIELD = "vector"
MAX_DIMS = 4096  # dense_vector's limit
SIMILARITIES = ("dot_product", "cosine", "max_inner_product", "l2_norm")

# index_options.type → the first stateful server version to use it for. Three parts: 8.12.0
# had an int8_hnsw merge bug fixed in 8.12.1. Serverless has every type whatever its number.
INDEX_OPTIONS: dict[str, tuple[int, int, int]] = {
    "hnsw": (8, 0, 0),
    "int8_hnsw": (8, 12, 1),
    "int4_hnsw": (8, 15, 0),
    "bbq_hnsw": (8, 16, 0),
}

# Metadata fields: name → the part of the mapping that must match for Photoseek to use it.
FIELDS: dict[str, dict[str, Any]] = {
    "paths": {"type": "keyword"},  # every path of this content; folder filters are prefixes
    "folders": {"type": "keyword"},  # the library folders holding it
    "file_name": {"type": "keyword", "fields": {"text": {"type": "text"}}},
    "taken_at": {"type": "date"},
    "camera": {"type": "keyword"},
    "location": {"type": "geo_point"},
    "size": {"type": "long"},
    "width": {"type": "integer"},
    "height": {"type": "integer"},
    "content_hash": {"type": "keyword"},  # = _id; also the tie-breaker when scores are equal
}


def check_spec(spec: IndexSpec, version: tuple[int, ...] | None = None) -> None:
    """Refuse, with one sentence, an index Elasticsearch would refuse (or this server lacks).

    `version` is the stateful server's version; None (unknown, or Serverless) skips that gate.
    """
    if not 1 <= spec.dims <= MAX_DIMS:
        raise StoreError(f"Elasticsearch vectors have 1 to {MAX_DIMS} dims, not {spec.dims}.")
    if spec.similarity not in SIMILARITIES:
        raise StoreError(f"Unknown vector similarity {spec.similarity!r}.")
    kind = spec.index_options
    if kind not in INDEX_OPTIONS:
        raise StoreError(
            f"Unknown index_options type {kind!r}; choose one of {', '.join(INDEX_OPTIONS)}."
        )
    if kind == "int4_hnsw" and spec.dims % 2:
        raise StoreError(
            f"int4_hnsw needs an even number of dims, and {spec.dims} is odd: choose an even "
            "size or another elasticsearch.index_options."
        )
    if kind == "bbq_hnsw" and spec.dims < 64:
        raise StoreError(f"bbq_hnsw needs at least 64 dims, not {spec.dims}.")
    need = INDEX_OPTIONS[kind]
    have = tuple(version or ()) + (0,) * (3 - len(version or ()))
    if version is not None and have[:3] < need:
        raise StoreError(
            f"{kind} needs Elasticsearch {'.'.join(map(str, need))} or later and the cluster "
            f"runs {'.'.join(map(str, version))}: set elasticsearch.index_options to hnsw, or "
            "upgrade the cluster."
        )


def index_body(spec: IndexSpec, *, serverless: bool = False) -> dict[str, Any]:
    """`settings` and `mappings` for `PUT /<spec.name>`.

    Serverless refuses shard and replica settings (400 "Settings [...] are not available when
    running in serverless mode") and manages both itself, so it gets the mappings alone.
    """
    properties: dict[str, Any] = {
        VECTOR_FIELD: {
            "type": "dense_vector",
            "element_type": "float",
            "dims": spec.dims,
            "index": True,
            "similarity": spec.similarity,
            "index_options": {"type": spec.index_options},
        },
        **FIELDS,
    }
    mappings = {
        "dynamic": "strict",
        "_meta": {"photoseek": {"model": spec.model, "dims": spec.dims, "schema": SCHEMA}},
        "properties": properties,
    }
    if serverless:
        return {"mappings": mappings}
    return {
        "settings": {
            # A personal library fits one shard; kNN's num_candidates is per shard, so one
            # shard also gives the most accurate results for a given cost. Replicas follow the
            # cluster: none on a single node (green, not yellow), one as soon as there are two.
            "index": {"number_of_shards": 1, "auto_expand_replicas": "0-1"}
        },
        "mappings": mappings,
    }


def vector_dims(mapping: dict[str, Any]) -> int | None:
    """The dims of the vector field in a `mappings` object, or None."""
    field = (mapping.get("properties") or {}).get(VECTOR_FIELD) or {}
    dims = field.get("dims")
    return int(dims) if isinstance(dims, int | str) and str(dims).isdigit() else None


def index_options_type(mapping: dict[str, Any]) -> str | None:
    field = (mapping.get("properties") or {}).get(VECTOR_FIELD) or {}
    return (field.get("index_options") or {}).get("type")


def differences(spec: IndexSpec, mapping: dict[str, Any]) -> list[str]:
    """How an existing index's `mappings` differs from what `spec` needs (empty: usable).

    The index_options type is not compared: a differently quantised index still answers
    the same queries correctly, and refusing it would leave the user only deleting it.
    """
    out: list[str] = []
    meta = (mapping.get("_meta") or {}).get("photoseek")
    if not isinstance(meta, dict):
        out.append("it was not created by Photoseek (no _meta.photoseek)")
    else:
        if meta.get("model") != spec.model:
            out.append(f"it holds vectors of the model {meta.get('model')!r}, not {spec.model!r}")
        schema = meta.get("schema")
        if isinstance(schema, int) and schema > SCHEMA:
            out.append(f"it was made by a newer Photoseek (schema {schema}, this one has {SCHEMA})")
    props = mapping.get("properties") or {}
    vector = props.get(VECTOR_FIELD)
    if not isinstance(vector, dict):
        out.append(f"it has no {VECTOR_FIELD!r} field")
    elif vector.get("type") != "dense_vector":
        out.append(f"its {VECTOR_FIELD!r} field is {vector.get('type')!r}, not dense_vector")
    else:
        if vector_dims(mapping) != spec.dims:
            out.append(f"its vectors have {vector.get('dims')} dims, not {spec.dims}")
        similarity = vector.get("similarity", "cosine")
        if similarity != spec.similarity:
            out.append(f"its similarity is {similarity}, not {spec.similarity}")
        element = vector.get("element_type", "float")
        if element != "float":
            out.append(f"its vectors are {element}, not float")
        if vector.get("index") is False:
            out.append("its vectors are not indexed for kNN search")
    missing = [name for name in FIELDS if name not in props]
    if missing:
        out.append("it lacks the field" + ("s " if len(missing) > 1 else " ") + ", ".join(missing))
    for name, want in FIELDS.items():
        have = props.get(name)
        if isinstance(have, dict) and have.get("type", "object") != want["type"]:
            out.append(f"its field {name!r} is {have.get('type', 'object')}, not {want['type']}")
    return out
