"""The base as PyTorch reads it from a GGUF: the same weights transformers' own loader gives, and the same
function llama.cpp computes."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import torch

from desktop.core.backends.llama.scoring import Scorer
from desktop.trainer.model import _load_with_transformers, load_base, read_shape
from tests.trainer.tiny_llama import HEADS, KV_HEADS, LAYERS, hf_weights

IDS = [1, *range(270, 290)]  # BOS and 20 ordinary pieces of the tiny vocabulary
PROMPT = 8


def torch_logprobs(model: torch.nn.Module, ids: list[int] = IDS, prompt: int = PROMPT) -> np.ndarray:
    with torch.no_grad():
        logprobs = model(torch.tensor([ids])).logits.log_softmax(-1)[0]
    return np.array([logprobs[prompt - 1 + i, token].item() for i, token in enumerate(ids[prompt:])])


def test_the_weights_come_back_in_hugging_faces_layout(tiny_gqa: Path) -> None:
    model, shape, _ = load_base(tiny_gqa)
    assert (shape.architecture, shape.layers, shape.heads, shape.kv_heads) == ("llama", LAYERS, HEADS, KV_HEADS)
    assert shape.qk_unpermuted
    state = model.state_dict()
    for name, expected in hf_weights().items():
        assert np.array_equal(state[name].numpy(), expected), name
    assert not any(p.requires_grad for p in model.parameters())


def test_transformers_own_gguf_loader_gives_the_same_weights(tiny_gqa: Path) -> None:
    ours, _, _ = load_base(tiny_gqa)
    theirs = _load_with_transformers(tiny_gqa).state_dict()
    assert set(ours.state_dict()) == set(theirs)
    for name, tensor in ours.state_dict().items():
        assert torch.equal(tensor, theirs[name]), name


def test_pytorch_and_llama_cpp_compute_the_same_model(tiny_gqa: Path) -> None:
    model, _, _ = load_base(tiny_gqa)
    with Scorer(tiny_gqa, threads=1) as scorer:
        ours = np.array(scorer.token_logprobs(IDS[:PROMPT], IDS[PROMPT:]))
    theirs = torch_logprobs(model)
    # llama.cpp keeps its KV cache in f16: agreement to a few hundredths of a nat on values around -10..-30.
    assert np.abs(ours - theirs).max() < 0.1
    assert np.abs(theirs).mean() > 5  # not a trivially flat model


@pytest.mark.e2e
def test_the_starter_model_loads_as_llama_does_in_llama_cpp(starter_model: Path) -> None:
    model, shape, _ = load_base(starter_model)
    assert (shape.layers, shape.heads, shape.kv_heads) == (30, 9, 3)
    assert model.config.tie_word_embeddings
    messages = [{"role": "user", "content": "Write a haiku about the sea."}]
    with Scorer(starter_model, threads=1) as scorer:
        prompt, reply = scorer.tokens.prompt_and_reply(messages, "Waves fold on the shore, salt wind sings. Arr!")
        ours = np.array(scorer.token_logprobs(prompt, reply))
    theirs = torch_logprobs(model, prompt + reply, len(prompt))
    # A Q4_1 file: llama.cpp multiplies quantised activations, PyTorch dequantised weights in f32.
    assert abs(ours.sum() - theirs.sum()) < 0.05 * abs(theirs.sum())
    assert np.abs(ours - theirs).max() < 1.0


def test_the_shape_of_a_file_that_is_not_a_model_is_refused(tmp_path: Path) -> None:
    from desktop.trainer.errors import TrainError

    bad = tmp_path / "notes.gguf"
    bad.write_bytes(b"not a gguf at all")
    with pytest.raises(TrainError, match=r"cannot read the base model notes\.gguf"):
        read_shape(bad)
