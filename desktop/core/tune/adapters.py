"""The user's adapters, in the library beside the models: `<models folder>/.adapters/<slug>.gguf`, each with
`<slug>.json` describing it (its name, its base model and that file's sha256, the data it learnt from, its
settings and its report). The dot keeps the folder out of the models list; an adapter is listed only when
both files are there, so a run killed while installing one leaves nothing half-listed."""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import time
import unicodedata
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.atomic import atomic_write_text
from desktop.core.library.files import display_name
from desktop.core.library.library import same_file
from desktop.core.settings import Settings
from desktop.core.text import one_line
from desktop.core.tune.errors import TuneError

ADAPTERS_FOLDER = ".adapters"
META_FORMAT = 1


@dataclass(frozen=True)
class AdapterInfo:
    name: str  # what the user called it: "SmolLM2 135M · mine, 1 Dec"
    path: str  # the adapter's GGUF file
    base_path: str  # the model it was trained on
    base_sha256: str
    base_name: str = ""
    created: float = 0.0
    sft_examples: int = 0  # liked replies it learnt from
    pairs: int = 0  # liked/disliked pairs it learnt from
    held_out: int = 0  # pairs kept aside for its report
    data_from: float = 0.0  # the oldest and newest feedback it learnt from
    data_to: float = 0.0
    settings: dict[str, Any] = field(default_factory=dict)
    report: dict[str, Any] = field(default_factory=dict)

    @property
    def meta_path(self) -> Path:
        return Path(self.path).with_suffix(".json")

    @property
    def base_missing(self) -> bool:
        return not os.path.isfile(self.base_path)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_file(cls, meta: Path) -> AdapterInfo | None:
        """The adapter a `.json` describes; None when it is unreadable or its GGUF is not beside it."""
        try:
            raw = json.loads(meta.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        gguf = meta.with_suffix(".gguf")
        if not isinstance(raw, dict) or not gguf.is_file():
            return None
        values: dict[str, Any] = {"path": str(gguf)}
        for key, kind in (
            ("name", str),
            ("base_path", str),
            ("base_sha256", str),
            ("base_name", str),
            ("created", (int, float)),
            ("sft_examples", int),
            ("pairs", int),
            ("held_out", int),
            ("data_from", (int, float)),
            ("data_to", (int, float)),
            ("settings", dict),
            ("report", dict),
        ):
            value = raw.get(key)
            if isinstance(value, kind) and not isinstance(value, bool):
                values[key] = value
        if not values.get("name") or not values.get("base_path"):
            return None
        values.setdefault("base_sha256", "")
        return cls(**values)


def adapters_dir(settings: Settings) -> Path:
    return settings.models_path() / ADAPTERS_FOLDER


def list_adapters(settings: Settings) -> list[AdapterInfo]:
    """Every adapter in the library, newest first."""
    folder = adapters_dir(settings)
    try:
        metas = sorted(folder.glob("*.json"))
    except OSError:
        return []
    found = [info for info in (AdapterInfo.from_file(meta) for meta in metas) if info is not None]
    return sorted(found, key=lambda info: -info.created)


def adapters_for(base_path: str | Path, settings: Settings) -> list[AdapterInfo]:
    """The adapters trained on this model file."""
    return [info for info in list_adapters(settings) if same_file(info.base_path, base_path)]


def find_adapter(name: str, settings: Settings) -> AdapterInfo:
    """An adapter by its file's path, its exact name, or a unique part of its name; raises TuneError."""
    adapters = list_adapters(settings)
    for info in adapters:
        if same_file(info.path, Path(name).expanduser()) or same_file(info.meta_path, Path(name).expanduser()):
            return info
    lowered = name.casefold()
    exact = [info for info in adapters if info.name.casefold() == lowered]
    candidates = exact or [info for info in adapters if lowered in info.name.casefold()]
    if len(candidates) == 1:
        return candidates[0]
    if candidates:
        names = ", ".join(info.name for info in candidates[:5])
        raise TuneError(f"'{one_line(name)}' matches several adapters: {names}")
    raise TuneError(f"no adapter named '{one_line(name)}' in the library (hearth tune list shows them)")


def slug_for(name: str, folder: Path) -> str:
    """A file name for an adapter called `name`, not taken in `folder`."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    base = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()[:60] or "adapter"
    slug, n = base, 2
    while (folder / f"{slug}.gguf").exists() or (folder / f"{slug}.json").exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def install_adapter(staged: Path, info: AdapterInfo, settings: Settings) -> AdapterInfo:
    """Move a finished run's adapter into the library with its description; returns it as listed.
    The GGUF is in place (renamed, or copied then renamed) before its `.json` is written, and the `.json`
    is what lists it: a crash in between leaves an unlisted file, removed by `remove_orphans`."""
    folder = adapters_dir(settings)
    folder.mkdir(parents=True, exist_ok=True)
    slug = slug_for(info.name, folder)
    target = folder / f"{slug}.gguf"
    try:
        os.replace(staged, target)
    except OSError:  # another file system: copy beside the target, then rename
        partial = folder / f".{slug}.gguf.{os.getpid()}.tmp"
        shutil.copyfile(staged, partial)
        os.replace(partial, target)
        with contextlib.suppress(OSError):
            staged.unlink()
    listed = AdapterInfo(**{**info.to_dict(), "path": str(target), "created": info.created or time.time()})
    data = listed.to_dict()
    data.pop("path")
    data["format"] = META_FORMAT
    atomic_write_text(target.with_suffix(".json"), json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True))
    return listed


def remove_adapter(info: AdapterInfo) -> None:
    """Its description first (it is no longer listed), then its file."""
    info.meta_path.unlink(missing_ok=True)
    Path(info.path).unlink(missing_ok=True)


def remove_orphans(settings: Settings) -> int:
    """Adapter files left without a description by a crash while installing; returns how many went."""
    folder = adapters_dir(settings)
    removed = 0
    with contextlib.suppress(OSError):
        for gguf in folder.glob("*.gguf"):
            if not gguf.with_suffix(".json").exists():
                with contextlib.suppress(OSError):
                    gguf.unlink()
                    removed += 1
    return removed


def base_label(path: Path | str) -> str:
    """'SmolLM2 135M Instruct' for SmolLM2-135M-Instruct.Q4_1.gguf: the name without its quantisation."""
    name = display_name(path)
    name = re.sub(r"[.-](?:I?Q\d[\w]*|F16|F32|BF16)$", "", name, flags=re.IGNORECASE)
    return re.sub(r"[-_]+", " ", name).strip() or name


def default_name(base_name: str, when: float | None = None) -> str:
    """'SmolLM2 135M · mine, 1 Dec': the base's name, then the day it was made."""
    day = time.localtime(when if when is not None else time.time())
    return f"{base_name} · mine, {day.tm_mday} {time.strftime('%b', day)}"
