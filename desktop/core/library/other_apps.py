"""Find GGUF models that other apps already downloaded, so Hearth can use them in place.

Covered: the Hugging Face cache, LM Studio, GPT4All and Ollama. Every root comes from a
`home` folder and an environment mapping (the real ones by default), so tests can point
them at fake trees; a folder that does not exist is skipped.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from desktop.core.library.files import find_gguf_files
from desktop.core.library.metadata import MetadataCache, ModelInfo, read_model_info

log = logging.getLogger(__name__)

HUGGING_FACE = "Hugging Face cache"
LM_STUDIO = "LM Studio"
GPT4ALL = "GPT4All"
OLLAMA = "Ollama"

OLLAMA_MODEL_LAYER = "application/vnd.ollama.image.model"
OLLAMA_REGISTRY = "registry.ollama.ai"
MAX_MANIFEST_BYTES = 1 << 20


@dataclass
class FoundModel:
    app: str  # which app downloaded it
    name: str  # the app's own name for it: "owner/repo/file.gguf", "llama3.2:3b", ...
    path: Path  # the file to load (for the Hugging Face cache: the snapshot link, so split parts resolve)
    info: ModelInfo  # header metadata; info.error says why a file cannot be used

    def to_dict(self) -> dict:
        return {"app": self.app, "name": self.name, **self.info.to_dict(), "path": str(self.path)}


def hugging_face_hub_dir(home: Path, env: Mapping[str, str]) -> Path:
    """Where huggingface_hub keeps its cache, by the same rules it uses."""
    for key in ("HF_HUB_CACHE", "HUGGINGFACE_HUB_CACHE"):
        if env.get(key):
            return Path(env[key]).expanduser()
    if env.get("HF_HOME"):
        return Path(env["HF_HOME"]).expanduser() / "hub"
    cache = Path(env["XDG_CACHE_HOME"]).expanduser() if env.get("XDG_CACHE_HOME") else home / ".cache"
    return cache / "huggingface" / "hub"


def lm_studio_dirs(home: Path) -> list[Path]:
    # ~/.lmstudio/models since LM Studio 0.3; ~/.cache/lm-studio/models before it.
    return [home / ".lmstudio" / "models", home / ".cache" / "lm-studio" / "models"]


def gpt4all_dir(home: Path, env: Mapping[str, str], platform: str) -> Path:
    if platform == "darwin":
        return home / "Library" / "Application Support" / "nomic.ai" / "GPT4All"
    if platform.startswith("win"):
        local = Path(env["LOCALAPPDATA"]) if env.get("LOCALAPPDATA") else home / "AppData" / "Local"
        return local / "nomic.ai" / "GPT4All"
    data = Path(env["XDG_DATA_HOME"]).expanduser() if env.get("XDG_DATA_HOME") else home / ".local" / "share"
    return data / "nomic.ai" / "GPT4All"


def ollama_dirs(home: Path, env: Mapping[str, str], platform: str, system: bool) -> list[Path]:
    if env.get("OLLAMA_MODELS"):
        return [Path(env["OLLAMA_MODELS"]).expanduser()]
    found = [home / ".ollama" / "models"]
    if system and platform.startswith("linux"):
        found.append(Path("/usr/share/ollama/.ollama/models"))  # the Linux installer's system service
    return found


def _hugging_face(hub: Path) -> list[tuple[str, Path]]:
    found: list[tuple[str, Path]] = []
    if not hub.is_dir():
        return found
    for repo_dir in sorted(hub.glob("models--*")):
        repo = repo_dir.name[len("models--") :].replace("--", "/")
        snapshots = repo_dir / "snapshots"
        seen: set[str] = set()
        # Newest snapshot first, so a file present in several revisions is offered once, as its latest.
        revisions = sorted(snapshots.iterdir(), key=_mtime, reverse=True) if snapshots.is_dir() else []
        for revision in revisions:
            for path in find_gguf_files(revision):
                relative = path.relative_to(revision).as_posix()
                if relative not in seen:
                    seen.add(relative)
                    found.append((f"{repo}/{relative}", path))
    return found


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def _lm_studio(folder: Path) -> list[tuple[str, Path]]:
    return [(path.relative_to(folder).as_posix(), path) for path in find_gguf_files(folder, max_depth=4)]


def _gpt4all(folder: Path) -> list[tuple[str, Path]]:
    return [(path.name, path) for path in find_gguf_files(folder, max_depth=1)]


def _ollama_name(parts: tuple[str, ...]) -> str:
    """registry.ollama.ai/library/llama3.2/3b -> llama3.2:3b; other namespaces and hosts stay visible."""
    *prefix, model, tag = parts
    if prefix[:2] == [OLLAMA_REGISTRY, "library"] and len(prefix) == 2:
        return f"{model}:{tag}"
    if prefix and prefix[0] == OLLAMA_REGISTRY:
        prefix = prefix[1:]
    return "/".join([*prefix, model]) + f":{tag}"


def _ollama_blob(manifest: Path, blobs: Path) -> Path | None:
    try:
        if manifest.stat().st_size > MAX_MANIFEST_BYTES:
            return None
        data = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    layers = data.get("layers") if isinstance(data, dict) else None
    for layer in layers if isinstance(layers, list) else []:
        if isinstance(layer, dict) and layer.get("mediaType") == OLLAMA_MODEL_LAYER:
            digest = str(layer.get("digest", ""))
            algorithm, _, hexdigest = digest.partition(":")
            if algorithm == "sha256" and len(hexdigest) == 64 and all(c in "0123456789abcdef" for c in hexdigest):
                return blobs / f"sha256-{hexdigest}"
    return None


def _ollama(folder: Path) -> list[tuple[str, Path]]:
    manifests, blobs = folder / "manifests", folder / "blobs"
    found: list[tuple[str, Path]] = []
    if not manifests.is_dir():
        return found
    for root, dirs, files in os.walk(manifests):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for file in sorted(files):
            manifest = Path(root) / file
            parts = manifest.relative_to(manifests).parts
            if file.startswith(".") or len(parts) < 3:
                continue
            blob = _ollama_blob(manifest, blobs)
            if blob is not None and blob.is_file():
                found.append((_ollama_name(parts), blob))
    return found


def find_other_apps(
    home: Path | None = None,
    env: Mapping[str, str] | None = None,
    platform: str | None = None,
    exclude: Iterable[Path | str] = (),
    cache: MetadataCache | None = None,
) -> list[FoundModel]:
    """Every GGUF model the other apps hold, minus the files in `exclude` (those already in the library)."""
    system = home is None  # system-wide folders only for the real home, never for a test's fake one
    home = home if home is not None else Path.home()
    env = env if env is not None else os.environ
    platform = platform or sys.platform
    sources: list[tuple[str, list[tuple[str, Path]]]] = [(HUGGING_FACE, _hugging_face(hugging_face_hub_dir(home, env)))]
    for folder in lm_studio_dirs(home):
        sources.append((LM_STUDIO, _lm_studio(folder)))
    sources.append((GPT4ALL, _gpt4all(gpt4all_dir(home, env, platform))))
    for folder in ollama_dirs(home, env, platform, system):
        sources.append((OLLAMA, _ollama(folder)))
    skip = {os.path.normcase(os.path.realpath(path)) for path in exclude}
    cache = cache if cache is not None else MetadataCache.shared()
    found: list[FoundModel] = []
    for app, entries in sources:
        for name, path in entries:
            real = os.path.normcase(os.path.realpath(path))
            if real in skip:
                continue
            skip.add(real)  # the same blob reached twice (two Ollama tags, say) is offered once
            found.append(FoundModel(app, name, path, read_model_info(path, name=name, cache=cache)))
    cache.save()
    return found
