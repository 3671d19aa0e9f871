"""A whole tool round through a remote engine: the chat session offers a real MCP server's tools to a
model on an OpenAI-compatible server (the stand-in, over real HTTP), the server streams thinking and a
call, the user allows it, the real server answers, and the model is asked again with the result."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.backends.remote.backend import RemoteBackend
from desktop.core.chat_settings import ChatSettings
from desktop.core.messages import ReasoningPart, TextPart, ToolCallPart, ToolResultPart
from desktop.core.remotes.endpoints import Endpoint, EndpointStore
from desktop.core.runtime.backend import BackendRegistry
from desktop.core.runtime.handle import ModelHandle
from desktop.core.runtime.host import ModelHost
from desktop.core.runtime.local_loop import LocalLoop
from desktop.core.runtime.types import ModelRef
from desktop.core.session.chat_session import ChatSession
from desktop.core.session.listener import SessionListener
from desktop.core.settings import Settings
from desktop.core.store import ConversationStore
from desktop.core.tools.client import ToolServers
from desktop.core.tools.servers import McpServer, McpServerStore
from tests.helpers import mcp_server
from tests.helpers.hostile_openai import HostileOpenAI, Script, ScriptedCall, reply_events, tool_reply_events

CHAT = "/v1/chat/completions"
WAIT_S = 30


class Heard(SessionListener):
    def __init__(self) -> None:
        self.session: ChatSession | None = None
        self.asked: list[tuple[ToolCallPart, str]] = []
        self.ended: list = []
        self.notices: list[str] = []

    def tool_call_waiting(self, message, call, server) -> None:
        self.asked.append((call, server))
        assert self.session is not None
        self.session.answer_tool_call(call.id, "once")

    def reply_ended(self, message) -> None:
        self.ended.append(message)

    def notice(self, text: str) -> None:
        self.notices.append(text)


@pytest.fixture
def remote_chat(tmp_path: Path, data_dir: Path) -> Iterator[tuple[ChatSession, LocalLoop, Heard, HostileOpenAI]]:
    McpServerStore().add(McpServer("calc", command=mcp_server.command(), env=mcp_server.ENV))
    with HostileOpenAI() as server:
        endpoints = EndpointStore(tmp_path / "remotes.json")
        endpoints.add(Endpoint("gpu", server.url))
        host = ModelHost(BackendRegistry({"remote": lambda: RemoteBackend(endpoints, stall_s=5.0)}))
        store = ConversationStore(tmp_path / "hearth.db")
        tools = ToolServers()
        loop = LocalLoop()
        heard = Heard()
        session = ChatSession(store, ModelHandle(host.runner(), loop.post), Settings, heard, tools=tools)
        heard.session = session
        session.use_model(ModelRef("remote", endpoint="gpu", model_id="tiny"))
        assert loop.run_until(lambda: session.handle.state == "ready", WAIT_S), heard.notices
        session.draft_settings = ChatSettings(tools=("calc",))
        try:
            yield session, loop, heard, server
        finally:
            tools.close()
            assert host.shutdown(5.0)
            store.close()


def test_a_remote_models_call_runs_on_the_users_mcp_server_and_the_result_goes_back(remote_chat) -> None:
    session, loop, heard, server = remote_chat
    server.queue(
        Script(
            body=tool_reply_events(
                reasoning=["Adding is a job ", "for the tool."],
                calls=[ScriptedCall("add", json.dumps({"a": 20, "b": 22}), id="call_x")],
            )
        ),
        Script(body=reply_events(["The sum ", "is 42."])),
    )
    assert session.send("What is 20 + 22?")
    assert loop.run_until(lambda: heard.ended, WAIT_S), heard.notices
    [reply] = heard.ended
    assert reply.state == "done" and reply.content == "The sum is 42."
    assert [(call.name, server_name) for call, server_name in heard.asked] == [("add", "calc")]
    assert [type(p) for p in reply.parts] == [ReasoningPart, ToolCallPart, ToolResultPart, TextPart]
    assert reply.parts[0].text == "Adding is a job for the tool."
    assert reply.parts[2] == ToolResultPart("call_x", "42", False)  # the real server added them
    first, second = server.bodies(CHAT)
    assert [tool["function"]["name"] for tool in first["tools"]][:3] == ["add", "echo", "shout"]
    assert second["messages"][-2]["tool_calls"][0]["function"] == {"name": "add", "arguments": '{"a": 20, "b": 22}'}
    assert second["messages"][-1] == {"role": "tool", "tool_call_id": "call_x", "content": "42"}
    assert all("reasoning" not in json.dumps(m) for m in second["messages"])  # thinking is not sent back
