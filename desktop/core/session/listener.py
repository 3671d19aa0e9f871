"""What a front end hears from a chat session. Every method is optional: the defaults do nothing.

All of it arrives on the session's own thread (the one its `post` carries calls to), in the
order it happened: a front end shows it, and asks the session for nothing while showing it.
"""

from __future__ import annotations

from desktop.core.messages import CitationPart, Part, ToolCallPart, ToolResultPart
from desktop.core.runtime.types import ModelRef
from desktop.core.store.records import Message


class SessionListener:
    def conversation_opened(self) -> None:
        """Another conversation (or branch of it) is shown: everything on screen is replaced."""

    def message_added(self, message: Message) -> None:
        """A message was added below the last one shown."""

    def message_changed(self, message: Message) -> None:
        """A message shown changed (its state, rating, or the reply's end)."""

    def searching_documents(self, message: Message, collections: tuple[str, ...]) -> None:
        """The chat's collections are being searched for this reply's sources (it starts after)."""

    def sources_found(self, message: Message, sources: list[CitationPart]) -> None:
        """The passages this reply was given to cite, numbered as it will cite them (maybe none)."""

    def reply_started(self, message: Message, dropped: int) -> None:
        """The model began this reply; `dropped` history messages were left out to fit the context."""

    def pieces_arrived(self, message: Message, pieces: list[str], text: str) -> None:
        """Text that arrived together (one batch), and the reply's whole text so far."""

    def steps_arrived(self, message: Message, parts: list[Part]) -> None:
        """The reply's thinking or tool calls grew: its parts so far (each round's thinking, text,
        calls and results, in order)."""

    def tool_call_waiting(self, message: Message, call: ToolCallPart, server: str) -> None:
        """The model asks to run a tool: nothing runs until `ChatSession.answer_tool_call` is given
        "once", "always" or "deny" for it. A front end that cannot ask answers "deny"."""

    def tool_call_answered(self, message: Message, call_id: str, decision: str) -> None:
        """The user answered a call ("once", "always" or "deny")."""

    def tool_call_running(self, message: Message, call_id: str) -> None:
        """An allowed call went to its server."""

    def tool_result(self, message: Message, result: ToolResultPart) -> None:
        """A call's result (or why there is none: denied, failed, timed out)."""

    def tool_allowed_always(self, key: str) -> None:
        """The user allowed a tool ("server/tool") for good: a front end that keeps settings saves it."""

    def reply_ended(self, message: Message) -> None:
        """A reply is over (done, stopped, cut off, or failed), as stored."""

    def conversations_changed(self) -> None:
        """The list of conversations changed (a new one, a title, an order)."""

    def context_changed(self, used: int, size: int) -> None:
        """How much of the context the conversation shown fills."""

    def notice(self, text: str) -> None:
        """One line for the user."""

    def busy_changed(self, busy: bool) -> None:
        """A reply of this session's began or ended."""

    def model_changed(self, ref: ModelRef | None) -> None:
        """The model this session chats with (the picker follows)."""
