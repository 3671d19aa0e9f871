"""One training run at a time, as Qt signals: the run is prepared off the GUI thread (hashing the base
takes seconds), and the child's events, which arrive on the run's own thread, reach the page on the GUI
thread through a queued signal."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal

from desktop.core.settings import Settings
from desktop.core.text import one_line
from desktop.core.tune.adapters import AdapterInfo
from desktop.core.tune.data import TrainingSet
from desktop.core.tune.errors import TuneError
from desktop.core.tune.plan import TuneSettings
from desktop.core.tune.prepare import prepare_run
from desktop.core.tune.runs import RunState, TuneRun, discard, finish_install
from desktop.ui.background import run_in_background

log = logging.getLogger(__name__)

RunFactory = Callable[[RunState, Settings, Callable[[dict[str, Any]], None]], TuneRun]


class RunBridge(QObject):
    """`runEvent(dict)` for each of the child's events, the last {"event": "finished", ...}; `failed(str)`
    when a run could not start (one line)."""

    runEvent = Signal(object)  # not "event": that is QObject.event(), which Qt calls for every event
    failed = Signal(str)
    busyChanged = Signal(bool)

    def __init__(self, settings: Callable[[], Settings], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.run_factory: RunFactory = TuneRun  # tests give a run whose child is a fake trainer
        self.run: TuneRun | None = None
        self._preparing: threading.Event | None = None  # set: the preparation was cancelled
        self.state: RunState | None = None

    @property
    def busy(self) -> bool:
        return self._preparing is not None or (self.run is not None and not self.run.finished.is_set())

    def start(self, base: Path, training: TrainingSet, settings: TuneSettings, name: str) -> None:
        if self.busy:
            return
        stop = self._preparing = threading.Event()
        self.busyChanged.emit(True)

        def prepared(state: RunState) -> None:
            if stop.is_set():  # cancelled just as the base was hashed: its folder goes
                discard(state)
                return
            self._preparing = None
            self._launch(state, resume=False)

        def not_prepared(error: Exception) -> None:
            self._preparing = None
            cancelled = stop.is_set()
            self.busyChanged.emit(False)
            if not cancelled:
                self.failed.emit(_one_line(error))

        run_in_background(lambda: prepare_run(base, training, settings, name, stop), prepared, not_prepared, owner=self)

    def resume(self, state: RunState) -> None:
        """Go on from the run's checkpoint; a run whose adapter was already exported only enters the library."""
        if self.busy:
            return
        if state.exported:
            try:
                adapter = finish_install(state, self._settings())
            except TuneError as error:
                self.failed.emit(_one_line(error))
                return
            self.state, self.run = state, None  # the report shown must be this run's, not the last one's
            self.runEvent.emit({"event": "finished", "status": "done", "adapter": adapter.to_dict()})
            return
        self.busyChanged.emit(True)
        self._launch(state, resume=True)

    def _launch(self, state: RunState, resume: bool) -> None:
        self.state = state
        run = self.run_factory(state, self._settings(), self._relay)
        try:
            run.start(resume=resume)
        except TuneError as error:
            self.run = None
            self.busyChanged.emit(False)
            self.failed.emit(_one_line(error))
            return
        self.run = run

    def _relay(self, event: dict[str, Any]) -> None:
        """On the run's thread: the signal queues the event for the GUI thread (unless the window is gone)."""
        if not shiboken6.isValid(self):
            return
        try:
            self.runEvent.emit(event)
            if event.get("event") == "finished":
                self.busyChanged.emit(False)
        except RuntimeError:  # deleted between the check and the emit, at exit
            log.debug("a training event after the window closed", exc_info=True)

    def adapter(self) -> AdapterInfo | None:
        return self.run.adapter if self.run is not None else None

    def cancel(self) -> None:
        """Stop the run at its next step, with a checkpoint to resume from (or stop preparing it)."""
        if self._preparing is not None:
            self._preparing.set()
            self._preparing = None
            self.busyChanged.emit(False)
            self.runEvent.emit({"event": "finished", "status": "cancelled", "resumable": False})
            return
        if self.run is not None:
            self.run.cancel()


def _one_line(error: Exception) -> str:
    if isinstance(error, TuneError):
        return one_line(str(error), 300)
    if isinstance(error, OSError):
        return one_line(str(error.strerror or error), 300)
    return one_line(f"{type(error).__name__}: {error}", 300)
