"""Settings ▸ Tools with the real widgets: servers added (a command or a loopback address), refused on one
line, checked against a real MCP server without blocking the window, their log opened, removed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QTabWidget

from desktop.core.chat_settings import ChatSettings
from desktop.core.settings import Settings
from desktop.core.store import ConversationStore
from desktop.core.tools.servers import McpServer, McpServerStore
from desktop.ui.settings_dialog import SettingsDialog
from desktop.ui.tools_settings import AddToolServerDialog, ToolsSettingsTab, split_command
from tests.helpers.mcp_server import ENV, ROOT, command

CHECK_MS = 60_000  # a bound for a hang, not a pace


@pytest.fixture
def page(qtbot) -> Iterator[ToolsSettingsTab]:
    tab = ToolsSettingsTab()
    qtbot.addWidget(tab)
    tab.show()
    yield tab
    tab.tool_servers.close()


def state(page: ToolsSettingsTab, name: str) -> str:
    shown = [page.servers.topLevelItem(i).text(2) for i in range(page.servers.topLevelItemCount())
             if page.servers.topLevelItem(i).text(0) == name]  # fmt: skip
    assert len(shown) == 1, name
    return shown[0]


def server_processes() -> list[psutil.Process]:
    found = []
    for child in psutil.Process().children(recursive=True):
        try:
            if "tests.helpers.mcp_server" in " ".join(child.cmdline()) or child.status() == psutil.STATUS_ZOMBIE:
                found.append(child)
        except psutil.NoSuchProcess:
            continue
    return found


def rows(page: ToolsSettingsTab) -> list[tuple[str, str]]:
    return [(page.servers.topLevelItem(i).text(0), page.servers.topLevelItem(i).text(1))
            for i in range(page.servers.topLevelItemCount())]  # fmt: skip


def test_servers_are_listed_with_what_they_run(qtbot, page: ToolsSettingsTab) -> None:
    assert rows(page) == []
    McpServerStore().add(McpServer("files", ("npx", "-y", "server-filesystem", "/my docs"), (("TOKEN", "s3cr3t"),)))
    McpServerStore().add(McpServer("web", url="http://127.0.0.1:8000/mcp"))
    page.refresh()
    assert rows(page) == [("files", "npx -y server-filesystem '/my docs'"), ("web", "http://127.0.0.1:8000/mcp")]
    tip = page.servers.topLevelItem(0).toolTip(1)
    assert "TOKEN" in tip and "s3cr3t" not in tip  # the variables' names, never their values
    assert state(page, "files") == "not checked"
    assert not page.check_button.isEnabled() and not page.remove_button.isEnabled()
    page.select("files")
    assert page.check_button.isEnabled() and page.log_button.isEnabled()
    assert page.details.text() == "files: not checked"


def test_adding_a_command_with_its_environment(qtbot, page: ToolsSettingsTab) -> None:
    dialog = page.open_add_dialog()
    assert dialog.isVisible() and dialog.use_command.isChecked() and not dialog.url.isEnabled()
    dialog.name.setText("calc")
    dialog.command.setText(f'"{ROOT / ".venv" / "bin" / "python"}" -m tests.helpers.mcp_server  ~/x')
    dialog.env.setPlainText(f"PYTHONPATH={ROOT}\n\n  DEBUG=1  \n")
    with qtbot.waitSignal(page.serversChanged, timeout=2000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    added = McpServerStore().get("calc")
    assert added == McpServer(
        "calc",
        (str(ROOT / ".venv" / "bin" / "python"), "-m", "tests.helpers.mcp_server", str(Path.home() / "x")),
        (("PYTHONPATH", str(ROOT)), ("DEBUG", "1")),
    )
    assert page.selected_name() == "calc" and "Added calc" in page.message.text()


def test_adding_a_loopback_address(qtbot, page: ToolsSettingsTab) -> None:
    dialog = page.open_add_dialog()
    dialog.name.setText("web")
    dialog.use_url.setChecked(True)
    assert dialog.url.isEnabled() and not dialog.command.isEnabled() and not dialog.env.isEnabled()
    dialog.url.setText(" http://localhost:8123/mcp ")
    with qtbot.waitSignal(page.serversChanged, timeout=2000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert McpServerStore().all() == [McpServer("web", url="http://localhost:8123/mcp")]


@pytest.mark.parametrize(
    ("name", "url", "cmd", "env", "said"),
    [
        ("far", "http://192.168.1.5:8000/mcp", None, "", "192.168.1.5 is not this computer"),
        ("far", "https://tools.example.com/mcp", None, "", "tools.example.com is not this computer"),
        ("far", "file:///etc/passwd", None, "", "is not an http:// or https:// address"),
        ("bad name", None, "run", "", "is not a usable tool server name"),
        ("quote", None, 'run "unclosed', "", "the command cannot be read"),
        ("empty", None, "   ", "", "type the command that starts the server"),
        ("env", None, "run", "NOT VALID", "is not KEY=VALUE"),
    ],
)
def test_what_cannot_be_used_is_refused_on_one_line(
    qtbot, page: ToolsSettingsTab, name: str, url: str | None, cmd: str | None, env: str, said: str
) -> None:
    dialog = page.open_add_dialog()
    dialog.name.setText(name)
    if url is not None:
        dialog.use_url.setChecked(True)
        dialog.url.setText(url)
    else:
        dialog.command.setText(cmd or "")
        dialog.env.setPlainText(env)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # kept open, to be corrected
    message = dialog.message.text()
    assert said in message and "\n" not in message
    assert McpServerStore().all() == [] and rows(page) == []
    dialog.reject()


def test_check_lists_the_tools_without_blocking_and_stops_the_server(qtbot, page: ToolsSettingsTab) -> None:
    McpServerStore().add(McpServer("calc", command(), ENV))
    page.refresh()
    page.select("calc")
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    # The click has returned and the server has not answered yet: it starts while the window goes on.
    assert state(page, "calc") == "checking…"
    qtbot.waitUntil(lambda: state(page, "calc") == "7 tools", timeout=CHECK_MS)
    assert page.details.text().startswith("calc: 7 tools: add, echo, shout, wait_forever")
    # The page's own tool servers stop the server once it has answered.
    qtbot.waitUntil(lambda: not server_processes(), timeout=CHECK_MS)
    assert page.tool_servers.running().result(timeout=30) == {}


def test_a_broken_server_shows_its_problem_in_its_row(qtbot, page: ToolsSettingsTab) -> None:
    McpServerStore().add(McpServer("bad", command("garbage"), ENV))
    page.refresh()
    page.select("bad")
    page.check("bad")
    qtbot.waitUntil(lambda: state(page, "bad") != "checking…", timeout=CHECK_MS)
    shown = state(page, "bad")
    assert shown.startswith("the tool server bad wrote something that is not an MCP message") and "\n" not in shown
    assert page.details.text() == f"bad: {shown}"


def test_the_log_opens_once_there_is_one_and_remove_forgets_the_server(
    qtbot, page: ToolsSettingsTab, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    McpServerStore().add(McpServer("calc", command(), ENV))
    page.refresh()
    page.select("calc")
    assert not page.open_log("calc")
    assert page.message.text() == "calc has no log yet: it has not been started." and opened == []
    page.check("calc")
    qtbot.waitUntil(lambda: state(page, "calc") == "7 tools", timeout=CHECK_MS)
    qtbot.mouseClick(page.log_button, Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in opened] == [str(data_dir / "logs" / "mcp-calc.log")]
    with qtbot.waitSignal(page.serversChanged, timeout=2000):
        qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert McpServerStore().all() == [] and rows(page) == [] and page.message.text() == "Removed calc."


def test_the_command_line_is_split_as_a_shell_would() -> None:
    words = ("npx", "-y", "my server", "a b", str(Path.home() / "docs"))
    assert split_command("npx -y 'my server' \"a b\" ~/docs") == words
    assert split_command("") == ()


def test_the_settings_dialog_has_the_tools_page(qtbot, tmp_path: Path) -> None:
    store = ConversationStore(tmp_path / "chats.db")
    try:
        dialog = SettingsDialog(None, Settings(), ChatSettings(), store)
        qtbot.addWidget(dialog)
        tabs = dialog.findChild(QTabWidget)
        assert tabs.tabText(tabs.indexOf(dialog.tools_page)) == "Tools"
        dialog.show_page("tools")
        assert tabs.currentWidget() is dialog.tools_page and dialog.tools_page.isAncestorOf(dialog.tools_tab)
        dialog.show_page("app")
        assert tabs.currentIndex() == 1
        assert isinstance(dialog.tools_tab.open_add_dialog(), AddToolServerDialog)
        dialog.tools_tab.add_dialog.reject()
        dialog.reject()
        dialog.tools_tab.tool_servers.close()
    finally:
        store.close()


def test_the_tool_limits_apply_with_ok_and_ask_again_forgets_every_always(qtbot, tmp_path: Path) -> None:
    store = ConversationStore(tmp_path / "chats.db")
    try:
        settings = Settings(allowed_tools=("calc/add", "files/read"))
        dialog = SettingsDialog(None, settings, ChatSettings(), store)
        qtbot.addWidget(dialog)
        limits = dialog.tool_limits
        assert (limits.rounds.value(), limits.timeout.value()) == (5, 30)
        assert limits.allowed.text() == "calc/add, files/read" and limits.ask_again.isEnabled()
        limits.rounds.setValue(2)
        limits.timeout.setValue(90)
        qtbot.mouseClick(limits.ask_again, Qt.MouseButton.LeftButton)
        assert limits.allowed.text() == "none: every call is asked" and not limits.ask_again.isEnabled()
        applied = dialog.app_settings()
        assert (applied.tool_rounds, applied.tool_timeout_s, applied.allowed_tools) == (2, 90, ())
        dialog.reject()
        dialog.tools_tab.tool_servers.close()
    finally:
        store.close()
