"""Reliability fixtures: the stand-in Hub, huggingface_hub's home in a temporary folder, models on disk."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from huggingface_hub import constants

from tests.helpers.stub_hub import StubHub
from tests.helpers.tiny_gguf import write_tiny_model


@pytest.fixture(autouse=True)
def hf_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No real token or cache of the machine is read; the app subprocesses inherit this too."""
    home = tmp_path / "hf-home"
    home.mkdir()
    monkeypatch.setenv("HF_HOME", str(home))
    monkeypatch.setenv("HF_HUB_DISABLE_XET", "1")
    for name in ("HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "HF_HUB_OFFLINE", "HF_ENDPOINT"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(constants, "HF_HOME", str(home))
    monkeypatch.setattr(constants, "HF_TOKEN_PATH", str(home / "token"))
    monkeypatch.setattr(constants, "HF_STORED_TOKENS_PATH", str(home / "stored_tokens"))
    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(home / "hub"))
    return home


@pytest.fixture
def stub_hub(monkeypatch: pytest.MonkeyPatch) -> Iterator[StubHub]:
    hub = StubHub().start()
    monkeypatch.setenv("HF_ENDPOINT", hub.url)
    try:
        yield hub
    finally:
        hub.stop()


@pytest.fixture
def tiny_pair(models_dir: Path) -> tuple[Path, Path]:
    """Two different tiny models in the models folder."""
    folder = models_dir / "tests" / "tiny"
    folder.mkdir(parents=True)
    return (
        write_tiny_model(folder / "tiny-a.gguf", seed=1, name="Tiny A"),
        write_tiny_model(folder / "tiny-b.gguf", seed=2, name="Tiny B"),
    )


@pytest.fixture
def starter_in_library(models_dir: Path, starter_model: Path) -> Path:
    """The starter model in the models folder (a hard link where possible: no 98 MB copy)."""
    target = models_dir / "QuantFactory" / "SmolLM2-135M-Instruct-GGUF" / starter_model.name
    target.parent.mkdir(parents=True)
    try:
        target.hardlink_to(starter_model)
    except OSError:
        shutil.copyfile(starter_model, target)
    return target
