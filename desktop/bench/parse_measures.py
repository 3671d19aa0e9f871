"""`python -m desktop.bench --parse [TOK_S]`: what splitting a reply into answer, thinking and tool calls
costs per token, and its share of a token's time at TOK_S tokens a second (no model needed).

The replies are about 1,000 tokens of English fed in token-sized pieces (a word or part of one, a
space, punctuation; a marker such as `<think>` as one piece, as llama.cpp renders an added token).
"""

from __future__ import annotations

import random
import re
import time

from desktop.core.backends.llama.reply_parser import ReplyFormat, ReplyParser

PARSE_TARGETS = {"parse_share_pct": ("<=", 2.0)}
REFERENCE_TOK_S = 200.0  # a small model on a good GPU; slower models make the share smaller
# Qwen3 offered tools: the answer is scanned for <tool_call>, the dearer case for plain text too.
QWEN3_TOOLS = ReplyFormat("<think>", "</think>", tools="hermes")
_PROSE = (
    "the model reads a question and then writes an answer one token at a time while the window shows "
    "each piece as it comes so that a reader sees words appear at the speed of thought with code like "
    'x < y and tags like <b> in it sometimes along with numbers 42 3.14 and punctuation, quotes "yes"; '
    "lists: first, second (third) and so on until the end of the reply arrives"
)
_WORDS = _PROSE.split()
_MARKERS = ("<think>", "</think>", "<tool_call>", "</tool_call>")
_MARKER = re.compile(f"({'|'.join(_MARKERS)})")
_PIECE = re.compile(r" ?[A-Za-z]{1,6}|\d{1,3}|\s+|[^\w\s]{1,2}")


def token_pieces(text: str) -> list[str]:
    """`text` cut into token-sized pieces (1-7 characters), markers kept whole."""
    pieces: list[str] = []
    for part in re.split(_MARKER, text):
        if part in _MARKERS:
            pieces.append(part)
        else:
            pieces.extend(_PIECE.findall(part))
    return pieces


def _prose(rng: random.Random, tokens: int) -> str:
    words: list[str] = []
    while len(token_pieces(" ".join(words))) < tokens:
        words.append(rng.choice(_WORDS))
    return " ".join(words)


def replies(tokens: int = 1000, seed: int = 15) -> dict[str, tuple[ReplyFormat, list[str]]]:
    rng = random.Random(seed)
    plain = _prose(rng, tokens)
    thinking = f"<think>\n{_prose(rng, tokens * 6 // 10)}\n</think>\n\n{_prose(rng, tokens * 4 // 10 - 8)}"
    call = '<tool_call>\n{"name": "get_weather", "arguments": {"city": "Paris", "unit": "celsius"}}\n</tool_call>'
    tool = f"<think>\n{_prose(rng, tokens * 9 // 10)}\n</think>\n\nLet me check the weather.\n{call}"
    return {
        "plain": (QWEN3_TOOLS, token_pieces(plain)),
        "thinking": (QWEN3_TOOLS, token_pieces(thinking)),
        "tool": (QWEN3_TOOLS, token_pieces(tool)),
    }


def _one_pass(fmt: ReplyFormat, pieces: list[str]) -> float:
    parser = ReplyParser(fmt)
    feed = parser.feed
    started = time.perf_counter_ns()
    for piece in pieces:
        feed(piece)
    parser.flush()
    return (time.perf_counter_ns() - started) / 1000 / len(pieces)


def parse_overhead(repeats: int = 100) -> dict[str, float]:
    """µs per token (per feed() call) for plain text, a thinking reply and one ending in a tool call:
    the best of `repeats` passes, as the least disturbed by other work on the machine."""
    result: dict[str, float] = {}
    for name, (fmt, pieces) in replies().items():
        _one_pass(fmt, pieces)  # warm-up
        result[name] = round(min(_one_pass(fmt, pieces) for _ in range(repeats)), 3)
    return result


def parse_share_of_token_time(tokens_per_s: float, overhead: dict[str, float] | None = None) -> float:
    """The dearest case's parsing cost as a percentage of one token's time (1 / tokens_per_s)."""
    costs = overhead or parse_overhead()
    return round(100 * max(costs.values()) / (1e6 / tokens_per_s), 3)


def run_parse_bench(tokens_per_s: float = REFERENCE_TOK_S) -> dict[str, float]:
    costs = parse_overhead()
    results = {f"parse_us_{name}": cost for name, cost in costs.items()}
    results["parse_tok_s"] = tokens_per_s
    results["parse_share_pct"] = parse_share_of_token_time(tokens_per_s, costs)
    return results
