"""What the tune layer refuses or fails at, in one line meant for a user."""

from __future__ import annotations


class TuneError(Exception):
    """A run that cannot start, an adapter that cannot be found: the message says why, on one line."""
