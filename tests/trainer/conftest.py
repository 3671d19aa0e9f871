"""Fixtures of the trainer's tests: a tiny GQA llama for exact checks, and plans over feedback."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.trainer.model import QUIET
from tests.trainer.tiny_llama import write_tiny_gqa


@pytest.fixture(autouse=True)
def trainer_process_settings(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The variables the trainer sets for itself (HF_HUB_OFFLINE among them) and PyTorch's thread count,
    set here for each test and put back after it: a run in-process must not change the tests after it."""
    import torch

    for key, value in QUIET.items():
        monkeypatch.setenv(key, value)
    threads = torch.get_num_threads()
    yield
    torch.set_num_threads(threads)


@pytest.fixture(scope="session")
def tiny_gqa(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_tiny_gqa(tmp_path_factory.mktemp("tiny-gqa") / "tiny-gqa.gguf")
