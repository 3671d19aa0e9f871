"""The adapters in the library: listed with their descriptions, found by name, removed, named."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from desktop.core.settings import Settings
from desktop.core.tune import adapters
from desktop.core.tune.adapters import AdapterInfo
from desktop.core.tune.errors import TuneError
from desktop.core.tune.prepare import base_label


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(models_dir=str(tmp_path / "models"))


def _install(
    settings: Settings, tmp_path: Path, name: str, base: str = "/m/base.gguf", when: float = 0.0
) -> AdapterInfo:
    staged = tmp_path / f"staged-{time.monotonic_ns()}.gguf"
    staged.write_bytes(b"GGUF")
    info = AdapterInfo(name=name, path="", base_path=base, base_sha256="ab" * 32, created=when or time.time(), pairs=3)
    return adapters.install_adapter(staged, info, settings)


def test_installed_adapters_are_listed_newest_first_and_found_by_name_part_or_path(
    settings: Settings, tmp_path: Path
) -> None:
    old = _install(settings, tmp_path, "SmolLM2 135M · mine, 1 Dec", when=1000.0)
    new = _install(settings, tmp_path, "SmolLM2 135M · mine, 1 Dec", when=2000.0)  # same name: its own file
    pirate = _install(settings, tmp_path, "Pirate", base="/m/other.gguf", when=3000.0)
    assert Path(old.path).name == "smollm2-135m-mine-1-dec.gguf" and Path(new.path).name.endswith("-2.gguf")
    assert [a.path for a in adapters.list_adapters(settings)] == [pirate.path, new.path, old.path]
    assert adapters.find_adapter("pirate", settings) == pirate
    assert adapters.find_adapter("pir", settings) == pirate
    assert adapters.find_adapter(old.path, settings) == old
    assert adapters.adapters_for("/m/other.gguf", settings) == [pirate]
    with pytest.raises(TuneError, match="matches several adapters"):
        adapters.find_adapter("smollm2", settings)
    with pytest.raises(TuneError, match="no adapter named 'nothing'"):
        adapters.find_adapter("nothing", settings)
    # Inside the models folder, yet not a model: the dot-folder keeps adapters out of the models list.
    from desktop.core.library.library import library_files

    assert library_files(settings) == []
    adapters.remove_adapter(pirate)
    assert not Path(pirate.path).exists() and pirate not in adapters.list_adapters(settings)


def test_a_broken_description_is_skipped_not_fatal(settings: Settings, tmp_path: Path) -> None:
    good = _install(settings, tmp_path, "Good")
    folder = adapters.adapters_dir(settings)
    (folder / "junk.gguf").write_bytes(b"GGUF")
    (folder / "junk.json").write_text("{not json")
    (folder / "list.gguf").write_bytes(b"GGUF")
    (folder / "list.json").write_text('["a list"]')
    (folder / "noname.gguf").write_bytes(b"GGUF")
    (folder / "noname.json").write_text('{"base_path": "/m/x.gguf", "pairs": "many"}')
    assert adapters.list_adapters(settings) == [good]


def test_default_names_say_the_model_and_the_day() -> None:
    assert base_label("/m/SmolLM2-135M-Instruct.Q4_1.gguf") == "SmolLM2 135M Instruct"
    assert base_label("Llama-3.2-1B-Instruct-Q4_K_M.gguf") == "Llama 3.2 1B Instruct"
    day = time.mktime((2026, 12, 1, 12, 0, 0, 0, 0, -1))
    assert adapters.default_name("SmolLM2 135M", day) == "SmolLM2 135M · mine, 1 Dec"
