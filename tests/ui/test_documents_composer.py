"""The composer's Documents button: a chat answers from the collections checked in its menu, the
question reaching the model with its numbered sources; each chat keeps its own choice."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.window import send, use_settings_dialog, wait_ready

WAIT_MS = 10_000


@pytest.fixture
def ready(qtbot, open_window, fake_models, tmp_path: Path):
    folder = tmp_path / "garden"
    folder.mkdir()
    (folder / "tomatoes.md").write_text(
        "# Tomatoes\n\nWater the tomatoes every morning; they crack when the soil dries out.\n", "utf-8"
    )
    (folder / "roses.txt").write_text("Prune the roses in late winter, above an outward bud.\n", "utf-8")
    session = open_window()
    with qtbot.waitSignal(session.window.documents.finished, timeout=WAIT_MS):
        session.window.documents.create("Garden", [str(folder)])
    session.window.start(str(fake_models[0]))
    wait_ready(qtbot, session)
    return session


def test_checking_a_collection_grounds_the_reply_in_it(qtbot, ready, engine) -> None:
    window, button = ready.window, ready.window.documents_button
    assert button.isEnabled() and button.text() == "Documents"
    button.action_for("Garden").trigger()
    assert button.text() == "Docs: Garden" and button.property("active") is True
    assert window.chat.chat_settings.documents == ("Garden",)
    engine.replies.append(["Water them every morning [1]."])
    searched, found = [], []
    window.chat.searchingDocuments.connect(lambda message, names: searched.append(names))
    window.chat.sourcesFound.connect(lambda message, sources: found.append(sources))
    said: list[str] = []
    window.status.messageChanged.connect(said.append)
    reply = send(qtbot, ready, "How often should I water the tomatoes?")
    prompt = engine.requests[-1].messages[-1].content
    assert "Sources:" in prompt and "[1]" in prompt and "Water the tomatoes every morning" in prompt
    assert searched == [("Garden",)]
    assert found and found[0][0].n == 1 and found[0][0].source.endswith("tomatoes.md")
    assert reply.state == "done"
    assert "Searching Garden…" in said and "Found 1 passage in Garden; reading them…" in said
    assert window.status.currentMessage() == ""  # both gone once the reply came
    # Stored with the chat: it is still on after a reopen.
    conversation = window.chat.conversation
    assert ready.store.get(conversation.id).settings.documents == ("Garden",)


def test_off_the_question_goes_alone(qtbot, ready, engine) -> None:
    engine.replies.append(["Every morning."])
    send(qtbot, ready, "How often should I water the tomatoes?")
    assert "Sources:" not in engine.requests[-1].messages[-1].content
    assert ready.window.chat.chat_settings.documents == ()


def test_the_button_follows_the_chat_shown(qtbot, ready, engine) -> None:
    window, button = ready.window, ready.window.documents_button
    button.action_for("Garden").trigger()
    engine.replies.extend([["One."], ["Two."]])
    send(qtbot, ready, "Tomatoes?")
    grounded = window.chat.conversation.id
    window.new_chat()
    assert button.text() == "Docs: Garden"  # a new chat goes on with the collections of the last one
    button.action_for("Garden").trigger()  # off for this one
    assert button.text() == "Documents" and button.property("active") is False
    send(qtbot, ready, "Anything")
    plain_chat = window.chat.conversation.id
    assert "Sources:" not in engine.requests[-1].messages[-1].content
    window.open_conversation(grounded)
    assert button.text() == "Docs: Garden" and button.action_for("Garden").isChecked()
    window.open_conversation(plain_chat)
    assert button.text() == "Documents" and not button.action_for("Garden").isChecked()


def test_the_settings_dialog_keeps_the_chats_documents(qtbot, ready, monkeypatch) -> None:
    window = ready.window
    window.documents_button.action_for("Garden").trigger()

    def fill(dialog) -> None:
        dialog.temperature.setValue(0.3)

    use_settings_dialog(monkeypatch, window, fill)
    assert window.chat.chat_settings.temperature == pytest.approx(0.3)
    assert window.chat.chat_settings.documents == ("Garden",)
    assert window.documents_button.text() == "Docs: Garden"
