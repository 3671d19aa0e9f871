"""The first message to a remote engine on another computer is announced, and nothing leaves until the
user agrees; a remote on this computer, or one already agreed to, is not asked about again."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.core.model_ref import ModelRef
from desktop.core.remotes.endpoints import Endpoint, EndpointStore
from desktop.core.settings import Settings
from desktop.ui.app import open_session
from tests.helpers.scripted_backend import ScriptedBackend, backends_for
from tests.helpers.window import press_send


class Questions(list):
    """The questions asked, each answered with the next of `answers` (the user's click)."""

    def __init__(self) -> None:
        super().__init__()
        self.answers: list[QMessageBox.StandardButton] = []

    def __call__(self, _parent, title: str, text: str, *_args) -> QMessageBox.StandardButton:
        self.append(f"{title}: {text}")
        return self.answers.pop(0)


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> Questions:
    asked = Questions()
    monkeypatch.setattr(QMessageBox, "question", asked)
    return asked


def test_messages_leave_only_once_the_user_agrees(qtbot, data_dir: Path, questions: Questions) -> None:
    EndpointStore().add(Endpoint("lab", "http://10.20.30.40:8000/v1"))
    scripted = ScriptedBackend(replies=[["Hello", " there"]])
    session = open_session(backends_for(scripted, kind="remote"), settings=Settings())
    window = session.window
    window.show()
    try:
        ref = ModelRef("remote", endpoint="lab", model_id="meta-llama/Llama-3.1-70B-Instruct")
        with qtbot.waitSignal(session.engine.loaded, timeout=5000):
            window.choose_model(ref.stored())
        questions.answers.append(QMessageBox.StandardButton.No)
        press_send(qtbot, session, "my secret plans")
        assert len(questions) == 1 and "will leave this computer for 10.20.30.40" in questions[0]
        assert scripted.requests == [] and window.composer.text() == "my secret plans"  # nothing sent, nothing lost
        assert not EndpointStore().get("lab").acknowledged

        questions.answers.append(QMessageBox.StandardButton.Yes)
        with qtbot.waitSignal(window.chat.replyEnded, timeout=5000):
            press_send(qtbot, session, "my secret plans")
        assert len(questions) == 2 and len(scripted.requests) == 1
        assert EndpointStore().get("lab").acknowledged

        scripted.replies.append(["Again"])
        with qtbot.waitSignal(window.chat.replyEnded, timeout=5000):
            press_send(qtbot, session, "and more")
        assert len(questions) == 2  # asked once, not at every message
    finally:
        session.close()


def test_a_remote_on_this_computer_is_not_announced(qtbot, data_dir: Path, questions: Questions) -> None:
    EndpointStore().add(Endpoint("here", "http://127.0.0.1:9/v1"))
    scripted = ScriptedBackend(replies=[["Hi"]])
    session = open_session(backends_for(scripted, kind="remote"), settings=Settings())
    try:
        session.window.show()
        with qtbot.waitSignal(session.engine.loaded, timeout=5000):
            session.window.choose_model(ModelRef("remote", endpoint="here", model_id="m").stored())
        with qtbot.waitSignal(session.window.chat.replyEnded, timeout=5000):
            press_send(qtbot, session, "hello")
        assert questions == [] and len(scripted.requests) == 1
    finally:
        session.close()
