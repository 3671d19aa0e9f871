"""Importing (copy or link) and deleting models; broken files are refused before anything is copied."""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import pytest

from desktop.core.library import importing
from desktop.core.library.errors import LibraryError
from desktop.core.library.importing import ImportResult, delete_model
from desktop.core.library.importing import import_model as import_with
from desktop.core.library.links import link_model
from desktop.core.settings import SettingsStore, load_settings
from tests.helpers.tiny_gguf import write_tiny_model


@pytest.fixture
def source(tmp_path: Path, tiny_model: Path) -> Path:
    path = tmp_path / "downloads" / "Tiny-Q8_0.gguf"
    path.parent.mkdir()
    shutil.copyfile(tiny_model, path)
    return path


def import_model(source: Path, link: bool = False, **options) -> ImportResult:
    """As the command line does: the settings file's values; a link is then recorded in one place."""
    settings = SettingsStore()
    result = import_with(source, settings.current, link=link, **options)
    if result.linked and not result.already:
        assert link_model(settings, result.path) == ""
    return result


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob(".*"))


def test_copy_into_imported(models_dir: Path, source: Path) -> None:
    seen: list[tuple[int, int]] = []
    result = import_model(source, progress=lambda done, total: seen.append((done, total)))
    assert result.path == models_dir / "imported" / "Tiny-Q8_0.gguf"
    assert not result.linked and not result.already
    assert result.path.read_bytes() == source.read_bytes()
    assert source.is_file()  # a copy: the original stays
    assert seen[-1] == (source.stat().st_size, source.stat().st_size)
    assert leftovers(models_dir) == []  # no hidden temporary file left behind
    assert load_settings().linked_models == ()


def test_importing_the_same_file_twice_keeps_one_copy(models_dir: Path, source: Path) -> None:
    first = import_model(source)
    again = import_model(source)
    assert again.already and again.path == first.path
    assert sorted(p.name for p in (models_dir / "imported").iterdir()) == ["Tiny-Q8_0.gguf"]


def test_a_different_file_with_the_same_name_gets_a_new_name(tmp_path: Path, models_dir: Path, source: Path) -> None:
    import_model(source)
    (tmp_path / "other").mkdir()
    other = write_tiny_model(tmp_path / "other" / "Tiny-Q8_0.gguf", seed=7)
    result = import_model(other)
    assert result.path.name == "Tiny-Q8_0-2.gguf"
    assert result.path.read_bytes() == other.read_bytes()


def test_link_uses_the_file_in_place(models_dir: Path, source: Path) -> None:
    result = import_model(source, link=True)
    assert result.linked and result.path == source
    assert load_settings().linked_models == (str(source),)
    assert not (models_dir / "imported").exists()
    assert import_model(source, link=True).already
    assert load_settings().linked_models == (str(source),)


def test_the_import_itself_records_no_link(models_dir: Path, source: Path) -> None:
    result = import_with(source, load_settings(), link=True)
    assert result.linked and not result.already
    assert load_settings().linked_models == ()  # the caller links it, on its own thread


def test_a_link_that_cannot_be_saved_says_so_and_holds_for_now(
    models_dir: Path, source: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.core import settings as settings_module

    def refuse(*_args, **_kwargs) -> None:
        raise PermissionError(13, "Permission denied")

    store = SettingsStore()
    monkeypatch.setattr(settings_module, "save_settings", refuse)
    assert link_model(store, source) == "Settings not saved: Permission denied"
    assert store.current.linked_models == (str(source),)
    assert load_settings().linked_models == ()


def test_a_file_already_in_the_models_folder_is_left_alone(models_dir: Path, tiny_model: Path) -> None:
    inside = models_dir / "a.gguf"
    shutil.copyfile(tiny_model, inside)
    result = import_model(inside, link=True)
    assert result.already and result.path == inside
    assert load_settings().linked_models == ()


@pytest.mark.parametrize("link", [False, True])
def test_truncated_file_is_refused(tmp_path: Path, models_dir: Path, tiny_model: Path, link: bool) -> None:
    cut = tmp_path / "cut.gguf"
    cut.write_bytes(tiny_model.read_bytes()[:-1000])
    with pytest.raises(LibraryError) as caught:
        import_model(cut, link=link)
    message = str(caught.value)
    assert message.startswith("cut.gguf cannot be imported: the file is truncated or corrupt (tensor ")
    assert "\n" not in message
    assert not (models_dir / "imported").exists()
    assert load_settings().linked_models == ()


def test_random_file_is_refused(tmp_path: Path, models_dir: Path) -> None:
    noise = tmp_path / "noise.gguf"
    noise.write_bytes(os.urandom(64 * 1024))
    with pytest.raises(LibraryError, match=r"^noise.gguf cannot be imported: it is not a GGUF model file$"):
        import_model(noise)


def test_missing_and_folder_sources_are_refused(tmp_path: Path, models_dir: Path) -> None:
    with pytest.raises(LibraryError, match="does not exist"):
        import_model(tmp_path / "none.gguf")
    with pytest.raises(LibraryError, match="is not a model file"):
        import_model(tmp_path)


def test_split_model_is_imported_whole(tmp_path: Path, models_dir: Path, tiny_model: Path) -> None:
    parts = [tmp_path / f"big-0000{i}-of-00002.gguf" for i in (1, 2)]
    shutil.copyfile(tiny_model, parts[0])
    with pytest.raises(LibraryError, match=r"its part big-00002-of-00002\.gguf is missing"):
        import_model(parts[0])
    shutil.copyfile(tiny_model, parts[1])
    result = import_model(parts[0])
    assert sorted(p.name for p in result.path.parent.iterdir()) == [p.name for p in parts]


def test_cancelled_copy_leaves_nothing(models_dir: Path, source: Path) -> None:
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(LibraryError, match="cancelled"):
        import_model(source, cancel=cancel)
    assert list((models_dir / "imported").iterdir()) == []


def test_not_enough_disk_space(models_dir: Path, source: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importing.shutil, "disk_usage", lambda _: shutil._ntuple_diskusage(10, 10, 0))
    with pytest.raises(LibraryError, match="not enough free disk space"):
        import_model(source)


def test_delete_removes_the_file_and_its_empty_folders(models_dir: Path, tiny_model: Path) -> None:
    path = models_dir / "owner" / "Repo-GGUF" / "m.gguf"
    path.parent.mkdir(parents=True)
    shutil.copyfile(tiny_model, path)
    keep = models_dir / "owner" / "other.gguf"
    shutil.copyfile(tiny_model, keep)
    assert delete_model(path, SettingsStore()) == "deleted"
    assert not path.exists()
    assert not (models_dir / "owner" / "Repo-GGUF").exists()
    assert keep.is_file()  # "owner" still holds a model: it stays
    assert models_dir.is_dir()
    assert delete_model(keep, SettingsStore()) == "deleted"
    assert not (models_dir / "owner").exists()
    assert models_dir.is_dir()  # never the models folder itself


def test_delete_a_linked_model_only_forgets_it(models_dir: Path, source: Path) -> None:
    import_model(source, link=True)
    assert delete_model(source, SettingsStore()) == "forgotten"
    assert source.is_file()
    assert load_settings().linked_models == ()


def test_delete_refuses_files_outside_the_library(models_dir: Path, source: Path) -> None:
    with pytest.raises(LibraryError, match="is not in the models folder"):
        delete_model(source, SettingsStore())
    assert source.is_file()
    with pytest.raises(LibraryError, match="is not in the models folder"):
        delete_model(models_dir, SettingsStore())


def test_delete_a_link_in_the_models_folder_keeps_its_target(models_dir: Path, source: Path) -> None:
    link = models_dir / "shortcut.gguf"
    link.symlink_to(source)
    assert delete_model(link, SettingsStore()) == "deleted"
    assert not link.exists() and source.is_file()


def test_a_copy_cut_short_by_a_kill_is_cleaned_up_by_the_next_import(models_dir: Path, source: Path) -> None:
    imported = models_dir / "imported"
    imported.mkdir(parents=True)
    dead = imported / f".{source.name}.999999999.part"  # no such process
    dead.write_bytes(b"GGUF half a model")
    live = imported / f".{source.name}.{os.getppid()}.part"  # another import under way
    live.write_bytes(b"GGUF")
    import_model(source)
    assert not dead.exists() and live.exists()
