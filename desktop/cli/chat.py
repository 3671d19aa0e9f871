"""`hearth chat MODEL`: one reply with -p, or an interactive chat, saved like the app's chats."""

from __future__ import annotations

import argparse
import os
import sys
import threading
from pathlib import Path

from desktop.cli.terminal import fail, for_terminal, say
from desktop.core.chat_settings import ChatSettings
from desktop.core.context_policy import PromptStarts, fit_request
from desktop.core.engine.types import ChatMessage, EngineError, LoadOptions, ReplyRequest, ReplyResult
from desktop.core.library.files import display_name, find_gguf_files
from desktop.core.settings import load_settings
from desktop.core.store import ConversationStore, StoreError
from desktop.core.store.records import FINISH_STATES


def resolve_model(name: str, models_dir: Path) -> Path:
    """A path as given, or a model in the models folder matched by name."""
    path = Path(name).expanduser()
    # os.path.exists, not Path.exists: a name too long for the file system is "not there", not an OSError.
    if os.path.exists(path) or path.suffix.lower() == ".gguf" or "/" in name or "\\" in name:
        return path
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
    raise FileNotFoundError(f"no model named '{name}' in {models_dir}")


def run_chat(args: argparse.Namespace) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    settings = load_settings()
    try:
        path = resolve_model(args.model, settings.models_path())
    except FileNotFoundError as error:
        return fail(str(error))
    context_length = args.ctx or settings.context_length
    if not getattr(args, "force", False):
        # Before anything loads it (the validation child too): a model that cannot fit is refused.
        from desktop.core.library.fit import check_memory

        refusal = check_memory(
            path, context_length, gpu_layers=settings.gpu_layers, insist="pass --force to load it anyway"
        )
        if refusal is not None:
            return fail(refusal)
    from desktop.core.library.validation import ensure_safe

    try:
        verdict = ensure_safe(path)
    except EngineError as error:
        return fail(str(error))
    from desktop.core.engine.llama_engine import LlamaEngine

    engine = LlamaEngine()
    # What the validation child refused of the model (its chat template: unsafe, or it never
    # finished) is refused here too, before this process renders it.
    options = LoadOptions(context_length, settings.gpu_layers, settings.threads, verdict.template_refusal)
    try:
        engine.load(path, options)
    except EngineError as error:
        return fail(str(error))
    chat_settings = ChatSettings()
    overrides = {
        "system_prompt": args.system,
        "max_tokens": args.max_tokens,
        "temperature": args.temperature,
        "seed": args.seed,
        "context_length": args.ctx,
    }
    chat_settings = ChatSettings.from_dict(
        {**chat_settings.__dict__, **{k: v for k, v in overrides.items() if v is not None}}
    )
    if engine.template_note:
        say(engine.template_note)
    try:
        store = ConversationStore.open_default()
        conversation = store.create(str(path), chat_settings)
    except StoreError as error:
        return fail(str(error))
    session = _TerminalChat(engine, store, conversation.id, chat_settings, str(path))
    try:
        if args.prompt is not None:
            return session.turn(args.prompt)
        return session.interactive()
    finally:
        engine.unload()
        store.close()


class _TerminalChat:
    def __init__(
        self, engine, store: ConversationStore, conversation_id: int, settings: ChatSettings, model: str
    ) -> None:
        self.engine = engine
        self.store = store
        self.conversation_id = conversation_id
        self.settings = settings
        self.model = model
        self.history: list[ChatMessage] = []
        self.parent: int | None = None
        self.starts = PromptStarts()

    def turn(self, text: str) -> int:
        if not text.strip():
            return fail("the prompt is empty")
        try:
            user = self.store.add_message(self.conversation_id, self.parent, "user", text)
            reply = self.store.add_message(self.conversation_id, user.id, "assistant", "", "streaming", self.model)
        except StoreError as error:
            return fail(str(error))
        # The store now holds the question and an empty reply: what follows is asked below them,
        # whatever becomes of this reply, as in the app.
        self.history.append(ChatMessage("user", text))
        self.parent = reply.id
        system = [ChatMessage("system", self.settings.system_prompt)] if self.settings.system_prompt.strip() else []
        request = ReplyRequest(str(self.conversation_id), system + self.history, self.settings, stop=threading.Event())
        result = ReplyResult()
        text_so_far = ""
        failure = ""
        try:
            fitted_request, fitted = fit_request(self.engine, request, self.starts)
            if fitted.dropped:
                say(f"{fitted.dropped} earlier messages left out to fit the context")
            for piece in self.engine.stream(fitted_request, result):
                text_so_far += piece
                sys.stdout.write(for_terminal(piece, sys.stdout))
                sys.stdout.flush()
        except KeyboardInterrupt:
            request.stop.set()
            result.finish = "stopped"
        except EngineError as error:
            failure = str(error)
        finally:
            sys.stdout.write("\n")
            sys.stdout.flush()
        self.history.append(ChatMessage("assistant", text_so_far))
        if result.note:
            say(result.note)
        if failure:
            state, stats = "error", {"error": failure}
        else:
            state = FINISH_STATES.get(result.finish, "done")
            stats = {
                "tokens": result.tokens,
                "tokens_per_s": round(result.tokens_per_s, 2),
                "ttft_s": round(result.ttft_s, 3),
            }
        try:
            self.store.update_message(reply.id, content=text_so_far, state=state, stats=stats)
        except StoreError as error:
            return fail(f"the reply was not saved: {error}")
        return fail(failure) if failure else 0

    def interactive(self) -> int:
        print(
            f"Chatting with {display_name(self.model)}. Ctrl+D or /exit to leave; Ctrl+C stops a reply.",
            file=sys.stderr,
        )
        while True:
            try:
                line = input("> ")
            except EOFError:
                print(file=sys.stderr)
                return 0
            except KeyboardInterrupt:
                print(file=sys.stderr)
                return 0
            if line.strip() in ("/exit", "/quit"):
                return 0
            if line.strip():
                self.turn(line)
