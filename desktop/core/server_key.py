"""The local server's API key: kept in a file of its own (readable by this user only), never in the
settings file, the chat store or a log."""

from __future__ import annotations

import os
import secrets

from desktop.core import paths
from desktop.core.atomic import atomic_write_text

KEY_FILE = "server_api_key"


def _path() -> os.PathLike[str]:
    return paths.config_dir() / KEY_FILE


def read_key() -> str:
    try:
        with open(_path(), encoding="utf-8") as handle:
            return handle.read().strip()
    except (OSError, UnicodeDecodeError):
        return ""


def new_key() -> str:
    """A fresh key, saved (mode 600); raises OSError if it cannot be."""
    key = "hearth-" + secrets.token_urlsafe(24)
    atomic_write_text(paths.config_dir() / KEY_FILE, key + "\n")
    os.chmod(_path(), 0o600)
    return key


def ensure_key() -> str:
    return read_key() or new_key()
