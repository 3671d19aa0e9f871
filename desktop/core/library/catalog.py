"""The curated catalog of recommended models (`models/catalog.json`, shipped with the app).

It holds chat models and, marked `"embedding": true`, embedding models (they turn passages into
vectors for searching documents; they do not chat). `load_catalog()` lists the chat models, as
every list of models to chat with expects; `load_catalog(kind="embedding")` the others. A vision model's
entry names its projector (`"projector": {"file", "size_bytes", "sha256"}`, a file in the same repo):
the two are one download. An entry whose projector is malformed is left out, with a warning in the log.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from desktop.core import paths

log = logging.getLogger(__name__)

REQUIRED_TEXT = ("id", "name", "repo", "file", "quantization", "license", "architecture", "checked")
REQUIRED_INTS = ("size_bytes", "parameters", "context_length", "layers", "kv_heads", "head_dim")
OPTIONAL_TEXT = ("description", "sha256", "query_prefix", "document_prefix")
OPTIONAL_FLAGS = ("starter", "embedding")

Kind = Literal["chat", "embedding", "all"]
# A projector's file name: what the library recognises as one (library/projector.py), a GGUF file.
SAFE_NAME = re.compile(r"mmproj[^/\\]*\.gguf", re.IGNORECASE)
SHA256 = re.compile(r"[0-9a-fA-F]{64}")


class CatalogError(Exception):
    """The catalog file is missing or malformed; the message says why in one line."""


class BadProjector(CatalogError):
    """One entry's projector is malformed: that entry is left out, the rest of the catalog stands."""


@dataclass(frozen=True)
class CatalogProjector:
    """A vision model's projector (mmproj): the file beside the model that lets it see images."""

    file: str  # its exact file name in the entry's repo; it starts with "mmproj", as the library expects
    size_bytes: int  # exact where published, else the Hub's rounded size
    sha256: str = ""


@dataclass(frozen=True)
class CatalogEntry:
    id: str
    name: str
    repo: str  # the Hub repository holding the GGUF file
    file: str  # the preferred quantisation's exact file name in that repo
    quantization: str
    size_bytes: int  # approximate unless the file's exact size was published
    parameters: int
    context_length: int
    license: str
    architecture: str
    layers: int
    kv_heads: int
    head_dim: int
    checked: str  # when and how the repo and file name were confirmed
    description: str = ""
    sha256: str = ""
    starter: bool = False
    # An embedding model, not a chat model. An encoder (bert, nomic-bert, ...) has no KV cache;
    # its layers, kv_heads and head_dim are still its attention shape (kv_heads = heads).
    embedding: bool = False
    # What an embedding model wants written before a search question and before a passage (nomic's
    # "search_query: " and "search_document: "; bge's instruction for short queries), or "".
    query_prefix: str = ""
    document_prefix: str = ""
    # A vision model's projector, downloaded with it into the same folder; None for a text model.
    projector: CatalogProjector | None = None

    @property
    def kv_bytes_per_token(self) -> int:
        """f16 K and V for every layer: what one token of context costs in memory."""
        return self.layers * self.kv_heads * self.head_dim * 2 * 2

    @property
    def vision(self) -> bool:
        return self.projector is not None

    @property
    def total_bytes(self) -> int:
        """What the download brings: the model, and its projector for a vision model."""
        return self.size_bytes + (self.projector.size_bytes if self.projector else 0)

    def to_dict(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        if self.projector is None:
            del data["projector"]
        else:
            data["projector"] = asdict(self.projector)
        data["kv_bytes_per_token"] = self.kv_bytes_per_token
        data["vision"] = self.vision
        data["total_bytes"] = self.total_bytes
        return data


def default_path() -> Path:
    return paths.bundle_root() / "models" / "catalog.json"


def _entry(raw: Any, index: int) -> CatalogEntry:
    if not isinstance(raw, dict):
        raise CatalogError(f"entry {index} is not an object")
    for key in REQUIRED_TEXT:
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise CatalogError(f"entry {index} has no {key}")
    for key in REQUIRED_INTS:
        value = raw.get(key)
        if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
            raise CatalogError(f"entry {raw['id']} has no valid {key}")
    if not raw["file"].lower().endswith(".gguf") or "/" in raw["file"]:
        raise CatalogError(f"entry {raw['id']} does not name a GGUF file")
    for key in OPTIONAL_TEXT:
        if not isinstance(raw.get(key, ""), str):
            raise CatalogError(f"entry {raw['id']} has a {key} that is not text")
    for key in OPTIONAL_FLAGS:
        if not isinstance(raw.get(key, False), bool):
            raise CatalogError(f"entry {raw['id']} has a {key} that is not true or false")
    if raw.get("starter") and raw.get("embedding"):
        raise CatalogError(f"entry {raw['id']} is an embedding model: it cannot be the starter")
    known = {field for field in CatalogEntry.__dataclass_fields__}
    fields = {key: value for key, value in raw.items() if key in known}
    fields["projector"] = _projector(raw)
    return CatalogEntry(**fields)


def _projector(raw: dict[str, Any]) -> CatalogProjector | None:
    value = raw.get("projector")
    if value is None:
        return None
    where = f"entry {raw['id']}"
    if raw.get("embedding"):
        raise BadProjector(f"{where} is an embedding model: it has no projector")
    if not isinstance(value, dict):
        raise BadProjector(f"{where} has a projector that is not an object")
    file, size, sha256 = value.get("file"), value.get("size_bytes"), value.get("sha256", "")
    if not isinstance(file, str) or "/" in file or "\\" in file or not SAFE_NAME.fullmatch(file):
        raise BadProjector(f"{where} has a projector that does not name a mmproj*.gguf file")
    if file.lower() == raw["file"].lower():
        raise BadProjector(f"{where} names its model file as its projector")
    if not isinstance(size, int) or isinstance(size, bool) or size <= 0:
        raise BadProjector(f"{where} has a projector with no valid size_bytes")
    if not isinstance(sha256, str) or (sha256 and not SHA256.fullmatch(sha256)):
        raise BadProjector(f"{where} has a projector sha256 that is not 64 hex digits")
    unknown = set(value) - {"file", "size_bytes", "sha256"}
    if unknown:
        raise BadProjector(f"{where} has a projector with unknown fields: {', '.join(sorted(unknown))}")
    return CatalogProjector(file, size, sha256.lower())


def parse_catalog(text: str) -> list[CatalogEntry]:
    try:
        data = json.loads(text)
    except ValueError as error:
        raise CatalogError(f"the catalog is not valid JSON ({error})") from None
    models = data.get("models") if isinstance(data, dict) else None
    if not isinstance(models, list):
        raise CatalogError("the catalog has no list of models")
    entries = []
    for index, raw in enumerate(models):
        try:
            entries.append(_entry(raw, index))
        except BadProjector as error:
            # A vision entry with a broken projector would download a model that cannot see: left out.
            log.warning("the catalog leaves out an entry: %s", error)
    ids = [entry.id for entry in entries]
    if len(set(ids)) != len(ids):
        raise CatalogError("the catalog has duplicate ids")
    return entries


@lru_cache(maxsize=4)
def _load(path: Path) -> tuple[CatalogEntry, ...]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise CatalogError(f"the catalog {path} cannot be read ({error.strerror or error})") from None
    return tuple(parse_catalog(text))


def load_catalog(path: Path | None = None, kind: Kind = "chat") -> list[CatalogEntry]:
    """The catalog's chat models (`kind="embedding"`: its embedding models; "all": both), smallest
    first; raises CatalogError if the shipped file is broken."""
    entries = _load(path or default_path())
    if kind != "all":
        entries = tuple(entry for entry in entries if entry.embedding == (kind == "embedding"))
    return sorted(entries, key=lambda entry: entry.total_bytes)


def find_entry(repo: str, file: str | None = None, path: Path | None = None) -> CatalogEntry | None:
    """The entry for a Hub repo (and file, when given), chat or embedding model; None if the catalog
    has none or cannot be read."""
    try:
        entries = load_catalog(path, kind="all")
    except CatalogError as error:
        log.warning("%s", error)
        return None
    for entry in entries:
        if entry.repo.lower() == repo.lower() and (file is None or entry.file.lower() == file.lower()):
            return entry
    return None


def entry_for_file_name(name: str, path: Path | None = None) -> CatalogEntry | None:
    """The entry whose file has this name (a downloaded catalog model keeps its Hub file name), chat or
    embedding model."""
    try:
        entries = load_catalog(path, kind="all")
    except CatalogError:
        return None
    return next((entry for entry in entries if entry.file.lower() == name.lower()), None)


def starter_entry(path: Path | None = None) -> CatalogEntry:
    entries = load_catalog(path)
    starters = [entry for entry in entries if entry.starter]
    if not starters:
        raise CatalogError("the catalog names no starter model")
    return starters[0]
