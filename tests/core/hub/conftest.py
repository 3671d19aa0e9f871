"""Hub test fixtures: a repo on the stand-in Hub (the Hub and the temporary HF home: tests/conftest.py)."""

from __future__ import annotations

import pytest

from tests.helpers.stub_hub import REPO, StubHub, payload


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
