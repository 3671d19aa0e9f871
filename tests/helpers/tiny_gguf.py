"""Write a tiny but real llama-architecture GGUF (about 160 KB) for fast engine tests, and a tiny
BERT (an encoder: an embedding model, no chat template) beside it."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from gguf import GGUFWriter, TokenType

CHATML = (
    "{% for message in messages %}"
    "{{ '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n' }}"
    "{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}"
)

WORDS = ["the", "sea", "wave", "blue", "deep", "salt", "wind", "shore", "sun", "night", "moon", "sky"]


def write_tiny_model(
    path: Path,
    chat_template: str | None = CHATML,
    seed: int = 0,
    byte_tokens: bool = True,
    name: str = "Tiny Test Model",
    license: str = "apache-2.0",
    pooling_type: int | None = None,
) -> Path:
    """A 2-layer, 32-wide llama with a SentencePiece-style vocabulary and random weights.
    With `pooling_type` (llama.cpp's enum: 1 mean, 2 CLS, 3 last, 4 rank), its header names how its
    token vectors are pooled: it counts as an embedding model (a reranker, for 4)."""
    rng = np.random.default_rng(seed)
    tokens: list[bytes] = [b"<unk>", b"<s>", b"</s>", b"<|im_start|>", b"<|im_end|>"]
    types = [TokenType.UNKNOWN, TokenType.CONTROL, TokenType.CONTROL, TokenType.CONTROL, TokenType.CONTROL]
    if byte_tokens:
        tokens += [f"<0x{i:02X}>".encode() for i in range(256)]
        types += [TokenType.BYTE] * 256
    tokens.append("\u2581".encode())
    types.append(TokenType.NORMAL)
    for word in WORDS:
        for piece in (word, "\u2581" + word):
            tokens.append(piece.encode())
            types.append(TokenType.NORMAL)
    for letter in "abcdefghijklmnopqrstuvwxyz":
        tokens.append(letter.encode())
        types.append(TokenType.NORMAL)
    vocab = len(tokens)
    width, layers, heads, ff = 32, 2, 4, 64
    writer = GGUFWriter(str(path), "llama")
    writer.add_name(name)
    writer.add_license(license)
    writer.add_context_length(512)
    writer.add_embedding_length(width)
    writer.add_block_count(layers)
    writer.add_feed_forward_length(ff)
    writer.add_head_count(heads)
    writer.add_head_count_kv(heads)
    writer.add_rope_dimension_count(width // heads)
    writer.add_layer_norm_rms_eps(1e-5)
    writer.add_file_type(0)
    writer.add_tokenizer_model("llama")
    writer.add_token_list(tokens)
    writer.add_token_scores([-float(i) for i in range(vocab)])
    writer.add_token_types(types)
    writer.add_bos_token_id(1)
    writer.add_eos_token_id(2)
    writer.add_add_bos_token(True)
    if chat_template is not None:
        writer.add_chat_template(chat_template)
    if pooling_type is not None:
        writer.add_uint32("llama.pooling_type", pooling_type)

    def tensor(name: str, *shape: int) -> None:
        writer.add_tensor(name, (rng.standard_normal(shape) * 0.5).astype(np.float32))

    tensor("token_embd.weight", vocab, width)
    writer.add_tensor("output_norm.weight", np.ones(width, dtype=np.float32))
    # Large output weights make replies peaked; zero rows for the control tokens (EOS among
    # them) keep the model from ending a reply at once, so streams have many tokens.
    output = (rng.standard_normal((vocab, width)) * 4.0).astype(np.float32)
    output[:5] = 0.0
    if byte_tokens:
        output[5 : 5 + 256] = 0.0  # and it never emits raw bytes: replies are readable words
    writer.add_tensor("output.weight", output)
    for i in range(layers):
        tensor(f"blk.{i}.attn_norm.weight", width)
        tensor(f"blk.{i}.attn_q.weight", width, width)
        tensor(f"blk.{i}.attn_k.weight", width, width)
        tensor(f"blk.{i}.attn_v.weight", width, width)
        tensor(f"blk.{i}.attn_output.weight", width, width)
        tensor(f"blk.{i}.ffn_norm.weight", width)
        tensor(f"blk.{i}.ffn_gate.weight", ff, width)
        tensor(f"blk.{i}.ffn_up.weight", ff, width)
        tensor(f"blk.{i}.ffn_down.weight", width, ff)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


def write_tiny_adapter(path: Path, seed: int = 0, rank: int = 4, width: int = 32, alpha: float = 8.0) -> Path:
    """A LoRA adapter for the tiny model (peft's layout: lora_a is rank x in, lora_b is out x rank),
    on every attention value and output projection; random weights large enough to change replies."""
    rng = np.random.default_rng(seed)
    writer = GGUFWriter(str(path), "llama")
    writer.add_string("general.type", "adapter")
    writer.add_string("adapter.type", "lora")
    writer.add_float32("adapter.lora.alpha", alpha)
    for i in range(2):
        for name in ("attn_v", "attn_output"):
            writer.add_tensor(f"blk.{i}.{name}.weight.lora_a", rng.standard_normal((rank, width)).astype(np.float32))
            writer.add_tensor(f"blk.{i}.{name}.weight.lora_b", rng.standard_normal((width, rank)).astype(np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


def write_tiny_bert(path: Path, seed: int = 0, pooling_type: int = 2, context: int = 64) -> Path:
    """A 2-layer, 32-wide BERT (llama.cpp's "bert": an encoder, no KV cache, no chat template) with a
    WordPiece vocabulary of WORDS and letters and random weights: an embedding model, CLS-pooled by
    default, reading at most `context` tokens."""
    rng = np.random.default_rng(seed)
    tokens = [b"[PAD]", b"[UNK]", b"[CLS]", b"[SEP]", b"[MASK]"]
    types = [TokenType.CONTROL, TokenType.UNKNOWN, TokenType.CONTROL, TokenType.CONTROL, TokenType.CONTROL]
    pieces = ["\u2581" + word for word in WORDS] + list("abcdefghijklmnopqrstuvwxyz")
    pieces += ["\u2581" + letter for letter in "abcdefghijklmnopqrstuvwxyz"]
    tokens += [piece.encode() for piece in pieces]
    types += [TokenType.NORMAL] * len(pieces)
    vocab = len(tokens)
    width, layers, heads, ff = 32, 2, 4, 64
    writer = GGUFWriter(str(path), "bert")
    writer.add_name("Tiny BERT")
    writer.add_license("mit")
    writer.add_context_length(context)
    writer.add_embedding_length(width)
    writer.add_block_count(layers)
    writer.add_feed_forward_length(ff)
    writer.add_head_count(heads)
    writer.add_layer_norm_eps(1e-12)
    writer.add_causal_attention(False)
    writer.add_uint32("bert.pooling_type", pooling_type)
    writer.add_file_type(0)
    writer.add_tokenizer_model("bert")
    writer.add_token_list(tokens)
    writer.add_token_types(types)
    writer.add_token_type_count(2)
    writer.add_pad_token_id(0)
    writer.add_unk_token_id(1)
    writer.add_bos_token_id(2)  # [CLS]
    writer.add_sep_token_id(3)
    writer.add_mask_token_id(4)

    def tensor(name: str, *shape: int, scale: float = 0.5) -> None:
        writer.add_tensor(name, (rng.standard_normal(shape) * scale).astype(np.float32))

    def norm(name: str) -> None:
        writer.add_tensor(f"{name}.weight", np.ones(width, dtype=np.float32))
        writer.add_tensor(f"{name}.bias", np.zeros(width, dtype=np.float32))

    tensor("token_embd.weight", vocab, width)
    tensor("token_types.weight", 2, width)
    tensor("position_embd.weight", context, width, scale=0.1)
    norm("token_embd_norm")
    for i in range(layers):
        for name in ("attn_q", "attn_k", "attn_v", "attn_output"):
            tensor(f"blk.{i}.{name}.weight", width, width)
            tensor(f"blk.{i}.{name}.bias", width, scale=0.1)
        norm(f"blk.{i}.attn_output_norm")
        tensor(f"blk.{i}.ffn_up.weight", ff, width)
        tensor(f"blk.{i}.ffn_up.bias", ff, scale=0.1)
        tensor(f"blk.{i}.ffn_down.weight", width, ff)
        tensor(f"blk.{i}.ffn_down.bias", width, scale=0.1)
        norm(f"blk.{i}.layer_output_norm")
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path
