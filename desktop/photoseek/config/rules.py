"""Rules that tie settings together, checked once for the CLI and the GUI alike.

Field bounds live with each field (`settings.py`); these are the combinations that cannot
work. Each rule names the key to show its sentence under. A change is refused only for a
rule it breaks, so an already odd file never blocks an unrelated edit.
"""

from __future__ import annotations

import os

from photoseek.config.settings import Settings

BOTH_URLS_AND_CLOUD_ID = "Set either Elasticsearch URLs or a Cloud ID, not both: clear one of them."
NO_CLUSTER_ADDRESS = "Elasticsearch needs the cluster's URL or a Cloud ID first."
NO_USERNAME = "Basic authentication needs a user name."
ELASTIC_PROVIDER_NEEDS_CLUSTER = (
    "Embedding with the cluster's inference service needs the cluster's URL or a Cloud ID "
    "first (elasticsearch.urls or elasticsearch.cloud_id; in the window: Settings › Store)."
)


def check(settings: Settings) -> dict[str, str]:
    """Key → reason for every rule the settings break (empty when they can be used)."""
    errors: dict[str, str] = {}
    es = settings.elasticsearch
    from_env = bool(os.environ.get("PHOTOSEEK_ES_URL", "").strip())
    if es.urls and es.cloud_id:
        errors["elasticsearch.cloud_id"] = BOTH_URLS_AND_CLOUD_ID
    has_address = bool(es.urls or es.cloud_id or from_env)
    if settings.store.kind == "elasticsearch" and not has_address:
        errors["elasticsearch.urls"] = NO_CLUSTER_ADDRESS
    if settings.embedding.provider == "elastic" and not has_address:
        errors["embedding.provider"] = ELASTIC_PROVIDER_NEEDS_CLUSTER
    if es.auth == "basic" and not (es.username or os.environ.get("PHOTOSEEK_ES_USER")):
        errors["elasticsearch.username"] = NO_USERNAME
    return errors


def introduced(before: Settings, after: Settings) -> dict[str, str]:
    """The rules `after` breaks that `before` did not."""
    old = check(before)
    return {k: v for k, v in check(after).items() if old.get(k) != v}
