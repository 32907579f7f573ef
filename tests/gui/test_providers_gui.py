"""The three providers in the window: the first run and Settings › Embedding offer them, the
cluster's endpoints are listed and tested, the local model is imported, a switch to another
model asks first with its cost; without a keyring there is a way through; Cancel keeps the
folders. Screenshots: first-run-providers, settings-embedding-local, -elastic."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget, QWizard

from photoseek.config.rules import ELASTIC_PROVIDER_NEEDS_CLUSTER
from photoseek.config.secrets import Place, Secret
from photoseek.gui.first_run import FirstRunDialog
from photoseek.gui.main_window import MainWindow
from photoseek.gui.settings_dialog import SettingsDialog
from photoseek.gui.states import Action, State
from photoseek.gui.widgets import InlineMessage
from photoseek.gui.workers import Lanes
from photoseek.library import Library
from tests.fakes.elasticsearch import FakeElasticsearch
from tests.gui.conftest import WAIT_MS, idle, screenshot
from tests.tiny_model import build_tiny_model

EMBEDDING_TAB = 1


@pytest.fixture
def cluster() -> Iterator[FakeElasticsearch]:
    with FakeElasticsearch("9.4.0") as fake:
        yield fake


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_model(tmp_path_factory.mktemp("tiny-model"))


def open_dialog(qtbot: Any, library: Library, lanes: Lanes) -> SettingsDialog:
    dialog = SettingsDialog(library, lanes)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT_MS):
        dialog.show()
    qtbot.waitExposed(dialog)
    dialog.tabs.setCurrentIndex(EMBEDDING_TAB)
    return dialog


def shot(widget: QWidget, name: str) -> None:
    """Into $PHOTOSEEK_SCREENSHOT_DIR (the helper), and under /tmp for a look by hand."""
    screenshot(widget, name)
    QApplication.processEvents()
    folder = Path(tempfile.gettempdir()) / "photoseek-provider-shots"
    folder.mkdir(exist_ok=True)
    assert widget.grab().save(str(folder / f"{name}.png"))


def saved(qtbot: Any, dialog: SettingsDialog) -> Any:
    with qtbot.waitSignal(dialog.applied, timeout=WAIT_MS) as blocker:
        dialog.apply_button.click()
    return blocker.args[0]


# -- Settings › Embedding ------------------------------------------------------------------------
def test_settings_offer_three_providers_and_the_key_only_for_the_api(
    qtbot: Any, lanes: Lanes, plain_library: Library
) -> None:
    dialog = open_dialog(qtbot, plain_library, lanes)
    tab = dialog.embedding_tab
    radios = tab.choice.radios
    assert set(radios) == {"jina", "elastic", "local"}
    assert all(r.isEnabled() for r in radios.values()) and radios["jina"].isChecked()
    assert "coming" not in " ".join(r.text() for r in radios.values()).lower()
    assert tab.key_editor.isVisibleTo(dialog)
    radios["local"].setChecked(True)
    assert not tab.key_editor.isVisibleTo(dialog) and tab.local_box.isVisibleTo(dialog)
    radios["elastic"].setChecked(True)
    assert tab.endpoint_combo.isVisibleTo(dialog) and not tab.key_editor.isVisibleTo(dialog)
    assert "under Store first" in tab.cluster_note.text()
    dialog.apply_button.click()  # no cluster: the library's own sentence, under the choice
    assert dialog.field_error("embedding.provider") == ELASTIC_PROVIDER_NEEDS_CLUSTER
    assert dialog.tabs.currentIndex() == EMBEDDING_TAB
    qtbot.waitUntil(lambda: idle(lanes))
    assert not plain_library.paths.settings_file.exists()


def test_the_local_model_is_imported_and_chosen_in_settings(
    qtbot: Any, lanes: Lanes, plain_library: Library, tiny: Path
) -> None:
    dialog = open_dialog(qtbot, plain_library, lanes)
    tab = dialog.embedding_tab
    tab.choice.radios["local"].setChecked(True)
    box = tab.local_box
    assert box.message.kind == InlineMessage.WARNING and "Not installed" in box.message.text()
    shot(dialog, "settings-embedding-local")  # what a new user sees (the real model: 0.9 GB)
    with qtbot.waitSignal(box.status_known, timeout=WAIT_MS) as blocker:
        box.import_folder(str(tiny))
    assert blocker.args == [True]
    assert box.message.kind == InlineMessage.OK and "runs on the CPU" in box.message.text()
    out = saved(qtbot, dialog)
    assert out.changed == {"embedding.provider"}
    assert not out.followups.reembed  # jina-clip-v2 either way: nothing to embed again
    assert plain_library.status().local_installed
    shot(dialog, "settings-embedding-local-installed")


def test_the_download_dialog_opens_from_settings(
    qtbot: Any, lanes: Lanes, plain_library: Library
) -> None:
    dialog = open_dialog(qtbot, plain_library, lanes)
    tab = dialog.embedding_tab
    tab.choice.radios["local"].setChecked(True)
    download = tab.local_box.open_download()
    qtbot.waitExposed(download)
    assert download.panel.accept_box.isVisible() and not download.panel.download_button.isEnabled()
    download.close()


def test_the_clusters_endpoints_are_listed_tested_and_a_switch_asks_first(
    qtbot: Any, lanes: Lanes, indexed_library: Library, cluster: FakeElasticsearch, fake_jina: Any
) -> None:
    dialog = open_dialog(qtbot, indexed_library, lanes)
    dialog.store_tab.urls_edit.setPlainText(cluster.url)  # embedded store; the cluster embeds
    tab = dialog.embedding_tab
    tab.choice.radios["elastic"].setChecked(True)
    assert cluster.url in tab.cluster_note.text()
    tab.find_button.click()
    qtbot.waitUntil(lambda: tab.endpoint_result.kind != InlineMessage.BUSY, timeout=WAIT_MS)
    assert tab.endpoint_result.kind == InlineMessage.OK, tab.endpoint_result.text()
    listed = [tab.endpoint_combo.itemData(i) for i in range(tab.endpoint_combo.count())]
    assert listed == [
        ".jina-clip-v2",
        ".jina-embeddings-v5-omni-nano",
        ".jina-embeddings-v5-omni-small",
    ]
    assert tab.endpoint_result.text() == (
        "3 endpoints embed photos; choose one above. 3 more embed text only."
    )
    tab.endpoint_combo.setCurrentIndex(2)
    tab.endpoint_test_button.click()
    qtbot.waitUntil(lambda: tab.endpoint_result.kind != InlineMessage.BUSY, timeout=WAIT_MS)
    assert "answers: jina-embeddings-v5-omni-small, 1024 dims" in tab.endpoint_result.text()
    shot(dialog, "settings-embedding-elastic")

    images = len(fake_jina.image_requests())
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: dialog.confirm_box is not None, timeout=WAIT_MS)
    box = dialog.confirm_box
    assert box is not None
    assert "18 photos to embed with jina-embeddings-v5-omni-small" in box.informativeText()
    assert "switching back costs nothing" in box.informativeText()
    qtbot.waitExposed(box)
    shot(box, "settings-switch-model-confirm")
    cancel = box.button(QMessageBox.StandardButton.Cancel)
    cancel.click()
    assert indexed_library.settings.embedding.provider == "jina"  # nothing changed
    assert "Nothing was changed" in dialog.status.text()

    dialog.apply_button.click()
    qtbot.waitUntil(lambda: dialog.confirm_box is not None, timeout=WAIT_MS)
    box = dialog.confirm_box
    assert box is not None
    go = next(b for b in box.buttons() if b.text() == "Switch and embed")
    with qtbot.waitSignal(dialog.applied, timeout=WAIT_MS) as blocker:
        go.click()
    out = blocker.args[0]
    assert out.followups.reembed and "embedding.provider" in out.changed
    s = indexed_library.settings
    assert (s.embedding.provider, s.embedding.elastic_endpoint) == (
        "elastic",
        ".jina-embeddings-v5-omni-small",
    )
    assert len(fake_jina.image_requests()) == images  # the window runs the follow-up, not this


# -- no keyring ----------------------------------------------------------------------------------
def test_settings_without_a_keyring_keep_the_key_for_the_session(
    qtbot: Any, lanes: Lanes, plain_library: Library, no_keyring: Any
) -> None:
    dialog = open_dialog(qtbot, plain_library, lanes)
    editor = dialog.embedding_tab.key_editor
    places = editor.places
    assert places.isVisibleTo(dialog) and places.session_radio.isChecked()
    assert "No system keyring" in places.warning.text()
    qtbot.keyClicks(editor.field.edit, "jina_session_key")
    out = saved(qtbot, dialog)
    assert out.ok and Secret.JINA_API_KEY in out.saved_secrets
    assert plain_library.secret_source(Secret.JINA_API_KEY) == "session"
    qtbot.waitUntil(lambda: editor.source == "session", timeout=WAIT_MS)
    assert "this session only" in editor.source_note.text()


def test_settings_without_a_keyring_say_where_the_cluster_secret_goes(
    qtbot: Any, lanes: Lanes, plain_library: Library, no_keyring: Any
) -> None:
    dialog = open_dialog(qtbot, plain_library, lanes)
    store, places = dialog.store_tab, dialog.embedding_tab.key_editor.places
    store.es_radio.setChecked(True)
    store.urls_edit.setPlainText("https://cluster.example.org:9200")
    store.auth_combo.setCurrentIndex(store.auth_combo.findData("api_key"))
    hint = store.es_secret.edit.placeholderText
    assert "this session only" in hint()  # where a typed one will go, not "the keyring"
    places.file_radio.setChecked(True)
    assert "encrypted file" in hint()
    places.session_radio.setChecked(True)
    qtbot.keyClicks(store.es_secret.edit, "es_session_secret")
    out = saved(qtbot, dialog)
    assert out.ok and Secret.ES_API_KEY in out.saved_secrets
    assert plain_library.secret_source(Secret.ES_API_KEY) == "session"
    assert "this session only" in hint()  # where it is now


def test_settings_without_a_keyring_can_use_an_encrypted_file(
    qtbot: Any, lanes: Lanes, plain_library: Library, no_keyring: Any
) -> None:
    dialog = open_dialog(qtbot, plain_library, lanes)
    editor = dialog.embedding_tab.key_editor
    places = editor.places
    places.file_radio.setChecked(True)
    assert places.password_box.isVisibleTo(dialog)
    qtbot.keyClicks(editor.field.edit, "jina_file_key")
    qtbot.keyClicks(places.password.edit, "a long password")
    qtbot.keyClicks(places.confirm.edit, "a long passwork")
    assert not editor.has_key() and "differ" in places.message.text()
    dialog.apply_button.click()
    assert editor.result.kind == InlineMessage.ERROR  # refused before anything is saved
    places.confirm.edit.setText("a long password")
    out = saved(qtbot, dialog)
    assert out.ok and plain_library.secret_source(Secret.JINA_API_KEY) == "encrypted file"


# -- the first run -------------------------------------------------------------------------------
def open_wizard(qtbot: Any, library: Library, lanes: Lanes) -> FirstRunDialog:
    wizard = FirstRunDialog(library, lanes)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    qtbot.waitUntil(lambda: wizard.embedding_page.key_editor.source_loaded, timeout=WAIT_MS)
    return wizard


def to_embedding_page(qtbot: Any, wizard: FirstRunDialog, folder: Path) -> None:
    with qtbot.waitSignal(wizard.folders_page.folders.placed, timeout=WAIT_MS):
        wizard.add_folder(str(folder))
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentPage() is wizard.embedding_page


def test_the_first_run_offers_three_providers(
    qtbot: Any, lanes: Lanes, plain_library: Library, tmp_path: Path, cluster: FakeElasticsearch
) -> None:
    wizard = open_wizard(qtbot, plain_library, lanes)
    to_embedding_page(qtbot, wizard, tmp_path)
    page = wizard.embedding_page
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # the API needs a key
    wizard.resize(wizard.width(), max(wizard.height(), 720))
    shot(wizard, "first-run-providers")
    page.local_radio.setChecked(True)
    qtbot.waitUntil(lambda: page.local_box.status is not None, timeout=WAIT_MS)
    assert "Not installed" in page.local_box.message.text() and next_button.isEnabled()
    page.elastic_radio.setChecked(True)
    assert next_button.isEnabled()
    next_button.click()
    store = wizard.store_page
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert store.cluster_needed and store.es_box.isEnabled() and store.embedded_radio.isChecked()
    assert not finish.isEnabled()  # the cluster embeds: its address first
    store.url_edit.setText(cluster.url)
    with qtbot.waitSignal(wizard.completed, timeout=WAIT_MS):
        finish.click()
    s = plain_library.settings
    assert (s.embedding.provider, s.store.kind, s.elasticsearch.urls) == (
        "elastic",
        "embedded",
        (cluster.url,),
    )


def test_the_first_run_without_a_keyring_asks_before_the_last_page(
    qtbot: Any, lanes: Lanes, plain_library: Library, tmp_path: Path, no_keyring: Any
) -> None:
    wizard = open_wizard(qtbot, plain_library, lanes)
    to_embedding_page(qtbot, wizard, tmp_path)
    editor = wizard.embedding_page.key_editor
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert editor.places.isVisibleTo(wizard)  # known before anyone types a key
    qtbot.keyClicks(editor.field.edit, "jina_first_run_key")
    editor.places.env_radio.setChecked(True)
    assert not next_button.isEnabled()
    assert "JINA_API_KEY" in editor.places.message.text()
    wizard.resize(wizard.width(), max(wizard.height(), 800))
    shot(wizard, "first-run-no-keyring")
    editor.places.session_radio.setChecked(True)
    assert next_button.isEnabled()
    next_button.click()
    store = wizard.store_page
    # The cluster's key goes where the Jina key goes, and the field says so (not "keyring").
    assert "this session only" in store.api_key.edit.placeholderText()
    store.es_radio.setChecked(True)
    store.url_edit.setText("https://cluster.example.org:9200")
    qtbot.keyClicks(store.api_key.edit, "es_session_key")
    with qtbot.waitSignal(wizard.completed, timeout=WAIT_MS):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert plain_library.secret_source(Secret.JINA_API_KEY) == "session"
    assert plain_library.secret_source(Secret.ES_API_KEY) == "session"
    assert [f.path for f in plain_library.folders()] == [str(tmp_path)]


def test_the_store_page_says_where_the_cluster_key_is_kept(
    qtbot: Any, lanes: Lanes, plain_library: Library
) -> None:
    wizard = open_wizard(qtbot, plain_library, lanes)
    store = wizard.store_page
    expected = {
        Place.KEYRING: "system keyring",
        Place.SESSION: "this session only",
        Place.FILE: "encrypted file",
        Place.ENVIRONMENT: Secret.ES_API_KEY.env,
    }
    for place, words in expected.items():
        store.show_key_place(place)
        assert words in store.api_key.edit.placeholderText(), place


@pytest.mark.parametrize("answer", ["Save the folders", "Discard them", "Back to setup"])
def test_cancel_asks_about_the_chosen_folders(
    qtbot: Any, lanes: Lanes, plain_library: Library, tmp_path: Path, answer: str
) -> None:
    wizard = open_wizard(qtbot, plain_library, lanes)
    to_embedding_page(qtbot, wizard, tmp_path)
    kept: list[Any] = []
    wizard.folders_kept.connect(kept.append)
    wizard.button(QWizard.WizardButton.CancelButton).click()
    box = wizard.cancel_box
    assert box is not None and wizard.isVisible()
    assert box.text() == "Keep the 1 folders you chose?"
    button = next(b for b in box.buttons() if b.text() == answer)
    button.click()
    if answer == "Save the folders":
        qtbot.waitUntil(lambda: bool(kept), timeout=WAIT_MS)
        assert not wizard.isVisible()
        assert [f.path for f in plain_library.folders()] == [str(tmp_path)]
        again = open_wizard(qtbot, plain_library, lanes)  # the next start: they are there
        qtbot.waitUntil(lambda: again.folders_page.folders.folders() == [str(tmp_path)])
        assert again.button(QWizard.WizardButton.NextButton).isEnabled()
    elif answer == "Discard them":
        assert not wizard.isVisible() and plain_library.folders() == []
    else:
        assert wizard.isVisible() and wizard.cancel_box is None
        assert plain_library.folders() == []


# -- the window ----------------------------------------------------------------------------------
def test_a_local_provider_without_the_model_offers_the_download(
    qtbot: Any,
    make_window: Callable[..., MainWindow],
    plain_library: Library,
    photo_dir: Path,
) -> None:
    plain_library.apply({"embedding.provider": "local"})
    plain_library.add_folder(photo_dir)
    window = make_window(plain_library)
    assert window.state_view.state is State.NO_MODEL  # not "a Jina API key is needed"
    assert window.state_view.action is Action.DOWNLOAD_MODEL
    assert window.state_view.button.text() == "Download the model…"
    assert "jina-clip-v2 (this computer)" in window.summary_label.text()
    window.state_view.button.click()
    dialog = window.dialogs.model
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.close()


def test_the_cluster_provider_needs_no_jina_key(
    make_window: Callable[..., MainWindow],
    plain_library: Library,
    photo_dir: Path,
    cluster: FakeElasticsearch,
) -> None:
    plain_library.apply({"embedding.provider": "elastic", "elasticsearch.urls": cluster.url})
    plain_library.add_folder(photo_dir)
    window = make_window(plain_library)
    assert window.state_view.state is State.NOTHING_INDEXED
    assert "jina-clip-v2 (your cluster)" in window.summary_label.text()


def test_the_status_bar_says_which_model_is_being_built(
    make_window: Callable[..., MainWindow], indexed_library: Library, cluster: FakeElasticsearch
) -> None:
    indexed_library.apply(
        {
            "embedding.provider": "elastic",
            "elasticsearch.urls": cluster.url,
            "embedding.elastic_endpoint": ".jina-embeddings-v5-omni-small",
        }
    )
    window = make_window(indexed_library)
    text = window.summary_label.text()
    assert "jina-clip-v2 (your cluster)" not in text  # searches still use jina-clip-v2's index
    assert "· jina-clip-v2 ·" in text
    assert "building jina-embeddings-v5-omni-small (your cluster)" in text
