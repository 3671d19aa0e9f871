"""Run slow calls (Hub requests, disk scans, copies) off the GUI thread; results come back as signals."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    # Lives in the GUI thread: signals emitted from a pool thread are delivered there.
    succeeded = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, call: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.call = call
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.call()
        except Exception as error:  # handed to the caller's on_error
            log.debug("background task failed", exc_info=True)
            self.relay.failed.emit(error)
        else:
            self.relay.succeeded.emit(result)


_pending: set[_Relay] = set()


def run_in_background(
    call: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None] | None = None,
    *,
    owner: QObject,
) -> None:
    """Run `call` on a pool thread; `on_done(result)` or `on_error(exception)` then run on the GUI
    thread, unless `owner` (the widget they update) was deleted in the meantime."""
    relay = _Relay()
    _pending.add(relay)

    def finish(handler: Callable[[Any], None] | None, value: Any) -> None:
        _pending.discard(relay)
        if handler is not None and shiboken6.isValid(owner):
            handler(value)

    relay.succeeded.connect(lambda value: finish(on_done, value))
    relay.failed.connect(lambda error: finish(on_error, error))
    QThreadPool.globalInstance().start(_Task(call, relay))


def wait_for_background(timeout_ms: int = 5000) -> bool:
    """Let running tasks finish (at exit, and in tests)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
