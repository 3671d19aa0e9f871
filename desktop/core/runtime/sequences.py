"""Replies advancing together on a batching backend, on the runner's thread.

The runner admits a reply when the backend has a free sequence, then steps the backend: one
decode advances every admitted reply by a token. What each step made is handed to each reply's
listener, batched as that reply asked (a window wakes up once per 50 ms, a server writes each
token at once).
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field, replace

from desktop.core.runtime.backend import BatchingBackend, Sequence
from desktop.core.runtime.jobs import NO_MODEL, ReplyJob
from desktop.core.runtime.types import Delta, EngineError

log = logging.getLogger(__name__)


@dataclass(eq=False)
class _Admitted:
    job: ReplyJob
    sequence: Sequence
    batch: list[Delta] = field(default_factory=list)
    sent_at: float = 0.0


class Sequences:
    def __init__(self) -> None:
        self._admitted: list[_Admitted] = []

    def __bool__(self) -> bool:
        return bool(self._admitted)

    def admit(self, backend: BatchingBackend, job: ReplyJob) -> bool:
        """Begin `job` on the backend (it has a free sequence); False when it ended instead."""
        request, listener = job.request, job.listener
        if request.stop.is_set():
            job.result.finish = "stopped"
            listener.finished(job)
            return False
        if getattr(backend, "model", None) is None:  # the load it waited for failed
            listener.failed(job, NO_MODEL)
            return False
        try:
            if request.fit is not None:
                plan = request.fit(backend, request)  # type: ignore[arg-type]
                request = replace(request, messages=plan.messages)
                job.dropped, job.result.prompt_tokens = plan.dropped, plan.tokens
            sequence = backend.admit(request, job.result)
        except EngineError as error:
            job.failure = error
            listener.failed(job, str(error))
            return False
        except Exception as error:  # a reply failing must not take the app down
            log.exception("a reply could not begin")
            listener.failed(job, f"the reply failed: {error}")
            return False
        self._admitted.append(_Admitted(job, sequence))
        listener.started(job)  # after the backend took it: a request it refused fails before it starts
        return True

    def step(self, backend: BatchingBackend) -> list[ReplyJob]:
        """One decode for all of them; returns the jobs that ended."""
        try:
            touched = set(map(id, backend.step()))
        except Exception as error:  # the model failed: every reply in it ends, with the reason
            log.exception("a decode step failed")
            message = str(error) if isinstance(error, EngineError) else f"the reply failed: {error}"
            ended, self._admitted = self._admitted, []
            for admitted in ended:
                admitted.job.listener.failed(admitted.job, message)
            return [a.job for a in ended]
        now = time.monotonic()
        ended_jobs: list[ReplyJob] = []
        for admitted in list(self._admitted):
            sequence, job = admitted.sequence, admitted.job
            if id(sequence) not in touched:
                continue
            admitted.batch += sequence.take()
            due = not job.batch_s or not admitted.sent_at or now - admitted.sent_at >= job.batch_s
            if admitted.batch and (due or sequence.done):
                job.listener.deltas(job, admitted.batch)
                admitted.batch, admitted.sent_at = [], now
            if sequence.done:
                self._admitted.remove(admitted)
                ended_jobs.append(job)
                if sequence.error:
                    job.listener.failed(job, sequence.error)
                else:
                    job.listener.finished(job)
        return ended_jobs

    def stop_all(self) -> None:
        for admitted in self._admitted:
            admitted.job.request.stop.set()
