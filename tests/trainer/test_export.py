"""The exported adapter: llama.cpp's names, shapes and metadata, and what llama.cpp computes with it."""

from __future__ import annotations

import os
from pathlib import Path

import llama_cpp.llama_cpp as lib
import numpy as np
import pytest
import torch
from gguf import GGUFReader
from llama_cpp import Llama

from desktop.core.backends.llama.scoring import Scorer
from desktop.core.runtime.types import EngineError
from desktop.trainer.errors import TrainError
from desktop.trainer.export import adapter_tensors, write_adapter
from desktop.trainer.lora import add_lora, lora_state
from desktop.trainer.model import BaseShape, load_base, read_shape
from desktop.trainer.permute import permute_rows
from tests.trainer.test_loader import IDS, PROMPT, torch_logprobs

SHA = "cd" * 32
PROJECTIONS = {
    "q_proj": ("self_attn", "attn_q"),
    "k_proj": ("self_attn", "attn_k"),
    "v_proj": ("self_attn", "attn_v"),
    "o_proj": ("self_attn", "attn_output"),
    "gate_proj": ("mlp", "ffn_gate"),
    "up_proj": ("mlp", "ffn_up"),
    "down_proj": ("mlp", "ffn_down"),
}


def random_lora(base: Path, rank: int, seed: int = 0, scale: float = 0.05) -> dict[str, np.ndarray]:
    """peft-named LoRA weights with the base's shapes, no PyTorch needed (read from its header)."""
    rng = np.random.default_rng(seed)
    header, _ = read_shape(base)
    shapes = {t.name: t.shape for t in header.tensors}
    lora = {}
    for layer in range(header.layers):
        for module, (group, gguf_name) in PROJECTIONS.items():
            fan_in, fan_out = shapes[f"blk.{layer}.{gguf_name}.weight"]
            prefix = f"base_model.model.model.layers.{layer}.{group}.{module}"
            lora[f"{prefix}.lora_A.default.weight"] = (rng.standard_normal((rank, fan_in)) * scale).astype(np.float32)
            lora[f"{prefix}.lora_B.default.weight"] = (rng.standard_normal((fan_out, rank)) * scale).astype(np.float32)
    return lora


def fields(path: Path) -> dict[str, object]:
    return {name: field.contents() for name, field in GGUFReader(path).fields.items()}


def test_the_file_has_llama_cpps_names_shapes_and_metadata(tiny_gqa: Path, tmp_path: Path) -> None:
    _, shape = read_shape(tiny_gqa)
    lora = random_lora(tiny_gqa, rank=4)
    path = write_adapter(tmp_path / "adapter.gguf", lora, shape, alpha=8, name="Tiny · mine", base_sha256=SHA)
    meta = fields(path)
    assert meta["general.architecture"] == "llama"
    assert meta["general.type"] == "adapter"
    assert meta["adapter.type"] == "lora"
    assert meta["adapter.lora.alpha"] == pytest.approx(8.0)
    assert meta["general.name"] == "Tiny · mine"
    assert meta["hearth.base.sha256"] == SHA
    tensors = {t.name: t for t in GGUFReader(path).tensors}
    names = {f"blk.{i}.{g}.weight.lora_{s}" for i in range(2) for _, g in PROJECTIONS.values() for s in "ab"}
    assert set(tensors) == names
    base = {t.name: t.shape for t in read_shape(tiny_gqa)[0].tensors}
    for name, tensor in tensors.items():
        fan_in, fan_out = base[name.rsplit(".", 1)[0]]
        # GGUF lists dimensions fastest first: lora_a is rank x in (ne = in, rank), lora_b out x rank.
        assert tuple(tensor.shape) == ((fan_in, 4) if name.endswith("lora_a") else (4, fan_out)), name
        assert tensor.tensor_type == 0  # f32
    q_b = lora["base_model.model.model.layers.1.self_attn.q_proj.lora_B.default.weight"]
    k_b = lora["base_model.model.model.layers.1.self_attn.k_proj.lora_B.default.weight"]
    v_b = lora["base_model.model.model.layers.1.self_attn.v_proj.lora_B.default.weight"]
    assert np.array_equal(tensors["blk.1.attn_q.weight.lora_b"].data, permute_rows(q_b, 4))
    assert np.array_equal(tensors["blk.1.attn_k.weight.lora_b"].data, permute_rows(k_b, 2))
    assert np.array_equal(tensors["blk.1.attn_v.weight.lora_b"].data, v_b)  # only q and k move
    assert not list(tmp_path.glob(".adapter.gguf.*"))  # no temporary file left beside it


def test_without_the_permutation_the_rows_stay_as_trained(tiny_gqa: Path, tmp_path: Path) -> None:
    _, shape = read_shape(tiny_gqa)
    lora = random_lora(tiny_gqa, rank=4)
    tensors = adapter_tensors(lora, shape, permute_qk=False)
    assert np.array_equal(
        tensors["blk.0.attn_q.weight.lora_b"],
        lora["base_model.model.model.layers.0.self_attn.q_proj.lora_B.default.weight"],
    )
    not_llama = BaseShape("qwen2", shape.layers, shape.heads, shape.kv_heads, qk_unpermuted=False)
    assert np.array_equal(
        adapter_tensors(lora, not_llama)["blk.0.attn_k.weight.lora_b"],
        lora["base_model.model.model.layers.0.self_attn.k_proj.lora_B.default.weight"],
    )


def test_llama_cpp_computes_what_pytorch_trained_only_with_the_permutation(tiny_gqa: Path, tmp_path: Path) -> None:
    model, shape, _ = load_base(tiny_gqa)
    torch.manual_seed(0)
    model = add_lora(model, rank=4, alpha=8)
    with torch.no_grad():  # an adapter that changes the model a lot (peft starts B at zero)
        for name, parameter in model.named_parameters():
            if "lora_B" in name:
                parameter.normal_(0, 0.3)
    trained = torch_logprobs(model)
    with model.disable_adapter():
        base = torch_logprobs(model)
    assert np.abs(trained - base).max() > 5
    lora = lora_state(model)
    right = write_adapter(tmp_path / "right.gguf", lora, shape, alpha=8, name="right", base_sha256=SHA)
    wrong = write_adapter(
        tmp_path / "wrong.gguf", lora, shape, alpha=8, name="wrong", base_sha256=SHA, permute_qk=False
    )
    with Scorer(tiny_gqa, threads=1) as scorer:
        before = np.array(scorer.token_logprobs(IDS[:PROMPT], IDS[PROMPT:]))
        scorer.set_adapter(right)
        with_right = np.array(scorer.token_logprobs(IDS[:PROMPT], IDS[PROMPT:]))
        scorer.set_adapter(wrong)
        with_wrong = np.array(scorer.token_logprobs(IDS[:PROMPT], IDS[PROMPT:]))
        scorer.set_adapter(right, 0.0)
        at_zero = np.array(scorer.token_logprobs(IDS[:PROMPT], IDS[PROMPT:]))
        scorer.set_adapter(None)
        cleared = np.array(scorer.token_logprobs(IDS[:PROMPT], IDS[PROMPT:]))
    assert np.abs(with_right - trained).max() < 0.1  # f16 KV cache: a few hundredths
    assert np.abs(with_wrong - trained).max() > 1.0  # loads fine, computes another model
    assert np.abs(at_zero - before).max() < 1e-4
    assert np.array_equal(cleared, before)


@pytest.mark.e2e
def test_llama_cpp_loads_an_export_for_the_starter_model(starter_model: Path, tmp_path: Path) -> None:
    _, shape = read_shape(starter_model)
    assert (shape.heads, shape.kv_heads) == (9, 3)
    path = write_adapter(
        tmp_path / "starter.gguf", random_lora(starter_model, rank=2), shape, alpha=4, name="x", base_sha256=SHA
    )
    llm = Llama(str(starter_model), n_ctx=64, verbose=False, vocab_only=False)
    try:
        assert lib.llama_adapter_lora_init(llm._model.model, os.fsencode(path))
    finally:
        llm.close()


@pytest.mark.e2e
def test_an_adapter_for_another_model_is_refused_in_one_line(
    starter_model: Path, tiny_gqa: Path, tmp_path: Path
) -> None:
    _, shape = read_shape(tiny_gqa)
    path = write_adapter(
        tmp_path / "tiny.gguf", random_lora(tiny_gqa, rank=2), shape, alpha=4, name="x", base_sha256=SHA
    )
    with Scorer(starter_model, threads=1) as scorer, pytest.raises(EngineError) as refused:
        scorer.set_adapter(path)
    assert "the adapter cannot be used with this model" in str(refused.value)
    assert "\n" not in str(refused.value)
    with Scorer(starter_model, threads=1) as scorer, pytest.raises(EngineError, match="does not exist"):
        scorer.set_adapter(tmp_path / "missing.gguf")


def test_weights_the_export_does_not_know_are_refused(tiny_gqa: Path) -> None:
    _, shape = read_shape(tiny_gqa)
    lora = random_lora(tiny_gqa, rank=2)
    with pytest.raises(TrainError, match="does not know"):
        adapter_tensors({**lora, "base_model.model.lm_head.lora_A.default.weight": np.zeros((2, 32))}, shape)
    lora.pop("base_model.model.model.layers.0.mlp.up_proj.lora_B.default.weight")
    with pytest.raises(TrainError, match="missing half"):
        adapter_tensors(lora, shape)
