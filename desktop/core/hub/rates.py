"""Download speed over a short window, and a throttle that lets at most N progress reports a second through."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

WINDOW_S = 5.0


class SpeedMeter:
    """Bytes per second over the last few seconds: responsive, yet not jumpy."""

    def __init__(self, window_s: float = WINDOW_S, clock: Callable[[], float] = time.monotonic) -> None:
        self._window_s = window_s
        self._clock = clock
        self._samples: deque[tuple[float, int]] = deque()

    def reset(self) -> None:
        self._samples.clear()

    def add(self, total_bytes: int) -> None:
        now = self._clock()
        self._samples.append((now, total_bytes))
        while len(self._samples) > 2 and now - self._samples[1][0] > self._window_s:
            self._samples.popleft()

    def speed(self) -> float:
        if len(self._samples) < 2:
            return 0.0
        (t0, b0), (t1, b1) = self._samples[0], self._samples[-1]
        return (b1 - b0) / (t1 - t0) if t1 > t0 else 0.0

    def eta(self, remaining: int) -> float | None:
        speed = self.speed()
        return remaining / speed if speed > 0 else None


class Throttle:
    """True at most once per interval; `force` always lets a report through and restarts the interval."""

    def __init__(self, per_second: float = 10.0, clock: Callable[[], float] = time.monotonic) -> None:
        self._interval = 1.0 / per_second
        self._clock = clock
        self._last = float("-inf")

    def ready(self, force: bool = False) -> bool:
        now = self._clock()
        if force or now - self._last >= self._interval:
            self._last = now
            return True
        return False
