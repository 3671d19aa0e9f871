"""What the sidebar does to conversations: list, search, rename, delete with undo."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog

from desktop.core.store import StoreError
from desktop.ui.i18n import tr

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def refresh(window: MainWindow) -> None:
    """The sidebar again: the search hits while a search is typed, else every chat, newest first."""
    text = window.sidebar.search.text()
    try:
        if text.strip():
            window.sidebar.set_search_hits(window.store.search(text))
            return
        window.sidebar.set_conversations(window.store.list(counts=False))
    except StoreError as error:
        window.notify(str(error))
    window.sidebar.select(window.chat.conversation.id if window.chat.conversation else None)


def rename(window: MainWindow, conversation_id: int) -> None:
    conversation = window.store.get(conversation_id)
    if conversation is None:
        return
    title, ok = QInputDialog.getText(window, tr("Rename chat"), tr("Title:"), text=conversation.title)
    if ok and title.strip():
        try:
            window.store.rename(conversation_id, title)
        except StoreError as error:
            window.notify(str(error))
        refresh(window)


def delete(window: MainWindow, conversation_id: int) -> None:
    """Into the trash, with Undo in the status bar; emptied at the next start."""
    try:
        window.store.delete(conversation_id)
    except StoreError as error:
        window.notify(str(error))
        return
    window.chat.forget_conversation(conversation_id)
    window.deleted.append(conversation_id)
    if window.chat.conversation is not None and window.chat.conversation.id == conversation_id:
        window.new_chat()
    refresh(window)
    window.status.show_undo(tr("Chat deleted."))


def undo_delete(window: MainWindow) -> None:
    if window.deleted:
        conversation_id = window.deleted.pop()
        try:
            window.store.restore(conversation_id)
        except StoreError as error:
            window.notify(str(error))
        refresh(window)
    window.status.hide_undo()
