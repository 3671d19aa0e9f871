"""The curated catalog of recommended models (`models/catalog.json`, shipped with the app).

It holds chat models and, marked `"embedding": true`, embedding models (they turn passages into
vectors for searching documents; they do not chat). `load_catalog()` lists the chat models, as
every list of models to chat with expects; `load_catalog(kind="embedding")` the others.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
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


class CatalogError(Exception):
    """The catalog file is missing or malformed; the message says why in one line."""


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

    @property
    def kv_bytes_per_token(self) -> int:
        """f16 K and V for every layer: what one token of context costs in memory."""
        return self.layers * self.kv_heads * self.head_dim * 2 * 2

    def to_dict(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        data["kv_bytes_per_token"] = self.kv_bytes_per_token
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
    return CatalogEntry(**{key: value for key, value in raw.items() if key in known})


def parse_catalog(text: str) -> list[CatalogEntry]:
    try:
        data = json.loads(text)
    except ValueError as error:
        raise CatalogError(f"the catalog is not valid JSON ({error})") from None
    models = data.get("models") if isinstance(data, dict) else None
    if not isinstance(models, list):
        raise CatalogError("the catalog has no list of models")
    entries = [_entry(raw, index) for index, raw in enumerate(models)]
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
    return sorted(entries, key=lambda entry: entry.size_bytes)


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
