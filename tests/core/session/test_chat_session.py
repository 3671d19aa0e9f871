"""The chat session without Qt: a turn stored before it is shown, streamed, saved as it grows, branched."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.chat_settings import ChatSettings
from desktop.core.messages import ChatMessage, ReasoningPart, TextPart, ToolCallPart
from desktop.core.runtime.handle import ModelHandle
from desktop.core.runtime.host import ModelHost
from desktop.core.runtime.local_loop import LocalLoop
from desktop.core.runtime.types import ReasoningDelta, ToolCallDelta
from desktop.core.session.chat_session import ChatSession
from desktop.core.session.listener import SessionListener
from desktop.core.settings import Settings
from desktop.core.store import ConversationStore
from desktop.core.store.records import Message
from tests.helpers.scripted_backend import ScriptedBackend, backends_for

WAIT_S = 10


class Heard(SessionListener):
    def __init__(self) -> None:
        self.ended: list[Message] = []
        self.pieces: list[list[str]] = []
        self.notices: list[str] = []
        self.dropped: list[int] = []

    def pieces_arrived(self, message: Message, pieces: list[str], text: str) -> None:
        self.pieces.append(pieces)

    def reply_started(self, message: Message, dropped: int) -> None:
        self.dropped.append(dropped)

    def reply_ended(self, message: Message) -> None:
        self.ended.append(message)

    def notice(self, text: str) -> None:
        self.notices.append(text)


@pytest.fixture
def scripted() -> ScriptedBackend:
    return ScriptedBackend()


@pytest.fixture
def chat(tmp_path: Path, scripted: ScriptedBackend):
    store = ConversationStore(tmp_path / "hearth.db")
    host = ModelHost(backends_for(scripted))
    loop = LocalLoop()
    heard = Heard()
    session = ChatSession(store, ModelHandle(host.runner(), loop.post), Settings, heard)
    session.use_model(str(tmp_path / "m.gguf"))
    assert loop.run_until(lambda: session.handle.state == "ready", WAIT_S)
    yield session, loop, heard
    assert host.shutdown(5.0)
    store.close()


def turn(chat, text: str) -> Message:
    session, loop, heard = chat
    count = len(heard.ended)
    assert session.send(text)
    assert loop.run_until(lambda: len(heard.ended) > count, WAIT_S)
    return heard.ended[-1]


def test_a_turn_is_stored_below_the_last_and_streams_in_pieces(chat, scripted) -> None:
    session, _loop, heard = chat
    reply = turn(chat, "Hello?")
    assert reply.content == "Hello from the script." and reply.state == "done"
    assert reply.stats["tokens"] == 5 and reply.stats["finish"] == "stop" and "seed" in reply.stats
    second = turn(chat, "Again?")
    branch = session.store.branch(session.conversation.id)
    assert [(m.role, m.content) for m in branch] == [
        ("user", "Hello?"),
        ("assistant", "Hello from the script."),
        ("user", "Again?"),
        ("assistant", second.content),
    ]
    # The prompt: the system prompt, then the branch (what the model was asked the second time).
    assert [m.role for m in scripted.requests[-1].messages] == ["system", "user", "assistant", "user"]
    assert heard.pieces and heard.dropped == [0, 0]


def test_regenerate_keeps_the_old_reply_as_a_sibling(chat, scripted) -> None:
    session, loop, heard = chat
    first = turn(chat, "Name a colour.")
    scripted.replies.append(["Blue."])
    assert session.regenerate()
    assert loop.run_until(lambda: len(heard.ended) == 2, WAIT_S)
    siblings = session.children[first.parent_id]
    assert len(siblings) == 2 and session.branch[-1].content == "Blue."
    assert session.show_sibling(session.branch[-1].id, -1)
    assert session.branch[-1].content == first.content


def test_thinking_and_tool_calls_are_stored_as_parts_beside_the_text(chat, scripted) -> None:
    session, _loop, _heard = chat
    scripted.extra_deltas = [
        ReasoningDelta("The user greets; "),
        ReasoningDelta("greet back."),
        ToolCallDelta(0, id="call-1", name="clock"),
        ToolCallDelta(0, arguments='{"zone": '),
        ToolCallDelta(0, arguments='"UTC"}'),
    ]
    reply = turn(chat, "Hi!")
    stored = session.store.message(reply.id)
    assert stored.content == "Hello from the script."  # what is shown and searched: the text
    assert [type(part) for part in stored.parts] == [ReasoningPart, TextPart, ToolCallPart]
    assert stored.parts[0].text == "The user greets; greet back."
    assert stored.parts[2] == ToolCallPart("call-1", "clock", '{"zone": "UTC"}')
    # The thinking is not sent back to the model with the next turn, nor a call that was never answered
    # (no tools were offered here): templates and servers refuse a call without its result.
    scripted.extra_deltas = []
    turn(chat, "And?")
    sent = scripted.requests[-1].messages[2]
    assert sent == ChatMessage("assistant", "Hello from the script.")


def test_prompt_hooks_see_and_change_what_is_sent(chat, scripted) -> None:
    session, _loop, _heard = chat
    session.prompt_hooks.append(lambda messages: [*messages[:-1], ChatMessage("user", "[1] a passage"), messages[-1]])
    turn(chat, "What does it say?")
    assert [m.content for m in scripted.requests[-1].messages[1:]] == ["[1] a passage", "What does it say?"]
    assert [m.content for m in session.branch if m.role == "user"] == ["What does it say?"]  # hooks store nothing


def test_a_long_chat_is_fitted_with_the_chats_policy_and_says_what_was_left_out(chat, scripted) -> None:
    session, _loop, heard = chat
    session.set_chat_settings(ChatSettings(context_length=64, max_tokens=8, overflow="drop_oldest"))
    _loop.run_until(lambda: session.handle.state == "ready" and session.handle.model.context_length == 64, WAIT_S)
    for index in range(8):
        turn(chat, f"turn {index} with a few words in it")
    assert heard.dropped[-1] > 0
    assert scripted.requests[-1].messages[0].role == "system"  # never the system prompt
    assert scripted.requests[-1].messages[1].role == "user"  # whole turns only
