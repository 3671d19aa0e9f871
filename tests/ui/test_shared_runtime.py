"""The window on the shared runtime: a second front end on the same model, and a backend of another kind."""

from __future__ import annotations

from pathlib import Path

from desktop.bench.second_front_end import SecondFrontEnd
from desktop.core.runtime.types import ModelRef
from desktop.core.settings import Settings
from desktop.core.store import ConversationStore
from desktop.ui.app import open_session
from tests.helpers.scripted_backend import ScriptedBackend
from tests.helpers.window import close, press_send, wait_ready


def other_front_end(session, model: str, question: str) -> SecondFrontEnd:
    other = SecondFrontEnd(session.host.runner(), session.store.path, model, question, Settings())
    other.start()
    assert other.asked.wait(10) and not other.error, other.error
    return other


def test_a_second_front_end_is_answered_after_the_windows_reply_on_the_same_model(
    qtbot, open_window, engine: ScriptedBackend, fake_models
) -> None:
    session = open_window()
    window = session.window
    window.start(str(fake_models[0]))
    wait_ready(qtbot, session)
    engine.delay_s = 0.02
    engine.replies.extend([[f" w{i}" for i in range(30)], ["Answered", " too."]])
    batches: list[int] = []
    window.chat.piecesArrived.connect(lambda _id, pieces: batches.append(len(pieces)))
    with qtbot.waitSignal(window.chat.piecesArrived, timeout=5000):
        press_send(qtbot, session, "A long one, please.")
    other = other_front_end(session, str(fake_models[0]), "And me?")
    assert engine.requests[-1].messages[-1].content == "A long one, please."  # it waits its turn
    with qtbot.waitSignal(window.chat.replyEnded, timeout=10_000) as ended:
        pass
    other.join(10)
    assert not other.is_alive()
    assert ended.args[0].content.startswith(" w0") and ended.args[0].state == "done"
    assert other.reply is not None and other.reply.content == "Answered too." and other.reply.state == "done"
    assert [r.messages[-1].content for r in engine.requests] == ["A long one, please.", "And me?"]
    assert engine.loads == [str(fake_models[0])]  # one loaded model served both
    assert len(batches) > 2  # the window went on showing its reply while the other waited
    # Both conversations are stored, each whole.
    store = ConversationStore(session.store.path)
    assert sorted(s.title for s in store.list()) == ["A long one, please.", "And me?"]
    store.close()


def test_stop_ends_the_windows_reply_and_the_waiting_front_end_is_answered_next(
    qtbot, open_window, engine: ScriptedBackend, fake_models
) -> None:
    session = open_window()
    window = session.window
    window.start(str(fake_models[0]))
    wait_ready(qtbot, session)
    engine.delay_s = 0.05
    engine.replies.extend([[f" w{i}" for i in range(400)], ["Next."]])
    with qtbot.waitSignal(window.chat.piecesArrived, timeout=5000):
        press_send(qtbot, session, "Go on for ever.")
    other = other_front_end(session, str(fake_models[0]), "My turn?")
    with qtbot.waitSignal(window.chat.replyEnded, timeout=5000) as ended:
        window.stop_or_cancel_edit()  # Esc
    assert ended.args[0].state == "stopped"
    other.join(10)
    assert other.reply is not None and other.reply.content == "Next."


def test_a_waiting_request_stopped_by_its_front_end_ends_at_once_and_the_window_goes_on(
    qtbot, open_window, engine: ScriptedBackend, fake_models
) -> None:
    session = open_window()
    window = session.window
    window.start(str(fake_models[0]))
    wait_ready(qtbot, session)
    engine.delay_s = 0.02
    engine.replies.append([f" w{i}" for i in range(60)])
    with qtbot.waitSignal(window.chat.piecesArrived, timeout=5000):
        press_send(qtbot, session, "Take your time.")
    other = other_front_end(session, str(fake_models[0]), "Never mind.")
    other.stop_reply()
    other.join(10)
    assert other.reply is not None and other.reply.state == "stopped" and other.reply.content == ""
    assert window.chat.busy  # the window's reply is still streaming
    with qtbot.waitSignal(window.chat.replyEnded, timeout=10_000) as ended:
        pass
    assert ended.args[0].state == "done" and len(engine.requests) == 1  # the stopped one never ran


def test_a_backend_of_another_kind_plugs_in_without_the_window_knowing(qtbot, open_window, data_dir: Path) -> None:
    """The scripted backend registered for a kind of its own: chosen, loaded, chatted with, kept with the chat."""
    from desktop.core.runtime.backend import BackendRegistry

    echo = ScriptedBackend(replies=[["An", " echo."], ["Again."]])
    registry = BackendRegistry({"echo": lambda: echo})
    model = ModelRef("echo", endpoint="lab", model_id="echo-1").stored()
    first = open_session(registry, settings=Settings())
    first.window.show()
    try:
        with qtbot.waitSignal(first.engine.loaded, timeout=5000) as loaded:
            first.window.choose_model(model)
        assert loaded.args[0].ref == ModelRef("echo", endpoint="lab", model_id="echo-1")
        assert first.window.status.model_label.text().startswith("lab/echo-1")
        assert first.window.picker.currentText() == "lab/echo-1"
        with qtbot.waitSignal(first.window.chat.replyEnded, timeout=5000) as ended:
            press_send(qtbot, first, "Hello?")
        assert ended.args[0].content == "An echo." and ended.args[0].model == model
        assert first.store.get(first.window.chat.conversation.id).model == model
    finally:
        close(first)
    # Opened again, the chat keeps its model and loads it through the same registry.
    again = open_session(registry, settings=Settings())
    again.window.show()
    try:
        with qtbot.waitSignal(again.engine.loaded, timeout=5000):
            again.window.start()
        assert again.window.chat.model_path == model
        with qtbot.waitSignal(again.window.chat.replyEnded, timeout=5000) as ended:
            press_send(qtbot, again, "And now?")
        assert ended.args[0].content == "Again."
    finally:
        close(again)
