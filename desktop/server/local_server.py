"""Hearth's API server on a thread of its own, with its own asyncio loop, over a shared runner.

The window starts one when the user turns the local server on; `hearth serve` starts one with no
window. Either way the loaded model is the runner's: the server adds no copy of it. The socket is
bound before the thread starts, so a port already taken is a one-line message, not a dead thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import logging
import socket
import threading
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass

import uvicorn
from starlette.applications import Starlette

from desktop.core.runtime.runner import ModelRunner
from desktop.server.app import Archive, create_app
from desktop.server.gateway import Gateway, LibraryModel
from desktop.server.security import LOCAL_NAMES, READ_TIMEOUT_S, WRITE_TIMEOUT_S, Guard

log = logging.getLogger(__name__)

START_TIMEOUT_S = 10.0


class ServerError(Exception):
    """The server cannot start as asked; the message is one line meant for a user."""


@dataclass(frozen=True)
class ServerOptions:
    host: str = "127.0.0.1"
    port: int = 8080  # 0: any free port (tests)
    api_key: str = ""
    allowed_origins: tuple[str, ...] = ()
    allow_loading: bool = False  # let API clients load another model of the library
    read_timeout_s: float = READ_TIMEOUT_S  # for a request body to arrive
    write_timeout_s: float = WRITE_TIMEOUT_S  # for a client to take the next piece of a reply

    @property
    def local(self) -> bool:
        return self.host in LOCAL_NAMES


class LocalServer:
    def __init__(
        self,
        runner: ModelRunner,
        library: Callable[[], list[LibraryModel]],
        options: ServerOptions,
        on_activity: Callable[[int], None] | None = None,
        archive: Archive | None = None,
    ) -> None:
        if not options.local and not options.api_key:
            raise ServerError(f"serving on {options.host} lets other computers in: it needs an API key")
        self.options = options
        self._runner, self._library = runner, library
        self._on_activity, self._archive = on_activity, archive
        self._thread: threading.Thread | None = None
        self._server: uvicorn.Server | None = None
        self._gateway: Gateway | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._ready = threading.Event()
        self._failure = ""
        self.port = options.port

    @property
    def url(self) -> str:
        host = self.options.host if self.options.local else socket.gethostname()
        shown = f"[{host}]" if ":" in host else host
        return f"http://{shown}:{self.port}/v1"

    @property
    def active(self) -> int:
        return self._gateway.active if self._gateway is not None else 0

    def start(self) -> None:
        sock = self._bind()
        self.port = sock.getsockname()[1]
        self._thread = threading.Thread(target=self._run, args=(sock,), name="api-server", daemon=True)
        self._thread.start()
        if not self._ready.wait(START_TIMEOUT_S) or self._failure:
            self.stop()
            raise ServerError(self._failure or "the server did not start in time")

    def _bind(self) -> socket.socket:
        family = socket.AF_INET6 if ":" in self.options.host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((self.options.host, self.options.port))
            sock.listen(128)
        except OSError as error:
            sock.close()
            if error.errno == errno.EADDRINUSE:
                raise ServerError(f"port {self.options.port} is in use by another program: choose another") from None
            raise ServerError(f"cannot listen on {self.options.host}:{self.options.port} ({error.strerror})") from None
        return sock

    def _run(self, sock: socket.socket) -> None:
        try:
            asyncio.run(self._serve(sock))
        except Exception as error:  # reported to start(), or logged once it was running
            self._failure = f"the server stopped: {error}"
            log.exception("the API server stopped")
            self._ready.set()

    async def _serve(self, sock: socket.socket) -> None:
        self._loop = asyncio.get_running_loop()
        self._gateway = Gateway(self._runner, self._loop, self._library, self.options.allow_loading, self._on_activity)
        app = create_app(self._gateway, self._archive)
        ready = self._ready

        @contextlib.asynccontextmanager
        async def lifespan(_app: Starlette) -> AsyncIterator[None]:
            ready.set()
            yield

        app.router.lifespan_context = lifespan
        guarded = Guard(
            app,
            bound_host=self.options.host,
            api_key=self.options.api_key,
            allowed_origins=self.options.allowed_origins,
            read_timeout_s=self.options.read_timeout_s,
            write_timeout_s=self.options.write_timeout_s,
        )
        config = uvicorn.Config(
            guarded,
            log_level="warning",
            access_log=False,
            lifespan="on",
            timeout_keep_alive=5,
            timeout_graceful_shutdown=2,
            h11_max_incomplete_event_size=64 * 1024,  # headers: a client cannot send a megabyte of them
        )
        self._server = uvicorn.Server(config)
        try:
            await self._server.serve(sockets=[sock])
        finally:
            self._gateway.close()
            sock.close()

    def stop(self, timeout_s: float = 3.0) -> bool:
        """End every open stream, stop listening and end the thread; False if it did not end in time."""
        if self._loop is not None and self._gateway is not None:
            with contextlib.suppress(RuntimeError):  # the loop already ended
                self._loop.call_soon_threadsafe(self._gateway.stop_all)
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout_s)
            return not self._thread.is_alive()
        return True
