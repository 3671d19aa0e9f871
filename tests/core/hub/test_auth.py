"""The Hugging Face token: saved where huggingface_hub keeps it, with no network call, and HF_TOKEN first."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from huggingface_hub import constants

from desktop.core.hub.auth import current_token, forget_token, save_token, token_source
from desktop.core.hub.client import HubClient
from tests.helpers.stub_hub import StubHub


def test_save_token_stores_it_for_huggingface_hub_without_calling_the_hub(stub_hub: StubHub, hf_home: Path) -> None:
    assert current_token() is None and token_source() is None

    save_token("  hf_abc123  ")

    assert current_token() == "hf_abc123"
    assert token_source() == "file"
    token_file = Path(constants.HF_TOKEN_PATH)
    assert token_file.parent == hf_home
    assert token_file.read_text() == "hf_abc123"
    if os.name == "posix":
        assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    assert stub_hub.requests == []  # login() would have asked the Hub who this is
    assert HubClient().headers()["authorization"] == "Bearer hf_abc123"

    forget_token()
    assert current_token() is None


def test_hf_token_takes_precedence(hf_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    save_token("hf_stored")
    monkeypatch.setenv("HF_TOKEN", "hf_from_env")
    assert current_token() == "hf_from_env"
    assert token_source() == "HF_TOKEN"


def test_a_token_with_spaces_is_refused(hf_home: Path) -> None:
    with pytest.raises(ValueError, match="no spaces"):
        save_token("hf abc")
    assert not Path(constants.HF_TOKEN_PATH).exists()
