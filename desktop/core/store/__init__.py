"""Conversations in SQLite: a tree of messages per conversation, searchable, exportable."""

from desktop.core.store.conversations import ConversationStore
from desktop.core.store.db import StoreError, open_database
from desktop.core.store.records import Conversation, ConversationSummary, Message

__all__ = [
    "Conversation",
    "ConversationStore",
    "ConversationSummary",
    "Message",
    "StoreError",
    "open_database",
]
