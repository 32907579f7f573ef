"""Find photos in library folders and tell the catalog what changed."""

from photoseek.scanner.scanner import ScanReport, scan
from photoseek.scanner.walk import Excluder, FoundFile, walk_photos

__all__ = ["Excluder", "FoundFile", "ScanReport", "scan", "walk_photos"]
