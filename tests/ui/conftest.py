"""UI fixtures: the real main window over a scripted engine, and fake model files to pick."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop.core.settings import Settings
from desktop.ui.app import Session, open_session
from tests.helpers.scripted_backend import ScriptedBackend, backends_for


@pytest.fixture
def engine() -> ScriptedBackend:
    return ScriptedBackend()


@pytest.fixture
def fake_models(models_dir: Path) -> list[Path]:
    """Files the picker lists; the scripted engine never reads them."""
    paths = []
    for name in ("alpha.gguf", "beta.gguf"):
        path = models_dir / "acme" / "chat" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"GGUF")
        paths.append(path)
    return paths


@pytest.fixture
def open_window(qtbot, engine: ScriptedBackend) -> Iterator[Callable[..., Session]]:
    """Open a session (any number, one after the other, like restarts); all are closed at the end."""
    sessions: list[Session] = []

    def make(settings: Settings | None = None, scripted: ScriptedBackend | None = None) -> Session:
        scripted = scripted or engine
        session = open_session(backends_for(scripted), settings=settings or Settings())
        session.window.show()
        sessions.append(session)
        return session

    yield make
    for session in sessions:
        if not getattr(session, "closed", False):
            session.close()
