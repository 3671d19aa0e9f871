"""Branches, continue, feedback, search, delete/undo, export/import, shortcuts, long chats."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit

from desktop.core.chat_settings import ChatSettings
from desktop.ui import conversation_actions, file_actions
from tests.helpers.window import send, wait_ready


@pytest.fixture
def ready(qtbot, open_window, engine, fake_models):
    session = open_window()
    session.window.start(str(fake_models[0]))
    wait_ready(qtbot, session)
    return session


def shown(session) -> list[str]:
    return [m.content for m in session.window.transcript.messages]


def test_regenerate_makes_a_branch_and_both_versions_stay(qtbot, ready, engine) -> None:
    engine.replies.extend([["First answer"], ["Second answer"]])
    first = send(qtbot, ready, "Question")
    with qtbot.waitSignal(ready.window.chat.replyEnded, timeout=5000) as ended:
        qtbot.keyClick(
            ready.window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        )
    second = ended.args[0]
    assert shown(ready) == ["Question", "Second answer"]
    widget = ready.window.transcript.widget_for(second.id)
    assert widget.branch_label.text() == "2/2" and widget.prev_button.isEnabled()
    assert not widget.next_button.isEnabled()
    qtbot.mouseClick(widget.prev_button, Qt.MouseButton.LeftButton)
    assert shown(ready) == ["Question", "First answer"]
    assert ready.window.transcript.widget_for(first.id).branch_label.text() == "1/2"
    # The model sees the branch shown: a follow-up continues from "First answer".
    send(qtbot, ready, "Follow-up")
    assert [m.content for m in engine.requests[-1].messages if m.role != "system"] == [
        "Question",
        "First answer",
        "Follow-up",
    ]
    assert len(ready.store.messages(ready.window.chat.conversation.id)) == 5


def test_edit_and_resend_keeps_the_original(qtbot, ready, engine) -> None:
    engine.replies.extend([["Reply to original"], ["Reply to edit"]])
    send(qtbot, ready, "Original question")
    edit = ready.window.composer.edit
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Up)  # Up in an empty composer edits the last message
    assert ready.window.composer.editing_message_id is not None
    assert edit.toPlainText() == "Original question" and ready.window.composer.banner.isVisible()
    edit.setPlainText("Edited question")
    with qtbot.waitSignal(ready.window.chat.replyEnded, timeout=5000):
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert shown(ready) == ["Edited question", "Reply to edit"]
    user_widget = ready.window.transcript.widget_for(ready.window.chat.branch[0].id)
    assert user_widget.branch_label.text() == "2/2"
    qtbot.mouseClick(user_widget.prev_button, Qt.MouseButton.LeftButton)
    assert shown(ready) == ["Original question", "Reply to original"]


def test_continue_a_reply_cut_off_by_the_length_limit(qtbot, ready, engine) -> None:
    ready.window.chat.set_chat_settings(ChatSettings(max_tokens=2))
    engine.replies.extend([["Once", " upon", " a", " time"], [" a", " time."]])
    cut = send(qtbot, ready, "Story")
    assert cut.state == "length" and cut.content == "Once upon"
    widget = ready.window.transcript.widget_for(cut.id)
    assert widget.continue_button.isVisible()
    ready.window.chat.set_chat_settings(ChatSettings(max_tokens=50))
    with qtbot.waitSignal(ready.window.chat.replyEnded, timeout=5000) as ended:
        qtbot.mouseClick(widget.continue_button, Qt.MouseButton.LeftButton)
    done = ended.args[0]
    assert done.id == cut.id and done.content == "Once upon a time." and done.state == "done"
    assert engine.requests[-1].continue_last and engine.requests[-1].messages[-1].content == "Once upon"


def test_thumbs_and_note_are_stored(qtbot, ready, monkeypatch) -> None:
    reply = send(qtbot, ready, "Rate me")
    monkeypatch.setattr("desktop.ui.message_actions.QInputDialog.getText", lambda *a, **k: ("Too short", True))
    widget = ready.window.transcript.widget_for(reply.id)
    qtbot.mouseClick(widget.down_button, Qt.MouseButton.LeftButton)
    stored = ready.store.message(reply.id)
    assert (stored.rating, stored.note) == (-1, "Too short")
    assert widget.down_button.isChecked() and not widget.up_button.isChecked()


def test_stats_are_shown_on_the_reply(qtbot, ready) -> None:
    reply = send(qtbot, ready, "Stats")
    text = ready.window.transcript.widget_for(reply.id).stats_label.text()
    assert "5 tokens" in text and "tok/s" in text and "alpha" in text


def test_copy_buttons_and_copy_last_reply_shortcut(qtbot, ready, engine) -> None:
    engine.replies.append(["Here:\n\n```python\nprint('hi')\n```\n"])
    reply = send(qtbot, ready, "Code please")
    clipboard = QGuiApplication.clipboard()
    widget = ready.window.transcript.widget_for(reply.id)
    widget.body.anchorClicked.emit(__import__("PySide6.QtCore").QtCore.QUrl("hearth-copy:0"))
    assert clipboard.text() == "print('hi')"
    qtbot.keyClick(ready.window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert clipboard.text() == reply.content
    qtbot.mouseClick(
        ready.window.transcript.widget_for(ready.window.chat.branch[0].id).copy_button, Qt.MouseButton.LeftButton
    )
    assert clipboard.text() == "Code please"


def test_escape_stops_and_ctrl_n_starts_a_new_chat(qtbot, ready, engine) -> None:
    engine.replies.append(["a", "b", "c", "d", "e", "f", "g"])
    engine.hold_after = 2  # the reply waits after "ab": only Stop can end it before the script does
    with qtbot.waitSignal(ready.window.chat.piecesArrived, timeout=5000):
        ready.window.composer.set_text("go")
        qtbot.keyClick(ready.window.composer.edit, Qt.Key.Key_Return)
    assert engine.holding.wait(5)
    with qtbot.waitSignal(ready.window.chat.replyEnded, timeout=5000) as ended:
        qtbot.keyClick(ready.window.composer.edit, Qt.Key.Key_Escape)
    assert ended.args[0].state == "stopped" and ended.args[0].content == "ab"
    qtbot.keyClick(ready.window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert ready.window.chat.conversation is None and shown(ready) == []
    qtbot.keyClick(ready.window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert ready.window.sidebar.search.hasFocus()


def test_escape_leaves_the_edit_of_a_message(qtbot, ready, engine) -> None:
    with qtbot.waitSignal(ready.window.chat.replyEnded, timeout=5000):
        ready.window.composer.set_text("first")
        qtbot.keyClick(ready.window.composer.edit, Qt.Key.Key_Return)
    composer = ready.window.composer
    ready.window.edit_last()
    assert composer.editing_message_id is not None and composer.banner.isVisibleTo(ready.window)
    with qtbot.waitSignal(composer.editCancelled, timeout=1000):
        qtbot.keyClick(composer.edit, Qt.Key.Key_Escape)
    assert composer.editing_message_id is None and composer.text() == ""
    assert not composer.banner.isVisibleTo(ready.window)


def test_sidebar_groups_and_search_opens_the_hit(qtbot, ready) -> None:
    send(qtbot, ready, "Baking sourdough bread")
    ready.window.new_chat()
    send(qtbot, ready, "Planning a trip")
    items = [ready.window.sidebar.list.item(i).text() for i in range(ready.window.sidebar.list.count())]
    assert items == ["Today", "Planning a trip", "Baking sourdough bread"]
    ready.window.sidebar.search.setText("sourd")
    assert ready.window.sidebar.list.count() == 1
    hit = ready.window.sidebar.list.item(0)
    ready.window.sidebar.list.itemClicked.emit(hit)
    assert shown(ready)[0] == "Baking sourdough bread"


def test_delete_with_undo_and_rename(qtbot, ready, monkeypatch) -> None:
    send(qtbot, ready, "Keep me")
    conversation_id = ready.window.chat.conversation.id
    conversation_actions.delete(ready.window, conversation_id)
    assert ready.window.sidebar.conversation_ids() == []
    assert ready.window.status.undo_button.isVisible()
    qtbot.mouseClick(ready.window.status.undo_button, Qt.MouseButton.LeftButton)
    assert ready.window.sidebar.conversation_ids() == [conversation_id]
    monkeypatch.setattr("desktop.ui.conversation_actions.QInputDialog.getText", lambda *a, **k: ("Renamed", True))
    conversation_actions.rename(ready.window, conversation_id)
    assert ready.window.sidebar.list.item(1).text() == "Renamed"


def test_export_and_import_from_the_app(qtbot, ready, tmp_path: Path) -> None:
    send(qtbot, ready, "Export me")
    conversation_id = ready.window.chat.conversation.id
    path = tmp_path / "chat.json"
    assert file_actions.export_chat(ready.window, conversation_id, "json", str(path))
    assert json.loads(path.read_text())["messages"][0]["content"] == "Export me"
    assert file_actions.export_chat(ready.window, conversation_id, "md", str(tmp_path / "chat.md"))
    assert "Export me" in (tmp_path / "chat.md").read_text()
    new_id = file_actions.import_chat(ready.window, str(path))
    assert new_id is not None and ready.window.chat.conversation.id == new_id
    assert shown(ready) == ["Export me", "Hello from the script."]
    bad = tmp_path / "bad.json"
    bad.write_text("{nope")
    assert file_actions.import_chat(ready.window, str(bad)) is None
    assert "Not imported" in ready.window.status.currentMessage()


def test_a_thousand_message_chat_opens_with_widgets_for_its_end_only(qtbot, ready) -> None:
    """What keeps opening it quick: only the end is built. How quick is the benchmark's `open_1000_ms`."""
    store = ready.store
    conversation = store.create(ready.window.chat.model_path)
    parent = None
    for index in range(1000):
        role = "user" if index % 2 == 0 else "assistant"
        parent = store.add_message(conversation.id, parent, role, f"Message {index} with **some** text.").id
    ready.window.refresh_conversations()
    ready.window.open_conversation(conversation.id)
    QGuiApplication.processEvents()
    assert len(ready.window.transcript.messages) == 1000
    assert ready.window.transcript.built_count <= 60  # only the end has widgets
    bar = ready.window.transcript.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.minimum())  # scrolling to the top builds more
    assert ready.window.transcript.built_count == 60
    button = ready.window.transcript._earlier
    assert button.isVisible() and button.text() == "Show earlier messages (940 more)"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert ready.window.transcript.built_count == 90


def test_every_control_has_an_accessible_name(ready) -> None:
    controls = ready.window.findChildren(QAbstractButton) + ready.window.findChildren(QLineEdit)
    controls += ready.window.findChildren(QComboBox) + ready.window.findChildren(QPlainTextEdit)
    controls += ready.window.findChildren(QTextEdit)
    unnamed = [
        c
        for c in controls
        if c.isVisibleTo(ready.window) and not (c.accessibleName() or getattr(c, "text", lambda: "")())
    ]
    assert len(controls) > 8 and unnamed == []


def test_the_view_follows_a_reply_unless_the_user_scrolled_up(qtbot, ready, engine) -> None:
    ready.window.resize(900, 500)
    engine.replies.append([f"Line {i}\n\n" for i in range(120)])
    engine.delay_s = 0.01
    bar = ready.window.transcript.verticalScrollBar()
    chat = ready.window.chat
    ready.window.composer.set_text("Long please")
    qtbot.keyClick(ready.window.composer.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bar.maximum() > 300, timeout=5000)
    assert bar.value() == bar.maximum()  # following the end
    bar.setValue(0)  # the user scrolls up to read
    with qtbot.waitSignal(chat.replyEnded, timeout=10_000):
        pass
    ready.window.transcript.flush()
    assert bar.value() < 50 and bar.maximum() > 300  # left where the user put it


def test_turns_left_out_of_a_full_context_are_marked(qtbot, ready, engine) -> None:
    ready.window.chat.set_chat_settings(ChatSettings(context_length=80, max_tokens=8, overflow="drop_oldest"))
    qtbot.waitUntil(lambda: ready.engine.state == "ready" and ready.engine.model.context_length == 80, timeout=5000)
    for index in range(6):
        send(qtbot, ready, f"message number {index} with a few words in it")
    widgets = [ready.window.transcript.widget_for(m.id) for m in ready.window.chat.branch]
    assert "Left out of the model's context" in widgets[0].note.text()
    assert "Left out" not in widgets[-2].note.text()
    sent = [m.content for m in engine.requests[-1].messages if m.role == "user"]
    assert sent[-1] == "message number 5 with a few words in it" and len(sent) < 6


def test_a_full_context_with_the_stop_policy_says_so(qtbot, ready, engine) -> None:
    ready.window.chat.set_chat_settings(ChatSettings(context_length=40, max_tokens=8, overflow="stop"))
    qtbot.waitUntil(lambda: ready.engine.model is not None and ready.engine.model.context_length == 40, timeout=5000)
    send(qtbot, ready, "one two three four five six")
    reply = send(qtbot, ready, "seven eight nine ten eleven twelve thirteen")
    assert reply.state == "error" and "context" in reply.stats["error"]
    assert "context" in ready.window.status.currentMessage()


def test_the_end_of_a_stopped_reply_is_rendered_as_markdown_too(qtbot, ready, engine, monkeypatch) -> None:
    # While a reply streams its Markdown is rendered only now and then (MARKDOWN_EVERY_S); here never,
    # so "**b**" is shown as plain text when it arrives, and its Markdown must be rendered when the
    # reply stops. The reply is held after "**b**": it cannot go on, or end, before Stop.
    monkeypatch.setattr("desktop.ui.message_widget.MARKDOWN_EVERY_S", float("inf"))
    engine.replies.append(["Hello ", "**a**", " and ", "**b**", " more", " more"])
    engine.hold_after = 4
    arrived: list[str] = []
    chat = ready.window.chat
    chat.session.batch_s = 0.0  # each piece is handed to the window as it comes, none kept for the next
    chat.piecesArrived.connect(lambda _id, pieces: arrived.extend(pieces))
    ready.window.composer.set_text("Bold please")
    qtbot.keyClick(ready.window.composer.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(arrived) == 4 and engine.holding.is_set(), timeout=5000)
    widget = ready.window.transcript.widget_for(chat.branch[-1].id)
    qtbot.waitUntil(lambda: widget.body.toPlainText().endswith("**b**"), timeout=5000)  # shown as it came
    with qtbot.waitSignal(chat.replyEnded, timeout=5000) as ended:
        chat.stop()
    reply = ended.args[0]
    ready.window.transcript.flush()
    assert reply.content == "Hello **a** and **b**" and reply.state == "stopped"
    assert widget.body.toPlainText().strip() == "Hello a and b"


def test_large_pastes_become_one_attachment_and_a_very_long_message_waits_for_a_yes(
    qtbot, ready, engine, monkeypatch
) -> None:
    from PySide6.QtCore import QMimeData
    from PySide6.QtWidgets import QMessageBox

    composer = ready.window.composer
    first, second = "a" * 25_000, "b" * 25_000
    for text in (first, second):
        mime = QMimeData()
        mime.setText(text)
        composer.edit.insertFromMimeData(mime)
    assert composer.edit.toPlainText() == ""  # not laid out in the editor
    label = composer.attachment_label
    assert label.isVisibleTo(ready.window) and "50,002 characters" in label.text()
    qtbot.keyClicks(composer.edit, "Compare these")
    # About 14,000 tokens against a context of 4,096: the window asks first.
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []
    monkeypatch.setattr(
        "desktop.ui.message_actions.QMessageBox.warning",
        lambda _parent, _title, text, *a: asked.append(text) or answers.pop(0),
    )
    qtbot.keyClick(composer.edit, Qt.Key.Key_Return)
    assert len(asked) == 1 and ready.window.chat.conversation is None  # No: nothing sent, nothing lost
    assert composer.text() == f"Compare these\n\n{first}\n\n{second}"
    with qtbot.waitSignal(ready.window.chat.replyEnded, timeout=5000):
        qtbot.keyClick(composer.edit, Qt.Key.Key_Return)
    assert ready.window.chat.branch[0].content == f"Compare these\n\n{first}\n\n{second}"
    assert composer.text() == "" and not composer.attachment_label.isVisibleTo(ready.window)
