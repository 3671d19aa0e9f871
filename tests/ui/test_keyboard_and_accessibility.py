"""Keyboard only: Tab reaches every control in reading order with a visible focus, every control
has an accessible name and description, and the high-contrast look keeps every pair readable."""

from __future__ import annotations

import re
from collections.abc import Iterable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QWidget

from desktop.core.settings import Settings
from desktop.ui.about_dialog import AboutDialog
from desktop.ui.settings_dialog import SettingsDialog
from desktop.ui.theme import COLORS, apply_theme, resolve
from tests.helpers.dialogs import answering
from tests.helpers.window import press_send, wait_ready

QT_INTERNAL = ("qt_", "ScrollLeftButton", "ScrollRightButton")


def controls(root: QWidget) -> list[QWidget]:
    """What Tab can stop on in `root`: Qt's own inner parts (a spin box's line edit) left out."""
    found = []
    for widget in root.findChildren(QWidget):
        if widget.objectName().startswith(QT_INTERNAL) or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(widget.parent(), (QAbstractSpinBox, QComboBox)):
            continue  # the field inside a spin box or an editable combo box speaks for its owner
        if widget.parent() is not None and isinstance(widget.parent().parent(), QComboBox):
            continue  # a combo box's pop-up list: its items are what is read
        found.append(widget)
    return found


def tab_cycle(qtbot, start: QWidget, limit: int = 80) -> list[QWidget]:
    """The widgets Tab visits from `start` until it is back there."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    visited = [start]
    for _ in range(limit):
        current = QApplication.focusWidget()
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda current=current: QApplication.focusWidget() is not current)
        if QApplication.focusWidget() is start:
            return visited
        visited.append(QApplication.focusWidget())
    raise AssertionError(f"Tab never came back to {start.accessibleName()!r}")


def spoken(widget: QWidget, kind: QAccessible.Text) -> str:
    """What a screen reader is told of `widget` (its accessible name falls back on a button's text)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(kind).strip() if interface is not None else ""


def described(widgets: Iterable[QWidget]) -> list[str]:
    """The controls a screen reader would find without a name or a description."""
    return [
        f"{type(w).__name__}#{w.objectName()} {spoken(w, QAccessible.Text.Name)!r} in {type(w.parent()).__name__}"
        for w in widgets
        if not spoken(w, QAccessible.Text.Name) or not spoken(w, QAccessible.Text.Description)
    ]


@pytest.fixture
def chatting(open_window, engine, fake_models, qtbot):
    """The window with a model loaded and one exchange shown."""
    engine.replies.append(["A reply."])
    session = open_window(Settings(theme="light"))
    window = session.window
    window.resize(1100, 750)
    window.start(str(fake_models[0]))
    wait_ready(qtbot, session)
    with qtbot.waitSignal(window.chat.replyEnded, timeout=5000):
        press_send(qtbot, session, "Hello")
    window.activateWindow()
    return session


def test_tab_reaches_every_control_of_the_chat_in_reading_order(chatting, qtbot) -> None:
    window = chatting.window
    cycle = tab_cycle(qtbot, window.sidebar.new_button)
    visible = [w for w in controls(window) if w.isVisible() and w.isEnabled()]
    missed = [w for w in visible if w not in cycle]
    assert not missed, f"Tab never reaches: {described(missed) or [w.accessibleName() for w in missed]}"
    order = [
        window.sidebar.new_button,
        window.sidebar.search,
        window.sidebar.list,
        window.documents_panel.toggle,
        window.picker,
        window.models_button,
        window.settings_button,
        window.transcript,
        window.composer.edit,
        window.composer.button,
    ]
    positions = [cycle.index(widget) for widget in order]
    assert positions == sorted(positions), [cycle[i].accessibleName() for i in sorted(positions)]
    # The messages' own controls come between the conversation and the composer, oldest first.
    reply = window.transcript.widget_for(window.transcript.messages[-1].id)
    question = window.transcript.widget_for(window.transcript.messages[0].id)
    assert reply is not None and question is not None
    in_messages = cycle[cycle.index(window.transcript) + 1 : cycle.index(window.composer.edit)]
    assert question.body in in_messages and reply.body in in_messages
    assert in_messages.index(question.body) < in_messages.index(reply.body)
    assert all(question.isAncestorOf(widget) or reply.isAncestorOf(widget) for widget in in_messages)


def test_shift_tab_goes_back_the_same_way(chatting, qtbot) -> None:
    window = chatting.window
    window.composer.edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.composer.edit)
    qtbot.keyClick(window.composer.edit, Qt.Key.Key_Backtab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not window.composer.edit)
    reply = window.transcript.widget_for(window.transcript.messages[-1].id)
    assert reply is not None and reply.isAncestorOf(QApplication.focusWidget())


def test_every_control_on_the_way_shows_that_it_has_the_focus(chatting, qtbot) -> None:
    window = chatting.window
    start = window.sidebar.new_button
    cycle = tab_cycle(qtbot, start)
    unseen = []
    for widget in cycle:  # Tab from where tab_cycle ended (the start): each widget, with and without focus
        assert QApplication.focusWidget() is widget
        focused = widget.grab().toImage()
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda widget=widget: QApplication.focusWidget() is not widget)
        if widget.grab().toImage() == focused:
            unseen.append(widget.accessibleName())
    assert not unseen, f"no visible focus on {unseen}"


def test_every_control_has_an_accessible_name_and_description(chatting, qtbot) -> None:
    window = chatting.window
    missing = described(controls(window))
    dialog = SettingsDialog(window, window.settings, window.chat.chat_settings, window.store)
    missing += described(controls(dialog))
    dialog.deleteLater()
    about = AboutDialog(window)
    missing += described(controls(about))
    about.deleteLater()
    assert not missing, "\n".join(missing)


def test_a_keyboard_only_user_can_chat_and_rate_the_reply(chatting, engine, qtbot) -> None:
    window = chatting.window
    engine.replies.append(["Second reply."])
    window.sidebar.new_button.setFocus()
    # Tab to the composer, type, Enter: no mouse anywhere.
    cycle = tab_cycle(qtbot, window.sidebar.new_button)
    for _ in range(cycle.index(window.composer.edit)):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.composer.edit
    qtbot.keyClicks(window.composer.edit, "Once more")
    with qtbot.waitSignal(window.chat.replyEnded, timeout=5000) as ended:
        qtbot.keyClick(window.composer.edit, Qt.Key.Key_Return)
    reply = ended.args[0]
    widget = window.transcript.widget_for(reply.id)
    assert widget is not None
    # Shift+Tab back into the reply's buttons until "Good reply", then Space.
    for _ in range(20):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
        if QApplication.focusWidget().accessibleName() == "Good reply" and widget.isAncestorOf(
            QApplication.focusWidget()
        ):
            break
    else:
        raise AssertionError("Shift+Tab never reached the reply's Good reply button")

    def note_by_keyboard(dialog) -> None:  # the note it asks for: typed, then Enter
        edit = dialog.findChild(QLineEdit)
        # The dialog takes the keyboard once it is the active window, and its field once Qt has handled
        # that activation (offscreen, each a moment after it shows): waited for, not assumed.
        assert edit is not None
        assert QTest.qWaitForWindowActive(dialog)
        qtbot.waitUntil(edit.hasFocus, timeout=5000)
        QTest.keyClicks(edit, "clear")
        QTest.keyClick(edit, Qt.Key.Key_Return)

    with answering(note_by_keyboard):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    rated = chatting.store.message(reply.id)
    assert rated is not None and rated.rating == 1 and rated.note == "clear"


# -- high contrast ---------------------------------------------------------------------


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2 contrast ratio of two colours."""

    def luminance(name: str) -> float:
        color = QColor(name)
        channels = []
        for value in (color.redF(), color.greenF(), color.blueF()):
            channels.append(value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4)
        red, green, blue = channels
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue

    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


# (foreground, background) pairs the style sheet and the palette draw text with.
TEXT_PAIRS = [
    ("text", "window"),
    ("text", "sidebar"),
    ("muted", "window"),
    ("muted", "sidebar"),
    ("text", "user_bubble"),
    ("accent_text", "button"),
    ("accent_text", "stop"),
    ("selected_text", "selected"),
    ("text", "hover"),
    ("accent", "window"),  # links, citation numbers
]


@pytest.mark.parametrize(("mode", "least"), [("light", 4.5), ("dark", 4.5), ("contrast", 7.0)])
def test_every_text_colour_reads_on_its_background(mode: str, least: float) -> None:
    colors = COLORS[mode]
    weak = [
        f"{fg} on {bg}: {contrast_ratio(colors[fg], colors[bg]):.1f}"
        for fg, bg in TEXT_PAIRS
        if contrast_ratio(colors[fg], colors[bg]) < least
    ]
    assert not weak, f"{mode} needs {least}:1: {weak}"


def test_the_high_contrast_look_is_applied_and_follows_the_system(qapp, monkeypatch) -> None:
    try:
        assert apply_theme(qapp, "contrast") == "contrast"
        palette = qapp.palette()
        assert palette.color(QPalette.ColorRole.Window) == QColor("#000000")
        assert palette.color(QPalette.ColorRole.WindowText) == QColor("#ffffff")
        assert palette.color(QPalette.ColorRole.Highlight) == QColor(COLORS["contrast"]["selected"])
        sheet = re.sub(r"/\*.*?\*/", "", qapp.styleSheet(), flags=re.DOTALL)
        assert "#ffd400" in sheet and "@" not in sheet  # every colour name filled in
        monkeypatch.setattr("desktop.ui.theme.system_wants_contrast", lambda: True)
        assert resolve("system") == "contrast"
        assert resolve("light") == "light"  # a look the user chose wins
    finally:
        apply_theme(qapp, "light")


def test_the_high_contrast_window_draws_white_on_black(open_window, engine, fake_models, qtbot) -> None:
    engine.replies.append(["A reply."])
    session = open_window(Settings(theme="contrast"))
    window = session.window
    window.resize(1000, 700)
    window.start(str(fake_models[0]))
    wait_ready(qtbot, session)
    with qtbot.waitSignal(window.chat.replyEnded, timeout=5000):
        press_send(qtbot, session, "Hello")
    image = window.transcript.grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert "#000000" in colours and "#ffffff" in colours  # the window, and its text and borders
    assert window.theme_mode == "contrast"
