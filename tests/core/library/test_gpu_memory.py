"""Free GPU memory for the fit estimate: nvidia-smi for CUDA, nothing to add for Metal or the CPU."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from desktop.core.library import gpu_memory


@pytest.fixture
def nvidia_smi(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A stand-in nvidia-smi on PATH that prints what the test says (MiB per GPU)."""
    script = tmp_path / "bin" / "nvidia-smi"
    script.parent.mkdir()
    monkeypatch.setenv("PATH", f"{script.parent}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.delenv(gpu_memory.FREE_GPU_MEMORY_ENV, raising=False)
    monkeypatch.setattr(gpu_memory, "_asked", [None, None])

    def answer(output: str, code: int = 0) -> Path:
        args, printed = tmp_path / "args", tmp_path / "printed"
        printed.write_text(output)  # from a file: quotes in it cannot break the script
        script.write_text(f'#!/bin/sh\necho "$*" > {args}\ncat {printed}\nexit {code}\n')
        script.chmod(script.stat().st_mode | stat.S_IEXEC)
        gpu_memory._asked[:] = [None, None]
        return args

    return answer


def test_cuda_asks_nvidia_smi_and_adds_up_the_gpus(nvidia_smi) -> None:
    args = nvidia_smi("7000\n1000\n")
    assert gpu_memory.free_gpu_memory("CUDA") == 8000 * 2**20
    assert "--query-gpu=memory.free" in args.read_text()


def test_an_unusable_answer_means_unknown(nvidia_smi) -> None:
    nvidia_smi("NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver\n", code=9)
    assert gpu_memory.free_gpu_memory("CUDA") is None
    nvidia_smi("[N/A]\n")
    assert gpu_memory.free_gpu_memory("CUDA") is None


def test_metal_the_cpu_and_unknown_backends_add_nothing(nvidia_smi) -> None:
    nvidia_smi("7000\n")
    assert gpu_memory.free_gpu_memory("") is None
    assert gpu_memory.free_gpu_memory("Metal") is None  # unified memory: the system's free memory
    assert gpu_memory.free_gpu_memory("Vulkan") is None


def test_the_backend_of_the_last_load_is_remembered_for_badges(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gpu_memory, "_last_backend", "")
    gpu_memory.note_loaded_backend("CUDA")
    assert gpu_memory.last_loaded_backend() == "CUDA"
    gpu_memory.note_loaded_backend("CPU")
    assert gpu_memory.last_loaded_backend() == ""
