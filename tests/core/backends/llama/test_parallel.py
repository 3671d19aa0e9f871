"""Parallel sequences on one llama.cpp context: one decode per step advances every reply."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from desktop.core.backends.llama.backend import LlamaBackend
from desktop.core.chat_settings import ChatSettings
from desktop.core.messages import ChatMessage
from desktop.core.runtime.backend import BackendRegistry
from desktop.core.runtime.handle import ModelHandle
from desktop.core.runtime.host import ModelHost
from desktop.core.runtime.local_loop import LocalLoop
from desktop.core.runtime.types import LoadOptions, ModelRef, ReplyRequest, ReplyResult, TextDelta

LOOSE = {"temperature": 1.5, "min_p": 0.0, "top_k": 0, "max_tokens": 24}


def request(key: str, seed: int, text: str = "the sea", **settings) -> ReplyRequest:
    return ReplyRequest(key, [ChatMessage("user", text)], ChatSettings(**{**LOOSE, "seed": seed, **settings}))


@pytest.fixture
def parallel(tiny_model: Path):
    backend = LlamaBackend(kv_budget_bytes=64 << 20, validate=False, check_memory=False)
    info = backend.load(tiny_model, LoadOptions(context_length=256, parallel=3))
    assert info.context_length == 256 and backend.capabilities.parallel == 3  # each sequence its own 256
    yield backend
    backend.unload()


def test_three_replies_advance_together_one_decode_per_token(parallel: LlamaBackend) -> None:
    results = [ReplyResult() for _ in range(3)]
    seeds = (5, 5, 9)
    runs = [parallel.admit(request(f"c{i}", seed), results[i]) for i, seed in enumerate(seeds)]
    assert parallel.free_sequences == 0
    steps = 0
    while not all(run.done for run in runs):
        parallel.step()
        steps += 1
    assert all(result.tokens == 24 and result.finish == "length" for result in results)
    assert steps <= 26  # the prompt, then a token of each reply per step: not 3 x 24
    # The same prompt and seed in two sequences of one batch: the same reply; another seed differs.
    assert results[0].text == results[1].text != results[2].text
    assert parallel.free_sequences == 3


def test_a_sequence_stopped_mid_reply_leaves_the_others_going(parallel: LlamaBackend) -> None:
    keep, stop = ReplyResult(), ReplyResult()
    stopping = request("b", 2, max_tokens=200)
    runs = [parallel.admit(request("a", 1, max_tokens=30), keep), parallel.admit(stopping, stop)]
    for _ in range(5):
        parallel.step()
    stopping.stop.set()
    while not all(run.done for run in runs):
        parallel.step()
    assert stop.finish == "stopped" and 3 <= stop.tokens < 200
    assert keep.finish == "length" and keep.tokens == 30


def test_each_conversation_keeps_its_own_cache_beside_the_others(parallel: LlamaBackend) -> None:
    first = {key: ReplyResult() for key in ("a", "b")}
    for key, result in first.items():
        list(parallel.stream(request(key, 3, text=f"{key} deep blue salt wind"), result))
    for key, result in first.items():
        history = [
            ChatMessage("user", f"{key} deep blue salt wind"),
            ChatMessage("assistant", result.text),
            ChatMessage("user", "night"),
        ]
        again = ReplyResult()
        list(parallel.stream(ReplyRequest(key, history, ChatSettings(**{**LOOSE, "seed": 3})), again))
        # Both conversations stayed in their sequences: the second turn reads only its new text.
        assert again.cached_tokens >= result.prompt_tokens + result.tokens - 1


def test_more_conversations_than_sequences_are_saved_aside_and_restored(tiny_model: Path) -> None:
    backend = LlamaBackend(kv_budget_bytes=64 << 20, validate=False, check_memory=False)
    backend.load(tiny_model, LoadOptions(context_length=256, parallel=2))
    try:
        results = {key: ReplyResult() for key in ("a", "b", "c")}
        for key, result in results.items():  # the third takes the place of the least recently used
            list(backend.stream(request(key, 1, text=f"{key} sun moon sky " * 3), result))
        assert backend.snapshot_count == 1
        history = [ChatMessage("user", "a sun moon sky " * 3), ChatMessage("assistant", results["a"].text)]
        back = ReplyResult()
        list(backend.stream(ReplyRequest("a", [*history, ChatMessage("user", "wave")], request("a", 1).settings), back))
        assert back.cached_tokens >= results["a"].prompt_tokens
    finally:
        backend.unload()


def test_the_runner_serves_front_ends_at_once_on_a_batching_backend(tiny_model: Path) -> None:
    backend = LlamaBackend(kv_budget_bytes=64 << 20, validate=False, check_memory=False)
    steps = [0]
    step = backend.step

    def counted_step():
        steps[0] += 1
        return step()

    backend.step = counted_step  # type: ignore[method-assign]
    host = ModelHost(BackendRegistry({"gguf": lambda: backend}))
    try:
        loop = LocalLoop()
        handle = ModelHandle(host.runner(), loop.post)
        handle.load(ModelRef.gguf(tiny_model), LoadOptions(context_length=256, parallel=4))
        assert loop.run_until(lambda: handle.state != "loading", 30) and handle.state == "ready"
        texts: dict[int, str] = {}
        ended: list[str] = []

        class Listener:
            def __init__(self, n: int) -> None:
                self.n = n

            def started(self, job) -> None:
                pass

            def deltas(self, job, deltas) -> None:
                texts[self.n] = texts.get(self.n, "") + "".join(d.text for d in deltas if isinstance(d, TextDelta))

            def finished(self, job) -> None:
                ended.append(job.result.finish)

            def failed(self, job, message) -> None:
                ended.append(message)

        gate = threading.Event()
        host.runner().call(lambda _b: gate.wait(30))  # all four are queued before the first begins
        for n in range(4):
            handle.reply(request(f"k{n}", 10 + n), Listener(n))
        gate.set()
        assert loop.run_until(lambda: len(ended) == 4, 60)
        assert ended == ["length"] * 4 and len(set(texts.values())) > 1
        assert steps[0] <= 30  # four replies of 24 tokens in about 25 decodes, not 100
    finally:
        assert host.shutdown(10)
