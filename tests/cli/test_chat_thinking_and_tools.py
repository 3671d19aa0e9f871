"""`hearth chat` with a reasoning model and tools: thinking on stderr (or hidden, or in --json apart),
tool calls allowed by --allow-tool, asked on a terminal, denied otherwise. The terminal's own listener
over the real session and a real MCP server; the model is the scripted engine (what it writes is
scripted: the real engine's path is tests/e2e/test_thinking_and_tools.py)."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from desktop.cli.chat import TerminalChat
from desktop.core.chat_settings import ChatSettings
from desktop.core.runtime.handle import ModelHandle
from desktop.core.runtime.host import ModelHost
from desktop.core.runtime.local_loop import LocalLoop
from desktop.core.runtime.types import ReasoningDelta, ToolCallDelta
from desktop.core.settings import SettingsStore
from desktop.core.store import ConversationStore
from desktop.core.tools.client import ToolServers
from desktop.core.tools.servers import McpServer, McpServerStore
from tests.helpers import mcp_server
from tests.helpers.scripted_backend import ScriptedBackend, backends_for

THINKING = [ReasoningDelta("Two and three "), ReasoningDelta("make five.")]


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def terminal(tmp_path: Path, data_dir: Path):
    McpServerStore().add(McpServer("calc", command=mcp_server.command(), env=mcp_server.ENV))
    scripted = ScriptedBackend()
    store = ConversationStore(tmp_path / "hearth.db")
    host = ModelHost(backends_for(scripted))
    loop = LocalLoop()
    tools = ToolServers()
    made: list[TerminalChat] = []

    def make(**options) -> TerminalChat:
        chat = TerminalChat(
            store, ModelHandle(host.runner(), loop.post), SettingsStore(persist=False), loop, tools=tools, **options
        )
        chat.session.use_model(str(tmp_path / "m.gguf"))
        assert loop.run_until(lambda: chat.session.handle.state == "ready", 10)
        chat.session.draft_settings = ChatSettings(tools=("calc",))
        made.append(chat)
        return chat

    make.scripted = scripted  # type: ignore[attr-defined]
    yield make
    tools.close()
    assert host.shutdown(5.0)
    store.close()


def test_thinking_goes_to_stderr_and_the_answer_alone_to_stdout(terminal, capsys) -> None:
    chat = terminal()
    terminal.scripted.deltas_per_reply.append(THINKING)
    terminal.scripted.replies.append(["Five."])
    assert chat.turn("2 + 3?") == 0
    out, err = capsys.readouterr()
    assert out == "Five.\n"
    assert "Two and three make five." in err and "\x1b[2m" not in err  # not a terminal: no dimming codes


def test_no_thinking_hides_it(terminal, capsys) -> None:
    chat = terminal(show_thinking=False)
    terminal.scripted.deltas_per_reply.append(THINKING)
    terminal.scripted.replies.append(["Five."])
    assert chat.turn("2 + 3?") == 0
    out, err = capsys.readouterr()
    assert out == "Five.\n" and "make five" not in err


def test_thinking_is_dimmed_on_a_terminal(terminal, monkeypatch) -> None:
    stderr = _Tty()
    monkeypatch.setattr(sys, "stderr", stderr)
    chat = terminal()
    terminal.scripted.deltas_per_reply.append(THINKING)
    terminal.scripted.replies.append(["Five."])
    assert chat.turn("2 + 3?") == 0
    assert "\x1b[2mTwo and three \x1b[0m" in stderr.getvalue()


def test_allow_tool_runs_it_without_asking_and_json_gives_thinking_and_calls_apart(terminal, capsys) -> None:
    chat = terminal(as_json=True, allowed=("add",))
    terminal.scripted.deltas_per_reply.extend([[*THINKING, ToolCallDelta(0, "c1", "add", '{"a": 2, "b": 3}')], []])
    terminal.scripted.replies.extend([[], ["It is 5."]])
    assert chat.turn("2 + 3?") == 0
    out, err = capsys.readouterr()
    record = json.loads(out)
    assert record["reply"] == "It is 5." and record["reasoning"] == "Two and three make five."
    assert record["tool_calls"] == [
        {"id": "c1", "name": "add", "arguments": '{"a": 2, "b": 3}', "result": "5", "is_error": False}
    ]
    assert "running add on calc (allowed by --allow-tool)" in err


def test_without_a_terminal_to_ask_on_a_call_is_denied_and_the_model_told(terminal, capsys, monkeypatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    chat = terminal()
    terminal.scripted.deltas_per_reply.extend([[ToolCallDelta(0, "c1", "shout", '{"text": "hi"}')], []])
    terminal.scripted.replies.extend([[], ["I was not allowed."]])
    assert chat.turn("Shout hi.") == 0
    out, err = capsys.readouterr()
    assert "denied shout on calc: no terminal to ask on (pass --allow-tool shout to allow it)" in err
    assert out == "I was not allowed.\n"
    told = terminal.scripted.requests[-1].messages[-1]
    assert told.role == "tool" and told.parts[0].is_error


@pytest.mark.parametrize(("typed", "runs"), [("y\n", True), ("a\n", True), ("\n", False), ("", False)])
def test_on_a_terminal_the_user_is_asked_with_the_exact_arguments(terminal, monkeypatch, typed, runs) -> None:
    stderr = _Tty()
    stdin = _Tty(typed)
    monkeypatch.setattr(sys, "stderr", stderr)
    monkeypatch.setattr(sys, "stdin", stdin)
    chat = terminal()
    terminal.scripted.deltas_per_reply.extend([[ToolCallDelta(0, "c1", "echo", '{"text": "\\u001b[2Jhi"}')], []])
    terminal.scripted.replies.extend([[], ["Done."]])
    assert chat.turn("Echo.") == 0
    asked = stderr.getvalue()
    assert "the model asks to run echo on calc with" in asked and "Allow? [y] once" in asked
    result = terminal.scripted.requests[-1].messages[-1].parts[0]
    assert result.is_error is (not runs)
    if runs:
        assert "hi" in result.content
