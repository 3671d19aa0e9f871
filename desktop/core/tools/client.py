"""ToolServers: the MCP servers Hearth runs, their tools, and calls to them, answered with Futures.

The rest of Hearth is threads; the MCP SDK is asyncio. So every session lives on one thread of its
own (loop.BackgroundLoop) and every method here is thread-safe and returns at once with a
`concurrent.futures.Future` that always gets a result (a listing with its problems, an outcome
that may be an error), never an exception, and never waits for ever. A future's callbacks run on
that thread: the window hands them to its own (a signal) before touching a widget.

A server is started when first used: listing its tools, or calling one. One that has exited, broke
the protocol or cannot be reached is started again on the next use; one whose settings changed in
tools.json too. Its stderr goes to `log_path(name)`. What a server sends is data handed on to the
model and the user, never run, opened or fetched.

Tool names the model sees: a server's own, except where a server listed earlier in the same
`list_tools` already offers that name; the later one is then `<server>__<tool>` (the server's name
with anything but letters, digits, '_' and '-' made '_', as OpenAI's function names allow), and
`call(server, that name)` still reaches the server's own tool.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
import weakref
from collections.abc import Sequence
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core.paths import data_dir
from desktop.core.runtime.types import ToolSpec
from desktop.core.text import one_line
from desktop.core.tools.logs import ServerLog, log_path
from desktop.core.tools.loop import BackgroundLoop
from desktop.core.tools.results import ToolListing, ToolOutcome
from desktop.core.tools.servers import McpServerStore

if TYPE_CHECKING:
    from desktop.core.tools.connection import Connection

log = logging.getLogger(__name__)

TOOL_NAME = re.compile(r"[A-Za-z0-9_.-]{1,128}")  # MCP's rule for a tool's name
DESCRIPTION_LIMIT = 4000


class ToolServers:
    def __init__(
        self, store: McpServerStore | None = None, log_dir: Path | None = None, timeout_s: float = 30.0
    ) -> None:
        self.store = store or McpServerStore()
        self.log_dir = log_dir or data_dir() / "logs"
        self.timeout_s = timeout_s
        self._loop = BackgroundLoop("mcp tool servers")
        self._pool = _Pool(self.store, self.log_dir, timeout_s)
        # Closed when dropped, and at the interpreter's exit if still open: no server outlives Hearth.
        self._finalizer = weakref.finalize(self, _close, self._loop, self._pool)

    def list_tools(self, names: Sequence[str]) -> Future[ToolListing]:
        """The tools of these servers (started if need be), with a problem for each that failed."""
        wanted = list(dict.fromkeys(names))
        return self._loop.submit(lambda: self._pool.list_tools(wanted), lambda why: ToolListing([], [why]))

    def call(
        self, server: str, tool: str, arguments: dict[str, Any], timeout_s: float | None = None
    ) -> Future[ToolOutcome]:
        """Call `tool` (the name the model saw) on `server`; cancelled and an error after `timeout_s`."""
        timeout = self.timeout_s if timeout_s is None else timeout_s
        started = time.monotonic()

        def fallback(why: str) -> ToolOutcome:
            return ToolOutcome(why, is_error=True, seconds=time.monotonic() - started)

        return self._loop.submit(lambda: self._pool.call(server, tool, arguments, timeout, started), fallback)

    def stop(self, name: str | None = None) -> Future[None]:
        """End one server's process (or all of them); the future is answered once they have exited."""
        return self._loop.submit(lambda: self._pool.stop(name), lambda why: None)

    def running(self) -> Future[dict[str, int | None]]:
        """The servers running now, with their process ids (None for one at an address)."""
        return self._loop.submit(self._pool.running, lambda why: {})

    def log_path(self, name: str) -> Path:
        return log_path(self.log_dir, name)

    def close(self) -> None:
        """End every server and the thread; idempotent."""
        self._finalizer()


def _close(loop: BackgroundLoop, pool: _Pool) -> None:
    loop.close(lambda: pool.stop(None))


class _Pool:
    """The running servers and the names their tools were shown by; used on the loop's thread only."""

    def __init__(self, store: McpServerStore, log_dir: Path, timeout_s: float) -> None:
        self.store = store
        self.log_dir = log_dir
        self.timeout_s = timeout_s
        self.connections: dict[str, Connection] = {}
        self.stopping: set[Connection] = set()
        # (server, name shown to the model) -> the tool's own name. Only added to: another listing (a check in
        # Settings, another chat's servers) must not take back a name a chat was shown.
        self.names: dict[tuple[str, str], str] = {}
        self._locks: dict[str, asyncio.Lock] = {}

    async def connect(self, name: str) -> Connection | str:
        """The server's running connection (started if need be), or why there is none."""
        server = self.store.get(name)
        if server is None:
            return (
                f"there is no tool server named {one_line(name, 60)!r}: "
                "add it with `hearth mcp add` or in Settings ▸ Tools"
            )
        async with self._locks.setdefault(name, asyncio.Lock()):  # one start at a time for each server
            current = self.connections.get(name)
            if current is not None and current.alive and current.server == server:
                return current
            if current is not None:
                del self.connections[name]
                self.stopping.add(current)
                await current.close()
                self.stopping.discard(current)
            Connection = await _connection_class()
            connection = Connection(server, ServerLog(log_path(self.log_dir, name)), self.timeout_s)
            problem = await connection.open()
            if problem:
                return problem
            self.connections[name] = connection
            return connection

    async def list_tools(self, names: list[str]) -> ToolListing:
        answers = await asyncio.gather(*(self._tools_of(name) for name in names))
        tools: list[ToolSpec] = []
        problems: list[str] = []
        taken: set[str] = set()
        for name, (found, problem) in zip(names, answers, strict=True):
            if problem:
                problems.append(problem)
            for tool in found:
                if not TOOL_NAME.fullmatch(tool.name):
                    unusable = one_line(tool.name, 60)
                    problems.append(f"the tool server {name} offers a tool whose name Hearth cannot use: {unusable!r}")
                    continue
                shown = _shown_name(name, tool.name, taken)
                taken.add(shown)
                self.names[(name, shown)] = tool.name
                tools.append(
                    ToolSpec(
                        name=shown,
                        description=(tool.description or "")[:DESCRIPTION_LIMIT],
                        parameters=json.dumps(tool.input_schema, ensure_ascii=False),
                        server=name,
                    )
                )
        return ToolListing(tools, problems)

    async def _tools_of(self, name: str) -> tuple[list[Any], str]:
        try:
            connection = await self.connect(name)
            if isinstance(connection, str):
                return [], connection
            return await connection.tools()
        except Exception as error:  # never one server's failure for the others
            log.debug("listing the tools of %s failed", name, exc_info=True)
            why = f"{type(error).__name__}: {one_line(str(error), 200)}"
            return [], f"the tool server {name} could not be asked: {why}"

    async def call(
        self, server: str, tool: str, arguments: dict[str, Any], timeout_s: float, started: float
    ) -> ToolOutcome:
        def outcome(content: str, is_error: bool) -> ToolOutcome:
            return ToolOutcome(content, is_error, seconds=time.monotonic() - started)

        if not isinstance(arguments, dict) or not _is_json(arguments):
            return outcome(f"the arguments for {one_line(tool, 100)} are not a JSON object", True)
        connection = await self.connect(server)
        if isinstance(connection, str):
            return outcome(connection, True)
        answer = await connection.call(self.names.get((server, tool), tool), arguments, timeout_s)
        return outcome(answer.content, answer.is_error)

    async def stop(self, name: str | None) -> None:
        names = list(self.connections) if name is None else [name]
        self.stopping.update(self.connections.pop(n) for n in names if n in self.connections)
        # Those a stop before this one is still ending count too: stop() is over only once they have ended.
        waited = [c for c in self.stopping if name is None or c.name == name]
        await asyncio.gather(*(connection.close() for connection in waited))
        self.stopping.difference_update(waited)

    async def running(self) -> dict[str, int | None]:
        return {name: c.pid for name, c in self.connections.items() if c.alive}


def _is_json(value: object) -> bool:
    try:
        json.dumps(value, allow_nan=False)
    except (TypeError, ValueError):
        return False
    return True


async def _connection_class() -> type[Connection]:
    """Connection, and with it the MCP SDK, imported when a server is first used (it takes a second or
    two), on a worker thread so that the loop goes on answering meanwhile."""

    def load() -> type[Connection]:
        from desktop.core.tools.connection import Connection

        return Connection

    return await asyncio.get_running_loop().run_in_executor(None, load)


def _shown_name(server: str, tool: str, taken: set[str]) -> str:
    if tool not in taken:
        return tool
    base = f"{re.sub(r'[^A-Za-z0-9_-]', '_', server)}__{tool}"
    shown, number = base, 2
    while shown in taken:
        shown, number = f"{base}_{number}", number + 1
    return shown
