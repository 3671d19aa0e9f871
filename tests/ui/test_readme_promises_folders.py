"""README promise ("Where things are kept"): with no HEARTH_DATA_DIR, the app keeps its chats, its document
index and its models in the platform's data folder (~/.local/share/Hearth on Linux) and its settings in the
config folder (~/.config/Hearth), and writes nowhere else. HOME is a temporary folder here (tests/conftest.py)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from desktop.core.store import ConversationStore
from tests.helpers.window import close, send, wait_ready

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="the README names the Linux folders")


@pytest.fixture
def default_folders(monkeypatch: pytest.MonkeyPatch, user_home: Path) -> tuple[Path, Path]:
    """No HEARTH_DATA_DIR and no XDG variables: the folders the README names, under the temporary HOME."""
    for name in ("HEARTH_DATA_DIR", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)
    return user_home / ".local" / "share" / "Hearth", user_home / ".config" / "Hearth"


def test_without_hearth_data_dir_the_app_uses_the_platforms_data_and_config_folders(
    qtbot, open_window, engine, default_folders: tuple[Path, Path], user_home: Path
) -> None:
    data, config = default_folders
    model = data / "models" / "acme" / "chat" / "alpha.gguf"  # where the library is looked for
    model.parent.mkdir(parents=True)
    model.write_bytes(b"GGUF")
    session = open_window()
    window = session.window
    assert window.settings.models_path() == data / "models"
    assert window.picker.paths == [str(model)]
    assert window.downloads.manager.models_dir == data / "models"
    window.start()
    wait_ready(qtbot, session)
    assert engine.loads == [str(model)]
    send(qtbot, session, "Where am I kept?")
    close(session)

    store = ConversationStore(data / "hearth.db")
    try:
        [chat] = store.list()
        assert chat.title == "Where am I kept?" and chat.model == str(model)
    finally:
        store.close()
    settings = json.loads((config / "settings.json").read_text(encoding="utf-8"))
    assert settings["last_model"] == str(model)
    assert not (data / "settings.json").exists() and not (config / "hearth.db").exists()
    written = {p.relative_to(user_home).as_posix() for p in user_home.rglob("*") if p.is_file()}
    assert {
        ".local/share/Hearth/hearth.db",
        ".local/share/Hearth/documents.db",
        ".config/Hearth/settings.json",
    } <= written
    assert all(name.startswith((".local/share/Hearth/", ".config/Hearth/")) for name in written), written
