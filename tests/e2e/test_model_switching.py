"""Switching models in the real window: memory comes back, a reply in progress is stopped first."""

from __future__ import annotations

import gc
import shutil
from pathlib import Path

import psutil
import pytest
from PySide6.QtCore import Qt

from desktop.core.chat_settings import ChatSettings

pytestmark = pytest.mark.e2e


def switch(qtbot, session, path: Path) -> None:
    with qtbot.waitSignal(session.engine.loaded, timeout=120_000):
        session.window.choose_model(str(path))


def test_twenty_switches_leave_memory_where_it_was(qtbot, real_session, starter_model, tmp_path) -> None:
    other = tmp_path / "second" / starter_model.name
    other.parent.mkdir()
    shutil.copyfile(starter_model, other)
    switch(qtbot, real_session, starter_model)
    switch(qtbot, real_session, other)  # both files opened (and validated) once before measuring
    gc.collect()
    before = psutil.Process().memory_info().rss
    for index in range(20):
        switch(qtbot, real_session, starter_model if index % 2 == 0 else other)
    gc.collect()
    after = psutil.Process().memory_info().rss
    assert real_session.engine.model is not None and real_session.engine.model.path == str(other)
    assert after < before * 1.10, f"RSS grew from {before / 2**20:.0f} MB to {after / 2**20:.0f} MB"
    tooltip = real_session.window.status.model_label.toolTip()
    assert "before" in tooltip and "after loading" in tooltip  # the switch reports memory


def test_switching_models_mid_reply_stops_the_reply_first(qtbot, real_session, starter_model, tmp_path) -> None:
    other = tmp_path / "other.gguf"
    shutil.copyfile(starter_model, other)
    switch(qtbot, real_session, starter_model)
    window = real_session.window
    window.chat.set_chat_settings(ChatSettings(max_tokens=2000, seed=1))  # a seed: a story long enough
    window.composer.set_text("Write a very long story about the sea, with many chapters.")
    with qtbot.waitSignal(window.chat.piecesArrived, timeout=60_000):
        qtbot.keyClick(window.composer.edit, Qt.Key.Key_Return)
    ended: list = []
    window.chat.replyEnded.connect(ended.append)
    with qtbot.waitSignals([window.chat.replyEnded, real_session.engine.loaded], timeout=120_000):
        window.choose_model(str(other))
    [reply] = ended
    assert reply.state == "stopped" and reply.content
    assert real_session.store.message(reply.id).state == "stopped"
    assert real_session.engine.model.path == str(other)
    assert real_session.store.get(window.chat.conversation.id).model == str(other)  # the chat remembers it
