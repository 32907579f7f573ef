"""Queries: text, image and find-similar."""

from photoseek.matryoshka import truncate
from photoseek.search.service import NothingIndexed, SearchError, SearchService

__all__ = ["NothingIndexed", "SearchError", "SearchService", "truncate"]
