"""App-wide settings: a small JSON file, written atomically, that never stops the app from starting.

`Settings` is a value (frozen); `SettingsStore` is its one owner in a process: every change goes
through `update`, which saves it and tells whoever subscribed. Dialogs and pages return values;
nothing edits a shared object in place.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from desktop.core import paths
from desktop.core.atomic import atomic_write_text

log = logging.getLogger(__name__)

THEMES = ("system", "light", "dark", "contrast")  # contrast: white on black, for low vision


@dataclass(frozen=True)
class Settings:
    models_dir: str = ""  # empty: the default folder under the data folder
    context_length: int = 4096
    gpu_layers: int | None = None  # None: all layers when the build can offload, else none
    threads: int = 0  # 0: one per physical core
    theme: str = "system"
    language: str = ""  # "": the system's, if Hearth speaks it; else "en" or a code of desktop.ui.i18n
    font_size: int = 0  # 0: the system's
    last_model: str = ""
    default_preset: str = ""
    linked_models: tuple[str, ...] = ()  # model files used in place, outside the models folder
    # The local OpenAI-compatible server (its API key is kept apart: server_key.py).
    server_enabled: bool = False
    server_port: int = 8080
    server_network: bool = False  # listen for other computers too (needs the API key)
    server_parallel: int = 4  # requests answered at once, the window's chat among them
    server_allow_loading: bool = False  # API clients may load another model of the library
    server_keep_conversations: bool = False  # API conversations are saved with the chats
    # Documents: the embedding model that gives retrieval its vectors ("": the first one in the
    # library, "off": keywords only), and how many passages each question is given.
    embedding_model: str = ""
    # Tools (MCP servers): rounds of calls a reply may make, how long a call may take, and the tools
    # ("server/tool") the user allowed always.
    tool_rounds: int = 5
    tool_timeout_s: int = 30
    allowed_tools: tuple[str, ...] = ()

    def models_path(self) -> Path:
        return Path(self.models_dir).expanduser() if self.models_dir else paths.default_models_dir()

    @property
    def sequences(self) -> int:
        """Conversations the chat model answers at once: one, or the server's share when it runs."""
        return max(1, min(64, self.server_parallel)) if self.server_enabled else 1


def _coerce(raw: dict) -> Settings:
    """Keep each known key whose value has the right type; a hand-edited file loses only its typos."""
    defaults = Settings()
    values = {}
    for field in fields(Settings):
        if field.name not in raw:
            continue
        value, default = raw[field.name], getattr(defaults, field.name)
        if field.name == "gpu_layers":
            ok = value is None or (isinstance(value, int) and not isinstance(value, bool))
        elif isinstance(default, tuple):
            ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
            value = tuple(v for v in value if _could_name_a_file(v)) if ok else value
        else:
            ok = type(value) is type(default)
        if ok:
            values[field.name] = value
    settings = Settings(**values)
    return settings if settings.theme in THEMES else replace(settings, theme="system")


NAME_MAX_BYTES = 255  # one name in a path, on every file system Hearth runs on
PATH_MAX_BYTES = 4096


def _could_name_a_file(text: str) -> bool:
    """False for a path no file can ever have (a name too long, a NUL byte): remembering one would
    make every later look at it fail. A path that is only missing now (an unplugged drive) is kept.
    Judged from the text alone: a stat of a dead network mount could hang the app's start."""
    encoded = os.fsencode(text)
    if not encoded or b"\0" in encoded or len(encoded) > PATH_MAX_BYTES:
        return False
    return all(len(name) <= NAME_MAX_BYTES for name in encoded.replace(b"\\", b"/").split(b"/"))


def load_settings(path: Path | None = None) -> Settings:
    path = path or paths.settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as error:
        # A corrupt file is kept aside for the user, and the app starts on defaults.
        log.warning("settings file %s is unreadable (%s); using defaults", path, error)
        with contextlib.suppress(OSError):
            os.replace(path, path.with_suffix(".json.bad"))
        return Settings()
    return _coerce(raw) if isinstance(raw, dict) else Settings()


def save_settings(settings: Settings, path: Path | None = None) -> None:
    data = asdict(settings)
    data["linked_models"] = list(settings.linked_models)
    atomic_write_text(path or paths.settings_path(), json.dumps(data, indent=2, sort_keys=True))


class SettingsStore:
    """The settings of this process, and the one place they change.

    `path` None: the settings file of the data folder. `persist=False` keeps changes in memory
    (a self-test, a benchmark: they must not rewrite the user's file).
    """

    def __init__(self, settings: Settings | None = None, path: Path | None = None, persist: bool = True) -> None:
        self._path = path
        self._persist = persist
        self._current = settings if settings is not None else load_settings(path)
        self._listeners: list[Callable[[Settings, Settings], None]] = []

    @property
    def current(self) -> Settings:
        return self._current

    def subscribe(self, listener: Callable[[Settings, Settings], None]) -> None:
        """`listener(old, new)` after each change."""
        self._listeners.append(listener)

    def update(self, **changes: Any) -> str:
        """Apply `changes` and save them; returns "" when saved, else why not (the change stays in
        memory, so the app goes on with it)."""
        old = self._current
        new = replace(old, **changes)
        if new == old:
            return ""
        self._current = new
        for listener in list(self._listeners):
            listener(old, new)
        return self.save()

    def set(self, settings: Settings) -> str:
        """Replace them all (a settings dialog's answer); as `update`."""
        return self.update(**{f.name: getattr(settings, f.name) for f in fields(Settings)})

    def save(self) -> str:
        if not self._persist:
            return ""
        try:
            save_settings(self._current, self._path)
        except OSError as error:
            return f"Settings not saved: {error.strerror or error}"
        return ""
