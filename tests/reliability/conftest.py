"""Reliability fixtures: models on disk (the stand-in Hub and the temporary HF home: tests/conftest.py)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.core.settings import Settings
from desktop.ui.app import Session, open_session
from tests.helpers.scripted_backend import ScriptedBackend, backends_for
from tests.helpers.tiny_gguf import write_tiny_model


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


@pytest.fixture
def scripted(qtbot, models_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Session, ScriptedBackend]]:
    """The real window over a scripted engine, its model loaded."""
    # "A very long message: send it anyway?" is answered Yes; no dialog may wait for a user here.
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    model = models_dir / "scripted" / "model.gguf"
    model.parent.mkdir(parents=True)
    model.write_bytes(b"GGUF")
    engine = ScriptedBackend()
    session = open_session(backends_for(engine), settings=Settings())
    session.window.show()
    session.window.start(str(model))
    qtbot.waitUntil(lambda: session.engine.state == "ready", timeout=5000)
    yield session, engine
    session.close()
