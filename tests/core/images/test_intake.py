"""Attaching an image: Pillow checks and normalises it first, refusals are one readable line, and the
stored copy is one upright RGB PNG named by its hash, written whole or not at all."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest
from PIL import Image

from desktop.core.images.files import image_file, images_dir
from desktop.core.images.intake import ImageRefused, data_url, image_bytes, take_data_url, take_image
from desktop.core.messages import ImagePart
from tests.core.images.pictures import (
    encoded,
    halves,
    jpeg_declaring,
    noise,
    png_declaring,
    png_from_rows,
    webp_declaring,
)

ROOT = Path(__file__).resolve().parents[3]
RED, BLUE = (255, 0, 0), (0, 0, 255)


def stored() -> list[str]:
    """Every entry of the images folder, hidden ones (temporary files) included."""
    folder = images_dir()
    return sorted(entry.name for entry in folder.iterdir()) if folder.exists() else []


def opened(part: ImagePart) -> Image.Image:
    image = Image.open(image_file(part))
    assert image.format == "PNG" and image.mode == "RGB"
    return image


def near(pixel: tuple[int, ...], wanted: tuple[int, ...], slack: int = 40) -> bool:
    return all(abs(a - b) <= slack for a, b in zip(pixel, wanted, strict=True))


@pytest.mark.parametrize("kind", ["PNG", "JPEG", "WEBP", "GIF"])
def test_each_accepted_format_is_stored_as_a_png_named_by_its_hash(kind: str) -> None:
    original = noise(64, 48, seed=3)
    part = take_image(encoded(original, kind), name=f"photo.{kind.lower()}")
    assert (part.mime, part.width, part.height) == ("image/png", 64, 48)
    data = image_file(part).read_bytes()
    assert part.path == hashlib.sha256(data).hexdigest() + ".png"
    assert stored() == [part.path]
    image = opened(part)
    assert image.size == (64, 48)
    if kind == "PNG":  # lossless all the way
        assert image.tobytes() == original.tobytes()
    assert image_bytes(part) == data


def test_a_file_is_read_and_named_by_its_own_name(tmp_path: Path) -> None:
    source = tmp_path / "holiday.jpg"
    source.write_bytes(encoded(noise(20, 10), "JPEG"))
    part = take_image(source)
    assert (part.width, part.height) == (20, 10) and image_file(part).is_file()
    source.write_bytes(b"not a picture at all")
    with pytest.raises(ImageRefused, match=r"^holiday\.jpg is not an image"):
        take_image(source)


def test_an_animated_gif_becomes_its_first_frame() -> None:
    frames = [Image.new("RGB", (30, 20), colour) for colour in (RED, BLUE, (0, 255, 0))]
    gif = encoded(frames[0], "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)
    assert Image.open(io.BytesIO(gif)).n_frames == 3
    part = take_image(gif, name="wave.gif")
    image = opened(part)
    assert image.size == (30, 20)
    assert {image.getpixel((x, y)) for x in range(30) for y in range(20)} == {RED}


def test_an_exif_rotated_jpeg_comes_out_upright() -> None:
    # Stored 40 × 20, red on the left; orientation 6 says "turn 90° clockwise to show it": 20 × 40, red on top.
    exif = Image.Exif()
    exif[0x0112] = 6
    jpeg = encoded(halves(40, 20, RED, BLUE), "JPEG", quality=95, exif=exif.tobytes())
    part = take_image(jpeg, name="phone.jpg")
    image = opened(part)
    assert (part.width, part.height) == image.size == (20, 40)
    assert near(image.getpixel((10, 5)), RED) and near(image.getpixel((10, 35)), BLUE)
    assert "exif" not in image.info  # turned once: nothing left that would turn it again


def test_a_cmyk_jpeg_is_converted_to_rgb() -> None:
    jpeg = encoded(Image.new("CMYK", (16, 16), (0, 255, 255, 0)), "JPEG", quality=95)
    assert Image.open(io.BytesIO(jpeg)).mode == "CMYK"
    image = opened(take_image(jpeg, name="print.jpg"))
    assert near(image.getpixel((8, 8)), RED)


def test_a_16_bit_png_keeps_its_tones() -> None:
    # 16-bit grey: a plain conversion would clip every value above 255 to white.
    values = [(x * 4099) % 65536 for x in range(16)]
    rows = b"".join(b"\0" + b"".join(v.to_bytes(2, "big") for v in values) for _ in range(4))
    grey = png_from_rows(16, 4, 16, 0, rows)
    assert Image.open(io.BytesIO(grey)).mode == "I;16"
    image = opened(take_image(grey, name="scan.png"))
    assert [image.getpixel((x, 0))[0] for x in range(16)] == [v >> 8 for v in values]
    # 16-bit colour with alpha: composited on white like any other transparency.
    pixel = b"".join(v.to_bytes(2, "big") for v in (65535, 0, 0, 32768))
    rows = b"".join(b"\0" + pixel * 8 for _ in range(2))
    image = opened(take_image(png_from_rows(8, 2, 16, 6, rows), name="deep.png"))
    assert near(image.getpixel((3, 1)), (255, 127, 127), slack=2)


def test_transparency_is_laid_on_white() -> None:
    rgba = Image.new("RGBA", (10, 10), (255, 0, 0, 128))
    rgba.paste((0, 0, 255, 0), (0, 0, 5, 10))  # left half fully transparent
    image = opened(take_image(encoded(rgba, "PNG"), name="sticker.png"))
    assert image.getpixel((2, 5)) == (255, 255, 255)
    assert near(image.getpixel((7, 5)), (255, 127, 127), slack=2)
    grey_alpha = opened(take_image(encoded(Image.new("LA", (4, 4), (0, 0)), "PNG"), name="la.png"))
    assert grey_alpha.getpixel((1, 1)) == (255, 255, 255)
    palette = Image.new("P", (4, 4), 1)
    palette.putpalette([0, 0, 0, 255, 0, 0] + [0] * 762)
    gif = opened(take_image(encoded(palette, "GIF", transparency=1), name="clear.gif"))
    assert gif.getpixel((1, 1)) == (255, 255, 255)


def test_a_big_picture_is_scaled_down_to_2048_pixels_a_side() -> None:
    part = take_image(encoded(halves(3000, 1500, RED, BLUE), "PNG"), name="wide.png")
    wide = opened(part)
    assert (part.width, part.height) == wide.size == (2048, 1024)
    assert wide.getpixel((10, 500)) == RED and wide.getpixel((2000, 500)) == BLUE
    # A JPEG is decoded at a reduced scale first (draft), then resized: the same longest side.
    tall = take_image(encoded(halves(2400, 4800, RED, BLUE), "JPEG"), name="tall.jpg")
    image = opened(tall)
    assert image.size == (1024, 2048)
    assert near(image.getpixel((100, 1000)), RED) and near(image.getpixel((900, 1000)), BLUE)


def test_the_same_image_twice_is_stored_once(tmp_path: Path) -> None:
    data = encoded(noise(32, 32, seed=9), "PNG")
    source = tmp_path / "again.png"
    source.write_bytes(data)
    first, second, third = take_image(data), take_image(source), take_image(data, name="copy.png")
    assert first == second == third
    assert stored() == [first.path]


SIXTY_MB = 60 * 1024 * 1024


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: random.Random(1).randbytes(10_000), r"^bad\.bin is not an image; Hearth attaches PNG, JPEG"),
        (lambda: encoded(noise(64, 64), "PNG")[:3000], r"^bad\.bin is damaged or incomplete and cannot be read$"),
        (lambda: encoded(noise(64, 64), "JPEG")[:200], r"^bad\.bin is damaged or incomplete and cannot be read$"),
        (lambda: b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, r"^bad\.bin is damaged or incomplete"),
        (lambda: b"Dear diary,\nno pictures today.\n" * 50, r"^bad\.bin is not an image"),
        (
            lambda: b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="9"><rect/></svg>',
            r"^bad\.bin is an SVG drawing; Hearth attaches PNG, JPEG, WebP and GIF pictures$",
        ),
        (lambda: encoded(noise(8, 8), "BMP"), r"^bad\.bin is a BMP image; Hearth attaches PNG, JPEG, WebP and GIF"),
        (lambda: encoded(noise(8, 8), "TIFF"), r"^bad\.bin is a TIFF image"),
        (lambda: b"", r"^bad\.bin is empty$"),
        (lambda: b"\0" * SIXTY_MB, r"^bad\.bin is 60 MB; images up to 50 MB can be attached$"),
        (
            lambda: png_declaring(50_000, 50_000),
            r"^bad\.bin is 50,000 × 50,000 pixels; images up to 50 megapixels can be attached$",
        ),
        (lambda: png_declaring(8000, 7000), r"^bad\.bin is 8,000 × 7,000 pixels; images up to 50 megapixels"),
        (lambda: webp_declaring(16_000, 16_000), r"^bad\.bin is 16,000 × 16,000 pixels"),
        (lambda: jpeg_declaring(9000, 6000), r"^bad\.bin is 9,000 × 6,000 pixels"),
        # Beyond Pillow's own limit: its DecompressionBombError, raised as it opens the file, is the refusal.
        (lambda: jpeg_declaring(60_000, 60_000), r"^bad\.bin has 3,600 megapixels; images up to 50 megapixels"),
    ],
    ids=[
        "garbage",
        "truncated-png",
        "truncated-jpeg",
        "png-signature-only",
        "text",
        "svg",
        "bmp",
        "tiff",
        "empty",
        "60-mb",
        "50000x50000-png",
        "56-megapixel-png",
        "bomb-webp",
        "54-megapixel-jpeg",
        "bomb-jpeg",
    ],
)
def test_what_is_refused_says_why_in_one_line_and_stores_nothing(make, message: str) -> None:
    data = make()
    with pytest.raises(ImageRefused, match=message) as refused:
        take_image(data, name="bad.bin")
    assert "\n" not in str(refused.value)
    assert stored() == []


def test_a_decompression_bomb_is_refused_from_its_header_without_decoding_it() -> None:
    bomb = png_declaring(50_000, 50_000)  # 7.5 GB of pixels declared, in a file this small
    assert len(bomb) < 200
    high_water = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    tracemalloc.start()
    try:
        with pytest.raises(ImageRefused, match="50 megapixels"):
            take_image(bomb)
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # Nothing the size of its pixels was allocated, by Python or by Pillow's C (the time is the benchmark's).
    assert peak < 16 << 20
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - high_water < 256 << 10
    # The same header handed straight to Pillow: its own limit refuses it too (never decoded).
    with pytest.raises(Image.DecompressionBombError):
        Image.open(io.BytesIO(bomb))


def test_a_file_over_50_mb_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "huge.png"
    with big.open("wb") as handle:  # sparse: 80 MB long, nothing on disk
        handle.truncate(80 * 1024 * 1024)
    with pytest.raises(ImageRefused, match=r"^huge\.png is 80 MB; images up to 50 MB can be attached$"):
        take_image(big)
    with pytest.raises(ImageRefused, match=r"^could not read gone\.png \(No such file or directory\)$"):
        take_image(tmp_path / "gone.png")
    with pytest.raises(ImageRefused, match=r"is not a file$"):
        take_image(tmp_path)
    assert stored() == []


def test_a_hostile_name_is_shown_on_one_line() -> None:
    with pytest.raises(ImageRefused) as refused:
        take_image(b"nope", name="evil\nsecond line\x1b[31m.png")
    assert "\n" not in str(refused.value) and "\x1b" not in str(refused.value)
    assert str(refused.value).startswith("evil second line")
    with pytest.raises(ImageRefused, match=r"^this file is not an image"):
        take_image(b"nope")


def test_the_stored_copy_reads_back_and_a_missing_or_changed_one_is_refused() -> None:
    part = take_image(encoded(noise(12, 12), "PNG"), name="x.png")
    url = data_url(part)
    assert url.startswith("data:image/png;base64,")
    assert base64.b64decode(url.partition(",")[2]) == image_file(part).read_bytes()
    image_file(part).write_bytes(encoded(noise(12, 12, seed=99), "PNG"))
    with pytest.raises(ImageRefused, match=r"has been changed; attach it again$"):
        image_bytes(part)
    image_file(part).unlink()
    with pytest.raises(ImageRefused, match=rf"^the image {part.path} is no longer in Hearth's data folder$"):
        image_bytes(part)
    with pytest.raises(ImageRefused, match="no longer in Hearth's data folder"):
        data_url(ImagePart("../../etc/passwd", "image/png"))  # only ever a name under the images folder


def test_a_data_url_goes_through_the_same_checks() -> None:
    part = take_image(encoded(noise(10, 10), "PNG"))
    assert take_data_url(data_url(part)) == part
    for url, message in [
        ("https://example.com/cat.png", "not a base64 data URL"),
        ("data:text/plain;base64,aGVsbG8=", "not a base64 data URL"),
        ("data:image/png;base64,!!!not base64!!!", "is not valid base64"),
        ("data:image/png;base64," + base64.b64encode(b"hello").decode(), "is not an image"),
        ("data:image/png;base64," + "A" * (70 * 1024 * 1024), "images up to 50 MB can be attached"),
        ("data:image/png;base64," + base64.b64encode(png_declaring(50_000, 50_000)).decode(), "50 megapixels"),
    ]:
        with pytest.raises(ImageRefused, match=message):
            take_data_url(url)
    assert stored() == [part.path]


CHILD = """
import json, resource, signal, sys
from pathlib import Path
if sys.argv[2] == "full":  # the disk is full: no file may grow past 4 KB (EFBIG rather than a signal)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, resource.RLIM_INFINITY))
from desktop.core.images.intake import ImageRefused, take_image
try:
    part = take_image(Path(sys.argv[1]))
    print(json.dumps({"stored": part.path}))
except ImageRefused as error:
    print(json.dumps({"refused": str(error)}))
"""


def can_mount_read_only() -> bool:
    if shutil.which("unshare") is None:
        return False
    script = 'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0"'
    try:
        done = subprocess.run(["unshare", "-rm", "sh", "-c", script, "/tmp"], capture_output=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


def run_child(source: Path, how: str, wrapper: list[str] | None = None) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [*(wrapper or []), sys.executable, "-c", CHILD, str(source), how]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_full_disk_is_refused_cleanly_and_leaves_nothing_half_written(tmp_path: Path) -> None:
    source = tmp_path / "noise.png"
    source.write_bytes(encoded(noise(64, 64), "PNG"))  # 12 KB of PNG: more than the disk has room for
    images_dir().mkdir()
    outcome = run_child(source, "full")
    assert outcome == {"refused": "could not keep a copy of noise.png in Hearth's data folder (File too large)"}
    assert stored() == []  # not even the temporary file


def test_a_read_only_images_folder_is_refused_cleanly(tmp_path: Path) -> None:
    source = tmp_path / "cat.png"
    source.write_bytes(encoded(noise(16, 16), "PNG"))
    folder = images_dir()
    folder.mkdir()
    if os.geteuid() != 0:
        folder.chmod(0o500)
        try:
            outcome = run_child(source, "read-only")
        finally:
            folder.chmod(0o700)
        reason = "Permission denied"
    elif can_mount_read_only():  # root is not stopped by permissions: a read-only mount of its own
        wrapper = ["unshare", "-rm", "sh", "-c", 'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && exec "$@"']
        outcome = run_child(source, "read-only", [*wrapper, str(folder)])
        reason = "Read-only file system"
    else:
        pytest.skip("running as root, and unprivileged mount namespaces (unshare -rm) are not allowed")
    assert outcome == {"refused": f"could not keep a copy of cat.png in Hearth's data folder ({reason})"}
    assert stored() == []


def test_an_images_folder_that_cannot_be_made_is_refused_cleanly(data_dir: Path) -> None:
    (data_dir / "images").write_text("a file where the folder should be", encoding="utf-8")
    with pytest.raises(ImageRefused, match=r"^could not keep a copy of cat\.png in Hearth's data folder \(.+\)$"):
        take_image(encoded(noise(8, 8), "PNG"), name="cat.png")
    assert (data_dir / "images").read_text(encoding="utf-8") == "a file where the folder should be"
