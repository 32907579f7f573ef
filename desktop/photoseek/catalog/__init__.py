"""The SQLite catalog."""

from photoseek.catalog.catalog import (
    Catalog,
    CatalogError,
    DocInfo,
    Folder,
    KnownFile,
    Problem,
    ScanProblem,
    WorkItem,
)
from photoseek.catalog.folders import FolderError

__all__ = [
    "Catalog",
    "CatalogError",
    "DocInfo",
    "Folder",
    "FolderError",
    "KnownFile",
    "Problem",
    "ScanProblem",
    "WorkItem",
]
