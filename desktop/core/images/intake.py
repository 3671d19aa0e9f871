"""Attaching an image: read (at most 50 MB), checked and normalised by Pillow, and kept as a PNG under
the data folder named by its hash; and the stored copy read back, as bytes or as a data URL.

    part = take_image(Path("photo.jpg"))      # ImagePart("<sha256>.png", "image/png", 2048, 1536)
    image_bytes(part)                          # the PNG a local vision model is given
    data_url(part)                             # "data:image/png;base64,…" for a remote engine
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import math
import os
import re
import stat
import tempfile
from pathlib import Path

from desktop.core.atomic import remove_abandoned
from desktop.core.images.files import image_file, images_dir
from desktop.core.images.normalise import ImageRefused, normalised_png
from desktop.core.messages import ImagePart
from desktop.core.text import one_line

__all__ = ["MAX_BYTES", "ImageRefused", "data_url", "image_bytes", "take_data_url", "take_image"]

MAX_BYTES = 50 * 1024 * 1024
_HASHED = re.compile(r"[0-9a-f]{64}")
_MIME = re.compile(r"image/[a-z0-9.+-]{1,40}")


def take_image(source: bytes | Path, *, name: str = "") -> ImagePart:
    """Check, normalise and keep an image; raises ImageRefused (one line, naming `name` or the file)."""
    if not isinstance(source, bytes | bytearray | memoryview):
        source = Path(source)
        name = name or source.name
    label = one_line(name.strip(), 80) or "this file"
    data = _read(source, label)
    png, width, height = normalised_png(data, label)
    return ImagePart(_keep(png, label), "image/png", width, height)


def take_data_url(url: str, *, name: str = "") -> ImagePart:
    """take_image for an image carried as `data:image/…;base64,…` (a chat export's)."""
    label = one_line(name.strip(), 80) or "this file"
    head, comma, body = url.partition(",")
    if not comma or not head.startswith("data:image/") or not head.endswith(";base64"):
        raise ImageRefused(f"{label} is not a base64 data URL")
    body = "".join(body.split())
    if len(body) * 3 // 4 > MAX_BYTES:  # refused before decoding: the size base64 text stands for
        raise ImageRefused(_too_big(label, len(body) * 3 // 4))
    try:
        data = base64.b64decode(body, validate=True)
    except (binascii.Error, ValueError):
        raise ImageRefused(f"{label} is not valid base64") from None
    return take_image(data, name=name)


def image_bytes(part: ImagePart) -> bytes:
    """The stored PNG of `part`; ImageRefused if it is gone, or is no longer the image that was attached."""
    shown = one_line(Path(part.path).name, 80) or "(no name)"
    try:
        data = image_file(part).read_bytes()
    except OSError:
        raise ImageRefused(f"the image {shown} is no longer in Hearth's data folder") from None
    stem = Path(part.path).stem
    if _HASHED.fullmatch(stem) and hashlib.sha256(data).hexdigest() != stem:
        raise ImageRefused(f"the image {shown} in Hearth's data folder has been changed; attach it again")
    return data


def data_url(part: ImagePart) -> str:
    mime = part.mime if _MIME.fullmatch(part.mime) else "image/png"
    return f"data:{mime};base64," + base64.b64encode(image_bytes(part)).decode("ascii")


def _too_big(label: str, size: int) -> str:
    return f"{label} is {math.ceil(size / 2**20):,} MB; images up to 50 MB can be attached"


def _read(source: bytes | bytearray | memoryview | Path, label: str) -> bytes:
    if not isinstance(source, Path):
        data = bytes(source)
    else:
        try:
            info = source.stat()
            if not stat.S_ISREG(info.st_mode):
                raise ImageRefused(f"{label} is not a file")
            if info.st_size > MAX_BYTES:
                raise ImageRefused(_too_big(label, info.st_size))
            with source.open("rb") as handle:
                data = handle.read(MAX_BYTES + 1)  # a file that grew since: still no more than this is read
        except OSError as error:
            raise ImageRefused(f"could not read {label} ({error.strerror or error})") from None
    if len(data) > MAX_BYTES:
        raise ImageRefused(_too_big(label, len(data)))
    if not data:
        raise ImageRefused(f"{label} is empty")
    return data


def _keep(png: bytes, label: str) -> str:
    """The stored copy's name: the PNG written under images_dir() unless the same one is there already."""
    name = hashlib.sha256(png).hexdigest() + ".png"
    target = images_dir() / name
    with contextlib.suppress(OSError):
        if target.stat().st_size == len(png):
            return name
    try:
        _write_atomically(target, png)
    except OSError as error:
        reason = error.strerror or str(error)
        raise ImageRefused(f"could not keep a copy of {label} in Hearth's data folder ({reason})") from None
    return name


def _write_atomically(path: Path, data: bytes) -> None:
    """As desktop.core.atomic writes text: a temporary file beside it, synced, then renamed over it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    if os.name == "posix":  # the rename is durable once the folder's entry is flushed
        with contextlib.suppress(OSError):
            folder = os.open(path.parent, os.O_RDONLY)
            try:
                os.fsync(folder)
            finally:
                os.close(folder)
    remove_abandoned(path)
