"""Answering the app's real dialogs and menus in tests, as a user would: from inside their own event loop.

A modal dialog (`exec()`) or a popup menu runs an event loop of its own, so the test cannot act
after the call that opens it; `answering` looks for the dialog from a timer that runs inside that
loop, and answers it with the real widgets (typing, clicking OK). Right-clicks go through the
window (the platform's path), where Qt turns them into a context-menu request.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

import shiboken6
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLineEdit, QMenu, QMenuBar, QWidget

# The offscreen platform cannot grab the keyboard for a popup menu; a real platform does. Qt says so
# once per menu shown (a warning pytest-qt would count as a failure); nothing else is wrong.
MENU_GRAB_NOTE = "^This plugin does not support grabbing the keyboard$"


class Answered:
    """What `answering` saw: the dialogs it answered (by title), and any failure inside the answer."""

    def __init__(self) -> None:
        self.titles: list[str] = []
        self.error: BaseException | None = None


@contextlib.contextmanager
def answering(answer: Callable[[QDialog], None], kind: type[QDialog] = QDialog) -> Iterator[Answered]:
    """Answer the next modal dialog of type `kind` shown inside the block with `answer(dialog)`.

    At the end of the block the dialog must have been shown and answered: a feature that never asks
    fails the test, and so do an answer that raised and a dialog of another kind (each is then closed,
    so nothing hangs).
    """
    answered = Answered()
    owners: list[QWidget] = []
    timer = QTimer()
    timer.setInterval(5)

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or not dialog.isVisible():
            return
        if not isinstance(dialog, kind):  # another question than the one expected: refused, and said
            answered.error = answered.error or AssertionError(
                f"{type(dialog).__name__} {dialog.windowTitle()!r} was shown, not the {kind.__name__} expected"
            )
            dialog.reject()
            return
        timer.stop()
        answered.titles.append(dialog.windowTitle())
        if dialog.parentWidget() is not None:
            owners.append(dialog.parentWidget().window())
        try:
            answer(dialog)
        except BaseException as error:  # re-raised by the test, not lost inside Qt's event loop
            answered.error = error
            dialog.reject()

    timer.timeout.connect(look)
    timer.start()
    try:
        yield answered
    finally:
        timer.stop()
        for owner in owners:
            _give_back_focus(owner)
    if answered.error is not None:
        raise answered.error
    assert answered.titles, f"no {kind.__name__} was shown"


def _give_back_focus(window: QWidget) -> None:
    """A window manager makes the window active again once its dialog closes; the offscreen platform
    has none, and a window left inactive gets no keyboard shortcut (they are the window's own)."""
    if not shiboken6.isValid(window) or window.isActiveWindow() or not window.isVisible():
        return
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window), "the window did not become active again"


def click_button(dialog: QDialog, which: QDialogButtonBox.StandardButton) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None, f"{dialog.windowTitle()!r} has no buttons"
    button = box.button(which)
    assert button is not None and button.isVisible() and button.isEnabled()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def type_and_ok(text: str) -> Callable[[QDialog], None]:
    """An answer for a one-line question (QInputDialog.getText): replace its text, then OK."""

    def answer(dialog: QDialog) -> None:
        edit = dialog.findChild(QLineEdit)
        assert edit is not None and edit.isVisible()
        edit.selectAll()
        QTest.keyClick(edit, Qt.Key.Key_Backspace)
        QTest.keyClicks(edit, text)
        click_button(dialog, QDialogButtonBox.StandardButton.Ok)

    return answer


def right_click(widget: QWidget, position: QPoint) -> None:
    """A right-click at `position` in `widget`, sent to its window as the platform sends one."""
    window = widget.window().windowHandle()
    assert window is not None, "the widget is not in a shown window"
    # Until the window is exposed, the platform delivers no mouse event to it (offscreen: a moment after show).
    assert QTest.qWaitForWindowExposed(window), "the window was never exposed"
    target = widget.mapTo(widget.window(), position)
    # Qt takes a second press of a button at the same place, soon after the first, for a double-click
    # (QTest's clock runs fast): the pointer leaves first, as a hand would, so each click is a click.
    QTest.mouseMove(window, target + QPoint(40, 40))
    QTest.mouseClick(window, Qt.MouseButton.RightButton, pos=target)


@contextlib.contextmanager
def popup_choice(text: str | None) -> Iterator[list[list[str]]]:
    """While the block runs, click the item `text` of the first popup menu that opens (None: close it
    and choose nothing); yields the list of each menu's item texts seen, filled in as menus open.
    Texts are compared as shown, without the "&" that marks a mnemonic."""
    seen: list[list[str]] = []
    timer = QTimer()
    timer.setInterval(5)

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu) or not menu.isVisible():
            return
        timer.stop()
        seen.append([_plain(action.text()) for action in menu.actions() if not action.isSeparator()])
        action = next((a for a in menu.actions() if text is not None and _plain(a.text()) == text), None)
        if action is None:
            menu.close()  # the test then fails on what it expected to happen
            return
        QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())

    timer.timeout.connect(pick)
    timer.start()
    try:
        yield seen
    finally:
        timer.stop()


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def menu_bar_action(bar: QMenuBar, menu_title: str, text: str) -> QAction:
    """The action `text` of the menu bar's menu `menu_title` ("&File" matches "File")."""
    for top in bar.actions():
        if _plain(top.text()) == menu_title and top.menu() is not None:
            for action in top.menu().actions():
                if _plain(action.text()) == text:
                    return action
    raise AssertionError(f"no {menu_title} ▸ {text} in the menu bar")


def click_menu_bar(bar: QMenuBar, menu_title: str) -> None:
    """Click the menu bar's `menu_title` with the mouse (inside `popup_choice`, to pick an item of it)."""
    top = next((a for a in bar.actions() if _plain(a.text()) == menu_title), None)
    assert top is not None, f"no {menu_title} menu in the menu bar"
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(top).center())
