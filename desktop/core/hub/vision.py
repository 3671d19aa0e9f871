"""A vision model and its projector as one download: which mmproj file goes with a model in a repo,
and a catalog entry's two files found in the listing of its repo."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Sequence
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from desktop.core.hub.errors import HubNotFound
from desktop.core.hub.quant import GgufModel, RemoteFile
from desktop.core.library.catalog import CatalogEntry
from desktop.core.library.projector import is_projector

if TYPE_CHECKING:  # the client brings in huggingface_hub: not needed to pick files from a listing
    from desktop.core.hub.client import RepoFiles

log = logging.getLogger(__name__)


class MissingFile(HubNotFound):
    """The repo no longer has a file the catalog names; `file` says which."""

    def __init__(self, repo_id: str, file: str) -> None:
        super().__init__(f"{repo_id} no longer has {file}")
        self.repo_id = repo_id
        self.file = file


def projector_for(model: GgufModel, models: Sequence[GgufModel]) -> RemoteFile | None:
    """The repo's projector for `model`: a one-file `mmproj*.gguf` in the model's folder (of several,
    the one of the model's quantisation, else one named after the model, else the smallest); None
    when there is none, or when `model` is itself a projector."""
    if model.kind != "model":
        return None
    folder = PurePosixPath(model.filename).parent
    candidates = [
        m
        for m in models
        if m.kind == "mmproj"
        and m.parts == 1
        and PurePosixPath(m.filename).parent == folder
        and is_projector(PurePosixPath(m.filename).name)
    ]
    if not candidates:
        return None
    stem = PurePosixPath(model.name).stem.lower()
    stem = stem[: -len(model.quant)].rstrip("-_.") if model.quant and stem.endswith(model.quant.lower()) else stem
    candidates.sort(key=lambda m: (m.quant != model.quant, not stem or stem not in m.name.lower(), m.size))
    return candidates[0].files[0]


def with_projector(model: GgufModel, models: Sequence[GgufModel]) -> GgufModel:
    """`model` with the projector beside it in the repo attached, or as it is when there is none."""
    projector = model.projector or projector_for(model, models)
    return dataclasses.replace(model, projector=projector) if projector else model


def catalog_model(listing: RepoFiles, entry: CatalogEntry) -> GgufModel:
    """The entry's model in a listing of its repo, with its projector for a vision entry: one download.

    The Hub's listing decides what is fetched and checked (its sizes and sha256); the catalog's sha256
    fills in for a file the Hub lists without one. Raises MissingFile if either file is gone."""
    model = next((m for m in listing.models if entry.file in (m.filename, m.name)), None)
    if model is None:
        raise MissingFile(listing.repo_id, entry.file)
    if model.parts == 1:
        model = dataclasses.replace(model, files=(_pinned(model.files[0], entry.sha256, listing.repo_id),))
    if entry.projector is None:
        return model
    wanted = entry.projector.file
    remote = next((f for m in listing.models for f in m.files if f.filename == wanted), None)
    if remote is None:
        raise MissingFile(listing.repo_id, wanted)
    return dataclasses.replace(model, projector=_pinned(remote, entry.projector.sha256, listing.repo_id))


def _pinned(remote: RemoteFile, checked: str, repo_id: str) -> RemoteFile:
    if not checked:
        return remote
    if remote.sha256 is None:
        return dataclasses.replace(remote, sha256=checked.lower())  # a plain-git file: the catalog's is all there is
    if remote.sha256.lower() != checked.lower():
        # The repo was updated since the catalog was checked: the Hub's file is what gets verified.
        log.warning(
            "%s/%s on the Hub has sha256 %s…, not the %s… the catalog checked; downloading the Hub's",
            repo_id,
            remote.filename,
            remote.sha256[:12],
            checked[:12],
        )
    return remote
