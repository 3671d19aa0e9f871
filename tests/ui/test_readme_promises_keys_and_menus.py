"""README promises about keys and menus, in the real window: Ctrl+, (Chat ▸ Chat settings), Ctrl+O (open a
model), Ctrl+M (the Models page), File ▸ Export feedback, and the GPU-layers and threads settings reaching
the model's load."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QInputDialog

from desktop.core.settings import load_settings
from desktop.ui.settings_dialog import SettingsDialog
from tests.helpers.dialogs import (
    MENU_GRAB_NOTE,
    answering,
    click_button,
    click_menu_bar,
    menu_bar_action,
    popup_choice,
    type_and_ok,
)
from tests.helpers.window import send, wait_ready

pytestmark = pytest.mark.qt_log_ignore(MENU_GRAB_NOTE)
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def ready(qtbot, open_window, fake_models):
    session = open_window()
    session.window.start(str(fake_models[0]))
    wait_ready(qtbot, session)
    assert QTest.qWaitForWindowActive(session.window)  # its shortcuts work once it is the active window
    return session


def test_ctrl_comma_opens_the_chat_settings_and_ok_applies_them(qtbot, ready, engine) -> None:
    window = ready.window
    action = menu_bar_action(window.menuBar(), "Chat", "Chat settings…")
    assert action.shortcut() == QKeySequence("Ctrl+,")

    def cooler(dialog: QDialog) -> None:
        dialog.temperature.setValue(0.35)
        click_button(dialog, QDialogButtonBox.StandardButton.Ok)

    with answering(cooler, SettingsDialog) as asked:
        qtbot.keyClick(window.composer.edit, Qt.Key.Key_Comma, CTRL)  # typed where the focus is
    assert asked.titles == ["Settings"]
    assert window.chat.chat_settings.temperature == 0.35
    send(qtbot, ready, "Still warm?")
    assert engine.requests[-1].settings.temperature == 0.35


def test_ctrl_o_asks_for_a_gguf_file_and_loads_it(qtbot, ready, engine, tmp_path: Path, monkeypatch) -> None:
    chosen = tmp_path / "downloads" / "mine.gguf"
    chosen.parent.mkdir()
    chosen.write_bytes(b"GGUF")
    asked: list[tuple[str, str]] = []

    def pick(_parent, caption, _folder, filters):
        asked.append((caption, filters))
        return str(chosen), ""

    monkeypatch.setattr("desktop.ui.main_window.QFileDialog.getOpenFileName", pick)  # the system's file picker
    window = ready.window
    assert menu_bar_action(window.menuBar(), "Model", "Open a GGUF file…").shortcut() == QKeySequence("Ctrl+O")
    qtbot.keyClick(window.composer.edit, Qt.Key.Key_O, CTRL)
    qtbot.waitUntil(lambda: engine.loads[-1] == str(chosen.resolve()) and ready.engine.state == "ready", timeout=5000)
    assert len(asked) == 1 and "*.gguf" in asked[0][1]
    assert window.picker.currentData() == str(chosen.resolve())
    assert str(chosen.resolve()) in window.settings.linked_models  # kept in the picker from now on


def test_ctrl_m_shows_the_models_page(qtbot, ready) -> None:
    window = ready.window
    assert menu_bar_action(window.menuBar(), "Model", "Models…").shortcut() == QKeySequence("Ctrl+M")
    assert window.pages.currentWidget() is window.chat_page
    qtbot.keyClick(window.composer.edit, Qt.Key.Key_M, CTRL)
    assert window.pages.currentWidget() is window.models_page and window.models_page.isVisible()
    tabs = window.models_page.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Recommended", "Search the Hub", "On this computer"]
    assert window.models_page.downloads.heading.text() == "Downloads"


@pytest.fixture
def rated(qtbot, ready, engine):
    """A question with two replies: the first liked (👍), the second, its regeneration, disliked (👎)."""
    engine.replies.extend([["Tea is best brewed at 80 °C."], ["Boil it for ten minutes."]])
    first = send(qtbot, ready, "How hot should green tea water be?")
    window = ready.window
    with answering(type_and_ok(""), QInputDialog):
        qtbot.mouseClick(window.transcript.widget_for(first.id).up_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.chat.replyEnded, timeout=5000) as ended:
        qtbot.keyClick(window, Qt.Key.Key_R, CTRL | Qt.KeyboardModifier.ShiftModifier)
    second = ended.args[0]
    with answering(type_and_ok("It would be bitter"), QInputDialog):
        qtbot.mouseClick(window.transcript.widget_for(second.id).down_button, Qt.MouseButton.LeftButton)
    assert (ready.store.message(first.id).rating, ready.store.message(second.id).rating) == (1, -1)
    return ready


@pytest.mark.parametrize(
    ("item", "kind"),
    [("Export feedback as SFT data…", "sft"), ("Export feedback as preference data…", "preference")],
    ids=["sft", "preference"],
)
def test_file_export_feedback_writes_the_rated_replies_as_jsonl(
    qtbot, rated, tmp_path: Path, monkeypatch, item: str, kind: str
) -> None:
    target = tmp_path / f"feedback-{kind}.jsonl"
    suggested: list[str] = []

    def save_as(_parent, _caption, name, _filter):
        suggested.append(name)
        return str(target), ""

    monkeypatch.setattr("desktop.ui.file_actions.QFileDialog.getSaveFileName", save_as)
    window = rated.window
    with popup_choice(item) as seen:
        click_menu_bar(window.menuBar(), "File")
        qtbot.waitUntil(target.exists, timeout=5000)
    assert item in seen[0]
    assert suggested == [str(Path.home() / f"hearth-{kind}.jsonl")]
    records = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    question = {"role": "user", "content": "How hot should green tea water be?"}
    if kind == "sft":
        [record] = records  # the liked reply only
        assert record["messages"][-2:] == [question, {"role": "assistant", "content": "Tea is best brewed at 80 °C."}]
        assert [m["role"] for m in record["messages"][:-2]] in ([], ["system"])
    else:
        [record] = records
        assert record["prompt"][-1] == question
        assert record["chosen"] == [{"role": "assistant", "content": "Tea is best brewed at 80 °C."}]
        assert record["rejected"] == [{"role": "assistant", "content": "Boil it for ten minutes."}]
    said = window.status.currentMessage()  # "1 sft records written to PATH", in the window's words
    assert said.startswith("1 ") and kind in said.lower() and said.endswith(str(target)), said


def test_gpu_layers_and_threads_from_settings_reach_the_models_load(qtbot, ready, engine) -> None:
    window = ready.window
    assert len(engine.load_options) == 1
    first = engine.load_options[0]
    assert (first.gpu_layers, first.threads) == (None, 0)  # the defaults: every layer it can, a thread per core

    def hardware(gpu_layers: int, threads: int):
        def fill(dialog: QDialog) -> None:
            dialog.gpu_layers.setValue(gpu_layers)
            dialog.threads.setValue(threads)
            click_button(dialog, QDialogButtonBox.StandardButton.Ok)

        return fill

    with answering(hardware(12, 3), SettingsDialog):
        qtbot.keyClick(window.composer.edit, Qt.Key.Key_Comma, CTRL)
    qtbot.waitUntil(lambda: len(engine.load_options) == 2 and ready.engine.state == "ready", timeout=5000)
    reloaded = engine.load_options[-1]
    assert (reloaded.gpu_layers, reloaded.threads) == (12, 3)  # the model was loaded again with them
    assert engine.loads == [engine.loads[0]] * 2
    saved = load_settings()
    assert (saved.gpu_layers, saved.threads) == (12, 3)

    with answering(hardware(0, 1), SettingsDialog):  # 0: the CPU only
        qtbot.keyClick(window.composer.edit, Qt.Key.Key_Comma, CTRL)
    qtbot.waitUntil(lambda: len(engine.load_options) == 3 and ready.engine.state == "ready", timeout=5000)
    assert (engine.load_options[-1].gpu_layers, engine.load_options[-1].threads) == (0, 1)

    with answering(hardware(-2, 0), SettingsDialog):  # back to "auto" and "one per core"
        qtbot.keyClick(window.composer.edit, Qt.Key.Key_Comma, CTRL)
    qtbot.waitUntil(lambda: len(engine.load_options) == 4 and ready.engine.state == "ready", timeout=5000)
    assert (engine.load_options[-1].gpu_layers, engine.load_options[-1].threads) == (None, 0)
