"""Thinking folded and tool calls approved in the real window, offscreen: the scripted engine writes the
thinking and the calls; the tools are a real MCP server (tests/helpers/mcp_server.py) over stdio."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.core.runtime.types import ReasoningDelta, ToolCallDelta
from desktop.core.settings import Settings
from tests.helpers import mcp_server
from tests.helpers.window import press_send, wait_ready


@pytest.fixture
def with_tools(open_window, engine, fake_models, qtbot, data_dir):
    from desktop.core.tools.servers import McpServer, McpServerStore

    McpServerStore().add(McpServer("calc", command=mcp_server.command(), env=mcp_server.ENV))

    def make(settings: Settings | None = None):
        session = open_window(settings or Settings(theme="light"))
        window = session.window
        window.start(str(fake_models[0]))
        wait_ready(qtbot, session)
        window._show_chat_tools()
        action = window.tools_button.action_for("calc")
        assert action is not None and not action.isChecked()  # nothing is offered until the user chooses
        action.trigger()
        assert window.chat.chat_settings.tools == ("calc",)
        assert window.tools_button.text() == "Tools: 1"
        return session

    return make


def calling(tool: str, arguments: str, call_id: str = "call_a") -> list:
    return [
        ReasoningDelta("The user wants a sum; "),
        ReasoningDelta("I will use add."),
        ToolCallDelta(0, call_id, tool, arguments),
    ]


def card_asking(qtbot, window):
    found = {}

    def asking() -> bool:
        widget = window.transcript.widget_for(window.chat.branch[-1].id) if window.chat.branch else None
        cards = list(widget.steps.cards.values()) if widget is not None else []
        # Asking, and on screen: a widget added to a shown window is shown by Qt a moment later.
        if cards and cards[-1].state == "asking" and cards[-1].buttons.isVisible():
            found["card"] = cards[-1]
            return True
        return False

    qtbot.waitUntil(asking, timeout=15_000)
    return found["card"]


def test_allow_once_runs_the_call_shows_its_result_folded_and_the_reply_goes_on(with_tools, engine, qtbot) -> None:
    session = with_tools()
    window = session.window
    engine.deltas_per_reply.extend([calling("add", '{"a": 2, "b": 3}'), []])
    engine.replies.extend([[], ["The sum is ", "5."]])
    press_send(qtbot, session, "What is 2 + 3?")
    card = card_asking(qtbot, window)
    assert card.title.text() == "Tool add · calc"
    assert card.arguments.text() == '{"a": 2, "b": 3}'  # exactly as the model wrote them
    assert card.buttons.isVisible()
    # The user was typing: the keyboard stays in the composer, and a Space there presses nothing.
    assert window.composer.edit.hasFocus() and not card.allow_button.hasFocus()
    qtbot.keyClicks(window.composer.edit, "so ")
    assert card.state == "asking" and window.composer.edit.toPlainText() == "so "
    window.composer.set_text("")
    widget = window.transcript.widget_for(window.chat.branch[-1].id)
    block = widget.steps.thinking[0]
    assert block.toggle.text() == "Thought for a moment" and not block.text.isVisible()  # folded
    with qtbot.waitSignal(window.chat.replyEnded, timeout=15_000) as ended:
        qtbot.mouseClick(card.allow_button, Qt.MouseButton.LeftButton)
    reply = ended.args[0]
    assert reply.content == "The sum is 5." and reply.state == "done"
    assert card.state == "done" and not card.buttons.isVisible()
    assert card.result.text() == "5" and not card.result.isVisible()  # the result is folded too
    qtbot.mouseClick(card.result_toggle, Qt.MouseButton.LeftButton)
    assert card.result.isVisible()
    qtbot.mouseClick(block.toggle, Qt.MouseButton.LeftButton)
    assert block.text.isVisible() and block.text.text() == "The user wants a sum; I will use add."
    # The window shown again from the store draws the same steps.
    window.open_conversation(window.chat.conversation.id)
    widget = window.transcript.widget_for(reply.id)
    assert [c.state for c in widget.steps.cards.values()] == ["done"] and len(widget.steps.thinking) == 1


def test_always_is_remembered_and_the_next_call_of_that_tool_is_not_asked(with_tools, engine, qtbot) -> None:
    session = with_tools()
    window = session.window
    engine.deltas_per_reply.extend(
        [calling("add", '{"a": 1, "b": 2}'), [], calling("add", '{"a": 4, "b": 4}', "call_b"), []]
    )
    engine.replies.extend([[], ["3."], [], ["8."]])
    press_send(qtbot, session, "1 + 2?")
    card = card_asking(qtbot, window)
    with qtbot.waitSignal(window.chat.replyEnded, timeout=15_000):
        qtbot.mouseClick(card.always_button, Qt.MouseButton.LeftButton)
    assert window.settings.allowed_tools == ("calc/add",)  # saved: it holds after a restart too
    with qtbot.waitSignal(window.chat.replyEnded, timeout=15_000) as ended:
        press_send(qtbot, session, "4 + 4?")
    widget = window.transcript.widget_for(ended.args[0].id)
    [second] = widget.steps.cards.values()
    assert second.state == "done" and second.result.text() == "8" and not second.buttons.isVisible()


def test_deny_runs_nothing_and_the_card_says_so(with_tools, engine, qtbot) -> None:
    session = with_tools()
    window = session.window
    engine.deltas_per_reply.extend([calling("shout", '{"text": "no"}'), []])
    engine.replies.extend([[], ["All right, I will not."]])
    press_send(qtbot, session, "Shout it.")
    card = card_asking(qtbot, window)
    with qtbot.waitSignal(window.chat.replyEnded, timeout=15_000) as ended:
        qtbot.mouseClick(card.deny_button, Qt.MouseButton.LeftButton)
    assert card.state == "denied" and "Denied" in card.status.text() and not card.result_toggle.isVisible()
    told = engine.requests[-1].messages[-1]
    assert told.role == "tool" and told.parts[0].is_error
    assert ended.args[0].content == "All right, I will not."


def test_a_tool_that_hangs_times_out_with_a_message_and_the_reply_goes_on(with_tools, engine, qtbot) -> None:
    session = with_tools(Settings(theme="light", tool_timeout_s=1))
    window = session.window
    engine.deltas_per_reply.extend([calling("wait_forever", "{}"), []])
    engine.replies.extend([[], ["It did not answer."]])
    press_send(qtbot, session, "Wait.")
    card = card_asking(qtbot, window)
    with qtbot.waitSignal(window.chat.replyEnded, timeout=20_000) as ended:
        qtbot.mouseClick(card.allow_button, Qt.MouseButton.LeftButton)
    assert card.state == "failed" and "did not answer within 1 s" in card.result.text()
    assert ended.args[0].content == "It did not answer."


def test_stop_while_a_call_waits_ends_the_reply(with_tools, engine, qtbot) -> None:
    session = with_tools()
    window = session.window
    engine.deltas_per_reply.append(calling("add", '{"a": 1, "b": 1}'))
    engine.replies.append(["Let me add."])
    press_send(qtbot, session, "1 + 1?")
    card = card_asking(qtbot, window)
    with qtbot.waitSignal(window.chat.replyEnded, timeout=5000) as ended:
        assert window.composer.button.objectName() == "stopButton"  # still a reply in progress
        qtbot.mouseClick(window.composer.button, Qt.MouseButton.LeftButton)
    assert ended.args[0].state == "stopped" and not window.chat.busy
    # The card no longer asks: the reply ended before it was answered.
    assert card.state == "not_run" and not card.buttons.isVisible() and "Not run" in card.status.text()
    assert not window.chat.answer_tool_call(card.call.id, "once")  # too late: nothing runs
    assert len(engine.requests) == 1


def test_a_server_the_chat_stops_using_is_ended(with_tools, engine, qtbot) -> None:
    session = with_tools()
    window = session.window
    engine.deltas_per_reply.extend([calling("add", '{"a": 1, "b": 1}'), []])
    engine.replies.extend([[], ["2."]])
    press_send(qtbot, session, "1 + 1?")
    card = card_asking(qtbot, window)
    with qtbot.waitSignal(window.chat.replyEnded, timeout=15_000):
        qtbot.mouseClick(card.allow_button, Qt.MouseButton.LeftButton)
    assert "calc" in window.tool_servers.running().result(10)
    window.tools_button.action_for("calc").trigger()  # unchecked
    assert window.chat.chat_settings.tools == ()
    qtbot.waitUntil(lambda: "calc" not in window.tool_servers.running().result(10), timeout=10_000)
