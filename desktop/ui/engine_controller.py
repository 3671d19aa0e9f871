"""The window's view of its model: the runtime's events, as Qt signals on the GUI thread.

The model runs on its runner's thread in core (desktop/core/runtime). `QtPoster` is how
calls reach the GUI thread from there: one queued signal per call, so a batch of tokens
wakes the GUI thread once. `EngineController` re-emits a ModelHandle's events as signals
for the widgets; it decides nothing itself.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot

from desktop.core.runtime.handle import HandleListener, ModelHandle
from desktop.core.runtime.host import ModelHost
from desktop.core.runtime.runner import LoadJob, ModelRunner
from desktop.core.runtime.types import LoadOptions, ModelInfo, ModelRef


class QtPoster(QObject):
    """Runs calls posted from any thread on the thread this object lives in (the GUI thread)."""

    _call = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._closed = False
        self._call.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def post(self, call: Callable[[], None]) -> None:
        if not self._closed:
            self._call.emit(call)

    @Slot(object)
    def _run(self, call: Callable[[], None]) -> None:
        if not self._closed:  # after close, late answers from the model thread find no window
            call()

    def close(self) -> None:
        self._closed = True


class _Signals(HandleListener):
    def __init__(self, controller: EngineController) -> None:
        self._controller = controller

    def state_changed(self, state: str) -> None:
        self._controller.stateChanged.emit(state)

    def load_progress(self, fraction: float) -> None:
        self._controller.loadProgress.emit(fraction)

    def loaded(self, info: ModelInfo) -> None:
        self._controller.loaded.emit(info)

    def load_failed(self, path: str, message: str) -> None:
        self._controller.loadFailed.emit(path, message)

    def load_refused(self, path: str, message: str) -> None:
        self._controller.loadRefused.emit(path, message)

    def unloaded(self) -> None:
        self._controller.unloaded.emit()


class EngineController(QObject):
    """The GUI thread's handle on the chat model. States: empty, loading, ready, busy, failed."""

    loadProgress = Signal(float)
    loaded = Signal(object)  # ModelInfo
    loadFailed = Signal(str, str)  # path, one-line message
    loadRefused = Signal(str, str)  # path, the memory check's refusal with the numbers
    unloaded = Signal()
    stateChanged = Signal(str)

    def __init__(self, runner: ModelRunner, parent: QObject | None = None, host: ModelHost | None = None) -> None:
        super().__init__(parent)
        self.host = host  # the host of `runner`, whose other slots (the embedding model) the window shares
        self.poster = QtPoster(self)
        self.handle = ModelHandle(runner, self.poster.post)
        self.handle.add_listener(_Signals(self))

    @property
    def runner(self) -> ModelRunner:
        return self.handle.runner

    @property
    def state(self) -> str:
        return self.handle.state

    @property
    def model(self) -> ModelInfo | None:
        return self.handle.model

    @property
    def model_options(self) -> LoadOptions | None:
        return self.handle.model_options

    @property
    def last_rss(self) -> tuple[int, int]:
        return self.handle.last_rss

    @property
    def pending_load(self) -> LoadJob | None:
        return self.handle.pending_load

    def load(self, path: str, options: LoadOptions, force: bool = False) -> None:
        self.handle.load(ModelRef.parse(path) or ModelRef.gguf(path), options, force)

    def unload(self) -> None:
        self.handle.unload()

    def report_failure(self, path: str, message: str) -> None:
        self.handle.report_failure(path, message)

    def close(self) -> None:
        """No more signals: the window is going away (the runtime is shut down by its owner)."""
        self.handle.close()
        self.poster.close()
