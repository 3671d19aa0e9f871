"""A sampler chain per sequence, built from a chat's settings (and a grammar, for structured output).

The order is llama-cpp-python's own (penalties, grammar, top-k, typical, top-p, min-p,
temperature, then the seeded draw), so replies keep the character they had when Hearth drove
`Llama.generate`. Each sequence has its own chain: its own seed, penalties and grammar state.

The repeat penalty is applied here, to the few logits it changes, rather than by llama.cpp's
penalties sampler: that one looks every token of the vocabulary up in its table of recent tokens
(49,152 lookups a token for SmolLM2, about a tenth of a small model's decode time) to change at
most 64 of them. The arithmetic is the sampler's own, in single precision, so the tokens drawn
are the same (tests/core/backends/llama/test_sampling.py compares the two).
"""

from __future__ import annotations

import ctypes
from collections import deque

import llama_cpp.llama_cpp as lib

from desktop.core.chat_settings import ChatSettings
from desktop.core.runtime.types import EngineError

PENALTY_LAST_N = 64  # llama-cpp-python's default window for the repeat penalty


class Sampler:
    """A llama.cpp sampler chain; freed with `close()` (or when the sequence ends)."""

    def __init__(self, vocab: lib.llama_vocab_p, settings: ChatSettings, seed: int, grammar: str = "") -> None:
        params = lib.llama_sampler_chain_default_params()
        self._chain: lib.llama_sampler_p | None = lib.llama_sampler_chain_init(params)
        add = self._add
        # The penalty as llama.cpp holds it, a float: float32 arithmetic done in double and rounded
        # back gives the float32 result exactly, for a product or a quotient.
        self._penalty = ctypes.c_float(settings.repeat_penalty).value
        self._recent: deque[int] = deque(maxlen=PENALTY_LAST_N)  # the tokens drawn, as the sampler's ring
        self._counts: dict[int, int] = {}
        if grammar:
            sampler = lib.llama_sampler_init_grammar(vocab, grammar.encode("utf-8"), b"root")
            if not sampler:
                self.close()
                raise EngineError("the response format could not be turned into a grammar")
            add(sampler)
        if settings.temperature == 0.0:
            add(lib.llama_sampler_init_greedy())
        else:
            add(lib.llama_sampler_init_top_k(settings.top_k))
            add(lib.llama_sampler_init_typical(1.0, 1))
            add(lib.llama_sampler_init_top_p(settings.top_p, 1))
            add(lib.llama_sampler_init_min_p(settings.min_p, 1))
            add(lib.llama_sampler_init_temp(settings.temperature))
            add(lib.llama_sampler_init_dist(seed & 0xFFFFFFFF))

    def _add(self, sampler: lib.llama_sampler_p) -> None:
        lib.llama_sampler_chain_add(self._chain, sampler)  # the chain owns it from now on

    def sample(self, ctx: lib.llama_context_p, index: int) -> int:
        """The next token from the logits at `index` of the last batch (and accepted by the chain)."""
        if self._counts and self._penalty != 1.0:
            self._penalise(lib.llama_get_logits_ith(ctx, index))
        token = int(lib.llama_sampler_sample(self._chain, ctx, index))
        self._accept(token)
        return token

    def _penalise(self, logits: ctypes.Array[ctypes.c_float]) -> None:
        """llama.cpp's repeat penalty (no frequency or presence terms) on the recent tokens' logits."""
        penalty = self._penalty
        for token in self._counts:
            logit = logits[token]
            logits[token] = logit * penalty if logit <= 0 else logit / penalty

    def _accept(self, token: int) -> None:
        recent, counts = self._recent, self._counts
        if len(recent) == recent.maxlen:
            oldest = recent[0]
            counts[oldest] -= 1
            if not counts[oldest]:
                del counts[oldest]
        recent.append(token)
        counts[token] = counts.get(token, 0) + 1

    def close(self) -> None:
        if self._chain is not None:
            lib.llama_sampler_free(self._chain)
            self._chain = None
