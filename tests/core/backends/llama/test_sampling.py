"""The repeat penalty Hearth applies itself draws the very tokens llama.cpp's penalties sampler draws."""

from __future__ import annotations

from collections import deque
from pathlib import Path

import llama_cpp.llama_cpp as lib
import pytest

from desktop.core.backends.llama import backend as llama_backend
from desktop.core.backends.llama.backend import LlamaBackend
from desktop.core.backends.llama.sampling import PENALTY_LAST_N, Sampler
from desktop.core.chat_settings import ChatSettings
from desktop.core.messages import ChatMessage
from desktop.core.runtime.types import LoadOptions, ReplyRequest, ReplyResult


class LlamaPenaltySampler(Sampler):
    """The chain as Hearth built it before: llama.cpp's own penalties sampler at its head."""

    def __init__(self, vocab: lib.llama_vocab_p, settings: ChatSettings, seed: int, grammar: str = "") -> None:
        assert not grammar
        self._penalty = 1.0  # Hearth's own penalty off: llama.cpp's does it
        self._recent = deque(maxlen=PENALTY_LAST_N)
        self._counts = {}
        self._chain = lib.llama_sampler_chain_init(lib.llama_sampler_chain_default_params())
        n_vocab = lib.llama_vocab_n_tokens(vocab)
        self._add(lib.llama_sampler_init_penalties(n_vocab, PENALTY_LAST_N, settings.repeat_penalty, 0.0, 0.0))
        self._add(lib.llama_sampler_init_top_k(settings.top_k))
        self._add(lib.llama_sampler_init_typical(1.0, 1))
        self._add(lib.llama_sampler_init_top_p(settings.top_p, 1))
        self._add(lib.llama_sampler_init_min_p(settings.min_p, 1))
        self._add(lib.llama_sampler_init_temp(settings.temperature))
        self._add(lib.llama_sampler_init_dist(seed & 0xFFFFFFFF))


@pytest.fixture
def loaded(tiny_model: Path):
    backend = LlamaBackend(validate=False, check_memory=False)
    backend.load(tiny_model, LoadOptions(context_length=512))
    yield backend
    backend.unload()


def reply(backend: LlamaBackend, key: str, **settings) -> ReplyResult:  # type: ignore[no-untyped-def]
    result = ReplyResult()
    chosen = ChatSettings(**{"temperature": 1.0, "top_k": 0, "min_p": 0.0, "max_tokens": 160, "seed": 11, **settings})
    list(backend.stream(ReplyRequest(key, [ChatMessage("user", "the sea")], chosen), result))
    return result


def test_the_penalty_draws_the_tokens_llama_cpps_penalties_sampler_draws(loaded, monkeypatch) -> None:
    ours = reply(loaded, "ours", repeat_penalty=1.3)
    monkeypatch.setattr(llama_backend, "Sampler", LlamaPenaltySampler)
    theirs = reply(loaded, "theirs", repeat_penalty=1.3)
    assert ours.tokens == theirs.tokens > PENALTY_LAST_N  # long enough for the ring to turn over
    assert ours.text == theirs.text
    unpenalised = reply(loaded, "none", repeat_penalty=1.0)
    assert unpenalised.text != ours.text  # the penalty did change the draws
