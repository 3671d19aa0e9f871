"""`hearth serve`: the OpenAI-compatible API with no window, on the model of your choice.

It loads the model as `hearth chat` does (the same checks), then serves it until Ctrl+C, which
ends every open stream and exits.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
from typing import TYPE_CHECKING

from desktop.cli.terminal import fail, field

if TYPE_CHECKING:
    from desktop.core.settings import SettingsStore

DEFAULT_PORT = 8080
DEFAULT_PARALLEL = 4


def add_parser(commands: argparse._SubParsersAction) -> None:
    serve = commands.add_parser("serve", help="serve a model over an OpenAI-compatible API")
    serve.add_argument("--model", help="a model file, or a model's name in the models folder (default: the last used)")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: this computer only)")
    serve.add_argument("--port", type=int, default=DEFAULT_PORT)
    serve.add_argument("--parallel", type=int, default=DEFAULT_PARALLEL, help="requests answered at once")
    serve.add_argument("--ctx", type=int, help="context length of each request, in tokens")
    serve.add_argument(
        "--api-key-env", metavar="VAR", help="environment variable holding the API key clients must send"
    )
    serve.add_argument("--allow-loading", action="store_true", help="let clients load other models of the library")
    serve.add_argument("--force", action="store_true", help="load the model even if it looks too big for free memory")
    serve.set_defaults(run=run_serve)


def _model(args: argparse.Namespace, settings: SettingsStore) -> str:
    from desktop.cli.chat import resolve_model
    from desktop.core.library.library import library_files

    if args.model:
        return str(resolve_model(args.model, settings.current.models_path()))
    last = settings.current.last_model
    if last and os.path.isfile(last):
        return last
    files = library_files(settings.current)
    if not files:
        raise FileNotFoundError(f"no model in {settings.current.models_path()}; pass --model")
    return str(files[0][0])


def run_serve(args: argparse.Namespace) -> int:
    # Imported here: `hearth` builds this parser for every command, the window's start included.
    from desktop.cli.chat import load_model
    from desktop.core.backends import default_backends
    from desktop.core.library.files import display_name
    from desktop.core.library.library import library_files
    from desktop.core.runtime.handle import ModelHandle
    from desktop.core.runtime.host import CHAT, ModelHost
    from desktop.core.runtime.local_loop import LocalLoop
    from desktop.core.runtime.types import LoadOptions, ModelRef
    from desktop.core.settings import SettingsStore
    from desktop.server.gateway import LibraryModel
    from desktop.server.local_server import LocalServer, ServerError, ServerOptions

    settings = SettingsStore(persist=False)
    key = ""
    if args.api_key_env:
        key = os.environ.get(args.api_key_env, "")
        if not key:
            return fail(f"the environment variable {args.api_key_env} holds no API key")
    if not 1 <= args.parallel <= 64:
        return fail("--parallel must be between 1 and 64")
    options = ServerOptions(args.host, args.port, key, allow_loading=args.allow_loading)
    try:
        path = _model(args, settings)
    except FileNotFoundError as error:
        return fail(str(error))
    host = ModelHost(default_backends())
    loop = LocalLoop()
    handle = ModelHandle(host.runner(CHAT), loop.post)
    current = settings.current
    load = LoadOptions(args.ctx or current.context_length, current.gpu_layers, current.threads, args.parallel)
    try:
        code = load_model(handle, loop, ModelRef.gguf(path), load, args.force)
        if code:
            return code
        library = lambda: [  # noqa: E731 - read again on each request for /v1/models
            LibraryModel(display_name(p), ModelRef.gguf(p)) for p, _linked in library_files(settings.current)
        ]
        try:
            server = LocalServer(host.runner(CHAT), library, options)
            server.start()
        except ServerError as error:
            return fail(str(error))
        info = handle.model
        assert info is not None
        # Ctrl+C, or a service manager's SIGTERM, stops it cleanly. The handlers are set here rather
        # than left to Python's KeyboardInterrupt: a server started from a script's background job
        # inherits SIGINT ignored, and Python then never raises it (the process could not be stopped
        # but by force).
        stop = threading.Event()
        previous = {sig: signal.signal(sig, lambda *_: stop.set()) for sig in (signal.SIGINT, signal.SIGTERM)}
        # Said once the handlers are in place: whoever reads this line may press Ctrl+C at once.
        print(
            f"Hearth is serving {field(display_name(info.path))} at {server.url} "
            f"({args.parallel} at once, {info.context_length:,} tokens of context each). Ctrl+C stops it.",
            file=sys.stderr,
            flush=True,
        )
        try:
            stop.wait()
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
            server.stop()
        return 0
    finally:
        host.shutdown(2.0)
