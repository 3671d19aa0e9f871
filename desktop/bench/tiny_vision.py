"""Write a tiny vision model pair with random weights (for the tests and the vision benchmark):

  a 2-layer, 32-wide llama text model (the layout of the tests' tiny text model), and
  a CLIP-style vision encoder with LLaVA-1.5's "mlp" projector (an mmproj file) whose output is as
  wide as the text model's n_embd, which libmtmd checks when it opens the projector.

clip.cpp resizes every image to `image_size` x `image_size`, so an image always costs
(image_size / patch_size)^2 tokens: 16 with the defaults. Needs the `gguf` package.
"""

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
LM_WIDTH = 32  # the text model's n_embd: a projector's output must be this wide


def write_tiny_lm(path: Path, seed: int = 0, width: int = LM_WIDTH, name: str = "Tiny Vision LM") -> Path:
    """A 2-layer llama with a SentencePiece-style vocabulary (its 256 byte tokens included) and ChatML."""
    rng = np.random.default_rng(seed)
    tokens: list[bytes] = [b"<unk>", b"<s>", b"</s>", b"<|im_start|>", b"<|im_end|>"]
    types = [TokenType.UNKNOWN, TokenType.CONTROL, TokenType.CONTROL, TokenType.CONTROL, TokenType.CONTROL]
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
    layers, heads, ff = 2, 4, 64
    writer = GGUFWriter(str(path), "llama")
    writer.add_name(name)
    writer.add_license("apache-2.0")
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
    writer.add_chat_template(CHATML)

    def tensor(name: str, *shape: int) -> None:
        writer.add_tensor(name, (rng.standard_normal(shape) * 0.5).astype(np.float32))

    tensor("token_embd.weight", vocab, width)
    writer.add_tensor("output_norm.weight", np.ones(width, dtype=np.float32))
    output = (rng.standard_normal((vocab, width)) * 4.0).astype(np.float32)
    output[: 5 + 256] = 0.0  # never control or byte tokens: replies are readable words, and long
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
    _finish(writer)
    return path


def write_tiny_mmproj(
    path: Path,
    seed: int = 1,
    image_size: int = 32,
    patch_size: int = 8,
    out_dim: int = LM_WIDTH,
    width: int = 32,
    layers: int = 2,
) -> Path:
    """A CLIP ViT (tensor names as clip.cpp reads them, prefix "v.") and a LLaVA-1.5 projector
    (mm.0 -> GELU -> mm.2) whose output is `out_dim` wide. The llava graph runs the first layers-1
    blocks (it takes the second-to-last layer's output)."""
    rng = np.random.default_rng(seed)
    patches = (image_size // max(patch_size, 1)) ** 2
    ff, heads, hidden = 2 * width, 4, 32
    writer = GGUFWriter(str(path), "clip")
    writer.add_name("Tiny Vision Projector")
    writer.add_file_type(0)
    writer.add_string("clip.projector_type", "mlp")
    writer.add_bool("clip.has_vision_encoder", True)
    writer.add_bool("clip.has_audio_encoder", False)
    writer.add_bool("clip.use_gelu", True)
    writer.add_uint32("clip.vision.image_size", image_size)
    writer.add_uint32("clip.vision.patch_size", patch_size)
    writer.add_uint32("clip.vision.embedding_length", width)
    writer.add_uint32("clip.vision.feed_forward_length", ff)
    writer.add_uint32("clip.vision.block_count", layers)
    writer.add_uint32("clip.vision.projection_dim", out_dim)
    writer.add_uint32("clip.vision.attention.head_count", heads)
    writer.add_float32("clip.vision.attention.layer_norm_epsilon", 1e-5)
    writer.add_array("clip.vision.image_mean", [0.48145466, 0.4578275, 0.40821073])
    writer.add_array("clip.vision.image_std", [0.26862954, 0.26130258, 0.27577711])

    def tensor(name: str, *shape: int, scale: float = 0.5) -> None:
        writer.add_tensor(name, (rng.standard_normal(shape) * scale).astype(np.float32))

    def constant(name: str, n: int, value: float) -> None:
        writer.add_tensor(name, np.full(n, value, dtype=np.float32))

    # numpy shapes are ggml's ne reversed: the conv kernel ne=[KW,KH,IC,OC] is (OC, IC, KH, KW)
    tensor("v.patch_embd.weight", width, 3, patch_size, patch_size, scale=0.2)
    tensor("v.patch_embd.bias", width, scale=0.1)
    tensor("v.position_embd.weight", max(patches, 1), width, scale=0.1)
    constant("v.pre_ln.weight", width, 1.0)
    constant("v.pre_ln.bias", width, 0.0)
    for i in range(layers):
        block = f"v.blk.{i}"
        constant(f"{block}.ln1.weight", width, 1.0)
        constant(f"{block}.ln1.bias", width, 0.0)
        for name in ("attn_q", "attn_k", "attn_v", "attn_out"):
            tensor(f"{block}.{name}.weight", width, width, scale=0.2)
            tensor(f"{block}.{name}.bias", width, scale=0.05)
        constant(f"{block}.ln2.weight", width, 1.0)
        constant(f"{block}.ln2.bias", width, 0.0)
        tensor(f"{block}.ffn_up.weight", ff, width, scale=0.2)
        tensor(f"{block}.ffn_up.bias", ff, scale=0.05)
        tensor(f"{block}.ffn_down.weight", width, ff, scale=0.2)
        tensor(f"{block}.ffn_down.bias", width, scale=0.05)
    tensor("mm.0.weight", hidden, width)
    tensor("mm.0.bias", hidden, scale=0.1)
    tensor("mm.2.weight", out_dim, hidden)
    tensor("mm.2.bias", out_dim, scale=0.1)
    _finish(writer)
    return path


def _finish(writer: GGUFWriter) -> None:
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()


def write_tiny_vision_pair(folder: Path, stem: str = "tiny-vlm") -> tuple[Path, Path]:
    """The text model and its projector, side by side as a download puts them (mmproj-<stem>.gguf)."""
    folder.mkdir(parents=True, exist_ok=True)
    return write_tiny_lm(folder / f"{stem}.gguf"), write_tiny_mmproj(folder / f"mmproj-{stem}.gguf")
