"""The first-run wizard: folders, key, store, and what Finish saves."""

from __future__ import annotations

import sys
import types

from PySide6.QtWidgets import QWizard

from photoseek.config.secrets import SERVICE, Secret
from photoseek.gui.first_run import FirstRunDialog
from photoseek.gui.widgets import InlineMessage
from photoseek.gui.workers import Lanes
from photoseek.library import Library
from tests.gui.conftest import screenshot


def open_wizard(qtbot, library: Library, lanes: Lanes) -> FirstRunDialog:
    wizard = FirstRunDialog(library, lanes)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    qtbot.waitUntil(lambda: wizard.embedding_page.key_editor.source_loaded)
    return wizard


def next_button(wizard: QWizard):
    return wizard.button(QWizard.WizardButton.NextButton)


def add_folder(qtbot, wizard: FirstRunDialog, path) -> bool:
    with qtbot.waitSignal(wizard.folders_page.folders.placed, timeout=5000) as blocker:
        wizard.add_folder(str(path))
    return bool(blocker.args[1])


def test_first_run_adds_folders_keeps_the_key_and_saves(
    qtbot, lanes, plain_library, memory_keyring, tmp_path
) -> None:
    photos = tmp_path / "Pictures"
    photos.mkdir()
    wizard = open_wizard(qtbot, plain_library, lanes)
    assert wizard.currentPage() is wizard.folders_page
    assert not next_button(wizard).isEnabled()  # a folder first
    screenshot(wizard, "first-run-1-folders-empty")
    assert add_folder(qtbot, wizard, photos)
    assert next_button(wizard).isEnabled()
    screenshot(wizard, "first-run-1-folders")
    next_button(wizard).click()

    page = wizard.embedding_page
    assert wizard.currentPage() is page
    assert page.local_radio.isEnabled() and page.elastic_radio.isEnabled()
    assert page.jina_radio.isChecked()
    assert not next_button(wizard).isEnabled()  # no key yet
    qtbot.keyClicks(page.key_editor.field.edit, "jina_first_run_key")
    assert next_button(wizard).isEnabled()
    screenshot(wizard, "first-run-2-key")
    next_button(wizard).click()

    store = wizard.store_page
    assert wizard.currentPage() is store
    assert store.embedded_radio.isChecked()
    assert not store.es_box.isEnabled()
    screenshot(wizard, "first-run-3-store")
    with qtbot.waitSignal(wizard.completed, timeout=5000):
        wizard.button(QWizard.WizardButton.FinishButton).click()

    assert not wizard.isVisible()
    assert [f.path for f in plain_library.folders()] == [str(photos)]
    assert memory_keyring.passwords[(SERVICE, Secret.JINA_API_KEY.account)] == "jina_first_run_key"
    text = plain_library.paths.settings_file.read_text(encoding="utf-8")
    assert "jina_first_run_key" not in text
    again = Library()
    try:
        assert again.settings.store.kind == "embedded"
    finally:
        again.close()


def test_a_key_from_the_environment_is_enough(
    qtbot, lanes, plain_library, monkeypatch, tmp_path
) -> None:
    monkeypatch.setenv("JINA_API_KEY", "jina_env_key")
    wizard = open_wizard(qtbot, plain_library, lanes)
    add_folder(qtbot, wizard, tmp_path)
    next_button(wizard).click()
    assert "environment variable" in wizard.embedding_page.key_editor.source_note.text()
    assert next_button(wizard).isEnabled()


def test_elasticsearch_choice(
    qtbot, lanes, plain_library, memory_keyring, tmp_path, monkeypatch
) -> None:
    seen = []

    def check_connection(es):
        seen.append(es)
        return types.SimpleNamespace(ok=True, lines=["Elasticsearch 9.1.0 answered."])

    module = types.ModuleType("photoseek.stores.elastic_check")
    module.check_connection = check_connection
    monkeypatch.setitem(sys.modules, "photoseek.stores.elastic_check", module)

    wizard = open_wizard(qtbot, plain_library, lanes)
    add_folder(qtbot, wizard, tmp_path)
    next_button(wizard).click()
    qtbot.keyClicks(wizard.embedding_page.key_editor.field.edit, "jina_k")
    next_button(wizard).click()
    store = wizard.store_page
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    store.es_radio.setChecked(True)
    assert store.es_box.isEnabled()
    assert not finish.isEnabled()  # needs a URL

    qtbot.keyClicks(store.url_edit, "ftp://cluster")
    assert finish.isEnabled()
    finish.click()
    assert store.url_message.kind == InlineMessage.ERROR
    assert "http" in store.url_message.text()
    assert wizard.isVisible()

    store.url_edit.setText("https://cluster.example.org:9200")
    qtbot.keyClicks(store.api_key.edit, "es_api_key_value")
    store.test_button.click()
    qtbot.waitUntil(lambda: store.test_result.kind == InlineMessage.OK)
    assert "9.1.0" in store.test_result.text()
    assert seen[0].urls == ("https://cluster.example.org:9200",)
    screenshot(wizard, "first-run-3-store-elasticsearch")

    with qtbot.waitSignal(wizard.completed, timeout=5000):
        finish.click()
    s = plain_library.settings
    assert s.store.kind == "elasticsearch"
    assert s.elasticsearch.urls == ("https://cluster.example.org:9200",)
    assert s.elasticsearch.auth == "api_key"
    assert memory_keyring.passwords[(SERVICE, Secret.ES_API_KEY.account)] == "es_api_key_value"
    assert "es_api_key_value" not in plain_library.paths.settings_file.read_text(encoding="utf-8")


def test_a_folder_that_cannot_be_added_keeps_the_wizard_open(
    qtbot, lanes, plain_library, tmp_path
) -> None:
    wizard = open_wizard(qtbot, plain_library, lanes)
    assert not add_folder(qtbot, wizard, tmp_path / "never-was")  # refused at once, with why
    assert "does not exist" in wizard.folders_page.folders.message.text()
    (tmp_path / "gone").mkdir()
    assert add_folder(qtbot, wizard, tmp_path / "gone")
    (tmp_path / "gone").rmdir()  # unplugged before Finish
    next_button(wizard).click()
    qtbot.keyClicks(wizard.embedding_page.key_editor.field.edit, "jina_k")
    next_button(wizard).click()
    completed: list[bool] = []
    wizard.completed.connect(lambda _out: completed.append(True))
    wizard.button(QWizard.WizardButton.FinishButton).click()
    status = wizard.store_page.status
    qtbot.waitUntil(lambda: status.kind == InlineMessage.ERROR)
    assert "does not exist" in status.text()
    assert wizard.isVisible()
    assert completed == []
    assert not plain_library.paths.settings_file.exists()
