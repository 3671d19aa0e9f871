"""Other apps' models are found in fake folder trees; nothing here looks at the real home."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.core.library import other_apps
from desktop.core.library.other_apps import find_other_apps
from tests.helpers.fake_apps import add_file, add_hugging_face, add_ollama
from tests.helpers.tiny_gguf import write_tiny_model


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


def by_app(found: list[other_apps.FoundModel]) -> dict[str, list[other_apps.FoundModel]]:
    result: dict[str, list[other_apps.FoundModel]] = {}
    for item in found:
        result.setdefault(item.app, []).append(item)
    return result


def test_nothing_installed_finds_nothing(home: Path) -> None:
    assert find_other_apps(home=home, env={}, platform="linux") == []


def test_hugging_face_cache_follows_snapshot_links_to_blobs(tmp_path: Path, home: Path, tiny_model: Path) -> None:
    hub = home / ".cache" / "huggingface" / "hub"
    link = add_hugging_face(hub, "someone/Tiny-GGUF", "tiny-Q8_0.gguf", tiny_model)
    other = write_tiny_model(tmp_path / "other.gguf", seed=1)
    add_hugging_face(hub, "someone/Tiny-GGUF", "sub/tiny-f32.gguf", other, revision="b" * 40)
    latest = add_hugging_face(hub, "someone/Tiny-GGUF", "tiny-Q8_0.gguf", tiny_model, revision="c" * 40)
    os.utime(link.parent, (1_000_000, 1_000_000))  # revision "a" is older than "c"; "c" is offered
    (hub / "models--someone--Tiny-GGUF" / "blobs" / "partial.incomplete").write_bytes(b"GGUF")
    found = find_other_apps(home=home, env={}, platform="linux")
    names = sorted(item.name for item in found)
    assert names == ["someone/Tiny-GGUF/sub/tiny-f32.gguf", "someone/Tiny-GGUF/tiny-Q8_0.gguf"]
    first = next(item for item in found if item.name.endswith("tiny-Q8_0.gguf"))
    assert first.app == other_apps.HUGGING_FACE
    assert first.path == latest  # the newest snapshot's path, so split parts beside it resolve
    assert Path(os.path.realpath(first.path)).parent.name == "blobs"
    assert first.info.ok and first.info.architecture == "llama"
    assert first.info.size_bytes == tiny_model.stat().st_size


def test_hugging_face_env_overrides(tmp_path: Path, home: Path, tiny_model: Path) -> None:
    custom = tmp_path / "hf-home"
    add_hugging_face(custom / "hub", "a/B-GGUF", "b.gguf", tiny_model)
    assert [f.name for f in find_other_apps(home=home, env={"HF_HOME": str(custom)})] == ["a/B-GGUF/b.gguf"]
    direct = tmp_path / "hub-cache"
    add_hugging_face(direct, "c/D-GGUF", "d.gguf", tiny_model)
    env = {"HF_HOME": str(custom), "HF_HUB_CACHE": str(direct)}
    assert [f.name for f in find_other_apps(home=home, env=env)] == ["c/D-GGUF/d.gguf"]
    assert other_apps.hugging_face_hub_dir(home, {"XDG_CACHE_HOME": "/x"}) == Path("/x/huggingface/hub")


def test_a_broken_snapshot_link_is_skipped(home: Path, tiny_model: Path) -> None:
    hub = home / ".cache" / "huggingface" / "hub"
    link = add_hugging_face(hub, "a/B-GGUF", "b.gguf", tiny_model)
    os.unlink(os.path.realpath(link))
    assert find_other_apps(home=home, env={}) == []


def test_lm_studio_both_folders(home: Path, tiny_model: Path) -> None:
    add_file(home / ".lmstudio" / "models", "lmstudio-community/Tiny-GGUF/tiny-Q4_K_M.gguf", tiny_model)
    add_file(home / ".cache" / "lm-studio" / "models", "TheBloke/Old-GGUF/old.Q4_0.gguf", tiny_model)
    found = by_app(find_other_apps(home=home, env={}))
    names = sorted(item.name for item in found[other_apps.LM_STUDIO])
    assert names == ["TheBloke/Old-GGUF/old.Q4_0.gguf", "lmstudio-community/Tiny-GGUF/tiny-Q4_K_M.gguf"]


@pytest.mark.parametrize(
    ("platform", "relative", "env"),
    [
        ("linux", ".local/share/nomic.ai/GPT4All", {}),
        ("darwin", "Library/Application Support/nomic.ai/GPT4All", {}),
        ("win32", "AppData/Local/nomic.ai/GPT4All", {}),
    ],
)
def test_gpt4all_per_platform(home: Path, tiny_model: Path, platform: str, relative: str, env: dict) -> None:
    add_file(home / relative, "Llama-3.2-1B-Instruct-Q4_0.gguf", tiny_model)
    found = find_other_apps(home=home, env=env, platform=platform)
    assert [(item.app, item.name) for item in found] == [(other_apps.GPT4ALL, "Llama-3.2-1B-Instruct-Q4_0.gguf")]


def test_gpt4all_on_windows_uses_localappdata(tmp_path: Path, home: Path, tiny_model: Path) -> None:
    local = tmp_path / "Local"
    add_file(local / "nomic.ai" / "GPT4All", "m.gguf", tiny_model)
    found = find_other_apps(home=home, env={"LOCALAPPDATA": str(local)}, platform="win32")
    assert [item.name for item in found] == ["m.gguf"]


def test_ollama_manifest_names_the_model_blob(home: Path, tiny_model: Path) -> None:
    models = home / ".ollama" / "models"
    blob = add_ollama(models, "llama3.2", "3b", tiny_model)
    found = find_other_apps(home=home, env={})
    assert [(item.app, item.name) for item in found] == [(other_apps.OLLAMA, "llama3.2:3b")]
    assert found[0].path == blob
    assert found[0].info.ok and found[0].info.quantization == "F32"


def test_ollama_namespaces_tags_and_shared_blobs(tmp_path: Path, home: Path, tiny_model: Path) -> None:
    models = tmp_path / "ollama-models"
    other = write_tiny_model(tmp_path / "other.gguf", seed=1)
    add_ollama(models, "tiny", "latest", tiny_model)
    add_ollama(models, "tiny", "small", tiny_model)  # another tag for the same blob: offered once
    add_ollama(models, "mine", "v1", other, namespace="someone")
    bad = models / "manifests" / "registry.ollama.ai" / "library" / "broken" / "latest"
    bad.parent.mkdir(parents=True)
    bad.write_text("{not json")
    found = find_other_apps(home=home, env={"OLLAMA_MODELS": str(models)})
    names = sorted(item.name for item in found)
    assert names == ["someone/mine:v1", "tiny:latest"]


def test_ollama_layer_without_a_model_is_ignored(home: Path, tiny_model: Path) -> None:
    models = home / ".ollama" / "models"
    blob = add_ollama(models, "tiny", "latest", tiny_model)
    blob.unlink()  # a half-pulled model: the manifest names a blob that is not there
    assert find_other_apps(home=home, env={}) == []


def test_exclude_hides_models_already_in_the_library(home: Path, tiny_model: Path) -> None:
    hub = home / ".cache" / "huggingface" / "hub"
    link = add_hugging_face(hub, "a/B-GGUF", "b.gguf", tiny_model)
    gpt = add_file(home / ".local/share/nomic.ai/GPT4All", "g.gguf", tiny_model)
    found = find_other_apps(home=home, env={}, platform="linux", exclude=[link])
    assert [item.path for item in found] == [gpt]


def test_a_bad_file_is_listed_with_its_reason(home: Path) -> None:
    add_file(home / ".lmstudio" / "models", "x/y/broken.gguf", Path(__file__))  # not a GGUF file
    found = find_other_apps(home=home, env={})
    assert len(found) == 1
    assert found[0].info.error == "it is not a GGUF model file"
