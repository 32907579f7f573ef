"""What an index size costs and keeps: storage per photo and retrieval quality per Matryoshka size.

The numbers are core knowledge, shown by `photoseek status` and the settings dialog alike
(the dialog words them in the user's language from the same fields).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

FULL_DIMS = 1024
DIM_STEPS = (64, 128, 256, 384, 512, 768, 1024)
# Per photo in the embedded store, beyond the vector: paths, folder, file name, EXIF fields.
EMBEDDED_META_BYTES = 300
# The local vector cache keeps every photo's full 1024-dim float32 vector, whatever the size.
CACHE_BYTES_PER_PHOTO = 4 * FULL_DIMS + 60
ES_GRAPH_BYTES = 64  # HNSW graph links per vector, roughly (Elasticsearch's sizing guide)
EXAMPLE_LIBRARY = 10_000  # photos, for an estimate before any folder is indexed

# jina-clip-v2 paper (arXiv 2412.08802), COCO text→image recall@5 at each published size.
PUBLISHED_RECALL = {1024: 68.4, 256: 67.4, 128: 64.6}


def es_vector_bytes(index_options: str, dims: int) -> float:
    """Memory per vector in an Elasticsearch index, from the reference's sizing rules."""
    if index_options == "hnsw":
        return 4.0 * dims
    if index_options == "int4_hnsw":
        return dims / 2 + 4
    if index_options == "bbq_hnsw":
        return dims / 8 + 14
    return dims + 4.0  # int8_hnsw


def bytes_per_photo(store_kind: str, dims: int, index_options: str) -> float:
    if store_kind == "elasticsearch":
        return es_vector_bytes(index_options, dims) + ES_GRAPH_BYTES
    return 4.0 * dims + EMBEDDED_META_BYTES


@dataclass(frozen=True)
class StorageEstimate:
    store: str  # embedded | elasticsearch
    dims: int
    index_options: str
    photos: int  # the library's count, or EXAMPLE_LIBRARY when `example`
    example: bool  # no photo counted yet: an example library
    vector_bytes: float  # per photo, the vector alone in the index
    per_photo: float  # per photo in the index (vector, graph or details)
    full_precision_on_disk: float | None  # Elasticsearch keeps float32 beside a quantised index

    @property
    def index_total(self) -> float:
        return self.per_photo * self.photos

    @property
    def cache_total(self) -> float:
        return CACHE_BYTES_PER_PHOTO * self.photos

    def lines(self) -> list[str]:
        """English sentences for the CLI (the GUI words the same fields itself)."""
        whom = f"a library of {self.photos:,} photos" if self.example else f"{self.photos:,} photos"
        if self.store == "elasticsearch":
            first = (
                f"Elasticsearch, {self.index_options}: about {human_bytes(self.per_photo)} of "
                f"cluster memory per photo, {human_bytes(self.index_total)} for {whom}"
            )
            if self.full_precision_on_disk:
                first += (
                    f"; the cluster also keeps full-precision vectors on disk "
                    f"({human_bytes(self.full_precision_on_disk)})"
                )
        else:
            first = (
                f"Embedded store: about {human_bytes(self.per_photo)} per photo on disk, "
                f"{human_bytes(self.index_total)} for {whom}"
            )
        cache = (
            f"Vector cache: {human_bytes(CACHE_BYTES_PER_PHOTO)} per photo "
            f"({human_bytes(self.cache_total)}): the full 1024 dims, so changing size is free"
        )
        return [first + ".", cache + "."]


def storage_estimate(
    store_kind: str, dims: int, index_options: str, photos: int | None
) -> StorageEstimate:
    example = not photos
    n = EXAMPLE_LIBRARY if example else int(photos or 0)
    disk = 4.0 * dims * n if store_kind == "elasticsearch" and index_options != "hnsw" else None
    vector = es_vector_bytes(index_options, dims) if store_kind == "elasticsearch" else 4.0 * dims
    return StorageEstimate(
        store_kind,
        dims,
        index_options,
        n,
        example,
        vector,
        bytes_per_photo(store_kind, dims, index_options),
        disk,
    )


class QualityLevel(StrEnum):
    FULL = "full"  # the model's full size
    HIGH = "high"  # about 99 % or more of full quality (≥ 256)
    GOOD = "good"  # about 95–99 % (≥ 128)
    UNPUBLISHED = "unpublished"  # below 128: measure on your own photos


@dataclass(frozen=True)
class Quality:
    dims: int
    level: QualityLevel
    reference_dims: int | None  # the published size the figure comes from
    recall: float | None  # COCO text→image R@5 at reference_dims
    full_recall: float = PUBLISHED_RECALL[FULL_DIMS]

    def sentence(self) -> str:
        if self.level is QualityLevel.FULL:
            return "1024 is the model's full size: full quality."
        if self.level is QualityLevel.UNPUBLISHED:
            return (
                "Quality below 128 dimensions is not published: try it and compare searches "
                "on your own photos."
            )
        share = (
            "about 99 % of full quality or more"
            if self.level is QualityLevel.HIGH
            else ("about 95–99 % of full quality")
        )
        return (
            f"Keeps {share} (at {self.reference_dims}, the paper's image search recall is "
            f"{self.recall} against {self.full_recall} at full size)."
        )


def quality(dims: int) -> Quality:
    """Retrieval quality at this size, from the jina-clip-v2 paper (COCO R@5)."""
    if dims >= FULL_DIMS:
        return Quality(dims, QualityLevel.FULL, FULL_DIMS, PUBLISHED_RECALL[FULL_DIMS])
    if dims >= 256:
        return Quality(dims, QualityLevel.HIGH, 256, PUBLISHED_RECALL[256])
    if dims >= 128:
        return Quality(dims, QualityLevel.GOOD, 128, PUBLISHED_RECALL[128])
    return Quality(dims, QualityLevel.UNPUBLISHED, None, None)


def human_bytes(n: float) -> str:
    """Decimal units, as file managers show them (the GUI uses the locale's own format)."""
    n = max(0.0, float(n))
    if n < 1000:
        return f"{round(n)} B"
    for unit in ("kB", "MB", "GB", "TB"):
        n /= 1000
        if n < 1000 or unit == "TB":
            return f"{n:.0f} {unit}" if n >= 100 else f"{n:.1f} {unit}"
    raise AssertionError("unreachable")  # pragma: no cover
