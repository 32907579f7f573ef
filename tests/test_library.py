"""The library façade: settings changes and what follows them, the same for CLI and GUI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from photoseek.cli.main import main
from photoseek.config import InvalidSettings, SettingsError
from photoseek.config.rules import BOTH_URLS_AND_CLOUD_ID
from photoseek.followups import Followups
from photoseek.library import Library


def test_followups_for_each_kind_of_change() -> None:
    assert Followups.for_keys({"embedding.dims"}) == Followups(reconnect=True, rebuild=True)
    assert Followups.for_keys({"store.kind"}).rebuild
    assert Followups.for_keys({"elasticsearch.urls"}).rebuild
    assert Followups.for_keys({"secret.elasticsearch-api-key"}).rebuild
    assert Followups.for_keys({"secret.jina-api-key"}) == Followups(reconnect=True)
    assert Followups.for_keys({"embedding.concurrency"}) == Followups(reconnect=True)
    model = Followups.for_keys({"embedding.model"})
    assert model.reembed and model.costs_model_calls and model.embed and not model.scan
    assert Followups.for_keys({"library.exclude"}) == Followups(rescan=True)
    assert not Followups.for_keys({"search.page_size"})
    rebuild = Followups.for_keys({"embedding.dims"})
    assert rebuild.needs_run and not rebuild.embed and not rebuild.scan


def test_a_new_size_is_built_from_the_cache_and_searched_without_an_index_run(
    indexed_library: Library, fake_jina, capsys: pytest.CaptureFixture[str]
) -> None:
    indexed_library.close()
    images = len(fake_jina.image_requests())
    capsys.readouterr()
    assert main(["config", "set", "embedding.dims", "256"]) == 0
    err = capsys.readouterr().err
    assert "Building photoseek-jina-clip-v2-256 from the vectors kept on this computer" in err
    assert "Searches now use photoseek-jina-clip-v2-256." in err
    assert len(fake_jina.image_requests()) == images  # zero model calls for photos
    assert main(["search", "flores rojas", "-k", "3", "--json"]) == 0
    results = json.loads(capsys.readouterr().out)["results"]
    assert [Path(r["path"]).parent.name for r in results] == ["red"] * 3
    assert main(["status", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["active_index"] == "photoseek-jina-clip-v2-256" and status["active_dims"] == 256
    assert len(fake_jina.image_requests()) == images


def test_the_library_applies_a_size_change_like_the_cli(
    indexed_library: Library, fake_jina
) -> None:
    images = len(fake_jina.image_requests())
    followups = indexed_library.apply({"dims": 128})
    assert followups == Followups(reconnect=True, rebuild=True)
    report = indexed_library.follow_up(followups)
    assert report is not None and report.activated == "photoseek-jina-clip-v2-128"
    assert len(fake_jina.image_requests()) == images
    assert indexed_library.status().active_dims == 128


def test_a_change_that_costs_model_calls_asks_first(
    indexed_library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = indexed_library.plan({"embedding.model": "jina-clip-v3"})
    assert plan.followups.costs_model_calls and plan.photos_to_embed == 18
    indexed_library.close()
    capsys.readouterr()
    assert main(["config", "set", "embedding.model", "jina-clip-v3"]) == 2  # not a terminal
    assert "--yes" in capsys.readouterr().err
    assert Library().settings.embedding.model == "jina-clip-v2"  # nothing changed


def test_a_later_change_only_saves(indexed_library: Library, fake_jina) -> None:
    indexed_library.close()
    assert main(["config", "set", "dims", "64", "--later"]) == 0
    lib = Library()
    try:
        assert lib.settings.embedding.dims == 64
        assert lib.status().active_dims == 512  # the next `photoseek index` builds it
    finally:
        lib.close()


def test_the_cli_and_the_library_refuse_alike(capsys: pytest.CaptureFixture[str]) -> None:
    lib = Library()
    try:
        lib.apply({"elasticsearch.urls": "https://es.example:9200"})
        with pytest.raises(InvalidSettings) as caught:
            lib.apply({"elasticsearch.cloud_id": "home:ZXhhbXBsZQ=="})
    finally:
        lib.close()
    assert caught.value.reason == BOTH_URLS_AND_CLOUD_ID
    capsys.readouterr()
    assert main(["config", "set", "elasticsearch.cloud_id", "home:ZXhhbXBsZQ=="]) == 2
    assert capsys.readouterr().err.strip() == f"photoseek: {caught.value}"
    for key, value in (("dims", "5000"), ("embedding.timeout", "nan")):
        lib = Library()
        try:
            with pytest.raises(SettingsError) as refused:
                lib.apply({key: value})
        finally:
            lib.close()
        assert main(["config", "set", key, value]) == 2
        assert capsys.readouterr().err.strip() == f"photoseek: {refused.value}"


def test_config_help_lists_the_actions(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["config", "--help"])
    out = capsys.readouterr().out
    for action in ("list", "get KEY", "set KEY VALUE"):
        assert action in out


def test_a_search_never_writes_the_settings(indexed_library: Library) -> None:
    settings_file = indexed_library.paths.settings_file
    before = settings_file.read_bytes()
    stamp = settings_file.stat().st_mtime_ns
    indexed_library.search.text("flores rojas")
    state = indexed_library.ui_state().with_query("flores rojas")
    indexed_library.save_ui_state(state)
    assert settings_file.read_bytes() == before and settings_file.stat().st_mtime_ns == stamp
    assert indexed_library.ui_state().recent_queries == ("flores rojas",)
