"""Queries: text, image and find-similar."""

from photoseek.search.service import (
    NotConfigured,
    NothingIndexed,
    QueryError,
    SearchError,
    SearchService,
)

__all__ = ["NotConfigured", "NothingIndexed", "QueryError", "SearchError", "SearchService"]
