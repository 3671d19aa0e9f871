"""OS errors and library failures turned into the one-line reasons shown in the Problems list."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop.core.documents.blocks import DocumentSkipped
from desktop.core.documents.readers.limits import MAX_REASON_CHARS
from desktop.core.text import one_line


def detail(exc: BaseException) -> str:
    """The first line of an exception's message (or its type), short and safe to show."""
    lines = str(exc).strip().splitlines()
    text = lines[0].strip() if lines else ""
    return one_line(text or type(exc).__name__, MAX_REASON_CHARS)


def os_reason(exc: OSError, path: Path) -> str:
    if isinstance(exc, FileNotFoundError):
        # A link whose target is gone was never readable; anything else vanished under us.
        if path.is_symlink():
            return "cannot be read: the link points to nothing"
        return "deleted while being indexed"
    if isinstance(exc, PermissionError):
        return "cannot be read: permission denied"
    if isinstance(exc, IsADirectoryError):
        return "cannot be read: it is a folder"
    if exc.errno == errno.ELOOP:
        return "cannot be read: the link points to itself"
    return f"cannot be read: {one_line(exc.strerror or detail(exc), MAX_REASON_CHARS)}"


@contextmanager
def os_errors_skipped(path: Path) -> Iterator[None]:
    """Any OSError inside becomes DocumentSkipped with a reason the user understands."""
    try:
        yield
    except OSError as exc:
        raise DocumentSkipped(os_reason(exc, path)) from exc


def check_regular_file(path: Path) -> int:
    """The file's size; DocumentSkipped for folders, pipes and devices, which are no documents
    (and opening a pipe would wait for a writer forever)."""
    with os_errors_skipped(path):
        info = os.stat(path)
    if stat.S_ISDIR(info.st_mode):
        raise DocumentSkipped("cannot be read: it is a folder")
    if not stat.S_ISREG(info.st_mode):
        raise DocumentSkipped("cannot be read: not a regular file")
    return info.st_size


def too_large(size: int, limit: int) -> DocumentSkipped:
    return DocumentSkipped(f"too large ({size / (1024 * 1024):.0f} MB; the limit is {limit // (1024 * 1024)} MB)")
