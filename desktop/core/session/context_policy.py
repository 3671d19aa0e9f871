"""What goes into the prompt when a conversation outgrows the context: the overflow policies.

- stop: refuse, and say how full the context is.
- drop_oldest: leave out just enough of the oldest turns (never the system prompt).
- rolling: when full, leave out the oldest turns until only half the context is used, so
  the next turns append to a stable prefix and reuse the KV cache instead of shifting by
  one turn (and re-evaluating everything) on every message.
Whichever applies, the result says how many messages were left out, so the user sees it.

Counting is a call of the backend, and against a remote server each call is a round trip:
so the whole prompt is counted once, and only when it does not fit are the messages counted
one by one (each text once, then remembered), to estimate where to cut; the cut is then
checked with one more count of the whole prompt.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable

from desktop.core.messages import ChatMessage
from desktop.core.runtime.backend import TokenCounter
from desktop.core.runtime.types import ContextFullError, PromptPlan, ReplyRequest

CountPrompt = Callable[[list[ChatMessage]], int]
CountTexts = Callable[[list[str]], list[int]]


def reply_reserve(max_tokens: int, context_size: int) -> int:
    """Room kept free for the reply: its max length, but never more than a quarter of the context."""
    return max(1, min(max_tokens, context_size // 4))


# What a template writes around the tools it is given (its instructions, the JSON's own punctuation).
TOOLS_PREAMBLE_TOKENS = 128


def fit_to_context(
    count_prompt: CountPrompt,
    count_texts: CountTexts,
    system: list[ChatMessage],
    history: list[ChatMessage],
    context_size: int,
    reserve: int,
    policy: str,
    start: int = 0,
) -> PromptPlan:
    """Choose the history to send. `start` is where the last prompt began (kept when it still fits)."""
    last = _last_turn_start(history)
    start = 0 if policy == "stop" else max(0, min(start, last))
    limit = context_size - reserve

    def measure(begin: int) -> PromptPlan:
        messages = [*system, *history[begin:]]
        return PromptPlan(messages, begin, count_prompt(messages))

    whole = measure(start)
    if whole.tokens <= limit:
        return whole
    if policy == "stop":
        raise ContextFullError(whole.tokens, context_size, whole.tokens + reserve)
    target = limit if policy == "drop_oldest" else min(limit, context_size // 2)
    starts = _turn_starts(history, start, last)
    guess = _estimated_cut(count_texts, system, history, starts, whole, target)
    # The estimate is checked: forward while the prompt is still too long, back while a turn more fits.
    index = starts.index(guess)
    best: PromptPlan | None = None
    while index < len(starts):
        plan = measure(starts[index])
        if plan.tokens <= target:
            best = plan
            break
        index += 1
    while best is not None and index > 0:
        earlier = measure(starts[index - 1])
        if earlier.tokens > target:
            break
        best, index = earlier, index - 1
    if best is not None:
        return best
    final = measure(last)
    if final.tokens <= limit:
        return final
    raise ContextFullError(final.tokens, context_size, final.tokens + reserve)


def _estimated_cut(
    count_texts: CountTexts,
    system: list[ChatMessage],
    history: list[ChatMessage],
    starts: list[int],
    whole: PromptPlan,
    target: int,
) -> int:
    """The first turn start whose prompt is estimated to fit: each message's own tokens, plus an equal
    share of what the template adds (measured on the whole prompt)."""
    sizes = count_texts([m.content for m in [*system, *history]])
    system_size, history_sizes = sum(sizes[: len(system)]), sizes[len(system) :]
    sent = len(system) + len(history) - whole.dropped
    overhead = max(0.0, (whole.tokens - system_size - sum(history_sizes[whole.dropped :])) / max(1, sent))
    for begin in starts:
        estimate = system_size + sum(history_sizes[begin:]) + overhead * (len(system) + len(history) - begin)
        if estimate <= target:
            return begin
    return starts[-1]


def _turn_starts(history: list[ChatMessage], start: int, last: int) -> list[int]:
    """Where the prompt may begin, after `start`: each user message up to the last one (turns start with the user)."""
    found = [i for i in range(start + 1, last + 1) if history[i].role == "user"]
    return found or [last]


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


CACHED_COUNTS = 20_000


class ContextFitter:
    """One chat session's fitting: where each conversation's prompt began, and each text's token
    count, remembered for the model they were counted with. `fit` runs on the backend's thread;
    `forget` may be called from any."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._starts = PromptStarts()
        self._counts: OrderedDict[str, int] = OrderedDict()
        self._counted_for: tuple[str, int] | None = None

    def forget(self, key: str) -> None:
        with self._lock:
            self._starts.forget(key)

    def fit(self, counter: TokenCounter, request: ReplyRequest) -> PromptPlan:
        """`request`'s messages, as its overflow policy lets them into the loaded model's context."""
        model = getattr(counter, "model", None)
        identity = (getattr(model, "path", ""), counter.context_size)
        with self._lock:
            if identity != self._counted_for:  # another model: other tokens, and another cache
                self._counted_for = identity
                self._counts.clear()
                self._starts.clear()
            start = self._starts.get(request.key, request.messages[1:] if _has_system(request) else request.messages)
        messages = request.messages
        system = messages[:1] if _has_system(request) else []
        history = messages[len(system) :]
        size = counter.context_size
        reserve = reply_reserve(request.settings.max_tokens, size)
        if request.tools:  # the tools are in the prompt too (the template lays them out): room is kept for them
            listed = "\n".join(f"{tool.name} {tool.description} {tool.parameters}" for tool in request.tools)
            reserve += sum(self._count_texts(counter, [listed])) + TOOLS_PREAMBLE_TOKENS
        plan = fit_to_context(
            lambda chosen: counter.count_tokens(chosen, request.key),
            lambda texts: self._count_texts(counter, texts),
            system,
            history,
            size,
            reserve,
            request.settings.overflow,
            start,
        )
        with self._lock:
            self._starts.set(request.key, history, plan.dropped)
        return plan

    def _count_texts(self, counter: TokenCounter, texts: list[str]) -> list[int]:
        with self._lock:
            missing = list(dict.fromkeys(t for t in texts if t not in self._counts))
        if missing:
            counted = counter.count_texts(missing)
            with self._lock:
                for text, tokens in zip(missing, counted, strict=True):
                    self._counts[text] = tokens
                while len(self._counts) > CACHED_COUNTS:
                    self._counts.popitem(last=False)
        with self._lock:
            return [self._counts.get(text, 0) for text in texts]


def _has_system(request: ReplyRequest) -> bool:
    return bool(request.messages) and request.messages[0].role == "system"
