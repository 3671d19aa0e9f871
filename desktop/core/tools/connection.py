"""One tool server, started and in session, on the tools' event loop (see client.ToolServers).

The session is the SDK's `Client`, entered and left by one task of its own (`_run`), as anyio wants;
calls come from other tasks. A server that ends the connection (it exited, or broke the protocol)
ends that task, which stops the process; the pool starts a new one on the next use.
Every failure becomes one line for the user, naming the server; none is raised.
"""

from __future__ import annotations

import asyncio
import logging
import os
from typing import Any

from mcp import types
from mcp.client import Client
from mcp.shared.exceptions import MCPError
from pydantic import ValidationError

from desktop import __version__
from desktop.core.text import one_line
from desktop.core.tools.logs import ServerLog
from desktop.core.tools.results import ToolOutcome, result_text
from desktop.core.tools.servers import McpServer
from desktop.core.tools.stdio import TransportState, stdio_transport
from desktop.core.tools.streamable import http_transport

log = logging.getLogger(__name__)

PAGE_LIMIT = 100  # pages of a tool listing: a server whose cursor never ends cannot hold a listing for ever
CLOSE_S = 15.0  # the transport's own waits are bounded well inside this
LATE_GRACE_S = 1.0  # the SDK's own timeout answers first; this one if it does not


class Connection:
    def __init__(self, server: McpServer, log_file: ServerLog, timeout_s: float) -> None:
        self.server = server
        self.log = log_file
        self.timeout_s = timeout_s
        self.client: Client | None = None
        self._state = TransportState(ended=self._end)
        self._ended = asyncio.Event()
        self._ready: asyncio.Future[str] = asyncio.get_running_loop().create_future()
        self._task: asyncio.Task[None] | None = None

    @property
    def name(self) -> str:
        return self.server.name

    @property
    def alive(self) -> bool:
        return self.client is not None and not self._ended.is_set()

    @property
    def pid(self) -> int | None:
        return self._state.pid

    async def open(self) -> str:
        """Start the server and its session: "" once it is ready, else why not (and it is stopped)."""
        self.log.open()
        self.log.note(f"starting {self.server.runs}")
        self._task = asyncio.get_running_loop().create_task(self._run(), name=f"mcp {self.name}")
        try:
            async with asyncio.timeout(self.timeout_s):
                problem = await asyncio.shield(self._ready)
        except TimeoutError:
            problem = f"the tool server {self.name} did not answer within {self.timeout_s:g} s"
            self._state.failure = self._state.failure or "did not answer in time"
            self.log.note(problem)
            await self.close()
        return problem

    async def close(self) -> None:
        """Stop it; its process has ended (or been abandoned as unkillable) when this returns."""
        task = self._task
        if task is None:
            return
        if not self._ready.done():
            task.cancel()  # still starting: nothing to wait for
        self._ended.set()
        done, _ = await asyncio.wait({task}, timeout=CLOSE_S)
        if not done:
            task.cancel()
            await asyncio.wait({task}, timeout=CLOSE_S)

    async def _run(self) -> None:
        try:
            async with Client(
                self._transport(),
                read_timeout_seconds=self.timeout_s,
                cache=None,  # a listing asked for is a listing fetched: Check shows what the server says now
                client_info=types.Implementation(name="Hearth", version=__version__),
            ) as client:
                self.client = client
                self._settle("")
                await self._ended.wait()
        except Exception as error:  # ExceptionGroup included: every way a start fails is a message
            problem = self._problem(error)
            log.debug("tool server %s ended: %s", self.name, problem, exc_info=True)
            if not self._state.failure:  # that one is in the log already
                self.log.note(problem)
            self._settle(problem)
        finally:
            self.client = None
            self._ended.set()
            self._settle(f"the tool server {self.name} was stopped before it answered")
            status = self._state.returncode
            self.log.note("stopped" + (f" (exit status {status})" if status is not None else ""))
            self.log.close()

    def _transport(self) -> Any:
        if self.server.url:
            return http_transport(self.server.url)
        env = {**os.environ, **dict(self.server.env)}
        return stdio_transport(self.server.command, env, self.log, self._state)

    def _settle(self, problem: str) -> None:
        if not self._ready.done():
            self._ready.set_result(problem)

    def _end(self) -> None:
        self._ended.set()

    # -- what it offers, and calls ----------------------------------------------------------

    async def tools(self) -> tuple[list[types.Tool], str]:
        """Its tools, or why they could not be had."""
        client = self.client
        if client is None:
            return [], f"the tool server {self.name} is not running"
        found: list[types.Tool] = []
        cursor: str | None = None
        try:
            async with asyncio.timeout(self.timeout_s + LATE_GRACE_S):
                for _ in range(PAGE_LIMIT):
                    page = await client.list_tools(cursor=cursor)
                    found.extend(page.tools)
                    cursor = page.next_cursor
                    if not cursor:
                        break
        except Exception as error:
            return found, await self._failed(error, f"the tool server {self.name} could not list its tools")
        return found, ""

    async def call(self, tool: str, arguments: dict[str, Any], timeout_s: float) -> ToolOutcome:
        client = self.client
        if client is None:
            return ToolOutcome(f"the tool server {self.name} is not running", is_error=True)
        late = f"the tool {one_line(tool, 100)} on {self.name} did not answer within {timeout_s:g} s"
        try:
            async with asyncio.timeout(timeout_s + LATE_GRACE_S):
                result = await client.call_tool(tool, arguments, read_timeout_seconds=timeout_s)
        except TimeoutError:
            return ToolOutcome(late, is_error=True)
        except MCPError as error:
            if error.code == types.REQUEST_TIMEOUT:
                return ToolOutcome(late, is_error=True)
            return ToolOutcome(await self._failed(error, f"the tool {one_line(tool, 100)} on {self.name}"), True)
        except Exception as error:
            return ToolOutcome(await self._failed(error, f"the tool {one_line(tool, 100)} on {self.name}"), True)
        return ToolOutcome(result_text(list(result.content), result.structured_content), is_error=bool(result.is_error))

    async def _failed(self, error: Exception, what: str) -> str:
        """One line for a request that failed; a connection that ended is stopped first, to say why."""
        leaf = _leaf(error)
        if (isinstance(leaf, MCPError) and leaf.code == types.CONNECTION_CLOSED) or not self.alive:
            await self._stopped()
            return f"{what}: the server {self._ended_why()}"
        if isinstance(leaf, TimeoutError):
            return f"{what}: no answer within {self.timeout_s:g} s"
        if isinstance(leaf, MCPError):  # the server's own error answer: the session goes on
            return f"{what} failed: {one_line(leaf.message, 300)}"
        if isinstance(leaf, ValidationError):
            return f"{what} failed: the server's answer is not a valid MCP message"
        # The transport failed (an HTTP server gone, say): this session is done, the next use starts another.
        await self._stopped()
        return f"{what} failed: {_said(leaf)}"

    async def _stopped(self) -> None:
        self._end()
        if self._task is not None:
            await asyncio.wait({self._task}, timeout=CLOSE_S)

    # -- why -----------------------------------------------------------------------------

    def _problem(self, error: BaseException) -> str:
        leaf = _leaf(error)
        name = self.name
        if self._state.failure:
            return f"the tool server {name} {self._state.failure}"
        if isinstance(leaf, OSError) and self._state.pid is None and not self.server.url:
            program = one_line(self.server.command[0], 200)
            return f"the tool server {name} cannot start {program}: {one_line(leaf.strerror or str(leaf), 200)}"
        if isinstance(leaf, MCPError) and leaf.code == types.CONNECTION_CLOSED:
            return f"the tool server {name} {self._ended_why()}"
        if self.server.url and not isinstance(leaf, MCPError | ValidationError):
            return f"the tool server {name} cannot be reached at {one_line(self.server.url, 200)}: {_said(leaf)}"
        if isinstance(leaf, MCPError):
            return f"the tool server {name} refused to start a session: {one_line(leaf.message, 300)}"
        if isinstance(leaf, ValidationError):
            return f"the tool server {name} answered with something that is not a valid MCP message"
        if isinstance(leaf, TimeoutError):
            return f"the tool server {name} did not answer within {self.timeout_s:g} s"
        return f"the tool server {name} failed: {_said(leaf)}"

    def _ended_why(self) -> str:
        if self._state.failure:
            return self._state.failure
        status = self._state.returncode
        if status is not None:
            return f"exited (status {status}) before it answered; its log may say why"
        return "closed the connection before it answered"


class _Forward(logging.Handler):
    """The SDK's log records, as one line each in Hearth's debug log."""

    def emit(self, record: logging.LogRecord) -> None:
        log.debug("mcp: %s", one_line(record.getMessage(), 500))


def _quiet_sdk_logs() -> None:
    # The SDK logs a server's bad output with a traceback, at ERROR: on a terminal that would be a
    # traceback printed for a server's fault, which Hearth reports as one line of its own instead.
    sdk = logging.getLogger("mcp")
    if not any(isinstance(handler, _Forward) for handler in sdk.handlers):
        sdk.addHandler(_Forward())
        sdk.propagate = False


_quiet_sdk_logs()


def _leaf(error: BaseException) -> BaseException:
    """The first error inside (nested) exception groups: the task groups of the SDK wrap what failed."""
    while isinstance(error, BaseExceptionGroup) and error.exceptions:
        error = error.exceptions[0]
    return error


def _said(error: BaseException) -> str:
    text = one_line(str(error), 300)
    return f"{type(error).__name__}: {text}" if text else type(error).__name__
