"""The SQLite catalog."""

from photoseek.catalog.catalog import (
    Catalog,
    CatalogError,
    DocInfo,
    Folder,
    FolderError,
    KnownFile,
    Problem,
    WorkItem,
)

__all__ = [
    "Catalog",
    "CatalogError",
    "DocInfo",
    "Folder",
    "FolderError",
    "KnownFile",
    "Problem",
    "WorkItem",
]
