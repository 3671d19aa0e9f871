"""Every Hub test talks to a stand-in Hub on 127.0.0.1, with huggingface_hub's home in a temporary folder."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from huggingface_hub import constants

from tests.helpers.stub_hub import StubHub


@pytest.fixture(autouse=True)
def hf_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The library's token files and caches live in a temporary folder; no HF_TOKEN leaks in."""
    home = tmp_path / "hf-home"
    home.mkdir()
    monkeypatch.setenv("HF_HOME", str(home))
    for name in ("HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "HF_HUB_OFFLINE"):
        monkeypatch.delenv(name, raising=False)
    # The library computed these at import time, from the real HF_HOME.
    monkeypatch.setattr(constants, "HF_HOME", str(home))
    monkeypatch.setattr(constants, "HF_TOKEN_PATH", str(home / "token"))
    monkeypatch.setattr(constants, "HF_STORED_TOKENS_PATH", str(home / "stored_tokens"))
    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(home / "hub"))
    monkeypatch.setattr(constants, "AGENT_HARNESSES_PATH", str(home / ".agent_harnesses.json"))
    return home


@pytest.fixture
def stub_hub(monkeypatch: pytest.MonkeyPatch) -> Iterator[StubHub]:
    hub = StubHub().start()
    monkeypatch.setenv("HF_ENDPOINT", hub.url)
    try:
        yield hub
    finally:
        hub.stop()


def payload(size: int, seed: int = 0) -> bytes:
    """Deterministic incompressible bytes standing in for a model file."""
    return random.Random(seed).randbytes(size)


REPO = "bartowski/Tiny-GGUF"


@pytest.fixture
def tiny_repo(stub_hub: StubHub) -> dict[str, bytes]:
    """A repo with one plain model per quantisation, a split one, a projector and a README."""
    files = {
        "Tiny-Q4_K_M.gguf": payload(300_000, 1),
        "Tiny-Q8_0.gguf": payload(500_000, 2),
        "Tiny-F16-00001-of-00002.gguf": payload(200_000, 3),
        "Tiny-F16-00002-of-00002.gguf": payload(150_000, 4),
        "mmproj-Tiny-F16.gguf": payload(20_000, 5),
        "README.md": b"# Tiny\n",
    }
    stub_hub.add_repo(REPO, files, downloads=1234, likes=56)
    return files
