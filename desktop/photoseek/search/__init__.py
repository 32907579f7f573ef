"""Queries: text, image and find-similar."""

from photoseek.search.service import NothingIndexed, SearchError, SearchService

__all__ = ["NothingIndexed", "SearchError", "SearchService"]
