"""The download queue: plain threads and callbacks (no Qt), a snapshot per change, resumable after a crash.

Listeners are called on the thread that made the change (a worker, or the caller of pause/cancel…), never
while the queue's lock is held, so a listener may call back into the manager. A UI wraps them in a signal.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path

from desktop.core.hub.client import HubClient
from desktop.core.hub.control import Control, Stopped
from desktop.core.hub.errors import HubError
from desktop.core.hub.jobs import ACTIVE, FINISHED, DownloadStatus, Job, State
from desktop.core.hub.quant import GgufModel
from desktop.core.hub.queue_store import load_queue, save_queue
from desktop.core.hub.rates import Throttle
from desktop.core.hub.runner import DEFAULT_MARGIN, RetryPolicy, discard_partials, run_job

log = logging.getLogger(__name__)
Listener = Callable[[DownloadStatus], None]
# What a stopped worker leaves behind, by the reason it was stopped.
STOPPED_STATE = {"cancel": State.CANCELLED, "pause": State.PAUSED, "resume": State.QUEUED, "shutdown": State.QUEUED}


class DownloadManager:
    def __init__(
        self,
        models_dir: Path,
        *,
        state_path: Path | None = None,
        client: HubClient | None = None,
        endpoint: str | None = None,
        max_parallel: int = 1,
        retries: int = 5,
        backoff_base: float = 1.0,
        backoff_max: float = 30.0,
        free_space_margin: int = DEFAULT_MARGIN,
        progress_per_second: float = 10.0,
    ) -> None:
        """`state_path` (e.g. `queue_store.default_state_path()`) keeps the queue across restarts; None: not kept."""
        self.models_dir = Path(models_dir)
        self.client = client or HubClient(endpoint)
        self._state_path = state_path
        self._policy = RetryPolicy(retries, backoff_base, backoff_max)
        self._margin = free_space_margin
        self._progress_rate = progress_per_second
        self._max_parallel = max(1, max_parallel)
        self._jobs: dict[str, Job] = {}  # insertion order is queue order
        self._lock = threading.RLock()
        self._changed = threading.Condition(self._lock)
        # Snapshots are taken and delivered under this lock, so listeners see every download's states in order.
        self._emit_lock = threading.RLock()
        self._listeners: list[Listener] = []
        self._workers: set[threading.Thread] = set()  # until each has delivered its last snapshot
        self._closed = False

    # -- listening -------------------------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call `listener(status)` on every change; progress at most `progress_per_second` times a second."""
        with self._emit_lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._emit_lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    # -- the queue -------------------------------------------------------------------------------------

    def restore(self, autostart: bool = True) -> list[DownloadStatus]:
        """Load the saved queue; downloads cut off by a crash or a quit continue (or wait, paused)."""
        if self._state_path is None:
            return []
        restored = []
        with self._lock:
            for job in load_queue(self._state_path):
                if job.id in self._jobs or self._find(job.key) is not None:
                    continue
                if job.state in (State.DOWNLOADING, State.VERIFYING, State.QUEUED):
                    job.state = State.QUEUED if autostart else State.PAUSED
                job.throttle = Throttle(self._progress_rate)
                self._jobs[job.id] = job
                restored.append(job)
            if restored:
                self._persist()
            self._schedule()
        for job in restored:
            self._emit(job)
        return [job.status() for job in restored]

    def add(self, repo_id: str, model: GgufModel, revision: str) -> DownloadStatus:
        """Queue `model` (from `HubClient.repo_files`) at `revision` (its commit). No network call here."""
        try:
            job = Job.for_model(self.models_dir, repo_id, revision, model)
        except ValueError as error:
            raise HubError(str(error)) from None
        job.throttle = Throttle(self._progress_rate)
        with self._lock:
            if self._closed:
                raise HubError("the download manager is closed")
            existing = self._find(job.key)
            if existing is not None and existing.state not in FINISHED:
                return existing.status()
            if existing is not None:
                del self._jobs[existing.id]
            if all(part.is_in_place() for part in job.parts):
                job.state = State.DONE  # already downloaded: nothing to fetch
            job.bytes_done = sum(part.received() for part in job.parts)
            self._jobs[job.id] = job
            self._persist()
            self._schedule()
        self._emit(job)
        return job.status()

    def pause(self, download_id: str) -> bool:
        """Stop a download but keep its bytes; a queued one simply waits. False if there was nothing to pause."""
        with self._lock:
            job = self._jobs[download_id]
            if job.state in ACTIVE:
                job.control.stop("pause")  # the worker reports "paused" once it has let go of the file
                return True
            if job.state != State.QUEUED:
                return False
            job.state = State.PAUSED
            self._persist()
        self._emit(job)
        return True

    def resume(self, download_id: str) -> bool:
        """Continue a paused (or failed) download from its partial file."""
        with self._lock:
            job = self._jobs[download_id]
            if job.thread is not None and job.control.reason == "pause":
                job.control.reason = "resume"  # still winding down: it goes straight back to the queue
                return True
            if job.state not in (State.PAUSED, State.FAILED):
                return False
            self._requeue(job)
        self._emit(job)
        self._start_queued()
        return True

    def retry(self, download_id: str) -> bool:
        """Start a failed or cancelled download again, with a fresh set of retries."""
        with self._lock:
            job = self._jobs[download_id]
            if job.state not in (State.FAILED, State.CANCELLED):
                return False
            self._requeue(job)
        self._emit(job)
        self._start_queued()
        return True

    def cancel(self, download_id: str) -> bool:
        """Stop a download and delete its partial file."""
        with self._lock:
            job = self._jobs[download_id]
            if job.thread is not None:
                job.control.stop("cancel")  # the worker deletes the partial once it has closed it
                return True
            if job.state in (State.DONE, State.CANCELLED):
                return False
            job.state, job.error, job.error_kind = State.CANCELLED, None, None
            self._persist()
        discard_partials(job)
        job.bytes_done = 0
        self._emit(job)
        return True

    def remove(self, download_id: str) -> bool:
        """Forget a finished download (a failed one loses its partial file). False if it is still going."""
        with self._lock:
            job = self._jobs.get(download_id)
            if job is None or job.state not in FINISHED or job.thread is not None:
                return False
            del self._jobs[download_id]
            self._persist()
        if job.state == State.FAILED:
            discard_partials(job)
        return True

    def downloads(self) -> list[DownloadStatus]:
        with self._lock:
            return [job.status() for job in self._jobs.values()]

    def status(self, download_id: str) -> DownloadStatus:
        with self._lock:
            return self._jobs[download_id].status()

    def wait(
        self,
        download_id: str,
        predicate: Callable[[DownloadStatus], bool] | None = None,
        timeout: float | None = None,
    ) -> DownloadStatus:
        """Block until `predicate(status)` (default: finished or paused); TimeoutError after `timeout` seconds."""
        predicate = predicate or (lambda s: s.state in FINISHED or s.state == State.PAUSED)
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._changed:
            while True:
                status = self._jobs[download_id].status()
                if predicate(status):
                    return status
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    raise TimeoutError(f"download {status.name} is still {status.state}")
                self._changed.wait(remaining)

    def close(self, timeout: float = 10.0) -> None:
        """Stop every transfer, keeping partial files and the queue for the next start."""
        with self._lock:
            self._closed = True
            threads = list(self._workers)
            for job in self._jobs.values():
                if job.thread is not None:
                    job.control.stop("shutdown")
        deadline = time.monotonic() + timeout
        for thread in threads:
            if thread is not threading.current_thread():  # close() may come from a listener
                thread.join(max(0.0, deadline - time.monotonic()))

    def __enter__(self) -> DownloadManager:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- inside ----------------------------------------------------------------------------------------

    def _find(self, key: tuple[str, str]) -> Job | None:
        return next((job for job in self._jobs.values() if job.key == key), None)

    def _requeue(self, job: Job) -> None:
        job.state, job.error, job.error_kind = State.QUEUED, None, None
        job.bytes_done = sum(part.received() for part in job.parts)
        self._persist()

    def _start_queued(self) -> None:
        with self._lock:
            started = self._schedule()
        for job in started:
            self._emit(job)

    def _schedule(self) -> list[Job]:
        """Start queued downloads while there is room; call with the lock held, emit afterwards."""
        if self._closed:
            return []
        started = []
        active = sum(1 for job in self._jobs.values() if job.thread is not None)
        for job in self._jobs.values():
            if active >= self._max_parallel:
                break
            if job.state != State.QUEUED or job.thread is not None:
                continue
            job.control = Control()
            job.state = State.DOWNLOADING
            job.meter.reset()
            job.thread = threading.Thread(target=self._run, args=(job,), name=f"hearth-download-{job.id}", daemon=True)
            self._workers.add(job.thread)
            job.thread.start()
            started.append(job)
            active += 1
        if started:
            self._persist()
        return started

    def _run(self, job: Job) -> None:
        state, error = State.DONE, None
        try:
            run_job(
                job,
                self.client,
                self._policy,
                self._margin,
                lambda done: self._on_bytes(job, done),
                lambda state: self._set_state(job, state),
            )
        except Stopped:
            state = STOPPED_STATE.get(job.control.reason or "pause", State.PAUSED)
        except HubError as failure:
            state, error = State.FAILED, failure
        except Exception as failure:  # a bug must fail the download, not kill the thread silently
            log.exception("download of %s failed unexpectedly", job.name)
            state, error = State.FAILED, HubError(f"unexpected error: {type(failure).__name__}: {failure}")
        if state == State.CANCELLED:
            discard_partials(job)
        with self._lock:
            job.thread = None
            job.state = state
            job.error = error.message if error else None
            job.error_kind = error.kind if error else None
            job.bytes_done = job.bytes_total if state == State.DONE else sum(p.received() for p in job.parts)
            self._persist()
            started = self._schedule()
        self._emit(job)
        for other in started:
            self._emit(other)
        with self._lock:
            self._workers.discard(threading.current_thread())

    def _on_bytes(self, job: Job, done: int) -> None:
        job.bytes_done = done
        if job.throttle.ready():
            job.meter.add(done)
            self._emit(job)

    def _set_state(self, job: Job, state: State) -> None:
        with self._lock:
            job.state = state
            self._persist()
        self._emit(job)

    def _persist(self) -> None:
        if self._state_path is None:
            return
        try:
            save_queue(self._state_path, self._jobs.values())
        except OSError as error:
            log.warning("could not save the download queue to %s: %s", self._state_path, error)

    def _emit(self, job: Job) -> None:
        with self._emit_lock:
            status = job.status()
            with self._changed:
                self._changed.notify_all()
            for listener in list(self._listeners):
                try:
                    listener(status)
                except Exception:
                    log.exception("a download listener failed")
