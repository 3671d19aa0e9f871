"""Under load: sending while a model loads, switching models or chats mid-reply, 50 quick switches in a row, and
memory that comes back: no crash, no deadlock, no leak. The real engine, with the validation child."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest
from PySide6.QtCore import Qt

from desktop.core.chat_settings import ChatSettings
from desktop.core.settings import Settings
from desktop.ui.app import Session, open_session
from tests.helpers.window import send


@pytest.fixture
def session(qtbot) -> Iterator[Session]:
    session = open_session(settings=Settings(context_length=2048))
    session.window.show()
    yield session
    session.close()


def load(qtbot, session: Session, path: Path) -> None:
    with qtbot.waitSignal(session.engine.loaded, timeout=60_000):
        session.window.open_model_file(str(path))


def start_long_reply(qtbot, session: Session, text: str) -> None:
    """Send, and return once the reply is streaming."""
    session.window.chat.set_chat_settings(ChatSettings(max_tokens=3000, seed=1))
    session.window.composer.set_text(text)
    with qtbot.waitSignal(session.window.chat.piecesArrived, timeout=60_000):
        qtbot.keyClick(session.window.composer.edit, Qt.Key.Key_Return)


def test_a_message_written_while_the_model_loads_is_kept_and_sent_once_it_is_ready(
    qtbot, session: Session, tiny_pair: tuple[Path, Path]
) -> None:
    window = session.window
    window.open_model_file(str(tiny_pair[0]))
    assert session.engine.state == "loading"
    window.composer.set_text("Typed during the load")
    qtbot.keyClick(window.composer.edit, Qt.Key.Key_Return)  # the composer waits: nothing is lost
    assert window.chat.conversation is None and window.composer.text() == "Typed during the load"
    qtbot.waitUntil(lambda: session.engine.state == "ready", timeout=60_000)
    with qtbot.waitSignal(window.chat.replyEnded, timeout=60_000) as ended:
        qtbot.keyClick(window.composer.edit, Qt.Key.Key_Return)
    assert ended.args[0].state in ("done", "length") and window.composer.text() == ""
    # And a send the controller gets while a load is under way (a switch of model) waits for it.
    window.open_model_file(str(tiny_pair[1]))
    assert session.engine.state == "loading"
    with qtbot.waitSignal(window.chat.replyEnded, timeout=60_000) as ended:
        assert window.chat.send("Sent during the switch")
    assert ended.args[0].state in ("done", "length") and ended.args[0].content
    assert session.engine.model.path == str(tiny_pair[1])


def test_switching_the_model_mid_reply_stops_and_keeps_the_reply(
    qtbot, session: Session, tiny_pair: tuple[Path, Path]
) -> None:
    load(qtbot, session, tiny_pair[0])
    start_long_reply(qtbot, session, "Go on and on")
    ended: list = []
    session.window.chat.replyEnded.connect(ended.append)
    with qtbot.waitSignal(session.engine.loaded, timeout=60_000):
        session.window.open_model_file(str(tiny_pair[1]))
    [stopped] = ended
    assert stopped.state == "stopped" and stopped.content
    assert session.store.message(stopped.id).content == stopped.content
    assert session.engine.model.path == str(tiny_pair[1])
    # Short: the prompt holds the stopped reply, whose length depends on when the switch came, so a
    # reply of up to 3,000 tokens could end at once or outlast the wait, run by run.
    session.window.chat.set_chat_settings(ChatSettings(max_tokens=16, seed=1))
    assert send(qtbot, session, "And now?").state in ("done", "length")


def test_switching_the_chat_mid_reply_stops_and_keeps_the_reply(
    qtbot, session: Session, tiny_pair: tuple[Path, Path]
) -> None:
    load(qtbot, session, tiny_pair[0])
    session.window.chat.set_chat_settings(ChatSettings(max_tokens=8))
    first = send(qtbot, session, "The first chat")
    session.window.new_chat()
    start_long_reply(qtbot, session, "The second chat")
    with qtbot.waitSignal(session.window.chat.replyEnded, timeout=10_000) as ended:
        session.window.open_conversation(first.conversation_id)
    stopped = ended.args[0]
    assert stopped.state == "stopped" and session.store.message(stopped.id).content == stopped.content
    assert session.window.transcript.messages[0].content == "The first chat"
    assert send(qtbot, session, "Back here").state in ("done", "length")


def test_fifty_quick_switches_end_on_the_last_choice(qtbot, session: Session, tiny_pair: tuple[Path, Path]) -> None:
    window = session.window
    load(qtbot, session, tiny_pair[0])
    window.chat.set_chat_settings(ChatSettings(max_tokens=8))
    conversations = [send(qtbot, session, "one").conversation_id]
    window.new_chat()
    conversations.append(send(qtbot, session, "two").conversation_id)
    threads = len(psutil.Process().threads())
    for i in range(50):  # no waiting in between: each switch lands on the one before
        if i % 5 == 2:
            window.open_conversation(conversations[i % 2])
        else:
            window.open_model_file(str(tiny_pair[i % 2]))
    last = tiny_pair[49 % 2]  # the last switch was of model
    qtbot.waitUntil(lambda: session.engine.state == "ready" and session.engine.model is not None, timeout=60_000)
    assert session.engine.model.path == str(last) and window.chat.model_path == str(last)
    assert send(qtbot, session, "Still here?").state in ("done", "length")
    assert len(psutil.Process().threads()) <= threads + 1  # no thread left behind per switch


def rss() -> int:
    gc.collect()
    return psutil.Process().memory_info().rss


@pytest.mark.slow
@pytest.mark.e2e
def test_memory_comes_back_after_switching_models_many_times(
    qtbot, session: Session, starter_in_library: Path, tiny_pair: tuple[Path, Path]
) -> None:
    window = session.window

    def round_trip() -> None:
        # A new chat each time: the transcript (its widgets) does not grow from one round to the next,
        # so what grows would be the switching itself.
        window.new_chat()
        window.chat.set_chat_settings(ChatSettings(max_tokens=24, seed=1))
        load(qtbot, session, tiny_pair[0])
        send(qtbot, session, "And you?")
        load(qtbot, session, starter_in_library)
        send(qtbot, session, "Say something short.")

    load(qtbot, session, starter_in_library)
    round_trip()  # warm-up: allocators, caches and lazy imports settle
    baseline = rss()
    fds = len(os.listdir("/proc/self/fd")) if Path("/proc/self/fd").is_dir() else 0
    for _ in range(8):
        round_trip()
    after = rss()
    print(f"RSS with the starter model loaded: {baseline / 1e6:.0f} MB, after 8 more round trips {after / 1e6:.0f} MB")
    assert after <= baseline * 1.10, f"RSS grew from {baseline / 1e6:.0f} MB to {after / 1e6:.0f} MB"
    if fds:
        assert len(os.listdir("/proc/self/fd")) <= fds + 2  # no file (model, database) left open per switch
