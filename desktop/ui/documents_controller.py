"""The window's document collections, indexed in the background: one job at a time, progress as signals.

The work is core's (desktop.core.documents: `Documents.index` runs on the caller's thread, with its
own SQLite connection); this object queues the jobs, runs them on one worker thread and brings what
they say back to the GUI thread through a QtPoster. A kill -9 mid-index loses nothing: each file is
its own transaction, and the next refresh goes on from there.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from desktop.core.documents.collection_store import CollectionError, CollectionInfo, CollectionStore, Problem
from desktop.core.documents.indexer import IndexProgress, IndexReport
from desktop.core.documents.retrieval import Retriever
from desktop.core.documents.service import Documents
from desktop.core.runtime.host import ModelHost
from desktop.core.settings import Settings
from desktop.core.store import StoreError
from desktop.ui.engine_controller import QtPoster
from desktop.ui.i18n import tr

log = logging.getLogger(__name__)

INDEX, REMOVE = "index", "remove"


@dataclass(frozen=True)
class _Job:
    kind: str  # INDEX or REMOVE
    name: str
    quiet: bool = False  # the refresh at start: said only when something changed


def report_line(report: IndexReport, quiet: bool = False) -> str:
    """What one indexing run did, in one line ("Home: 12 files indexed, 3 skipped"); "" when a quiet
    refresh found nothing changed."""
    changed = report.files_indexed or report.files_removed or report.files_skipped
    if quiet and not changed and not report.stopped:
        return ""
    parts = []
    indexed = f"{report.files_indexed:,}"
    if report.files_indexed or not changed:
        one = report.files_indexed == 1
        parts.append((tr("{count} file indexed") if one else tr("{count} files indexed")).format(count=indexed))
    if report.files_removed:
        parts.append(tr("{count} gone from disk").format(count=f"{report.files_removed:,}"))
    if report.files_skipped:
        parts.append(tr("{count} skipped").format(count=f"{report.files_skipped:,}"))
    if not changed and report.files_unchanged:
        unchanged = tr("up to date ({count} file)") if report.files_unchanged == 1 else tr("up to date ({count} files)")
        parts = [unchanged.format(count=f"{report.files_unchanged:,}")]
    line = tr("{collection}: {outcome}").format(collection=report.collection, outcome=", ".join(parts))
    if report.stopped:
        stopped = (
            tr("{collection}: indexing stopped; {count} file done")
            if report.files_indexed == 1
            else tr("{collection}: indexing stopped; {count} files done")
        )
        line = stopped.format(collection=report.collection, count=indexed)
    if report.embedding_note:
        line = tr("{outcome} — searched by keywords only ({reason})").format(outcome=line, reason=report.embedding_note)
    return line


class DocumentsController(QObject):
    """Collections and their indexing, for the window. Every method is called on the GUI thread."""

    collectionsChanged = Signal()  # the list, or which is indexing or waiting, changed
    progress = Signal(object)  # IndexProgress (a copy), at most ten a second
    finished = Signal(object)  # IndexReport of a run that ended (stopped ones too)
    failed = Signal(str, str)  # collection, one-line message
    message = Signal(str)  # a line for the status bar

    def __init__(
        self,
        settings: Settings,
        host: ModelHost | None = None,
        index_path: Path | str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.index_path = index_path
        self.documents = Documents(index_path, settings, host)
        self._poster = QtPoster(self)
        self._store: CollectionStore | None = None
        self._infos: list[CollectionInfo] = []
        self._jobs: deque[_Job] = deque()
        self._lock = threading.Lock()  # the queue and the running job, shared with the worker
        self._running: _Job | None = None
        self._stop = threading.Event()  # the running job's
        self._thread: threading.Thread | None = None
        self._closed = False
        self.last_progress: dict[str, IndexProgress] = {}
        self.reload()

    # -- what is shown ------------------------------------------------------------------

    @property
    def collections(self) -> list[CollectionInfo]:
        removing = {job.name for job in self._pending(REMOVE)}
        return [info for info in self._infos if info.name not in removing]

    def names(self) -> list[str]:
        return [info.name for info in self.collections]

    def info(self, name: str) -> CollectionInfo | None:
        return next((info for info in self.collections if info.name.casefold() == name.casefold()), None)

    @property
    def indexing(self) -> str:
        """The collection being indexed now ("" for none)."""
        running = self._running
        return running.name if running is not None and running.kind == INDEX else ""

    @property
    def waiting(self) -> list[str]:
        return [job.name for job in self._pending(INDEX)]

    def retriever(self) -> Retriever:
        return self.documents.retriever()

    def problems(self, name: str) -> list[Problem]:
        return self._collection_store().problems(name)

    def reload(self) -> None:
        try:
            self._infos = self._collection_store().all()
        except (StoreError, CollectionError) as error:
            self._infos = []
            self.message.emit(str(error))
        self.collectionsChanged.emit()

    # -- what the window asks -------------------------------------------------------------

    def create(self, name: str, sources: list[str]) -> CollectionInfo:
        """A collection with these folders or files (or more of them for one that exists), indexed
        next. Raises CollectionError or StoreError with a line for the user."""
        if any(job.name.casefold() == " ".join(name.split()).casefold() for job in self._pending(REMOVE)):
            raise CollectionError(tr("{name} is still being removed: try again in a moment").format(name=name))
        info = self._collection_store().create(name, list(sources))
        self.reload()
        self.refresh(info.name)
        return info

    def refresh(self, name: str, quiet: bool = False) -> None:
        """Index what changed on disk, after the jobs already waiting (once, however often asked)."""
        with self._lock:  # waiting already: that run will see what changed (a running one may not)
            if self._closed:
                return
            for n, job in enumerate(self._jobs):
                if job.kind == INDEX and job.name == name:
                    if not quiet:  # asked for now: its outcome is said, even when nothing changed
                        self._jobs[n] = _Job(INDEX, name)
                    return
        self._enqueue(_Job(INDEX, name, quiet))

    def refresh_all(self) -> None:
        """Every collection once, in the background: what changed on disk since the last run."""
        for info in self.collections:
            self.refresh(info.name, quiet=True)

    def stop(self, name: str) -> None:
        """Stop indexing `name` (what was indexed stays), and forget it if it was waiting."""
        with self._lock:
            self._jobs = deque(job for job in self._jobs if not (job.kind == INDEX and job.name == name))
            running = self._running
            if running is not None and running.kind == INDEX and running.name == name:
                self._stop.set()
        self.collectionsChanged.emit()

    def remove(self, name: str) -> None:
        """Forget a collection and its index (on the worker: a large one takes a while to delete).
        The files are not touched. It disappears from `collections` at once."""
        with self._lock:
            self._jobs = deque(job for job in self._jobs if job.name != name)
            running = self._running
            if running is not None and running.name == name:
                self._stop.set()
        self._enqueue(_Job(REMOVE, name), first=True)

    def shutdown(self, timeout_s: float = 1.0) -> None:
        """Stop the job in progress and wait for it briefly; what was indexed is kept. Once."""
        if self._closed:
            return
        self._closed = True
        with self._lock:
            self._jobs.clear()
            self._stop.set()
            thread = self._thread
        self._poster.close()
        if thread is not None:
            thread.join(timeout_s)
            if thread.is_alive():
                log.warning("indexing did not stop within %.1f s; leaving it to end with the process", timeout_s)
        if self._store is not None:
            self._store.close()
            self._store = None
        self.documents.close()

    # -- the worker -----------------------------------------------------------------------

    def _pending(self, kind: str | None = None) -> list[_Job]:
        with self._lock:
            jobs = list(self._jobs)
            if self._running is not None:
                jobs.insert(0, self._running)
        return [job for job in jobs if kind is None or job.kind == kind]

    def _collection_store(self) -> CollectionStore:
        if self._store is None:
            self._store = CollectionStore(self.index_path)
        return self._store

    def _enqueue(self, job: _Job, first: bool = False) -> None:
        with self._lock:
            if first:
                self._jobs.appendleft(job)
            else:
                self._jobs.append(job)
            if self._thread is None:
                self._thread = threading.Thread(target=self._work, name="documents-indexer", daemon=True)
                self._thread.start()
        self.collectionsChanged.emit()

    def _work(self) -> None:
        while True:
            with self._lock:
                if not self._jobs or self._closed:
                    self._thread = self._running = None
                    return
                job = self._running = self._jobs.popleft()
                self._stop.clear()
            self._poster.post(self.collectionsChanged.emit)
            try:
                outcome = self._index(job) if job.kind == INDEX else self._remove(job)
            except Exception as error:  # a bug must cost this job, not the worker
                log.exception("document job %s %s failed", job.kind, job.name)
                said = tr("{name}: indexing failed: {error}").format(name=job.name, error=error)
                outcome = partial(self._failed, job.name, said)
            with self._lock:
                self._running = None  # before the outcome is shown: the list then shows it done
            self._poster.post(outcome)

    def _index(self, job: _Job) -> Callable[[], None]:
        def on_progress(progress: IndexProgress) -> None:
            copy = replace(progress)  # the indexer goes on changing its own
            self._poster.post(lambda: self._progressed(copy))

        try:
            report = self.documents.index(job.name, on_progress, self._stop)
        except (CollectionError, StoreError) as error:
            return partial(self._failed, job.name, str(error))
        return partial(self._finished, report, job.quiet)

    def _remove(self, job: _Job) -> Callable[[], None]:
        store = CollectionStore(self.index_path)  # this thread's connection
        try:
            store.remove(job.name)
        except (CollectionError, StoreError) as error:
            return partial(self._failed, job.name, str(error))
        finally:
            store.close()
        return partial(self._removed, job.name)

    # -- back on the GUI thread -------------------------------------------------------------

    def _progressed(self, progress: IndexProgress) -> None:
        self.last_progress[progress.collection] = progress
        self.progress.emit(progress)

    def _finished(self, report: IndexReport, quiet: bool) -> None:
        self.last_progress.pop(report.collection, None)
        self.reload()
        self.finished.emit(report)
        line = report_line(report, quiet)
        if line and self.info(report.collection) is not None:  # not one stopped to be removed
            self.message.emit(line)

    def _removed(self, name: str) -> None:
        self.reload()
        self.message.emit(tr("Removed {name} from Hearth; its files are untouched.").format(name=name))

    def _failed(self, name: str, message: str) -> None:
        self.last_progress.pop(name, None)
        self.reload()
        self.failed.emit(name, message)
        self.message.emit(message)
