"""The conversation sidebar: New chat, search, chats grouped by age, newest first; sections below them."""

from __future__ import annotations

import datetime as dt
import time

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.store.records import ConversationSummary, SearchHit
from desktop.ui.i18n import tr
from desktop.ui.plain import plain

ID_ROLE = Qt.ItemDataRole.UserRole
HIT_ROLE = Qt.ItemDataRole.UserRole + 1


def age_group(timestamp: float, now: float | None = None) -> str:
    today = dt.date.fromtimestamp(now if now is not None else time.time())
    day = dt.date.fromtimestamp(timestamp)
    if day >= today:
        return tr("Today")
    if day == today - dt.timedelta(days=1):
        return tr("Yesterday")
    if day > today - dt.timedelta(days=7):
        return tr("Last 7 days")
    return tr("Older")


class Sidebar(QWidget):
    newChatRequested = Signal()
    conversationChosen = Signal(int, object)  # id, message id of a search hit (or None)
    renameRequested = Signal(int)
    deleteRequested = Signal(int)
    exportRequested = Signal(int, str)  # id, "md" or "json"
    searchChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        # Its background and right border come from the style sheet, which a plain QWidget subclass
        # only paints with this; without it the window showed through, unlike its scroll bar's trough.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        self.new_button = QPushButton(tr("New chat"))
        self.new_button.setObjectName("newChatButton")
        self.new_button.setAccessibleName(tr("New chat"))
        self.new_button.setAccessibleDescription(tr("Starts a new, empty chat."))
        self.new_button.clicked.connect(self.newChatRequested)
        self.search = QLineEdit()
        self.search.setObjectName("searchField")
        self.search.setPlaceholderText(tr("Search chats"))
        self.search.setAccessibleName(tr("Search chats"))
        self.search.setAccessibleDescription(tr("Shows the chats whose title or messages contain these words."))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.searchChanged)
        self.list = QListWidget()
        self.list.setObjectName("conversationList")
        self.list.setAccessibleName(tr("Conversations"))
        self.list.setAccessibleDescription(tr("Your chats, newest first: choose one to open it."))
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.customContextMenuRequested.connect(self._menu)
        self.list.itemActivated.connect(self._chosen)
        self.list.itemClicked.connect(self._chosen)
        layout.addWidget(self.new_button)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        self._selected: int | None = None

    def add_section(self, section: QWidget) -> None:
        """A section below the chats (the Documents), as tall as it needs: the chats keep the rest."""
        self.layout().addWidget(section)

    def set_conversations(self, conversations: list[ConversationSummary]) -> None:
        self.list.clear()
        group = None
        for summary in conversations:
            label = age_group(summary.updated)
            if label != group:
                group = label
                header = QListWidgetItem(label)
                header.setFlags(Qt.ItemFlag.NoItemFlags)
                font = header.font()
                font.setBold(True)
                header.setFont(font)
                self.list.addItem(header)
            item = QListWidgetItem(summary.title or tr("New chat"))
            item.setData(ID_ROLE, summary.id)
            item.setToolTip(plain(summary.title))
            self.list.addItem(item)
        self.select(self._selected)

    def set_search_hits(self, hits: list[SearchHit]) -> None:
        self.list.clear()
        if not hits:
            empty = QListWidgetItem(tr("No chats match"))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        for hit in hits:
            title = hit.title or tr("New chat")
            item = QListWidgetItem(f"{title}\n{hit.snippet}" if hit.snippet else title)  # no snippet: the title matched
            item.setData(ID_ROLE, hit.conversation_id)
            item.setData(HIT_ROLE, hit.message_id)
            item.setToolTip(plain(hit.snippet or hit.title))
            self.list.addItem(item)

    def conversation_ids(self) -> list[int]:
        ids = []
        for row in range(self.list.count()):
            value = self.list.item(row).data(ID_ROLE)
            if value is not None:
                ids.append(int(value))
        return ids

    def select(self, conversation_id: int | None) -> None:
        self._selected = conversation_id
        self.list.blockSignals(True)
        self.list.clearSelection()
        for row in range(self.list.count()):
            item = self.list.item(row)
            if conversation_id is not None and item.data(ID_ROLE) == conversation_id:
                item.setSelected(True)
                self.list.setCurrentItem(item)
                break
        self.list.blockSignals(False)

    def _chosen(self, item: QListWidgetItem) -> None:
        value = item.data(ID_ROLE)
        if value is not None:
            self._selected = int(value)
            self.conversationChosen.emit(int(value), item.data(HIT_ROLE))

    def _menu(self, position: QPoint) -> None:
        item = self.list.itemAt(position)
        if item is None or item.data(ID_ROLE) is None:
            return
        conversation_id = int(item.data(ID_ROLE))
        menu = QMenu(self)
        menu.addAction(tr("Rename…"), lambda: self.renameRequested.emit(conversation_id))
        menu.addAction(tr("Export as Markdown…"), lambda: self.exportRequested.emit(conversation_id, "md"))
        menu.addAction(tr("Export as JSON…"), lambda: self.exportRequested.emit(conversation_id, "json"))
        menu.addSeparator()
        menu.addAction(tr("Delete"), lambda: self.deleteRequested.emit(conversation_id))
        menu.exec(self.list.viewport().mapToGlobal(position))
