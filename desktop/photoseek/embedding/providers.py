"""The three ways to embed (`embedding.provider`) and the model each one's vectors belong to.

Vectors are keyed by the model that made them, never by the provider: jina-clip-v2 through the
Jina API, the cluster's `.jina-clip-v2` endpoint and the local ONNX model are one vector space,
so switching between them costs no model call. Another model (the v5-omni endpoints) has its
own vectors and its own indices. The table of the cluster's preconfigured endpoints lets
`status` name the model without asking the cluster; any other endpoint is asked once.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from photoseek.config.settings import EmbeddingSettings

JINA, ELASTIC, LOCAL = "jina", "elastic", "local"
JINA_CLIP_V2 = "jina-clip-v2"
FULL_DIMS = 1024  # jina-clip-v2's


@dataclass(frozen=True)
class ModelInfo:
    """The model behind a provider: its name keys the vector cache and the index names."""

    name: str
    full_dims: int


# The Elastic Inference Service's preconfigured endpoints that embed photos (elasticsearch.md).
KNOWN_ENDPOINTS: dict[str, ModelInfo] = {
    ".jina-clip-v2": ModelInfo(JINA_CLIP_V2, 1024),
    ".jina-embeddings-v5-omni-small": ModelInfo("jina-embeddings-v5-omni-small", 1024),
    ".jina-embeddings-v5-omni-nano": ModelInfo("jina-embeddings-v5-omni-nano", 768),
}
KNOWN_MODELS: dict[str, int] = {info.name: info.full_dims for info in KNOWN_ENDPOINTS.values()}


def canonical_model(name: str) -> str:
    """One name per model: "jinaai/jina-clip-v2" and "Jina-CLIP-v2" are jina-clip-v2."""
    name = name.strip().lower()
    return name.removeprefix("jinaai/")


def needs_jina_key(provider: str) -> bool:
    return provider == JINA


def known_model(e: EmbeddingSettings, probed: Mapping[str, ModelInfo] | None = None) \
        -> ModelInfo | None:  # fmt: skip
    """The model the settings embed with, without asking anyone; None for a cluster endpoint
    that is neither preconfigured nor in `probed` (what earlier runs learnt)."""
    if e.provider == LOCAL:
        return ModelInfo(JINA_CLIP_V2, FULL_DIMS)
    if e.provider == ELASTIC:
        endpoint = e.elastic_endpoint
        info = (probed or {}).get(endpoint) or KNOWN_ENDPOINTS.get(endpoint)
        return ModelInfo(canonical_model(info.name), info.full_dims) if info else None
    name = canonical_model(e.model)
    return ModelInfo(name, KNOWN_MODELS.get(name, FULL_DIMS))


def vector_source(e: EmbeddingSettings) -> str:
    """Which provider made a vector, kept beside it in the cache (lookups ignore it)."""
    if e.provider == ELASTIC:
        return f"elastic:{e.elastic_endpoint}"
    if e.provider == LOCAL:
        return f"local:{e.local_variant}"
    return "jina-api"


def provider_name(provider: str, endpoint: str = "") -> str:
    """The provider in a few words, for status lines."""
    if provider == ELASTIC:
        return f"the cluster's inference endpoint {endpoint}" if endpoint else "the cluster"
    if provider == LOCAL:
        return "the local model"
    return "the Jina API"
