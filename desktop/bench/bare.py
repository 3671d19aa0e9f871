"""The baseline: bare llama-cpp-python, streaming the same prompt with the same settings and seed.

Like the app's model, the baseline's `Llama` lives on a thread of its own (llama.cpp's OpenMP
team then belongs to that thread, as the app's does), so the comparison measures what Hearth
adds — Qt, signals, rendering, storage — and not where the computation runs.
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

from llama_cpp import Llama

from desktop.core.chat_settings import ChatSettings


class BareLlama:
    def __init__(self, path: str, context_length: int, threads: int) -> None:
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="bare-llama")
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
        self._thread.shutdown()
