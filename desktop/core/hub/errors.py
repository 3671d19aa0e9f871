"""Hub failures as one-line messages the app and the CLI can show as they are."""

from __future__ import annotations

import httpx2
from huggingface_hub.errors import (
    GatedRepoError,
    HfHubHTTPError,
    HFValidationError,
    OfflineModeIsEnabled,
    RemoteEntryNotFoundError,
    RepositoryNotFoundError,
    RevisionNotFoundError,
)

from desktop.core.text import one_line

OFFLINE_MESSAGE = "offline: the Hugging Face Hub cannot be reached"
TOKEN_HINT = "set a token (the HF_TOKEN variable, `hf auth login`, or Hearth's token field)"
# Statuses worth another try: the Hub or its CDN is busy or briefly broken.
TRANSIENT_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})


class HubError(Exception):
    """A Hub failure whose message is one line meant for the user."""

    kind = "error"

    def __init__(self, message: str) -> None:
        # Repo and file names in it come from the Hub: shown on one line, escapes visible.
        super().__init__(" ".join(one_line(message).split()))

    @property
    def message(self) -> str:
        return str(self)


class HubOffline(HubError):
    kind = "offline"

    def __init__(self, message: str = OFFLINE_MESSAGE) -> None:
        super().__init__(message)


class HubAuthRequired(HubError):
    """The repo is gated or private and this user (or this token) may not read it."""

    kind = "gated"


class HubNotFound(HubError):
    kind = "not_found"


class NotEnoughSpace(HubError):
    kind = "disk_space"


class ChecksumMismatch(HubError):
    kind = "checksum"


class NetworkFailure(HubError):
    """Transient failures that went on past every retry."""

    kind = "network"


class TransientError(HubError):
    """A failure another attempt may fix: connection reset, timeout, 5xx."""

    kind = "transient"


def status_of(error: BaseException) -> int | None:
    response = getattr(error, "response", None)
    return getattr(response, "status_code", None)


def gated_message(repo_id: str, endpoint: str, has_token: bool) -> str:
    page = f"{endpoint.rstrip('/')}/{repo_id}"
    if has_token:
        return (
            f"gated: your token has no access to {repo_id} yet; open {page} while logged in with the token's "
            "account, accept the terms (approval may take a while), then try again"
        )
    return f"gated: {repo_id} needs permission; open {page} while logged in, accept its terms, then {TOKEN_HINT}"


def is_transient(error: BaseException) -> bool:
    if isinstance(error, HubError | OfflineModeIsEnabled):
        return isinstance(error, TransientError)
    if isinstance(error, httpx2.TransportError):
        return True
    status = status_of(error)
    return status is not None and (status in TRANSIENT_STATUSES or status >= 500)


def translate(error: BaseException, repo_id: str, endpoint: str, has_token: bool) -> HubError:
    """The user's one-line version of whatever the client library or the network raised."""
    if isinstance(error, HubError):
        return error
    if isinstance(error, OfflineModeIsEnabled):
        return HubOffline("offline: HF_HUB_OFFLINE is set, so Hearth does not contact the Hugging Face Hub")
    if isinstance(error, httpx2.ConnectError | httpx2.ConnectTimeout | httpx2.ProxyError):
        return HubOffline()
    if isinstance(error, HFValidationError):
        return HubNotFound(f"not a Hub repo id: '{repo_id}' (expected owner/name)")
    status = status_of(error)
    if isinstance(error, GatedRepoError) or (status == 403 and isinstance(error, HfHubHTTPError)):
        return HubAuthRequired(gated_message(repo_id, endpoint, has_token))
    if isinstance(error, RevisionNotFoundError):
        return HubNotFound(f"not found: {repo_id} has no such revision")
    if isinstance(error, RemoteEntryNotFoundError):
        return HubNotFound(f"not found: a file is missing from {repo_id}")
    if isinstance(error, RepositoryNotFoundError) or status in (401, 404):
        # The Hub answers 401 both for a private repo and for a missing one when no token is sent.
        if status == 401 and not has_token:
            return HubAuthRequired(
                f"not found or private: {repo_id}; check the name, and if it is private, {TOKEN_HINT}"
            )
        return HubNotFound(f"not found: {repo_id} (check the name)")
    if is_transient(error):
        return TransientError(f"the Hub did not answer properly ({describe(error)})")
    if status is not None:
        return HubError(f"the Hub refused the request for {repo_id} (HTTP {status})")
    if isinstance(error, OSError):
        where = f" ({error.filename})" if error.filename else ""
        return HubError(f"could not write the download{where}: {error.strerror or error}")
    return HubError(f"{type(error).__name__}: {error}")


def describe(error: BaseException) -> str:
    """A short reason for a transient failure, without the URL or any header."""
    status = status_of(error)
    if status is not None:
        return f"the server answered HTTP {status}"
    if isinstance(error, httpx2.TimeoutException):
        return "the connection timed out"
    if isinstance(error, httpx2.ConnectError):
        return "connection refused or no network"
    if isinstance(error, httpx2.TransportError):
        return "connection lost"
    text = " ".join(str(error).split())
    return text[:160] or type(error).__name__
