"""A front end's view of a model runner, kept on the front end's own thread.

A runner tells its listeners on its own thread. A front end (the window, the terminal, the
server) has a thread of its own where its state lives and its store is used; `post` carries a
call there (Qt's event loop, a plain queue pumped by the terminal, asyncio's loop). The handle
turns the runner's events into that thread's state: empty, loading, ready, busy (a reply of
this front end's is running), failed; and tells its own listeners, in the order things happened.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from desktop.core.messages import ChatMessage
from desktop.core.runtime.runner import LoadJob, ModelRunner, ReplyJob, ReplyListener
from desktop.core.runtime.types import Delta, LoadOptions, ModelInfo, ModelRef, ReplyRequest

Post = Callable[[Callable[[], None]], None]


class HandleListener:
    """What a front end hears about its model; override what matters (on the front end's thread)."""

    def state_changed(self, state: str) -> None:
        pass

    def load_progress(self, fraction: float) -> None:
        pass

    def loaded(self, info: ModelInfo) -> None:
        pass

    def load_failed(self, path: str, message: str) -> None:
        pass

    def load_refused(self, path: str, message: str) -> None:
        pass

    def unloaded(self) -> None:
        pass


class _RunnerEvents:
    """The runner's events, carried to the handle's thread."""

    def __init__(self, handle: ModelHandle) -> None:
        self._handle = handle

    def load_started(self, job: LoadJob) -> None:
        self._handle._post(lambda: self._handle._on_load_started(job))

    def load_progress(self, job: LoadJob, fraction: float) -> None:
        self._handle._post(lambda: self._handle._on_progress(job, fraction))

    def loaded(self, job: LoadJob, info: ModelInfo, before: int, after: int) -> None:
        self._handle._post(lambda: self._handle._on_loaded(job, info, before, after))

    def load_failed(self, job: LoadJob, message: str, kept: ModelInfo | None) -> None:
        self._handle._post(lambda: self._handle._on_not_loaded(job, message, kept, refused=False))

    def load_refused(self, job: LoadJob, message: str, kept: ModelInfo | None) -> None:
        self._handle._post(lambda: self._handle._on_not_loaded(job, message, kept, refused=True))

    def unloaded(self) -> None:
        self._handle._post(self._handle._on_unloaded)


class _PostedReply:
    """A reply's events, carried to the handle's thread; the handle keeps its state in step first."""

    def __init__(self, handle: ModelHandle, inner: ReplyListener) -> None:
        self._handle, self._inner = handle, inner

    def started(self, job: ReplyJob) -> None:
        self._handle._post(lambda: self._inner.started(job))

    def deltas(self, job: ReplyJob, deltas: list[Delta]) -> None:
        self._handle._post(lambda: self._inner.deltas(job, deltas))

    def finished(self, job: ReplyJob) -> None:
        def over() -> None:
            self._handle._reply_over(job)
            self._inner.finished(job)

        self._handle._post(over)

    def failed(self, job: ReplyJob, message: str) -> None:
        def over() -> None:
            self._handle._reply_over(job)
            self._inner.failed(job, message)

        self._handle._post(over)


class ModelHandle:
    def __init__(self, runner: ModelRunner, post: Post) -> None:
        self.runner = runner
        self._post = post
        # A front end that joins later starts with the model already loaded.
        self.model: ModelInfo | None = runner.model
        self.model_options: LoadOptions | None = runner.model_options if self.model else None
        self.state = "ready" if self.model is not None else "empty"
        self.last_rss: tuple[int, int] = (0, 0)
        self._pending: LoadJob | None = None
        self._replies: list[ReplyJob] = []
        self._listeners: list[HandleListener] = []
        self._events = _RunnerEvents(self)
        runner.subscribe(self._events)

    def add_listener(self, listener: HandleListener) -> None:
        self._listeners.append(listener)

    def _tell(self, event: str, *args: Any) -> None:
        for listener in list(self._listeners):
            getattr(listener, event)(*args)

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self._tell("state_changed", state)

    def post(self, call: Callable[[], None]) -> None:
        """Run `call` on this front end's thread (from any thread): how work done elsewhere comes home."""
        self._post(call)

    @property
    def pending_load(self) -> LoadJob | None:
        return self._pending

    @property
    def busy(self) -> bool:
        return bool(self._replies)

    # -- asking ---------------------------------------------------------------------

    def load(self, ref: ModelRef, options: LoadOptions, force: bool = False) -> None:
        """Load a model in place of the current one; this front end's reply in progress is stopped first."""
        self.stop()
        self._pending = self.runner.load(ref, options, force)
        self.model = None
        self._set_state("loading")

    def unload(self) -> None:
        self.stop()
        self._pending = None
        self.runner.unload()
        self.model = None
        self._set_state("empty")

    def reply(self, request: ReplyRequest, listener: ReplyListener, batch_s: float = 0.0) -> ReplyJob:
        job = self.runner.reply(request, _PostedReply(self, listener), batch_s)
        self._replies.append(job)
        self._set_state("busy")
        return job

    def stop(self) -> None:
        for job in list(self._replies):
            job.stop()

    def count(self, key: str, messages: list[ChatMessage], on_counted: Callable[[int, int], None]) -> None:
        def counted(future: Future[tuple[int, int]]) -> None:
            if future.exception() is None:  # the meter is best effort, never a failure
                tokens, size = future.result()
                if size:
                    self._post(lambda: on_counted(tokens, size))

        self.runner.count(key, messages).add_done_callback(counted)

    def drop_cache(self, key: str) -> None:
        self.runner.drop_cache(key)

    def report_failure(self, path: str, message: str) -> None:
        """A model refused before it reached the runner (its path cannot even be resolved): said the
        way a failed load is, without touching the model that is loaded."""
        self._tell("load_failed", path, message)

    def close(self) -> None:
        self.stop()
        self.runner.unsubscribe(self._events)

    # -- hearing, on this front end's thread ----------------------------------------

    def _on_load_started(self, job: LoadJob) -> None:
        if job is self._pending:
            return
        # Another front end switched the shared model: this one follows it.
        self._pending, self.model = job, None
        self._set_state("loading")

    def _on_progress(self, job: LoadJob, fraction: float) -> None:
        if job is self._pending:
            self._tell("load_progress", fraction)

    def _on_loaded(self, job: LoadJob, info: ModelInfo, before: int, after: int) -> None:
        if job is not self._pending:
            return  # a newer load was asked for (or none is wanted now); that one reports
        self._pending = None
        self.model, self.model_options, self.last_rss = info, job.options, (before, after)
        self._set_state("busy" if self._replies else "ready")
        self._tell("loaded", info)

    def _on_not_loaded(self, job: LoadJob, message: str, kept: ModelInfo | None, refused: bool) -> None:
        if job is not self._pending:
            return
        self._pending = None
        self.model = kept  # a file refused before the old model was unloaded leaves it in use
        if kept is not None:
            self._set_state("busy" if self._replies else "ready")
        else:
            self._set_state("empty" if refused else "failed")
        self._tell("load_refused" if refused else "load_failed", job.path, message)

    def _on_unloaded(self) -> None:
        self._tell("unloaded")

    def _reply_over(self, job: ReplyJob) -> None:
        if job in self._replies:
            self._replies.remove(job)
            if not self._replies and self.state == "busy":
                self._set_state("ready" if self.model else "empty")
