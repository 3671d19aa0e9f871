"""Settings: per-chat prompt and sampling, presets and the default for new chats; the look."""

from __future__ import annotations

from PySide6.QtGui import QPalette

from desktop.core.settings import load_settings
from tests.helpers.window import use_settings_dialog, wait_ready


def test_chat_settings_reach_the_model_and_presets_apply_to_new_chats(
    qtbot, open_window, engine, fake_models, monkeypatch
) -> None:
    session = open_window()
    window = session.window
    window.start(str(fake_models[0]))
    wait_ready(qtbot, session)

    def fill(dialog) -> None:
        dialog.system_prompt.setPlainText("You are a pirate.")
        dialog.temperature.setValue(1.3)
        dialog.max_tokens.setValue(77)
        dialog.overflow.setCurrentIndex(dialog.overflow.findData("drop_oldest"))
        monkeypatch.setattr("desktop.ui.settings_dialog.QInputDialog.getText", lambda *a, **k: ("Pirate", True))
        dialog._save_preset()
        dialog.preset_box.setCurrentIndex(dialog.preset_box.findData("Pirate"))
        dialog._make_default()

    use_settings_dialog(monkeypatch, window, fill)
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


def test_dark_look_and_font_size(qtbot, open_window, monkeypatch) -> None:
    session = open_window()
    window = session.window

    def dark(dialog) -> None:
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
        dialog.font_size.setValue(15)

    use_settings_dialog(monkeypatch, window, dark)
    app = session.app
    assert app.palette().color(QPalette.ColorRole.Window).lightness() < 80
    assert app.font().pointSize() == 15
    assert window.theme_mode == "dark"
    saved = load_settings()
    assert (saved.theme, saved.font_size) == ("dark", 15)
    use_settings_dialog(
        monkeypatch, window, lambda dialog: dialog.theme.setCurrentIndex(dialog.theme.findData("light"))
    )
    assert app.palette().color(QPalette.ColorRole.Window).lightness() > 200
    # The font (and palette) go back to what they were in tests/conftest.py's qt_look, pass or fail.


def test_a_new_models_folder_and_context_reach_downloads_and_badges(qtbot, open_window, tmp_path, monkeypatch) -> None:
    window = open_window().window
    row = window.models_page.recommended.rows[-1]  # the largest model: its KV cache grows with the context
    before = row.badge.estimate.kv_bytes

    def elsewhere(dialog) -> None:
        dialog.models_dir.setText(str(tmp_path / "elsewhere"))
        dialog.default_context.setValue(32768)

    use_settings_dialog(monkeypatch, window, elsewhere)
    assert window.downloads.manager.models_dir == tmp_path / "elsewhere"
    assert row.models_dir == tmp_path / "elsewhere" and row.badge.estimate.kv_bytes > before
    assert window.welcome.recommended.rows[0].models_dir == tmp_path / "elsewhere"
    assert window.models_page.search.context_length == 32768


def test_cancelling_the_dialog_keeps_the_default_preset(qtbot, open_window, monkeypatch) -> None:
    window = open_window().window
    seen: list[int] = []

    def terse(dialog) -> None:
        monkeypatch.setattr("desktop.ui.settings_dialog.QInputDialog.getText", lambda *a, **k: ("Terse", True))
        dialog._save_preset()
        dialog.preset_box.setCurrentIndex(dialog.preset_box.findData("Terse"))
        dialog._make_default()
        seen.append(dialog.preset_box.findText("Terse (new chats)"))
        dialog.temperature.setValue(2.5)

    use_settings_dialog(monkeypatch, window, terse, accept=False)
    assert seen and seen[0] >= 0
    assert window.settings.default_preset == "" and load_settings().default_preset == ""
    assert window.chat.chat_settings.temperature != 2.5  # nothing of a cancelled dialog is applied
