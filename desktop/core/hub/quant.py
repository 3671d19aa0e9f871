"""GGUF file names on the Hub: their quantisation, their parts, and one entry per model."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from desktop.core.library.files import SPLIT_SUFFIX  # llama.cpp loads the other parts from the first

# Quantisation tags as llama.cpp and the usual quantisers write them: Q4_K_M, IQ4_XS, Q4_0_4_4, TQ1_0,
# UD-Q4_K_XL, F16, BF16, MXFP4. The last one in the name wins ("Q8_0-model-Q4_K_M" is a Q4_K_M).
QUANT_TAG = re.compile(
    r"(?<![A-Za-z0-9])(UD-)?(IQ\d(?:_[A-Z0-9]{1,3})*|TQ\d_\d|Q\d(?:_[A-Z0-9]{1,3})*|MXFP4(?:_MOE)?|BF16|FP16|F16|FP32|F32)"
    r"(?![A-Za-z0-9])",
    re.IGNORECASE,
)
ALIASES = {"FP16": "F16", "FP32": "F32"}
# The default pick: the usual best size/quality trade-off first, then smaller or better ones.
PREFERRED = (
    "Q4_K_M",
    "UD-Q4_K_XL",
    "Q4_K_S",
    "IQ4_XS",
    "IQ4_NL",
    "Q4_0",
    "Q5_K_M",
    "Q5_K_S",
    "Q4_1",
    "Q6_K",
    "Q8_0",
    "Q3_K_L",
    "Q3_K_M",
)


@dataclass(frozen=True)
class RemoteFile:
    """One file in a repo, as the Hub lists it."""

    filename: str  # the path inside the repo
    size: int | None
    sha256: str | None  # the LFS sha256; None for a file kept in plain git

    def to_json(self) -> dict:
        return {"filename": self.filename, "size": self.size, "sha256": self.sha256}


@dataclass(frozen=True)
class GgufModel:
    """One model to download: a single GGUF file, or all the parts of a split one, and for a vision
    model its projector (hub/vision.py attaches it), which lands beside the model in the same folder."""

    name: str  # the file name with any split suffix removed, e.g. "Foo-Q4_K_M.gguf"
    quant: str | None
    files: tuple[RemoteFile, ...]  # in part order
    kind: str = "model"  # "model", or "mmproj" for a vision projector
    projector: RemoteFile | None = None

    @property
    def filename(self) -> str:
        """The file to open: the first part."""
        return self.files[0].filename

    @property
    def size(self) -> int:
        """Every byte the download brings: the parts, and the projector when there is one."""
        return sum(f.size or 0 for f in self.files) + ((self.projector.size or 0) if self.projector else 0)

    @property
    def parts(self) -> int:
        return len(self.files)

    @property
    def expected_parts(self) -> int:
        match = SPLIT_SUFFIX.search(self.files[0].filename)
        return int(match.group(2)) if match else 1

    @property
    def complete(self) -> bool:
        return self.parts == self.expected_parts

    def to_json(self) -> dict:
        return {
            "name": self.name,
            "quant": self.quant,
            "kind": self.kind,
            "size": self.size,
            "parts": self.parts,
            "complete": self.complete,
            "files": [f.to_json() for f in self.files],
            "projector": self.projector.to_json() if self.projector else None,
        }


def quant_of(filename: str) -> str | None:
    """The quantisation named in a file's name (or its folder's), upper-case; None if there is none."""
    path = SPLIT_SUFFIX.sub("", filename)
    for part in reversed(path.split("/")):
        stem = part[:-5] if part.lower().endswith(".gguf") else part
        matches = list(QUANT_TAG.finditer(stem))
        if matches:
            prefix, tag = matches[-1].group(1) or "", matches[-1].group(2).upper()
            return prefix.upper() + ALIASES.get(tag, tag)
    return None


def is_gguf(filename: str) -> bool:
    return filename.lower().endswith(".gguf")


def group_models(files: Iterable[RemoteFile]) -> list[GgufModel]:
    """GGUF files as models: split parts joined into one entry; models before projectors, smallest first."""
    groups: dict[str, list[tuple[int, RemoteFile]]] = {}
    for remote in files:
        if not is_gguf(remote.filename):
            continue
        match = SPLIT_SUFFIX.search(remote.filename)
        key = SPLIT_SUFFIX.sub("", remote.filename) if match else remote.filename
        groups.setdefault(key, []).append((int(match.group(1)) if match else 1, remote))
    models = []
    for key, parts in groups.items():
        parts.sort(key=lambda item: item[0])
        name = key.rsplit("/", 1)[-1]
        kind = "mmproj" if "mmproj" in name.lower() else "model"
        models.append(GgufModel(name, quant_of(key), tuple(remote for _, remote in parts), kind))
    models.sort(key=lambda m: (m.kind != "model", m.size, m.name.lower()))
    return models


def group_by_quant(models: Iterable[GgufModel]) -> dict[str, list[GgufModel]]:
    """Models keyed by quantisation ("other" for names without one), in the models' order."""
    grouped: dict[str, list[GgufModel]] = {}
    for model in models:
        grouped.setdefault(model.quant or "other", []).append(model)
    return grouped


def default_model(models: list[GgufModel]) -> GgufModel | None:
    """Q4_K_M when there is one, else the next usual choice, else the smallest complete model."""
    candidates = [m for m in models if m.kind == "model" and m.complete] or [m for m in models if m.complete]
    by_quant: dict[str | None, GgufModel] = {}
    for model in candidates:
        by_quant.setdefault(model.quant, model)
    for quant in PREFERRED:
        if quant in by_quant:
            return by_quant[quant]
    return min(candidates, key=lambda m: m.size) if candidates else None


def pick_model(models: list[GgufModel], choice: str | None) -> GgufModel:
    """The model a user named: an exact file name, a quantisation, or None for the default."""
    if not models:
        raise LookupError("no GGUF files in this repo")
    if not choice:
        picked = default_model(models)
        if picked is None:
            raise LookupError("no complete GGUF model in this repo")
        return picked
    lowered = choice.lower()
    for model in models:
        names = {model.name.lower()} | {f.filename.lower() for f in model.files}
        names |= {f.filename.rsplit("/", 1)[-1].lower() for f in model.files}
        if lowered in names:
            return model
    same_quant = [m for m in models if (m.quant or "").lower() == lowered]
    if same_quant:
        return next((m for m in same_quant if m.kind == "model"), same_quant[0])
    available = ", ".join(dict.fromkeys(m.quant or m.name for m in models))
    raise LookupError(f"no file or quantisation '{choice}' in this repo (available: {available})")
