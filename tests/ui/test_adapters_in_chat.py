"""Adapters in the real window on the real starter model: chosen in the model picker (no reload), remembered
by the chat, made weaker or stronger in its settings, and Compare (the model alone and the adapter, side by
side; preferring one makes a preference pair)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.core.feedback import preference_examples
from desktop.core.settings import Settings
from desktop.core.store.records import Message
from desktop.core.tune.adapters import AdapterInfo, install_adapter
from desktop.ui.app import Session, open_session
from desktop.ui.model_picker import ADAPTER_ROLE
from tests.helpers.lora_adapter import file_sha256, write_lora_adapter
from tests.helpers.window import close, load, send, use_settings_dialog

pytestmark = pytest.mark.e2e

NAME = "SmolLM2 135M · mine, 1 Dec"
# A bound, not a measure: the first reply with an adapter checks it in the validation child, which loads the
# model; on a machine busy with other work that took over a minute.
REPLY_MS = 240_000


@pytest.fixture
def adapter(tmp_path: Path, starter_model: Path, models_dir: Path) -> AdapterInfo:
    """A real LoRA adapter for the starter model (seeded random weights), in the library as a run leaves one."""
    made = write_lora_adapter(tmp_path / "made.gguf", starter_model, seed=1)
    info = AdapterInfo(
        name=NAME,
        path="",
        base_path=str(starter_model),
        base_sha256=file_sha256(starter_model),
        base_name="SmolLM2 135M Instruct",
        sft_examples=3,
        pairs=2,
    )
    return install_adapter(made, info, Settings())


@pytest.fixture
def sessions(qtbot, starter_model: Path) -> Iterator[list[Session]]:
    opened: list[Session] = []
    yield opened
    for session in opened:
        if not getattr(session, "closed", False):
            session.close()


def open_real(sessions: list[Session], starter_model: Path) -> Session:
    session = open_session(settings=Settings(linked_models=(str(starter_model),)))
    session.window.show()
    sessions.append(session)
    return session


def choose_row(session: Session, row: int) -> None:
    """Pick a row of the model picker, as a click in its list does."""
    picker = session.window.picker
    picker.setCurrentIndex(row)
    picker.activated.emit(row)


def words(text: str) -> list[str]:
    return text.split()


def greedy(session: Session) -> None:
    chat = session.window.chat
    chat.set_chat_settings(replace(chat.chat_settings, temperature=0.0, seed=1, max_tokens=24))


def test_choosing_the_adapter_applies_it_without_reloading_and_the_base_row_clears_it(
    qtbot, sessions, starter_model, adapter
) -> None:
    session = open_real(sessions, starter_model)
    window = session.window
    load(qtbot, session, starter_model)
    picker = window.picker
    base_row = picker.findData(str(starter_model))
    assert (
        picker.itemText(base_row + 1) == "    " + NAME and picker.itemData(base_row + 1, ADAPTER_ROLE) == adapter.path
    )
    assert not window.compare_button.isVisible()
    greedy(session)
    base_reply = send(qtbot, session, "Say hello to me.", timeout=REPLY_MS)
    assert "adapter" not in base_reply.stats
    loads: list[object] = []
    session.engine.loaded.connect(loads.append)
    choose_row(session, base_row + 1)
    assert window.chat.chat_settings.adapter == adapter.path
    assert picker.currentIndex() == base_row + 1 and picker.adapter == adapter.path
    assert window.compare_button.isVisible()
    assert session.store.get(window.chat.conversation.id).settings.adapter == adapter.path  # kept with the chat
    with qtbot.waitSignal(window.chat.replyEnded, timeout=REPLY_MS) as ended:
        window.chat.regenerate()
    tuned: Message = ended.args[0]
    assert tuned.state == "done" and tuned.stats["adapter"] == adapter.path
    assert tuned.content != base_reply.content  # the adapter changed what the model says
    widget = window.transcript.widget_for(tuned.id)
    assert widget is not None and widget.author.text() == f"Assistant · {NAME}"
    # The model's own row: the adapter is let go, still no reload.
    choose_row(session, base_row)
    assert window.chat.chat_settings.adapter == "" and picker.adapter == ""
    with qtbot.waitSignal(window.chat.replyEnded, timeout=REPLY_MS) as ended:
        window.chat.regenerate()
    again: Message = ended.args[0]
    assert "adapter" not in again.stats and again.content == base_reply.content
    assert loads == [] and session.engine.model is not None and session.engine.model.path == str(starter_model)


def test_a_chat_remembers_its_adapter_after_a_restart(qtbot, sessions, starter_model, adapter) -> None:
    first = open_real(sessions, starter_model)
    load(qtbot, first, starter_model)
    first.window.tune.set_chat_adapter(adapter.path)
    greedy(first)
    reply = send(qtbot, first, "Tell me a short joke.", timeout=REPLY_MS)
    assert reply.stats["adapter"] == adapter.path
    close(first)

    second = open_real(sessions, starter_model)
    with qtbot.waitSignal(second.engine.loaded, timeout=2 * REPLY_MS):
        second.window.start()  # the latest chat, on its model
    window = second.window
    assert window.chat.chat_settings.adapter == adapter.path
    assert window.picker.adapter == adapter.path
    assert window.picker.currentText() == "    " + NAME
    assert window.compare_button.isVisible()
    widget = window.transcript.widget_for(window.transcript.messages[-1].id)
    assert widget is not None and widget.author.text() == f"Assistant · {NAME}"
    another = send(qtbot, second, "And another one.", timeout=REPLY_MS)
    assert another.stats["adapter"] == adapter.path  # and it is used


def test_the_strength_slider_sets_the_adapter_scale(qtbot, sessions, starter_model, adapter, monkeypatch) -> None:
    session = open_real(sessions, starter_model)
    window = session.window
    load(qtbot, session, starter_model)
    seen: dict[str, bool] = {}

    def without(dialog) -> None:
        seen["without"] = dialog.adapter_box.isVisibleTo(dialog)

    use_settings_dialog(monkeypatch, window, without)
    assert seen["without"] is False  # no adapter in this chat: no strength to set

    window.tune.set_chat_adapter(adapter.path)

    def weaker(dialog) -> None:
        seen["with"] = dialog.adapter_box.isVisibleTo(dialog)
        assert dialog.adapter_scale.value() == 100 and dialog.adapter_value.text() == "1.00×"
        dialog.adapter_scale.setFocus()
        for _ in range(10):  # ten steps of 0.05 down, from the keyboard
            qtbot.keyClick(dialog.adapter_scale, Qt.Key.Key_Left)
        assert dialog.adapter_value.text() == "0.50×"

    use_settings_dialog(monkeypatch, window, weaker)
    assert seen["with"] is True
    settings = window.chat.chat_settings
    assert settings.adapter == adapter.path and settings.adapter_scale == 0.5
    reply = send(qtbot, session, "Hello.", timeout=REPLY_MS)
    assert reply.stats["adapter"] == adapter.path and reply.stats["adapter_scale"] == 0.5


def test_compare_answers_with_the_model_alone_and_the_adapter_and_the_choice_makes_a_pair(
    qtbot, sessions, starter_model, adapter
) -> None:
    session = open_real(sessions, starter_model)
    window = session.window
    load(qtbot, session, starter_model)
    window.tune.set_chat_adapter(adapter.path)
    greedy(session)
    window.compare_button.click()
    assert window.compare_button.isChecked()
    ended: list[Message] = []
    window.chat.replyEnded.connect(ended.append)
    window.composer.set_text("Say hello to me.")
    qtbot.keyClick(window.composer.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(ended) == 2, timeout=2 * REPLY_MS)
    base, tuned = ended
    assert base.parent_id == tuned.parent_id  # siblings: two versions of the reply to one message
    assert window.chat.children[base.parent_id] == [base.id, tuned.id]
    assert "adapter" not in base.stats and tuned.stats["adapter"] == adapter.path
    assert [m.role for m in window.chat.branch] == ["user", "assistant"]  # the message was sent once
    panel = window.tune.compare.panel
    assert panel.isVisible() and [h.text() for h in panel.headings] == ["Base", NAME]
    assert words(panel.texts[0].toPlainText()) == words(base.content)  # as Markdown shows them
    assert words(panel.texts[1].toPlainText()) == words(tuned.content)
    assert all(button.isEnabled() for button in panel.buttons)
    shown = window.transcript.widget_for(tuned.id)
    assert shown is not None and shown.author.text() == f"Assistant · {NAME}"
    # The user prefers the model alone's reply: it is rated up, the adapter's down, and the chat goes on from it.
    qtbot.mouseClick(panel.buttons[0], Qt.MouseButton.LeftButton)
    assert session.store.message(base.id).rating == 1 and session.store.message(tuned.id).rating == -1
    [(record, chosen, rejected)] = list(preference_examples(session.store))
    assert chosen.id == base.id and rejected.id == tuned.id
    assert record["prompt"][-1] == {"role": "user", "content": "Say hello to me."}
    assert window.chat.branch[-1].id == base.id
    widget = window.transcript.widget_for(base.id)
    assert widget is not None and widget.author.text() == "Assistant · Base"
    assert "Base is better" in panel.status.text()
