"""A download's stop switch, apart from the transfer code: the queue and the UI use it without
importing the HTTP client."""

from __future__ import annotations

import threading


class Stopped(Exception):
    """The user paused or cancelled, or the app is closing; the reason says which."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Control:
    """A download's stop switch: set from any thread, checked between chunks and during back-off waits."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self.reason: str | None = None

    def stop(self, reason: str) -> None:
        # Cancel outranks pause and shutdown: a cancelled download must not be left paused.
        if self.reason is None or reason == "cancel":
            self.reason = reason
        self._event.set()

    @property
    def stopped(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Stopped(self.reason or "pause")

    def wait(self, seconds: float) -> None:
        """Back off for `seconds`, or less if a stop comes first (then raise Stopped)."""
        if self._event.wait(seconds):
            self.check()
