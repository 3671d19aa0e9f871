"""A minimal event loop for a front end that has none (the terminal): posted calls run when it is pumped."""

from __future__ import annotations

import queue
import time
from collections.abc import Callable

POLL_S = 0.1  # how often a wait wakes up: Ctrl+C is noticed at once either way


class LocalLoop:
    def __init__(self) -> None:
        self._calls: queue.SimpleQueue[Callable[[], None]] = queue.SimpleQueue()

    def post(self, call: Callable[[], None]) -> None:
        """Any thread: run `call` on the loop's thread, in order."""
        self._calls.put(call)

    def run_until(self, done: Callable[[], bool], timeout_s: float | None = None) -> bool:
        """Run posted calls until `done()`; False if `timeout_s` passed first."""
        deadline = None if timeout_s is None else time.monotonic() + timeout_s
        while not done():
            wait = POLL_S if deadline is None else min(POLL_S, deadline - time.monotonic())
            if wait <= 0:
                return False
            try:
                call = self._calls.get(timeout=wait)
            except queue.Empty:
                continue
            call()
        return True
