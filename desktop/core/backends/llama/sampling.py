"""A sampler chain per sequence, built from a chat's settings (and a grammar, for structured output).

The order is llama-cpp-python's own (penalties, grammar, top-k, typical, top-p, min-p,
temperature, then the seeded draw), so replies keep the character they had when Hearth drove
`Llama.generate`. Each sequence has its own chain: its own seed, penalties and grammar state.
"""

from __future__ import annotations

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
        n_vocab = lib.llama_vocab_n_tokens(vocab)
        add(lib.llama_sampler_init_penalties(n_vocab, PENALTY_LAST_N, settings.repeat_penalty, 0.0, 0.0))
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
        return int(lib.llama_sampler_sample(self._chain, ctx, index))

    def close(self) -> None:
        if self._chain is not None:
            lib.llama_sampler_free(self._chain)
            self._chain = None
