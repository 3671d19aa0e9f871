"""A real MCP tool server, written with the SDK's own server class, with modes that misbehave on purpose.

`python -m tests.helpers.mcp_server [--mode MODE]` serves over stdio; `--http` serves the same tools
over Streamable HTTP on 127.0.0.1 (a free port, announced on stdout: see `http_server`).

Tools: add, echo, shout, wait_forever (never answers), huge (5 MB of text), environment (one
variable's value) and fail (raises, so the result is an error). Modes: `normal`; `garbage` (answers
every line with lines that are not JSON-RPC, and does not exit when its input ends); `crash` (lists
its tools, then exits with status 3 on the first tool call); `flood` (writes one 50 MB line to
stdout, then reads its input and says nothing more).
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

STARTED = "mcp test server: started"  # the line written to stderr at start-up (the log test reads it)
HUGE_SIZE = 5 * 1024 * 1024
FLOOD_SIZE = 50 * 1024 * 1024
CRASH_STATUS = 3
ROOT = Path(__file__).resolve().parents[2]


# The checkout's root on the server's path, so that `-m tests.helpers.mcp_server` runs from any folder.
ENV = (("PYTHONPATH", str(ROOT)),)


def command(mode: str = "normal") -> tuple[str, ...]:
    """The command line that runs this server over stdio (with `ENV` in its environment)."""
    return (sys.executable, "-m", "tests.helpers.mcp_server", "--mode", mode)


def build_server(mode: str):  # -> MCPServer (imported here so that importing the helper stays cheap)
    import anyio
    from mcp.server import MCPServer

    server = MCPServer("hearth-test-tools", log_level="WARNING")

    def maybe_crash() -> None:
        if mode == "crash":
            sys.stderr.write("mcp test server: crashing on purpose\n")
            sys.stderr.flush()
            os._exit(CRASH_STATUS)

    @server.tool()
    def add(a: int, b: int) -> int:
        """Add two whole numbers."""
        maybe_crash()
        return a + b

    @server.tool()
    def echo(text: str) -> str:
        """Give the text back as it came."""
        maybe_crash()
        return text

    @server.tool()
    def shout(text: str) -> str:
        """Give the text back in capitals."""
        maybe_crash()
        return text.upper()

    @server.tool()
    async def wait_forever() -> str:
        """Never answer (until cancelled)."""
        maybe_crash()
        await anyio.Event().wait()
        return "unreachable"

    @server.tool()
    def huge() -> str:
        """Five megabytes of text."""
        maybe_crash()
        return "x" * HUGE_SIZE

    @server.tool()
    def environment(name: str) -> str:
        """The value of one of the server's environment variables ("" if unset)."""
        maybe_crash()
        return os.environ.get(name, "")

    @server.tool()
    def fail() -> str:
        """Always fails."""
        maybe_crash()
        raise ValueError("this tool always fails")

    return server


def serve_garbage() -> None:
    """Read requests, answer each with lines that are not JSON-RPC messages; and when the input ends, do
    not exit (as MCP asks) but wait for ever: only a signal ends it."""
    for _line in sys.stdin:
        sys.stdout.write("this is not JSON-RPC\n")
        sys.stdout.write('{"jsonrpc": "1.0", "nonsense": true}\n')
        sys.stdout.flush()
    threading.Event().wait()


def serve_flood() -> None:
    """One line of 50 MB (never ended by a newline until it is all written), then silence."""
    chunk = "y" * (1024 * 1024)
    for _ in range(FLOOD_SIZE // len(chunk)):
        sys.stdout.write(chunk)
    sys.stdout.write("\n")
    sys.stdout.flush()
    for _line in sys.stdin:
        pass


def serve_http(mode: str) -> None:
    """Streamable HTTP on a free port of 127.0.0.1; the address goes to stdout once the socket listens
    (a client that connects before the server's loop runs waits in the listen queue)."""
    import anyio
    import uvicorn

    server = build_server(mode)
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    port = listener.getsockname()[1]
    print(f"listening on http://127.0.0.1:{port}/mcp", flush=True)
    config = uvicorn.Config(server.streamable_http_app(), log_level="warning")
    anyio.run(lambda: uvicorn.Server(config).serve(sockets=[listener]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mode", choices=("normal", "garbage", "crash", "flood"), default="normal")
    parser.add_argument("--http", action="store_true", help="serve Streamable HTTP on 127.0.0.1 instead of stdio")
    args = parser.parse_args()
    sys.stderr.write(f"{STARTED} (mode {args.mode})\n")
    sys.stderr.flush()
    if args.http:
        serve_http(args.mode)
    elif args.mode == "garbage":
        serve_garbage()
    elif args.mode == "flood":
        serve_flood()
    else:
        build_server(args.mode).run("stdio")


def env() -> dict[str, str]:
    return {**os.environ, **dict(ENV)}


@contextmanager
def http_server(mode: str = "normal") -> Iterator[str]:
    """This server over Streamable HTTP in a child process; yields its URL, ends it on the way out."""
    child = subprocess.Popen(
        [*command(mode), "--http"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env()
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()  # blocks until the socket listens, or the child died (EOF)
        if not line.startswith("listening on "):
            raise RuntimeError(f"the HTTP MCP test server did not start (status {child.poll()})")
        yield line.removeprefix("listening on ").strip()
    finally:
        child.terminate()
        try:
            child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
        if child.stdout is not None:
            child.stdout.close()


if __name__ == "__main__":
    main()
