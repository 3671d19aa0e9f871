"""One thread running one asyncio event loop, for code that speaks asyncio (the MCP SDK) in a Hearth of threads.

Work is handed in from any thread and answered with a `concurrent.futures.Future` that always gets a
result: the work's own, or its `fallback` when the work failed unexpectedly or the loop was closed under
it. No future of this loop raises or stays unanswered, so no caller is left waiting or handed a traceback.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable, Coroutine
from concurrent.futures import Future
from typing import Any, TypeVar

from desktop.core.text import one_line

log = logging.getLogger(__name__)

T = TypeVar("T")
Fallback = Callable[[str], Any]  # why -> the result to give instead
SHUTDOWN_S = 10.0


class BackgroundLoop:
    def __init__(self, name: str) -> None:
        self.name = name
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._closed = False
        self._waiting: dict[Future[Any], Fallback] = {}  # answered, or answered with the fallback at close

    @property
    def closed(self) -> bool:
        return self._closed

    def in_loop_thread(self) -> bool:
        return self._thread is not None and threading.current_thread() is self._thread

    def submit(self, work: Callable[[], Coroutine[Any, Any, T]], fallback: Callable[[str], T]) -> Future[T]:
        """Run `work()` on the loop; its result (or `fallback(why)`) in a Future. Thread-safe."""
        future: Future[T] = Future()
        with self._lock:
            if self._closed:
                future.set_result(fallback("Hearth's tool servers were closed"))
                return future
            loop = self._started()
            self._waiting[future] = fallback
            loop.call_soon_threadsafe(self._begin, work, future, fallback)
        return future

    def close(self, last: Callable[[], Coroutine[Any, Any, None]] | None = None) -> None:
        """Run `last()` (bounded), stop the loop and its thread; idempotent."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            loop, thread = self._loop, self._thread
        if loop is not None and thread is not None:
            if last is not None and not self.in_loop_thread():
                try:
                    asyncio.run_coroutine_threadsafe(last(), loop).result(timeout=SHUTDOWN_S)
                except Exception:  # a timeout too: the loop is stopped anyway
                    log.debug("closing %s did not finish cleanly", self.name, exc_info=True)
            loop.call_soon_threadsafe(loop.stop)
            if not self.in_loop_thread():
                thread.join(timeout=SHUTDOWN_S)
        with self._lock:
            waiting, self._waiting = self._waiting, {}
        for future, fallback in waiting.items():
            _answer(future, fallback, None, "Hearth's tool servers were closed")

    def _started(self) -> asyncio.AbstractEventLoop:
        if self._loop is None:
            loop = asyncio.new_event_loop()
            # A daemon: a thread the interpreter waited for would never let atexit (which closes it) run.
            thread = threading.Thread(target=_serve, args=(loop,), name=self.name, daemon=True)
            thread.start()
            self._loop, self._thread = loop, thread
        return self._loop

    def _begin(self, work: Callable[[], Coroutine[Any, Any, T]], future: Future[T], fallback: Fallback) -> None:
        if not future.set_running_or_notify_cancel():  # cancelled by its caller before it began
            with self._lock:
                self._waiting.pop(future, None)
            return
        asyncio.get_running_loop().create_task(self._settle(work, future, fallback))

    async def _settle(self, work: Callable[[], Coroutine[Any, Any, T]], future: Future[T], fallback: Fallback) -> None:
        why = ""
        result: Any = None
        try:
            result = await work()
        except asyncio.CancelledError:  # the loop is closing
            why = "Hearth's tool servers were closed"
        except Exception as error:  # a bug of ours: the caller still gets a line, the traceback the debug log
            log.warning("%s: unexpected %s: %s", self.name, type(error).__name__, one_line(str(error), 200))
            log.debug("%s: unexpected error", self.name, exc_info=True)
            why = f"unexpected error: {type(error).__name__}: {one_line(str(error), 200)}"
        with self._lock:
            self._waiting.pop(future, None)
        _answer(future, fallback, result, why)


def _answer(future: Future[Any], fallback: Fallback, result: Any, why: str) -> None:
    if future.done():
        return
    if future.running() or future.set_running_or_notify_cancel():
        try:
            future.set_result(fallback(why) if why else result)
        except Exception:  # InvalidStateError: answered meanwhile
            log.debug("a future was answered twice", exc_info=True)


def _serve(loop: asyncio.AbstractEventLoop) -> None:
    asyncio.set_event_loop(loop)
    try:
        loop.run_forever()
    finally:
        try:
            deadline = time.monotonic() + SHUTDOWN_S
            # Until none is left: a task being cancelled may start others (the SDK's shielded shutdowns).
            while (tasks := asyncio.all_tasks(loop)) and time.monotonic() < deadline:
                for task in tasks:
                    task.cancel()
                loop.run_until_complete(asyncio.wait(tasks, timeout=max(0.0, deadline - time.monotonic())))
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            loop.close()
