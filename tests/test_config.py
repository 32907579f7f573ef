from __future__ import annotations

from pathlib import Path

import pytest

from photoseek.config import AppPaths, SettingsError, load, save
from photoseek.config import secrets as secret_store
from photoseek.config.secrets import Secret, SecretStoreError
from photoseek.config.settings import SCHEMA_VERSION, Settings, upgrade


def test_dirs_come_from_the_environment(tmp_path: Path) -> None:
    paths = AppPaths.default()
    assert paths.config_dir == tmp_path / "ps-config"
    assert paths.data_dir == tmp_path / "ps-data"
    assert paths.cache_dir == tmp_path / "ps-cache"


def test_round_trip_and_schema_version(tmp_path: Path) -> None:
    s = Settings()
    s.set("dims", "256")
    s.set("store", "elasticsearch")
    s.set("elasticsearch.urls", "https://a:9200, https://b:9200")
    s.set("elasticsearch.verify_certs", "false")
    f = tmp_path / "settings.toml"
    save(s, f)
    text = f.read_text()
    assert f"schema_version = {SCHEMA_VERSION}" in text
    loaded = load(f)
    assert loaded.embedding.dims == 256
    assert loaded.store.kind == "elasticsearch"
    assert loaded.elasticsearch.urls == ["https://a:9200", "https://b:9200"]
    assert loaded.elasticsearch.verify_certs is False


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("dims", "32", "between 64 and 1024"),
        ("dims", "2000", "between 64 and 1024"),
        ("dims", "many", "not a valid int"),
        ("store", "redis", "must be one of"),
        ("elasticsearch.urls", "ftp://x", "not an http"),
        ("elasticsearch.index_options", "ivf", "must be one of"),
        ("nonsense", "1", "unknown setting"),
    ],
)
def test_bad_values_are_refused_with_a_reason(key: str, value: str, message: str) -> None:
    with pytest.raises(SettingsError, match=message):
        Settings().set(key, value)


def test_upgrade_from_unversioned_file(tmp_path: Path) -> None:
    data = upgrade({"store": "elasticsearch", "embedding": {"dims": 128}})
    assert data["schema_version"] == SCHEMA_VERSION
    f = tmp_path / "settings.toml"
    f.write_text('store = "elasticsearch"\n[embedding]\ndims = 128\n')
    s = load(f)
    assert s.store.kind == "elasticsearch" and s.embedding.dims == 128


def test_broken_file_is_set_aside_not_lost(tmp_path: Path) -> None:
    f = tmp_path / "settings.toml"
    f.write_text("this is [not toml")
    s = load(f)
    assert s.embedding.dims == Settings().embedding.dims
    backups = list(tmp_path.glob("settings.toml.broken-*"))
    assert len(backups) == 1 and backups[0].read_text() == "this is [not toml"


def test_invalid_values_in_file_fall_back_to_defaults(tmp_path: Path) -> None:
    f = tmp_path / "settings.toml"
    f.write_text("schema_version = 1\n[embedding]\ndims = 5\nbatch_size = 8\n[bogus]\nx = 1\n")
    s = load(f)
    assert s.embedding.dims == Settings().embedding.dims
    assert s.embedding.batch_size == 8


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
