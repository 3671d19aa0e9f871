"""Scanning the library (models folder + linked files) and finding a model by name."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.core.library.errors import LibraryError
from desktop.core.library.library import find_model, scan_library
from desktop.core.library.metadata import MetadataCache
from desktop.core.settings import Settings, load_settings


def put(folder: Path, relative: str, model: Path) -> Path:
    path = folder / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(model, path)
    return path


def test_empty_library(models_dir: Path) -> None:
    assert scan_library() == []


def test_scan_lists_folder_and_linked_models(tmp_path: Path, models_dir: Path, tiny_model: Path) -> None:
    nested = put(models_dir, "someone/Tiny-GGUF/Tiny-Q8_0.gguf", tiny_model)
    broken = models_dir / "broken.gguf"
    broken.write_bytes(b"GGUF" + b"\xff" * 20)
    (models_dir / ".hidden.gguf").write_bytes(b"x")
    (models_dir / "notes.txt").write_text("not a model")
    outside = put(tmp_path / "elsewhere", "mine.gguf", tiny_model)
    settings = Settings(linked_models=(str(outside), str(tmp_path / "vanished.gguf"), str(nested)))
    models = scan_library(settings)
    assert [(m.name, m.linked) for m in models] == [
        ("broken", False),
        ("mine", True),
        ("Tiny-Q8_0", False),  # also linked, but listed once: as the folder's
        ("vanished", True),
    ]
    by_name = {m.name: m for m in models}
    assert by_name["Tiny-Q8_0"].ok and by_name["Tiny-Q8_0"].path == nested
    assert by_name["broken"].error == "it is GGUF version 4294967295, which is not supported (only 2 and 3)"
    assert by_name["vanished"].error == "the file no longer exists"
    assert by_name["mine"].quantization == "F32"


def test_scan_uses_the_settings_models_dir(tmp_path: Path, tiny_model: Path) -> None:
    put(tmp_path / "custom", "a.gguf", tiny_model)
    models = scan_library(Settings(models_dir=str(tmp_path / "custom")), cache=MetadataCache(tmp_path / "c.json"))
    assert [m.name for m in models] == ["a"]
    assert (tmp_path / "c.json").is_file()


def test_scan_defaults_to_saved_settings(models_dir: Path, tiny_model: Path) -> None:
    put(models_dir, "b.gguf", tiny_model)
    assert load_settings().models_path() == models_dir
    assert [m.name for m in scan_library()] == ["b"]


def test_find_model(tmp_path: Path, models_dir: Path, tiny_model: Path) -> None:
    put(models_dir, "Qwen2.5-0.5B-Instruct-Q4_K_M.gguf", tiny_model)
    put(models_dir, "Qwen2.5-1.5B-Instruct-Q4_K_M.gguf", tiny_model)
    llama = put(models_dir, "Llama-3.2-1B-Instruct-Q4_K_M.gguf", tiny_model)
    models = scan_library()
    assert find_model("llama-3.2-1b-instruct-q4_k_m", models).path == llama
    assert find_model("Llama", models).path == llama
    assert find_model(str(llama), models).path == llama
    with pytest.raises(LibraryError, match=r"'Qwen' matches several models: Qwen2\.5-0\.5B"):
        find_model("Qwen", models)
    with pytest.raises(LibraryError, match="no model named 'gemma' in the library"):
        find_model("gemma", models)


def test_same_name_in_two_places_needs_the_path(tmp_path: Path, models_dir: Path, tiny_model: Path) -> None:
    inside = put(models_dir, "m.gguf", tiny_model)
    outside = put(tmp_path / "x", "m.gguf", tiny_model)
    models = scan_library(Settings(linked_models=(str(outside),)))
    with pytest.raises(LibraryError, match=r"matches several models: m \("):
        find_model("m", models)
    assert find_model(str(inside), models).linked is False
    assert find_model(str(outside), models).linked is True
