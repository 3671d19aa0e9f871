"""`hearth chat MODEL`: one reply with -p, or an interactive chat, saved like the app's chats.

The terminal is one more front end of the chat runtime: the same ChatSession as the window
stores the turns and streams the replies; this file only prints what it hears and reads what
is typed. Its thread is the main one, pumped by a LocalLoop while a model loads or replies.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from desktop.cli.sources import print_sources, reply_json
from desktop.cli.terminal import fail, for_terminal, say
from desktop.core.chat_settings import ChatSettings
from desktop.core.documents.retrieval import Retriever
from desktop.core.library.files import display_name, find_gguf_files
from desktop.core.messages import ImagePart, Part, ReasoningPart, ToolCallPart, ToolResultPart
from desktop.core.runtime.handle import HandleListener, ModelHandle
from desktop.core.runtime.host import CHAT, ModelHost
from desktop.core.runtime.local_loop import LocalLoop
from desktop.core.runtime.types import LoadOptions, ModelInfo, ModelRef
from desktop.core.session.chat_session import ChatSession, load_options
from desktop.core.session.listener import SessionListener
from desktop.core.session.tool_rounds import ToolRunner
from desktop.core.settings import Settings, SettingsStore
from desktop.core.store import ConversationStore, StoreError
from desktop.core.store.records import Message
from desktop.core.text import one_line

FORCE_HINT = "Pass --force to load it anyway."


def resolve_model(name: str, models_dir: Path) -> Path:
    """A path as given, a model in the models folder matched by name, or one found in another app under
    the name `hearth models list` shows for it (Ollama's "smol:latest", the Hugging Face cache's
    "owner/repo/file.gguf")."""
    path = Path(name).expanduser()
    # os.path.exists, not Path.exists: a name too long for the file system is "not there", not an OSError.
    if os.path.exists(path):
        return path
    path_like = path.suffix.lower() == ".gguf" or "/" in name or "\\" in name
    if not path_like:
        candidates = find_gguf_files(models_dir)
        lowered = name.lower()
        exact = [p for p in candidates if display_name(p).lower() == lowered]
        if exact:
            return exact[0]
        partial = [p for p in candidates if lowered in display_name(p).lower()]
        if len(partial) == 1:
            return partial[0]
        if len(partial) > 1:
            names = ", ".join(display_name(p) for p in partial[:5])
            raise FileNotFoundError(f"'{name}' matches several models: {names}")
    found = _in_other_apps(name)
    if found is not None:
        return found
    if path_like:
        return path  # loading it says what is wrong with it
    raise FileNotFoundError(f"no model named '{name}' in {models_dir}")


def _in_other_apps(name: str) -> Path | None:
    from desktop.core.library.other_apps import find_other_apps

    lowered = name.lower()
    return next((found.path for found in find_other_apps() if found.name.lower() == lowered), None)


def remote_ref(name: str) -> ModelRef | None:
    """ENDPOINT/MODEL_ID for an endpoint the user added (the model id may hold slashes of its own)."""
    endpoint_name, slash, model_id = name.partition("/")
    if not slash or not model_id or os.path.exists(name):
        return None
    from desktop.core.remotes.endpoints import EndpointStore

    endpoint = EndpointStore().get(endpoint_name)
    if endpoint is None:
        return None
    if endpoint.must_announce:
        say(f"messages in this chat leave this computer for {endpoint.host} ({endpoint.name})")
        EndpointStore().acknowledge(endpoint.name)
    return ModelRef("remote", endpoint=endpoint.name, model_id=model_id)


def run_chat(args: argparse.Namespace) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    settings = SettingsStore(persist=False)  # read, never rewritten by a terminal chat
    ref = remote_ref(args.model)
    if ref is None:
        try:
            ref = ModelRef.gguf(resolve_model(args.model, settings.current.models_path()))
        except FileNotFoundError as error:
            return fail(str(error))
    overrides = {
        "system_prompt": args.system,
        "max_tokens": args.max_tokens,
        "temperature": args.temperature,
        "seed": args.seed,
        "context_length": args.ctx,
    }
    chat_settings = ChatSettings.from_dict(
        {**ChatSettings().__dict__, **{k: v for k, v in overrides.items() if v is not None}}
    )
    as_json = bool(getattr(args, "chat_json", False))
    if as_json and args.prompt is None:
        return fail("--json prints one reply: give the prompt with -p")
    image_files = list(getattr(args, "image", None) or [])
    if image_files and args.prompt is None:
        return fail("--image goes with a prompt: give it with -p")
    collections = _collections(getattr(args, "docs", None))
    if isinstance(collections, int):
        return collections
    chat_settings = replace(chat_settings, documents=collections)
    servers = _tool_servers(getattr(args, "tools", None))
    if isinstance(servers, int):
        return servers
    chat_settings = replace(chat_settings, tools=servers, thinking=getattr(args, "think", None) or "auto")
    adapter = _adapter(getattr(args, "chat_adapter", None), ref, settings.current)
    if isinstance(adapter, int):
        return adapter
    scale = getattr(args, "adapter_scale", None)
    chat_settings = replace(chat_settings, adapter=adapter, adapter_scale=1.0 if scale is None else scale).validated()
    from desktop.core.backends import default_backends

    loop = LocalLoop()
    host = ModelHost(default_backends())
    handle = ModelHandle(host.runner(CHAT), loop.post)
    tools = None
    if servers:
        from desktop.core.tools.client import ToolServers

        tools = ToolServers()
    documents = None
    if collections:
        from desktop.core.documents.service import Documents

        documents = Documents(settings=settings.current, host=host)
    try:
        # The model first: one that cannot be used is refused before anything is written.
        code = load_model(handle, loop, ref, load_options(chat_settings, settings.current), args.force)
        if code:
            return code
        try:
            store = ConversationStore.open_default()
        except StoreError as error:
            return fail(str(error))
        try:
            retriever = documents.retriever() if documents is not None else None
            terminal = TerminalChat(
                store,
                handle,
                settings,
                loop,
                retriever,
                as_json,
                tools=tools,
                show_thinking=not getattr(args, "no_thinking", False),
                allowed=tuple(getattr(args, "allow_tool", None) or ()),
            )
            terminal.session.draft_settings = chat_settings
            terminal.session.use_model(ref)  # already loaded with these options: nothing is reloaded
            if args.prompt is not None:
                images = _images(image_files)
                if isinstance(images, int):
                    return images
                return terminal.turn(args.prompt, images)
            return terminal.interactive()
        finally:
            store.close()
    finally:
        if documents is not None:
            documents.close()
        if tools is not None:
            tools.close()  # the servers' processes end with the chat
        host.shutdown(2.0)


def _images(files: list[str]) -> list[ImagePart] | int:
    """Each --image checked and kept (a copy under the data folder, as the window attaches them), or
    the exit code, having said which file cannot be shown and why."""
    if not files:
        return []
    from desktop.core.images.intake import ImageRefused, take_image

    parts: list[ImagePart] = []
    for name in files:
        path = Path(name).expanduser()
        if not path.is_file():
            return fail(f"there is no image at {name}")
        try:
            parts.append(take_image(path, name=path.name))
        except ImageRefused as error:
            return fail(str(error))
    return parts


def _adapter(option: str | None, ref: ModelRef, settings: Settings) -> str | int:
    """The adapter's file: one of the library's (by name), or a file given by its path; "" for none. A library
    adapter is for one base model: chatting with it on another is refused here, with the model to use."""
    if not option:
        return ""
    if ref.kind != "gguf":
        return fail("--adapter applies to a model on this computer, not a remote one")
    from desktop.core.library.library import same_file
    from desktop.core.tune.adapters import find_adapter
    from desktop.core.tune.errors import TuneError

    try:
        info = find_adapter(option, settings)
    except TuneError as error:
        if os.path.isfile(os.path.expanduser(option)):
            return os.path.abspath(os.path.expanduser(option))  # a file of the user's: the backend checks it
        return fail(str(error))
    if not same_file(info.base_path, ref.path):
        return fail(f"'{one_line(info.name)}' was trained on {one_line(info.base_path)}: chat with that model")
    return info.path


def _tool_servers(option: str | None) -> tuple[str, ...] | int:
    """The MCP servers --tools names, each checked to be one the user added (else the exit code)."""
    if not option:
        return ()
    from desktop.core.tools.servers import McpServerStore

    known = {server.name for server in McpServerStore().all()}
    names = tuple(dict.fromkeys(name.strip() for name in option.split(",") if name.strip()))
    missing = [name for name in names if name not in known]
    if missing:
        return fail(f"no tool server named {missing[0]!r}: add it with `hearth mcp add {missing[0]} -- COMMAND`")
    return names


def _collections(option: str | None) -> tuple[str, ...] | int:
    """The collections --docs names, each checked to exist (else the exit code, having said why)."""
    if not option:
        return ()
    from desktop.core.documents.collection_store import CollectionError, CollectionStore

    names = [name.strip() for name in option.split(",") if name.strip()]
    try:
        store = CollectionStore()
    except StoreError as error:
        return fail(str(error))
    try:
        return tuple(store.get(name).name for name in names)
    except (CollectionError, StoreError) as error:
        return fail(str(error))
    finally:
        store.close()


class _LoadOutcome(HandleListener):
    def __init__(self) -> None:
        self.error = ""
        self.note = ""

    def loaded(self, info: ModelInfo) -> None:
        self.note = info.template_note

    def load_failed(self, path: str, message: str) -> None:
        self.error = message

    def load_refused(self, path: str, message: str) -> None:
        self.error = f"{message} {FORCE_HINT}"


def load_model(handle: ModelHandle, loop: LocalLoop, ref: ModelRef, options: LoadOptions, force: bool) -> int:
    """Load and wait (Ctrl+C leaves, exit code 130); 0, or 1 having said why it cannot be used."""
    outcome = _LoadOutcome()
    handle.add_listener(outcome)
    handle.load(ref, options, force=force)
    loop.run_until(lambda: handle.state != "loading")
    if handle.state != "ready":
        return fail(outcome.error or f"cannot load {ref.name}")
    if outcome.note:
        say(outcome.note)
    return 0


class TerminalChat(SessionListener):
    """What the terminal shows of a chat session: replies as they stream, notes on stderr."""

    def __init__(
        self,
        store: ConversationStore,
        handle: ModelHandle,
        settings: SettingsStore,
        loop: LocalLoop,
        retriever: Retriever | None = None,
        as_json: bool = False,
        tools: ToolRunner | None = None,
        show_thinking: bool = True,
        allowed: tuple[str, ...] = (),
    ) -> None:
        self.loop = loop
        self.as_json = as_json  # the reply and its sources as one JSON object at the end, nothing streamed
        self.session = ChatSession(store, handle, lambda: settings.current, self, retriever=retriever, tools=tools)
        self.ended: Message | None = None
        self.show_thinking = show_thinking and not as_json
        self.allowed = allowed  # tools run without asking (--allow-tool)
        self._thought = ""  # the thinking of this round printed so far
        self._rounds_thought = 0  # rounds whose thinking was printed
        self._thinking_open = False  # thinking printed, its line not ended yet

    # -- hearing ----------------------------------------------------------------------

    def reply_started(self, message: Message, dropped: int) -> None:
        if dropped:
            say(f"{dropped} earlier messages left out to fit the context")

    def pieces_arrived(self, message: Message, pieces: list[str], text: str) -> None:
        if not self.as_json:
            self._end_thinking()
            sys.stdout.write(for_terminal("".join(pieces), sys.stdout))
            sys.stdout.flush()

    def steps_arrived(self, message: Message, parts: list[Part]) -> None:
        """Thinking goes to stderr, dimmed on a terminal: the answer alone is on stdout, for a pipe."""
        if not self.show_thinking:
            return
        thinking = [part for part in parts if isinstance(part, ReasoningPart)]
        text = thinking[-1].text if thinking else ""
        if len(thinking) > self._rounds_thought:  # a new round's thinking
            self._rounds_thought, self._thought = len(thinking), ""
        if text.startswith(self._thought) and len(text) > len(self._thought):
            new, self._thought = text[len(self._thought) :], text
            dim = _is_tty(sys.stderr)
            sys.stderr.write(("\x1b[2m" if dim else "") + for_terminal(new, sys.stderr) + ("\x1b[0m" if dim else ""))
            sys.stderr.flush()
            self._thinking_open = True

    def _end_thinking(self) -> None:
        if self._thinking_open:
            sys.stderr.write("\n")
            sys.stderr.flush()
            self._thinking_open = False

    def tool_call_waiting(self, message: Message, call: ToolCallPart, server: str) -> None:
        self._end_thinking()
        if call.name in self.allowed or f"{server}/{call.name}" in self.allowed:
            say(f"running {call.name} on {server} (allowed by --allow-tool)")
            self.session.answer_tool_call(call.id, "once")
            return
        if not (_is_tty(sys.stdin) and _is_tty(sys.stderr)):
            say(f"denied {call.name} on {server}: no terminal to ask on (pass --allow-tool {call.name} to allow it)")
            self.session.answer_tool_call(call.id, "deny")
            return
        self.session.answer_tool_call(call.id, _ask(call, server))

    def tool_result(self, message: Message, result: ToolResultPart) -> None:
        if not self.as_json:
            first = result.content.strip().splitlines()[0] if result.content.strip() else ""
            say(f"{'tool error' if result.is_error else 'tool result'}: {first[:200]}")

    def reply_ended(self, message: Message) -> None:
        self._end_thinking()
        self._rounds_thought, self._thought = 0, ""
        self.ended = message
        if self.as_json:
            print(json.dumps(reply_json(message), ensure_ascii=False))
            return
        sys.stdout.write("\n")
        print_sources(message, sys.stdout)
        sys.stdout.flush()

    def notice(self, text: str) -> None:
        say(text)  # a failed reply is said here, once: `turn` then only sets the exit code

    # -- asking -----------------------------------------------------------------------

    def turn(self, text: str, images: Sequence[ImagePart] = ()) -> int:
        if not text.strip() and not images:
            return fail("the prompt is empty")
        self.ended = None
        if not self.session.send(text, images=images):
            return 1  # the session said why
        self._pump(lambda: self.ended is not None)
        ended = self.ended
        assert ended is not None
        if ended.state == "error":
            return 1  # said once, by the session's notice
        return 0

    def _pump(self, done: Callable[[], bool]) -> None:
        """Run the session's events until `done()`. Ctrl+C stops the reply, whose end is still awaited:
        the signal only sets the stop switch, so it never interrupts the session half-way through an event."""
        previous = signal.signal(signal.SIGINT, lambda *_: self.session.stop())
        try:
            self.loop.run_until(done)
        finally:
            signal.signal(signal.SIGINT, previous)

    def interactive(self) -> int:
        name = display_name(self.session.model_path)
        print(f"Chatting with {name}. Ctrl+D or /exit to leave; Ctrl+C stops a reply.", file=sys.stderr)
        while True:
            try:
                line = input("> ")
            except (EOFError, KeyboardInterrupt):
                print(file=sys.stderr)
                return 0
            if line.strip() in ("/exit", "/quit"):
                return 0
            if line.strip():
                self.turn(line)


def _is_tty(stream: object) -> bool:
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, ValueError):
        return False


def _ask(call: ToolCallPart, server: str) -> str:
    """Ask on the terminal whether a tool call may run: its exact arguments, escaped. Ctrl+C or Ctrl+D: no."""
    sys.stderr.write(
        f"hearth: the model asks to run {for_terminal(call.name, sys.stderr)} on {for_terminal(server, sys.stderr)}"
        f" with {for_terminal(call.arguments, sys.stderr)}\n"
        "Allow? [y] once, [a] always for this tool, [N] no: "
    )
    sys.stderr.flush()
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        answer = input().strip().lower()
    except (EOFError, KeyboardInterrupt):
        sys.stderr.write("\n")
        return "deny"
    finally:
        signal.signal(signal.SIGINT, previous)
    return {"y": "once", "yes": "once", "a": "always", "always": "always"}.get(answer, "deny")
