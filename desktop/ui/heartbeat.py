"""A 5 ms event-loop heartbeat: the gaps between its beats are how long the UI was frozen."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt, QTimer

INTERVAL_MS = 5


class Heartbeat(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self._beat)
        self._last = 0.0
        self.gaps_ms: list[float] = []

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        if self._timer.isActive():
            self._beat()
            self._timer.stop()

    def reset(self) -> None:
        self.gaps_ms.clear()
        self._last = time.perf_counter()

    def _beat(self) -> None:
        now = time.perf_counter()
        self.gaps_ms.append((now - self._last) * 1000)
        self._last = now

    @property
    def max_stall_ms(self) -> float:
        return max(self.gaps_ms, default=0.0)

    def percentile_ms(self, q: float) -> float:
        if not self.gaps_ms:
            return 0.0
        ordered = sorted(self.gaps_ms)
        return ordered[min(len(ordered) - 1, int(q / 100 * len(ordered)))]
