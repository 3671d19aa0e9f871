"""Fake download folders of other apps (Hugging Face cache, LM Studio, GPT4All, Ollama) under a temp home."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

ENV_KEYS = (
    "HF_HOME",
    "HF_HUB_CACHE",
    "HUGGINGFACE_HUB_CACHE",
    "XDG_CACHE_HOME",
    "XDG_DATA_HOME",
    "OLLAMA_MODELS",
    "LOCALAPPDATA",
)


def isolate_home(home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point HOME at `home` and drop every variable that would move an app's folder elsewhere."""
    home.mkdir(parents=True, exist_ok=True)
    monkeypatch.setenv("HOME", str(home))
    for key in ENV_KEYS:
        monkeypatch.delenv(key, raising=False)
    # The Linux system-wide Ollama folder is consulted only without OLLAMA_MODELS: keep it out.
    monkeypatch.setenv("OLLAMA_MODELS", str(home / ".ollama" / "models"))
    return home


def add_hugging_face(hub: Path, repo: str, file: str, model: Path, revision: str = "a" * 40) -> Path:
    """The real cache layout: snapshots/<rev>/<file> is a relative link to blobs/<sha256>."""
    repo_dir = hub / f"models--{repo.replace('/', '--')}"
    blob = repo_dir / "blobs" / hashlib.sha256(model.read_bytes()).hexdigest()
    blob.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(model, blob)
    link = repo_dir / "snapshots" / revision / file
    link.parent.mkdir(parents=True, exist_ok=True)
    link.symlink_to(Path("..", "..", *([".."] * file.count("/")), "blobs", blob.name))
    (repo_dir / "refs").mkdir(exist_ok=True)
    (repo_dir / "refs" / "main").write_text(revision)
    return link


def add_ollama(models: Path, name: str, tag: str, model: Path, namespace: str = "library") -> Path:
    """manifests/registry.ollama.ai/<namespace>/<name>/<tag> (JSON) naming blobs/sha256-<hex>."""
    data = model.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    blob = models / "blobs" / f"sha256-{digest}"
    blob.parent.mkdir(parents=True, exist_ok=True)
    blob.write_bytes(data)
    template = b"{{ .Prompt }}"
    template_digest = hashlib.sha256(template).hexdigest()
    (models / "blobs" / f"sha256-{template_digest}").write_bytes(template)
    manifest = {
        "schemaVersion": 2,
        "mediaType": "application/vnd.docker.distribution.manifest.v2+json",
        "config": {"mediaType": "application/vnd.docker.container.image.v1+json", "digest": "sha256:" + "0" * 64},
        "layers": [
            {"mediaType": "application/vnd.ollama.image.template", "digest": f"sha256:{template_digest}"},
            {"mediaType": "application/vnd.ollama.image.model", "digest": f"sha256:{digest}", "size": len(data)},
        ],
    }
    path = models / "manifests" / "registry.ollama.ai" / namespace / name / tag
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(manifest))
    return blob


def add_file(folder: Path, relative: str, model: Path) -> Path:
    path = folder / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(model, path)
    return path
