"""Tool calls in a chat session, without Qt: nothing runs until the user answers, and the reply goes on.

The model is the scripted backend (its tool calls are scripted deltas) and the tools are a fake runner
that answers at once: these are the session's rules, fast. The real MCP servers and the real model
are in tests/core/tools and tests/e2e.
"""

from __future__ import annotations

import json
from concurrent.futures import Future
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import pytest

from desktop.core.chat_settings import ChatSettings
from desktop.core.messages import ReasoningPart, TextPart, ToolCallPart, ToolResultPart
from desktop.core.runtime.handle import ModelHandle
from desktop.core.runtime.host import ModelHost
from desktop.core.runtime.local_loop import LocalLoop
from desktop.core.runtime.types import ReasoningDelta, ToolCallDelta, ToolSpec
from desktop.core.session.chat_session import ChatSession
from desktop.core.session.listener import SessionListener
from desktop.core.session.tool_rounds import DENIED
from desktop.core.settings import Settings
from desktop.core.store import ConversationStore
from desktop.core.store.records import Message
from tests.helpers.scripted_backend import ScriptedBackend, backends_for

WAIT_S = 10
ADD = ToolSpec("add", "Adds two numbers.", json.dumps({"type": "object", "properties": {"a": {}, "b": {}}}), "calc")


class FakeTools:
    """Answers at once: the tools it lists, and `answers` (or the arguments echoed) for each call."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str, dict]] = []
        self.listed: list[list[str]] = []
        self.answers: dict[str, SimpleNamespace] = {}

    def list_tools(self, names):
        self.listed.append(list(names))
        return _done(SimpleNamespace(tools=[ADD], problems=["weather: it did not start"] if "weather" in names else []))

    def call(self, server, tool, arguments, timeout_s=None):
        self.calls.append((server, tool, arguments))
        answer = self.answers.get(tool) or SimpleNamespace(content=str(sum(arguments.values())), is_error=False)
        return _done(answer)


def _done(value) -> Future:
    future: Future = Future()
    future.set_result(value)
    return future


class Heard(SessionListener):
    def __init__(self) -> None:
        self.ended: list[Message] = []
        self.waiting: list[tuple[ToolCallPart, str]] = []
        self.answer: str | None = None  # answered at once when set, as a terminal with --allow-tool does
        self.session: ChatSession | None = None
        self.always: list[str] = []
        self.notices: list[str] = []
        self.results: list[ToolResultPart] = []

    def tool_call_waiting(self, message: Message, call: ToolCallPart, server: str) -> None:
        self.waiting.append((call, server))
        if self.answer is not None and self.session is not None:
            self.session.answer_tool_call(call.id, self.answer)

    def tool_result(self, message: Message, result: ToolResultPart) -> None:
        self.results.append(result)

    def tool_allowed_always(self, key: str) -> None:
        self.always.append(key)

    def reply_ended(self, message: Message) -> None:
        self.ended.append(message)

    def notice(self, text: str) -> None:
        self.notices.append(text)


def calling(name: str, arguments: str, call_id: str = "call_0") -> list:
    return [ReasoningDelta("I should use a tool."), ToolCallDelta(0, call_id, name, arguments)]


@pytest.fixture
def chat(tmp_path: Path):
    scripted = ScriptedBackend()
    tools = FakeTools()
    store = ConversationStore(tmp_path / "hearth.db")
    host = ModelHost(backends_for(scripted))
    loop = LocalLoop()
    heard = Heard()
    settings = {"now": Settings()}
    session = ChatSession(store, ModelHandle(host.runner(), loop.post), lambda: settings["now"], heard, tools=tools)
    heard.session = session
    session.use_model(str(tmp_path / "m.gguf"))
    assert loop.run_until(lambda: session.handle.state == "ready", WAIT_S)
    session.draft_settings = replace(ChatSettings(), tools=("calc",))
    yield SimpleNamespace(
        session=session, loop=loop, heard=heard, scripted=scripted, tools=tools, store=store, settings=settings
    )
    assert host.shutdown(5.0)
    store.close()


def test_a_call_runs_only_once_allowed_and_the_reply_goes_on_with_its_result(chat) -> None:
    chat.scripted.deltas_per_reply.extend([calling("add", '{"a": 2, "b": 3}'), []])
    chat.scripted.replies.extend([[], ["It is ", "5."]])
    assert chat.session.send("What is 2 + 3?")
    assert chat.loop.run_until(lambda: chat.heard.waiting, WAIT_S)
    call, server = chat.heard.waiting[0]
    assert (call.name, call.arguments, server) == ("add", '{"a": 2, "b": 3}', "calc")
    assert chat.tools.calls == []  # asked, not run
    assert chat.session.busy
    # The question is in the store already: a crash now loses nothing the model wrote.
    reply_id = chat.session.branch[-1].id
    assert any(isinstance(p, ToolCallPart) for p in chat.store.message(reply_id).parts)
    assert chat.session.answer_tool_call(call.id, "once")
    assert chat.loop.run_until(lambda: chat.heard.ended, WAIT_S)
    assert chat.tools.calls == [("calc", "add", {"a": 2, "b": 3})]
    ended = chat.heard.ended[0]
    assert ended.state == "done" and ended.content == "It is 5."
    assert [type(p) for p in ended.parts] == [ReasoningPart, ToolCallPart, ToolResultPart, TextPart]
    assert ended.parts[2] == ToolResultPart(call.id, "5", False)
    assert chat.store.message(ended.id).parts == ended.parts  # stored as shown
    # The second round was asked with the call and its result, and the tools still offered.
    first, second = chat.scripted.requests
    assert [spec.name for spec in first.tools] == ["add"] and chat.tools.listed == [["calc"]]
    assert [m.role for m in second.messages[-3:]] == ["user", "assistant", "tool"]
    assert second.messages[-2].parts == (call,)
    assert second.messages[-1].parts == (ToolResultPart(call.id, "5", False),)
    assert second.tools == first.tools
    assert ended.stats["rounds"] == 1


def test_a_denied_call_never_runs_and_the_model_is_told(chat) -> None:
    chat.heard.answer = "deny"
    chat.scripted.deltas_per_reply.extend([calling("add", '{"a": 1, "b": 1}'), []])
    chat.scripted.replies.extend([[], ["I may not add."]])
    assert chat.session.send("1 + 1?")
    assert chat.loop.run_until(lambda: chat.heard.ended, WAIT_S)
    assert chat.tools.calls == []
    told = chat.scripted.requests[-1].messages[-1]
    assert told.role == "tool" and told.parts[0] == ToolResultPart("call_0", DENIED, True)
    assert chat.heard.ended[0].content == "I may not add."


def test_always_allows_that_tool_for_later_calls_without_asking(chat) -> None:
    chat.heard.answer = "always"
    chat.scripted.deltas_per_reply.extend([calling("add", '{"a": 1, "b": 2}'), [], calling("add", '{"a": 3, "b": 4}')])
    chat.scripted.replies.extend([[], ["3."], [], ["7."]])
    assert chat.session.send("1 + 2?")
    assert chat.loop.run_until(lambda: len(chat.heard.ended) == 1, WAIT_S)
    assert chat.heard.always == ["calc/add"]
    chat.heard.answer = None  # a second question would now hang the test: there must be none
    assert chat.session.send("3 + 4?")
    assert chat.loop.run_until(lambda: len(chat.heard.ended) == 2, WAIT_S)
    assert len(chat.heard.waiting) == 1
    assert [c[2] for c in chat.tools.calls] == [{"a": 1, "b": 2}, {"a": 3, "b": 4}]
    # What the app saved from an earlier run counts too.
    chat.session.tool_rounds.always.clear()
    chat.settings["now"] = replace(Settings(), allowed_tools=("calc/add",))
    chat.scripted.deltas_per_reply.extend([calling("add", '{"a": 5, "b": 5}'), []])
    chat.scripted.replies.extend([[], ["10."]])
    assert chat.session.send("5 + 5?")
    assert chat.loop.run_until(lambda: len(chat.heard.ended) == 3, WAIT_S)
    assert len(chat.heard.waiting) == 1 and chat.tools.calls[-1][2] == {"a": 5, "b": 5}


def test_the_last_round_offers_no_tools_so_the_model_must_answer(chat) -> None:
    chat.settings["now"] = replace(Settings(), tool_rounds=2)
    chat.heard.answer = "once"
    chat.scripted.deltas_per_reply.extend([calling("add", '{"a": 1, "b": 1}', f"c{n}") for n in range(2)] + [[]])
    chat.scripted.replies.extend([[], [], ["Done."]])
    assert chat.session.send("Keep adding.")
    assert chat.loop.run_until(lambda: chat.heard.ended, WAIT_S)
    assert [len(r.tools) for r in chat.scripted.requests] == [1, 1, 0]
    assert any("round limit" in notice for notice in chat.heard.notices)
    assert chat.heard.ended[0].content == "Done." and chat.heard.ended[0].stats["rounds"] == 2


def test_stop_while_a_call_waits_ends_the_reply_and_keeps_the_question(chat) -> None:
    chat.scripted.deltas_per_reply.append(calling("add", '{"a": 1, "b": 1}'))
    chat.scripted.replies.append(["Let me add."])
    assert chat.session.send("1 + 1?")
    assert chat.loop.run_until(lambda: chat.heard.waiting, WAIT_S)
    chat.session.stop()
    assert chat.heard.ended and chat.heard.ended[0].state == "stopped"
    assert not chat.session.busy
    assert not chat.session.answer_tool_call("call_0", "once")  # too late: nothing runs
    assert chat.tools.calls == []
    stored = chat.store.message(chat.heard.ended[0].id)
    assert stored.content == "Let me add." and any(isinstance(p, ToolCallPart) for p in stored.parts)


def test_a_call_of_a_tool_not_offered_or_with_bad_arguments_is_answered_with_why(chat) -> None:
    chat.heard.answer = "once"
    chat.scripted.deltas_per_reply.extend(
        [[ToolCallDelta(0, "c0", "rm_rf", "{}"), ToolCallDelta(1, "c1", "add", "[1, 2]")], []]
    )
    chat.scripted.replies.extend([[], ["Sorry."]])
    assert chat.session.send("Do it.")
    assert chat.loop.run_until(lambda: chat.heard.ended, WAIT_S)
    assert chat.tools.calls == []
    assert [r.content for r in chat.heard.results] == [
        "There is no tool named 'rm_rf'.",
        "The arguments were not a JSON object.",
    ]
    assert [w[0].name for w in chat.heard.waiting] == ["add"]  # the unknown tool is never put to the user


def test_a_tool_error_goes_back_to_the_model_as_an_error(chat) -> None:
    chat.heard.answer = "once"
    chat.tools.answers["add"] = SimpleNamespace(
        content="the tool add on calc did not answer within 30 s", is_error=True
    )
    chat.scripted.deltas_per_reply.extend([calling("add", '{"a": 1, "b": 1}'), []])
    chat.scripted.replies.extend([[], ["It timed out."]])
    assert chat.session.send("1 + 1?")
    assert chat.loop.run_until(lambda: chat.heard.ended, WAIT_S)
    result = chat.heard.ended[0].parts[2]
    assert isinstance(result, ToolResultPart) and result.is_error and "did not answer" in result.content


def test_a_server_that_does_not_start_is_said_and_the_chat_goes_on(chat) -> None:
    chat.session.draft_settings = replace(ChatSettings(), tools=("calc", "weather"))
    assert chat.session.send("Hello")
    assert chat.loop.run_until(lambda: chat.heard.ended, WAIT_S)
    assert "Tools: weather: it did not start" in chat.heard.notices
    assert chat.heard.ended[0].state == "done"


def test_a_chat_without_tools_starts_no_server(chat) -> None:
    chat.session.draft_settings = ChatSettings()
    assert chat.session.send("Hello")
    assert chat.loop.run_until(lambda: chat.heard.ended, WAIT_S)
    assert chat.tools.listed == [] and chat.scripted.requests[0].tools == ()


def test_a_result_is_stored_as_it_comes_so_stop_before_the_next_call_keeps_it(chat) -> None:
    chat.scripted.deltas_per_reply.append(
        [ToolCallDelta(0, "c0", "add", '{"a": 1, "b": 2}'), ToolCallDelta(1, "c1", "add", '{"a": 3, "b": 4}')]
    )
    chat.scripted.replies.append([])
    assert chat.session.send("Two sums.")
    assert chat.loop.run_until(lambda: chat.heard.waiting, WAIT_S)
    assert chat.session.answer_tool_call("c0", "once")
    assert chat.loop.run_until(lambda: len(chat.heard.waiting) == 2, WAIT_S)
    reply_id = chat.session.branch[-1].id
    # The first call ran: its result is in the store before the second question is even answered.
    assert ToolResultPart("c0", "3", False) in chat.store.message(reply_id).parts
    chat.session.stop()
    stored = chat.store.message(reply_id)
    assert stored.state == "stopped" and ToolResultPart("c0", "3", False) in stored.parts
    # The next turn's prompt gives the model the call that ran and its result, not the one never answered.
    chat.scripted.replies.append(["Next."])
    assert chat.session.send("And now?")
    assert chat.loop.run_until(lambda: len(chat.heard.ended) == 2, WAIT_S)
    sent = chat.scripted.requests[-1].messages
    calls = [p.id for m in sent for p in m.parts if isinstance(p, ToolCallPart)]
    assert calls == ["c0"] and [m.role for m in sent[-4:]] == ["assistant", "tool", "assistant", "user"]


def test_a_call_id_used_before_in_the_reply_is_given_a_new_one(chat) -> None:
    chat.heard.answer = "once"
    chat.scripted.deltas_per_reply.extend(
        [
            [ToolCallDelta(0, "call_0", "add", '{"a": 1, "b": 1}')],
            [ToolCallDelta(0, "call_0", "add", '{"a": 2, "b": 2}')],
            [],
        ]
    )
    chat.scripted.replies.extend([[], [], ["2 and 4."]])
    assert chat.session.send("Add twice.")
    assert chat.loop.run_until(lambda: chat.heard.ended, WAIT_S)
    parts = chat.heard.ended[0].parts
    ids = [p.id for p in parts if isinstance(p, ToolCallPart)]
    assert len(ids) == 2 and len(set(ids)) == 2 and ids[0] == "call_0"
    results = {p.call_id: p.content for p in parts if isinstance(p, ToolResultPart)}
    assert results == {ids[0]: "2", ids[1]: "4"}  # each result meets its own call


def test_a_reply_continued_in_place_is_not_offered_tools(chat) -> None:
    chat.scripted.replies.append(["Cut "])
    chat.session.draft_settings = replace(ChatSettings(), tools=("calc",), max_tokens=1)
    assert chat.session.send("Go on.")
    assert chat.loop.run_until(lambda: chat.heard.ended, WAIT_S)
    chat.scripted.replies.append(["off."])
    assert chat.session.continue_reply(chat.heard.ended[0].id)
    assert chat.loop.run_until(lambda: len(chat.heard.ended) == 2, WAIT_S)
    assert chat.scripted.requests[-1].tools == () and chat.scripted.requests[-1].continue_last
