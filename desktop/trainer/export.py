"""The trained adapter as a GGUF LoRA adapter, the format llama.cpp applies at run time.

Metadata: the base's architecture (llama.cpp refuses an adapter of another one), general.type "adapter",
adapter.type "lora", adapter.lora.alpha (llama.cpp scales by alpha / rank, as peft does), the run's name,
and hearth.base.sha256 (llama.cpp checks only names and shapes: Hearth checks the base itself). Tensors:
blk.N.<attn_q|attn_k|attn_v|attn_output|ffn_gate|ffn_up|ffn_down>.weight.lora_a (rank × in, as peft's
lora_A) and .lora_b (out × rank), float32; q and k lora_b rows in llama.cpp's order (permute.py). The file
is written under a temporary name and renamed into place, so a reader never sees half of one.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from pathlib import Path

import numpy as np

from desktop.trainer.errors import TrainError
from desktop.trainer.model import BaseShape
from desktop.trainer.permute import permute_rows
from desktop.trainer.plan import Plan

GGUF_NAMES = {
    "q_proj": "attn_q",
    "k_proj": "attn_k",
    "v_proj": "attn_v",
    "o_proj": "attn_output",
    "gate_proj": "ffn_gate",
    "up_proj": "ffn_up",
    "down_proj": "ffn_down",
}
_PEFT_NAME = re.compile(r"(?:^|\.)layers\.(\d+)\.(?:self_attn|mlp)\.(\w+_proj)\.lora_([AB])(?:\.default)?\.weight$")


def adapter_tensors(lora: dict[str, np.ndarray], shape: BaseShape, permute_qk: bool = True) -> dict[str, np.ndarray]:
    """peft's LoRA weights under llama.cpp's names, in its layout, ordered by layer."""
    tensors: dict[tuple[int, str, str], np.ndarray] = {}
    for name, array in lora.items():
        match = _PEFT_NAME.search(name)
        if match is None or match.group(2) not in GGUF_NAMES:
            raise TrainError(f"the adapter has a weight the export does not know ({name[:120]})")
        layer, module, side = int(match.group(1)), match.group(2), match.group(3)
        value = np.ascontiguousarray(array, dtype=np.float32)
        if side == "B" and permute_qk and shape.qk_unpermuted and module in ("q_proj", "k_proj"):
            value = np.ascontiguousarray(permute_rows(value, shape.heads if module == "q_proj" else shape.kv_heads))
        tensors[(layer, GGUF_NAMES[module], side)] = value
    pairs = {key[:2] for key in tensors}
    if any((*key, side) not in tensors for key in pairs for side in "AB"):
        raise TrainError("the adapter is missing half of a LoRA pair")
    return {
        f"blk.{layer}.{module}.weight.lora_{side.lower()}": tensors[(layer, module, side)]
        for layer, module, side in sorted(tensors)
    }


def write_adapter(
    path: Path,
    lora: dict[str, np.ndarray],
    shape: BaseShape,
    *,
    alpha: float,
    name: str,
    base_sha256: str,
    permute_qk: bool = True,
) -> Path:
    """Write the adapter GGUF at `path` (atomically); returns `path`."""
    import gguf

    tensors = adapter_tensors(lora, shape, permute_qk)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        writer = gguf.GGUFWriter(temp, arch=shape.architecture)
        writer.add_type(gguf.GGUFType.ADAPTER)
        writer.add_string(gguf.Keys.Adapter.TYPE, "lora")
        writer.add_float32(gguf.Keys.Adapter.LORA_ALPHA, float(alpha))
        writer.add_name(name)
        writer.add_string("hearth.base.sha256", base_sha256)
        for tensor_name, value in tensors.items():
            writer.add_tensor(tensor_name, value)
        writer.write_header_to_file()
        writer.write_kv_data_to_file()
        writer.write_tensors_to_file()
        writer.close()
        with open(temp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return path


def export_checkpoint(plan: Plan, path: Path | None = None, permute_qk: bool | None = None) -> Path:
    """The adapter of the run's checkpoint as a GGUF at `path` (the run's adapter.gguf by default), with
    q/k rows permuted as the plan says unless `permute_qk` says otherwise (the tests' negative control)."""
    from desktop.trainer import checkpoint

    saved = checkpoint.load(plan)
    if saved is None:
        raise TrainError("the run has no checkpoint to export")
    return write_adapter(
        path or plan.adapter_path,
        saved.lora,
        saved.shape,
        alpha=plan.settings.alpha,
        name=plan.name,
        base_sha256=plan.base_sha256,
        permute_qk=plan.permute_qk if permute_qk is None else permute_qk,
    )
