"""The baseline: bare llama-cpp-python, streaming the same prompt with the same settings and seed.

The baseline's `Llama` is driven from the same thread as the app's model (the model worker):
llama.cpp's OpenMP team belongs to the thread that calls it, and two teams in one process on
two cores starve each other (measured: both run at 55-70% of their speed once both exist).
One thread for both means the comparison measures what Hearth adds — Qt, signals, rendering,
storage — and nothing else.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from llama_cpp import Llama
from PySide6.QtCore import QObject, QTimer

from desktop.core.chat_settings import ChatSettings


class _OnThread:
    """Run calls on the thread a QObject lives in, and wait for their results."""

    def __init__(self, context: QObject) -> None:
        self._context = context

    def submit(self, call: Callable[..., Any], *args: Any) -> Future:
        future: Future = Future()

        def run() -> None:
            try:
                future.set_result(call(*args))
            except BaseException as error:  # handed back to the caller
                future.set_exception(error)

        QTimer.singleShot(0, self._context, run)
        return future


class BareLlama:
    def __init__(self, path: str, context_length: int, threads: int, thread_of: QObject) -> None:
        self._thread = _OnThread(thread_of)
        self.llm, self.load_s = self._thread.submit(self._load, path, context_length, threads).result()

    @staticmethod
    def _load(path: str, context_length: int, threads: int) -> tuple[Llama, float]:
        started = time.perf_counter()
        llm = Llama(path, n_ctx=context_length, n_threads=threads, n_threads_batch=threads, verbose=False)
        return llm, time.perf_counter() - started

    def stream(self, prompt: str, settings: ChatSettings, seed: int) -> tuple[int, float]:
        """Stream a completion; return (tokens, tokens/s from first to last)."""
        return self._thread.submit(self._stream, prompt, settings, seed).result()

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
        self._thread.submit(self.llm.close).result()
