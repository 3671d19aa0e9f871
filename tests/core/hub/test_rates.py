"""The download speed meter and the progress throttle, on a clock the test moves."""

from __future__ import annotations

import itertools

import pytest

from desktop.core.hub.rates import SpeedMeter, Throttle


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_throttle_lets_at_most_ten_reports_a_second_through() -> None:
    clock = Clock()
    throttle = Throttle(clock=clock)
    passed = []
    for tick in range(128):  # a chunk every 1/128 s (a step the clock holds exactly) for a second
        clock.now = 100.0 + tick / 128
        if throttle.ready():
            passed.append(clock.now)
    assert len(passed) == 10
    assert all(later - earlier >= 0.1 for earlier, later in itertools.pairwise(passed))
    assert throttle.ready(force=True)  # the last report (done, paused...) always goes through
    assert not throttle.ready()  # and the interval starts again from it
    clock.now += 0.125
    assert throttle.ready()


def test_the_speed_is_the_bytes_over_the_last_seconds_and_the_eta_what_is_left_at_it() -> None:
    clock = Clock()
    meter = SpeedMeter(window_s=5.0, clock=clock)
    assert meter.speed() == 0.0 and meter.eta(1000) is None  # one sample says nothing yet
    for second in range(11):
        meter.add(second * 1_000_000)  # 1 MB/s for ten seconds
        clock.now += 1.0
    assert meter.speed() == pytest.approx(1_000_000)
    assert meter.eta(3_000_000) == pytest.approx(3.0)
    for second in range(11, 14):
        meter.add(10_000_000 + (second - 10) * 4_000_000)  # then 4 MB/s
        clock.now += 1.0
    # Only the last five seconds count: the slow start is forgotten, the change shows at once.
    assert 2_000_000 < meter.speed() <= 4_000_000
    meter.reset()
    assert meter.speed() == 0.0
