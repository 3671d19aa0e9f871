"""The prompt of a turn: the system prompt, the branch shown, and what hooks add (passages, tool results)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from desktop.core.chat_settings import ChatSettings
from desktop.core.messages import ChatMessage, CitationPart, Part, ReasoningPart, Role, ToolCallPart, ToolResultPart
from desktop.core.store.records import Message

# A hook sees the prompt about to be sent and returns the one to send: retrieved passages put in
# front of the question, say. Hooks run in order, on the session's thread.
PromptHook = Callable[[list[ChatMessage]], list[ChatMessage]]
PROMPT_ROLES: tuple[Role, ...] = ("system", "user", "assistant", "tool")


def chat_messages(message: Message, ended: bool = True) -> list[ChatMessage]:
    """A stored message as the model is given it: one message, or, for a reply that used tools, each
    round as the model saw it (its text and calls, then each call's result as a "tool" message).
    Its thinking is not sent back, nor are the sources it was shown (they are given again if needed),
    nor a call that was never answered (the reply was stopped while it waited): templates and servers
    refuse a call without its result."""
    role: Role = message.role if message.role in PROMPT_ROLES else "user"
    if not message.parts:
        return [ChatMessage(role, message.content)]
    answered = {part.call_id for part in message.parts if isinstance(part, ToolResultPart)}
    kept = [
        part
        for part in message.parts
        if not isinstance(part, ReasoningPart | CitationPart)
        and not (isinstance(part, ToolCallPart) and part.id not in answered)
    ]
    if role != "assistant" or not answered:
        return [ChatMessage.of(role, kept)]
    messages: list[ChatMessage] = []
    said: list[Part] = []
    for part in kept:
        if isinstance(part, ToolResultPart):
            if said:
                messages.append(ChatMessage.of("assistant", said))
                said = []
            messages.append(ChatMessage.of("tool", [part]))
        else:
            said.append(part)
    # A reply that `ended` ends with the assistant's turn, even an empty one (stopped after its tools
    # answered): templates that check turns alternate refuse a history that goes on from a tool's result.
    # One still being written (the next round's prompt) ends with the results: the model goes on there.
    if said or ended:
        messages.append(ChatMessage.of("assistant", said))
    return messages


def has_tool_calls(message: ChatMessage) -> bool:
    return any(isinstance(part, ToolCallPart) for part in message.parts)


def build_prompt(
    settings: ChatSettings, history: Sequence[Message], hooks: Sequence[PromptHook] = ()
) -> list[ChatMessage]:
    system = settings.system_prompt.strip()
    messages = [ChatMessage("system", system)] if system else []
    for message in history:
        if message.role in PROMPT_ROLES:
            messages += chat_messages(message)
    for hook in hooks:
        messages = hook(messages)
    return messages
