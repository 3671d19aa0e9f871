"""The baseline: bare llama-cpp-python, streaming the same prompt with the same settings and seed."""

from __future__ import annotations

import time

from llama_cpp import Llama

from desktop.core.chat_settings import ChatSettings


class BareLlama:
    def __init__(self, path: str, context_length: int, threads: int) -> None:
        started = time.perf_counter()
        self.llm = Llama(path, n_ctx=context_length, n_threads=threads, n_threads_batch=threads, verbose=False)
        self.load_s = time.perf_counter() - started

    def stream(self, prompt: str, settings: ChatSettings, seed: int) -> tuple[int, float]:
        """Stream a completion; return (tokens, tokens/s from first to last)."""
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
        self.llm.close()


def raw_load_seconds(path: str, context_length: int, threads: int) -> float:
    bare = BareLlama(path, context_length, threads)
    seconds = bare.load_s
    bare.close()
    return seconds
