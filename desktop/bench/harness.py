"""Drive the real main window offscreen for the benchmark: send, stop, switch, wait on signals."""

from __future__ import annotations

import os
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer, SignalInstance

from desktop.core.settings import Settings
from desktop.core.store.records import Message
from desktop.ui.app import Session, open_session
from desktop.ui.heartbeat import Heartbeat


class BenchError(RuntimeError):
    pass


def wait_for(signal: SignalInstance, timeout_s: float = 120.0) -> tuple:
    """Run the event loop until `signal` fires; return its arguments."""
    loop = QEventLoop()
    received: list[tuple] = []

    def on_signal(*args: object) -> None:
        received.append(args)
        loop.quit()

    signal.connect(on_signal)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(int(timeout_s * 1000))
    loop.exec()
    timer.stop()
    signal.disconnect(on_signal)
    if not received:
        raise BenchError(f"timed out after {timeout_s:.0f} s")
    return received[0]


def spin(seconds: float) -> None:
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


@dataclass
class Reply:
    message: Message
    ttft_s: float
    arrivals: list[float] = field(default_factory=list)

    @property
    def tokens(self) -> int:
        return len(self.arrivals)

    @property
    def tokens_per_s(self) -> float:
        if len(self.arrivals) < 2 or self.arrivals[-1] <= self.arrivals[0]:
            return 0.0
        return (len(self.arrivals) - 1) / (self.arrivals[-1] - self.arrivals[0])


class WindowHarness:
    """The real app (store, model thread, window) over a throw-away data folder."""

    def __init__(self, settings: Settings | None = None) -> None:
        self._data = tempfile.TemporaryDirectory(prefix="hearth-bench-")
        os.environ["HEARTH_DATA_DIR"] = self._data.name
        self.session: Session = open_session(settings=settings or Settings())
        self.window = self.session.window
        self.window.resize(1000, 760)
        self.window.show()
        self.heartbeat = Heartbeat()

    @property
    def data_dir(self) -> Path:
        return Path(self._data.name)

    def load(self, path: str | Path, timeout_s: float = 300) -> float:
        """Load a model through the window; return seconds from asking to loaded."""
        started = time.perf_counter()
        if str(path) in self.window.picker.paths:
            self.window.choose_model(str(path))  # what choosing it in the model picker does
        else:
            self.window.open_model_file(str(path))
        wait_for(self.session.engine.loaded, timeout_s)
        return time.perf_counter() - started

    def unload(self) -> None:
        self.session.engine.unload()
        wait_for(self.session.engine.unloaded, 60)
        self.window.chat.forget_model()

    def idle(self) -> None:
        """Wait until the model thread has nothing queued (a count for the context meter, say)."""
        done = self.session.engine.runner.call(lambda _backend: None)  # queued behind whatever is pending
        deadline = time.monotonic() + 120
        while not done.done() and time.monotonic() < deadline:
            spin(0.01)

    def send(self, text: str, timeout_s: float = 300) -> Reply:
        chat = self.window.chat
        arrivals: list[float] = []

        def on_pieces(_message_id: int, pieces: list[str]) -> None:
            arrivals.extend([time.perf_counter()] * len(pieces))  # tokens that arrived together

        chat.piecesArrived.connect(on_pieces)
        sent = time.perf_counter()
        self.window.send(text)
        try:
            (message,) = wait_for(chat.replyEnded, timeout_s)
        finally:
            chat.piecesArrived.disconnect(on_pieces)
        return Reply(message, (arrivals[0] - sent) if arrivals else 0.0, arrivals)

    def close(self) -> None:
        self.session.close()
        os.environ.pop("HEARTH_DATA_DIR", None)
        self._data.cleanup()
