"""Fixtures of the llama backend's tests: tiny vision models (a text model with its projector beside it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.tiny_vision import write_tiny_lm, write_tiny_mmproj, write_tiny_vision_pair


@pytest.fixture(scope="session")
def tiny_vision_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """tiny-vlm.gguf, with mmproj-tiny-vlm.gguf beside it (16 tokens an image)."""
    model, _projector = write_tiny_vision_pair(tmp_path_factory.mktemp("vision"))
    return model


@pytest.fixture(scope="session")
def mismatched_vision_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A text model whose projector beside it makes embeddings 16 wide, for a model 32 wide."""
    folder = tmp_path_factory.mktemp("vision-mismatch")
    write_tiny_mmproj(folder / "mmproj-narrow.gguf", out_dim=16)
    return write_tiny_lm(folder / "narrow.gguf")
