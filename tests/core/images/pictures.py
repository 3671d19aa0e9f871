"""Pictures for the image tests, made with Pillow from fixed seeds, and headers that declare sizes no
test ever decodes (a 50,000 × 50,000 PNG in a few hundred bytes)."""

from __future__ import annotations

import io
import random
import struct
import zlib
from typing import Any

from PIL import Image

_CHANNELS = {"L": 1, "RGB": 3, "RGBA": 4, "CMYK": 4}


def noise(width: int, height: int, mode: str = "RGB", seed: int = 7) -> Image.Image:
    """Random pixels: they compress badly, so a picture's size on disk is predictable."""
    data = random.Random(seed).randbytes(width * height * _CHANNELS[mode])
    return Image.frombytes(mode, (width, height), data)


def halves(width: int, height: int, left: tuple[int, int, int], right: tuple[int, int, int]) -> Image.Image:
    image = Image.new("RGB", (width, height), left)
    image.paste(right, (width // 2, 0, width, height))
    return image


def encoded(image: Image.Image, kind: str, **options: Any) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, kind, **options)
    return buffer.getvalue()


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png_from_rows(width: int, height: int, depth: int, colour: int, rows: bytes) -> bytes:
    """A PNG written by hand (Pillow cannot write 16-bit colour): IHDR, one IDAT of `rows`, IEND."""
    header = struct.pack(">IIBBBBB", width, height, depth, colour, 0, 0, 0)
    body = _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(rows)) + _chunk(b"IEND", b"")
    return b"\x89PNG\r\n\x1a\n" + body


def png_declaring(width: int, height: int) -> bytes:
    """A valid PNG header declaring `width` × `height` RGB pixels, with a tiny IDAT behind it."""
    return png_from_rows(width, height, 8, 2, b"\0" * 64)


def jpeg_declaring(width: int, height: int) -> bytes:
    """A real JPEG's frame header (SOF0) changed to declare `width` × `height` pixels."""
    data = bytearray(encoded(noise(16, 16), "JPEG"))
    at = data.index(b"\xff\xc0")
    data[at + 5 : at + 9] = struct.pack(">HH", height, width)
    return bytes(data)


def webp_declaring(width: int, height: int) -> bytes:
    """An extended WebP's header (VP8X) declaring a `width` × `height` canvas."""
    vp8x = b"\0\0\0\0" + (width - 1).to_bytes(3, "little") + (height - 1).to_bytes(3, "little")
    body = b"WEBP" + b"VP8X" + struct.pack("<I", len(vp8x)) + vp8x
    return b"RIFF" + struct.pack("<I", len(body)) + body
