"""LoRA adapter GGUFs for tests: right ones for a real base model (shapes read from its header), and a
hostile corpus, each case with the words its refusal must say.

The weights are seeded random numbers (peft's layout: lora_a is rank x in, lora_b is out x rank; GGUF
stores the dimensions the other way round), large enough to change what the starter model says.
"""

from __future__ import annotations

import hashlib
import struct
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from gguf import GGUFWriter

from desktop.core.library.gguf_header import read_header
from tests.helpers.tiny_gguf import write_tiny_model

TARGETS = ("attn_q", "attn_k", "attn_v", "attn_output", "ffn_gate", "ffn_up", "ffn_down")


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def base_shapes(base: Path, targets: Iterable[str] = TARGETS) -> dict[str, tuple[int, int]]:
    """`blk.N.<target>.weight` -> (in, out) of every adapted weight of the base (GGUF's order)."""
    wanted = {f".{target}.weight" for target in targets}
    shapes: dict[str, tuple[int, int]] = {}
    for tensor in read_header(base).tensors:
        if tensor.name.startswith("blk.") and any(tensor.name.endswith(end) for end in wanted):
            shapes[tensor.name] = (tensor.shape[0], tensor.shape[1])
    return shapes


def write_lora_adapter(
    path: Path,
    base: Path,
    seed: int = 0,
    rank: int = 8,
    alpha: float = 16.0,
    std: float = 0.06,
    targets: Iterable[str] = TARGETS,
    arch: str | None = None,
    base_sha256: str | None = "",
    metadata: dict[str, str] | None = None,
    tensors: dict[str, np.ndarray] | None = None,
    leave_out: Iterable[str] = (),
    general_type: str = "adapter",
    adapter_type: str = "lora",
) -> Path:
    """A rank-`rank` adapter on every `targets` weight of `base`. `base_sha256`: "" records the base
    file's own, None none; `tensors` replaces (or adds) tensors by name; `leave_out` drops some."""
    rng = np.random.default_rng(seed)
    header = read_header(base)
    arrays: dict[str, np.ndarray] = {}
    for name, (fan_in, fan_out) in base_shapes(base, targets).items():
        arrays[f"{name}.lora_a"] = (rng.standard_normal((rank, fan_in)) * std).astype(np.float32)
        arrays[f"{name}.lora_b"] = (rng.standard_normal((fan_out, rank)) * std).astype(np.float32)
    arrays.update(tensors or {})
    for name in leave_out:
        arrays.pop(name, None)
    writer = GGUFWriter(str(path), arch or header.architecture)
    writer.add_string("general.type", general_type)
    writer.add_string("adapter.type", adapter_type)
    writer.add_float32("adapter.lora.alpha", alpha)
    writer.add_string("general.name", path.stem)
    if base_sha256 is not None:
        writer.add_string("hearth.base.sha256", base_sha256 or file_sha256(base))
    for key, value in (metadata or {}).items():
        writer.add_string(key, value)
    for name, array in arrays.items():
        writer.add_tensor(name, array)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


# Every case build_hostile_adapters writes, in order (tests parametrise over these).
HOSTILE_NAMES = (
    "wrong-architecture",
    "wrong-base",
    "mismatched-shape",
    "missing-lora-b",
    "unequal-rank",
    "unknown-weight",
    "not-a-lora-name",
    "control-vector",
    "model-typed",
    "three-dimensional",
    "no-weights",
    "bad-alora-tokens",
    "truncated",
    "header-cut",
    "not-gguf",
    "empty",
    "a-model",
    "the-base-itself",
    "huge-tensor-count",
    "many-tensors",
    "missing-file",
    "a-folder",
)


@dataclass(frozen=True)
class HostileAdapter:
    name: str
    path: Path
    says: str  # words its refusal's message must hold
    reaches_llama: bool = False  # the header looks sound: llama.cpp (in the validation child) refuses it


def _set_tensor_count(path: Path, count: int) -> None:
    data = bytearray(path.read_bytes())
    struct.pack_into("<Q", data, 8, count)  # magic, version (u32), then the tensor count (u64)
    path.write_bytes(bytes(data))


def build_hostile_adapters(folder: Path, base: Path) -> list[HostileAdapter]:
    """Adapters for `base` that must all be refused, each for its own reason."""
    folder.mkdir(parents=True, exist_ok=True)
    cases: list[HostileAdapter] = []
    shapes = base_shapes(base)
    q3 = "blk.3.attn_q.weight"
    q_in, q_out = shapes[q3]

    def adapter(name: str, says: str, reaches_llama: bool = False, **options: object) -> Path:
        path = write_lora_adapter(folder / f"{name}.gguf", base, seed=len(cases) + 1, **options)  # type: ignore[arg-type]
        cases.append(HostileAdapter(name, path, says, reaches_llama))
        return path

    adapter("wrong-architecture", "another model", arch="qwen2")
    adapter("wrong-base", "another model", base_sha256="0" * 64)
    narrow = np.zeros((64, 8), dtype=np.float32)
    adapter("mismatched-shape", f"{q3}.lora_b is 64×8, the model needs {q_out}×8", tensors={f"{q3}.lora_b": narrow})
    adapter("missing-lora-b", f"{q3}.lora_b is missing", leave_out=[f"{q3}.lora_b"])
    unequal = np.zeros((q_out, 4), dtype=np.float32)
    adapter("unequal-rank", "rank", tensors={f"{q3}.lora_b": unequal})
    stray = {"blk.99.attn_q.weight.lora_a": np.zeros((8, q_in), np.float32)}
    adapter("unknown-weight", "blk.99.attn_q.weight", tensors=stray)
    adapter("not-a-lora-name", "not a LoRA weight", tensors={f"{q3}.delta": np.zeros((8, q_in), np.float32)})
    adapter("control-vector", "not a LoRA adapter", adapter_type="control_vector")
    adapter("model-typed", "not a LoRA adapter", general_type="model")
    adapter("three-dimensional", "2-D", tensors={f"{q3}.lora_a": np.zeros((2, 8, q_in), np.float32)})
    adapter("no-weights", "no LoRA weights", targets=())
    # Sound to our parser, refused by llama.cpp's own (an aLoRA invocation list must be an array of u32).
    adapter(
        "bad-alora-tokens",
        "alora",
        reaches_llama=True,
        metadata={"adapter.alora.invocation_tokens": "1,2,3"},
    )

    good = write_lora_adapter(folder / "whole.gguf", base, seed=99)
    data = good.read_bytes()
    truncated = folder / "truncated.gguf"
    truncated.write_bytes(data[: len(data) // 2])
    cases.append(HostileAdapter("truncated", truncated, "truncated"))
    header_cut = folder / "header-cut.gguf"
    header_cut.write_bytes(data[:200])
    cases.append(HostileAdapter("header-cut", header_cut, "truncated"))
    text = folder / "notes.gguf"
    text.write_text("These are my notes, not an adapter.\n" * 20, encoding="utf-8")
    cases.append(HostileAdapter("not-gguf", text, "not a GGUF"))
    empty = folder / "empty.gguf"
    empty.write_bytes(b"")
    cases.append(HostileAdapter("empty", empty, "empty"))
    model = write_tiny_model(folder / "a-model.gguf")
    cases.append(HostileAdapter("a-model", model, "not a LoRA adapter"))
    cases.append(HostileAdapter("the-base-itself", base, "not a LoRA adapter"))
    huge = folder / "huge-count.gguf"
    huge.write_bytes(data)
    _set_tensor_count(huge, 1 << 60)
    cases.append(HostileAdapter("huge-tensor-count", huge, "tensors"))
    many = folder / "many-tensors.gguf"
    many.write_bytes(data)
    _set_tensor_count(many, 900_000)  # under the parser's limit: the table then runs past the end
    cases.append(HostileAdapter("many-tensors", many, "header"))
    missing = folder / "gone.gguf"
    cases.append(HostileAdapter("missing-file", missing, "does not exist"))
    cases.append(HostileAdapter("a-folder", folder, "folder"))
    assert tuple(case.name for case in cases) == HOSTILE_NAMES
    return cases
