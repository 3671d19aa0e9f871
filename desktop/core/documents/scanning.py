"""Finding the files of a collection's folders: every supported file once, symlink loops and all."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from desktop.core.documents.readers import is_supported

# Folders that hold tools' state, not the user's documents: indexing them would drown the rest.
SKIPPED_FOLDERS = frozenset(
    {".git", ".hg", ".svn", "node_modules", "__pycache__", ".venv", "venv", ".tox", ".mypy_cache", ".cache"}
)
MAX_FILES = 200_000  # a source that holds more (a whole disk, say) is cut here


def files_of(sources: list[str]) -> Iterator[Path]:
    """Each supported file under the sources once, in a stable order. Symlinks are followed (a
    linked folder is the user's), but a folder already walked is not walked again: no loop."""
    seen_dirs: set[tuple[int, int]] = set()
    seen_files: set[str] = set()
    count = 0
    for source in sources:
        root = Path(source)
        if root.is_file():
            candidates: Iterator[Path] = iter([root])
        elif root.is_dir():
            candidates = _walk(root, seen_dirs)
        else:
            continue
        for path in candidates:
            key = os.path.realpath(path)
            if key in seen_files or not is_supported(path):
                continue
            seen_files.add(key)
            yield path
            count += 1
            if count >= MAX_FILES:
                return


def _walk(root: Path, seen_dirs: set[tuple[int, int]]) -> Iterator[Path]:
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            info = folder.stat()
        except OSError:
            continue
        key = (info.st_dev, info.st_ino)
        if key in seen_dirs:
            continue
        seen_dirs.add(key)
        try:
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
        except OSError:  # unreadable, or gone since it was listed
            continue
        folders = []
        for entry in entries:
            if entry.name.startswith(".") and entry.name != ".":
                continue  # hidden files and folders are not the user's documents
            try:
                if entry.is_dir():
                    if entry.name not in SKIPPED_FOLDERS:
                        folders.append(Path(entry.path))
                elif entry.is_file():
                    yield Path(entry.path)
            except OSError:
                continue
        stack.extend(reversed(folders))  # depth first, in name order
