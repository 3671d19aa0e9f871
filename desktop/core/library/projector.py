"""A vision model's projector (mmproj): the file beside a model that lets it see images."""

from __future__ import annotations

from pathlib import Path


def is_projector(path: str | Path) -> bool:
    """A vision projector (`mmproj*.gguf`) is part of the model beside it, not a model to chat with."""
    return Path(path).name.lower().startswith("mmproj")


def find_projector(model: Path) -> Path | None:
    """The projector for `model`: a `mmproj*.gguf` in the same folder (the first by name; one whose name
    shares the model's stem first), or None for a text-only model."""
    try:
        candidates = sorted(p for p in model.parent.glob("*.gguf") if is_projector(p))
    except OSError:
        return None
    candidates = [p for p in candidates if p != model and p.is_file()]
    if not candidates:
        return None
    stem = model.stem.lower().split(".")[0]
    return next((p for p in candidates if stem and stem in p.name.lower()), candidates[0])
