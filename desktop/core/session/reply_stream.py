"""The reply being written: what has arrived (text, thinking, tool-call fragments), its sources,
and what of it is saved; its parts as they will be stored."""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass, field

from desktop.core.messages import ChatMessage, CitationPart, Part, ReasoningPart, TextPart, ToolCallPart, ToolResultPart
from desktop.core.runtime.runner import ReplyJob
from desktop.core.runtime.types import Delta, ReasoningDelta, TextDelta, ToolCallDelta, ToolSpec
from desktop.core.store.records import Message


@dataclass
class ToolCallDraft:
    id: str = ""
    name: str = ""
    arguments: str = ""


@dataclass
class ReplyStream:
    """The reply being written: what has arrived, and what of it is saved.

    A reply that calls tools is written in rounds: the model's thinking, text and calls, then the
    calls' results, then the model again. `done` holds the rounds before this one, as parts; `text`
    is the reply's whole text (every round's), the message's content."""

    job: ReplyJob | None
    message: Message
    text: str = ""
    saved_text: str = ""
    done: list[Part] = field(default_factory=list)
    rounds: int = 0  # rounds of tool calls done
    round_start: int = 0  # where this round's text begins in `text`
    reasoning: str = ""
    reasoning_started: float = 0.0
    reasoning_seconds: float = 0.0
    calls: dict[int, ToolCallDraft] = field(default_factory=dict)
    results: list[ToolResultPart] = field(default_factory=list)  # this round's, as each call is answered
    citations: list[CitationPart] = field(default_factory=list)  # the passages it was given to cite
    saved_parts: list[Part] = field(default_factory=list)
    saved_at: float = field(default_factory=time.monotonic)
    steps_grew: bool = False  # the last `take` added thinking or a tool call
    tools: tuple[ToolSpec, ...] | None = None  # the tools offered (None: not listed yet)
    prompt: list[ChatMessage] = field(default_factory=list)  # what came before the reply, once it uses tools
    stats: dict = field(default_factory=dict)  # the rounds' so far

    def parts(self) -> list[Part]:
        """The reply as parts; [] while it is only text (stored as text alone)."""
        if not self.done and not self.reasoning and not self.calls and not self.results and not self.citations:
            return []
        return [*self.done, *self.round_parts(), *self.citations]

    def round_parts(self) -> list[Part]:
        parts: list[Part] = []
        if self.reasoning:
            seconds = self.reasoning_seconds or (time.monotonic() - self.reasoning_started)
            parts.append(ReasoningPart(self.reasoning, round(seconds, 2)))
        if self.text[self.round_start :]:
            parts.append(TextPart(self.text[self.round_start :]))
        return [*parts, *self.tool_calls(), *self.results]

    def tool_calls(self) -> list[ToolCallPart]:
        return [ToolCallPart(c.id, c.name, c.arguments) for _, c in sorted(self.calls.items()) if c.name]

    def end_round(self) -> None:
        """This round's calls were answered (`results`): it joins `done`, and the next begins."""
        self._end_thinking()
        self.done += self.round_parts()
        self.rounds += 1
        if self.text and not self.text[-1].isspace():  # what it says next is a paragraph of its own
            self.text += "\n\n"
        self.round_start = len(self.text)
        self.reasoning, self.reasoning_started, self.reasoning_seconds = "", 0.0, 0.0
        self.calls, self.results = {}, []

    def _end_thinking(self) -> None:
        if self.reasoning_started and not self.reasoning_seconds:
            self.reasoning_seconds = time.monotonic() - self.reasoning_started

    def _used_ids(self) -> set[str]:
        return {part.id for part in self.done if isinstance(part, ToolCallPart)} | {c.id for c in self.calls.values()}

    def take(self, deltas: list[Delta]) -> list[str]:
        """Add what arrived; returns its text pieces (the reply's text grows by them). `steps_grew` says
        whether its thinking or tool calls did."""
        pieces: list[str] = []
        self.steps_grew = False
        for delta in deltas:
            if isinstance(delta, TextDelta):
                pieces.append(delta.text)
                self._end_thinking()
            elif isinstance(delta, ReasoningDelta):
                self.reasoning_started = self.reasoning_started or time.monotonic()
                self.reasoning += delta.text
                self.steps_grew = True
            elif isinstance(delta, ToolCallDelta):
                self.steps_grew = True
                self._end_thinking()  # its time is the thinking's, not the wait for the user's answer
                call = self.calls.get(delta.index)
                if call is None:
                    # Each call's id is its own in the whole reply: a server that numbers calls from 0 in
                    # every round, or repeats one, must not have a result (or an approval) meet another call.
                    used = self._used_ids()
                    call = self.calls[delta.index] = ToolCallDraft()
                    call.id = delta.id if delta.id and delta.id not in used else f"call_{secrets.token_hex(4)}"
                call.name = call.name or delta.name
                call.arguments += delta.arguments
        if pieces:
            self.text += "".join(pieces)
        return pieces
