"""Settings: per-chat prompt and sampling, presets and the default for new chats; the look."""

from __future__ import annotations

from PySide6.QtGui import QPalette

from desktop.core.settings import load_settings
from desktop.ui.settings_dialog import SettingsDialog
from tests.ui.conftest import wait_ready


def test_chat_settings_reach_the_model_and_presets_apply_to_new_chats(
    qtbot, open_window, engine, fake_models, monkeypatch
) -> None:
    session = open_window()
    window = session.window
    window.start(str(fake_models[0]))
    wait_ready(qtbot, session)
    dialog = SettingsDialog(window)
    dialog.system_prompt.setPlainText("You are a pirate.")
    dialog.temperature.setValue(1.3)
    dialog.max_tokens.setValue(77)
    dialog.overflow.setCurrentIndex(dialog.overflow.findData("drop_oldest"))
    monkeypatch.setattr("desktop.ui.settings_dialog.QInputDialog.getText", lambda *a, **k: ("Pirate", True))
    dialog._save_preset()
    dialog.preset_box.setCurrentIndex(dialog.preset_box.findData("Pirate"))
    dialog._make_default()
    dialog.accept()
    with qtbot.waitSignal(window.chat.replyEnded, timeout=5000):
        window.send("Ahoy?")
    request = engine.requests[-1]
    assert request.messages[0].content == "You are a pirate."
    assert (request.settings.temperature, request.settings.max_tokens, request.settings.overflow) == (
        1.3,
        77,
        "drop_oldest",
    )
    assert load_settings().default_preset == "Pirate"
    window.new_chat()
    assert window.chat.chat_settings.system_prompt == "You are a pirate."


def test_dark_look_and_font_size(qtbot, open_window) -> None:
    session = open_window()
    window = session.window
    original_font = session.app.font()
    dialog = SettingsDialog(window)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.font_size.setValue(15)
    dialog.accept()
    app = session.app
    assert app.palette().color(QPalette.ColorRole.Window).lightness() < 80
    assert app.font().pointSize() == 15
    assert window.theme_mode == "dark"
    saved = load_settings()
    assert (saved.theme, saved.font_size) == ("dark", 15)
    dialog = SettingsDialog(window)
    dialog.theme.setCurrentIndex(dialog.theme.findData("light"))
    dialog.accept()
    assert app.palette().color(QPalette.ColorRole.Window).lightness() > 200
    app.setFont(original_font)  # the application is shared by the tests that follow
