"""The parsing benchmark feeds the replies it says it does, and reports its figures by `--parse`."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from desktop.bench.parse_measures import parse_overhead, parse_share_of_token_time, replies, token_pieces
from desktop.core.backends.llama.reply_parser import ReplyParser
from desktop.core.runtime.types import ReasoningDelta, TextDelta, ToolCallDelta


def test_the_replies_are_about_1000_token_sized_pieces_and_parse_as_meant() -> None:
    kinds: dict[str, set[type]] = {}
    for name, (fmt, pieces) in replies().items():
        assert 900 <= len(pieces) <= 1000
        assert all(1 <= len(p) <= 12 for p in pieces)
        parser = ReplyParser(fmt)
        deltas = [d for p in pieces for d in parser.feed(p)] + parser.flush()
        kinds[name] = {type(d) for d in deltas}
    assert kinds == {
        "plain": {TextDelta},
        "thinking": {ReasoningDelta, TextDelta},
        "tool": {ReasoningDelta, TextDelta, ToolCallDelta},
    }


def test_markers_are_one_piece() -> None:
    assert token_pieces("a<think>b</think> c") == ["a", "<think>", "b", "</think>", " c"]


def test_the_share_is_the_dearest_cost_over_a_tokens_time() -> None:
    assert parse_share_of_token_time(100, {"plain": 1.0, "thinking": 2.0, "tool": 5.0}) == pytest.approx(0.05)
    costs = parse_overhead(repeats=2)
    assert set(costs) == {"plain", "thinking", "tool"}
    assert all(0 < cost < 1000 for cost in costs.values())


def test_the_parse_flag_needs_no_model() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "desktop.bench", "--parse", "50", "--json", "--model", "no-such-model.gguf"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["parse_tok_s"] == 50
    assert {"parse_us_plain", "parse_us_thinking", "parse_us_tool", "parse_share_pct"} <= set(report)
