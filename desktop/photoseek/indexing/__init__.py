"""The indexing pipeline."""

from photoseek.hashing import content_hash
from photoseek.indexing.pipeline import IndexOptions, IndexReport, IndexRun
from photoseek.indexing.progress import Progress

__all__ = ["IndexOptions", "IndexReport", "IndexRun", "Progress", "content_hash"]
