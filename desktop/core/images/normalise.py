"""An attached picture read by Pillow and nothing else: its declared size checked before any pixel is
decoded, then made the one form every model gets (an upright RGB PNG, at most 2048 px a side).

llama.cpp's own decoder (stb_image) never sees a user's file, only this PNG, which Pillow wrote.
"""

from __future__ import annotations

import io
import re
import struct
import warnings

from PIL import Image, ImageOps, UnidentifiedImageError

FORMATS = ("PNG", "JPEG", "WEBP", "GIF")
ACCEPTED = "Hearth attaches PNG, JPEG, WebP and GIF pictures"
MAX_PIXELS = 50_000_000
# Vision projectors scale an image to about 1000 px or less; 2048 keeps the detail and the copies small.
MAX_SIDE = 2048
_WHITE = (255, 255, 255, 255)
_SIXTEEN_BIT = ("I;16", "I;16L", "I;16B", "I;16N", "I")
_WITH_ALPHA = ("RGBA", "RGBa", "LA", "La", "PA")


class ImageRefused(ValueError):
    """An image Hearth will not attach; the message is one line meant for a user."""


def normalised_png(data: bytes, label: str) -> tuple[bytes, int, int]:
    """The picture in `data` as an RGB PNG and its width and height, or ImageRefused naming `label`."""
    declared = declared_size(data)
    if declared is not None:
        _check_pixels(declared, label)
    if _looks_like_svg(data):
        raise ImageRefused(f"{label} is an SVG drawing; {ACCEPTED}")
    try:
        with warnings.catch_warnings():
            # Pillow's chatter about odd files (corrupt EXIF, palette transparency) is no reason to refuse
            # one; its decompression bomb warning is, so it is raised like its error.
            warnings.simplefilter("ignore")
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with _opened(data, label) as image:
                _check_pixels(image.size, label)
                # A JPEG is decoded at a reduced scale when it is to be downscaled anyway (much less memory).
                image.draft(None, _fitted(image.size))
                image.load()  # the first frame only: an animated GIF, WebP or PNG becomes its first picture
                picture = _upright_rgb(image)
    except ImageRefused:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        found = re.search(r"\((\d+) pixels\)", str(error))
        pixels = f"{int(found[1]) / 1e6:,.0f} megapixels" if found else "more than 50 megapixels"
        raise ImageRefused(f"{label} has {pixels}; images up to 50 megapixels can be attached") from None
    except Exception:  # a hostile file can make a decoder raise nearly anything: OSError, SyntaxError, zlib's, struct's
        raise ImageRefused(f"{label} is damaged or incomplete and cannot be read") from None
    if max(picture.size) > MAX_SIDE:
        picture = picture.resize(_fitted(picture.size), Image.Resampling.LANCZOS, reducing_gap=3.0)
    picture.info = {}  # no ICC profile, EXIF or transparency carried over: the pixels are the whole image
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    return buffer.getvalue(), picture.width, picture.height


def declared_size(head: bytes) -> tuple[int, int] | None:
    """The width and height a PNG, GIF or WebP header declares, read before Pillow (or libwebp,
    which allocates its canvas when it opens a file) is given it; None for other data."""
    if head.startswith(b"\x89PNG\r\n\x1a\n") and head[12:16] == b"IHDR" and len(head) >= 24:
        width, height = struct.unpack(">II", head[16:24])
        return width, height
    if head[:6] in (b"GIF87a", b"GIF89a") and len(head) >= 10:
        width, height = struct.unpack("<HH", head[6:10])
        return width, height
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP" and len(head) >= 30:
        chunk = head[12:16]
        if chunk == b"VP8X":
            return int.from_bytes(head[24:27], "little") + 1, int.from_bytes(head[27:30], "little") + 1
        if chunk == b"VP8L":
            bits = int.from_bytes(head[21:25], "little")
            return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
        if chunk == b"VP8 ":
            return int.from_bytes(head[26:28], "little") & 0x3FFF, int.from_bytes(head[28:30], "little") & 0x3FFF
    return None


def _check_pixels(size: tuple[int, int], label: str) -> None:
    width, height = size
    if width * height > MAX_PIXELS:
        raise ImageRefused(f"{label} is {width:,} × {height:,} pixels; images up to 50 megapixels can be attached")


def _fitted(size: tuple[int, int]) -> tuple[int, int]:
    """`size` scaled so that its longer side is at most MAX_SIDE."""
    width, height = size
    longest = max(width, height, 1)
    if longest <= MAX_SIDE:
        return width, height
    return max(1, round(width * MAX_SIDE / longest)), max(1, round(height * MAX_SIDE / longest))


def _opened(data: bytes, label: str) -> Image.Image:
    try:
        return Image.open(io.BytesIO(data), formats=FORMATS)
    except UnidentifiedImageError:
        pass
    if _signature(data):
        raise ImageRefused(f"{label} is damaged or incomplete and cannot be read")
    kind = None
    try:  # only to say what it is: the header is read, never the pixels
        with Image.open(io.BytesIO(data)) as other:
            kind = other.format
    except Exception:  # anything Pillow cannot open at all is simply not an image
        kind = None
    if kind:
        raise ImageRefused(f"{label} is a {kind} image; {ACCEPTED}")
    raise ImageRefused(f"{label} is not an image; {ACCEPTED}")


def _signature(data: bytes) -> str:
    """The accepted format whose magic bytes `data` starts with ('' for none)."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if data.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "GIF"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WEBP"
    return ""


def _looks_like_svg(data: bytes) -> bool:
    head = data[:2048].decode("utf-8", "ignore").lstrip("\ufeff \t\r\n").lower()
    return head.startswith(("<svg", "<?xml", "<!doctype svg")) and "<svg" in head


def _upright_rgb(image: Image.Image) -> Image.Image:
    """The first frame as RGB, turned as its EXIF orientation says, transparency laid on white."""
    try:
        picture = ImageOps.exif_transpose(image)
    except Exception:  # an unreadable EXIF block leaves the picture as it was stored, not refused
        picture = image.copy()
    if picture.mode in _SIXTEEN_BIT:  # 16-bit grey: the top 8 bits (a plain convert would clip to white)
        picture = picture.convert("I").point(lambda value: value * (1 / 256)).convert("L")
    if picture.mode == "P":
        picture = picture.convert("RGBA" if "transparency" in picture.info else "RGB")
    if picture.mode in _WITH_ALPHA:
        rgba = picture.convert("RGBA")
        picture = Image.alpha_composite(Image.new("RGBA", rgba.size, _WHITE), rgba)
    return picture.convert("RGB")
