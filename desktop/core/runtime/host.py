"""The model host: every loaded model of this process, each on its own runner (its own thread).

A slot names what a model is for ("chat" for the one the window and the terminal chat with; an
embedding model beside it, or a remote one, in slots of their own). Front ends ask the host for
a slot's runner and share it: the same loaded model serves all of them.
"""

from __future__ import annotations

import threading
import time

from desktop.core.runtime.backend import BackendRegistry
from desktop.core.runtime.runner import ModelRunner

CHAT = "chat"


class ModelHost:
    def __init__(self, backends: BackendRegistry) -> None:
        self.backends = backends
        self._runners: dict[str, ModelRunner] = {}
        self._lock = threading.Lock()

    def runner(self, slot: str = CHAT) -> ModelRunner:
        with self._lock:
            runner = self._runners.get(slot)
            if runner is None:
                runner = self._runners[slot] = ModelRunner(slot, self.backends)
            return runner

    @property
    def slots(self) -> tuple[str, ...]:
        with self._lock:
            return tuple(self._runners)

    def shutdown(self, timeout_s: float = 1.5) -> bool:
        """End every runner (their models freed on their own threads); False if one did not end in time."""
        with self._lock:
            runners, self._runners = list(self._runners.values()), {}
        deadline = time.monotonic() + timeout_s
        finished = True
        for runner in runners:
            finished = runner.shutdown(max(0.05, deadline - time.monotonic())) and finished
        return finished
