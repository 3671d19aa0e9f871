"""A tool server's standard error, kept in `mcp-<name>.log`: appended, and never larger than two files of
LOG_LIMIT (the older half moves to `mcp-<name>.log.1`). What a server writes is kept as bytes, never read."""

from __future__ import annotations

import contextlib
import logging
import os
import time
from pathlib import Path
from typing import IO

log = logging.getLogger(__name__)

LOG_LIMIT = 1024 * 1024


def log_path(log_dir: Path, name: str) -> Path:
    return log_dir / f"mcp-{name}.log"  # `name` passed check_name: a safe file name


class ServerLog:
    """Opened when the server starts, closed when it ends; a write that fails is dropped (a full disk
    must not end the server)."""

    def __init__(self, path: Path, limit: int = LOG_LIMIT) -> None:
        self.path = path
        self.limit = limit
        self._file: IO[bytes] | None = None
        self._size = 0

    def open(self, mode: str = "ab") -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle = open(self.path, mode)  # noqa: SIM115 - kept open while the server runs
            self._size = handle.tell()
            self._file = handle
        except OSError as error:
            log.warning("cannot write %s: %s", self.path, error)
            self._file = None

    def note(self, text: str) -> None:
        """A line of Hearth's own ("started", "stopped", why it failed), marked as such."""
        stamp = time.strftime("%Y-%m-%d %H:%M:%S")
        self.write(f"[hearth {stamp}] {text}\n".encode("utf-8", "replace"))

    def write(self, data: bytes) -> None:
        if self._file is None or not data:
            return
        data = data[-self.limit :]
        try:
            if self._size + len(data) > self.limit:
                self._rotate()
            if self._file is None:
                return
            self._file.write(data)
            self._file.flush()
            self._size += len(data)
        except OSError as error:
            log.debug("cannot write %s: %s", self.path, error)

    def close(self) -> None:
        if self._file is not None:
            with contextlib.suppress(OSError):
                self._file.close()
            self._file = None

    def _rotate(self) -> None:
        self.close()
        try:
            os.replace(self.path, self.path.with_name(self.path.name + ".1"))
        except OSError as error:
            log.debug("cannot rotate %s: %s", self.path, error)
        self.open("wb")  # moved, or else emptied: either way the log stays bounded
