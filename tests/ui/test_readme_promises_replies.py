"""README promises about replies, checked in the real window: Markdown (headings, lists, tables, quotes,
highlighted code), "Show all" for a long message, 👍 with a note, and Continue after Stop."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QColor, QTextBlock, QTextDocument, QTextFormat, QTextTable
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QInputDialog, QPlainTextEdit

from desktop.core.chat_settings import ChatSettings
from tests.helpers.dialogs import answering, type_and_ok
from tests.helpers.window import press_send, send, wait_ready

MARKDOWN_REPLY = """# Tide tables

## This week

- high water at dawn
- low water at dusk

| Day | High water |
|---|---|
| Monday | 06:12 |
| Tuesday | 06:58 |

> The sea refuses no river.

```python
def tide(hour):
    return hour % 12
```
"""


@pytest.fixture
def ready(qtbot, open_window, fake_models):
    session = open_window()
    session.window.start(str(fake_models[0]))
    wait_ready(qtbot, session)
    return session


def blocks(document: QTextDocument) -> list[QTextBlock]:
    found, block = [], document.begin()
    while block.isValid():
        found.append(block)
        block = block.next()
    return found


def fragments(block: QTextBlock) -> list[tuple[str, QColor, int]]:
    """(text, colour, weight) of each run of the block's text that shares one format."""
    found, part = [], block.begin()
    while not part.atEnd():
        fragment = part.fragment()
        found.append((fragment.text(), fragment.charFormat().foreground().color(), fragment.charFormat().fontWeight()))
        part += 1
    return found


def test_a_reply_renders_headings_lists_tables_quotes_and_highlighted_code(qtbot, ready, engine) -> None:
    engine.replies.append([MARKDOWN_REPLY[:40], MARKDOWN_REPLY[40:120], MARKDOWN_REPLY[120:]])
    reply = send(qtbot, ready, "The tides, please")
    ready.window.transcript.flush()
    document = ready.window.transcript.widget_for(reply.id).body.document()
    by_text = {block.text(): block for block in blocks(document)}

    # Headings are headings (level 1 and 2), not lines that start with "#".
    assert by_text["Tide tables"].blockFormat().headingLevel() == 1
    assert by_text["This week"].blockFormat().headingLevel() == 2
    assert not any(text.startswith("#") for text in by_text)
    # A list is a list.
    assert by_text["high water at dawn"].textList() is not None
    assert by_text["low water at dusk"].textList() is by_text["high water at dawn"].textList()
    # The table is a table of three rows and two columns, holding the cells' text without the pipes.
    tables = [frame for frame in document.rootFrame().childFrames() if isinstance(frame, QTextTable)]
    data = next((t for t in tables if t.columns() == 2), None)
    assert data is not None, "the table was not rendered as a table"
    cells = [[data.cellAt(row, column).firstCursorPosition().block().text() for column in range(2)] for row in range(3)]
    assert cells == [["Day", "High water"], ["Monday", "06:12"], ["Tuesday", "06:58"]]
    assert not any("|" in text for text in by_text)
    # The quote is a block quote, set off in its own colour, without the ">".
    quote = by_text["The sea refuses no river."]
    assert quote.blockFormat().property(QTextFormat.Property.BlockQuoteLevel) == 1
    [(_, quote_colour, _)] = fragments(quote)
    assert quote_colour != fragments(by_text["low water at dusk"])[0][1]
    # The code block is highlighted: its keywords in another colour (and weight) than its names.
    code = fragments(by_text["def tide(hour):"])
    assert [text for text, _, _ in code][:3] == ["def", " ", "tide"], "the code was not highlighted"
    keyword, name = code[0], code[2]
    assert keyword[1] != name[1] and keyword[2] > name[2]
    assert len({colour.name() for _, colour, _ in code}) >= 3
    returned = fragments(by_text["    return hour % 12"])
    assert next(f for f in returned if f[0] == "return")[1] == keyword[1]  # every keyword alike
    # Its header names the language and has the Copy link.
    assert "python" in next(text for text in by_text if text.endswith("Copy"))


def test_a_pasted_message_that_long_shows_its_start_and_show_all_opens_all_of_it(qtbot, ready) -> None:
    window = ready.window
    window.chat.set_chat_settings(ChatSettings(context_length=32768))  # so the paste is not half the context
    qtbot.waitUntil(lambda: ready.engine.state == "ready" and ready.engine.model.context_length == 32768)
    pasted = "".join(f"line {i:05d} of the log\n" for i in range(1200))  # 26,400 characters
    mime = QMimeData()
    mime.setText(pasted)
    window.composer.edit.insertFromMimeData(mime)
    qtbot.keyClicks(window.composer.edit, "What went wrong here?")
    with qtbot.waitSignal(window.chat.replyEnded, timeout=5000):
        qtbot.keyClick(window.composer.edit, Qt.Key.Key_Return)
    question = window.chat.branch[0]
    assert question.content == f"What went wrong here?\n\n{pasted}"  # sent whole
    widget = window.transcript.widget_for(question.id)
    shown = widget.body.toPlainText()
    assert shown.startswith("What went wrong here?") and "line 00000" in shown
    assert len(shown) < len(question.content) // 2 and "line 01199" not in shown  # only its start is laid out
    button = widget.more_button
    hidden = len(question.content) - len(shown.rstrip("\n"))
    assert button.isVisible() and button.text().startswith("Show all (")
    assert abs(int(button.text().split("(")[1].split()[0].replace(",", "")) - hidden) < 50

    seen: list[str] = []

    def read_and_close(dialog: QDialog) -> None:
        viewer = dialog.findChild(QPlainTextEdit)
        assert viewer is not None and viewer.isVisible() and viewer.isReadOnly()
        seen.append(viewer.toPlainText())
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    with answering(read_and_close):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert seen == [question.content]


def test_a_long_reply_shows_its_start_with_show_all_too(qtbot, ready, engine) -> None:
    long_reply = "".join(f"Step {i}: keep going.\n\n" for i in range(600))  # about 13,000 characters
    engine.replies.append([long_reply[:5000], long_reply[5000:]])
    reply = send(qtbot, ready, "Every step, please")
    ready.window.transcript.flush()
    widget = ready.window.transcript.widget_for(reply.id)
    assert widget.more_button.isVisible() and "Step 599" not in widget.body.toPlainText()
    seen: list[str] = []

    def read_and_close(dialog: QDialog) -> None:
        seen.append(dialog.findChild(QPlainTextEdit).toPlainText())
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    with answering(read_and_close):
        qtbot.mouseClick(widget.more_button, Qt.MouseButton.LeftButton)
    assert seen == [reply.content] and "Step 599: keep going." in seen[0]


def test_thumbs_up_asks_for_an_optional_note_stores_it_and_a_second_click_takes_it_back(qtbot, ready) -> None:
    reply = send(qtbot, ready, "Rate this one")
    widget = ready.window.transcript.widget_for(reply.id)
    assert widget.up_button.isVisible() and widget.up_button.accessibleName() == "Good reply"
    with answering(type_and_ok("Clear and short"), QInputDialog) as asked:
        qtbot.mouseClick(widget.up_button, Qt.MouseButton.LeftButton)
    assert asked.titles == ["Feedback"]
    stored = ready.store.message(reply.id)
    assert (stored.rating, stored.note) == (1, "Clear and short")
    assert widget.up_button.isChecked() and not widget.down_button.isChecked()
    assert "Clear and short" in widget.up_button.toolTip()

    qtbot.mouseClick(widget.up_button, Qt.MouseButton.LeftButton)  # the same thumb again: no question
    stored = ready.store.message(reply.id)
    assert (stored.rating, stored.note) == (0, "")
    assert not widget.up_button.isChecked()


def test_a_thumbs_up_without_a_note_is_stored_as_liked(qtbot, ready) -> None:
    reply = send(qtbot, ready, "Rate this too")
    widget = ready.window.transcript.widget_for(reply.id)
    with answering(type_and_ok(""), QInputDialog):
        qtbot.mouseClick(widget.up_button, Qt.MouseButton.LeftButton)
    stored = ready.store.message(reply.id)
    assert (stored.rating, stored.note) == (1, "")


def test_continue_goes_on_from_where_a_stopped_reply_ended(qtbot, ready, engine) -> None:
    engine.replies.extend([["Once", " upon", " a", " time"], [" a", " time", " there", " was", " a", " sea."]])
    engine.hold_after = 2  # the first reply waits after "Once upon": only Stop ends it
    window = ready.window
    with qtbot.waitSignal(window.chat.piecesArrived, timeout=5000):
        press_send(qtbot, ready, "Tell me a story")
    assert engine.holding.wait(5)
    with qtbot.waitSignal(window.chat.replyEnded, timeout=5000) as ended:
        qtbot.mouseClick(window.composer.button, Qt.MouseButton.LeftButton)  # Stop
    stopped = ended.args[0]
    assert stopped.state == "stopped" and stopped.content == "Once upon"
    widget = window.transcript.widget_for(stopped.id)
    assert widget.continue_button.isVisible() and widget.continue_button.accessibleName() == "Continue reply"

    engine.hold_after = None
    with qtbot.waitSignal(window.chat.replyEnded, timeout=5000) as ended:
        qtbot.mouseClick(widget.continue_button, Qt.MouseButton.LeftButton)
    done = ended.args[0]
    assert done.id == stopped.id  # the same reply, not a new one
    assert done.content == "Once upon a time there was a sea." and done.state == "done"
    request = engine.requests[-1]
    assert request.continue_last and request.messages[-1].role == "assistant"
    assert request.messages[-1].content == "Once upon"
    assert ready.store.message(stopped.id).content == "Once upon a time there was a sea."
    assert [m.content for m in window.transcript.messages] == ["Tell me a story", done.content]
    assert not widget.continue_button.isVisible()
