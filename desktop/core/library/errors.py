"""The one error the model library raises: a one-line message the CLI and the UI can show as is."""

from __future__ import annotations


class LibraryError(Exception):
    """A library operation (import, delete, lookup) could not be done; the message says why."""
