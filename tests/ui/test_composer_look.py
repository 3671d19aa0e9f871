"""The composer as it is drawn: one line without scroll-bar arrows, a scroll bar only for long text,
and the placeholder that matches the model's state."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.ui.composer import MAX_VISIBLE_LINES, Composer


def test_a_scroll_bar_only_for_text_taller_than_the_composer_grows(qtbot) -> None:
    composer = Composer()
    qtbot.addWidget(composer)
    composer.resize(600, 80)
    composer.show()
    edit = composer.edit
    assert edit.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert not edit.verticalScrollBar().isVisible()
    composer.set_text("\n".join(f"line {n}" for n in range(MAX_VISIBLE_LINES + 6)))
    assert edit.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded
    qtbot.waitUntil(edit.verticalScrollBar().isVisible, timeout=2000)
    composer.set_text("short again")
    assert edit.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff


def test_the_placeholder_follows_the_models_state(qtbot) -> None:
    composer = Composer()
    qtbot.addWidget(composer)
    composer.set_available(False, "Loading the model… you can start typing.", typing=True)
    assert composer.edit.placeholderText() == "Loading the model… you can start typing."
    composer.set_available(True)
    assert composer.edit.placeholderText().startswith("Message Hearth…")
