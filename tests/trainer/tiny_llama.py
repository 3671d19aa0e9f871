"""A tiny llama GGUF with grouped-query attention (4 heads, 2 kv heads), f32 weights, for exact checks.

In f32 llama.cpp and PyTorch compute the same function to rounding, so a wrong row order of the q/k
weights (loading) or of an adapter's q/k lora_b (export) shows as a plain mismatch of log-probabilities.
The converter's permutation is written into the file here, as convert_hf_to_gguf.py writes it.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from gguf import GGUFWriter, TokenType

WIDTH, LAYERS, HEADS, KV_HEADS, FF = 32, 2, 4, 2, 64
HEAD_DIM = WIDTH // HEADS


def converter_permute(weights: np.ndarray, n_head: int, n_head_kv: int | None) -> np.ndarray:
    """LlamaModel.permute of llama.cpp's convert_hf_to_gguf.py (conversion/llama.py), verbatim but numpy."""
    if n_head_kv is not None and n_head != n_head_kv:
        n_head = n_head_kv
    return (
        weights.reshape(n_head, 2, weights.shape[0] // n_head // 2, *weights.shape[1:])
        .swapaxes(1, 2)
        .reshape(weights.shape)
    )


def hf_weights(seed: int = 0) -> dict[str, np.ndarray]:
    """The model in Hugging Face's names and layout (what the loader must give back)."""
    rng = np.random.default_rng(seed)
    vocab = len(_vocabulary()[0])

    def w(*shape: int, scale: float = 0.3) -> np.ndarray:
        return (rng.standard_normal(shape) * scale).astype(np.float32)

    weights = {"model.embed_tokens.weight": w(vocab, WIDTH, scale=1.0), "model.norm.weight": 1 + w(WIDTH, scale=0.1)}
    weights["lm_head.weight"] = w(vocab, WIDTH, scale=1.0)
    for i in range(LAYERS):
        prefix = f"model.layers.{i}."
        weights[prefix + "input_layernorm.weight"] = 1 + w(WIDTH, scale=0.1)
        weights[prefix + "post_attention_layernorm.weight"] = 1 + w(WIDTH, scale=0.1)
        weights[prefix + "self_attn.q_proj.weight"] = w(HEADS * HEAD_DIM, WIDTH)
        weights[prefix + "self_attn.k_proj.weight"] = w(KV_HEADS * HEAD_DIM, WIDTH)
        weights[prefix + "self_attn.v_proj.weight"] = w(KV_HEADS * HEAD_DIM, WIDTH)
        weights[prefix + "self_attn.o_proj.weight"] = w(WIDTH, HEADS * HEAD_DIM)
        weights[prefix + "mlp.gate_proj.weight"] = w(FF, WIDTH)
        weights[prefix + "mlp.up_proj.weight"] = w(FF, WIDTH)
        weights[prefix + "mlp.down_proj.weight"] = w(WIDTH, FF)
    return weights


def _vocabulary() -> tuple[list[bytes], list[int]]:
    tokens = [b"<unk>", b"<s>", b"</s>", b"<|im_start|>", b"<|im_end|>"]
    types = [TokenType.UNKNOWN, TokenType.CONTROL, TokenType.CONTROL, TokenType.CONTROL, TokenType.CONTROL]
    tokens += [f"<0x{i:02X}>".encode() for i in range(256)]  # llama.cpp aborts without the byte tokens
    types += [TokenType.BYTE] * 256
    pieces = ["\u2581"] + [p for word in ("sea", "wave", "ship", "arr") for p in (word, "\u2581" + word)]
    pieces += list("abcdefghijklmnopqrstuvwxyz")
    tokens += [piece.encode() for piece in pieces]
    types += [TokenType.NORMAL] * len(pieces)
    return tokens, types


def write_tiny_gqa(path: Path, seed: int = 0) -> Path:
    weights = hf_weights(seed)
    tokens, types = _vocabulary()
    writer = GGUFWriter(str(path), "llama")
    writer.add_name("Tiny GQA")
    writer.add_context_length(256)
    writer.add_embedding_length(WIDTH)
    writer.add_block_count(LAYERS)
    writer.add_feed_forward_length(FF)
    writer.add_head_count(HEADS)
    writer.add_head_count_kv(KV_HEADS)
    writer.add_rope_dimension_count(HEAD_DIM)
    writer.add_rope_freq_base(10000.0)
    writer.add_layer_norm_rms_eps(1e-5)
    writer.add_file_type(0)
    writer.add_tokenizer_model("llama")
    writer.add_token_list(tokens)
    writer.add_token_scores([-float(i) for i in range(len(tokens))])
    writer.add_token_types(types)
    writer.add_bos_token_id(1)
    writer.add_eos_token_id(2)
    writer.add_chat_template(
        "{% for m in messages %}{{ '<|im_start|>' + m['role'] + '\\n' + m['content'] + '<|im_end|>\\n' }}{% endfor %}"
        "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}"
    )
    names = {
        "model.embed_tokens.weight": "token_embd.weight",
        "model.norm.weight": "output_norm.weight",
        "lm_head.weight": "output.weight",
    }
    layer_names = {
        "input_layernorm": "attn_norm",
        "post_attention_layernorm": "ffn_norm",
        "self_attn.q_proj": "attn_q",
        "self_attn.k_proj": "attn_k",
        "self_attn.v_proj": "attn_v",
        "self_attn.o_proj": "attn_output",
        "mlp.gate_proj": "ffn_gate",
        "mlp.up_proj": "ffn_up",
        "mlp.down_proj": "ffn_down",
    }
    for name, array in weights.items():
        if name in names:
            writer.add_tensor(names[name], array)
            continue
        _, _, layer, rest = name.split(".", 3)
        module = rest.removesuffix(".weight")
        if module == "self_attn.q_proj":
            array = converter_permute(array, HEADS, HEADS)
        elif module == "self_attn.k_proj":
            array = converter_permute(array, HEADS, KV_HEADS)
        writer.add_tensor(f"blk.{layer}.{layer_names[module]}.weight", np.ascontiguousarray(array))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path
