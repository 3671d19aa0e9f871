"""A llama-architecture GGUF as a transformers LlamaForCausalLM in float32, read straight from the file.

transformers can load a GGUF itself, but spends about 30 s of the starter model's load parsing the
vocabulary's 100,000 metadata strings (twice) and rebuilding tensor-name maps; the weights themselves
dequantise in about 3 s. This reads the header with Hearth's own parser (the vocabulary is skipped: the
child tokenizes with llama.cpp), dequantises each tensor with the gguf package, undoes llama.cpp's q/k
row order as transformers does, and fills a model built from the same config transformers would build.
A file with anything this does not know (rope scaling, biases, experts, extra tensors) returns None, and
the caller uses transformers' loader instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from desktop.core.library.gguf_header import GgufHeader
from desktop.trainer.permute import unpermute_rows

# The llama.* keys whose meaning is mapped below; any other one (rope scaling, experts…) changes the model.
_KNOWN_KEYS = {
    "context_length",
    "embedding_length",
    "block_count",
    "feed_forward_length",
    "attention.head_count",
    "attention.head_count_kv",
    "attention.layer_norm_rms_epsilon",
    "attention.key_length",
    "attention.value_length",
    "rope.dimension_count",
    "rope.freq_base",
    "vocab_size",
}
_LAYER = re.compile(r"blk\.(\d+)\.(\w+)\.weight")
_LAYER_NAMES = {
    "attn_norm": "input_layernorm",
    "ffn_norm": "post_attention_layernorm",
    "attn_q": "self_attn.q_proj",
    "attn_k": "self_attn.k_proj",
    "attn_v": "self_attn.v_proj",
    "attn_output": "self_attn.o_proj",
    "ffn_gate": "mlp.gate_proj",
    "ffn_up": "mlp.up_proj",
    "ffn_down": "mlp.down_proj",
}
_TOP_NAMES = {"token_embd.weight": "model.embed_tokens.weight", "output_norm.weight": "model.norm.weight"}


def llama_config(header: GgufHeader) -> dict[str, Any] | None:
    """The LlamaConfig arguments for this file, or None when it holds something not mapped here."""
    if header.architecture != "llama":
        return None
    extra = [k for k in header.metadata if k.startswith("llama.") and k[len("llama.") :] not in _KNOWN_KEYS]
    if extra:
        return None
    value = header.arch_value
    hidden, heads = int(value("embedding_length", 0)), int(value("attention.head_count", 0))
    if not hidden or not heads or hidden % heads:
        return None
    head_dim = hidden // heads
    dims = (value("rope.dimension_count", head_dim), value("attention.key_length", head_dim))
    if any(int(d) != head_dim for d in dims):  # partial rotary or wider heads: not this simple llama
        return None
    embedding = next((t for t in header.tensors if t.name == "token_embd.weight"), None)
    if embedding is None or len(embedding.shape) != 2:
        return None
    token = header.get
    return {
        "vocab_size": int(embedding.shape[1]),
        "hidden_size": hidden,
        "intermediate_size": int(value("feed_forward_length", 0)),
        "num_hidden_layers": header.layers,
        "num_attention_heads": heads,
        "num_key_value_heads": int(value("attention.head_count_kv", heads)),
        "head_dim": head_dim,
        "max_position_embeddings": int(value("context_length", 2048)),
        "rms_norm_eps": float(value("attention.layer_norm_rms_epsilon", 1e-5)),
        "rope_parameters": {"rope_type": "default", "rope_theta": float(value("rope.freq_base", 10000.0))},
        "tie_word_embeddings": not any(t.name == "output.weight" for t in header.tensors),
        "bos_token_id": token("tokenizer.ggml.bos_token_id"),
        "eos_token_id": token("tokenizer.ggml.eos_token_id"),
        "pad_token_id": token("tokenizer.ggml.padding_token_id"),
        "use_cache": False,
    }


def hf_name(gguf_name: str) -> str | None:
    if gguf_name in _TOP_NAMES:
        return _TOP_NAMES[gguf_name]
    if gguf_name == "output.weight":
        return "lm_head.weight"
    match = _LAYER.fullmatch(gguf_name)
    if match and match.group(2) in _LAYER_NAMES:
        return f"model.layers.{match.group(1)}.{_LAYER_NAMES[match.group(2)]}.weight"
    return None


def known_names(header: GgufHeader) -> dict[str, str] | None:
    """GGUF name -> Hugging Face name of every tensor; None if one is not a llama weight mapped here."""
    names = {t.name: hf_name(t.name) for t in header.tensors}
    if any(name is None for name in names.values()):
        return None
    return {gguf: hf for gguf, hf in names.items() if hf is not None}


def iter_weights(path: Path, header: GgufHeader, heads: int, kv_heads: int) -> Iterator[tuple[str, np.ndarray]]:
    """Each tensor in turn (Hugging Face's name, float32, its layout): one at a time, so that loading
    costs the model's memory and one tensor more, not twice the model."""
    from gguf.constants import GGMLQuantizationType
    from gguf.quants import dequantize, quant_shape_to_byte_shape

    names = known_names(header) or {}
    data = np.memmap(path, dtype=np.uint8, mode="r")
    for tensor in header.tensors:
        qtype = GGMLQuantizationType(tensor.ggml_type)
        shape = tuple(reversed(tensor.shape))  # GGUF lists the fastest-moving dimension first
        byte_shape = quant_shape_to_byte_shape(shape, qtype)
        start = header.data_offset + tensor.offset
        raw = data[start : start + int(np.prod(byte_shape))].reshape(byte_shape)
        array = np.array(dequantize(raw, qtype), dtype=np.float32).reshape(shape)  # a copy: the map is read-only
        name = names[tensor.name]
        if name.endswith("q_proj.weight"):
            array = unpermute_rows(array, heads)
        elif name.endswith("k_proj.weight"):
            array = unpermute_rows(array, kv_heads)
        yield name, array
