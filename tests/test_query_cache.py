"""The persistent text-query cache: a repeated `photoseek search` makes no model call."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from photoseek.cli.main import main
from photoseek.config import AppPaths
from photoseek.search.query_cache import PersistentQueryCache
from tests.test_cli_core import run_json


def vec(seed: int) -> np.ndarray:
    return np.random.default_rng(seed).standard_normal(1024).astype(np.float32)


def test_entries_are_per_model_and_per_normalised_text(tmp_path: Path) -> None:
    cache = PersistentQueryCache(tmp_path / "q.sqlite")
    cache.put("jina-clip-v2", "red  flowers ", vec(1))
    assert np.array_equal(cache.get("jina-clip-v2", "red flowers"), vec(1))  # type: ignore[arg-type]
    assert cache.get("other-model", "red flowers") is None
    assert cache.get("jina-clip-v2", "Red flowers") is None  # the model sees case
    cache.put("other-model", "red flowers", vec(2))
    cache.close()
    again = PersistentQueryCache(tmp_path / "q.sqlite")  # another run
    assert np.array_equal(again.get("other-model", "red flowers"), vec(2))  # type: ignore[arg-type]
    assert np.array_equal(again.get("jina-clip-v2", "red flowers"), vec(1))  # type: ignore[arg-type]
    again.close()


def test_the_size_is_bounded_and_the_least_recently_used_go_first(tmp_path: Path) -> None:
    cache = PersistentQueryCache(tmp_path / "q.sqlite", max_entries=3)
    for i in range(3):
        cache.put("m", f"q{i}", vec(i))
    assert cache.get("m", "q0") is not None  # used again: now the most recent
    cache.put("m", "q3", vec(3))
    cache.put("m", "q4", vec(4))
    assert len(cache) == 3
    assert [cache.get("m", f"q{i}") is not None for i in range(5)] == [
        True,
        False,
        False,
        True,
        True,
    ]
    cache.close()


def test_a_damaged_cache_file_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "q.sqlite"
    path.write_bytes(b"this is not a database" * 200)
    cache = PersistentQueryCache(path)
    assert cache.get("m", "x") is None
    cache.put("m", "x", vec(1))  # no error: the query is just not remembered
    assert cache.get("m", "x") is None
    cache.close()


def test_a_second_search_with_the_same_text_sends_no_request(
    fake_jina, photo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    assert main(["index", str(photo_dir)]) == 0
    first = run_json(capsys, "search", "red flowers", "-k", "3")
    assert len(fake_jina.text_requests()) == 1
    # Each `main` is a new library, as a new process would be: only the file carries over.
    second = run_json(capsys, "search", "red  flowers", "-k", "3")
    assert second == first
    assert len(fake_jina.text_requests()) == 1
    run_json(capsys, "search", "blue sky", "-k", "3")
    assert len(fake_jina.text_requests()) == 2
    assert AppPaths.default().query_cache_file.exists()
