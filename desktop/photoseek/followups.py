"""What a settings change requires of the library, decided in one place for the CLI and the GUI.

- size, store, the cluster's address, auth, TLS or index type: reconnect, then rebuild the
  index from the vector cache (no model calls);
- another model (the Jina model, or a provider or endpoint whose model differs): reconnect,
  then embed every photo again (model calls, or local time: ask first), into an index of its
  own while searches keep using the current one;
- a provider of the same model (jina-clip-v2 through the API, the cluster or locally), API
  URL, timeouts, concurrency, batch size, local variant/device/threads, a key: reconnect;
- folders, exclusions, hidden files, symbolic links: rescan (a full indexing run);
- automatic indexing and the fallback rescan interval: restart or stop the folder watcher;
- theme: applied to the open window at once; language: applies on the next start (widgets
  take their texts when they are built);
- page size: nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

# Keys whose change means the active index must be (re)built for the new size or store.
REBUILD = frozenset(
    {
        "embedding.dims",
        "store.kind",
        "elasticsearch.urls",
        "elasticsearch.cloud_id",
        "elasticsearch.auth",
        "elasticsearch.username",
        "elasticsearch.ca_certs",
        "elasticsearch.fingerprint",
        "elasticsearch.verify_certs",
        "elasticsearch.index_prefix",
        "elasticsearch.index_options",
    }
)
# A new cluster secret may make a cluster that refused us reachable: sync what waits.
REBUILD_PREFIXES = ("secret.elasticsearch",)
REEMBED = frozenset({"embedding.model"})
# Keys that may change the model the vectors come from: the model decides, not the key.
MODEL_KEYS = frozenset({"embedding.provider", "embedding.model", "embedding.elastic_endpoint"})
RESCAN_PREFIXES = ("library.",)
# Library keys that change when the app indexes by itself, not what it indexes: no run.
WATCHER = frozenset({"library.auto_index", "library.rescan_minutes"})
RESTYLE = frozenset({"ui.theme"})
RESTART = frozenset({"ui.language"})
RECONNECT_PREFIXES = ("embedding.", "store.", "elasticsearch.", "secret.")


@dataclass(frozen=True)
class Followups:
    """Each flag implies the ones before it where it matters (a rebuild reconnects first)."""

    reconnect: bool = False  # drop clients built from the old settings
    rebuild: bool = False  # build the index for the new size/store from cached vectors
    reembed: bool = False  # another model: every photo needs a new vector (model calls)
    rescan: bool = False  # folders or filters changed: a full indexing run
    watcher: bool = False  # automatic indexing turned on or off: start or stop the watcher
    restyle: bool = False  # the theme changed: repaint the open window (applied at once)
    restart: bool = False  # the language changed: it applies when the app starts again

    def __bool__(self) -> bool:
        return (
            self.reconnect
            or self.rebuild
            or self.reembed
            or self.rescan
            or self.watcher
            or self.restyle
            or self.restart
        )

    @property
    def needs_run(self) -> bool:
        """Does an indexing run have to happen for searches to reflect the change?"""
        return self.rebuild or self.reembed or self.rescan

    @property
    def costs_model_calls(self) -> bool:
        return self.reembed

    @property
    def scan(self) -> bool:
        """The run must walk the folders (otherwise it works from the catalog)."""
        return self.rescan

    @property
    def embed(self) -> bool:
        """The run may ask the model for vectors (a rebuild alone never does)."""
        return self.reembed or self.rescan

    @classmethod
    def for_keys(cls, keys: Iterable[str]) -> Followups:
        keys = set(keys)
        rebuild = any(k in REBUILD or k.startswith(REBUILD_PREFIXES) for k in keys)
        reembed = any(k in REEMBED for k in keys)
        rescan = any(k.startswith(RESCAN_PREFIXES) and k not in WATCHER for k in keys)
        reconnect = rebuild or reembed or any(k.startswith(RECONNECT_PREFIXES) for k in keys)
        return cls(
            reconnect,
            rebuild,
            reembed,
            rescan,
            watcher=bool(keys & WATCHER),
            restyle=bool(keys & RESTYLE),
            restart=bool(keys & RESTART),
        )

    @classmethod
    def for_change(
        cls, keys: Iterable[str], model_before: str | None, model_after: str | None
    ) -> Followups:
        """Like `for_keys`, with re-embedding decided by the models before and after the change
        (None: not known without asking the cluster, so assume it differs)."""
        keys = set(keys)
        base = cls.for_keys(keys - REEMBED)
        touches_model = bool(keys & MODEL_KEYS)
        reembed = touches_model and (
            model_before is None or model_after is None or model_before != model_after
        )
        return replace(base, reconnect=base.reconnect or reembed, reembed=reembed)

    def merge(self, other: Followups | None) -> Followups:
        if other is None:
            return self
        return Followups(
            self.reconnect or other.reconnect,
            self.rebuild or other.rebuild,
            self.reembed or other.reembed,
            self.rescan or other.rescan,
            self.watcher or other.watcher,
            self.restyle or other.restyle,
            self.restart or other.restart,
        )
