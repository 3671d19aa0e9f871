"""The model's own thread: one worker object owns the engine, the UI talks to it by signals.

`EngineController` lives in the GUI thread. It sends requests to `EngineWorker` (moved to a
QThread) through queued signals and re-emits what comes back. The only thing shared across
threads is a request's stop event (and a load's cancel event): setting one is how Stop
reaches a reply within milliseconds, even in the middle of a long prompt evaluation.
"""

from __future__ import annotations

import gc
import itertools
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import psutil
from PySide6.QtCore import QObject, QThread, Signal, Slot

from desktop.core.context_policy import PromptStarts, fit_request
from desktop.core.engine.protocol import Engine
from desktop.core.engine.types import EngineError, LoadOptions, ModelInfo, ReplyRequest, ReplyResult
from desktop.core.library import gpu_memory

log = logging.getLogger(__name__)


@dataclass
class ReplyJob:
    id: int
    request: ReplyRequest
    # Set by the worker before the first token: how much history the overflow policy left out.
    dropped: int = 0
    result: ReplyResult = field(default_factory=ReplyResult)


@dataclass
class LoadJob:
    path: str
    options: LoadOptions
    force: bool = False  # load even if the memory check says it will not fit
    cancel: threading.Event = field(default_factory=threading.Event)


# Checks a model file before it is loaded into this process (a child process opens it
# first); returns what to refuse of it (its template), raises EngineError if unusable.
Validator = Callable[[str, threading.Event], str]
# Whether a model fits in free memory at a context length: a refusal with the numbers, or None.
# (path, load options, bytes the current model gives back when unloaded) -> a refusal, or None
MemoryCheck = Callable[[str, LoadOptions, int], "str | None"]
BATCH_INTERVAL_S = 0.05
# The context meter counts at most this many bytes per token of context from the end of a
# chat: no tokenizer packs more, so a longer chat is full anyway, and opening it stays cheap.
METER_BYTES_PER_TOKEN = 8


def rss_bytes() -> int:
    return psutil.Process().memory_info().rss


class EngineWorker(QObject):
    loadProgress = Signal(float)
    loaded = Signal(object, object, int, int)  # LoadJob, ModelInfo, RSS before, RSS after
    loadFailed = Signal(object, str, object)  # LoadJob, one-line message, the model still loaded (or None)
    loadRefused = Signal(object, str, object)  # LoadJob, why it will not fit (the user may insist), model kept
    unloaded = Signal()
    replyStarted = Signal(object)  # ReplyJob (dropped and prompt size known)
    replyChunk = Signal(int, object)  # job id, the pieces that arrived since the last batch
    replyFinished = Signal(object)  # ReplyJob with its result
    replyFailed = Signal(int, str)
    counted = Signal(str, int, int)  # conversation key, tokens, context size

    def __init__(
        self,
        engine_factory: Callable[[], Engine],
        validate: Validator | None = None,
        memory_check: MemoryCheck | None = None,
    ) -> None:
        super().__init__()
        self._factory = engine_factory
        self._validate = validate
        self._memory_check = memory_check
        self._engine: Engine | None = None
        self._starts = PromptStarts()  # per conversation: where its last prompt began
        self._loaded_cost = 0  # what loading the current model added to this process's memory

    @property
    def engine(self) -> Engine:
        # Made on first use, on this thread: importing llama.cpp does not delay the first window.
        if self._engine is None:
            self._engine = self._factory()
        return self._engine

    def release(self) -> None:
        if self._engine is not None:
            self._engine.unload()

    @Slot(object)
    def load(self, job: LoadJob) -> None:
        if job.cancel.is_set():
            return
        if not job.force and self._memory_check is not None:
            reclaimable = self._loaded_cost if self.engine.model is not None else 0
            refusal = self._memory_check(job.path, job.options, reclaimable)
            if refusal:
                self.loadRefused.emit(job, refusal, self.engine.model)
                return
        # The new file is checked (in a child process, the first time) while the current model is
        # still loaded: a file that turns out to be unusable leaves the user where they were.
        options = job.options
        try:
            if self._validate is not None:
                options = replace(options, template_refusal=self._validate(job.path, job.cancel))
        except EngineError as error:
            message = "loading cancelled" if job.cancel.is_set() else str(error)
            self.loadFailed.emit(job, message, self.engine.model)
            return
        except Exception as error:  # nothing a model file does may end the app
            log.exception("unexpected failure checking %s", job.path)
            self.loadFailed.emit(job, f"cannot load {job.path}: {error}", self.engine.model)
            return
        if job.cancel.is_set():
            return
        before = rss_bytes()
        self.engine.unload()
        self._starts.clear()
        self.unloaded.emit()
        unloaded_rss = rss_bytes()

        shown_at = [time.monotonic()]

        def progress(fraction: float) -> bool:
            # llama.cpp reports every tensor; the progress bar needs ten updates a second at most.
            now = time.monotonic()
            if now - shown_at[0] >= 0.1:
                shown_at[0] = now
                self.loadProgress.emit(fraction)
            return not job.cancel.is_set()

        try:
            info = self.engine.load(job.path, options, progress)
        except EngineError as error:
            message = "loading cancelled" if job.cancel.is_set() else str(error)
            self.loadFailed.emit(job, message, None)
            return
        except Exception as error:  # nothing a model file does may end the app
            log.exception("unexpected failure loading %s", job.path)
            self.loadFailed.emit(job, f"cannot load {job.path}: {error}", None)
            return
        after = rss_bytes()
        self._loaded_cost = max(0, after - unloaded_rss)
        gpu_memory.note_loaded_backend(info.backend)
        self.loaded.emit(job, info, before, after)

    @Slot()
    def unload(self) -> None:
        self.engine.unload()
        self._starts.clear()
        gc.collect()
        self.unloaded.emit()

    @Slot(object)
    def reply(self, job: ReplyJob) -> None:
        request = job.request
        if request.stop.is_set():
            job.result.finish = "stopped"
            self.replyFinished.emit(job)
            return
        if self.engine.model is None:  # the load it waited for failed
            self.replyFailed.emit(job.id, "No model is loaded: choose one, then send again.")
            return
        try:
            fitted_request, fitted = fit_request(self.engine, request, self._starts)
            job.dropped = fitted.dropped
            job.result.prompt_tokens = fitted.tokens
            self.replyStarted.emit(job)
            batch: list[str] = []
            sent_at = 0.0
            for piece in self.engine.stream(fitted_request, job.result):
                batch.append(piece)
                now = time.monotonic()
                # The first piece goes at once; then at most one batch every BATCH_INTERVAL_S. Each batch
                # wakes the GUI thread once, instead of once per token, and leaves the CPU to the model.
                if not sent_at or now - sent_at >= BATCH_INTERVAL_S:
                    self.replyChunk.emit(job.id, batch)
                    batch, sent_at = [], now
            if batch:
                self.replyChunk.emit(job.id, batch)
        except EngineError as error:
            self.replyFailed.emit(job.id, str(error))
            return
        except Exception as error:  # a reply failing must not take the app down
            log.exception("reply failed")
            self.replyFailed.emit(job.id, f"the reply failed: {error}")
            return
        self.replyFinished.emit(job)

    @Slot(str, object)
    def count(self, key: str, messages: list) -> None:
        """How much of the context a conversation fills (for the meter when it is opened)."""
        if self.engine.model is None:
            return
        size = self.engine.context_size
        budget = size * METER_BYTES_PER_TOKEN
        for message in messages:
            budget -= len(message.content.encode("utf-8", errors="replace"))
            if budget < 0:
                self.counted.emit(key, size, size)  # more than the context can hold: it is full
                return
        try:
            tokens = self.engine.count_tokens(messages, key)
        except Exception:  # the meter is best effort, never a failure
            return
        self.counted.emit(key, tokens, self.engine.context_size)

    @Slot(str)
    def forget(self, key: str) -> None:
        self._starts.forget(key)
        self.engine.forget(key)


class EngineController(QObject):
    """The GUI thread's handle on the worker. States: empty, loading, ready, busy, failed."""

    loadProgress = Signal(float)
    loaded = Signal(object)  # ModelInfo
    loadFailed = Signal(str, str)
    loadRefused = Signal(str, str)  # path, the memory check's refusal with the numbers
    replyStarted = Signal(object)
    replyChunk = Signal(int, object)
    replyFinished = Signal(object)
    replyFailed = Signal(int, str)
    stateChanged = Signal(str)
    counted = Signal(str, int, int)

    _load = Signal(object)
    _count = Signal(str, object)
    _reply = Signal(object)
    _unload = Signal()
    _forget = Signal(str)

    def __init__(
        self,
        engine_factory: Callable[[], Engine],
        validate: Validator | None = None,
        memory_check: MemoryCheck | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._thread = QThread()
        self._thread.setObjectName("model-worker")
        self.worker = EngineWorker(engine_factory, validate, memory_check)
        self.worker.moveToThread(self._thread)
        self._load.connect(self.worker.load)
        self._reply.connect(self.worker.reply)
        self._unload.connect(self.worker.unload)
        self._forget.connect(self.worker.forget)
        self._count.connect(self.worker.count)
        self.worker.counted.connect(self.counted)
        self.worker.loadProgress.connect(self.loadProgress)
        self.worker.loaded.connect(self._on_loaded)
        self.worker.loadFailed.connect(self._on_load_failed)
        self.worker.loadRefused.connect(self._on_load_refused)
        self.worker.replyStarted.connect(self.replyStarted)
        self.worker.replyChunk.connect(self.replyChunk)
        self.worker.replyFinished.connect(self._on_reply_finished)
        self.worker.replyFailed.connect(self._on_reply_failed)
        self._thread.start()
        self.state = "empty"
        self.model: ModelInfo | None = None
        self.model_options: LoadOptions | None = None  # as asked for: llama.cpp rounds the context up
        self.last_rss: tuple[int, int] = (0, 0)
        self._current_load: LoadJob | None = None
        self._current_reply: ReplyJob | None = None

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.stateChanged.emit(state)

    @property
    def busy(self) -> bool:
        return self._current_reply is not None

    @property
    def pending_load(self) -> LoadJob | None:
        return self._current_load

    def load(self, path: str, options: LoadOptions, force: bool = False) -> None:
        """Load a model in place of the current one; a reply in progress is stopped first."""
        self.stop()
        if self._current_load is not None:
            self._current_load.cancel.set()
        self._current_load = LoadJob(path, options, force)
        self.model = None
        self._set_state("loading")
        self._load.emit(self._current_load)

    def unload(self) -> None:
        self.stop()
        if self._current_load is not None:
            self._current_load.cancel.set()
            self._current_load = None
        self.model = None
        self._unload.emit()
        self._set_state("empty")

    def reply(self, request: ReplyRequest) -> ReplyJob:
        job = ReplyJob(next(self._ids), request)
        self._current_reply = job
        self._set_state("busy")
        self._reply.emit(job)
        return job

    def stop(self) -> None:
        if self._current_reply is not None:
            self._current_reply.request.stop.set()

    def forget(self, key: str) -> None:
        self._forget.emit(key)

    def report_failure(self, path: str, message: str) -> None:
        """A model refused before it reached the worker (its path cannot even be resolved): say so
        the way a failed load does, without touching the model that is loaded."""
        self.loadFailed.emit(path, message)

    def count(self, key: str, messages: list) -> None:
        self._count.emit(key, messages)

    def _on_loaded(self, job: LoadJob, info: ModelInfo, before: int, after: int) -> None:
        if job is not self._current_load:
            return  # a newer load was asked for; that one will report
        self._current_load = None
        self.model = info
        self.model_options = job.options
        self.last_rss = (before, after)
        self._set_state("ready")
        self.loaded.emit(info)

    def _on_load_failed(self, job: LoadJob, message: str, kept: ModelInfo | None) -> None:
        if job is not self._current_load:
            return
        self._current_load = None
        self.model = kept  # a file refused before the old model was unloaded leaves it in use
        self._set_state("ready" if kept else "failed")
        self.loadFailed.emit(job.path, message)

    def _on_load_refused(self, job: LoadJob, message: str, kept: ModelInfo | None) -> None:
        if job is not self._current_load:
            return
        self._current_load = None
        self.model = kept  # nothing was unloaded: the worker checked first
        self._set_state("ready" if kept else "empty")
        self.loadRefused.emit(job.path, message)

    def _on_reply_finished(self, job: ReplyJob) -> None:
        if job is self._current_reply:
            self._current_reply = None
            self._set_state("ready" if self.model else self.state)
        self.replyFinished.emit(job)

    def _on_reply_failed(self, job_id: int, message: str) -> None:
        if self._current_reply is not None and self._current_reply.id == job_id:
            self._current_reply = None
            self._set_state("ready" if self.model else self.state)
        self.replyFailed.emit(job_id, message)

    def shutdown(self, timeout_ms: int = 1500) -> bool:
        """Stop everything and end the thread; False if the worker did not finish in time."""
        self.stop()
        if self._current_load is not None:
            self._current_load.cancel.set()
        self._thread.quit()
        finished = self._thread.wait(timeout_ms)
        if finished:
            # The engine is freed here, on the GUI thread, only once its thread has ended.
            self.worker.release()
        return finished
