"""The tool-round figure measures real rounds: the starter model's call reaches the real MCP server and
the reply goes on with its result, each time (run_tool_bench raises otherwise)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.bench import tool_measures

pytestmark = pytest.mark.e2e


def test_the_tool_round_figure_comes_from_rounds_that_used_the_tool(starter_model: Path, monkeypatch) -> None:
    monkeypatch.setattr(tool_measures, "ROUNDS", 2)
    results = tool_measures.run_tool_bench(str(starter_model))
    assert results["tool_rounds_timed"] == 1  # the first round starts the server: not counted
    assert results["tool_round_overhead_ms"] > 0 and results["tool_call_over_mcp_ms"] > 0
    assert 0.5 < results["tool_round_prompt_reused"] < 1.0  # the system prompt and question came from the cache
