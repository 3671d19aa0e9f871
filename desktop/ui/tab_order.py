"""Tab as a reader reads: the window's focus chain with the conversation's messages put in their place.

Qt's focus chain is the order widgets were made in, which puts every message (made as the chat
goes on) after the composer's Send button. Re-linking the chain with setTabOrder as messages come
and go corrupted it (a crash when the sidebar's list was cleared), so the order is read from the
chain when Tab is pressed, and the messages' controls are moved to just after the transcript.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget


def reading_order(window: QWidget, transcript: QWidget, messages: list[QWidget]) -> list[QWidget]:
    """The controls Tab stops on in `window`, the controls of `messages` (top to bottom) after `transcript`."""
    position = {id(message): index for index, message in enumerate(messages)}
    rest: list[QWidget] = []
    inside: list[tuple[int, int, QWidget]] = []  # (message's place, place in the chain, control)
    widget = window.nextInFocusChain()
    while widget is not window and widget is not None and len(rest) + len(inside) < 10_000:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.window() is window:
            owner = widget.parentWidget()
            while owner is not None and id(owner) not in position and owner is not window:
                owner = owner.parentWidget()
            if owner is not None and id(owner) in position:
                inside.append((position[id(owner)], len(inside), widget))
            else:
                rest.append(widget)
        widget = widget.nextInFocusChain()
    at = rest.index(transcript) + 1 if transcript in rest else len(rest)
    return rest[:at] + [control for *_, control in sorted(inside, key=lambda item: item[:2])] + rest[at:]


def move_focus(order: list[QWidget], forward: bool) -> bool:
    """Focus the next (or previous) visible, enabled control of `order`; False if the focus is not in it."""
    current = QApplication.focusWidget()
    if current not in order:
        return False
    start, step = order.index(current), 1 if forward else -1
    reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
    for offset in range(1, len(order) + 1):
        widget = order[(start + step * offset) % len(order)]
        if widget.isVisible() and widget.isEnabled():
            widget.setFocus(reason)
            return True
    return False
