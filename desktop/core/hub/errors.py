"""Hub failures as one-line messages the app and the CLI can show as they are."""

from __future__ import annotations

from desktop.core.text import one_line

OFFLINE_MESSAGE = "offline: the Hugging Face Hub cannot be reached"
TOKEN_HINT = "set a token (the HF_TOKEN variable, `hf auth login`, or Hearth's token field)"


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
