"""The reply being written: what has arrived (text, thinking, tool-call fragments), its sources,
and what of it is saved; its parts as they will be stored."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from desktop.core.messages import CitationPart, Part, ReasoningPart, TextPart, ToolCallPart
from desktop.core.runtime.runner import ReplyJob
from desktop.core.runtime.types import Delta, ReasoningDelta, TextDelta, ToolCallDelta
from desktop.core.store.records import Message


@dataclass
class ToolCallDraft:
    id: str = ""
    name: str = ""
    arguments: str = ""


@dataclass
class ReplyStream:
    """The reply being written: what has arrived, and what of it is saved."""

    job: ReplyJob | None
    message: Message
    text: str = ""
    saved_text: str = ""
    reasoning: str = ""
    reasoning_started: float = 0.0
    reasoning_seconds: float = 0.0
    calls: dict[int, ToolCallDraft] = field(default_factory=dict)
    citations: list[CitationPart] = field(default_factory=list)  # the passages it was given to cite
    saved_parts: list[Part] = field(default_factory=list)
    saved_at: float = field(default_factory=time.monotonic)

    def parts(self) -> list[Part]:
        """The reply as parts; [] while it is only text (stored as text alone)."""
        if not self.reasoning and not self.calls and not self.citations:
            return []
        parts: list[Part] = []
        if self.reasoning:
            parts.append(ReasoningPart(self.reasoning, round(self.reasoning_seconds, 2)))
        if self.text:
            parts.append(TextPart(self.text))
        parts += [ToolCallPart(c.id, c.name, c.arguments) for _, c in sorted(self.calls.items())]
        return parts + list(self.citations)

    def take(self, deltas: list[Delta]) -> list[str]:
        """Add what arrived; returns its text pieces (the reply's text grows by them)."""
        pieces: list[str] = []
        for delta in deltas:
            if isinstance(delta, TextDelta):
                pieces.append(delta.text)
                if self.reasoning_started and not self.reasoning_seconds:
                    self.reasoning_seconds = time.monotonic() - self.reasoning_started
            elif isinstance(delta, ReasoningDelta):
                self.reasoning_started = self.reasoning_started or time.monotonic()
                self.reasoning += delta.text
            elif isinstance(delta, ToolCallDelta):
                call = self.calls.setdefault(delta.index, ToolCallDraft())
                call.id, call.name = call.id or delta.id, call.name or delta.name
                call.arguments += delta.arguments
        if pieces:
            self.text += "".join(pieces)
        return pieces
