"""A tiny vision model pair (text model + projector: desktop/bench/tiny_vision.py, which the benchmark
uses too) and test images stored where the app keeps attached images."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image

from desktop.bench.tiny_vision import LM_WIDTH, write_tiny_lm, write_tiny_mmproj, write_tiny_vision_pair
from desktop.core.images.files import images_dir
from desktop.core.messages import ImagePart

__all__ = [
    "LM_WIDTH",
    "noise_image",
    "solid_image",
    "stored_path",
    "write_tiny_lm",
    "write_tiny_mmproj",
    "write_tiny_vision_pair",
]


def _stored(image: Image.Image, name: str) -> ImagePart:
    folder = images_dir()
    folder.mkdir(parents=True, exist_ok=True)
    image.save(folder / name, format="PNG")
    return ImagePart(name, "image/png", image.width, image.height)


def solid_image(name: str = "red.png", color: tuple[int, int, int] = (255, 0, 0), side: int = 512) -> ImagePart:
    """A one-colour square PNG, stored as an attached image's copy is (under HEARTH_DATA_DIR)."""
    return _stored(Image.new("RGB", (side, side), color), name)


def noise_image(name: str = "noise.png", seed: int = 0, side: int = 512) -> ImagePart:
    pixels = np.random.default_rng(seed).integers(0, 256, (side, side, 3), dtype=np.uint8)
    return _stored(Image.fromarray(pixels, "RGB"), name)


def stored_path(part: ImagePart) -> Path:
    return images_dir() / part.path
