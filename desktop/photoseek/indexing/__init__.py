"""The indexing pipeline."""

from photoseek.indexing.pipeline import IndexOptions, IndexReport, IndexRun
from photoseek.indexing.progress import Progress

__all__ = ["IndexOptions", "IndexReport", "IndexRun", "Progress"]
