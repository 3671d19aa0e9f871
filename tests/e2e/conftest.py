"""End-to-end fixtures: the real starter model in the real window."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.core.settings import Settings
from desktop.ui.app import Session, open_session


@pytest.fixture
def real_session(qtbot, starter_model) -> Iterator[Session]:
    session = open_session(settings=Settings())
    session.window.show()
    yield session
    session.close()
