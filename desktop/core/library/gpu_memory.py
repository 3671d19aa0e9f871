"""Free memory on the GPU that llama.cpp offloads to, for the fit estimate and the memory check.

Only what can be asked cheaply, without loading a GPU library into this process:
- CUDA (NVIDIA): `nvidia-smi`, which comes with the driver.
- Metal (Apple): memory is unified, so the system's free memory is the GPU's: nothing to add.
- Other backends (Vulkan, HIP, SYCL): unknown; the estimate counts system memory and says so.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time

FREE_GPU_MEMORY_ENV = "HEARTH_FREE_GPU_MEMORY_BYTES"  # tests: pretend this much GPU memory is free
MEBIBYTE = 1 << 20
CACHE_S = 5.0
_asked: list = [None, None]  # [when, bytes free] of the last nvidia-smi answer

_last_backend = ""  # the GPU backend the last model was loaded onto ("" for none or the CPU)


def free_gpu_memory(backend: str) -> int | None:
    """Bytes free on the GPU `backend` uses, or None when that is unknown or is system memory."""
    if not backend:
        return None
    override = os.environ.get(FREE_GPU_MEMORY_ENV, "").strip()
    if override.isdigit():
        return int(override)
    if backend != "CUDA":
        return None
    return _nvidia_free()


def _nvidia_free() -> int | None:
    # Badges ask once per file shown: the answer is kept a few seconds rather than asked each time.
    now = time.monotonic()
    if _asked[0] is not None and now - _asked[0] < CACHE_S:
        return _asked[1]
    _asked[:] = [now, _ask_nvidia()]
    return _asked[1]


def _ask_nvidia() -> int | None:
    tool = shutil.which("nvidia-smi")
    if tool is None:
        return None
    try:
        done = subprocess.run(
            [tool, "--query-gpu=memory.free", "--format=csv,noheader,nounits"],
            capture_output=True,
            text=True,
            timeout=3,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    # One line per GPU, in MiB. llama.cpp splits layers across them, so their free memory adds up.
    values = [line.strip() for line in done.stdout.splitlines() if line.strip().isdigit()]
    if done.returncode != 0 or not values:
        return None
    return sum(int(v) for v in values) * MEBIBYTE


def note_loaded_backend(backend: str) -> None:
    """Remember where the last model went, so badges on the GUI thread need not import llama.cpp."""
    global _last_backend
    _last_backend = "" if backend == "CPU" else backend


def last_loaded_backend() -> str:
    return _last_backend
