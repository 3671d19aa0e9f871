"""Find model files on disk: every complete `.gguf` under a folder, one entry per multi-part model."""

from __future__ import annotations

import os
import re
from pathlib import Path

from desktop.core.model_ref import ModelRef

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
    """How a model is called: its file's name without ".gguf" (or the part number), or, for a model
    stored as a reference of another kind (a remote one, a file with an adapter), the reference's name."""
    text = str(path)
    if text.startswith("{"):
        ref = ModelRef.parse(text)
        if ref is not None and ref.kind == "gguf":
            return display_name(ref.path) + (f" + {display_name(ref.adapter)}" if ref.adapter else "")
        if ref is not None and ref.kind == "remote":
            return f"{ref.endpoint}/{remote_model_name(ref.model_id)}"
        if ref is not None:
            return ref.name
    name = Path(path).name
    name = SPLIT_SUFFIX.sub("", name)
    return name[:-5] if name.lower().endswith(".gguf") else name


def remote_model_name(model_id: str) -> str:
    """A remote model's id as a user reads it: llama-cpp-python's server names a model by its file's
    path, shown as the file's name; other ids ("meta-llama/Llama-3.1-70B-Instruct") as they are."""
    if model_id.lower().endswith(".gguf") and ("/" in model_id or "\\" in model_id):
        return display_name(model_id.replace("\\", "/").rsplit("/", 1)[-1])
    return model_id
