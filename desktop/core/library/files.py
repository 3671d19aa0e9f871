"""Find model files on disk: every complete `.gguf` under a folder, one entry per multi-part model."""

from __future__ import annotations

import os
import re
from pathlib import Path

# "-00001-of-00003.gguf": llama.cpp loads the other parts itself when given the first.
# "-00001-of-00003" before ".gguf": one part of a model split in several files (here and on the Hub).
SPLIT_SUFFIX = re.compile(r"-(\d{5})-of-(\d{5})(?=\.gguf$)", re.IGNORECASE)


def is_model_file_name(name: str) -> bool:
    if not name.lower().endswith(".gguf") or name.startswith("."):
        return False
    part = SPLIT_SUFFIX.search(name)
    return part is None or int(part.group(1)) == 1


def find_gguf_files(folder: Path, max_depth: int = 6) -> list[Path]:
    """All model files under `folder` (hidden folders, partial downloads and later parts skipped)."""
    found: list[Path] = []
    if not folder.is_dir():
        return found
    base_depth = len(folder.parts)
    for root, dirs, files in os.walk(folder, followlinks=False):
        root_path = Path(root)
        if len(root_path.parts) - base_depth >= max_depth:
            dirs[:] = []
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = root_path / name
            if is_model_file_name(name) and path.is_file():
                found.append(path)
    return found


def display_name(path: Path | str) -> str:
    name = Path(path).name
    name = SPLIT_SUFFIX.sub("", name)
    return name[:-5] if name.lower().endswith(".gguf") else name
