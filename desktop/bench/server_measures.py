"""`python -m desktop.bench --server`: the local server's figures, through the real window and the openai client.

The window runs with its server on (4 sequences), so every figure is what a user with the app
open gets: HTTP against the window, one client against four, many clients at once, the window's
event loop while clients stream, and the idle cost. With the native tools of the same vendored
llama.cpp (`--llama-bench`, `--llama-server`), their own figures are measured beside ours.
"""

from __future__ import annotations

import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from desktop.bench.harness import WindowHarness, spin
from desktop.bench.measures import LONG_PROMPT, SEED, idle_cpu
from desktop.core.chat_settings import ChatSettings

PARALLEL = 4
SYSTEM = "You are a helpful assistant."


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Stream:
    started: float = 0.0  # time.monotonic() in the client's process, as the arrivals
    arrivals: list[float] = field(default_factory=list)  # of chunks: one may carry several tokens
    tokens: int = 0  # as the usage says
    error: str = ""

    @property
    def ttft_s(self) -> float:
        return self.arrivals[0] - self.started if self.arrivals else 0.0

    @property
    def tokens_per_s(self) -> float:
        """From the first chunk to the last: every token but those of the first chunk (about one). A server
        that sends no usage (llama-cpp-python's) is counted a token a chunk."""
        span = self.arrivals[-1] - self.arrivals[0] if len(self.arrivals) > 1 else 0.0
        tokens = self.tokens or len(self.arrivals)
        return (tokens - 1) / span if span > 0 else 0.0


def start_clients(
    base_url: str, seeds: list[int], max_tokens: int, prompt: str, model: str = "", extra: dict | None = None
) -> list[subprocess.Popen]:
    """Client processes, each ready to send its request (the openai client imported)."""
    processes = []
    for seed in seeds:
        argv = [base_url, str(seed), str(max_tokens), prompt, model, json.dumps(extra or {})]
        process = subprocess.Popen(
            [sys.executable, "-m", "desktop.bench.stream_client", *argv],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert process.stdout is not None
        if process.stdout.readline().strip() != "ready":
            raise RuntimeError("a benchmark client did not start")
        processes.append(process)
    return processes


def finish_clients(processes: list[subprocess.Popen]) -> list[Stream]:
    for process in processes:  # all at once
        assert process.stdin is not None
        process.stdin.write("go\n")
        process.stdin.flush()
    streams = []
    for process in processes:
        out, _ = process.communicate(timeout=600)
        raw = json.loads(out.strip().splitlines()[-1])
        streams.append(Stream(raw["started"], raw["arrivals"], raw.get("tokens", 0), raw["error"]))
    return streams


def stream_once(base_url: str, seed: int, max_tokens: int, prompt: str = LONG_PROMPT) -> Stream:
    """One streamed chat completion from a client process of its own; a chunk is a token."""
    return finish_clients(start_clients(base_url, [seed], max_tokens, prompt))[0]


def in_background(work, *args):  # type: ignore[no-untyped-def]
    """Run `work` on a thread while the window's event loop turns; return its result."""
    box: list = []
    thread = threading.Thread(target=lambda: box.append(work(*args)))
    thread.start()
    while thread.is_alive():
        spin(0.01)
    return box[0]


def concurrent(base_url: str, clients: int, max_tokens: int) -> dict[str, float]:
    processes = start_clients(base_url, [SEED + n for n in range(clients)], max_tokens, LONG_PROMPT)
    streams = finish_clients(processes)
    failed = [s.error for s in streams if s.error]
    if failed:
        raise RuntimeError(f"{len(failed)} streams failed: {failed[0]}")
    first = min(s.arrivals[0] for s in streams)
    last = max(s.arrivals[-1] for s in streams)
    tokens = sum(s.tokens for s in streams)
    return {"aggregate_tok_s": tokens / (last - first) if last > first else 0.0}


def http_against_window(harness: WindowHarness, base_url: str, rounds: int = 4) -> dict[str, float]:
    """The same reply (prompt, seed, length) in the window and over HTTP, alternately."""
    window_rates, http_rates, window_ttft, http_ttft = [], [], [], []
    for index in range(rounds + 1):
        # A prompt of its own each round, for both: neither finds it in a cache.
        prompt = f"{LONG_PROMPT} (take {index})"
        harness.window.new_chat()
        harness.window.chat.set_chat_settings(
            ChatSettings(max_tokens=160, seed=SEED, system_prompt=SYSTEM, repeat_penalty=1.0, temperature=0.7)
        )
        reply = harness.send(prompt)
        client = start_clients(base_url, [SEED], 160, prompt.replace("take", "http take"))
        http = in_background(finish_clients, client)[0]
        if index == 0:
            continue  # warm-up
        window_rates.append(reply.tokens_per_s)
        window_ttft.append(reply.ttft_s)
        http_rates.append(http.tokens_per_s)
        http_ttft.append(http.ttft_s)
    return {
        "http_tok_s": round(statistics.median(http_rates), 1),
        "window_tok_s": round(statistics.median(window_rates), 1),
        "http_over_window": round(statistics.median(http_rates) / statistics.median(window_rates), 3),
        "http_added_ttft_ms": round((statistics.median(http_ttft) - statistics.median(window_ttft)) * 1000, 1),
    }


def many_clients(base_url: str, clients: int = 16, each: int = 4) -> dict[str, float]:
    from openai import OpenAI

    def client(n: int) -> int:
        api = OpenAI(base_url=base_url, api_key="none", max_retries=0, timeout=120)
        ok = 0
        for i in range(each):
            reply = api.chat.completions.create(
                model="", messages=[{"role": "user", "content": f"Name a colour ({n}.{i})."}], max_tokens=16
            )
            ok += bool(reply.choices[0].message.content is not None)
        return ok

    started = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        answered = sum(pool.map(client, range(clients)))
    return {
        "requests_answered": answered,
        "requests_sent": clients * each,
        "many_clients_s": time.perf_counter() - started,
    }


def native_tg128(binary: str, model: str, threads: int, repetitions: int = 3) -> float:
    done = subprocess.run(
        [binary, "-m", model, "-t", str(threads), "-p", "0", "-n", "128", "-r", str(repetitions), "-o", "json"],
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    return float(json.loads(done.stdout)[0]["avg_ts"])


def engine_against_native(binary: str, model: str, threads: int, rounds: int = 7) -> dict[str, float]:
    """One sequence of Hearth's decode loop (context 256, sampling included) and llama-bench's tg128, in
    turns: on this 2-core machine the speed drifts by 10% from one minute to the next, so each ratio
    is of two runs a few seconds apart, and the figure is their median."""
    from desktop.core.backends.llama.backend import LlamaBackend
    from desktop.core.messages import ChatMessage
    from desktop.core.runtime.types import LoadOptions, ModelRef, ReplyRequest, ReplyResult

    backend = LlamaBackend(validate=False, check_memory=False)
    backend.load(ModelRef.gguf(model), LoadOptions(context_length=256, threads=threads))
    ratios, engine, native = [], [], []
    try:
        for n in range(rounds):
            result = ReplyResult()
            settings = ChatSettings(max_tokens=128, seed=SEED + n)
            list(backend.stream(ReplyRequest(f"bench-pair-{n}", [ChatMessage("user", LONG_PROMPT)], settings), result))
            engine.append(result.tokens_per_s)
            native.append(native_tg128(binary, model, threads, repetitions=1))
            ratios.append(engine[-1] / native[-1])
    finally:
        backend.unload()
    return {
        "native_tg128_tok_s": round(statistics.median(native), 1),
        "engine_tg128_paired_tok_s": round(statistics.median(engine), 1),
        "engine_over_native_tg128": round(statistics.median(ratios), 3),
    }


def engine_tg128(harness: WindowHarness, model: str, rounds: int = 5) -> dict[str, float]:
    """128 tokens of one sequence through Hearth's decode loop (sampling included), on the model's own
    thread: at the window's context, and at llama-bench's (its tg128 runs in a context of 128 tokens,
    and llama.cpp's attention costs grow with the context allocated, used or not)."""
    from desktop.core.backends.llama.backend import LlamaBackend
    from desktop.core.messages import ChatMessage
    from desktop.core.runtime.types import LoadOptions, ModelRef, ReplyRequest, ReplyResult

    def rate(backend, tag: str) -> float:  # type: ignore[no-untyped-def]
        rates = []
        for n in range(rounds):
            result = ReplyResult()
            settings = ChatSettings(max_tokens=128, seed=SEED + n)
            request = ReplyRequest(f"bench-tg-{tag}-{n}", [ChatMessage("user", LONG_PROMPT)], settings)
            list(backend.stream(request, result))
            rates.append(result.tokens_per_s)
        return statistics.median(rates)

    def small_context(_backend) -> float:  # type: ignore[no-untyped-def]
        small = LlamaBackend(validate=False, check_memory=False)
        small.load(ModelRef.gguf(model), LoadOptions(context_length=256))
        try:
            return rate(small, "small")
        finally:
            small.unload()

    runner = harness.session.engine.runner
    return {
        "engine_tg128_tok_s": round(float(runner.call(lambda backend: rate(backend, "window")).result()), 1),
        "engine_tg128_ctx256_tok_s": round(float(runner.call(small_context).result()), 1),
    }


def llama_server_scaling(binary: str, model: str, threads: int, context: int) -> dict[str, float]:
    """llama.cpp's own server with -np 4 on the same model: 4 clients ÷ 1, by the same measure."""
    port = free_port()
    process = subprocess.Popen(
        [
            binary,
            "-m",
            model,
            "-t",
            str(threads),
            "-np",
            str(PARALLEL),
            "-c",
            str(context * PARALLEL),
            "--port",
            str(port),
            "--host",
            "127.0.0.1",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait_until_up(f"http://127.0.0.1:{port}/health", process)
        url = f"http://127.0.0.1:{port}/v1"
        concurrent(url, 1, 32)  # warm-up
        one = concurrent(url, 1, 128)["aggregate_tok_s"]
        four = concurrent(url, PARALLEL, 128)["aggregate_tok_s"]
    finally:
        process.terminate()
        process.wait(30)
    return {"llama_server_1_tok_s": round(one, 1), "llama_server_4_over_1": round(four / one, 2)}


def _wait_until_up(url: str, process: subprocess.Popen) -> None:
    import httpx

    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("llama-server ended before it was up")
        try:
            if httpx.get(url, timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        threading.Event().wait(0.2)  # a process of its own: polling its health is the only way to know
    raise RuntimeError("llama-server did not come up")


def run_server_bench(model: str, llama_bench: str = "", llama_server: str = "") -> dict:
    from desktop.core.backends.llama.backend import default_threads
    from desktop.core.settings import Settings

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    port = free_port()
    results: dict = {"model": os.path.basename(model), "threads": default_threads(), "parallel": PARALLEL}
    harness = WindowHarness(Settings(server_enabled=True, server_port=port, server_parallel=PARALLEL))
    base_url = f"http://127.0.0.1:{port}/v1"
    try:
        harness.window.server.apply()  # what the window's start does with the server turned on
        harness.load(model)
        if harness.window.server.server is None:
            raise RuntimeError("the window's server did not start")
        results["context_per_sequence"] = harness.session.engine.model.context_length
        results.update(http_against_window(harness, base_url))
        in_background(concurrent, base_url, 1, 32)  # warm-up
        one = in_background(concurrent, base_url, 1, 128)["aggregate_tok_s"]
        harness.heartbeat.start()
        four = in_background(concurrent, base_url, PARALLEL, 128)["aggregate_tok_s"]
        harness.heartbeat.stop()
        results.update(
            {
                "one_client_tok_s": round(one, 1),
                "four_clients_tok_s": round(four, 1),
                "four_over_one": round(four / one, 2),
                "ui_max_stall_4_clients_ms": round(harness.heartbeat.max_stall_ms, 1),
            }
        )
        harness.heartbeat.reset()
        results.update(in_background(many_clients, base_url))
        results.update(engine_tg128(harness, model))
        results.update({f"server_{k}": v for k, v in idle_cpu(harness).items()})
    finally:
        harness.close()
    if llama_bench:
        results.update(engine_against_native(llama_bench, model, results["threads"]))
        results["window_context_over_native_tg128"] = round(
            results["engine_tg128_tok_s"] / results["native_tg128_tok_s"], 3
        )
    if llama_server:
        context = results.get("context_per_sequence", 4096)
        results.update(llama_server_scaling(llama_server, model, results["threads"], context))
    return results


SERVER_TARGETS = {
    "http_over_window": (">=", 0.95),
    "http_added_ttft_ms": ("<=", 15),
    "ui_max_stall_4_clients_ms": ("<=", 30),
    "engine_over_native_tg128": (">=", 0.95),
    "server_idle_cpu_pct": ("<=", 1.0),
}
