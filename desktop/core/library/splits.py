"""Multi-part GGUF models ("-00001-of-00003.gguf"): every part belongs to the model, in order."""

from __future__ import annotations

from pathlib import Path

from desktop.core.library.files import SPLIT_SUFFIX


def split_parts(path: Path) -> list[Path]:
    """All parts of the model whose first file is `path` (just `path` for a single-file model)."""
    match = SPLIT_SUFFIX.search(path.name)
    if match is None:
        return [path]
    total = int(match.group(2))
    stem = path.name[: match.start()]
    width = len(match.group(1))
    suffix = path.name[-5:]  # ".gguf" as the file spells it
    return [path.with_name(f"{stem}-{index:0{width}d}-of-{match.group(2)}{suffix}") for index in range(1, total + 1)]
