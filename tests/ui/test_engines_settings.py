"""Settings ▸ Engines: adding, checking and removing remote endpoints, against a real HTTP stand-in."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget, QTreeWidgetItem

from desktop.core.chat_settings import ChatSettings
from desktop.core.remotes.endpoints import EndpointStore
from desktop.core.remotes.keys import SERVICE
from desktop.core.settings import Settings
from desktop.core.store import ConversationStore
from desktop.ui.background import wait_for_background
from desktop.ui.engines_settings import EnginesSettingsTab
from desktop.ui.settings_dialog import SettingsDialog


class MemoryKeyring(KeyringBackend):
    """A keychain that lives in this process: no test reads or writes the user's real one."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture(autouse=True)
def keychain() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    try:
        yield memory
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def no_keychain() -> Iterator[None]:
    """A computer without a keychain (a server with no desktop session)."""
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)


class ModelsServer:
    """A minimal OpenAI-compatible stand-in on 127.0.0.1: GET /v1/models lists `ids`."""

    def __init__(self, ids: list[str]) -> None:
        self.ids = ids
        self.authorizations: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.authorizations.append(self.headers.get("Authorization", ""))
                if self.path != "/v1/models":
                    self.send_error(404)
                    return
                body = json.dumps({"object": "list", "data": [{"id": i, "object": "model"} for i in server.ids]})
                data = body.encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: object) -> None:  # quiet
                pass

        self.http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.http.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.http.server_address[1]}"


@pytest.fixture
def models_server() -> Iterator[ModelsServer]:
    server = ModelsServer(["alpha", "<img src=/dev/zero>"])
    server.thread.start()
    try:
        yield server
    finally:
        server.http.shutdown()
        server.http.server_close()


@pytest.fixture
def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # nothing listens there once it is closed


@pytest.fixture
def tab(qtbot) -> Iterator[EnginesSettingsTab]:
    widget = EnginesSettingsTab()  # remotes.json in the test's data folder (HEARTH_DATA_DIR)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    assert wait_for_background(10_000)


def remotes_file(data_dir: Path) -> Path:
    return data_dir / "remotes.json"


def row(tab: EnginesSettingsTab, name: str) -> QTreeWidgetItem | None:
    found = tab.endpoints.findItems(name, Qt.MatchFlag.MatchExactly, 0)
    return found[0] if found else None


def state(tab: EnginesSettingsTab, name: str) -> str:
    item = row(tab, name)
    return item.text(3) if item is not None else ""


def fill(qtbot, tab: EnginesSettingsTab, name: str, url: str, key: str = "", env: str = "") -> None:
    qtbot.keyClicks(tab.name, name)
    qtbot.keyClicks(tab.url, url)
    if key:
        qtbot.keyClicks(tab.api_key, key)
    if env:
        tab.use_env.setChecked(True)
        qtbot.keyClicks(tab.key_env, env)


def press_add(qtbot, tab: EnginesSettingsTab) -> None:
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)


def test_an_added_endpoint_is_saved_at_once_and_shows_its_models(qtbot, tab, models_server, data_dir) -> None:
    fill(qtbot, tab, "lab", models_server.url + "/v1")
    with qtbot.waitSignal(tab.endpointsChanged, timeout=2000):
        press_add(qtbot, tab)
    qtbot.waitUntil(lambda: state(tab, "lab") == "2 models", timeout=10_000)
    item = row(tab, "lab")
    assert item is not None
    assert [item.text(c) for c in range(3)] == ["lab", models_server.url, "no key"]
    # A model id is a stranger's text: it cannot open a tag in the tooltip.
    assert item.toolTip(3) == "alpha, \u2039img src=/dev/zero>"
    assert tab.details.text() == "lab: 2 models: alpha, <img src=/dev/zero>"  # the new row is selected
    for label in (tab.message, tab.details):
        assert label.textFormat() == Qt.TextFormat.PlainText
    saved = json.loads(remotes_file(data_dir).read_text(encoding="utf-8"))["endpoints"]
    assert [(e["name"], e["url"], e["key"]) for e in saved] == [("lab", models_server.url, "none")]
    assert (tab.name.text(), tab.url.text()) == ("", "")  # the form is ready for the next one
    assert models_server.authorizations == [""]


def test_an_unreachable_endpoint_says_so_in_its_row(qtbot, tab, closed_port) -> None:
    fill(qtbot, tab, "gpu", f"http://127.0.0.1:{closed_port}/v1")
    press_add(qtbot, tab)
    qtbot.waitUntil(lambda: state(tab, "gpu") not in ("checking…", ""), timeout=10_000)
    assert state(tab, "gpu") == "gpu is unreachable (connection refused)"
    assert tab.details.text() == "gpu is unreachable (connection refused)"


def test_a_bad_address_or_name_is_refused_inline_and_nothing_is_saved(qtbot, tab, data_dir) -> None:
    fill(qtbot, tab, "lab", "ftp://gpu-box/v1")
    with qtbot.assertNotEmitted(tab.endpointsChanged):
        press_add(qtbot, tab)
    assert tab.message.text() == "'ftp://gpu-box/v1' is not an http:// or https:// address"
    assert tab.url.text() == "ftp://gpu-box/v1"  # kept, to be corrected
    tab.name.setText("lab/one")
    tab.url.setText("http://gpu-box:8000/v1")
    press_add(qtbot, tab)
    assert tab.message.text().startswith("'lab/one' is not a usable endpoint name")
    assert not remotes_file(data_dir).exists()
    assert tab.endpoints.topLevelItemCount() == 0


def test_a_key_with_no_keychain_is_refused_and_the_form_kept(qtbot, tab, no_keychain, data_dir) -> None:
    fill(qtbot, tab, "lab", "http://gpu-box:8000/v1", key="sk-secret-123")
    with qtbot.assertNotEmitted(tab.endpointsChanged):
        press_add(qtbot, tab)
    assert "has no keychain" in tab.message.text()
    assert "environment variable" in tab.message.text()
    assert (tab.name.text(), tab.api_key.text()) == ("lab", "sk-secret-123")
    assert not remotes_file(data_dir).exists()


def test_a_key_goes_to_the_keychain_never_the_file_and_leaves_with_its_endpoint(
    qtbot, tab, keychain, models_server, data_dir
) -> None:
    fill(qtbot, tab, "lab", models_server.url, key="sk-secret-123")
    press_add(qtbot, tab)
    qtbot.waitUntil(lambda: state(tab, "lab") == "2 models", timeout=10_000)
    assert models_server.authorizations == ["Bearer sk-secret-123"]
    assert keychain.passwords == {(SERVICE, "lab"): "sk-secret-123"}
    text = remotes_file(data_dir).read_text(encoding="utf-8")
    assert "sk-secret-123" not in text
    assert json.loads(text)["endpoints"][0]["key"] == "keychain"
    item = row(tab, "lab")
    assert item is not None and item.text(2) == "key in keychain"

    item.setSelected(True)
    with qtbot.waitSignal(tab.endpointsChanged, timeout=2000):
        qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert tab.endpoints.topLevelItemCount() == 0
    assert EndpointStore().all() == []
    assert keychain.passwords == {}


def test_a_key_read_from_an_environment_variable(qtbot, tab, models_server, monkeypatch, data_dir) -> None:
    monkeypatch.setenv("LAB_KEY", "sk-from-env")
    fill(qtbot, tab, "lab", models_server.url, env="$LAB_KEY")
    assert not tab.api_key.isEnabled()
    press_add(qtbot, tab)
    qtbot.waitUntil(lambda: state(tab, "lab") == "2 models", timeout=10_000)
    assert row(tab, "lab").text(2) == "key from $LAB_KEY"
    assert models_server.authorizations == ["Bearer sk-from-env"]
    assert "sk-from-env" not in remotes_file(data_dir).read_text(encoding="utf-8")

    monkeypatch.delenv("LAB_KEY")
    row(tab, "lab").setSelected(True)
    qtbot.mouseClick(tab.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: state(tab, "lab") not in ("checking…", "2 models"), timeout=10_000)
    assert state(tab, "lab") == "lab's API key is read from $LAB_KEY, which is not set"


def test_the_settings_dialog_saves_engines_without_ok(qtbot, models_server, tmp_path) -> None:
    store = ConversationStore(tmp_path / "chats.db")
    try:
        dialog = SettingsDialog(None, Settings(), ChatSettings(), store)
        qtbot.addWidget(dialog)
        engines = dialog.engines_tab
        tabs = dialog.findChild(QTabWidget)
        assert tabs.tabText(tabs.indexOf(engines)) == "Engines"
        dialog.show()
        tabs.setCurrentWidget(engines)
        fill(qtbot, engines, "lab", models_server.url)
        with qtbot.waitSignal(engines.endpointsChanged, timeout=2000):
            press_add(qtbot, engines)
        qtbot.waitUntil(lambda: state(engines, "lab") == "2 models", timeout=10_000)
        dialog.reject()
        assert [e.name for e in EndpointStore().all()] == ["lab"]
        assert wait_for_background(10_000)
    finally:
        store.close()
