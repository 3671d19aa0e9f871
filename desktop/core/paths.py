"""Where Hearth keeps its data, settings and models, and where it finds its own resources."""

from __future__ import annotations

import importlib.resources
import os
import sys
from pathlib import Path

import platformdirs

from desktop import APP_NAME

DATA_DIR_ENV = "HEARTH_DATA_DIR"


def data_dir() -> Path:
    """The user data folder: conversations, downloads, validation verdicts, models by default."""
    override = os.environ.get(DATA_DIR_ENV)
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))
    return path.expanduser()


def config_dir() -> Path:
    """Settings live in the platform's config folder; beside the data when it is overridden."""
    if os.environ.get(DATA_DIR_ENV):
        return data_dir()
    return Path(platformdirs.user_config_dir(APP_NAME, False))


def default_models_dir() -> Path:
    return data_dir() / "models"


def database_path() -> Path:
    return data_dir() / "hearth.db"


def settings_path() -> Path:
    return config_dir() / "settings.json"


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def bundle_root() -> Path:
    """The folder that holds `resources/` and `models/` (the catalog), wherever Hearth runs from.

    Frozen: the bundle's own folder, where build.spec puts them. Installed from a wheel: the `desktop`
    package itself, which carries them as package data (pyproject.toml and setup.py map the checkout's
    top-level folders under it). A checkout, editable install included: the folder above `desktop/`.
    """
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    package = importlib.resources.files("desktop")
    if isinstance(package, Path) and (package / "resources").is_dir():
        return package
    return Path(__file__).resolve().parents[2]


def resource_path(*parts: str) -> Path:
    return bundle_root().joinpath("resources", *parts)
