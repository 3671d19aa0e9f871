"""ChatSession: the one place a turn happens, for the window, the terminal and the server alike.

It stores the user's message and an empty reply below it, builds the prompt (system prompt,
the branch shown, hooks), has the runtime fit it to the context by the chat's policy and
stream the reply, saves the reply as it grows, and keeps the stats and the branches. It holds
no widgets and no threads: it lives on its front end's thread (where its store is used), asks
the model through a ModelHandle, and tells a SessionListener what happened. Everything said is
in the store before it is shown, and a reply being streamed is written at least every half
second, so a crash loses at most the last moment of one reply.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import replace

from desktop.core.chat_settings import ChatSettings
from desktop.core.documents.grounding import ground
from desktop.core.documents.retrieval import Retriever
from desktop.core.messages import (
    ChatMessage,
    CitationPart,
    ImagePart,
    Part,
    TextPart,
    ToolCallPart,
    ToolResultPart,
    text_of,
)
from desktop.core.runtime.handle import HandleListener, ModelHandle
from desktop.core.runtime.runner import ReplyJob
from desktop.core.runtime.types import (
    Delta,
    LoadOptions,
    ModelInfo,
    ModelRef,
    ReplyRequest,
)
from desktop.core.session.context_policy import ContextFitter
from desktop.core.session.listener import SessionListener
from desktop.core.session.prompt import PromptHook, build_prompt, chat_messages
from desktop.core.session.reply_stream import ReplyStream
from desktop.core.session.sources import Found, search_in_background, searched_again, sources_budget
from desktop.core.session.tool_rounds import ToolRounds, ToolRunner
from desktop.core.settings import Settings
from desktop.core.store import ConversationStore, StoreError
from desktop.core.store.records import FINISH_STATES, Conversation, Message

log = logging.getLogger(__name__)

SAVE_INTERVAL_S = 0.5
# The context meter counts at most this many bytes per token of context from the end of a
# chat: no tokenizer packs more, so a longer chat is full anyway, and opening it stays cheap.
METER_BYTES_PER_TOKEN = 8


class _ModelEvents(HandleListener):
    def __init__(self, session: ChatSession) -> None:
        self._session = session

    def loaded(self, info: ModelInfo) -> None:
        self._session._on_model_loaded(info)

    def load_failed(self, path: str, message: str) -> None:
        self._session._on_model_not_loaded(path)

    def load_refused(self, path: str, message: str) -> None:
        self._session._on_model_not_loaded(path)


class _ReplyEvents:
    """The runtime's reply events, already on the session's thread (the handle carried them)."""

    def __init__(self, session: ChatSession) -> None:
        self._session = session

    def started(self, job: ReplyJob) -> None:
        self._session._on_reply_started(job)

    def deltas(self, job: ReplyJob, deltas: list[Delta]) -> None:
        self._session._on_deltas(job, deltas)

    def finished(self, job: ReplyJob) -> None:
        self._session._on_finished(job)

    def failed(self, job: ReplyJob, message: str) -> None:
        self._session._on_failed(job, message)


def _longer_than(messages: list[ChatMessage], budget: int) -> bool:
    """Whether the messages' text is over `budget` bytes, without encoding a long chat when its
    characters alone decide (a character is 1 to 4 bytes)."""
    chars = sum(len(m.content) for m in messages)
    if chars > budget or chars * 4 <= budget:
        return chars > budget
    return sum(len(m.content.encode("utf-8", errors="replace")) for m in messages) > budget


def load_options(chat: ChatSettings, app: Settings) -> LoadOptions:
    """How a chat's model is loaded: its own context length (else the app's), the app's hardware settings."""
    return LoadOptions(chat.context_length or app.context_length, app.gpu_layers, app.threads, app.sequences)


class ChatSession:
    def __init__(
        self,
        store: ConversationStore,
        model: ModelHandle,
        app_settings: Callable[[], Settings],
        listener: SessionListener | None = None,
        batch_s: float = 0.0,
        retriever: Retriever | None = None,
        tools: ToolRunner | None = None,
    ) -> None:
        self.store = store
        self.retriever = retriever  # searches the chat's document collections; None: documents are off
        self.handle = model
        self._app_settings = app_settings
        self.listener = listener or SessionListener()
        self.batch_s = batch_s
        self.conversation: Conversation | None = None
        self.branch: list[Message] = []
        self.children: dict[int | None, list[int]] = {}
        self.model: ModelRef | None = None  # the model new chats use, and the one loaded or loading
        self.draft_settings = ChatSettings()
        self.prompt_hooks: list[PromptHook] = []
        self._fitter = ContextFitter()
        self._stream: ReplyStream | None = None
        self._reply_events = _ReplyEvents(self)
        # The MCP tools a chat uses (None: this front end offers none), each call with the user's approval.
        self.tool_rounds = ToolRounds(
            tools,
            model.post,
            lambda: self.listener,
            lambda: self._app_settings().allowed_tools,
            lambda: float(self._app_settings().tool_timeout_s),
        )
        model.add_listener(_ModelEvents(self))

    # -- models ----------------------------------------------------------------------

    @property
    def model_path(self) -> str:
        return self.model.stored() if self.model is not None else ""

    def effective_context(self) -> int:
        return self.chat_settings.context_length or self._app_settings().context_length

    def load_options(self) -> LoadOptions:
        return load_options(self.chat_settings, self._app_settings())

    def use_model(self, model: ModelRef | str, force: bool = False) -> None:
        """Switch to a model: for the conversation shown, and for new chats."""
        ref = ModelRef.parse(model) if isinstance(model, str) else model
        self.stop()
        self.model = ref  # the chat keeps its model in the store once this one has loaded
        if force and ref is not None:
            self.handle.load(ref, self.load_options(), force=True)
        else:
            self._ensure_loaded()
        self.listener.model_changed(ref)

    def refresh_model(self) -> None:
        """Load the model again if the app's settings now ask for it otherwise (threads, parallel…)."""
        self._ensure_loaded()

    def _ensure_loaded(self) -> None:
        if self.model is None:
            return
        wanted = self.load_options()
        pending = self.handle.pending_load
        if pending is not None and pending.ref == self.model and pending.options == wanted:
            return
        loaded = self.handle.model
        if loaded is not None and loaded.path == self.model_path and self.handle.model_options == wanted:
            return
        self.handle.load(self.model, wanted)

    def _on_model_loaded(self, info: ModelInfo) -> None:
        conversation = self.conversation
        if conversation is not None and conversation.model != info.path and info.path == self.model_path:
            self._safely(self.store.set_model, conversation.id, info.path)
            conversation.model = info.path
        self.listener.context_changed(0, info.context_length)
        if info.template_note:
            self.listener.notice(info.template_note)
        self._measure_context()

    def _on_model_not_loaded(self, path: str) -> None:
        """A model that did not load: go on with the one still loaded, if any (the picker follows)."""
        kept = self.handle.model
        if kept is not None and path == self.model_path and kept.path != path:
            self.model = kept.ref or ModelRef.parse(kept.path)
            self.listener.model_changed(self.model)
        if kept is not None:
            self._measure_context()  # the meter goes on showing this chat in the model kept

    def _measure_context(self) -> None:
        # While a model loads, the meter waits for it: _on_model_loaded measures with that model.
        model = self.handle.model
        if self.conversation is None or not self.branch or self.handle.state != "ready" or model is None:
            return
        key = str(self.conversation.id)
        messages = self._prompt(self.branch)
        size = model.context_length
        if _longer_than(messages, size * METER_BYTES_PER_TOKEN):
            self.listener.context_changed(size, size)  # more than the context can hold: it is full
            return
        self.handle.count(key, messages, lambda tokens, size: self._on_counted(key, tokens, size))

    def _on_counted(self, key: str, tokens: int, size: int) -> None:
        if self.conversation is not None and key == str(self.conversation.id) and not self.busy:
            self.listener.context_changed(min(tokens, size), size)

    # -- conversations ----------------------------------------------------------------

    def new_chat(self) -> None:
        self.stop()
        self.conversation = None
        self.branch, self.children = [], {}
        self.listener.conversation_opened()
        self._ensure_loaded()

    def open(self, conversation_id: int) -> bool:
        if self.conversation is not None and self.conversation.id == conversation_id:
            return True
        self.stop()
        try:
            conversation = self.store.get(conversation_id)
            if conversation is None:
                return False
            self.conversation = conversation
            self.branch = self.store.branch(conversation_id)
            self.children = self.store.sibling_counts(conversation_id)
        except StoreError as error:
            self.listener.notice(str(error))
            return False
        self.listener.conversation_opened()
        ref = ModelRef.parse(conversation.model)
        if ref is not None and ref != self.model:
            if not ref.is_missing():
                self.model = ref
                self.listener.model_changed(ref)
            else:
                self.listener.notice(f"This chat used {ref.name}, which is no longer here; choose a model to go on.")
        self._ensure_loaded()
        self._measure_context()
        return True

    def forget_conversation(self, conversation_id: int) -> None:
        """A conversation was deleted: what is cached for it goes too."""
        key = str(conversation_id)
        self._fitter.forget(key)
        self.handle.drop_cache(key)

    def set_chat_settings(self, settings: ChatSettings) -> None:
        settings = settings.validated()
        if self.conversation is None:
            self.draft_settings = settings
        else:
            self.conversation.settings = settings
            self._safely(self.store.set_settings, self.conversation.id, settings)
        self._ensure_loaded()

    @property
    def chat_settings(self) -> ChatSettings:
        return self.conversation.settings if self.conversation else self.draft_settings

    @property
    def busy(self) -> bool:
        return self._stream is not None

    # -- sending ----------------------------------------------------------------------

    def send(
        self, text: str, edit_of: int | None = None, images: Sequence[ImagePart] = (), adapter: str | None = None
    ) -> bool:
        """Send a user message (or a new version of `edit_of`), with the images attached (checked and
        stored already: desktop.core.images), and start the reply. `adapter`: the LoRA adapter for this
        reply alone ("" for the base model alone: Compare mode), in place of the chat's."""
        if not text.strip() and not images:
            return False
        if self.busy:
            self.listener.notice("Wait for the reply to finish, or press Stop.")
            return False
        if not self._model_available():
            return False
        loaded = self.handle.model
        if images and loaded is not None and loaded.path == self.model_path and not loaded.vision:
            self.listener.notice("This model cannot see images: choose a vision model.")
            return False
        parts: list[Part] | None = [*images, TextPart(text)] if images else None
        try:
            if self.conversation is None:
                self.conversation = self.store.create(self.model_path, self.draft_settings)
            parent = self._parent_for_new_user_message(edit_of)
            user = self.store.add_message(self.conversation.id, parent, "user", text, parts=parts)
            history = self.store.branch(self.conversation.id, user.id) if edit_of is not None else [*self.branch, user]
        except StoreError as error:
            self.listener.notice(f"Not sent: {error}")
            return False
        # The model starts first; the window catches up while it reads the prompt.
        reply = self._start_reply(history, adapter=adapter)
        if edit_of is not None:
            self._reload_branch()
            self.listener.conversation_opened()
        else:
            self._append(user)
            if reply is not None:
                self._append(reply)
        self.listener.conversations_changed()
        return True

    def _model_available(self) -> bool:
        if self.handle.state in ("ready", "busy", "loading"):
            return True
        self.listener.notice("Choose a model first.")
        return False

    def _parent_for_new_user_message(self, edit_of: int | None) -> int | None:
        if edit_of is not None:
            original = self.store.message(edit_of)
            return original.parent_id if original else None
        return self.branch[-1].id if self.branch else None

    def regenerate(self, message_id: int | None = None, adapter: str | None = None) -> bool:
        """A new version of an assistant reply (default: the last one); the old one is kept. `adapter`: as
        in `send` (Compare mode asks the adapter for a sibling of the base model's reply)."""
        if self.busy or self.conversation is None:
            return False
        target = self._find(message_id) if message_id else self._last_assistant()
        if target is None or target.role != "assistant" or target.parent_id is None:
            return False
        if not self._model_available():
            return False
        try:
            history = self.store.branch(self.conversation.id, target.parent_id)
        except StoreError as error:
            self.listener.notice(str(error))
            return False
        reply = self._start_reply(history, previous=target, adapter=adapter)
        if reply is None:
            return False  # nothing was stored: the branch shown stays as it was
        self._reload_branch()
        self.listener.conversation_opened()
        return True

    def continue_reply(self, message_id: int) -> bool:
        """Go on writing a reply that was cut off or stopped, in the same message."""
        if self.busy or self.conversation is None:
            return False
        target = self._find(message_id)
        if target is None or target.role != "assistant":
            return False
        if target is not self.branch[-1]:  # a reply with answers below it would no longer lead to them
            self.listener.notice("Only the last reply can be continued; regenerate this one instead.")
            return False
        if any(isinstance(part, ToolCallPart) for part in target.parts):
            self.listener.notice("A reply that used tools cannot be continued; regenerate it instead.")
            return False
        if not self._model_available():
            return False
        messages = self._prompt(self.branch)
        target.state = "streaming"
        self._safely(self.store.update_message, target.id, state="streaming")
        self.listener.message_changed(target)
        # It goes on from the sources it was first given: the passages saved with it.
        citations = [part for part in target.parts if isinstance(part, CitationPart)]
        request = ReplyRequest(
            str(self.conversation.id), ground(messages, citations), self.chat_settings, continue_last=True
        )
        self._begin(request, target, prefix=target.content, citations=citations)
        return True

    def _start_reply(
        self, history: list[Message], previous: Message | None = None, adapter: str | None = None
    ) -> Message | None:
        """Store an empty reply below the last message of `history` and ask the model for it (after
        searching the chat's documents for its sources, when it uses any). `previous`: the reply
        this one regenerates; `adapter`: the adapter for this reply, in place of the chat's."""
        assert self.conversation is not None
        try:
            reply = self.store.add_message(
                self.conversation.id, history[-1].id, "assistant", "", "streaming", self.model_path
            )
        except StoreError as error:
            self.listener.notice(f"Not sent: {error}")
            return None
        settings = self.chat_settings if adapter is None else replace(self.chat_settings, adapter=adapter)
        request = ReplyRequest(str(self.conversation.id), self._prompt(history), settings)
        # Which adapter wrote it stays with the reply (a Compare's two replies are told apart by it).
        reply.stats = adapter_stats(settings)
        collections = self.chat_settings.documents
        before = [part for part in previous.parts if isinstance(part, CitationPart)] if previous else []
        if not collections or self.retriever is None:
            if previous is not None and before:
                self.listener.notice(searched_again((), before, []))
            self._begin(request, reply)
            return reply
        stream = self._stream = ReplyStream(None, reply)
        self.listener.busy_changed(True)
        self.listener.searching_documents(reply, collections)
        budget = sources_budget(self.effective_context())

        def found(result: Found) -> None:
            self._on_sources(stream, request, result, collections, before if previous is not None else None)

        search_in_background(self.retriever, collections, history[-1].content, budget, self.handle.post, found)
        return reply

    def _on_sources(
        self,
        stream: ReplyStream,
        request: ReplyRequest,
        found: Found,
        collections: tuple[str, ...],
        before: list[CitationPart] | None,
    ) -> None:
        if self._stream is not stream:
            return  # stopped (or the app is closing) while the documents were searched
        names = ", ".join(collections)
        if found.problem:
            self.listener.notice(f"Answering without documents: {found.problem}")
        elif before is not None:
            self.listener.notice(searched_again(collections, before, found.sources))
        elif not found.sources:
            self.listener.notice(f"Nothing in {names} matches this question; answering without sources.")
        elif found.note:
            self.listener.notice(f"Searched {names} by keywords only: {found.note}")
        stream.citations = found.sources
        self.listener.sources_found(stream.message, found.sources)
        if found.sources:
            self._save_partial(stream)  # the sources are in the store before the first token
        self._begin(replace(request, messages=ground(request.messages, found.sources)), stream.message, stream=stream)

    def _begin(
        self,
        request: ReplyRequest,
        message: Message,
        prefix: str = "",
        citations: list[CitationPart] | None = None,
        stream: ReplyStream | None = None,
    ) -> None:
        self._ensure_loaded()
        request.fit = self._fitter.fit
        if request.thinking is None:
            request.thinking = self.chat_settings.thinking_switch
        # The stream exists before the job: a reply stopped while still waiting ends at once.
        if stream is None:
            stream = self._stream = ReplyStream(None, message, prefix, prefix, citations=list(citations or []))
            self.listener.busy_changed(True)
        # A reply continued in place goes on writing; it is not offered tools (its calls would be
        # answered into a prompt that already ends with it).
        names = self.chat_settings.tools if not request.continue_last else ()
        if names and self.tool_rounds.runner is not None and stream.tools is None:
            # The chat's servers start (and list their tools) before the model is asked.
            def listed(tools: tuple, problems: list[str]) -> None:
                if self._stream is not stream:
                    return  # stopped while the servers started
                for problem in problems:
                    self.listener.notice(f"Tools: {problem}")
                stream.tools = tools
                self._begin(replace(request, tools=tools), message, stream=stream)

            stream.tools = ()
            self.tool_rounds.list_tools(names, listed)
            return
        stream.job = self.handle.reply(request, self._reply_events, self.batch_s)

    def _prompt(self, history: list[Message]) -> list[ChatMessage]:
        return build_prompt(self.chat_settings, history, self.prompt_hooks)

    def stop(self) -> None:
        stream = self._stream
        if stream is None:
            return
        if stream.job is not None:
            stream.job.stop()
        else:  # still searching its documents or waiting on a tool: the model is not writing, so it ends here
            self.tool_rounds.cancel()
            self._end(stream, "stopped", {**stream.stats, "finish": "stopped"})

    # -- replies arriving ---------------------------------------------------------------

    def _current(self, job: ReplyJob) -> ReplyStream | None:
        stream = self._stream
        return stream if stream is not None and stream.job is job else None

    def _on_reply_started(self, job: ReplyJob) -> None:
        stream = self._current(job)
        if stream is not None:
            self.listener.reply_started(stream.message, job.dropped)

    def _on_deltas(self, job: ReplyJob, deltas: list[Delta]) -> None:
        stream = self._current(job)
        if stream is None:
            return
        pieces = stream.take(deltas)
        if pieces:
            self.listener.pieces_arrived(stream.message, pieces, stream.text)
        if stream.steps_grew:
            self.listener.steps_arrived(stream.message, stream.parts())
        if time.monotonic() - stream.saved_at >= SAVE_INTERVAL_S:
            self._save_partial(stream)

    def _save_partial(self, stream: ReplyStream) -> None:
        parts = stream.parts()
        if stream.text != stream.saved_text or parts != stream.saved_parts:
            try:
                self.store.update_message(stream.message.id, content=stream.text, parts=parts)
                stream.saved_text, stream.saved_parts = stream.text, parts
            except StoreError as error:
                self.listener.notice(str(error))
        stream.saved_at = time.monotonic()

    def _on_finished(self, job: ReplyJob) -> None:
        stream = self._current(job)
        if stream is None:
            return
        result = job.result
        if not stream.text and result.text:
            stream.text = result.text
        state = FINISH_STATES.get(result.finish, "done")
        stats = {
            "tokens": result.tokens,
            "tokens_per_s": round(result.tokens_per_s, 2),
            "ttft_s": round(result.ttft_s, 3),
            "prompt_tokens": result.prompt_tokens,
            "cached_tokens": result.cached_tokens,
            "seconds": round(result.seconds, 3),
            "seed": result.seed,
            "finish": result.finish,
        }
        if stream.message.stats.get("tokens") and job.request.continue_last:
            stats["tokens"] += stream.message.stats["tokens"]
        if stream.rounds:  # the rounds before this one, when it used tools
            stats["tokens"] += stream.stats.get("tokens", 0)
            stats["rounds"] = stream.rounds
        if state in ("done", "length") and stream.tool_calls() and job.request.tools:
            stream.stats = stats
            self._run_tools(stream, job.request)
            return
        self._end(stream, state, stats)
        if result.note:
            self.listener.notice(result.note)
        shown = self.conversation is not None and self.conversation.id == stream.message.conversation_id
        if not shown:  # the reply ended after a switch: its numbers are another chat's; measure this one
            self._measure_context()
        elif result.context_size:
            self.listener.context_changed(result.context_used, result.context_size)

    # -- tools -----------------------------------------------------------------------------

    def _run_tools(self, stream: ReplyStream, request: ReplyRequest) -> None:
        """The model asked for tools: each call is put to the user, run if allowed, and the reply goes
        on with the results, for at most the app's number of rounds (the last one offers no tools, so
        the model must answer)."""
        calls = stream.tool_calls()
        stream.job = None
        self._save_partial(stream)
        self.listener.steps_arrived(stream.message, stream.parts())

        def arrived(result: ToolResultPart) -> None:
            # Stored before it is shown: a crash or Stop after a tool ran keeps what it answered.
            stream.results.append(result)
            self._save_partial(stream)

        def answered(_results: list[ToolResultPart]) -> None:
            if self._stream is not stream:
                return
            stream.end_round()
            self._save_partial(stream)
            self.listener.steps_arrived(stream.message, stream.parts())
            so_far = replace(stream.message, content=text_of(stream.done), parts=list(stream.done))
            tools = request.tools if stream.rounds < max(1, self._app_settings().tool_rounds) else ()
            if not tools:
                self.listener.notice("The tool round limit was reached: the model answers without tools now.")
            messages = [*stream.prompt, *chat_messages(so_far, ended=False)]
            self._begin(
                replace(request, messages=messages, tools=tools, stop=threading.Event()), stream.message, stream=stream
            )

        if not stream.prompt:  # the prompt before the reply: each round is asked with it, and the rounds so far
            stream.prompt = list(request.messages)
        self.tool_rounds.run(stream.message, calls, request.tools, answered, arrived)

    def answer_tool_call(self, call_id: str, decision: str) -> bool:
        """The user's answer to the tool call waiting: "once", "always" or "deny"."""
        return self.tool_rounds.answer(call_id, decision)

    def _on_failed(self, job: ReplyJob, message: str) -> None:
        stream = self._current(job)
        if stream is None:
            return
        self._end(stream, "error", {**stream.stats, "error": message})  # the rounds before it, if it used tools
        self.listener.notice(message)

    def _end(self, stream: ReplyStream, state: str, stats: dict) -> None:
        self._stream = None
        stats = {**adapter_stats_of(stream.message), **stats}
        parts = stream.parts()
        message = replace(stream.message, content=stream.text, state=state, stats=stats, parts=parts)
        try:
            self.store.update_message(message.id, content=stream.text, state=state, stats=stats, parts=parts)
            if self.conversation is not None and self.conversation.id == message.conversation_id:
                self.store.touch(message.conversation_id)
        except StoreError as error:
            self.listener.notice(str(error))
        self._replace(message)
        self.listener.message_changed(message)
        self.listener.reply_ended(message)
        self.listener.busy_changed(False)
        self.listener.conversations_changed()

    # -- branches and feedback ---------------------------------------------------------

    def show_sibling(self, message_id: int, step: int) -> bool:
        message = self._find(message_id)
        if message is None or self.conversation is None or self.busy:
            return False
        siblings = self.children.get(message.parent_id, [])
        index = siblings.index(message.id) + step if message.id in siblings else -1
        if not 0 <= index < len(siblings):
            return False
        self._safely(self.store.show, self.conversation.id, siblings[index])
        self._reload_branch()
        self.listener.conversation_opened()
        return True

    def rate(self, message_id: int, rating: int, note: str | None = None) -> None:
        message = self._find(message_id)
        if message is None:
            return
        self._safely(self.store.rate, message_id, rating, note)
        updated = replace(message, rating=rating, note=message.note if note is None else note)
        self._replace(updated)
        self.listener.message_changed(updated)

    def last_user_message(self) -> Message | None:
        return next((m for m in reversed(self.branch) if m.role == "user"), None)

    def _last_assistant(self) -> Message | None:
        return next((m for m in reversed(self.branch) if m.role == "assistant"), None)

    def _find(self, message_id: int | None) -> Message | None:
        return next((m for m in self.branch if m.id == message_id), None)

    def _append(self, message: Message) -> None:
        self.branch.append(message)
        siblings = self.children.setdefault(message.parent_id, [])
        if message.id not in siblings:
            siblings.append(message.id)
        self.listener.message_added(message)

    def _replace(self, message: Message) -> None:
        self.branch = [message if m.id == message.id else m for m in self.branch]

    def _reload_branch(self) -> None:
        if self.conversation is None:
            return
        try:
            self.conversation = self.store.get(self.conversation.id) or self.conversation
            self.branch = self.store.branch(self.conversation.id)
            self.children = self.store.sibling_counts(self.conversation.id)
        except StoreError as error:
            self.listener.notice(str(error))

    def _safely(self, call: Callable[..., object], *args: object, **kwargs: object) -> None:
        try:
            call(*args, **kwargs)
        except StoreError as error:
            self.listener.notice(str(error))

    def shutdown(self) -> None:
        """Save what was said so far; the caller then ends the runtime."""
        stream = self._stream
        if stream is not None:
            self.stop()
            try:
                self.store.update_message(stream.message.id, content=stream.text, state="stopped", parts=stream.parts())
            except StoreError:
                log.warning("could not save the reply in progress at exit")


def adapter_stats(settings: ChatSettings) -> dict:
    """What a reply's stats say of the adapter that wrote it (nothing for the base model alone)."""
    if not settings.adapter or settings.adapter_scale <= 0:
        return {}
    return {"adapter": settings.adapter, "adapter_scale": settings.adapter_scale}


def adapter_stats_of(message: Message) -> dict:
    return {key: message.stats[key] for key in ("adapter", "adapter_scale") if key in message.stats}
