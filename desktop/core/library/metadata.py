"""What the library shows about one model file, read from its GGUF header and cached per file version.

Reading a header never loads the model. A file whose header is bad still gets a ModelInfo,
with `error` set to the one-line reason, so the UI can list it and say why it cannot be used.
The cache is keyed by (path, size, modification time): a changed file is read again.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any, ClassVar

from desktop.core import paths
from desktop.core.atomic import atomic_write_text
from desktop.core.library import gguf_header
from desktop.core.library.files import display_name
from desktop.core.library.splits import split_parts

log = logging.getLogger(__name__)

CACHE_VERSION = 2  # 2: `embedding` (a cache without it is read again)
# GGUF files that are parts of a model but not chat models themselves (LM Studio and the Hub keep
# vision projectors, "mmproj-*.gguf", beside the model they belong to).
NOT_CHAT_MODELS = {"clip": "it is a vision projector (mmproj), not a chat model"}
RERANKER = "it is a reranker (it scores passages against a question), not a chat or embedding model"


@dataclass
class ModelInfo:
    path: Path
    name: str  # what the user calls it: the file name without ".gguf" (or the other app's name)
    size_bytes: int = 0  # all parts of a multi-part model together
    title: str = ""  # general.name from the header, often less tidy than `name`
    architecture: str = ""
    parameters: int = 0
    quantization: str = ""
    context_length: int = 0
    license: str = ""
    has_chat_template: bool = False
    layers: int = 0
    kv_bytes_per_token: int = 0
    error: str = ""  # why the file cannot be used; "" when its header is sound
    linked: bool = False  # used in place, outside the models folder
    # An embedding model (for searching documents), not a chat model: by its header (an encoder
    # architecture, or a pooling type) or the curated catalog. A chat picker leaves these out.
    embedding: bool = False

    @property
    def ok(self) -> bool:
        return not self.error

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["path"] = str(self.path)
        data["ok"] = self.ok
        return data


# Fields that depend only on the file's bytes: those are what the cache keeps.
_CACHED = [f.name for f in fields(ModelInfo) if f.name not in ("path", "name", "linked")]


def _header_fields(path: Path) -> tuple[dict[str, Any], bool]:
    """The header's fields, and whether they may be cached (not while parts are still missing)."""
    parts = split_parts(path)
    missing = [part.name for part in parts if not part.is_file()]
    if missing:
        size = sum(part.stat().st_size for part in parts if part.is_file())
        return {"size_bytes": size, "error": f"part {missing[0]} of this multi-part model is missing"}, False
    size = sum(part.stat().st_size for part in parts)
    try:
        headers = [gguf_header.read_header(part) for part in parts]
    except gguf_header.GgufError as error:
        return {"size_bytes": size, "error": str(error)}, True
    first = headers[0]
    values = {
        "size_bytes": size,
        "title": first.name,
        "architecture": first.architecture,
        "parameters": sum(header.parameters for header in headers),
        "quantization": gguf_header.guess_quantization(first),
        "context_length": first.context_length,
        "license": first.license,
        "has_chat_template": bool(first.chat_template.strip()),
        "layers": first.layers,
        "kv_bytes_per_token": first.kv_bytes_per_token(),
        "embedding": gguf_header.is_embedding_model(first),  # the catalog's word is added when read
    }
    if first.architecture in NOT_CHAT_MODELS:
        values["error"] = NOT_CHAT_MODELS[first.architecture]
    elif first.is_reranker:
        values["error"] = RERANKER
    return values, True


def _stat_key(path: Path) -> str:
    stat = path.stat()  # follows links: an Ollama or Hugging Face blob is keyed by the blob itself
    return f"{os.path.abspath(path)}|{stat.st_size}|{stat.st_mtime_ns}"


class MetadataCache:
    """Header fields per file version, kept in a JSON file in the data folder.

    `shared()` is the one cache of this process for its data folder: the file is read once, and
    scans from different threads (the welcome view's, the Models page's) add to the same entries
    instead of each writing its own copy over the other's.
    """

    _shared: ClassVar[dict[Path, MetadataCache]] = {}
    _shared_lock = threading.Lock()

    @classmethod
    def shared(cls) -> MetadataCache:
        file = paths.data_dir() / "library-cache.json"
        with cls._shared_lock:
            if file not in cls._shared:
                cls._shared[file] = cls(file)
            return cls._shared[file]

    def __init__(self, file: Path | None = None) -> None:
        self.file = file or paths.data_dir() / "library-cache.json"
        self._lock = threading.Lock()
        self._entries: dict[str, dict[str, Any]] = {}
        self._dirty = False
        try:
            data = json.loads(self.file.read_text(encoding="utf-8"))
            if isinstance(data, dict) and data.get("version") == CACHE_VERSION and isinstance(data.get("files"), dict):
                self._entries = data["files"]
        except (OSError, ValueError):
            pass  # no cache yet, or a damaged one: it is rebuilt

    def get(self, path: Path) -> dict[str, Any] | None:
        try:
            key = _stat_key(path)
        except OSError:
            return None
        with self._lock:
            entry = self._entries.get(key)
        return dict(entry) if isinstance(entry, dict) else None

    def put(self, path: Path, values: dict[str, Any]) -> None:
        try:
            key = _stat_key(path)
        except OSError:
            return
        with self._lock:
            self._entries[key] = {name: values[name] for name in _CACHED if name in values}
            self._dirty = True

    def save(self) -> None:
        """Write the cache if it changed, dropping entries for files that changed or disappeared."""
        with self._lock:
            if not self._dirty:
                return
            kept = {key: value for key, value in self._entries.items() if _still_current(key)}
            self._entries = kept
            self._dirty = False
            text = json.dumps({"version": CACHE_VERSION, "files": kept}, indent=0)
        try:
            atomic_write_text(self.file, text)
        except OSError as error:
            log.warning("could not save the model metadata cache: %s", error)


def _still_current(key: str) -> bool:
    path = key.rsplit("|", 2)[0]
    try:
        return _stat_key(Path(path)) == key
    except OSError:
        return False


def read_model_info(
    path: Path | str, name: str | None = None, cache: MetadataCache | None = None, linked: bool = False
) -> ModelInfo:
    """The model's metadata from its header (or the cache); never raises for a bad or missing file."""
    path = Path(path)
    info = ModelInfo(path=path, name=name or display_name(path), linked=linked)
    try:
        exists, is_file = path.exists(), path.is_file()
    except OSError as error:  # a name too long for the file system: pathlib raises, not False
        info.error = f"the file cannot be read ({error.strerror or error})"
        return info
    if not exists:
        info.error = "the file no longer exists"
        return info
    if not is_file:
        info.error = "it is not a regular file"
        return info
    values = cache.get(path) if cache is not None else None
    if values is None:
        try:
            values, cacheable = _header_fields(path)
        except OSError as error:
            info.error = f"the file cannot be read ({error.strerror or error})"
            return info
        if cache is not None and cacheable:
            cache.put(path, values)
    for key, value in values.items():
        if key in _CACHED:
            setattr(info, key, value)
    if info.ok and not info.embedding:
        info.embedding = _catalog_says_embedding(path.name)
    return info


def _catalog_says_embedding(file_name: str) -> bool:
    """Not cached with the header: the catalog ships with the app and may learn of a file later."""
    from desktop.core.library.catalog import entry_for_file_name

    entry = entry_for_file_name(file_name)
    return entry is not None and entry.embedding


def known_embedding_model(path: Path | str, cache: MetadataCache | None = None) -> bool:
    """Whether a file is known to be an embedding model without reading its header: the cache's
    record of it (filled by any library scan), or the catalog's word for its file name. Cheap enough
    for the GUI thread; a file never scanned and not in the catalog counts as a chat model."""
    path = Path(path)
    values = cache.get(path) if cache is not None else None
    return bool(values and values.get("embedding")) or _catalog_says_embedding(path.name)
