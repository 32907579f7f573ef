"""The store is checked, not trusted: what the catalog believes an index holds is compared with
what the index really holds, and documents it lost go back to pending.

An index can lose documents behind the app's back: deleted and recreated, emptied, a cluster
restored from an old snapshot, an embedded index file replaced. The catalog would then say
"synced" for photos searches never find. Reconciling is cheap when all is well (one count);
the ids are listed only when the count is not what the catalog expects. Documents the index
holds that the catalog does not know are left alone (they may be all that is left of photos
on an unplugged drive).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from photoseek.catalog import Catalog
from photoseek.records import SyncState
from photoseek.stores.base import IndexMissing, IndexSpec, VectorStore

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Reconciled:
    index: str
    expected: int  # documents the catalog believed the index holds
    held: int  # documents the index holds, as the store counts them
    lost: int  # of `expected`, missing from the index: pending again
    exists: bool = True

    @property
    def sentence(self) -> str:
        """One line for `es check` and the log."""
        if not self.expected:
            return f"The catalog has not sent any photos to {self.index} yet."
        if not self.lost:
            return f"The index {self.index} holds the {self.held} photos the catalog expects."
        where = (
            f"The index {self.index} does not exist any more"
            if not self.exists
            else f"The index {self.index} holds {self.held} photos"
        )
        return (
            f"{where}, and the catalog expected {self.expected}: {self.lost} will be sent again "
            "from the local vector cache by the next `photoseek index` (no model calls)."
        )


def reconcile(catalog: Catalog, store: VectorStore, spec: IndexSpec) -> Reconciled:
    """Mark what the index lost as pending (and forget deletions already done). Raises the
    store's errors (StoreUnavailable, …) except a missing index, which holds nothing."""
    key, name = store.key, spec.name
    counts = catalog.sync_counts(key, name)
    expected = counts.get(SyncState.SYNCED, 0) + counts.get(SyncState.DELETE, 0)
    if not expected:
        return Reconciled(name, 0, 0, 0)
    try:
        store.refresh(name)
        held = store.count(name)
        if held == expected:
            return Reconciled(name, expected, held, 0)
        present = store.ids(name)
        exists = True
    except IndexMissing:
        held, present, exists = 0, set(), False
    lost = [h for h in catalog.sync_hashes(key, name, SyncState.SYNCED) if h not in present]
    gone = [h for h in catalog.sync_hashes(key, name, SyncState.DELETE) if h not in present]
    catalog.set_sync_state(key, name, lost, SyncState.PENDING)
    catalog.forget_synced_deletes(key, name, gone)
    result = Reconciled(name, expected, held, len(lost), exists)
    if lost:
        log.info("reconciled: %s", result.sentence)
    return result
