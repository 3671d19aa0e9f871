"""The rows of the store as plain data."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from desktop.core.chat_settings import ChatSettings
from desktop.core.messages import Part, TextPart

# done: complete. streaming: being written now. stopped: the user pressed Stop.
# interrupted: the app went down mid-reply. length: cut off by max tokens or the context end.
# error: generation failed (the text says why).
MessageState = Literal["done", "streaming", "stopped", "interrupted", "length", "error"]
MESSAGE_STATES = ("done", "streaming", "stopped", "interrupted", "length", "error")
# How a reply ended (ReplyResult.finish) -> the state its message is stored with.
FINISH_STATES: dict[str, MessageState] = {"stop": "done", "stopped": "stopped", "length": "length", "context": "length"}


@dataclass
class Message:
    id: int
    conversation_id: int
    parent_id: int | None
    role: str
    content: str
    state: str = "done"
    created: float = 0.0
    model: str = ""
    stats: dict[str, Any] = field(default_factory=dict)
    rating: int = 0  # -1 thumbs down, 0 none, 1 thumbs up
    note: str = ""
    # The whole message as parts, when it is more than its text (thinking, tool calls, images,
    # sources); empty for a message that is only text, which `content` then holds alone.
    parts: list[Part] = field(default_factory=list)

    @property
    def all_parts(self) -> list[Part]:
        return list(self.parts) if self.parts else ([TextPart(self.content)] if self.content else [])


@dataclass
class Conversation:
    id: int
    title: str
    model: str
    created: float
    updated: float
    current_leaf: int | None
    settings: ChatSettings
    deleted: float | None = None


@dataclass
class ConversationSummary:
    id: int
    title: str
    model: str
    updated: float
    message_count: int


@dataclass
class SearchHit:
    conversation_id: int
    title: str
    message_id: int | None  # None when the title matched
    snippet: str
    updated: float
