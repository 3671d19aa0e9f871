"""A LoRA adapter at run time: what it costs a reply's tokens per second, and what turning it on or off costs.

Through the real llama.cpp backend on the base model loaded once (the app's path: each reply's adapter
set on the context only when it differs from the last one's):
- `adapter_tok_s_ratio`: greedy decoding's tokens per second with the adapter over without, for
  replies of a few hundred tokens, base and adapter in turn (either first, by turns); each reply's
  speed is its median step's, and the figure the median of the rounds' ratios.
- `adapter_switch_ms`: what a switch adds to a reply's first step. Two chats are kept in their own
  sequences, one with the adapter and one without, each prompt fully cached, so a one-token request
  is a one-token decode; a request that changes the context's adapters (on, or off) is timed from
  the request to its token, against the same request right after without a change. Median and max.
- `adapter_first_use_ms`: checking a new adapter's header and reading it onto the model (the
  validation child, run once per file and remembered, is not in it).
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ADAPTER_TARGETS = {
    "adapter_tok_s_ratio": (">=", 0.9),
    "adapter_switch_ms": ("<=", 50),
    "adapter_switch_max_ms": ("<=", 50),
}
STORY = "Write a long story about a lighthouse keeper and the sea, in many paragraphs."


@contextmanager
def _scratch_data_dir() -> Iterator[None]:
    """Verdicts and file hashes go to a temporary folder, not the user's."""
    before = os.environ.get("HEARTH_DATA_DIR")
    with tempfile.TemporaryDirectory(prefix="hearth-bench-adapters-") as folder:
        os.environ["HEARTH_DATA_DIR"] = folder
        try:
            yield
        finally:
            if before is None:
                os.environ.pop("HEARTH_DATA_DIR", None)
            else:
                os.environ["HEARTH_DATA_DIR"] = before


def adapter_figures(
    model_path: str | Path, adapter_path: str | Path, threads: int = 0, tokens: int = 256, rounds: int = 6
) -> dict[str, Any]:
    with _scratch_data_dir():
        return _figures(Path(model_path), Path(adapter_path), threads, tokens, rounds)


def _figures(model: Path, adapter: Path, threads: int, tokens: int, rounds: int) -> dict[str, Any]:
    from desktop.core.backends.llama.backend import LlamaBackend
    from desktop.core.runtime.types import LoadOptions

    backend = LlamaBackend(kv_budget_bytes=256 << 20, validate=False, check_memory=False)
    backend.load(model, LoadOptions(context_length=2048, threads=threads, parallel=2))
    try:
        started = time.perf_counter()
        backend.check_adapter(adapter)
        first_use_ms = (time.perf_counter() - started) * 1000
        figures: dict[str, Any] = {"adapter_first_use_ms": round(first_use_ms, 1)}
        figures.update(_throughput(backend, str(adapter), tokens, rounds))
        figures.update(_switches(backend, str(adapter)))
        return figures
    finally:
        backend.unload()


def _request(key: str, adapter: str, max_tokens: int, text: str = STORY) -> Any:
    from desktop.core.chat_settings import ChatSettings
    from desktop.core.messages import ChatMessage
    from desktop.core.runtime.types import ReplyRequest

    settings = ChatSettings(temperature=0.0, seed=1, max_tokens=max_tokens, adapter=adapter)
    return ReplyRequest(key, [ChatMessage("user", text)], settings)


def _decode(backend: Any, key: str, adapter: str, tokens: int) -> tuple[float, int]:
    """Greedy decoding's tokens per second for one reply (its median step: a busy machine's stalls do
    not count), and how many tokens it made."""
    from desktop.core.runtime.types import ReplyResult

    result = ReplyResult()
    run = backend.admit(_request(key, adapter, tokens), result)
    steps: list[float] = []
    while not run.done:
        started = time.perf_counter()
        backend.step()
        if result.tokens > 1:  # after the prompt's step: one token a step
            steps.append(time.perf_counter() - started)
    backend.drop_cache(key)
    return (1 / statistics.median(steps) if steps else 0.0), result.tokens


def _throughput(backend: Any, adapter: str, tokens: int, rounds: int) -> dict[str, Any]:
    speeds: dict[str, list[float]] = {"base": [], "adapter": []}
    counts: list[int] = []
    _decode(backend, "warm-up", adapter, 16)
    ratios: list[float] = []
    for index in range(rounds):
        pair = [("base", ""), ("adapter", adapter)]
        for name, use in pair if index % 2 == 0 else reversed(pair):  # either first in turn: a drift cancels out
            speed, made = _decode(backend, f"{name}-{index}", use, tokens)
            speeds[name].append(speed)
            counts.append(made)
        if speeds["base"][-1] > 0:
            ratios.append(speeds["adapter"][-1] / speeds["base"][-1])
    return {
        "adapter_tok_s_ratio": round(statistics.median(ratios), 3) if ratios else 0.0,
        "adapter_base_tok_s": round(statistics.median(speeds["base"]), 1),
        "adapter_tok_s": round(statistics.median(speeds["adapter"]), 1),
        "adapter_reply_tokens": round(statistics.median(counts)),
    }


def _switches(backend: Any, adapter: str, samples: int = 9) -> dict[str, Any]:
    from desktop.core.runtime.types import ReplyResult

    def one_token(key: str, use: str) -> float:
        """From the request to its first token (a one-token decode: the prompt is cached)."""
        started = time.perf_counter()
        run = backend.admit(_request(key, use, 1, text="Hello."), ReplyResult())
        while not run.done:
            backend.step()
        return (time.perf_counter() - started) * 1000

    one_token("on", adapter)  # each chat in its own sequence, its prompt evaluated once
    one_token("off", "")
    switched: list[float] = []
    extra: list[float] = []
    for _ in range(samples):
        for key, use in (("on", adapter), ("off", "")):
            with_switch = one_token(key, use)  # the other chat ran last: its state is the context's
            without = one_token(key, use)
            switched.append(with_switch)
            extra.append(max(0.0, with_switch - without))
    return {
        "adapter_switch_ms": round(statistics.median(extra), 1),
        "adapter_switch_max_ms": round(max(extra), 1),
        "adapter_switch_request_ms": round(statistics.median(switched), 1),
    }


def run_adapter_bench(model: str, adapter: str, threads: int = 0) -> dict[str, Any]:
    """The figures, with the inputs named (for `python -m desktop.bench --tune`)."""
    figures = adapter_figures(model, adapter, threads)
    return {"adapter": os.path.basename(adapter), **figures}
