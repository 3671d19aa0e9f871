"""Thinking and tool calls through the real engine: the real starter model, forced by a llama.cpp grammar
to write a thinking block and then a tool call (SmolLM2 does neither by itself), so what is tested is
Hearth's path (the prompt with the tools, the sampler, the parser, the session's rounds, a real MCP
server over stdio), not the model's judgement."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.core.backends.llama.backend import LlamaBackend
from desktop.core.chat_settings import ChatSettings
from desktop.core.messages import ChatMessage, ReasoningPart, TextPart, ToolCallPart, ToolResultPart
from desktop.core.runtime.backend import BackendRegistry
from desktop.core.runtime.types import (
    LoadOptions,
    OutputFormat,
    ReasoningDelta,
    ReplyRequest,
    ReplyResult,
    TextDelta,
    ToolCallDelta,
    ToolSpec,
)
from tests.helpers import mcp_server

pytestmark = pytest.mark.e2e
SEED = 7

# A thought of a few words, then one call of `add` with two small numbers.
THINK_THEN_CALL = r"""
root ::= "<think>" thought "</think>\n<tool_call>\n" call "\n</tool_call>"
call ::= "{\"name\": \"add\", \"arguments\": {\"a\": " num ", \"b\": " num "}}"
thought ::= [a-z]{2,8} (" " [a-z]{2,8}){2,6}
num ::= [1-9] [0-9]?
"""
# After the tool's result: an answer in words, with the number.
ANSWER = r"""
root ::= "The sum is " [0-9]{1,3} "."
"""
ADD = ToolSpec(
    "add",
    "Adds two integers.",
    json.dumps({"type": "object", "properties": {"a": {"type": "integer"}, "b": {"type": "integer"}}}),
    "calc",
)


def test_the_real_engine_streams_thinking_apart_and_then_a_tool_call(starter_model: Path) -> None:
    engine = LlamaBackend()
    engine.load(starter_model, LoadOptions(context_length=2048))
    try:
        request = ReplyRequest(
            "tools",
            [ChatMessage("user", "Add 12 and 30.")],
            ChatSettings(max_tokens=120, seed=SEED, temperature=0.8),
            output=OutputFormat("grammar", THINK_THEN_CALL),
            tools=(ADD,),
        )
        # SmolLM2's template knows no tools: they are described in the system prompt, Hermes's way.
        prompt = engine.render_prompt(request.messages, tools=request.tools)
        assert "<tools>" in prompt and '"name": "add"' in prompt and "<tool_call>" in prompt
        result = ReplyResult()
        deltas = list(engine.stream(request, result))
    finally:
        engine.unload()
    thinking = "".join(d.text for d in deltas if isinstance(d, ReasoningDelta))
    calls = [d for d in deltas if isinstance(d, ToolCallDelta)]
    text = "".join(d.text for d in deltas if isinstance(d, TextDelta))
    assert len(thinking.split()) >= 3 and "<think>" not in thinking and "</think>" not in thinking
    # Thinking streamed token by token, before the call.
    assert sum(isinstance(d, ReasoningDelta) for d in deltas) >= 3
    assert deltas.index(calls[0]) > max(i for i, d in enumerate(deltas) if isinstance(d, ReasoningDelta))
    assert len(calls) == 1 and calls[0].name == "add" and calls[0].id
    arguments = json.loads(calls[0].arguments)
    assert set(arguments) == {"a", "b"} and all(isinstance(v, int) for v in arguments.values())
    assert text == "" and result.text == ""  # nothing of the markup reached the answer
    assert result.tokens > 10 and result.finish == "stop"


class _Forced(LlamaBackend):
    """The real backend, with a grammar on each round: the call first, then the answer once a tool
    result is in the prompt. Everything else is the app's own path."""

    def admit(self, request, result):
        grammar = ANSWER if request.messages[-1].role == "tool" else THINK_THEN_CALL
        return super().admit(replace(request, output=OutputFormat("grammar", grammar)), result)


@pytest.fixture
def tool_server(data_dir: Path):
    from desktop.core.tools.servers import McpServer, McpServerStore

    McpServerStore().add(McpServer("calc", command=mcp_server.command(), env=mcp_server.ENV))
    return "calc"


def test_a_chat_calls_a_real_mcp_tool_after_approval_and_answers_with_its_result(
    starter_model: Path, tool_server: str, tmp_path: Path
) -> None:
    from desktop.core.runtime.handle import ModelHandle
    from desktop.core.runtime.host import ModelHost
    from desktop.core.runtime.local_loop import LocalLoop
    from desktop.core.session.chat_session import ChatSession
    from desktop.core.session.listener import SessionListener
    from desktop.core.settings import Settings
    from desktop.core.store import ConversationStore
    from desktop.core.tools.client import ToolServers

    class Heard(SessionListener):
        def __init__(self) -> None:
            self.asked: list[tuple[ToolCallPart, str]] = []
            self.ended = []
            self.notices: list[str] = []

        def tool_call_waiting(self, message, call, server) -> None:
            self.asked.append((call, server))

        def reply_ended(self, message) -> None:
            self.ended.append(message)

        def notice(self, text: str) -> None:
            self.notices.append(text)

    store = ConversationStore(tmp_path / "hearth.db")
    host = ModelHost(BackendRegistry({"gguf": _Forced}))
    loop = LocalLoop()
    heard = Heard()
    tools = ToolServers()
    session = ChatSession(store, ModelHandle(host.runner(), loop.post), Settings, heard, tools=tools)
    try:
        session.use_model(str(starter_model))
        assert loop.run_until(lambda: session.handle.state == "ready", 120)
        session.draft_settings = ChatSettings(seed=SEED, max_tokens=120, tools=(tool_server,))
        assert session.send("Add two numbers for me.")
        assert loop.run_until(lambda: heard.asked or heard.ended, 120), heard.notices
        [(call, server)] = heard.asked
        assert (call.name, server) == ("add", "calc")
        arguments = json.loads(call.arguments)
        assert session.answer_tool_call(call.id, "once")
        assert loop.run_until(lambda: heard.ended, 120), heard.notices
    finally:
        tools.close()
        assert host.shutdown(10.0)
    [reply] = heard.ended
    assert reply.state == "done", (reply.stats, heard.notices)
    kinds = [type(part) for part in reply.parts]
    assert kinds[:3] == [ReasoningPart, ToolCallPart, ToolResultPart] and TextPart in kinds
    result = reply.parts[2]
    # The real server added the model's numbers, and the model was given its answer.
    assert isinstance(result, ToolResultPart) and not result.is_error
    assert result.content.strip() == str(arguments["a"] + arguments["b"])
    assert reply.content.startswith("The sum is ") and reply.stats["rounds"] == 1
    stored = store.message(reply.id)
    assert stored.parts == reply.parts
    store.close()
