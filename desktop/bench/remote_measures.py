"""`python -m desktop.bench --remote`: a remote engine through Hearth against the official openai client.

Both stream the same request (prompt, seed, sampling settings) from the same local
`python -m llama_cpp.server` with the model, in turns: the openai client in a process of its
own (as any program would), Hearth through its runtime exactly as the window's chats go (a
runner on its own thread, the remote backend, the reply's deltas told to a listener). The
figures: tokens per second through Hearth over the client's, and the time to first token
Hearth adds.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.bench.measures import LONG_PROMPT, SEED
from desktop.bench.server_measures import SYSTEM, Stream, finish_clients, free_port, start_clients
from desktop.core.chat_settings import ChatSettings
from desktop.core.messages import ChatMessage

if TYPE_CHECKING:
    from desktop.core.runtime.runner import ModelRunner

MAX_TOKENS = 128
ROUNDS = 10


def _llama_cpp_server(model: str, port: int, threads: int) -> subprocess.Popen:
    command = [
        sys.executable, "-m", "llama_cpp.server", "--model", model, "--host", "127.0.0.1", "--port", str(port),
        "--n_ctx", "4096", "--n_threads", str(threads), "--interrupt_requests", "False", "--verbose", "False",
    ]  # fmt: skip
    process = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    assert process.stderr is not None
    for line in process.stderr:  # uvicorn says when it listens
        if "Uvicorn running on" in line:
            threading.Thread(target=lambda: [None for _ in process.stderr or ()], daemon=True).start()
            return process
    raise RuntimeError("llama_cpp.server did not start")


class _Timed:
    """A reply's chunks as they reach Hearth's listener (the runner's thread, before any front end)."""

    def __init__(self) -> None:
        self.stream = Stream()
        self.first_text = threading.Event()
        self.ended = threading.Event()
        self.ended_at = 0.0
        self.finish = ""
        self.error = ""

    def started(self, job: object) -> None:
        pass

    def deltas(self, job: object, deltas: list) -> None:
        from desktop.core.runtime.types import TextDelta, Usage

        now = time.monotonic()
        for delta in deltas:
            if isinstance(delta, TextDelta):
                self.stream.arrivals.append(now)
                self.first_text.set()
            elif isinstance(delta, Usage):
                self.stream.tokens = delta.completion_tokens

    def finished(self, job: object) -> None:
        self.ended_at = time.monotonic()
        self.finish = str(getattr(getattr(job, "result", None), "finish", ""))
        self.ended.set()

    def failed(self, job: object, message: str) -> None:
        self.ended_at = time.monotonic()
        self.error = message
        self.ended.set()


def remote_stop_latency(
    runner: ModelRunner, settings: ChatSettings, rounds: int = 3, prompt_rounds: int = 2
) -> dict[str, float]:
    """From Stop to the reply's end reaching Hearth's listener, through the remote backend on its runner: while
    the server streams (Stop after the first text), and while it reads a long prompt (about 2,000 tokens, new
    each round so that no cache skips it) and has sent nothing yet. The worst of each."""
    from desktop.core.runtime.types import ReplyRequest

    def stop_one(text: str, wait_for_text: bool) -> float:
        timed = _Timed()
        request = ReplyRequest("bench-stop", [ChatMessage("user", text)], replace(settings, max_tokens=2000))
        runner.reply(request, timed)
        if wait_for_text:
            if not timed.first_text.wait(300):
                raise RuntimeError(f"no text came before Stop: {timed.error}")
        else:
            time.sleep(0.3)  # the request is with the server, reading its prompt
        stopped = time.monotonic()
        request.stop.set()
        if not timed.ended.wait(60):
            raise RuntimeError("the reply went on after Stop")
        if timed.error or timed.finish != "stopped":
            raise RuntimeError(f"the reply ended {timed.finish or 'with an error'}, not stopped: {timed.error}")
        return (timed.ended_at - stopped) * 1000

    generating = [stop_one(LONG_PROMPT, True) for _ in range(rounds)]
    filler = "The quick brown fox jumps over the lazy dog. " * 200
    reading = [stop_one(f"({index}) {filler}", False) for index in range(prompt_rounds)]
    return {
        "remote_stop_latency_ms": round(max(generating + reading), 1),
        "remote_stop_generating_ms": round(max(generating), 1) if generating else 0.0,
        "remote_stop_prompt_ms": round(max(reading), 1) if reading else 0.0,
    }


def sse_byte_at_a_time(size: int = 300_000, bound: int = 200_000) -> dict[str, float]:
    """A line that never ends, arriving a byte at a time, read until the reader refuses it at `bound`: the
    cost of a hostile server's drip (a reader that copied the line again at each byte took 30 s)."""
    from desktop.core.backends.remote.sse import SseReader, SseTooLarge

    reader = SseReader(max_bytes=bound)
    started = time.perf_counter()
    try:
        for _ in range(size):
            reader.feed(b"x")
    except SseTooLarge:
        return {"sse_byte_at_a_time_s": round(time.perf_counter() - started, 3)}
    raise RuntimeError(f"a {size:,}-byte line was not refused at {bound:,}")


def run_remote_bench(model: str, rounds: int = ROUNDS) -> dict:
    from desktop.core.backends.llama.backend import default_threads
    from desktop.core.backends.remote.backend import RemoteBackend
    from desktop.core.remotes.endpoints import Endpoint, EndpointStore
    from desktop.core.runtime.backend import BackendRegistry
    from desktop.core.runtime.host import ModelHost
    from desktop.core.runtime.types import LoadOptions, ModelRef, ReplyRequest

    threads = default_threads()
    port = free_port()
    server = _llama_cpp_server(model, port, threads)
    settings = ChatSettings(max_tokens=MAX_TOKENS, seed=SEED, temperature=0.7, system_prompt=SYSTEM)
    extra = {"top_k": settings.top_k, "min_p": settings.min_p, "repeat_penalty": settings.repeat_penalty}
    url = f"http://127.0.0.1:{port}"
    store = EndpointStore(Path(tempfile.mkdtemp(prefix="hearth-bench-")) / "remotes.json")
    store.add(Endpoint("bench", url))
    host = ModelHost(BackendRegistry({"remote": lambda: RemoteBackend(store)}))
    runner = host.runner()
    messages = [ChatMessage("system", SYSTEM), ChatMessage("user", LONG_PROMPT)]

    def through_hearth(max_tokens: int, chat: list[ChatMessage] = messages) -> Stream:
        timed = _Timed()
        request = ReplyRequest("bench", list(chat), ChatSettings(**{**settings.__dict__, "max_tokens": max_tokens}))
        timed.stream.started = time.monotonic()
        runner.reply(request, timed)
        timed.ended.wait(300)
        if timed.error:
            raise RuntimeError(timed.error)
        return timed.stream

    def through_openai(max_tokens: int) -> Stream:
        return finish_clients(start_clients(url + "/v1", [SEED], max_tokens, LONG_PROMPT, model, extra))[0]

    try:
        runner.load(ModelRef("remote", endpoint="bench", model_id=model), LoadOptions())
        through_hearth(8), through_openai(8)  # warm-up: the server's first prompt, each client's first request
        hearth, client = [], []
        for round_ in range(rounds):  # in turns, each first every other round: a noisy moment costs both
            for which in ("hearth", "client") if round_ % 2 == 0 else ("client", "hearth"):
                if which == "client":
                    client.append(through_openai(MAX_TOKENS))
                    continue
                # The client process asks for one token of "Hi" before it is timed (warming itself up),
                # which leaves the server's cache on another prompt: Hearth's turn starts from the same.
                through_hearth(1, [ChatMessage("user", "Hi")])
                hearth.append(through_hearth(MAX_TOKENS))
        failed = [s.error for s in client if s.error]
        if failed:
            raise RuntimeError(f"the openai client failed: {failed[0]}")
        # Last: a long prompt the server was reading when Hearth let go keeps it busy for a while.
        stops = remote_stop_latency(runner, settings)
    finally:
        host.shutdown(5)
        server.terminate()
        server.wait(30)
    if os.environ.get("HEARTH_BENCH_DEBUG"):  # each round, to see the noise
        for h, c in zip(hearth, client, strict=True):
            print(f"hearth {h.ttft_s:.3f} s {h.tokens_per_s:.1f} tok/s · client {c.ttft_s:.3f} s {c.tokens_per_s:.1f}")
    hearth_tok_s = statistics.median(s.tokens_per_s for s in hearth)
    client_tok_s = statistics.median(s.tokens_per_s for s in client)
    hearth_ttft = statistics.median(s.ttft_s for s in hearth)
    client_ttft = statistics.median(s.ttft_s for s in client)
    return {
        "model": os.path.basename(model),
        "server": "python -m llama_cpp.server (n_ctx 4096)",
        "threads": threads,
        "max_tokens": MAX_TOKENS,
        "hearth_tok_s": round(hearth_tok_s, 1),
        "openai_client_tok_s": round(client_tok_s, 1),
        "remote_tok_s_ratio": round(hearth_tok_s / client_tok_s, 3) if client_tok_s else 0.0,
        "hearth_ttft_ms": round(hearth_ttft * 1000, 1),
        "openai_client_ttft_ms": round(client_ttft * 1000, 1),
        "remote_added_ttft_ms": round((hearth_ttft - client_ttft) * 1000, 1),
        **stops,
        **sse_byte_at_a_time(),
    }


REMOTE_TARGETS = {
    "remote_tok_s_ratio": (">=", 0.95),
    "remote_added_ttft_ms": ("<=", 20),
    "remote_stop_latency_ms": ("<=", 250),
    "sse_byte_at_a_time_s": ("<=", 5),
}
