"""From what huggingface_hub and the network raise to Hearth's one-line HubErrors.

Apart from errors.py, which the UI imports at start-up: this needs the HTTP client and the
Hub library, which only the download and search threads use.
"""

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

from desktop.core.hub.errors import (
    TOKEN_HINT,
    HubAuthRequired,
    HubError,
    HubNotFound,
    HubOffline,
    TransientError,
)

# Statuses worth another try: the Hub or its CDN is busy or briefly broken.
TRANSIENT_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})


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
