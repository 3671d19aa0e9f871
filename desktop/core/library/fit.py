"""Will this model fit this computer? A verdict and a tooltip from weights + KV cache + overhead.

The estimate is deliberately simple and says so: the weights (the file size), the KV cache at
the chosen context length (f16 K and V for every layer), and a fixed overhead for llama.cpp's
compute buffers and the app itself, against the memory that is free now.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from pathlib import Path

FITS, TIGHT, TOO_BIG = "fits", "tight", "too big"
OVERHEAD_BYTES = 300_000_000  # compute buffers, the logits matrix, the app: measured 0.2-0.4 GB on small models
HEADROOM = 0.8  # below this share of free memory it "fits"; up to all of it, "tight"
# Unknown architecture: KV bytes per token ~ 64 KB per sqrt(billion parameters). It matches
# grouped-query models (SmolLM2 135M: 23 KB, Llama 3.1 8B: 128 KB) and errs low for the few
# without grouped-query attention, which is why it is always labelled an estimate.
KV_PER_SQRT_BILLION = 64_000
BYTES_PER_PARAMETER_Q4 = 0.6  # ~4.8 bits a weight (Q4_K_M), to guess parameters from a file size


@dataclass
class FitEstimate:
    verdict: str  # FITS, TIGHT or TOO_BIG
    breakdown: str  # what is needed: "Weights … + KV cache … + overhead … = …"
    room: str  # what there is: "free memory …"
    needed_bytes: int
    available_bytes: int
    weights_bytes: int
    kv_bytes: int
    overhead_bytes: int
    kv_estimated: bool = False

    @property
    def explanation(self) -> str:
        """One line for a tooltip, with the numbers."""
        return f"{self.breakdown}; {self.room}"


def gb(count: float) -> str:
    return f"{count / 1e9:,.1f} GB"


def guess_kv_bytes_per_token(parameters: int = 0, weights_bytes: int = 0) -> int:
    """A rough KV size per token from the parameter count (or, lacking it, from the file size)."""
    if parameters <= 0 and weights_bytes > 0:
        parameters = int(weights_bytes / BYTES_PER_PARAMETER_Q4)
    billions = max(parameters, 1) / 1e9
    return int(KV_PER_SQRT_BILLION * math.sqrt(billions))


def kv_bytes_per_token_for(
    repo: str = "", file: str = "", parameters: int = 0, weights_bytes: int = 0
) -> tuple[int, bool]:
    """(KV bytes per token, estimated?) for a model not on disk yet: the catalog's exact figure if it has one."""
    from desktop.core.library.catalog import entry_for_file_name, find_entry

    entry = find_entry(repo, file or None) if repo else None
    if entry is None and file:
        entry = entry_for_file_name(Path(file).name)
    if entry is not None:
        return entry.kv_bytes_per_token, False
    return guess_kv_bytes_per_token(parameters, weights_bytes), True


def estimate_fit(
    weights_bytes: int,
    context_length: int,
    kv_bytes_per_token: int | None,
    free_ram: int,
    free_vram: int | None = None,
    offload: bool = False,
    *,
    kv_estimated: bool = False,
    parameters: int = 0,
) -> FitEstimate:
    """Weights + KV cache + overhead against free memory (GPU memory first when offloading)."""
    if not kv_bytes_per_token:
        kv_bytes_per_token, kv_estimated = guess_kv_bytes_per_token(parameters, weights_bytes), True
    kv_bytes = kv_bytes_per_token * max(context_length, 0)
    needed = weights_bytes + kv_bytes + OVERHEAD_BYTES
    kv_text = f"KV cache at {context_length:,} tokens {'~' if kv_estimated else ''}{gb(kv_bytes)}"
    if kv_estimated:
        kv_text += " (estimated)"
    parts = f"Weights {gb(weights_bytes)} + {kv_text} + overhead {gb(OVERHEAD_BYTES)} = {gb(needed)}"
    if offload and free_vram is not None and free_vram > 0:
        if needed <= free_vram:
            available, room = free_vram, f"free GPU memory {gb(free_vram)}"
        else:
            # Layers that do not fit the GPU run from system memory: both pools count.
            available = free_vram + free_ram
            room = f"free GPU memory {gb(free_vram)} + free memory {gb(free_ram)}; part of it runs on the CPU"
    else:
        available, room = free_ram, f"free memory {gb(free_ram)}"
    if needed <= available * HEADROOM:
        verdict = FITS
    elif needed <= available:
        verdict = TIGHT
    else:
        verdict = TOO_BIG
    return FitEstimate(verdict, parts, room, needed, available, weights_bytes, kv_bytes, OVERHEAD_BYTES, kv_estimated)


FREE_MEMORY_ENV = "HEARTH_FREE_MEMORY_BYTES"  # tests: pretend this much memory is free


def free_memory() -> int:
    """Memory available to a new program now (not just unused: the OS can drop its caches)."""
    override = os.environ.get(FREE_MEMORY_ENV, "").strip()
    if override.isdigit():
        return int(override)
    import psutil

    return int(psutil.virtual_memory().available)


def check_memory(
    path: Path | str,
    context_length: int,
    *,
    offload: str = "",
    reclaimable: int = 0,
    free_ram: int | None = None,
) -> str | None:
    """Before loading: a one-line refusal with the numbers if the model will not fit, else None.

    `context_length` 0 means the model's own length, as for llama.cpp; `offload` is the GPU
    backend layers go to ("" for none: then only system memory counts); `reclaimable` is what
    unloading the current model gives back. A file whose header cannot be read gets None here:
    validation gives the precise reason. Each front end says how to load it anyway.
    """
    from desktop.core.library.gpu_memory import free_gpu_memory
    from desktop.core.library.metadata import MetadataCache, read_model_info

    cache = MetadataCache.shared()
    info = read_model_info(path, cache=cache)
    cache.save()
    if info.error:
        return None
    context = context_length if context_length > 0 else info.context_length
    backend = offload
    estimate = estimate_fit(
        info.size_bytes,
        context,
        info.kv_bytes_per_token or None,
        (free_memory() if free_ram is None else free_ram) + reclaimable,
        free_gpu_memory(backend),
        bool(backend),
        parameters=info.parameters,
    )
    if estimate.verdict != TOO_BIG:
        return None
    return (
        f"{info.name} needs about {gb(estimate.needed_bytes)} of memory ({estimate.breakdown}) but only "
        f"{gb(estimate.available_bytes)} is free. Choose a smaller model or a shorter context, or close other "
        "programs."
    )
