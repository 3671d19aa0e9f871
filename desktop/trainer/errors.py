"""The one error the training child reports to the user as it is."""

from __future__ import annotations

from desktop.core.text import one_line


class TrainError(Exception):
    """Anything the child refuses or fails at; the message is one line meant for a user."""

    def __init__(self, message: str) -> None:
        super().__init__(one_line(message, 400))


class Cancelled(Exception):  # not an error: the user asked the run to stop
    """The run was asked to stop (SIGTERM) and stopped at a step boundary, its checkpoint saved."""
