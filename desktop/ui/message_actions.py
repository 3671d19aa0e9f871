"""What the buttons on a message do (copy, edit, regenerate, continue, branches, thumbs), and the paste check."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox

from desktop.core.store.records import Message
from desktop.ui.i18n import tr
from desktop.ui.image_viewer import image_parts
from desktop.ui.markdown import SAFE_LINK_SCHEMES
from desktop.ui.plain import plain

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

# Characters per token for the "very long message" warning: an estimate is enough to warn.
CHARS_PER_TOKEN = 3.5


def handle(window: MainWindow, name: str, message_id: int) -> None:
    chat = window.chat
    message = next((m for m in chat.branch if m.id == message_id), None)
    if message is None:
        return
    if name == "copy":
        copy_text(window, message.content)
    elif name == "edit":
        window.composer.begin_edit(message.id, message.content, image_parts(message.parts))  # its images too
    elif name == "regenerate":
        chat.regenerate(message_id)
    elif name == "continue":
        chat.continue_reply(message_id)
    elif name in ("prev", "next"):
        chat.show_sibling(message_id, -1 if name == "prev" else 1)
    elif name in ("up", "down"):
        rate(window, message, 1 if name == "up" else -1)


def rate(window: MainWindow, message: Message, rating: int) -> None:
    """Thumbs up or down with an optional note; the same thumb again takes the rating back."""
    if message.rating == rating:
        window.chat.rate(message.id, 0, "")
        return
    note, ok = QInputDialog.getText(
        window, tr("Feedback"), tr("What was good or bad about this reply? (optional)"), text=message.note
    )
    window.chat.rate(message.id, rating, note if ok else message.note)


def copy_text(window: MainWindow, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    window.status.showMessage(tr("Copied."), 2000)


def copy_last_reply(window: MainWindow) -> None:
    message = next((m for m in reversed(window.chat.branch) if m.role == "assistant"), None)
    if message is not None:
        copy_text(window, message.content)


def confirm_size(window: MainWindow, text: str) -> bool:
    """A paste that would fill half the context or more is sent only once the user agrees."""
    size = window.engine.model.context_length if window.engine.model else 0
    estimate = int(len(text) / CHARS_PER_TOKEN)
    if not size or estimate < size // 2:
        return True
    answer = QMessageBox.warning(
        window,
        tr("A very long message"),
        tr(
            "This message is about {estimate} tokens; the model's context holds {size}. "
            "Older turns will be left out, or it may not fit at all. Send it anyway?"
        ).format(estimate=f"{estimate:,}", size=f"{size:,}"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def open_link(window: MainWindow, url: QUrl) -> None:
    """Open a link from a reply only if it is web or mail, and only once the user saw it."""
    # Fully encoded: a look-alike host shows as the punycode the browser will resolve
    # (xn--pple-43d.com, not "аpple.com"), and no character of the address can start a tag.
    address = url.toString(QUrl.ComponentFormattingOption.FullyEncoded)
    if url.scheme().lower() not in SAFE_LINK_SCHEMES:
        window.notify(tr("Not opened: {address} (only web and mail links open)").format(address=address[:200]))
        return
    answer = QMessageBox.question(
        window,
        tr("Open link"),
        plain(tr("Open this address in your browser?\n\n{address}").format(address=address[:2000])),
    )
    if answer == QMessageBox.StandardButton.Yes:
        QDesktopServices.openUrl(url)
