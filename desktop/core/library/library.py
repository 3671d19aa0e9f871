"""The model library: every GGUF file in the models folder plus the files the user linked in place."""

from __future__ import annotations

import os
from pathlib import Path

from desktop.core.library.errors import LibraryError
from desktop.core.library.files import find_gguf_files
from desktop.core.library.metadata import MetadataCache, ModelInfo, read_model_info
from desktop.core.library.projector import is_projector
from desktop.core.settings import Settings, load_settings


def same_file(a: Path | str, b: Path | str) -> bool:
    return os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b))


def inside_models_dir(path: Path, models_dir: Path) -> bool:
    """Judged on the folder that holds the file, so a link in the models folder counts as inside."""
    parent = os.path.realpath(Path(os.path.abspath(path)).parent)
    try:
        Path(parent).relative_to(os.path.realpath(models_dir))
    except ValueError:
        return False
    return True


def is_linked(path: Path, settings: Settings) -> bool:
    return any(same_file(path, linked) for linked in settings.linked_models)


def library_files(settings: Settings) -> list[tuple[Path, bool]]:
    """The models folder's GGUF files, then the linked files (path, linked?). A linked file that
    also sits in the models folder is listed once; a linked file that is gone is still listed. A vision
    model's projector is part of that model, not one of its own: not listed."""
    files = [(path, False) for path in find_gguf_files(settings.models_path()) if not is_projector(path)]
    seen = {os.path.normcase(os.path.realpath(path)) for path, _ in files}
    for linked in settings.linked_models:
        key = os.path.normcase(os.path.realpath(linked))  # never raises, even for a link loop
        if key not in seen:
            seen.add(key)
            files.append((Path(linked), True))
    return files


def scan_library(settings: Settings | None = None, cache: MetadataCache | None = None) -> list[ModelInfo]:
    """Every model in the library, sorted by name; bad files are included with their `error` set."""
    settings = settings or load_settings()
    cache = cache if cache is not None else MetadataCache.shared()
    found = [read_model_info(path, cache=cache, linked=linked) for path, linked in library_files(settings)]
    cache.save()
    return sorted(found, key=lambda info: (info.name.casefold(), str(info.path)))


def find_model(name: str, models: list[ModelInfo]) -> ModelInfo:
    """The model called `name` (a path, an exact name, or a unique part of one); raises LibraryError."""
    for info in models:
        if same_file(info.path, Path(name).expanduser()):
            return info
    lowered = name.casefold()
    exact = [info for info in models if info.name.casefold() == lowered]
    if len(exact) == 1:
        return exact[0]
    candidates = exact or [info for info in models if lowered in info.name.casefold()]
    if len(candidates) == 1:
        return candidates[0]
    if candidates:
        names = ", ".join(f"{info.name} ({info.path})" if exact else info.name for info in candidates[:5])
        raise LibraryError(f"'{name}' matches several models: {names}")
    raise LibraryError(f"no model named '{name}' in the library")
