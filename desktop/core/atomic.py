"""Write a file so that a crash leaves either the old content or the new, never half of one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

import psutil


def atomic_write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # The writer's process id is in the temporary name, so a later write can tell a file left by a
    # writer that was killed half-way (removed) from one that another process is writing now (kept).
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_dir(path.parent)
    remove_abandoned(path)


def remove_abandoned(path: Path, suffix: str = ".tmp") -> None:
    """Temporary files of earlier writes to `path` (named `.<name>.<pid>.…<suffix>`, as here and
    in model imports) whose writer died before renaming them."""
    prefix = f".{path.name}."
    with contextlib.suppress(OSError):
        for entry in os.scandir(path.parent):
            if not (entry.name.startswith(prefix) and entry.name.endswith(suffix)):
                continue
            writer = entry.name[len(prefix) :].split(".", 1)[0]
            if writer.isdigit() and int(writer) != os.getpid() and not psutil.pid_exists(int(writer)):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


def fsync_dir(folder: Path) -> None:
    # The rename itself is only durable once the directory entry is flushed (POSIX only).
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
