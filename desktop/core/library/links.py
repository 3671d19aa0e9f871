"""Model files used in place, outside the models folder: the one place a link is made or forgotten."""

from __future__ import annotations

import os
from pathlib import Path

from desktop.core.library.library import inside_models_dir, is_linked, same_file
from desktop.core.settings import SettingsStore


def linked_path(path: Path | str) -> Path:
    # abspath, not realpath: a Hugging Face cache file is a link into blobs/, and a model split in
    # parts must keep its own name to find the others.
    return Path(os.path.abspath(Path(path).expanduser()))


def link_model(settings: SettingsStore, path: Path | str) -> str:
    """Use the model at `path` in place. Returns "" when recorded, else why the settings were not
    saved (the link holds until Hearth closes). A file in the models folder needs no link."""
    path = linked_path(path)
    current = settings.current
    if is_linked(path, current) or inside_models_dir(path, current.models_path()):
        return ""
    return settings.update(linked_models=(*current.linked_models, str(path)))


def forget_link(settings: SettingsStore, path: Path | str) -> str:
    """Stop using a linked file (the file itself is left alone). Returns "" or why it was not saved."""
    kept = tuple(p for p in settings.current.linked_models if not same_file(p, path))
    return settings.update(linked_models=kept)
