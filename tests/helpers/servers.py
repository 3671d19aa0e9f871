"""Servers for tests: Hearth's API server in this process over any backend, `hearth serve` as a user
runs it, and llama-cpp-python's own server (a remote engine Hearth chats through)."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.runtime.backend import BackendRegistry
from desktop.core.runtime.handle import ModelHandle
from desktop.core.runtime.host import ModelHost
from desktop.core.runtime.local_loop import LocalLoop
from desktop.core.runtime.types import LoadOptions, ModelRef
from desktop.server.gateway import LibraryModel
from desktop.server.local_server import LocalServer, ServerOptions

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Served:
    server: LocalServer
    host: ModelHost

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.port}"


@contextmanager
def serving(
    backends: BackendRegistry,
    model: str,
    options: ServerOptions | None = None,
    load: LoadOptions | None = None,
    library: list[LibraryModel] | None = None,
) -> Iterator[Served]:
    """A LocalServer on a free port, its runner's model loaded first."""
    host = ModelHost(backends)
    loop = LocalLoop()
    handle = ModelHandle(host.runner(), loop.post)
    handle.load(ModelRef.gguf(model), load or LoadOptions(context_length=512))
    assert loop.run_until(lambda: handle.state != "loading", 60) and handle.state == "ready", handle.state
    server = LocalServer(host.runner(), lambda: list(library or []), options or ServerOptions(port=0))
    server.start()
    try:
        yield Served(server, host)
    finally:
        assert server.stop()
        assert host.shutdown(10)


@contextmanager
def hearth_serve(model: Path, data_dir: Path, *args: str) -> Iterator[str]:
    """`hearth serve` in its own process; yields its base URL (…/v1), and stops it as Ctrl+C does."""
    env = {**os.environ, "HEARTH_DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "desktop", "serve", "--model", str(model), "--port", "0", *args]
    process = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stderr is not None
        line = process.stderr.readline()
        found = re.search(r"at (http://\S+/v1)", line)
        assert found, f"hearth serve did not start: {line}{process.stderr.read() if process.poll() is not None else ''}"
        yield found.group(1)
    finally:
        process.send_signal(signal.SIGINT)
        try:
            code = process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            raise
        assert code == 0, f"hearth serve ended with {code}"


@dataclass
class LlamaCppServer:
    """llama-cpp-python's own OpenAI-compatible server, in its own process."""

    process: subprocess.Popen[str]
    port: int
    model_id: str  # the id it lists its model under: the file's path
    # Set each time it says a client went away mid-stream (it stops generating for it then).
    disconnected: threading.Event = field(default_factory=threading.Event)

    def _watch(self, lines: Iterator[str]) -> None:
        for line in lines:
            if "Disconnected from client" in line:
                self.disconnected.set()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def llama_cpp_server(model: Path, context: int = 2048) -> Iterator[LlamaCppServer]:
    """`python -m llama_cpp.server` on 127.0.0.1 with `model`; ready once uvicorn says it is listening.
    A second request does not cut the first short (interrupt_requests off), as a shared server runs."""
    port = free_port()
    command = [
        sys.executable, "-m", "llama_cpp.server", "--model", str(model), "--host", "127.0.0.1",
        "--port", str(port), "--n_ctx", str(context), "--interrupt_requests", "False", "--verbose", "False",
        "--n_threads", "2", "--seed", "1234",
    ]  # fmt: skip
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}  # its "Disconnected" line is a print: see it at once
    process = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
    server = LlamaCppServer(process, port, str(model))
    try:
        assert process.stderr is not None
        seen = []
        for line in process.stderr:  # uvicorn's start-up lines; it says when it listens
            seen.append(line)
            if "Uvicorn running on" in line:
                break
        else:
            raise AssertionError("llama_cpp.server did not start:\n" + "".join(seen[-20:]))
        # Its later log lines must not fill the pipes and block it; what it prints says who left.
        threading.Thread(target=lambda: [None for _ in process.stderr or ()], daemon=True).start()
        threading.Thread(target=server._watch, args=(iter(process.stdout or ()),), daemon=True).start()
        yield server
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(15)
            except subprocess.TimeoutExpired:
                process.kill()
