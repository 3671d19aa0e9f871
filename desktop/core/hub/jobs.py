"""What a download is: its files, where they go, its state, and the snapshot the UI is shown."""

from __future__ import annotations

import threading
import uuid
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path, PurePosixPath
from typing import Any

from desktop.core.hub.control import Control
from desktop.core.hub.quant import GgufModel
from desktop.core.hub.rates import SpeedMeter, Throttle

PARTIAL_DIR = ".downloads"  # hidden: the library scanner never looks inside


class State(StrEnum):
    QUEUED = "queued"
    DOWNLOADING = "downloading"
    PAUSED = "paused"
    VERIFYING = "verifying"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


ACTIVE = frozenset({State.DOWNLOADING, State.VERIFYING})
FINISHED = frozenset({State.DONE, State.FAILED, State.CANCELLED})


def safe_parts(repo_id: str, filename: str) -> tuple[str, ...]:
    """The path pieces owner/repo/filename, refusing anything that could climb out of the models folder."""
    pieces = (*repo_id.split("/"), *PurePosixPath(filename).parts)
    for piece in pieces:
        if piece in ("", ".", "..") or "\\" in piece or ":" in piece or piece.startswith("/"):
            raise ValueError(f"unsafe path in the Hub listing: {repo_id}/{filename}")
    if len(repo_id.split("/")) != 2:
        raise ValueError(f"not a Hub repo id: '{repo_id}' (expected owner/name)")
    return pieces


def final_path(models_dir: Path, repo_id: str, filename: str) -> Path:
    """LM Studio's layout: <models>/<owner>/<repo>/<file name as on the Hub>."""
    return models_dir.joinpath(*safe_parts(repo_id, filename))


def partial_path(models_dir: Path, repo_id: str, filename: str, sha256: str | None, size: int) -> Path:
    """Named after the content, so a partial is only ever continued with the same file's bytes."""
    tag = sha256[:16] if sha256 else f"{size}b"
    pieces = safe_parts(repo_id, filename)
    return models_dir.joinpath(PARTIAL_DIR, *pieces[:-1], f"{pieces[-1]}.{tag}.part")


@dataclass
class Part:
    filename: str  # the path inside the repo
    size: int
    sha256: str | None
    partial: Path
    final: Path
    kind: str = "model"  # "model" (a file or a split part), or "mmproj": a vision model's projector

    def to_json(self) -> dict[str, Any]:
        return {
            "filename": self.filename,
            "size": self.size,
            "sha256": self.sha256,
            "partial": str(self.partial),
            "final": str(self.final),
            "kind": self.kind,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Part:
        kind = data.get("kind", "model")
        if kind not in ("model", "mmproj"):
            raise ValueError(f"a download part of unknown kind {kind!r}")
        return cls(
            data["filename"], int(data["size"]), data.get("sha256"), Path(data["partial"]), Path(data["final"]), kind
        )

    def is_in_place(self) -> bool:
        try:
            return self.final.stat().st_size == self.size
        except OSError:
            return False

    def received(self) -> int:
        if self.is_in_place():
            return self.size
        try:
            return min(self.partial.stat().st_size, self.size)
        except OSError:
            return 0


@dataclass(frozen=True)
class DownloadStatus:
    """One row of the visible queue; a new snapshot is sent on every change."""

    id: str
    repo_id: str
    revision: str
    name: str
    quant: str | None
    state: State
    bytes_done: int
    bytes_total: int
    speed: float  # bytes per second, over the last few seconds
    eta: float | None  # seconds; None while unknown
    error: str | None  # one line, set when failed
    error_kind: str | None  # "offline", "gated", "disk_space", "checksum", "not_found", "transient", "error"
    path: Path  # the model file (first part) once done
    parts: int  # the files this download brings, a vision model's projector included
    projector: Path | None = None  # a vision model's projector, beside `path`; None for a text model

    @property
    def fraction(self) -> float:
        return self.bytes_done / self.bytes_total if self.bytes_total else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "repo_id": self.repo_id,
            "revision": self.revision,
            "name": self.name,
            "quant": self.quant,
            "state": str(self.state),
            "bytes_done": self.bytes_done,
            "bytes_total": self.bytes_total,
            "speed": self.speed,
            "eta": self.eta,
            "error": self.error,
            "error_kind": self.error_kind,
            "path": str(self.path),
            "parts": self.parts,
            "projector": str(self.projector) if self.projector else None,
        }


@dataclass
class Job:
    """The manager's own, mutable record of a download."""

    repo_id: str
    revision: str
    name: str
    quant: str | None
    parts: list[Part]
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    state: State = State.QUEUED
    error: str | None = None
    error_kind: str | None = None
    bytes_done: int = 0
    control: Control = field(default_factory=Control)
    thread: threading.Thread | None = None
    meter: SpeedMeter = field(default_factory=SpeedMeter)
    throttle: Throttle = field(default_factory=Throttle)

    @classmethod
    def for_model(cls, models_dir: Path, repo_id: str, revision: str, model: GgufModel) -> Job:
        parts = [
            Part(
                f.filename,
                f.size or 0,
                f.sha256,
                partial_path(models_dir, repo_id, f.filename, f.sha256, f.size or 0),
                final_path(models_dir, repo_id, f.filename),
            )
            for f in model.files
        ]
        projector = model.projector
        if projector is not None:
            # Beside the model, wherever it sits in the repo: the library pairs a model with the
            # mmproj file in its own folder (library/projector.py).
            name = safe_parts(repo_id, projector.filename)[-1]
            if name.lower() in {part.final.name.lower() for part in parts}:
                raise ValueError(f"the projector {projector.filename} has the name of a model file")
            partial = partial_path(models_dir, repo_id, projector.filename, projector.sha256, projector.size or 0)
            final = parts[0].final.with_name(name)
            parts.append(Part(projector.filename, projector.size or 0, projector.sha256, partial, final, "mmproj"))
        return cls(repo_id, revision, model.name, model.quant, parts)

    @property
    def bytes_total(self) -> int:
        return sum(p.size for p in self.parts)

    @property
    def key(self) -> tuple[str, str]:
        return self.repo_id, self.parts[0].filename

    def status(self) -> DownloadStatus:
        remaining = max(self.bytes_total - self.bytes_done, 0)
        downloading = self.state == State.DOWNLOADING
        return DownloadStatus(
            self.id,
            self.repo_id,
            self.revision,
            self.name,
            self.quant,
            self.state,
            self.bytes_done,
            self.bytes_total,
            self.meter.speed() if downloading else 0.0,
            self.meter.eta(remaining) if downloading else None,
            self.error,
            self.error_kind,
            self.parts[0].final,
            len(self.parts),
            next((part.final for part in self.parts if part.kind == "mmproj"), None),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "repo_id": self.repo_id,
            "revision": self.revision,
            "name": self.name,
            "quant": self.quant,
            "state": str(self.state),
            "error": self.error,
            "error_kind": self.error_kind,
            "parts": [p.to_json() for p in self.parts],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Job:
        job = cls(
            data["repo_id"],
            data["revision"],
            data["name"],
            data.get("quant"),
            [Part.from_json(p) for p in data["parts"]],
            id=data["id"],
            state=State(data["state"]),
            error=data.get("error"),
            error_kind=data.get("error_kind"),
        )
        if not job.parts:
            raise ValueError("a download with no files")
        job.bytes_done = sum(p.received() for p in job.parts)
        return job
