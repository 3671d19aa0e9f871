"""Search the Hub for GGUF models and list a repo's GGUF files, through huggingface_hub's own client."""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import httpx2
from huggingface_hub import HfApi, constants, get_hf_file_metadata, hf_hub_url
from huggingface_hub.errors import OfflineModeIsEnabled
from huggingface_hub.file_download import HfFileMetadata
from huggingface_hub.utils import build_hf_headers, get_session

from desktop import __version__
from desktop.core.hub.auth import current_token
from desktop.core.hub.errors import HubError, HubOffline
from desktop.core.hub.library_errors import translate
from desktop.core.hub.quant import GgufModel, RemoteFile, group_by_quant, group_models

DEFAULT_ENDPOINT = "https://huggingface.co"
# A reachable Hub is remembered this long, so a search-as-you-type does not probe before every query.
PROBE_TTL_S = 30.0
PROBE_TIMEOUT_S = 5.0


def resolve_endpoint(endpoint: str | None = None) -> str:
    """The explicit endpoint, else HF_ENDPOINT as it is now (not as it was when the library was imported)."""
    return (endpoint or os.environ.get("HF_ENDPOINT") or DEFAULT_ENDPOINT).rstrip("/")


@dataclass(frozen=True)
class SearchResult:
    repo_id: str
    downloads: int
    likes: int
    last_modified: datetime | None
    gated: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "repo_id": self.repo_id,
            "downloads": self.downloads,
            "likes": self.likes,
            "last_modified": self.last_modified.isoformat() if self.last_modified else None,
            "gated": self.gated,
        }


@dataclass(frozen=True)
class RepoFiles:
    """A repo's GGUF models at one commit."""

    repo_id: str
    revision: str  # the commit the listing describes; downloads pin it
    gated: bool
    models: tuple[GgufModel, ...]

    def by_quant(self) -> dict[str, list[GgufModel]]:
        return group_by_quant(self.models)

    def to_json(self) -> dict[str, Any]:
        return {
            "repo_id": self.repo_id,
            "revision": self.revision,
            "gated": self.gated,
            "models": [m.to_json() for m in self.models],
        }


class HubClient:
    """The Hub calls Hearth makes; each is an explicit user action, and nothing happens on import."""

    def __init__(self, endpoint: str | None = None, token: str | None = None, timeout: float = 20.0) -> None:
        self.endpoint = resolve_endpoint(endpoint)
        self._token = token  # None: whatever huggingface_hub finds (HF_TOKEN, the token file)
        self.timeout = timeout
        self._api = HfApi(endpoint=self.endpoint, token=token, library_name="hearth", library_version=__version__)
        self._reachable_until = 0.0
        self._lock = threading.Lock()

    @property
    def has_token(self) -> bool:
        return bool(self._token or current_token())

    def headers(self) -> dict[str, str]:
        """The library's request headers (user agent, and the token when there is one)."""
        return build_hf_headers(token=self._token, library_name="hearth", library_version=__version__)

    def search(self, query: str, *, limit: int = 50) -> list[SearchResult]:
        """GGUF repos matching `query`, most downloaded first."""
        self._ensure_reachable()
        try:
            models = self._api.list_models(
                search=query.strip() or None,
                filter="gguf",
                sort="downloads",
                limit=limit,
                expand=["downloads", "likes", "lastModified", "gated"],
            )
            return [SearchResult(m.id, m.downloads or 0, m.likes or 0, m.last_modified, bool(m.gated)) for m in models]
        except Exception as error:
            raise self._translate(error, query) from None

    def repo_files(self, repo_id: str, revision: str | None = None) -> RepoFiles:
        """The repo's GGUF files as models, with sizes and LFS sha256, at `revision` (default: main)."""
        self._ensure_reachable()
        try:
            info = self._api.model_info(repo_id, revision=revision, files_metadata=True, timeout=self.timeout)
        except Exception as error:
            raise self._translate(error, repo_id) from None
        files = [
            RemoteFile(s.rfilename, s.lfs.size if s.lfs else s.size, s.lfs.sha256 if s.lfs else None)
            for s in info.siblings or []
        ]
        return RepoFiles(info.id, info.sha or revision or "main", bool(info.gated), tuple(group_models(files)))

    def file_url(self, repo_id: str, filename: str, revision: str) -> str:
        return hf_hub_url(repo_id, filename, revision=revision, endpoint=self.endpoint)

    def file_metadata(self, repo_id: str, filename: str, revision: str) -> HfFileMetadata:
        """HEAD of the file: its size, its sha256 (the ETag of an LFS file) and the commit it resolves to."""
        url = self.file_url(repo_id, filename, revision)
        return get_hf_file_metadata(
            url, token=self._token, timeout=self.timeout, library_name="hearth", library_version=__version__
        )

    def check_access(self, repo_id: str, model: GgufModel, revision: str) -> None:
        """Raise the one-line HubError a download of `model` would fail with (gated, missing, offline)."""
        try:
            self.file_metadata(repo_id, model.filename, revision)
        except Exception as error:
            raise self._translate(error, repo_id) from None

    def translate(self, error: BaseException, repo_id: str) -> HubError:
        return self._translate(error, repo_id)

    def _translate(self, error: BaseException, repo_id: str) -> HubError:
        if isinstance(error, HubOffline | OfflineModeIsEnabled | httpx2.ConnectError):
            with self._lock:
                self._reachable_until = 0.0
        return translate(error, repo_id, self.endpoint, self.has_token)

    def _ensure_reachable(self) -> None:
        """Fail fast when offline: list_models would otherwise retry a dead network for about 20 seconds."""
        with self._lock:
            if time.monotonic() < self._reachable_until:
                return
        if constants.is_offline_mode():
            raise translate(OfflineModeIsEnabled(), "", self.endpoint, False)
        try:
            # Any answer at all (even an error status) proves the Hub is reachable.
            get_session().head(self.endpoint + "/", timeout=PROBE_TIMEOUT_S).close()
        except (httpx2.TransportError, OfflineModeIsEnabled):
            raise HubOffline() from None
        with self._lock:
            self._reachable_until = time.monotonic() + PROBE_TTL_S
