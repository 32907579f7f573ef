from __future__ import annotations

import math
import threading
import tomllib
from pathlib import Path

import pytest

from photoseek.config import AppPaths, InvalidSettings, SettingsError, SettingsService, UiState
from photoseek.config import secrets as secret_store
from photoseek.config.rules import BOTH_URLS_AND_CLOUD_ID
from photoseek.config.secrets import Secret, SecretStoreError
from photoseek.config.settings import SCHEMA_VERSION, Settings, UiSettings, upgrade
from photoseek.config.state import MAX_RECENT, load_state


def service(tmp_path: Path) -> SettingsService:
    return SettingsService(tmp_path / "settings.toml", tmp_path / "ui-state.json")


def test_dirs_come_from_the_environment(tmp_path: Path) -> None:
    paths = AppPaths.default()
    assert paths.config_dir == tmp_path / "ps-config"
    assert paths.data_dir == tmp_path / "ps-data"
    assert paths.cache_dir == tmp_path / "ps-cache"


def test_round_trip_and_schema_version(tmp_path: Path) -> None:
    svc = service(tmp_path)
    svc.update(
        {
            "dims": "256",
            "store": "elasticsearch",
            "elasticsearch.urls": "https://a:9200, https://b:9200",
            "elasticsearch.verify_certs": "false",
        }
    )
    text = (tmp_path / "settings.toml").read_text()
    assert f"schema_version = {SCHEMA_VERSION}" in text
    loaded = service(tmp_path).current
    assert loaded.embedding.dims == 256
    assert loaded.store.kind == "elasticsearch"
    assert loaded.elasticsearch.urls == ("https://a:9200", "https://b:9200")
    assert loaded.elasticsearch.verify_certs is False


def test_settings_never_change_in_place(tmp_path: Path) -> None:
    svc = service(tmp_path)
    before = svc.current
    old, new, changed = svc.update({"dims": 128})
    assert old is before and before.embedding.dims == 512  # a worker's snapshot stays whole
    assert new.embedding.dims == 128 and changed == {"embedding.dims"}
    with pytest.raises(AttributeError):
        new.embedding.dims = 64  # type: ignore[misc]


def test_an_unchanged_value_is_not_written_again(tmp_path: Path) -> None:
    svc = service(tmp_path)
    svc.update({"dims": 256})
    stamp = (tmp_path / "settings.toml").stat().st_mtime_ns
    _old, _new, changed = svc.update({"embedding.dims": "256"})
    assert changed == set() and (tmp_path / "settings.toml").stat().st_mtime_ns == stamp


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("dims", "32", "between 64 and 1024"),
        ("dims", "2000", "between 64 and 1024"),
        ("dims", "many", "not a valid whole number"),
        ("dims", "12.5", "not a valid whole number"),
        ("store", "redis", "must be one of"),
        ("elasticsearch.urls", "ftp://x", "not an http"),
        ("elasticsearch.index_options", "ivf", "must be one of"),
        ("embedding.max_retries", "-5", "between 0 and 20"),
        ("embedding.concurrency", "100000", "between 1 and 64"),
        ("embedding.timeout", "nan", "must be a number between"),
        ("embedding.timeout", "inf", "must be a number between"),
        ("embedding.batch_size", "0", "between 1 and 256"),
        ("elasticsearch.index_prefix", "My Photos", "lower-case"),
        ("elasticsearch.cloud_id", "nocolon", "Cloud ID"),
        ("nonsense", "1", "unknown setting"),
    ],
)
def test_bad_values_are_refused_with_a_reason(key: str, value: str, message: str) -> None:
    with pytest.raises(SettingsError, match=message):
        Settings().updated({key: value})


def test_every_bad_key_is_named_at_once() -> None:
    with pytest.raises(InvalidSettings) as caught:
        Settings().updated({"dims": "1", "embedding.concurrency": "0", "store": "x"})
    assert set(caught.value.errors) == {"embedding.dims", "embedding.concurrency", "store.kind"}


def test_long_input_is_never_echoed_whole() -> None:
    with pytest.raises(SettingsError) as caught:
        Settings().updated({"store": "x" * 100_000})
    assert len(str(caught.value)) < 200


def test_a_password_in_a_url_is_not_echoed() -> None:
    for url in ("ftp://elastic:PASS@es.example:9200", "https://elastic:PASS@es.example:9200"):
        with pytest.raises(SettingsError) as caught:
            Settings().updated({"elasticsearch.urls": url})
        assert "PASS" not in str(caught.value) and "es.example" in str(caught.value)


def test_urls_and_cloud_id_together_are_refused(tmp_path: Path) -> None:
    svc = service(tmp_path)
    svc.update({"elasticsearch.urls": "https://a:9200"})
    with pytest.raises(InvalidSettings) as caught:
        svc.update({"elasticsearch.cloud_id": "deploy:ZXUtd2VzdC0x"})
    assert caught.value.errors == {"elasticsearch.cloud_id": BOTH_URLS_AND_CLOUD_ID}
    assert svc.current.elasticsearch.cloud_id == ""  # nothing changed
    svc.update({"elasticsearch.urls": "", "elasticsearch.cloud_id": "deploy:ZXUtd2VzdC0x"})
    assert svc.current.elasticsearch.urls == ()


def test_upgrade_from_unversioned_file(tmp_path: Path) -> None:
    data = upgrade({"store": "elasticsearch", "embedding": {"dims": 128}})
    assert data["schema_version"] == SCHEMA_VERSION
    f = tmp_path / "settings.toml"
    f.write_text('store = "elasticsearch"\n[embedding]\ndims = 128\n')
    s = service(tmp_path).current
    assert s.store.kind == "elasticsearch" and s.embedding.dims == 128


def test_upgrade_backs_up_and_moves_window_state_out(tmp_path: Path) -> None:
    f = tmp_path / "settings.toml"
    original = (
        "schema_version = 1\n[embedding]\ndims = 256\n"
        '[ui]\nthumbnail_size = 200\nrecent_queries = ["snow", "red"]\nfirst_run_done = true\n'
    )
    f.write_text(original)
    s = service(tmp_path).current
    assert s.embedding.dims == 256
    assert (tmp_path / "settings.toml.v1.bak").read_text() == original
    text = f.read_text()
    assert f"schema_version = {SCHEMA_VERSION}" in text
    assert "thumbnail_size" not in text and "recent_queries" not in text  # no window state
    assert Settings.from_dict(tomllib.loads(text)).ui == UiSettings()  # [ui] is look and language
    state = load_state(tmp_path / "ui-state.json")
    assert state == UiState(thumbnail_size=200, recent_queries=("snow", "red"), first_run_done=True)


@pytest.mark.allow_log(r"written by a newer Photoseek")
def test_settings_from_a_newer_version_are_read_but_never_overwritten(tmp_path: Path) -> None:
    f = tmp_path / "settings.toml"
    f.write_text(f"schema_version = {SCHEMA_VERSION + 1}\n[embedding]\ndims = 256\nfuture = 1\n")
    svc = service(tmp_path)
    assert svc.current.embedding.dims == 256
    with pytest.raises(SettingsError, match="newer Photoseek"):
        svc.update({"dims": 128})
    assert "future = 1" in f.read_text()


def test_another_process_change_is_kept(tmp_path: Path) -> None:
    window, cli = service(tmp_path), service(tmp_path)
    window.update({"dims": 256})
    cli_view = SettingsService(tmp_path / "settings.toml")
    cli_view.update({"embedding.concurrency": 2})
    window.update({"search.page_size": 50})  # must not undo the CLI's change
    again = service(tmp_path).current
    assert (again.embedding.dims, again.embedding.concurrency, again.search.page_size) == (
        256,
        2,
        50,
    )
    assert cli.current.embedding.dims == 512  # its snapshot is untouched until it reloads


def test_writes_are_atomic_and_leave_no_temporary_files(tmp_path: Path) -> None:
    svc = service(tmp_path)
    threads = [
        threading.Thread(target=svc.update, args=({"dims": 64 + 64 * (i % 15)},)) for i in range(12)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [p.name for p in tmp_path.iterdir() if "settings" in p.name] == ["settings.toml"]
    assert service(tmp_path).current.embedding.dims == svc.current.embedding.dims


def test_a_failed_write_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    svc = service(tmp_path)
    svc.update({"dims": 256})

    def full(*_a: object, **_k: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("photoseek.config.service.write_atomically", full)
    with pytest.raises(OSError, match="No space"):
        svc.update({"dims": 128})
    assert svc.current.embedding.dims == 256
    assert service(tmp_path).current.embedding.dims == 256


@pytest.mark.allow_log(r"settings file was unreadable")
def test_broken_file_is_set_aside_not_lost(tmp_path: Path) -> None:
    f = tmp_path / "settings.toml"
    f.write_text("this is [not toml")
    s = service(tmp_path).current
    assert s.embedding.dims == Settings().embedding.dims
    backups = list(tmp_path.glob("settings.toml.broken-*"))
    assert len(backups) == 1 and backups[0].read_text() == "this is [not toml"


@pytest.mark.allow_log(r"ignoring invalid setting: embedding\.(dims|timeout)")
def test_invalid_values_in_file_fall_back_to_defaults(tmp_path: Path) -> None:
    f = tmp_path / "settings.toml"
    f.write_text(
        f"schema_version = {SCHEMA_VERSION}\n[embedding]\ndims = 5\nbatch_size = 8\n"
        "timeout = nan\n[bogus]\nx = 1\n"
    )
    s = service(tmp_path).current
    assert s.embedding.dims == Settings().embedding.dims
    assert s.embedding.batch_size == 8
    assert math.isfinite(s.embedding.timeout)


def test_window_state_remembers_queries_once_and_newest_first() -> None:
    state = UiState()
    for q in ["snow", "Red  flowers", "snow", "RED flowers", *[f"q{i}" for i in range(30)]]:
        state = state.with_query(q)
    assert len(state.recent_queries) == MAX_RECENT
    assert state.recent_queries[0] == "q29"
    assert state.recent_queries.count("snow") <= 1


def test_broken_window_state_is_ignored(tmp_path: Path) -> None:
    f = tmp_path / "ui-state.json"
    f.write_text('{"thumbnail_size": "huge", "recent_queries": [1, 2], "first_run_done": true')
    assert load_state(f) == UiState()
    f.write_text('{"thumbnail_size": 5000, "recent_queries": ["a"], "first_run_done": true}')
    assert load_state(f) == UiState(thumbnail_size=320, recent_queries=("a",), first_run_done=True)


def test_secrets_use_the_keyring_and_env_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    assert secret_store.get(Secret.JINA_API_KEY) is None
    secret_store.put(Secret.JINA_API_KEY, "  jina_abc  ")
    assert secret_store.get(Secret.JINA_API_KEY) == "jina_abc"
    assert secret_store.source(Secret.JINA_API_KEY) == "keyring"
    monkeypatch.setenv("JINA_API_KEY", "from-env")
    assert secret_store.get(Secret.JINA_API_KEY) == "from-env"
    assert secret_store.source(Secret.JINA_API_KEY) == "environment"
    monkeypatch.delenv("JINA_API_KEY")
    secret_store.delete(Secret.JINA_API_KEY)
    assert secret_store.get(Secret.JINA_API_KEY) is None


def test_no_keyring_gives_a_clear_message(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring
    import keyring.errors

    def refuse(*_a: object) -> None:
        raise keyring.errors.NoKeyringError("no backend")

    monkeypatch.setattr(keyring, "set_password", refuse)
    with pytest.raises(SecretStoreError, match="JINA_API_KEY environment variable"):
        secret_store.put(Secret.JINA_API_KEY, "k")


@pytest.mark.allow_log(r"photoseek\.x: (surprise|expected)")  # the inner run's, seen here too
def test_an_unexpected_warning_fails_a_test(pytester: pytest.Pytester) -> None:
    """The suite's LogFailHandler catches a WARNING no test asked for."""
    pytester.makeconftest((Path(__file__).parent / "conftest.py").read_text())
    pytester.makepyfile(
        """
        import logging, pytest
        def test_quiet():
            logging.getLogger("photoseek.x").info("fine")
        def test_noisy():
            logging.getLogger("photoseek.x").warning("surprise")
        @pytest.mark.allow_log("photoseek.x: expected")
        def test_allowed():
            logging.getLogger("photoseek.x").warning("expected")
        """
    )
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=3, errors=1)
    result.stdout.fnmatch_lines(["*unexpected log lines*", "*WARNING photoseek.x: surprise*"])
