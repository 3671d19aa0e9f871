"""The child's progress as JSON lines, one object a line, flushed each: the app reads nothing else.

Stdout belongs to the protocol. `take_stdout` moves everything else that would write there (Python's
print, a library's progress bar, C code writing to file descriptor 1) over to stderr, which the app
keeps as the run's log, and gives back the only stream that still reaches the real stdout.
"""

from __future__ import annotations

import json
import math
import os
import sys
import threading
from collections.abc import Callable
from typing import Any, TextIO

from desktop.core.text import one_line

Sink = Callable[[dict[str, Any]], None]


def take_stdout() -> TextIO:
    """The real stdout, for events alone; file descriptor 1 and sys.stdout now write to stderr."""
    sys.stdout.flush()
    events = os.fdopen(os.dup(1), "w", encoding="utf-8", buffering=1)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    return events


def _finite(value: Any) -> Any:
    # JSON has no NaN or infinity: a diverged loss is written as null rather than breaking the line.
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


class Events:
    """Writes the protocol's events to a stream, or hands them to a function (a run in-process)."""

    def __init__(self, out: TextIO | Sink, on_lost: Callable[[], None] | None = None) -> None:
        """`on_lost`: called once if the app stops reading (it quit, or was killed): the run then stops at
        the next step with a checkpoint, as on Cancel, instead of dying on a broken pipe."""
        self._out = out
        self._lock = threading.Lock()
        self._on_lost = on_lost
        self.lost = False

    def emit(self, event: str, **fields: Any) -> None:
        item = {"event": event, **{key: _finite(value) for key, value in fields.items()}}
        if callable(self._out):
            self._out(item)
            return
        line = json.dumps(item, ensure_ascii=False, allow_nan=False)
        with self._lock:
            if self.lost:
                return
            try:
                self._out.write(line + "\n")
                self._out.flush()
            except (OSError, ValueError):  # EPIPE: nobody reads; ValueError: the stream was closed
                self.lost = True
                print(f"the app stopped reading ({event} event not delivered): stopping", file=sys.stderr)
                if self._on_lost is not None:
                    self._on_lost()

    def stage(self, stage: str, steps: int = 0) -> None:
        self.emit("stage", stage=stage, steps=steps)

    def step(self, stage: str, step: int, steps: int, loss: float, eta_s: float) -> None:
        self.emit("step", stage=stage, step=step, steps=steps, loss=round(loss, 6), eta_s=round(eta_s, 3))

    def log(self, text: str) -> None:
        self.emit("log", text=one_line(text, 1000))

    def checkpoint(self, stage: str, step: int) -> None:
        self.emit("checkpoint", stage=stage, step=step)

    def done(self, adapter: str, report: str) -> None:
        self.emit("done", adapter=adapter, report=report)

    def error(self, message: str) -> None:
        self.emit("error", message=one_line(message, 400))
