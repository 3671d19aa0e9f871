"""Where an attached image is kept: a copy under the data folder, named by the hash of its content, so a
moved or deleted original breaks no chat, and the same picture attached twice is stored once."""

from __future__ import annotations

from pathlib import Path

from desktop.core.messages import ImagePart
from desktop.core.paths import data_dir


def images_dir() -> Path:
    return data_dir() / "images"


def image_file(part: ImagePart) -> Path:
    """The stored copy of an image part (its `path` is the copy's name under `images_dir()`)."""
    return images_dir() / Path(part.path).name
