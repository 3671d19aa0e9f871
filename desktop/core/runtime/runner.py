"""One loaded model on its own thread: every call of its backend runs there, in the order asked.

A backend (one llama.cpp context, say) is not thread-safe, and llama.cpp's worker threads
belong to the thread that calls it: so each runner has one plain thread and a queue of jobs
(load, reply, count, drop a cache, any call). Any thread may submit; what happens is told to
listeners, on the runner's thread, and each front end carries it to its own (see handle.py).
Several front ends may share a runner. On a batching backend (llama.cpp's parallel sequences)
their replies advance together, one decode for the next token of each (sequences.py); on any
other they take their turn. Jobs keep their order: a load waits for the replies asked before it,
and replies asked after it wait for the load. A count for a context meter does not wait. A
request's stop event is the one thing shared across threads: setting it ends a reply within
milliseconds, even in the middle of a long prompt evaluation, and a reply still waiting its turn
is ended at once.
"""

from __future__ import annotations

import gc
import itertools
import logging
import queue
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import replace
from typing import Any, TypeVar

import psutil

from desktop.core.messages import ChatMessage
from desktop.core.runtime.backend import Backend, BackendRegistry, BatchingBackend
from desktop.core.runtime.jobs import NO_MODEL, LoadJob, ReplyJob, ReplyListener, RunnerListener
from desktop.core.runtime.sequences import Sequences
from desktop.core.runtime.types import (
    Delta,
    EngineError,
    LoadOptions,
    LoadRefused,
    ModelInfo,
    ModelRef,
    ReplyRequest,
)

__all__ = ["LoadJob", "ModelRunner", "ReplyJob", "ReplyListener", "RunnerListener"]

log = logging.getLogger(__name__)

T = TypeVar("T")
PROGRESS_INTERVAL_S = 0.1  # llama.cpp reports every tensor; a progress bar needs ten updates a second


def rss_bytes() -> int:
    return int(psutil.Process().memory_info().rss)


_STOP = object()


class ModelRunner:
    """One backend and its thread. `name` is the slot it fills in the host ("chat", "embedding")."""

    def __init__(self, name: str, backends: BackendRegistry) -> None:
        self.name = name
        self._backends = backends
        self._backend: Backend | None = None
        self._kind = ""
        self._jobs: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._listeners: list[RunnerListener] = []
        self._loads: list[LoadJob] = []  # asked for and not yet started
        self._replies: list[ReplyJob] = []  # waiting or running
        self._ids = itertools.count(1)
        self._loaded_cost = 0  # what loading the current model added to this process's memory
        # The model loaded and the options it was asked with: set on the runner's thread, read by a
        # front end that starts sharing the runner (a handle made after the model loaded).
        self.model: ModelInfo | None = None
        self.model_options: LoadOptions | None = None
        self._thread = threading.Thread(target=self._run, name=f"model-{name}", daemon=True)
        self._thread.start()

    # -- any thread --------------------------------------------------------------------

    def subscribe(self, listener: RunnerListener) -> None:
        with self._lock:
            self._listeners.append(listener)

    def unsubscribe(self, listener: RunnerListener) -> None:
        with self._lock:
            if listener in self._listeners:
                self._listeners.remove(listener)

    def load(self, ref: ModelRef, options: LoadOptions, force: bool = False) -> LoadJob:
        """Load a model in place of the current one; a load asked for earlier and not begun is dropped."""
        job = LoadJob(ref, options, force)
        with self._lock:
            for earlier in self._loads:
                earlier.cancel.set()
            self._loads = [job]
        self._tell("load_started", job)
        self._jobs.put(("load", job))
        return job

    def unload(self) -> None:
        with self._lock:
            for earlier in self._loads:
                earlier.cancel.set()
            self._loads = []
        self._jobs.put(("unload", None))

    def reply(self, request: ReplyRequest, listener: ReplyListener, batch_s: float = 0.0) -> ReplyJob:
        job = ReplyJob(next(self._ids), request, listener, batch_s)
        with self._lock:
            self._replies.append(job)
        self._jobs.put(("reply", job))
        return job

    def count(self, key: str, messages: list[ChatMessage]) -> Future[tuple[int, int]]:
        """(tokens, context size) of a prompt, for a context meter; (0, 0) with no model."""

        def count(backend: Backend | None) -> tuple[int, int]:
            if backend is None or backend.model is None:
                return 0, 0
            return backend.count_tokens(messages, key), backend.context_size

        future: Future[tuple[int, int]] = Future()
        self._jobs.put(("count", (count, future)))  # not held back by replies: run between their steps
        return future

    def drop_cache(self, key: str) -> None:
        self.call(lambda backend: backend.drop_cache(key) if backend is not None else None)

    def call(self, work: Callable[[Backend | None], T]) -> Future[T]:
        """Run `work(backend)` on this runner's thread, after what is queued before it."""
        future: Future[T] = Future()
        self._jobs.put(("call", (work, future)))
        return future

    @property
    def busy(self) -> bool:
        return self.running > 0

    @property
    def running(self) -> int:
        """Replies being generated now, for any front end."""
        with self._lock:
            return sum(1 for job in self._replies if not job.waiting)

    @property
    def waiting_replies(self) -> int:
        with self._lock:
            return sum(1 for job in self._replies if job.waiting)

    def shutdown(self, timeout_s: float = 1.5) -> bool:
        """Stop every reply, drop the loads, free the model and end the thread; False if it did not
        end in time (stuck in native code: the caller may leave the process)."""
        with self._lock:
            replies, self._replies = list(self._replies), []
            for load in self._loads:
                load.cancel.set()
        for job in replies:
            job.stop()
        self._jobs.put((_STOP, None))
        self._thread.join(timeout_s)
        return not self._thread.is_alive()

    # -- the runner's thread -----------------------------------------------------------

    def _tell(self, event: str, *args: Any) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                getattr(listener, event)(*args)
            except Exception:  # a listener's bug must not stop the model
                log.exception("a runner listener failed on %s", event)

    def _run(self) -> None:
        backlog: deque[tuple[Any, Any]] = deque()  # taken from the queue, waiting their turn in order
        sequences = Sequences()
        while True:
            self._take(backlog, block=not backlog and not sequences)
            if backlog and backlog[0][0] is _STOP:
                sequences.stop_all()
                while sequences:  # a stopped reply ends at its next step
                    self._step(sequences)
                self._free()
                return
            self._start_jobs(backlog, sequences)
            if sequences:
                self._step(sequences)

    def _take(self, backlog: deque[tuple[Any, Any]], block: bool) -> None:
        """Move what was asked into the backlog; counts run at once. With `block`, wait for a job."""
        while True:
            try:
                kind, payload = self._jobs.get(block=block)
            except queue.Empty:
                return
            block = False
            if kind == "count":
                self._do_call(payload)
            elif kind is _STOP:
                backlog.appendleft((kind, payload))
                return
            else:
                backlog.append((kind, payload))

    def _start_jobs(self, backlog: deque[tuple[Any, Any]], sequences: Sequences) -> None:
        """Begin what may begin now, in order: replies while the backend has room, anything else once
        the replies before it are done."""
        while backlog:
            kind, payload = backlog[0]
            if kind == "reply":
                job: ReplyJob = payload
                if not job.waiting:  # stopped while it waited: already told
                    self._done(backlog.popleft()[1])
                    continue
                backend = self._backend
                if isinstance(backend, BatchingBackend) and backend.model is not None:
                    if backend.free_sequences <= 0:
                        return
                    backlog.popleft()
                    if not (job._begin() and sequences.admit(backend, job)):
                        self._done(job)  # it ended before it began (stopped, no model, refused)
                    continue
                if sequences:
                    return
                backlog.popleft()
                self._do_reply(job)
                continue
            if sequences:
                return  # a load, an unload or a call waits for the replies asked before it
            backlog.popleft()
            try:
                getattr(self, f"_do_{kind}")(payload)
            except Exception:  # nothing a job does may end the thread
                log.exception("the model thread's %s job failed", kind)

    def _step(self, sequences: Sequences) -> None:
        backend = self._backend
        assert isinstance(backend, BatchingBackend)
        for job in sequences.step(backend):
            self._done(job)

    def _done(self, job: ReplyJob) -> None:
        with self._lock:
            if job in self._replies:
                self._replies.remove(job)

    def _free(self) -> None:
        if self._backend is not None:
            try:
                self._backend.unload()
            except Exception:
                log.exception("freeing the model failed")
        self.model = None

    def _kept(self) -> ModelInfo | None:
        return self._backend.model if self._backend is not None else None

    def _do_load(self, job: LoadJob) -> None:
        with self._lock:
            if job in self._loads:
                self._loads.remove(job)
        if job.cancel.is_set():
            return  # a newer load was asked for; that one reports
        kept = self._kept()
        try:
            backend = self._backend if self._backend is not None and self._kind == job.ref.kind else None
            backend = backend or self._backends.make(job.ref.kind)
            # The new model is checked (memory, then a child process, the first time) while the current
            # one is still loaded: one that turns out unusable leaves the user where they were.
            reclaimable = self._loaded_cost if kept is not None else 0
            backend.preflight(job.ref, job.options, force=job.force, reclaimable=reclaimable, cancel=job.cancel)
        except LoadRefused as refusal:
            self._tell("load_refused", job, str(refusal), kept)
            return
        except EngineError as error:
            self._tell("load_failed", job, "loading cancelled" if job.cancel.is_set() else str(error), kept)
            return
        except Exception as error:  # nothing a model file does may end the app
            log.exception("unexpected failure checking %s", job.path)
            self._tell("load_failed", job, f"cannot load {job.ref.name}: {error}", kept)
            return
        if job.cancel.is_set():
            return
        before = rss_bytes()
        if self._backend is not None:
            self._backend.unload()
        self._backend, self._kind, self.model = backend, job.ref.kind, None
        self._tell("unloaded")
        unloaded_rss = rss_bytes()
        shown_at = [time.monotonic()]

        def progress(fraction: float) -> bool:
            now = time.monotonic()
            if now - shown_at[0] >= PROGRESS_INTERVAL_S:
                shown_at[0] = now
                self._tell("load_progress", job, fraction)
            return not job.cancel.is_set()

        try:
            info = backend.load(job.ref, job.options, progress)
        except EngineError as error:
            self._tell("load_failed", job, "loading cancelled" if job.cancel.is_set() else str(error), None)
            return
        except Exception as error:
            log.exception("unexpected failure loading %s", job.path)
            self._tell("load_failed", job, f"cannot load {job.ref.name}: {error}", None)
            return
        after = rss_bytes()
        self._loaded_cost = max(0, after - unloaded_rss)
        self.model, self.model_options = info, job.options
        self._tell("loaded", job, info, before, after)

    def _do_unload(self, _payload: None) -> None:
        if self._backend is not None:
            self._backend.unload()
        self.model = None
        gc.collect()
        self._tell("unloaded")

    def _do_call(self, payload: tuple[Callable[[Backend | None], Any], Future[Any]]) -> None:
        work, future = payload
        if not future.set_running_or_notify_cancel():
            return
        try:
            future.set_result(work(self._backend))
        except BaseException as error:  # handed to whoever waits on the future
            future.set_exception(error)

    def _do_reply(self, job: ReplyJob) -> None:
        """A reply on a backend that answers one at a time: streamed to its end here."""
        try:
            if job._begin():
                self._reply(job)
        finally:
            self._done(job)

    def _reply(self, job: ReplyJob) -> None:
        request, listener = job.request, job.listener
        if request.stop.is_set():
            job.result.finish = "stopped"
            listener.finished(job)
            return
        backend = self._backend
        if backend is None or backend.model is None:  # the load it waited for failed
            listener.failed(job, NO_MODEL)
            return
        try:
            if request.fit is not None:
                plan = request.fit(backend, request)
                request = replace(request, messages=plan.messages)
                job.dropped, job.result.prompt_tokens = plan.dropped, plan.tokens
            listener.started(job)
            batch: list[Delta] = []
            sent_at = 0.0
            for delta in backend.stream(request, job.result):
                batch.append(delta)
                now = time.monotonic()
                if not job.batch_s or not sent_at or now - sent_at >= job.batch_s:
                    listener.deltas(job, batch)
                    batch, sent_at = [], now
            if batch:
                listener.deltas(job, batch)
        except EngineError as error:
            job.failure = error
            listener.failed(job, str(error))
            return
        except Exception as error:  # a reply failing must not take the app down
            log.exception("reply failed")
            listener.failed(job, f"the reply failed: {error}")
            return
        listener.finished(job)
