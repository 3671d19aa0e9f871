"""API keys: in the keychain (a real keyring backend, in a test file) or an environment variable, not remotes.json."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from desktop.core.remotes.endpoints import Endpoint, EndpointStore
from desktop.core.remotes.keys import SERVICE, KeyUnavailable, delete_key, key_for, store_key
from tests.helpers.file_keyring import BACKEND_NAME, FILE_ENV, FileKeyring, using_keyring

ROOT = Path(__file__).resolve().parents[3]
KEY = "sk-test-0123456789abcdef"


@pytest.fixture
def keyring_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    path = tmp_path / "keyring.json"
    monkeypatch.setenv(FILE_ENV, str(path))
    with using_keyring(FileKeyring()):
        yield path


@pytest.fixture
def no_keychain() -> Iterator[None]:
    with using_keyring(fail.Keyring()):
        yield


def test_a_stored_key_is_read_back_and_forgotten(keyring_file: Path) -> None:
    store_key("gpu", KEY)
    assert key_for(Endpoint("gpu", "http://a:1", key="keychain")) == KEY
    assert json.loads(keyring_file.read_text())[SERVICE] == {"gpu": KEY}
    delete_key("gpu")
    with pytest.raises(KeyUnavailable, match="has no API key for gpu"):
        key_for(Endpoint("gpu", "http://a:1", key="keychain"))
    delete_key("gpu")  # nothing left to forget: not an error


def test_the_previous_keyring_is_put_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(FILE_ENV, str(tmp_path / "k.json"))
    before = keyring.get_keyring()
    with using_keyring(FileKeyring()) as backend:
        assert keyring.get_keyring() is backend
    assert keyring.get_keyring() is before


def test_the_key_is_never_written_to_remotes_json(keyring_file: Path, tmp_path: Path) -> None:
    store = EndpointStore(tmp_path / "remotes.json")
    store_key("gpu", KEY)
    store.add(Endpoint("gpu", "http://gpu:8000", key="keychain"))
    store.add(Endpoint("other", "http://other:8000", key="env", key_env="OTHER_KEY"))
    store.acknowledge("gpu")
    text = store.path.read_text(encoding="utf-8")
    assert KEY not in text and "sk-" not in text
    assert json.loads(text)["endpoints"][0]["key"] == "keychain"
    found = store.get("gpu")
    assert found is not None and key_for(found) == KEY  # yet it is found


def test_a_key_from_the_environment(monkeypatch: pytest.MonkeyPatch, no_keychain: None) -> None:
    endpoint = Endpoint("gpu", "http://a:1", key="env", key_env="HEARTH_TEST_GPU_KEY")
    monkeypatch.setenv("HEARTH_TEST_GPU_KEY", KEY)
    assert key_for(endpoint) == KEY  # no keychain is needed for it
    monkeypatch.delenv("HEARTH_TEST_GPU_KEY")
    with pytest.raises(KeyUnavailable, match=r"\$HEARTH_TEST_GPU_KEY, which is not set"):
        key_for(endpoint)


def test_an_endpoint_without_a_key_needs_no_keychain(no_keychain: None) -> None:
    assert key_for(Endpoint("local", "http://127.0.0.1:8080")) == ""


def test_with_no_keychain_storing_offers_the_environment_variable(no_keychain: None) -> None:
    with pytest.raises(KeyUnavailable) as raised:
        store_key("gpu", KEY)
    message = str(raised.value)
    assert "--api-key-env" in message and "environment variable" in message and "gpu" in message
    assert "\n" not in message and KEY not in message


def test_with_no_keychain_reading_offers_the_environment_variable(no_keychain: None) -> None:
    with pytest.raises(KeyUnavailable, match="environment variable"):
        key_for(Endpoint("gpu", "http://a:1", key="keychain"))
    delete_key("gpu")  # forgetting with no keychain is not an error either


def test_a_child_process_finds_the_test_keyring_by_name(keyring_file: Path) -> None:
    """PYTHON_KEYRING_BACKEND names the file keyring for a subprocess (the CLI, say)."""
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": BACKEND_NAME, FILE_ENV: str(keyring_file), "PYTHONPATH": str(ROOT)}
    code = (
        "import keyring; from desktop.core.remotes.keys import store_key; "
        f"store_key('gpu', {KEY!r}); print(type(keyring.get_keyring()).__name__)"
    )
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "FileKeyring"
    assert key_for(Endpoint("gpu", "http://a:1", key="keychain")) == KEY  # stored there, read here
