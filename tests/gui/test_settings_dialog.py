"""The settings dialog: round trips to disk, secrets only in the keyring, tests, estimates."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from photoseek.config.rules import BOTH_URLS_AND_CLOUD_ID, NO_CLUSTER_ADDRESS, NO_USERNAME
from photoseek.config.secrets import SERVICE, Secret
from photoseek.gui.settings_dialog import SettingsDialog
from photoseek.gui.widgets import InlineMessage
from photoseek.gui.workers import Lanes
from photoseek.library import Library
from photoseek.sizing import DIM_STEPS, bytes_per_photo, es_vector_bytes
from tests.conftest import JINA_KEY
from tests.gui.conftest import idle, screenshot


def open_dialog(qtbot, library: Library, lanes: Lanes) -> SettingsDialog:
    dialog = SettingsDialog(library, lanes)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def save(qtbot, dialog: SettingsDialog, button: str = "apply") -> set[str]:
    with qtbot.waitSignal(dialog.applied, timeout=5000) as blocker:
        (dialog.apply_button if button == "apply" else dialog.ok_button).click()
    return set(blocker.args[0].changed)


def add(qtbot, editor, path) -> bool:
    """Add a folder in the editor and wait for the library's verdict."""
    with qtbot.waitSignal(editor.placed, timeout=5000) as blocker:
        editor.add_folder(str(path))
    return bool(blocker.args[1])


def set_lines(edit, text: str) -> None:
    edit.setPlainText(text)


# -- round trip ----------------------------------------------------------------------------------
def test_settings_round_trip_through_the_dialog(qtbot, lanes, plain_library) -> None:
    dialog = open_dialog(qtbot, plain_library, lanes)
    dialog.size_tab.dims_spin.setValue(256)
    dialog.store_tab.es_radio.setChecked(True)
    set_lines(
        dialog.store_tab.urls_edit, "https://es1.example.org:9200\n\nhttps://es2.example.org:9200 "
    )
    set_lines(dialog.library_tab.exclude_edit, "@eaDir\n*.tmp\nPrivate/*")
    dialog.library_tab.hidden_check.setChecked(True)
    dialog.store_tab.index_type_combo.setCurrentIndex(
        dialog.store_tab.index_type_combo.findData("bbq_hnsw")
    )

    keys = save(qtbot, dialog)

    assert keys == {
        "embedding.dims",
        "store.kind",
        "elasticsearch.urls",
        "elasticsearch.index_options",
        "library.exclude",
        "library.include_hidden",
    }
    text = plain_library.paths.settings_file.read_text(encoding="utf-8")
    assert "256" in text and "es2.example.org" in text and "Private/*" in text
    again = Library()
    try:
        s = again.settings
        assert s.embedding.dims == 256
        assert s.store.kind == "elasticsearch"
        assert s.elasticsearch.urls == (
            "https://es1.example.org:9200",
            "https://es2.example.org:9200",
        )
        assert s.elasticsearch.index_options == "bbq_hnsw"
        assert s.library.exclude == ("@eaDir", "*.tmp", "Private/*")
        assert s.library.include_hidden is True
    finally:
        again.close()
    # The live settings follow, and a second save with nothing changed reports nothing.
    assert plain_library.settings.embedding.dims == 256
    assert save(qtbot, dialog) == set()
    assert dialog.isVisible()

    # OK saves and closes.
    dialog.size_tab.dims_spin.setValue(128)
    assert save(qtbot, dialog, "ok") == {"embedding.dims"}
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "128" in plain_library.paths.settings_file.read_text(encoding="utf-8")


def test_invalid_values_are_shown_and_not_saved(qtbot, lanes, plain_library) -> None:
    dialog = open_dialog(qtbot, plain_library, lanes)
    applied: list[set[str]] = []
    dialog.applied.connect(applied.append)
    dialog.store_tab.es_radio.setChecked(True)
    set_lines(dialog.store_tab.urls_edit, "ftp://x")
    dialog.size_tab.dims_spin.setValue(128)
    dialog.ok_button.click()

    assert "ftp://x" in dialog.field_error("elasticsearch.urls")
    assert "http" in dialog.field_error("elasticsearch.urls")
    assert dialog.tabs.currentIndex() == 3  # the Store tab, where the field is
    assert dialog.isVisible()
    assert dialog.status.kind == InlineMessage.ERROR
    qtbot.waitUntil(lambda: idle(lanes))
    assert applied == []
    assert not plain_library.paths.settings_file.exists()
    assert plain_library.settings.embedding.dims != 128  # nothing applied in memory either
    screenshot(dialog, "settings-store-error")

    # Elasticsearch needs an address (the library's own sentence); fixing it saves.
    set_lines(dialog.store_tab.urls_edit, "")
    dialog.apply_button.click()
    assert dialog.field_error("elasticsearch.urls") == NO_CLUSTER_ADDRESS
    set_lines(dialog.store_tab.urls_edit, "http://localhost:9200")
    assert "elasticsearch.urls" in save(qtbot, dialog)
    assert dialog.field_error("elasticsearch.urls") == ""


def test_urls_and_a_cloud_id_are_refused_as_the_cli_refuses_them(
    qtbot, lanes, plain_library
) -> None:
    dialog = open_dialog(qtbot, plain_library, lanes)
    dialog.store_tab.es_radio.setChecked(True)
    set_lines(dialog.store_tab.urls_edit, "https://es.example:9200")
    dialog.store_tab.cloud_edit.setText("home:ZXhhbXBsZQ==")
    dialog.ok_button.click()
    # The rule's own sentence, the one `photoseek config set` prints (tests/test_library.py).
    assert dialog.field_error("elasticsearch.cloud_id") == BOTH_URLS_AND_CLOUD_ID
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: idle(lanes))
    assert not plain_library.paths.settings_file.exists()


def test_basic_auth_needs_a_user_name(qtbot, lanes, plain_library) -> None:
    dialog = open_dialog(qtbot, plain_library, lanes)
    dialog.store_tab.es_radio.setChecked(True)
    set_lines(dialog.store_tab.urls_edit, "https://localhost:9200")
    dialog.store_tab.auth_combo.setCurrentIndex(dialog.store_tab.auth_combo.findData("basic"))
    assert dialog.store_tab.username_edit.isEnabled()
    assert dialog.store_tab.es_secret.isEnabled()
    dialog.apply_button.click()
    assert dialog.field_error("elasticsearch.username") == NO_USERNAME
    dialog.store_tab.username_edit.setText("elastic")
    dialog.store_tab.es_secret.edit.setText("s3cret-password")
    dialog.store_tab.es_secret.edit.setModified(True)
    keys = save(qtbot, dialog)
    assert {"elasticsearch.auth", "elasticsearch.username", "secret.elasticsearch-password"} <= keys
    assert plain_library.settings.elasticsearch.username == "elastic"
    assert dialog.store_tab.es_secret.text() == ""  # saved, so cleared
    qtbot.waitUntil(lambda: idle(lanes))
    assert dialog.store_tab.es_secret.edit.placeholderText() == "Saved in the keyring"


# -- secrets -------------------------------------------------------------------------------------
def test_api_key_goes_only_to_the_keyring(qtbot, lanes, plain_library, memory_keyring) -> None:
    key = "jina_secret_never_in_a_file_0123456789"
    dialog = open_dialog(qtbot, plain_library, lanes)
    assert (
        dialog.embedding_tab.key_editor.field.edit.echoMode()
        == dialog.embedding_tab.key_editor.field.edit.EchoMode.Password
    )
    qtbot.keyClicks(dialog.embedding_tab.key_editor.field.edit, key)
    dialog.embedding_tab.key_editor.field.show_button.click()
    assert (
        dialog.embedding_tab.key_editor.field.edit.echoMode()
        == dialog.embedding_tab.key_editor.field.edit.EchoMode.Normal
    )
    dialog.size_tab.dims_spin.setValue(384)  # so the settings file is written too

    keys = save(qtbot, dialog)

    assert keys == {"embedding.dims", "secret.jina-api-key"}
    assert memory_keyring.passwords[(SERVICE, Secret.JINA_API_KEY.account)] == key
    assert dialog.embedding_tab.key_editor.field.text() == ""
    qtbot.waitUntil(lambda: dialog.embedding_tab.key_editor.source == "keyring")
    assert "keyring" in dialog.embedding_tab.key_editor.source_note.text()
    paths = plain_library.paths
    files = [
        f
        for d in (paths.config_dir, paths.data_dir, paths.cache_dir)
        for f in Path(d).rglob("*")
        if f.is_file()
    ]
    assert paths.settings_file in files
    for f in files:
        assert key.encode() not in f.read_bytes(), f


def test_key_from_the_environment_is_shown(qtbot, lanes, plain_library, monkeypatch) -> None:
    monkeypatch.setenv("JINA_API_KEY", "jina_from_env")
    dialog = open_dialog(qtbot, plain_library, lanes)
    assert dialog.embedding_tab.key_editor.source == "environment"
    assert "JINA_API_KEY environment variable" in dialog.embedding_tab.key_editor.source_note.text()
    assert dialog.embedding_tab.key_editor.field.text() == ""  # the key itself is never displayed


def test_no_keyring_is_reported_and_the_dialog_stays(
    qtbot, lanes, plain_library, monkeypatch
) -> None:
    import keyring
    import keyring.errors

    def no_keyring(*_a: object) -> None:
        raise keyring.errors.NoKeyringError("no backend")

    monkeypatch.setattr(keyring, "set_password", no_keyring)
    dialog = open_dialog(qtbot, plain_library, lanes)
    qtbot.keyClicks(dialog.embedding_tab.key_editor.field.edit, "jina_abc")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.embedding_tab.key_editor.result.kind == InlineMessage.ERROR)
    assert "JINA_API_KEY" in dialog.embedding_tab.key_editor.result.text()
    assert dialog.isVisible()
    assert dialog.tabs.currentIndex() == 1
    assert dialog.embedding_tab.key_editor.field.text() == "jina_abc"  # kept, so the user can retry


def test_key_test_button(qtbot, lanes, library) -> None:
    dialog = open_dialog(qtbot, library, lanes)
    editor = dialog.embedding_tab.key_editor
    qtbot.keyClicks(editor.field.edit, JINA_KEY)
    with qtbot.waitSignal(editor.tested, timeout=10000) as blocker:
        editor.test_button.click()
    assert blocker.args == [True]
    assert editor.result.kind == InlineMessage.OK
    assert "works" in editor.result.text()

    editor.field.edit.clear()
    qtbot.keyClicks(editor.field.edit, "jina_wrong_key")
    with qtbot.waitSignal(editor.tested, timeout=10000) as blocker:
        editor.test_button.click()
    assert blocker.args == [False]
    assert editor.result.kind == InlineMessage.ERROR
    assert "Invalid API key" in editor.result.text()
    dialog.tabs.setCurrentIndex(1)
    screenshot(dialog, "settings-embedding-key-rejected")


# -- index size ----------------------------------------------------------------------------------
def test_storage_estimate_follows_dims_and_index_type(qtbot, lanes, plain_library) -> None:
    dialog = open_dialog(qtbot, plain_library, lanes)
    dialog.tabs.setCurrentIndex(2)
    dialog.size_tab.dims_spin.setValue(1024)
    full = dialog.size_tab.storage_label.text()
    assert "full quality" in dialog.size_tab.quality_label.text()
    dialog.size_tab.dims_slider.setValue(DIM_STEPS.index(256))
    assert dialog.size_tab.dims_spin.value() == 256
    small = dialog.size_tab.storage_label.text()
    assert small != full
    assert "99 %" in dialog.size_tab.quality_label.text()
    dialog.size_tab.dims_spin.setValue(128)
    assert "95" in dialog.size_tab.quality_label.text()
    dialog.size_tab.dims_spin.setValue(64)
    assert "not published" in dialog.size_tab.quality_label.text()
    dialog.size_tab.dims_spin.setValue(300)  # any value in range, not only the steps
    assert dialog.size_tab.dims_spin.value() == 300
    assert dialog.size_tab.dims_slider.value() == DIM_STEPS.index(256)
    assert "Embedded store" in dialog.size_tab.storage_label.text()

    dialog.store_tab.es_radio.setChecked(True)
    int8 = dialog.size_tab.storage_label.text()
    assert "int8_hnsw" in int8
    dialog.store_tab.index_type_combo.setCurrentIndex(
        dialog.store_tab.index_type_combo.findData("bbq_hnsw")
    )
    bbq = dialog.size_tab.storage_label.text()
    assert "bbq_hnsw" in bbq and bbq != int8
    screenshot(dialog, "settings-index-size")


def test_storage_rules() -> None:
    assert es_vector_bytes("hnsw", 256) == 1024
    assert es_vector_bytes("int8_hnsw", 256) == 260
    assert es_vector_bytes("int4_hnsw", 256) == 132
    assert es_vector_bytes("bbq_hnsw", 256) == 46
    assert bytes_per_photo("elasticsearch", 1024, "int8_hnsw") == 1024 + 4 + 64
    assert bytes_per_photo("embedded", 512, "int8_hnsw") > 4 * 512


def test_estimate_uses_the_photo_count(qtbot, lanes, indexed_library) -> None:
    dialog = open_dialog(qtbot, indexed_library, lanes)
    n = indexed_library.status().indexed
    assert dialog.photo_count == n
    assert f"your {n} photos" in dialog.size_tab.storage_label.text()


# -- folders -------------------------------------------------------------------------------------
def test_folders_add_and_remove_with_confirmation(qtbot, lanes, plain_library, tmp_path) -> None:
    keep, drop, new = (tmp_path / n for n in ("keep", "drop", "new"))
    for d in (keep, drop, new):
        d.mkdir()
    plain_library.add_folder(keep)
    plain_library.add_folder(drop)
    dialog = open_dialog(qtbot, plain_library, lanes)
    editor = dialog.library_tab.folder_editor
    assert editor.folders() == [str(drop), str(keep)]  # as the catalog sorts them

    asked: list[list[str]] = []
    editor.confirm_remove = lambda paths: asked.append(paths) or False
    assert not editor.remove_folders([str(drop)])
    assert str(drop) in editor.folders()

    editor.confirm_remove = lambda paths: asked.append(paths) or True
    editor.list.setCurrentRow(0)
    editor.remove_button.click()
    assert asked == [[str(drop)], [str(drop)]]
    assert add(qtbot, editor, new)
    assert not add(qtbot, editor, new)  # already listed
    (keep / "sub").mkdir()
    assert not add(qtbot, editor, keep / "sub")  # inside a listed folder: says why
    assert editor.message.kind == InlineMessage.WARNING
    assert "already in the library" in editor.message.text()
    # A folder added and removed before saving needs no confirmation.
    assert add(qtbot, editor, tmp_path / "new" / ".." / "new2") is False  # does not exist
    (tmp_path / "other").mkdir()
    assert add(qtbot, editor, tmp_path / "other")
    editor.remove_folders([str(tmp_path / "other")])
    assert len(asked) == 2

    keys = save(qtbot, dialog)
    assert keys == {"library.folders"}
    assert [f.path for f in plain_library.folders()] == [str(keep), str(new)]
    assert editor.folders() == [str(keep), str(new)]
    screenshot(dialog, "settings-library")


def test_a_missing_folder_is_reported(qtbot, lanes, plain_library, tmp_path) -> None:
    dialog = open_dialog(qtbot, plain_library, lanes)
    assert not add(qtbot, dialog.library_tab.folder_editor, tmp_path / "not-there")
    assert "does not exist" in dialog.library_tab.folder_editor.message.text()
    assert dialog.library_tab.folder_editor.folders() == []


def test_a_parent_folder_takes_the_place_of_its_children(
    qtbot, lanes, plain_library, tmp_path
) -> None:
    (tmp_path / "a").mkdir()
    plain_library.add_folder(tmp_path / "a")
    dialog = open_dialog(qtbot, plain_library, lanes)
    assert add(qtbot, dialog.library_tab.folder_editor, tmp_path)
    assert dialog.library_tab.folder_editor.folders() == [str(tmp_path)]
    assert "become part of it" in dialog.library_tab.folder_editor.message.text()


# -- store ---------------------------------------------------------------------------------------
def test_elasticsearch_fields_follow_the_choices(qtbot, lanes, plain_library) -> None:
    dialog = open_dialog(qtbot, plain_library, lanes)
    dialog.tabs.setCurrentIndex(3)
    assert dialog.store_tab.embedded_radio.isChecked()
    assert not dialog.store_tab.es_box.isEnabled()
    dialog.store_tab.es_radio.setChecked(True)
    assert dialog.store_tab.es_box.isEnabled()
    assert dialog.store_tab.verify_check.isChecked()
    assert dialog.store_tab.verify_warning.isHidden()
    dialog.store_tab.auth_combo.setCurrentIndex(dialog.store_tab.auth_combo.findData("none"))
    assert not dialog.store_tab.es_secret.isEnabled()
    dialog.store_tab.auth_combo.setCurrentIndex(dialog.store_tab.auth_combo.findData("api_key"))
    assert dialog.store_tab.es_secret.isEnabled() and not dialog.store_tab.username_edit.isEnabled()
    assert dialog.store_tab.es_secret_label.text() == "API &key:"
    dialog.store_tab.verify_check.setChecked(False)
    assert not dialog.store_tab.verify_warning.isHidden()
    assert dialog.store_tab.verify_warning.kind == InlineMessage.WARNING
    set_lines(dialog.store_tab.urls_edit, "https://es.example.org:9200")
    screenshot(dialog, "settings-store")
    keys = save(qtbot, dialog)
    assert "elasticsearch.verify_certs" in keys
    assert plain_library.settings.elasticsearch.verify_certs is False


def test_connection_test_without_elasticsearch_support(
    qtbot, lanes, plain_library, monkeypatch
) -> None:
    monkeypatch.setitem(sys.modules, "photoseek.stores.elastic_check", None)
    dialog = open_dialog(qtbot, plain_library, lanes)
    dialog.store_tab.es_radio.setChecked(True)
    set_lines(dialog.store_tab.urls_edit, "http://127.0.0.1:9")
    dialog.store_tab.es_test_button.click()
    qtbot.waitUntil(lambda: dialog.store_tab.es_test_result.kind == InlineMessage.ERROR)
    assert "Elasticsearch support is not installed" in dialog.store_tab.es_test_result.text()
    assert dialog.store_tab.es_test_button.isEnabled()


def test_connection_test_shows_the_report(qtbot, lanes, plain_library, monkeypatch) -> None:
    seen = []

    report = types.SimpleNamespace(
        ok=True,
        lines=["Elasticsearch 8.15.0 answered.", "Signed in with an API key.", "Privileges OK."],
    )

    def check_connection(es):
        seen.append(es)
        return report

    module = types.ModuleType("photoseek.stores.elastic_check")
    module.check_connection = check_connection
    monkeypatch.setitem(sys.modules, "photoseek.stores.elastic_check", module)
    dialog = open_dialog(qtbot, plain_library, lanes)
    dialog.store_tab.es_radio.setChecked(True)
    set_lines(dialog.store_tab.urls_edit, "https://es.example.org:9200")
    dialog.store_tab.index_type_combo.setCurrentIndex(
        dialog.store_tab.index_type_combo.findData("int4_hnsw")
    )
    dialog.store_tab.es_test_button.click()
    qtbot.waitUntil(lambda: dialog.store_tab.es_test_result.kind == InlineMessage.OK)
    assert "8.15.0" in dialog.store_tab.es_test_result.text()
    assert "Privileges OK." in dialog.store_tab.es_test_result.text()
    assert seen[0].urls == ("https://es.example.org:9200",)
    assert seen[0].index_options == "int4_hnsw"
    # Testing saves nothing.
    assert not plain_library.paths.settings_file.exists()
    assert plain_library.settings.elasticsearch.urls == ()

    report.ok = False
    report.lines = ["The cluster refused the API key (401)."]
    dialog.store_tab.es_test_button.click()
    qtbot.waitUntil(lambda: dialog.store_tab.es_test_result.kind == InlineMessage.ERROR)
    assert "401" in dialog.store_tab.es_test_result.text()

    set_lines(dialog.store_tab.urls_edit, "ftp://nope")
    dialog.store_tab.es_test_button.click()
    assert dialog.field_error("elasticsearch.urls")
    assert len(seen) == 2


def test_connection_test_against_a_cluster(qtbot, lanes, plain_library, memory_keyring) -> None:
    """The real check (elasticsearch-py) against the loopback cluster fake, with basic auth."""
    pytest.importorskip("photoseek.stores.elastic_check")
    fakes = pytest.importorskip("tests.fakes.elasticsearch")
    with fakes.FakeElasticsearch("8.15.0", auth={"users": {"elastic": "right-password"}}) as es:
        dialog = open_dialog(qtbot, plain_library, lanes)
        dialog.store_tab.es_radio.setChecked(True)
        set_lines(dialog.store_tab.urls_edit, es.url)
        dialog.store_tab.auth_combo.setCurrentIndex(dialog.store_tab.auth_combo.findData("basic"))
        dialog.store_tab.username_edit.setText("elastic")
        qtbot.keyClicks(dialog.store_tab.es_secret.edit, "right-password")
        assert "secret.elasticsearch-password" in save(qtbot, dialog)  # the check reads it
        dialog.store_tab.es_test_button.click()
        qtbot.waitUntil(
            lambda: dialog.store_tab.es_test_result.kind != InlineMessage.BUSY, timeout=20000
        )
        assert dialog.store_tab.es_test_result.kind == InlineMessage.OK, (
            dialog.store_tab.es_test_result.text()
        )
        assert "8.15.0" in dialog.store_tab.es_test_result.text()
        dialog.tabs.setCurrentIndex(3)
        screenshot(dialog, "settings-store-connected")

        memory_keyring.passwords[(SERVICE, Secret.ES_PASSWORD.account)] = "wrong-password"
        dialog.store_tab.es_test_button.click()
        qtbot.waitUntil(
            lambda: dialog.store_tab.es_test_result.kind != InlineMessage.BUSY, timeout=20000
        )
        assert dialog.store_tab.es_test_result.kind == InlineMessage.ERROR
        screenshot(dialog, "settings-store-refused")


# -- the rest ------------------------------------------------------------------------------------
def test_keyboard_mnemonics_reach_the_fields(qtbot, lanes, plain_library) -> None:
    dialog = open_dialog(qtbot, plain_library, lanes)
    from PySide6.QtWidgets import QLabel

    labels = [lab for lab in dialog.findChildren(QLabel) if "&" in lab.text()]
    assert labels
    for lab in labels:
        assert lab.buddy() is not None, lab.text()


def test_cancel_saves_nothing(qtbot, lanes, plain_library) -> None:
    dialog = open_dialog(qtbot, plain_library, lanes)
    dialog.size_tab.dims_spin.setValue(64)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert plain_library.settings.embedding.dims == 512
    assert not plain_library.paths.settings_file.exists()


def test_screenshots_of_every_tab(qtbot, lanes, plain_library, tmp_path) -> None:
    plain_library.add_folder(tmp_path)
    dialog = open_dialog(qtbot, plain_library, lanes)
    names = ["library", "embedding", "index-size", "store", "general"]
    for i, name in enumerate(names):
        dialog.tabs.setCurrentIndex(i)
        screenshot(dialog, f"settings-tab-{name}")
    assert dialog.tabs.count() == 5
