"""The conversation on screen and its replies: the glue between store, engine and transcript.

It holds no widgets. The window calls its methods (send, stop, regenerate, …) and shows
what its signals say. Everything said is in the store before it is on screen, and a reply
being streamed is written to the store at least every half second, so a crash loses at
most the last moment of one reply.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from desktop.core.chat_settings import ChatSettings
from desktop.core.engine.types import ChatMessage, LoadOptions, ModelInfo, ReplyRequest
from desktop.core.settings import Settings
from desktop.core.store import ConversationStore, StoreError
from desktop.core.store.records import FINISH_STATES, Conversation, Message
from desktop.ui.engine_worker import EngineController, ReplyJob

log = logging.getLogger(__name__)

SAVE_INTERVAL_S = 0.5


class _Stream:
    def __init__(self, job: ReplyJob, message: Message, prefix: str = "") -> None:
        self.job = job
        self.message = message
        self.text = prefix
        self.saved_text = prefix
        self.saved_at = time.monotonic()


class ChatController(QObject):
    conversationOpened = Signal()
    messageAdded = Signal(object)
    messageChanged = Signal(object)
    streamText = Signal(int, str)
    piecesArrived = Signal(int, object)  # one per batch: the tokens that arrived together
    replyEnded = Signal(object)
    conversationsChanged = Signal()
    contextChanged = Signal(int, int)
    droppedChanged = Signal(int)
    notice = Signal(str)
    busyChanged = Signal(bool)
    modelChanged = Signal(str)

    def __init__(self, store: ConversationStore, engine: EngineController, settings: Settings) -> None:
        super().__init__()
        self.store = store
        self.engine = engine
        self.settings = settings
        self.conversation: Conversation | None = None
        self.branch: list[Message] = []
        self.children: dict[int | None, list[int]] = {}
        self.model_path = ""  # the model new chats use, and the one loaded or loading
        self.draft_settings = ChatSettings()
        self._stream: _Stream | None = None
        engine.replyStarted.connect(self._on_reply_started)
        engine.replyChunk.connect(self._on_chunk)
        engine.replyFinished.connect(self._on_finished)
        engine.replyFailed.connect(self._on_failed)
        engine.loaded.connect(self._on_model_loaded)
        engine.loadFailed.connect(self._on_model_not_loaded)
        engine.loadRefused.connect(self._on_model_not_loaded)
        engine.counted.connect(self._on_counted)

    # -- models ----------------------------------------------------------------------

    def effective_context(self) -> int:
        settings = self.conversation.settings if self.conversation else self.draft_settings
        return settings.context_length or self.settings.context_length

    def load_options(self) -> LoadOptions:
        return LoadOptions(
            context_length=self.effective_context(),
            gpu_layers=self.settings.gpu_layers,
            threads=self.settings.threads,
        )

    def use_model(self, path: str, force: bool = False) -> None:
        """Switch to a model: for the conversation shown, and for new chats."""
        self.stop()
        self.model_path = path  # the chat keeps its model in the store once this one has loaded
        if force:
            self.engine.load(path, self.load_options(), force=True)
        else:
            self._ensure_loaded()
        self.modelChanged.emit(path)

    def _ensure_loaded(self) -> None:
        if not self.model_path:
            return
        loaded = self.engine.model
        wanted = self.load_options()
        pending = self.engine.pending_load
        if pending is not None and pending.path == self.model_path and pending.options == wanted:
            return
        if loaded is not None and loaded.path == self.model_path and self.engine.model_options == wanted:
            return
        self.engine.load(self.model_path, wanted)

    def _on_model_loaded(self, info: ModelInfo) -> None:
        if self.conversation is not None and self.conversation.model != info.path and info.path == self.model_path:
            self._safely(self.store.set_model, self.conversation.id, info.path)
            self.conversation.model = info.path
        self.contextChanged.emit(0, info.context_length)
        if info.template_note:
            self.notice.emit(info.template_note)
        self._measure_context()

    def _on_model_not_loaded(self, path: str, _message: str) -> None:
        """A model that did not load: go on with the one still loaded, if any (the picker follows)."""
        kept = self.engine.model
        if kept is not None and path == self.model_path and kept.path != path:
            self.model_path = kept.path
            self.modelChanged.emit(kept.path)
        if kept is not None:
            self._measure_context()  # the meter goes on showing this chat in the model kept

    def _measure_context(self) -> None:
        # While a model loads, the meter waits for it: _on_model_loaded measures with that model.
        if self.conversation is not None and self.branch and self.engine.state == "ready":
            self.engine.count(str(self.conversation.id), self._prompt(self.branch))

    def _on_counted(self, key: str, tokens: int, size: int) -> None:
        if self.conversation is not None and key == str(self.conversation.id) and not self.busy:
            self.contextChanged.emit(min(tokens, size), size)

    # -- conversations ----------------------------------------------------------------

    def new_chat(self) -> None:
        self.stop()
        self.conversation = None
        self.branch, self.children = [], {}
        self.conversationOpened.emit()
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
            self.notice.emit(str(error))
            return False
        self.conversationOpened.emit()
        if conversation.model and conversation.model != self.model_path:
            if Path(conversation.model).is_file():
                self.model_path = conversation.model
                self.modelChanged.emit(self.model_path)
            else:
                self.notice.emit(
                    f"This chat used {Path(conversation.model).name}, which is no longer here; choose a model to go on."
                )
        self._ensure_loaded()
        self._measure_context()
        return True

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

    def send(self, text: str, edit_of: int | None = None) -> bool:
        """Send a user message (or a new version of `edit_of`) and start the reply."""
        if not text.strip():
            return False
        if self.busy:
            self.notice.emit("Wait for the reply to finish, or press Stop.")
            return False
        if not self._model_available():
            return False
        try:
            if self.conversation is None:
                self.conversation = self.store.create(self.model_path, self.draft_settings)
            parent = self._parent_for_new_user_message(edit_of)
            user = self.store.add_message(self.conversation.id, parent, "user", text)
            history = self.store.branch(self.conversation.id, user.id) if edit_of is not None else [*self.branch, user]
        except StoreError as error:
            self.notice.emit(f"Not sent: {error}")
            return False
        # The model starts first; the window catches up while it reads the prompt.
        reply = self._start_reply(history)
        if edit_of is not None:
            self._reload_branch()
            self.conversationOpened.emit()
        else:
            self._append(user)
            if reply is not None:
                self._append(reply)
        self.conversationsChanged.emit()
        return True

    def _model_available(self) -> bool:
        if self.engine.state in ("ready", "busy", "loading"):
            return True
        self.notice.emit("Choose a model first.")
        return False

    def _parent_for_new_user_message(self, edit_of: int | None) -> int | None:
        if edit_of is not None:
            original = self.store.message(edit_of)
            return original.parent_id if original else None
        return self.branch[-1].id if self.branch else None

    def regenerate(self, message_id: int | None = None) -> bool:
        """A new version of an assistant reply (default: the last one); the old one is kept."""
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
            self.notice.emit(str(error))
            return False
        reply = self._start_reply(history)
        if reply is None:
            return False  # nothing was stored: the branch shown stays as it was
        self._reload_branch()
        self.conversationOpened.emit()
        return True

    def continue_reply(self, message_id: int) -> bool:
        """Go on writing a reply that was cut off or stopped, in the same message."""
        if self.busy or self.conversation is None:
            return False
        target = self._find(message_id)
        if target is None or target.role != "assistant":
            return False
        if target is not self.branch[-1]:  # a reply with answers below it would no longer lead to them
            self.notice.emit("Only the last reply can be continued; regenerate this one instead.")
            return False
        if not self._model_available():
            return False
        messages = self._prompt(self.branch)
        target.state = "streaming"
        self._safely(self.store.update_message, target.id, state="streaming")
        self.messageChanged.emit(target)
        request = ReplyRequest(str(self.conversation.id), messages, self.chat_settings, continue_last=True)
        self._begin(request, target, prefix=target.content)
        return True

    def _start_reply(self, history: list[Message]) -> Message | None:
        """Store an empty reply below the last message of `history` and ask the model for it."""
        assert self.conversation is not None
        try:
            reply = self.store.add_message(
                self.conversation.id, history[-1].id, "assistant", "", "streaming", self.model_path
            )
        except StoreError as error:
            self.notice.emit(f"Not sent: {error}")
            return None
        request = ReplyRequest(str(self.conversation.id), self._prompt(history), self.chat_settings)
        self._begin(request, reply)
        return reply

    def _begin(self, request: ReplyRequest, message: Message, prefix: str = "") -> None:
        self._ensure_loaded()
        job = self.engine.reply(request)
        self._stream = _Stream(job, message, prefix)
        self.busyChanged.emit(True)

    def _prompt(self, history: list[Message]) -> list[ChatMessage]:
        system = self.chat_settings.system_prompt.strip()
        messages = [ChatMessage("system", system)] if system else []
        messages += [ChatMessage(m.role, m.content) for m in history if m.role in ("user", "assistant")]  # type: ignore[arg-type]
        return messages

    def stop(self) -> None:
        if self._stream is not None:
            self.engine.stop()

    # -- replies arriving ---------------------------------------------------------------

    def _on_reply_started(self, job: ReplyJob) -> None:
        if self._stream is None or job is not self._stream.job:
            return
        self.droppedChanged.emit(job.dropped)

    def _on_chunk(self, job_id: int, pieces: list[str]) -> None:
        stream = self._stream
        if stream is None or stream.job.id != job_id:
            return
        stream.text += "".join(pieces)
        self.piecesArrived.emit(stream.message.id, pieces)
        self.streamText.emit(stream.message.id, stream.text)
        if time.monotonic() - stream.saved_at >= SAVE_INTERVAL_S:
            self._save_partial(stream)

    def _save_partial(self, stream: _Stream) -> None:
        if stream.text != stream.saved_text:
            try:
                self.store.update_message(stream.message.id, content=stream.text)
                stream.saved_text = stream.text
            except StoreError as error:
                self.notice.emit(str(error))
        stream.saved_at = time.monotonic()

    def _on_finished(self, job: ReplyJob) -> None:
        stream = self._stream
        if stream is None or stream.job is not job:
            return
        result = job.result
        text = stream.text if stream.text or not result.text else result.text
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
        self._end(stream, text, state, stats)
        if result.note:
            self.notice.emit(result.note)
        shown = self.conversation is not None and self.conversation.id == stream.message.conversation_id
        if not shown:  # the reply ended after a switch: its numbers are another chat's; measure this one
            self._measure_context()
        elif result.context_size:
            self.contextChanged.emit(result.context_used, result.context_size)

    def _on_failed(self, job_id: int, message: str) -> None:
        stream = self._stream
        if stream is None or stream.job.id != job_id:
            return
        self._end(stream, stream.text, "error", {"error": message})
        self.notice.emit(message)

    def _end(self, stream: _Stream, text: str, state: str, stats: dict) -> None:
        self._stream = None
        message = replace(stream.message, content=text, state=state, stats=stats)
        try:
            self.store.update_message(message.id, content=text, state=state, stats=stats)
            if self.conversation is not None and self.conversation.id == message.conversation_id:
                self.store.touch(message.conversation_id)
        except StoreError as error:
            self.notice.emit(str(error))
        self._replace(message)
        self.messageChanged.emit(message)
        self.replyEnded.emit(message)
        self.busyChanged.emit(False)
        self.conversationsChanged.emit()

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
        self.conversationOpened.emit()
        return True

    def rate(self, message_id: int, rating: int, note: str | None = None) -> None:
        message = self._find(message_id)
        if message is None:
            return
        self._safely(self.store.rate, message_id, rating, note)
        updated = replace(message, rating=rating, note=message.note if note is None else note)
        self._replace(updated)
        self.messageChanged.emit(updated)

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
        self.messageAdded.emit(message)

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
            self.notice.emit(str(error))

    def _safely(self, call: Callable[..., object], *args: object, **kwargs: object) -> None:
        try:
            call(*args, **kwargs)
        except StoreError as error:
            self.notice.emit(str(error))

    def shutdown(self) -> None:
        """Save what was said so far; the caller then ends the engine thread."""
        stream = self._stream
        if stream is not None:
            self.engine.stop()
            try:
                self.store.update_message(stream.message.id, content=stream.text, state="stopped")
            except StoreError:
                log.warning("could not save the reply in progress at exit")
