"""The main window over a scripted engine: streaming, Stop, loading, restart, no model."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from desktop.core.store import ConversationStore
from tests.helpers.scripted_backend import ScriptedBackend, backends_for
from tests.helpers.window import close, press_send, wait_ready


def test_reply_streams_into_the_window_incrementally(qtbot, open_window, engine, fake_models) -> None:
    engine.replies.append(["The ", "sea ", "is ", "wide ", "and ", "deep."])
    engine.delay_s = 0.06  # slower than the window's flush interval: several renders
    session = open_window()
    session.window.start(str(fake_models[0]))
    wait_ready(qtbot, session)
    shown: list[str] = []
    session.window.chat.streamText.connect(lambda _id, text: shown.append(text))
    with qtbot.waitSignal(session.window.chat.replyEnded, timeout=5000) as ended:
        press_send(qtbot, session, "Tell me about the sea")
    assert shown[0] == "The " and shown[-1] == "The sea is wide and deep."
    assert len(shown) == 6
    message = ended.args[0]
    assert message.state == "done" and message.content == "The sea is wide and deep."
    widget = session.window.transcript.widget_for(message.id)
    assert widget is not None and "The sea is wide and deep." in widget.body.toPlainText()
    assert session.window.composer.text() == ""


def test_enter_sends_and_shift_enter_adds_a_line(qtbot, open_window, fake_models) -> None:
    session = open_window()
    session.window.start(str(fake_models[0]))
    wait_ready(qtbot, session)
    edit = session.window.composer.edit
    edit.setFocus()
    qtbot.keyClicks(edit, "first line")
    qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(edit, "second line")
    assert edit.toPlainText() == "first line\nsecond line"
    with qtbot.waitSignal(session.window.chat.replyEnded, timeout=5000):
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert session.window.chat.branch[0].content == "first line\nsecond line"


def test_stop_ends_the_reply_and_keeps_the_partial_text(qtbot, open_window, engine, fake_models) -> None:
    engine.replies.append(["One", " two", " three", " four", " five", " six"])
    engine.hold_after = 2  # held after "One two": the reply cannot end before Stop is pressed
    session = open_window()
    window = session.window
    window.start(str(fake_models[0]))
    wait_ready(qtbot, session)
    with qtbot.waitSignal(window.chat.piecesArrived, timeout=5000):
        press_send(qtbot, session, "Count")
    assert engine.holding.wait(5)
    assert window.composer.button.text() == "Stop"
    with qtbot.waitSignal(window.chat.replyEnded, timeout=5000) as ended:
        qtbot.mouseClick(window.composer.button, Qt.MouseButton.LeftButton)
    message = ended.args[0]
    assert message.state == "stopped"
    assert message.content == "One two"
    assert window.composer.button.text() == "Send"
    stored = session.store.message(message.id)
    assert stored is not None and stored.state == "stopped" and stored.content == message.content
    widget = window.transcript.widget_for(message.id)
    assert widget is not None and widget.note.text() == "Stopped"


def test_sending_is_off_while_the_model_loads(qtbot, open_window, engine, fake_models) -> None:
    engine.load_delay_s = 0.5
    session = open_window()
    window = session.window
    window.start(str(fake_models[0]))
    qtbot.waitUntil(lambda: session.engine.state == "loading", timeout=2000)
    assert not window.composer.edit.isReadOnly()  # typing is kept meanwhile (see the test below)
    assert not window.composer.button.isEnabled()
    assert "Loading" in window.status.model_label.text()
    wait_ready(qtbot, session)
    assert not window.composer.edit.isReadOnly() and window.composer.button.isEnabled()
    assert window.status.model_label.text() == "alpha · CPU"
    assert window.status.context_label.text() == "Context 0 / 4,096"


def test_a_restart_restores_conversations_with_their_model(qtbot, open_window, fake_models) -> None:
    first = open_window()
    first.window.start(str(fake_models[1]))
    wait_ready(qtbot, first)
    with qtbot.waitSignal(first.window.chat.replyEnded, timeout=5000):
        press_send(qtbot, first, "Remember this")
    close(first)

    second_engine = ScriptedBackend()
    second = open_window(scripted=second_engine)
    second.window.start()
    wait_ready(qtbot, second)
    assert second_engine.loads == [str(fake_models[1])]
    assert second.window.picker.currentData() == str(fake_models[1])
    assert second.window.sidebar.list.count() == 2  # "Today" and the chat
    assert second.window.sidebar.list.item(1).text() == "Remember this"
    contents = [m.content for m in second.window.transcript.messages]
    assert contents == ["Remember this", "Hello from the script."]


def test_with_no_model_the_window_offers_to_open_one(qtbot, open_window) -> None:
    session = open_window()
    session.window.start()
    window = session.window
    assert window.pages.currentWidget() is window.welcome
    assert window.welcome.open_button.isVisible()
    assert window.welcome.open_button.text() == "Open a GGUF file…"
    assert window.picker.itemText(window.picker.count() - 1) == "Open a GGUF file…"


def test_opening_a_model_file_from_the_welcome_view(qtbot, open_window, engine, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere" / "mine.gguf"
    outside.parent.mkdir()
    outside.write_bytes(b"GGUF")
    session = open_window()
    session.window.start()
    session.window.open_model_file(str(outside))
    wait_ready(qtbot, session)
    assert engine.loads == [str(outside.resolve())]
    assert session.window.pages.currentWidget() is session.window.chat_page
    assert str(outside.resolve()) in session.window.settings.linked_models


def test_a_model_that_fails_to_load_says_why(qtbot, open_window, engine, fake_models) -> None:
    engine.fail_paths[str(fake_models[0])] = "cannot load alpha.gguf: the file is truncated"
    session = open_window()
    with qtbot.waitSignal(session.engine.loadFailed, timeout=5000):
        session.window.start(str(fake_models[0]))
    window = session.window
    assert window.alert.isVisible() and "truncated" in window.alert.text()
    assert window.composer.edit.isReadOnly()
    assert window.status.model_label.text() == "Could not load alpha"


def test_html_in_a_reply_is_shown_as_text(qtbot, open_window, engine, fake_models) -> None:
    engine.replies.append(['<b>bold</b> <img src="http://example.com/x.png"> **md**'])
    session = open_window()
    session.window.start(str(fake_models[0]))
    wait_ready(qtbot, session)
    with qtbot.waitSignal(session.window.chat.replyEnded, timeout=5000) as ended:
        press_send(qtbot, session, "html please")
    body = session.window.transcript.widget_for(ended.args[0].id).body
    text = body.toPlainText()
    assert "<b>bold</b>" in text and '<img src="http://example.com/x.png">' in text
    assert "**" not in text and "md" in text  # the Markdown itself is rendered
    assert "<img" not in body.toHtml().replace("&lt;img", "")


def test_conversations_are_stored_in_sqlite_in_the_data_folder(qtbot, open_window, fake_models, data_dir) -> None:
    session = open_window()
    session.window.start(str(fake_models[0]))
    wait_ready(qtbot, session)
    with qtbot.waitSignal(session.window.chat.replyEnded, timeout=5000):
        press_send(qtbot, session, "Saved?")
    store = ConversationStore(data_dir / "hearth.db")
    [summary] = store.list()
    assert summary.title == "Saved?" and summary.model == str(fake_models[0]) and summary.message_count == 2
    store.close()


def test_a_model_too_big_for_memory_is_refused_unless_the_user_insists(qtbot, engine, fake_models, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop.core.settings import Settings
    from desktop.ui.app import open_session

    refusal = "alpha.gguf needs about 48.0 GB but 20.1 GB is free; close other programs."
    engine.refuse_paths[str(fake_models[0])] = refusal
    session = open_session(backends_for(engine), settings=Settings())
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def answer(_parent, _title, text, *_args):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr("desktop.ui.main_window.QMessageBox.warning", answer)
    try:
        session.window.show()
        with qtbot.waitSignal(session.engine.loadRefused, timeout=5000):
            session.window.start(str(fake_models[0]))
        assert asked == [f"{refusal}\n\nLoad it anyway?"] and engine.loads == []
        assert session.window.status.currentMessage() == refusal
        with qtbot.waitSignal(session.engine.loadRefused, timeout=5000):
            session.window.choose_model(str(fake_models[0]))
        wait_ready(qtbot, session)
        assert engine.loads == [str(fake_models[0])]  # the user insisted
    finally:
        session.close()


def test_a_file_that_fails_its_check_leaves_the_model_in_use(qtbot, engine, fake_models) -> None:
    from desktop.core.settings import Settings
    from desktop.ui.app import open_session

    alpha, beta = (str(p) for p in fake_models)
    engine.bad_paths[beta] = "it crashed the checking process"  # as the validation child says
    session = open_session(backends_for(engine), settings=Settings())
    try:
        window = session.window
        window.show()
        window.start(alpha)
        wait_ready(qtbot, session)
        with qtbot.waitSignal(window.chat.replyEnded, timeout=5000):
            press_send(qtbot, session, "hello")
        with qtbot.waitSignal(session.engine.loadFailed, timeout=5000):
            window.choose_model(beta)
        assert engine.loads == [alpha]  # alpha was never unloaded for a file that cannot work
        assert session.engine.state == "ready" and session.engine.model.path == alpha
        assert "crashed the checking process" in window.alert.text() and "still using alpha" in window.alert.text()
        expected = engine.count_tokens(window.chat.session._prompt(window.chat.branch))
        qtbot.waitUntil(lambda: window.status.context_label.text().startswith(f"Context {expected}"), timeout=5000)
        assert window.picker.currentData() == alpha and window.chat.model_path == alpha
        assert not window.composer.edit.isReadOnly()
        assert window.settings.last_model == alpha
        assert window.store.get(window.chat.conversation.id).model == alpha
        with qtbot.waitSignal(window.chat.replyEnded, timeout=5000) as ended:
            press_send(qtbot, session, "still there?")
        assert ended.args[0].state == "done"
    finally:
        session.close()


def test_continue_and_regenerate_need_a_model_and_continue_only_the_last_reply(
    qtbot, open_window, engine, fake_models
) -> None:
    engine.replies.extend([["first"], ["second"]])
    session = open_window()
    window = session.window
    window.start(str(fake_models[0]))
    wait_ready(qtbot, session)
    for text in ("one", "two"):
        with qtbot.waitSignal(window.chat.replyEnded, timeout=5000):
            press_send(qtbot, session, text)
    first_reply = window.chat.branch[1]
    notices: list[str] = []
    window.chat.notice.connect(notices.append)
    assert not window.chat.continue_reply(first_reply.id)
    assert "Only the last reply" in notices[-1] and len(window.chat.branch) == 4
    session.engine.unload()
    assert not window.chat.regenerate() and not window.chat.continue_reply(window.chat.branch[-1].id)
    assert notices[-1] == "Choose a model first." and not window.chat.busy


def test_a_context_llama_cpp_rounds_up_does_not_reload_the_model_on_every_message(
    qtbot, open_window, engine, fake_models
) -> None:
    from desktop.core.settings import Settings

    settings = Settings(context_length=3000)  # loaded as 3072
    engine.pad_context = True
    session = open_window(settings)
    session.window.start(str(fake_models[0]))
    wait_ready(qtbot, session)
    assert session.engine.model.context_length == 3072
    for text in ("one", "two"):
        with qtbot.waitSignal(session.window.chat.replyEnded, timeout=5000):
            press_send(qtbot, session, text)
    assert engine.loads == [str(fake_models[0])]


def test_a_reply_that_ends_after_a_switch_of_chat_leaves_the_context_meter_to_the_chat_shown(
    qtbot, open_window, engine, fake_models
) -> None:
    session = open_window()
    window = session.window
    window.start(str(fake_models[0]))
    wait_ready(qtbot, session)
    with qtbot.waitSignal(window.chat.replyEnded, timeout=5000):
        press_send(qtbot, session, "short")
    first = window.chat.conversation.id
    window.new_chat()
    engine.replies.append([f"word{i} " for i in range(40)])
    engine.delay_s = 0.05
    with qtbot.waitSignal(window.chat.piecesArrived, timeout=5000):
        press_send(qtbot, session, "a long question with many words in it so that it counts more")
    shown: list[tuple[int, int]] = []
    window.chat.contextChanged.connect(lambda used, size: shown.append((used, size)))
    with qtbot.waitSignal(window.chat.replyEnded, timeout=5000):
        window.open_conversation(first)
    expected = engine.count_tokens(window.chat.session._prompt(window.chat.branch))
    qtbot.waitUntil(lambda: (expected, 4096) in shown, timeout=5000)
    assert all(used == expected for used, _ in shown)


def test_a_hugging_face_cache_file_is_used_by_its_own_name_not_its_blob(
    qtbot, open_window, engine, tmp_path: Path
) -> None:
    snapshot = tmp_path / "hub" / "models--acme--chat" / "snapshots" / "abc"
    blobs = tmp_path / "hub" / "models--acme--chat" / "blobs"
    snapshot.mkdir(parents=True)
    blobs.mkdir()
    for part in (1, 2):
        (blobs / f"sha{part}").write_bytes(b"GGUF")
        (snapshot / f"Chat-0000{part}-of-00002.gguf").symlink_to(f"../../blobs/sha{part}")
    first = snapshot / "Chat-00001-of-00002.gguf"
    session = open_window()
    session.window.open_model_file(str(first))
    wait_ready(qtbot, session)
    assert engine.loads == [str(first)]  # beside its second part, which llama.cpp finds by name
    assert session.window.settings.linked_models == (str(first),)
    assert session.window.picker.currentText() == "Chat"


def test_opening_a_chat_on_another_model_counts_its_context_once_with_that_model(
    qtbot, open_window, engine, fake_models
) -> None:
    alpha, beta = (str(p) for p in fake_models)
    session = open_window()
    window = session.window
    window.start(beta)
    wait_ready(qtbot, session)
    with qtbot.waitSignal(window.chat.replyEnded, timeout=5000):
        press_send(qtbot, session, "on beta")
    on_beta = window.chat.conversation.id
    window.new_chat()
    window.choose_model(alpha)
    qtbot.waitUntil(lambda: session.engine.state == "ready" and session.engine.model.path == alpha, timeout=5000)
    engine.counted_with.clear()
    with qtbot.waitSignal(window.chat.contextChanged, timeout=5000):
        window.open_conversation(on_beta)
    qtbot.waitUntil(lambda: session.engine.model is not None and session.engine.model.path == beta, timeout=5000)
    qtbot.waitUntil(lambda: engine.counted_with == [beta], timeout=5000)


def test_a_regenerate_the_store_refuses_leaves_the_reply_shown(qtbot, open_window, engine, fake_models, monkeypatch):
    from desktop.core.store import StoreError

    session = open_window()
    window = session.window
    window.start(str(fake_models[0]))
    wait_ready(qtbot, session)
    with qtbot.waitSignal(window.chat.replyEnded, timeout=5000):
        press_send(qtbot, session, "question")
    before = [m.id for m in window.chat.branch]
    notices: list[str] = []
    window.chat.notice.connect(notices.append)

    def full(*_args, **_kwargs):
        raise StoreError("the disk is full")

    monkeypatch.setattr(window.store, "add_message", full)
    assert not window.chat.regenerate()
    assert [m.id for m in window.chat.branch] == before and not window.chat.busy
    assert notices == ["Not sent: the disk is full"]
    assert [m.id for m in window.transcript.messages] == before


def test_typing_while_the_model_loads_is_kept_and_sent_once_it_is_ready(
    qtbot, open_window, engine, fake_models
) -> None:
    engine.load_delay_s = 1.0
    session = open_window()
    window = session.window
    window.start(str(fake_models[0]))
    assert session.engine.state == "loading"
    qtbot.keyClicks(window.composer.edit, "typed during the load")
    qtbot.keyClick(window.composer.edit, Qt.Key.Key_Return)  # not yet: nothing is sent, nothing lost
    assert window.composer.text() == "typed during the load" and window.chat.conversation is None
    assert "you can start typing" in window.composer.edit.placeholderText()
    wait_ready(qtbot, session)
    with qtbot.waitSignal(window.chat.replyEnded, timeout=5000):
        qtbot.keyClick(window.composer.edit, Qt.Key.Key_Return)
    assert window.chat.branch[0].content == "typed during the load"


def test_the_message_box_has_the_focus_from_the_start(qtbot, open_window, fake_models) -> None:
    session = open_window()
    session.window.start(str(fake_models[0]))
    assert session.window.focusWidget() is session.window.composer.edit
