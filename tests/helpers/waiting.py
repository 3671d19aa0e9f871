"""Waiting for a call that should end, without timing it: a wait that never ends fails the test instead
of hanging it, and the bound is generous enough that a slow machine never reaches it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def returns_within(timeout_s: float, call: Callable[[], T]) -> T:
    """`call()` on a thread of its own: what it returns, or what it raises (raised here, so `pytest.raises`
    around this works); an AssertionError if it is still going after `timeout_s`."""
    outcome: list[T] = []
    raised: list[BaseException] = []

    def run() -> None:
        try:
            outcome.append(call())
        except BaseException as error:  # handed to the test's thread
            raised.append(error)

    thread = threading.Thread(target=run, name="returns-within", daemon=True)
    thread.start()
    thread.join(timeout_s)
    assert not thread.is_alive(), f"still waiting after {timeout_s:g} s"
    if raised:
        raise raised[0]
    return outcome[0]
