"""A tool server Hearth starts, spoken to over its standard input and output (MCP's stdio transport).

The SDK's own stdio client joins each chunk to all it holds of a line so far, which takes time in the
square of a line's length and memory without bound: a 10 MB answer took seconds, and a server that
writes one endless line would hold the window's memory hostage. This transport frames the same
messages (one JSON-RPC message a line, parsed and written by the SDK's types) with a bound: a line
over MESSAGE_LIMIT, or one that is not an MCP message (the spec forbids anything else on stdout),
ends the connection with a reason for the user. The server's stderr goes to its log.

Shutdown is MCP's: close the server's input, give it a moment to exit, then end its whole process
group (the SDK's helper), and wait for it to be reaped, every wait bounded, shielded from cancellation.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass

import anyio
import anyio.abc
import psutil
from mcp import types
from mcp.shared.message import SessionMessage

from desktop.core.text import one_line
from desktop.core.tools.logs import ServerLog

MESSAGE_LIMIT = 32 * 1024 * 1024  # a 5 MB answer, as JSON twice over (text and structured), fits well
INPUT_GRACE_S = 2.0  # for the server to exit by itself once its input is closed
TERMINATE_GRACE_S = 2.0  # between SIGTERM and SIGKILL
REAP_S = 3.0
FLUSH_S = 0.5  # for messages already accepted to reach the server before its input closes
STDERR_DRAIN_S = 0.5  # for the last of its stderr to reach the log once it has exited
_EXIT_POLL_S = 0.01  # returncode is polled: asyncio's wait() also waits for every pipe to close


@dataclass
class TransportState:
    """What the connection learns from the transport."""

    ended: Callable[[], None] = lambda: None  # called when the server ends the connection (EOF, bad output)
    failure: str = ""  # why Hearth ended it: "wrote something that is not an MCP message …"
    returncode: int | None = None  # once it has exited
    pid: int | None = None


@asynccontextmanager
async def stdio_transport(
    command: Sequence[str], env: dict[str, str], log: ServerLog, state: TransportState
) -> AsyncIterator[tuple[anyio.abc.ObjectReceiveStream, anyio.abc.ObjectSendStream]]:
    """Start `command` and yield the (read, write) streams of its messages. OSError if it cannot start."""
    program = command[0]
    if os.name == "nt":  # `npx` is npx.cmd there: CreateProcess does not look PATHEXT up by itself
        program = shutil.which(program, path=env.get("PATH")) or program
    process = await anyio.open_process([program, *command[1:]], env=env, start_new_session=os.name == "posix")
    state.pid = process.pid
    # No await between the start and the task group's `try`: a cancellation there would leak the process.
    read_writer, read_stream = anyio.create_memory_object_stream[SessionMessage | Exception](0)
    write_stream, write_reader = anyio.create_memory_object_stream[SessionMessage](0)
    writer_done, stderr_done = anyio.Event(), anyio.Event()

    def fail(reason: str) -> None:
        if not state.failure:
            state.failure = reason
            log.note(reason)

    async def read_stdout() -> None:
        assert process.stdout is not None
        buffer = bytearray()
        scanned = 0  # where the search for the line's end goes on: each byte is looked at once
        try:
            async with read_writer:
                async for chunk in process.stdout:
                    buffer += chunk
                    while (end := buffer.find(b"\n", scanned)) >= 0:
                        line, scanned = bytes(buffer[:end]), 0
                        del buffer[: end + 1]
                        if len(line) > MESSAGE_LIMIT:
                            return fail(f"sent a message over {MESSAGE_LIMIT // (1024 * 1024)} MiB; Hearth stopped it")
                        if not line.strip():
                            continue
                        try:
                            message = types.jsonrpc_message_adapter.validate_json(line, by_name=False)
                        except ValueError:
                            shown = one_line(line[:80].decode("utf-8", "replace"), 80)
                            return fail(f"wrote something that is not an MCP message to its output: {shown!r}")
                        await read_writer.send(SessionMessage(message))
                    scanned = len(buffer)
                    if scanned > MESSAGE_LIMIT:
                        return fail(f"sent a message over {MESSAGE_LIMIT // (1024 * 1024)} MiB; Hearth stopped it")
        except (anyio.ClosedResourceError, anyio.BrokenResourceError, OSError):
            pass  # our own shutdown, or the session gone
        finally:
            state.ended()

    async def write_stdin() -> None:
        assert process.stdin is not None
        try:
            async with write_reader:
                async for message in write_reader:
                    text = message.message.model_dump_json(by_alias=True, exclude_unset=True)
                    await process.stdin.send(text.encode("utf-8") + b"\n")
        except (anyio.ClosedResourceError, anyio.BrokenResourceError, OSError):
            # The server no longer reads: end the session's reads too, or a request would wait for ever.
            await read_writer.aclose()
            state.ended()
        finally:
            writer_done.set()

    async def read_stderr() -> None:
        assert process.stderr is not None
        try:
            async for chunk in process.stderr:
                log.write(chunk)
        except (anyio.ClosedResourceError, anyio.BrokenResourceError, OSError):
            pass
        finally:
            stderr_done.set()

    async def shutdown() -> None:
        read_stream.close()
        write_stream.close()
        with anyio.move_on_after(FLUSH_S):
            await writer_done.wait()
        if process.stdin is not None:
            with contextlib.suppress(OSError, anyio.BrokenResourceError, anyio.ClosedResourceError):
                await process.stdin.aclose()
        # A server that broke the protocol gets no grace: it may be blocked writing more of the same.
        if state.failure or not await _exited(process, INPUT_GRACE_S):
            await _terminate_tree(process)
            await _exited(process, REAP_S)
        with anyio.move_on_after(STDERR_DRAIN_S):
            await stderr_done.wait()
        with anyio.move_on_after(REAP_S):
            await process.aclose()  # closes the pipes and waits for the exit the loop has seen
        state.returncode = process.returncode

    async with anyio.create_task_group() as tasks:
        tasks.start_soon(read_stdout)
        tasks.start_soon(write_stdin)
        tasks.start_soon(read_stderr)
        try:
            yield read_stream, write_stream
        finally:
            with anyio.CancelScope(shield=True):
                await shutdown()
            tasks.cancel_scope.cancel()


async def _exited(process: anyio.abc.Process, within_s: float) -> bool:
    with anyio.move_on_after(within_s):
        while process.returncode is None:
            await anyio.sleep(_EXIT_POLL_S)
    return process.returncode is not None


async def _terminate_tree(process: anyio.abc.Process) -> None:
    """The server and every process it started (one may be the real server, behind `npx` or `uvx`)."""
    if os.name == "posix":
        from mcp.os.posix.utilities import terminate_posix_process_tree

        await terminate_posix_process_tree(process, TERMINATE_GRACE_S)  # its process group: TERM, then KILL
        return
    with contextlib.suppress(psutil.Error):
        for child in psutil.Process(process.pid).children(recursive=True):
            with contextlib.suppress(psutil.Error):
                child.kill()
    with contextlib.suppress(OSError):
        process.kill()
