"""Hearth's API server for tests: in this process over any backend, or `hearth serve` as a user runs it."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
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
