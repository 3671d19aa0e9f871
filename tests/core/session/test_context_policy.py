"""The overflow policies: stop and say so, drop the oldest turns, or keep a rolling window."""

from __future__ import annotations

import pytest

from desktop.core.messages import ChatMessage
from desktop.core.runtime.types import ContextFullError
from desktop.core.session.context_policy import PromptStarts, fit_to_context, reply_reserve

SYSTEM = [ChatMessage("system", "sys")]  # 10 tokens in this count


def count(messages: list[ChatMessage]) -> int:
    return sum(10 if m.role == "system" else len(m.content) for m in messages)


def count_texts(texts: list[str]) -> list[int]:
    return [len(text) for text in texts]


def turns(n: int, size: int = 20) -> list[ChatMessage]:
    history = []
    for _i in range(n):
        history += [ChatMessage("user", "u" * size), ChatMessage("assistant", "a" * size)]
    return [*history, ChatMessage("user", "q" * size)]


def test_everything_is_sent_while_it_fits() -> None:
    history = turns(3)
    fitted = fit_to_context(count, count_texts, SYSTEM, history, context_size=1000, reserve=100, policy="stop")
    assert fitted.messages == SYSTEM + history and fitted.dropped == 0 and fitted.tokens == 10 + 7 * 20


def test_stop_refuses_with_the_numbers() -> None:
    with pytest.raises(ContextFullError) as error:
        fit_to_context(count, count_texts, SYSTEM, turns(10), context_size=300, reserve=50, policy="stop")
    assert (error.value.used, error.value.size, error.value.needed) == (430, 300, 480)
    assert "300" in str(error.value)


def test_drop_oldest_leaves_out_just_enough_whole_turns_and_keeps_the_system_prompt() -> None:
    history = turns(10)  # 21 messages of 20 tokens, 430 with the system prompt
    fitted = fit_to_context(count, count_texts, SYSTEM, history, context_size=300, reserve=50, policy="drop_oldest")
    assert fitted.messages[0] == SYSTEM[0]
    assert fitted.messages[1].role == "user"  # whole turns go, never half of one
    assert fitted.tokens <= 250 and fitted.tokens + 40 > 250  # no more dropped than needed
    assert fitted.messages[-1] == history[-1] and fitted.dropped == 10


def test_rolling_window_drops_down_to_half_so_later_turns_reuse_the_cache() -> None:
    history = turns(10)
    fitted = fit_to_context(count, count_texts, SYSTEM, history, context_size=300, reserve=50, policy="rolling")
    assert fitted.tokens <= 150 and fitted.messages[1].role == "user"
    # The next turn starts where this one did: the same prefix, so the KV cache is reused.
    longer = [*history, ChatMessage("assistant", "a" * 20), ChatMessage("user", "q" * 20)]
    again = fit_to_context(count, count_texts, SYSTEM, longer, 300, 50, "rolling", start=fitted.dropped)
    assert again.dropped == fitted.dropped


def test_a_single_message_too_big_for_the_context_is_refused_under_any_policy() -> None:
    history = [ChatMessage("user", "x" * 500)]
    for policy in ("stop", "drop_oldest", "rolling"):
        with pytest.raises(ContextFullError):
            fit_to_context(count, count_texts, SYSTEM, history, context_size=300, reserve=50, policy=policy)


def test_reply_reserve_is_capped_at_a_quarter_of_the_context() -> None:
    assert reply_reserve(1024, 4096) == 1024
    assert reply_reserve(4096, 4096) == 1024
    assert reply_reserve(100, 4096) == 100


def test_a_remembered_start_is_forgotten_when_the_history_before_it_changes() -> None:
    history = turns(10)
    fitted = fit_to_context(count, count_texts, SYSTEM, history, context_size=300, reserve=50, policy="rolling")
    starts = PromptStarts()
    starts.set("chat", history, fitted.dropped)
    assert fitted.dropped > 2
    longer = [*history, ChatMessage("assistant", "a" * 20), ChatMessage("user", "q" * 20)]
    assert starts.get("chat", longer) == fitted.dropped  # the same conversation, one turn on
    # An edit of the second message starts another branch: short, and all of it fits again.
    edited = [history[0], history[1], ChatMessage("user", "edited")]
    start = starts.get("chat", edited)
    assert start == 0
    assert fit_to_context(count, count_texts, SYSTEM, edited, 300, 50, "rolling", start).dropped == 0
    # A branch as long as the old one but different early on is not cut where the old one was.
    other = [ChatMessage("user", "x" * 20), *history[1:]]
    assert starts.get("chat", other) == 0
    starts.forget("chat")
    assert starts.get("chat", longer) == 0


class CountingBackend:
    """Counts like `count`, and tallies the calls: each is a round trip against a remote server."""

    context_size = 300

    def __init__(self) -> None:
        self.prompts = 0
        self.texts: list[str] = []

    def count_tokens(self, messages: list[ChatMessage], key: str | None = None) -> int:
        self.prompts += 1
        return count(messages) + 3 * len(messages)  # a template adds a little to each message

    def count_texts(self, texts: list[str]) -> list[int]:
        self.texts += texts
        return count_texts(texts)


def test_fitting_a_long_chat_counts_the_whole_prompt_a_few_times_not_once_per_turn() -> None:
    from desktop.core.chat_settings import ChatSettings
    from desktop.core.runtime.types import ReplyRequest
    from desktop.core.session.context_policy import ContextFitter

    backend = CountingBackend()
    fitter = ContextFitter()
    history = turns(60, size=4)  # 121 messages: the old way counted the prompt for each of 60 turns
    request = ReplyRequest("chat", SYSTEM + history, ChatSettings(max_tokens=50, overflow="drop_oldest"))
    plan = fitter.fit(backend, request)
    # The same answer as walking every turn: the first start whose prompt fits in 250 tokens.
    best = next(b for b in range(0, len(history), 2) if backend.count_tokens(SYSTEM + history[b:]) <= 250)
    assert plan.dropped == best and plan.tokens <= 250
    backend.prompts = 0
    fitter = ContextFitter()
    fitter.fit(backend, request)
    assert backend.prompts <= 4
    counted = len(backend.texts)
    # A turn later, each message already counted is not counted again.
    longer = [*history, ChatMessage("assistant", "aaaa"), ChatMessage("user", "qqqq")]
    fitter.fit(backend, ReplyRequest("chat", SYSTEM + longer, request.settings))
    assert len(backend.texts) - counted <= 2


def test_the_tools_offered_are_given_room_in_the_context() -> None:
    from desktop.core.chat_settings import ChatSettings
    from desktop.core.runtime.types import ReplyRequest, ToolSpec
    from desktop.core.session.context_policy import TOOLS_PREAMBLE_TOKENS, ContextFitter

    class Counter:
        context_size = 600

        def count_tokens(self, messages, key=None) -> int:
            return count(messages)

        def count_texts(self, texts) -> list[int]:
            return count_texts(texts)

    settings = ChatSettings(max_tokens=100, overflow="drop_oldest")
    request = ReplyRequest("k", SYSTEM + turns(10), settings)  # 430 tokens: fits with 100 kept for the reply
    assert ContextFitter().fit(Counter(), request).dropped == 0
    tool = ToolSpec("search", "Searches the files." * 4, '{"type": "object"}', "files")
    with_tools = ReplyRequest("k", SYSTEM + turns(10), settings, tools=(tool,))
    plan = ContextFitter().fit(Counter(), with_tools)
    listed = len(f"{tool.name} {tool.description} {tool.parameters}")
    assert plan.dropped > 0 and plan.tokens <= 600 - 100 - listed - TOOLS_PREAMBLE_TOKENS
