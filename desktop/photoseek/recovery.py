"""A damaged catalog is set aside and rebuilt, without asking the model again.

The catalog holds the library folders and the vector cache. When it is found damaged (junk,
truncated, empty, or SQLite reported it corrupt while in use) it is moved aside with a
timestamp, never deleted, and a new one is started with a note that it must be recovered.
Recovery takes back from the store what it keeps for every photo — its vector (at the
index's size), its paths and its library folders — so the rescan that follows recognises
each photo by its content hash and embeds only photos the store never had.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from photoseek.catalog import Catalog
from photoseek.catalog.health import CatalogDamaged, set_aside
from photoseek.logs import SHOWN
from photoseek.stores.base import IndexSpec, VectorStore

log = logging.getLogger(__name__)

RECOVER = "recover_from_store"  # catalog meta key: recovery still to do


def open_catalog(path: Path) -> tuple[Catalog, str | None]:
    """The catalog, and a sentence for the user when a damaged one had to be set aside."""
    try:
        return Catalog(path), None
    except CatalogDamaged as exc:
        aside = set_aside(path)
        log.warning("%s Set aside as %s; starting a new catalog.", exc, aside, extra=SHOWN)
        catalog = Catalog(path)
        catalog.set_meta(RECOVER, aside.name)
        return catalog, (
            f"{exc} It was set aside as {aside.name}; a new catalog is rebuilt from your "
            "folders, with the vectors the store still holds (no model calls for those)."
        )


@dataclass(frozen=True)
class Recovered:
    folders: tuple[str, ...]
    vectors: int
    index: str | None  # where they came from

    @property
    def sentence(self) -> str:
        if not self.index:
            return "The store held no photos to recover; the next run indexes the folders anew."
        return (
            f"Recovered {len(self.folders)} library folders and {self.vectors} photo vectors "
            f"from {self.index}."
        )


def pending(catalog: Catalog) -> bool:
    return catalog.get_meta(RECOVER) is not None


def recover(catalog: Catalog, store: VectorStore, spec: IndexSpec) -> Recovered:
    """Folders and vectors back from the store's largest index of this model. Raises the
    store's errors (then recovery is tried again next time); clears the note when done."""
    prefix = f"{spec.prefix}-{spec.model}-".lower()
    ours = [i for i in store.list_indices() if i.name.startswith(prefix) and i.dims and i.count]
    folders: set[str] = set()
    vectors = 0
    source = None
    if ours:
        # The largest size keeps the most of each vector: every smaller size derives from it.
        best = max(ours, key=lambda i: (i.dims or 0, i.count))
        source = best.name
        for batch in store.documents(best.name):
            catalog.store_vectors([(d.id, d.vector) for d in batch], spec.model, [])
            for d in batch:
                folders.update(d.folders)
            vectors += len(batch)
    restored = tuple(f for f in sorted(folders) if catalog.restore_folder(f))
    catalog.delete_meta(RECOVER)
    result = Recovered(restored, vectors, source)
    log.info("catalog recovery: %s", result.sentence)
    return result
