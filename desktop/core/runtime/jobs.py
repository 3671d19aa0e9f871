"""The jobs a model runner takes, and who is told what becomes of them."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Protocol

from desktop.core.runtime.types import Delta, EngineError, LoadOptions, ModelInfo, ModelRef, ReplyRequest, ReplyResult

NO_MODEL = "No model is loaded: choose one, then send again."


@dataclass(eq=False)
class LoadJob:
    ref: ModelRef
    options: LoadOptions
    force: bool = False  # load even if the memory check says it will not fit
    cancel: threading.Event = field(default_factory=threading.Event)

    @property
    def path(self) -> str:
        return self.ref.stored()


class ReplyListener(Protocol):
    """Told about one reply, on the runner's thread (`finished` also on the thread that stopped it,
    when it was still waiting its turn)."""

    def started(self, job: ReplyJob) -> None: ...

    def deltas(self, job: ReplyJob, deltas: list[Delta]) -> None: ...

    def finished(self, job: ReplyJob) -> None: ...

    def failed(self, job: ReplyJob, message: str) -> None: ...


@dataclass(eq=False)
class ReplyJob:
    id: int
    request: ReplyRequest
    listener: ReplyListener
    # Deltas are handed over at most once per `batch_s` (the first at once): a window wakes up once
    # per batch, not once per token, and leaves the CPU to the model.
    batch_s: float = 0.0
    # Set before the first delta: how much history the overflow policy left out.
    dropped: int = 0
    failure: EngineError | None = None  # why it failed, for a front end that answers by kind (HTTP)
    result: ReplyResult = field(default_factory=ReplyResult)
    _state: str = "queued"  # queued, running, done
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def stop(self) -> None:
        with self._lock:
            self.request.stop.set()
            waiting = self._state == "queued"
            if waiting:
                self._state = "done"
        if waiting:  # never started: it ends now, not when the replies before it are done
            self.result.finish = "stopped"
            self.listener.finished(self)

    def _begin(self) -> bool:
        with self._lock:
            if self._state != "queued":
                return False
            self._state = "running"
            return True

    @property
    def waiting(self) -> bool:
        return self._state == "queued"


class RunnerListener(Protocol):
    """Told about the runner's model, on the runner's thread (`load_started` on the caller's)."""

    def load_started(self, job: LoadJob) -> None: ...

    def load_progress(self, job: LoadJob, fraction: float) -> None: ...

    def loaded(self, job: LoadJob, info: ModelInfo, rss_before: int, rss_after: int) -> None: ...

    def load_failed(self, job: LoadJob, message: str, kept: ModelInfo | None) -> None: ...

    def load_refused(self, job: LoadJob, message: str, kept: ModelInfo | None) -> None: ...

    def unloaded(self) -> None: ...
