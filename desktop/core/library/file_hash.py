"""A model file's sha256, remembered by path, size and modification time: an adapter records its
base's, and a 4 GB base takes seconds to hash, so it is hashed once."""

from __future__ import annotations

import contextlib
import hashlib
import json
import threading
from pathlib import Path

from desktop.core import paths
from desktop.core.atomic import atomic_write_text

_lock = threading.Lock()


def _cache_path() -> Path:
    return paths.data_dir() / "file_hashes.json"


def _key(path: Path) -> str:
    stat = path.stat()
    return f"{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}"


def _load() -> dict[str, str]:
    try:
        data = json.loads(_cache_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, str)}


def sha256_of_file(path: Path | str, stop: threading.Event | None = None) -> str:
    """The file's sha256 (hex). Raises OSError when it cannot be read; "" when `stop` was set midway."""
    path = Path(path)
    key = _key(path)
    with _lock:
        known = _load().get(key)
    if known:
        return known
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
            if stop is not None and stop.is_set():
                return ""
    value = digest.hexdigest()
    with _lock:
        cached = _load()
        cached[key] = value
        with contextlib.suppress(OSError):  # a read-only data folder: hashed again next time, nothing lost
            atomic_write_text(_cache_path(), json.dumps(cached, indent=0, sort_keys=True))
    return value
