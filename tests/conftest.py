"""Shared test set-up: offscreen Qt before any Qt import, per-test config/data/cache dirs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
PHOTOS = CORPUS / "photos"
HOSTILE = CORPUS / "hostile"


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test gets its own config/data/cache dirs and no real secrets."""
    for name in ("CONFIG", "DATA", "CACHE"):
        d = tmp_path / f"ps-{name.lower()}"
        d.mkdir()
        monkeypatch.setenv(f"PHOTOSEEK_{name}_DIR", str(d))
    for var in (
        "JINA_API_KEY",
        "PHOTOSEEK_JINA_URL",
        "PHOTOSEEK_ES_URL",
        "PHOTOSEEK_ES_API_KEY",
        "PHOTOSEEK_ES_USER",
        "PHOTOSEEK_ES_PASSWORD",
        "PHOTOSEEK_ES_CA_CERTS",
    ):
        monkeypatch.delenv(var, raising=False)


def corpus_dir(sub: str) -> Path:
    """A folder of the shared corpus, or skip the test when the corpus is absent."""
    d = CORPUS / sub
    if not d.is_dir():
        pytest.skip(f"shared corpus not found at {d}")
    return d
