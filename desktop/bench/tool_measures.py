"""`python -m desktop.bench --tools`: what a tool round costs beyond the tool itself.

The real starter model is made to think and then call `add` by a llama.cpp grammar (it would not by
itself), through the real session, the real engine and a real MCP server over stdio (mcp_calc.py,
written with the SDK's server class), with the tool allowed always so no one has to click. A round
is timed from the last token of the model's call to the next round's prompt reaching the engine:
the session's bookkeeping, the store, the call over MCP and back, and the new prompt built. The
tool's own work (adding two numbers) is nothing, so all of that is overhead. Then the model reads
the result: how much of that round's prompt came from the KV cache is given too (model time itself
is not a tool round's overhead, and under a grammar its first token is dear: not timed here).
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

TOOL_TARGETS = {"tool_round_overhead_ms": ("<=", 50)}
ROUNDS = 7

CALL = (
    'root ::= "<think>" [a-z]{2,8} (" " [a-z]{2,8}){2,5} "</think>\\n<tool_call>\\n" call "\\n</tool_call>"\n'
    'call ::= "{\\"name\\": \\"add\\", \\"arguments\\": {\\"a\\": " [1-9] ", \\"b\\": " [1-9] "}}"\n'
)
ANSWER = 'root ::= "The sum is " [0-9]{1,2} "."\n'


def run_tool_bench(model: str) -> dict[str, Any]:
    from desktop.core.backends.llama.backend import LlamaBackend
    from desktop.core.chat_settings import ChatSettings
    from desktop.core.runtime.backend import BackendRegistry
    from desktop.core.runtime.handle import ModelHandle
    from desktop.core.runtime.host import ModelHost
    from desktop.core.runtime.local_loop import LocalLoop
    from desktop.core.runtime.types import OutputFormat
    from desktop.core.session.chat_session import ChatSession
    from desktop.core.session.listener import SessionListener
    from desktop.core.settings import Settings
    from desktop.core.store import ConversationStore
    from desktop.core.tools.client import ToolServers
    from desktop.core.tools.servers import McpServer, McpServerStore

    marks: dict[str, list[float]] = {"call_written": [], "next_admitted": []}

    class Forced(LlamaBackend):
        """The real backend with a grammar on each round; it notes when each round ends and begins."""

        def admit(self, request, result):  # type: ignore[no-untyped-def]
            answering = request.messages[-1].role == "tool"
            if answering:
                marks["next_admitted"].append(time.perf_counter())
            grammar = ANSWER if answering else CALL
            return super().admit(replace(request, output=OutputFormat("grammar", grammar)), result)

        def step(self):  # type: ignore[no-untyped-def]
            runs = super().step()
            now = time.perf_counter()
            for run in runs:
                if run.done and run.request.messages[-1].role != "tool":
                    marks["call_written"].append(now)
            return runs

    class Heard(SessionListener):
        def __init__(self) -> None:
            self.ended: list[Any] = []
            self.notices: list[str] = []
            self.calls: list[float] = []

        def reply_ended(self, message) -> None:  # type: ignore[no-untyped-def]
            self.ended.append(message)

        def notice(self, text: str) -> None:
            self.notices.append(text)

    with tempfile.TemporaryDirectory(prefix="hearth-bench-tools-") as folder:
        root = Path(folder)
        servers = McpServerStore(root / "tools.json")
        servers.add(McpServer("calc", command=(sys.executable, "-m", "desktop.bench.mcp_calc")))
        tools = ToolServers(servers, log_dir=root)
        store = ConversationStore(root / "hearth.db")
        host = ModelHost(BackendRegistry({"gguf": Forced}))
        loop = LocalLoop()
        heard = Heard()
        settings = Settings(allowed_tools=("calc/add",))
        session = ChatSession(store, ModelHandle(host.runner(), loop.post), lambda: settings, heard, tools=tools)
        try:
            session.use_model(model)
            if not loop.run_until(lambda: session.handle.state == "ready", 300):
                raise RuntimeError("the model did not load")
            rpc: list[float] = []
            reused: list[float] = []
            for n in range(ROUNDS):
                session.new_chat()
                session.draft_settings = ChatSettings(seed=n + 1, max_tokens=80, tools=("calc",))
                count = len(heard.ended)
                session.send("Add two small numbers.")
                if not loop.run_until(lambda count=count: len(heard.ended) > count, 300):
                    raise RuntimeError("a reply did not end")
                reply = heard.ended[-1]
                if reply.stats.get("rounds") != 1:
                    raise RuntimeError(f"the reply did not use its tool: {reply.stats} {heard.notices}")
                reused.append(reply.stats["cached_tokens"] / max(1, reply.stats["prompt_tokens"]))
            # The call's own round trip over MCP, alone: what of the overhead is the protocol.
            for _ in range(ROUNDS):
                started = time.perf_counter()
                outcome = tools.call("calc", "add", {"a": 1, "b": 2}).result(30)
                rpc.append(time.perf_counter() - started)
                if outcome.is_error:
                    raise RuntimeError(outcome.content)
        finally:
            tools.close()
            host.shutdown(10.0)
            store.close()
    # The first round also starts the server and lists its tools (before the model is asked): not a
    # round's cost, so only the rounds after it are counted.
    overheads = [
        (admitted - written) * 1000
        for written, admitted in zip(marks["call_written"][1:], marks["next_admitted"][1:], strict=True)
    ]
    return {
        "model": Path(model).name,
        "tool_rounds_timed": len(overheads),
        "tool_round_overhead_ms": round(statistics.median(overheads), 1),
        "tool_round_overhead_max_ms": round(max(overheads), 1),
        "tool_call_over_mcp_ms": round(statistics.median(rpc) * 1000, 1),
        # Of the prompt that gives the model the result, the share already in the KV cache (the system
        # prompt with the tools, the question): only the call and its result are read.
        "tool_round_prompt_reused": round(statistics.median(reused), 2),
    }


if __name__ == "__main__":  # pragma: no cover - a quick look: python -m desktop.bench.tool_measures MODEL
    print(json.dumps(run_tool_bench(sys.argv[1])))
