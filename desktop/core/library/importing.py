"""Bring a local GGUF file into the library (a copy, or a link to use it in place) and take one out.

An import checks the file's header first, so a truncated download or a random file is refused
with one line before anything is copied. A copy lands under a hidden temporary name and is
renamed into place, so a crash never leaves half a model in the library. Deleting removes only
files inside the models folder; a linked file is forgotten, never deleted.
"""

from __future__ import annotations

import contextlib
import filecmp
import os
import shutil
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.core.atomic import remove_abandoned
from desktop.core.library import gguf_header
from desktop.core.library.errors import LibraryError
from desktop.core.library.library import inside_models_dir, is_linked, same_file
from desktop.core.library.links import forget_link, linked_path
from desktop.core.library.metadata import NOT_CHAT_MODELS
from desktop.core.library.splits import split_parts
from desktop.core.settings import Settings, SettingsStore

IMPORTED_DIR = "imported"
CHUNK_BYTES = 8 << 20
SPARE_DISK_BYTES = 64 << 20  # leave the disk a little room beyond the copy itself

Progress = Callable[[int, int], None]  # (bytes copied, bytes in all)


@dataclass
class ImportResult:
    path: Path  # where the library now finds the model
    linked: bool  # used in place rather than copied
    already: bool = False  # it was in the library before this import


def check_importable(source: Path) -> list[Path]:
    """The model's files (every part of a multi-part model), each with a sound header; else LibraryError."""
    if not source.exists():
        raise LibraryError(f"{source} does not exist")
    if not source.is_file():
        raise LibraryError(f"{source} is not a model file")
    parts = split_parts(source)
    for part in parts:
        if not part.is_file():
            raise LibraryError(f"{source.name} cannot be imported: its part {part.name} is missing")
        try:
            header = gguf_header.read_header(part)
        except gguf_header.GgufError as error:
            raise LibraryError(f"{part.name} cannot be imported: {error}") from None
        if header.architecture in NOT_CHAT_MODELS:
            raise LibraryError(f"{part.name} cannot be imported: {NOT_CHAT_MODELS[header.architecture]}")
    return parts


def import_model(
    source: Path | str,
    settings: Settings,
    link: bool = False,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> ImportResult:
    """Check `source`, then copy it into <models>/imported/, or say it is to be used in place; raises
    LibraryError. A link is not recorded here: the caller records it (library.links.link_model) in
    the one SettingsStore of its process, on its own thread."""
    source = Path(source).expanduser()
    parts = check_importable(source)
    models_dir = settings.models_path()
    if inside_models_dir(source, models_dir):
        return ImportResult(source, linked=False, already=True)
    if link:
        path = linked_path(source)
        return ImportResult(path, linked=True, already=is_linked(path, settings))
    return _copy(parts, models_dir / IMPORTED_DIR, progress, cancel)


def _destination(parts: list[Path], folder: Path) -> tuple[list[Path], bool]:
    """Where the parts go, and whether the same model is already there."""
    targets = [folder / part.name for part in parts]
    if not targets[0].exists():
        return targets, False
    same = all(
        target.is_file() and target.stat().st_size == part.stat().st_size and filecmp.cmp(part, target, shallow=False)
        for part, target in zip(parts, targets, strict=True)
    )
    if same:
        return targets, True
    if len(parts) > 1:
        raise LibraryError(f"a different model named {parts[0].name} is already in {folder}")
    stem, suffix = parts[0].name[:-5], parts[0].name[-5:]
    number = 2
    while (folder / f"{stem}-{number}{suffix}").exists():
        number += 1
    return [folder / f"{stem}-{number}{suffix}"], False


def _copy(parts: list[Path], folder: Path, progress: Progress | None, cancel: threading.Event | None) -> ImportResult:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise LibraryError(f"cannot create {folder} ({error.strerror or error})") from None
    targets, already = _destination(parts, folder)
    if already:
        return ImportResult(targets[0], linked=False, already=True)
    total = sum(part.stat().st_size for part in parts)
    free = shutil.disk_usage(folder).free
    if free < total + SPARE_DISK_BYTES:
        raise LibraryError(
            f"not enough free disk space in {folder}: the model needs {total / 1e9:.1f} GB, {free / 1e9:.1f} GB is free"
        )
    for target in targets:  # a copy cut short by a kill left a hidden partial file: gigabytes
        remove_abandoned(target, suffix=".part")
    temps = [target.with_name(f".{target.name}.{os.getpid()}.part") for target in targets]
    try:
        done = 0
        for part, temp in zip(parts, temps, strict=True):
            done = _copy_file(part, temp, done, total, progress, cancel)
        for temp, target in zip(temps, targets, strict=True):
            os.replace(temp, target)
    except OSError as error:
        raise LibraryError(f"could not copy {parts[0].name} ({error.strerror or error})") from None
    finally:
        for temp in temps:
            with contextlib.suppress(OSError):
                temp.unlink()
    return ImportResult(targets[0], linked=False)


def _copy_file(
    source: Path, temp: Path, done: int, total: int, progress: Progress | None, cancel: threading.Event | None
) -> int:
    with source.open("rb") as src, temp.open("wb") as dst:
        while block := src.read(CHUNK_BYTES):
            if cancel is not None and cancel.is_set():
                raise LibraryError("the import was cancelled")
            dst.write(block)
            done += len(block)
            if progress is not None:
                progress(done, total)
        dst.flush()
        os.fsync(dst.fileno())
    return done


def delete_model(path: Path | str, settings: SettingsStore) -> str:
    """Take a model out of the library: "forgotten" for a linked file, "deleted" for one in the models folder."""
    path = Path(path).expanduser()
    current = settings.current
    if is_linked(path, current):
        not_saved = forget_link(settings, path)
        if not_saved:
            raise LibraryError(f"{path.name} is forgotten for now, but {not_saved[0].lower()}{not_saved[1:]}")
        return "forgotten"
    models_dir = current.models_path()
    if not inside_models_dir(path, models_dir) or same_file(path, models_dir):
        raise LibraryError(f"{path} is not in the models folder {models_dir}; Hearth deletes only files there")
    try:
        for part in split_parts(path):
            part.unlink(missing_ok=True)
    except OSError as error:
        raise LibraryError(f"could not delete {path.name} ({error.strerror or error})") from None
    _remove_empty_parents(path.parent, models_dir)
    return "deleted"


def _remove_empty_parents(folder: Path, models_dir: Path) -> None:
    stop = os.path.realpath(models_dir)
    while os.path.realpath(folder) != stop and inside_models_dir(folder / "x", models_dir):
        try:
            folder.rmdir()  # fails, harmlessly, once a folder still holds something
        except OSError:
            return
        folder = folder.parent
