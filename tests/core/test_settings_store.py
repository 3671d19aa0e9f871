"""The app's settings have one owner: values in, saved atomically, listeners told; nothing edited in place."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from desktop.core import settings as settings_module
from desktop.core.settings import Settings, SettingsStore, load_settings


def test_a_change_is_saved_and_told_and_the_old_value_is_untouched(data_dir: Path) -> None:
    store = SettingsStore()
    before = store.current
    told: list[tuple[Settings, Settings]] = []
    store.subscribe(lambda old, new: told.append((old, new)))
    assert store.update(context_length=8192, theme="dark") == ""
    assert (store.current.context_length, store.current.theme) == (8192, "dark")
    assert before.context_length == 4096  # a value: whoever held it still sees what it saw
    assert told == [(before, store.current)]
    assert load_settings() == store.current
    assert store.update(theme="dark") == "" and len(told) == 1  # no change, nothing told or written
    with pytest.raises(dataclasses.FrozenInstanceError):
        store.current.theme = "light"  # type: ignore[misc]


def test_a_change_that_cannot_be_saved_says_why_and_holds_for_now(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*_args, **_kwargs) -> None:
        raise OSError(28, "No space left on device")

    store = SettingsStore()
    monkeypatch.setattr(settings_module, "save_settings", full)
    assert store.update(font_size=14) == "Settings not saved: No space left on device"
    assert store.current.font_size == 14 and load_settings().font_size == 0


def test_a_store_that_does_not_persist_never_writes(data_dir: Path) -> None:
    store = SettingsStore(Settings(), persist=False)
    assert store.update(last_model="/m.gguf") == ""
    assert not (data_dir / "settings.json").exists() and load_settings().last_model == ""


def test_set_replaces_everything_at_once(data_dir: Path) -> None:
    store = SettingsStore()
    chosen = dataclasses.replace(store.current, threads=3, gpu_layers=0, models_dir=str(data_dir / "m"))
    assert store.set(chosen) == "" and store.current == chosen == load_settings()
