"""The baseline: bare llama-cpp-python, streaming the same prompt with the same settings and seed.

The baseline's `Llama` is driven from the same thread as the app's model (its runner's):
llama.cpp's OpenMP team belongs to the thread that calls it, and two teams in one process on
two cores starve each other (measured: both run at 55-70% of their speed once both exist).
One thread for both means the comparison measures what Hearth adds — the runtime, Qt,
signals, rendering, storage — and nothing else. The benchmark is the one place outside the
llama backend that imports llama_cpp: the baseline is bare llama-cpp-python by definition.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from llama_cpp import Llama

from desktop.core.chat_settings import ChatSettings
from desktop.core.runtime.runner import ModelRunner


class BareLlama:
    def __init__(self, path: str, context_length: int, threads: int, runner: ModelRunner) -> None:
        self._runner = runner
        self.llm, self.load_s = self._on_thread(self._load, path, context_length, threads)

    def _on_thread(self, call: Callable[..., Any], *args: Any) -> Any:
        return self._runner.call(lambda _backend: call(*args)).result()

    @staticmethod
    def _load(path: str, context_length: int, threads: int) -> tuple[Llama, float]:
        started = time.perf_counter()
        # Flash attention on, as Hearth's context has it (llama.cpp's "auto"; llama-cpp-python's default
        # is off): the comparison is of what Hearth adds, not of two ways to compute attention.
        llm = Llama(
            path, n_ctx=context_length, n_threads=threads, n_threads_batch=threads, flash_attn=True, verbose=False
        )
        return llm, time.perf_counter() - started

    def stream(self, prompt: str, settings: ChatSettings, seed: int) -> tuple[int, float]:
        """Stream a completion; return (tokens, tokens/s from first to last)."""
        result: tuple[int, float] = self._on_thread(self._stream, prompt, settings, seed)
        return result

    def _stream(self, prompt: str, settings: ChatSettings, seed: int) -> tuple[int, float]:
        self.llm.set_seed(seed)
        arrivals = []
        for _chunk in self.llm.create_completion(
            prompt,
            max_tokens=settings.max_tokens,
            temperature=settings.temperature,
            top_p=settings.top_p,
            top_k=settings.top_k,
            min_p=settings.min_p,
            repeat_penalty=settings.repeat_penalty,
            seed=seed,
            stream=True,
        ):
            arrivals.append(time.perf_counter())
        rate = (len(arrivals) - 1) / (arrivals[-1] - arrivals[0]) if len(arrivals) > 1 else 0.0
        return len(arrivals), rate

    def close(self) -> None:
        self._on_thread(self.llm.close)


class BareEmbedder:
    """Bare llama-cpp-python embeddings, on the same thread as Hearth's embedding model (see above):
    the same file, context, batch and pooling as the llama backend's embedding mode."""

    def __init__(self, path: str, context_length: int, threads: int, pooling: int, runner: ModelRunner) -> None:
        self._runner = runner
        self.llm: Llama = runner.call(lambda _b: self._load(path, context_length, threads, pooling)).result()

    @staticmethod
    def _load(path: str, context_length: int, threads: int, pooling: int) -> Llama:
        return Llama(
            path,
            embedding=True,
            n_ctx=context_length,
            n_batch=context_length,
            n_ubatch=context_length,
            n_threads=threads,
            n_threads_batch=threads,
            pooling_type=pooling,
            flash_attn=True,  # as Hearth's context has it (llama.cpp's "auto"), and the chat baseline above
            verbose=False,
        )

    def embed(self, texts: list[str]) -> list[list[float]]:
        vectors: list[list[float]] = self._runner.call(
            lambda _b: self.llm.embed(texts, normalize=True, truncate=True)
        ).result()
        return vectors

    def close(self) -> None:
        self._runner.call(lambda _b: self.llm.close()).result()
