"""The Hugging Face token: read where huggingface_hub finds it, saved where it keeps it, never logged."""

from __future__ import annotations

import os
from pathlib import Path

TOKEN_NAME = "hearth"

# huggingface_hub is imported where it is used: the app's first window need not wait for it.


def current_token() -> str | None:
    """HF_TOKEN, else the token `hf auth login` (or `save_token`) stored; None when there is none."""
    from huggingface_hub import get_token

    return get_token()


def token_source() -> str | None:
    """Where the token comes from, for the UI to say: "HF_TOKEN", "file", or None."""
    if (os.environ.get("HF_TOKEN") or os.environ.get("HUGGING_FACE_HUB_TOKEN") or "").strip():
        return "HF_TOKEN"
    return "file" if current_token() else None


def save_token(token: str) -> None:
    """Store the token as huggingface_hub's active token, without the network check `login()` makes.

    `huggingface_hub.login()` first calls `whoami` on the Hub, so it fails offline and behind the
    stand-in; the library's own file helpers write the same files with owner-only permissions.
    """
    token = token.strip()
    if not token or any(c.isspace() for c in token):
        raise ValueError("a Hugging Face token is one word with no spaces")
    try:
        from huggingface_hub._login import _set_active_token
        from huggingface_hub.utils._auth import _save_token
    except ImportError:  # a later huggingface_hub moved them: write the token file it reads
        from huggingface_hub import constants

        _write_token_file(Path(constants.HF_TOKEN_PATH), token)
        return
    _save_token(token=token, token_name=TOKEN_NAME)
    _set_active_token(token_name=TOKEN_NAME, add_to_git_credential=False)


def forget_token() -> None:
    """Remove the active stored token (HF_TOKEN, if set, stays in force)."""
    from huggingface_hub import constants

    Path(constants.HF_TOKEN_PATH).unlink(missing_ok=True)


def _write_token_file(path: Path, token: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(token)
