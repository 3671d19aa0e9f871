"""Driving the real main window in tests, as a user would: type and press Enter, wait for the model."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.core.runtime.types import ModelInfo
from desktop.core.store.records import Message
from desktop.ui.app import Session


def press_send(qtbot, session: Session, text: str) -> None:
    """Type `text` into the composer and press Enter; return at once."""
    session.window.composer.set_text(text)
    qtbot.keyClick(session.window.composer.edit, Qt.Key.Key_Return)


def send(qtbot, session: Session, text: str, timeout: int = 60_000) -> Message:
    """Type `text`, press Enter, and return the reply once it has ended."""
    with qtbot.waitSignal(session.window.chat.replyEnded, timeout=timeout) as ended:
        press_send(qtbot, session, text)
    return ended.args[0]


def wait_ready(qtbot, session: Session, timeout: int = 5000) -> None:
    qtbot.waitUntil(lambda: session.engine.state == "ready", timeout=timeout)


def load(qtbot, session: Session, path, timeout: int = 120_000) -> ModelInfo:
    """Start the window on the model at `path` and wait until it has loaded."""
    with qtbot.waitSignal(session.engine.loaded, timeout=timeout) as loaded:
        session.window.start(str(path))
    return loaded.args[0]


def close(session: Session) -> None:
    """Close a session before the end of the test (a restart); the fixture then leaves it alone."""
    session.close()
    session.closed = True  # type: ignore[attr-defined]


def use_settings_dialog(monkeypatch, window, fill, accept: bool = True) -> None:
    """Open Settings as the user does (the window's own open_settings), let `fill(dialog)` set its
    fields as the user would, then press OK (or Cancel)."""
    from desktop.ui.settings_dialog import SettingsDialog

    def exec_(dialog: SettingsDialog) -> int:
        fill(dialog)
        return SettingsDialog.DialogCode.Accepted if accept else SettingsDialog.DialogCode.Rejected

    monkeypatch.setattr(SettingsDialog, "exec", exec_)
    window.open_settings()
