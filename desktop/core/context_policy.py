"""What goes into the prompt when a conversation outgrows the context: the overflow policies.

- stop: refuse, and say how full the context is.
- drop_oldest: leave out just enough of the oldest turns (never the system prompt).
- rolling: when full, leave out the oldest turns until only half the context is used, so
  the next turns append to a stable prefix and reuse the KV cache instead of shifting by
  one turn (and re-evaluating everything) on every message.
Whichever applies, the result says how many messages were left out, so the user sees it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from desktop.core.engine.protocol import Engine
from desktop.core.engine.types import ChatMessage, ContextFullError, ReplyRequest


@dataclass(frozen=True)
class FittedPrompt:
    messages: list[ChatMessage]
    dropped: int  # history messages left out, counted from the start of the branch
    tokens: int


def reply_reserve(max_tokens: int, context_size: int) -> int:
    """Room kept free for the reply: its max length, but never more than a quarter of the context."""
    return max(1, min(max_tokens, context_size // 4))


def fit_to_context(
    count_tokens: Callable[[list[ChatMessage]], int],
    system: list[ChatMessage],
    history: list[ChatMessage],
    context_size: int,
    reserve: int,
    policy: str,
    start: int = 0,
) -> FittedPrompt:
    """Choose the history to send. `start` is where the last prompt began (kept when it still fits)."""
    start = 0 if policy == "stop" else max(0, min(start, _last_turn_start(history)))
    limit = context_size - reserve

    def measure(begin: int) -> int:
        return count_tokens([*system, *history[begin:]])

    used = measure(start)
    if used <= limit:
        return FittedPrompt([*system, *history[start:]], start, used)
    if policy == "stop":
        raise ContextFullError(used, context_size, used + reserve)
    target = limit if policy == "drop_oldest" else min(limit, context_size // 2)
    begin = start
    last = _last_turn_start(history)
    while begin < last:
        begin = _next_turn_start(history, begin)
        used = measure(begin)
        if used <= target:
            return FittedPrompt([*system, *history[begin:]], begin, used)
    used = measure(last)
    if used <= limit:
        return FittedPrompt([*system, *history[last:]], last, used)
    raise ContextFullError(used, context_size, used + reserve)


def _next_turn_start(history: list[ChatMessage], index: int) -> int:
    """The index of the next user message after `index` (turns start with the user)."""
    for i in range(index + 1, len(history)):
        if history[i].role == "user":
            return i
    return len(history) - 1


def _last_turn_start(history: list[ChatMessage]) -> int:
    for i in range(len(history) - 1, -1, -1):
        if history[i].role == "user":
            return i
    return max(0, len(history) - 1)


class PromptStarts:
    """Where each conversation's last prompt began, kept only while the history before it is unchanged.

    Starting the next prompt where the last one began keeps its prefix, and so the KV cache. But
    after an edit or a switch to another branch the history is a different one: a start carried
    over would leave out messages that now fit, so it is forgotten.
    """

    def __init__(self) -> None:
        self._by_key: dict[str, tuple[int, int]] = {}  # key: (start, fingerprint of what it leaves out)

    def get(self, key: str, history: list[ChatMessage]) -> int:
        start, fingerprint = self._by_key.get(key, (0, 0))
        if start and (start > len(history) or _fingerprint(history[:start]) != fingerprint):
            return 0
        return start

    def set(self, key: str, history: list[ChatMessage], start: int) -> None:
        self._by_key[key] = (start, _fingerprint(history[:start]))

    def forget(self, key: str) -> None:
        self._by_key.pop(key, None)

    def clear(self) -> None:
        self._by_key.clear()


def _fingerprint(messages: list[ChatMessage]) -> int:
    return hash(tuple((m.role, m.content) for m in messages))


def fit_request(engine: Engine, request: ReplyRequest, starts: PromptStarts) -> tuple[ReplyRequest, FittedPrompt]:
    """`request` with the history its overflow policy lets into the loaded model's context."""
    messages = request.messages
    system = [m for m in messages[:1] if m.role == "system"]
    history = messages[len(system) :]
    size = engine.context_size
    fitted = fit_to_context(
        lambda chosen: engine.count_tokens(chosen, request.key),
        system,
        history,
        size,
        reply_reserve(request.settings.max_tokens, size),
        request.settings.overflow,
        starts.get(request.key, history),
    )
    starts.set(request.key, history, fitted.dropped)
    return replace(request, messages=fitted.messages), fitted
