"""The prompt of a turn: the system prompt, the branch shown, and what hooks add (passages, tool results)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from desktop.core.chat_settings import ChatSettings
from desktop.core.messages import ChatMessage, ReasoningPart, Role
from desktop.core.store.records import Message

# A hook sees the prompt about to be sent and returns the one to send: retrieved passages put in
# front of the question, say. Hooks run in order, on the session's thread.
PromptHook = Callable[[list[ChatMessage]], list[ChatMessage]]
PROMPT_ROLES: tuple[Role, ...] = ("system", "user", "assistant", "tool")


def chat_message(message: Message) -> ChatMessage:
    """A stored message as the model is given it: its thinking is not sent back."""
    role: Role = message.role if message.role in PROMPT_ROLES else "user"
    if not message.parts:
        return ChatMessage(role, message.content)
    return ChatMessage.of(role, [part for part in message.parts if not isinstance(part, ReasoningPart)])


def build_prompt(
    settings: ChatSettings, history: Sequence[Message], hooks: Sequence[PromptHook] = ()
) -> list[ChatMessage]:
    system = settings.system_prompt.strip()
    messages = [ChatMessage("system", system)] if system else []
    messages += [chat_message(m) for m in history if m.role in PROMPT_ROLES]
    for hook in hooks:
        messages = hook(messages)
    return messages
