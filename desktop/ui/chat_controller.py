"""The conversation on screen, as Qt signals: a thin adapter over the core ChatSession.

Every turn happens in `desktop.core.session.ChatSession`, the same one `hearth chat` drives.
This object holds no logic of its own: it gives the session a listener that re-emits what
happens as signals for the window, and passes the window's requests on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal

from desktop.core.chat_settings import ChatSettings
from desktop.core.documents.retrieval import Retriever
from desktop.core.messages import CitationPart, ImagePart, Part, ToolCallPart, ToolResultPart
from desktop.core.runtime.types import ModelRef
from desktop.core.session.chat_session import SAVE_INTERVAL_S, ChatSession
from desktop.core.session.listener import SessionListener
from desktop.core.session.tool_rounds import ToolRunner
from desktop.core.settings import Settings
from desktop.core.store import ConversationStore
from desktop.core.store.records import Conversation, Message
from desktop.ui.engine_controller import EngineController

__all__ = ["SAVE_INTERVAL_S", "ChatController"]

BATCH_INTERVAL_S = 0.05  # one GUI wake-up per 50 ms of tokens, not one per token


class _Signals(SessionListener):
    def __init__(self, controller: ChatController) -> None:
        self._c = controller

    def conversation_opened(self) -> None:
        self._c.conversationOpened.emit()

    def message_added(self, message: Message) -> None:
        self._c.messageAdded.emit(message)

    def message_changed(self, message: Message) -> None:
        self._c.messageChanged.emit(message)

    def searching_documents(self, message: Message, collections: tuple[str, ...]) -> None:
        self._c.searchingDocuments.emit(message, collections)

    def sources_found(self, message: Message, sources: list[CitationPart]) -> None:
        self._c.sourcesFound.emit(message, sources)

    def reply_started(self, message: Message, dropped: int) -> None:
        self._c.replyStarted.emit(message)
        self._c.droppedChanged.emit(dropped)

    def pieces_arrived(self, message: Message, pieces: list[str], text: str) -> None:
        self._c.piecesArrived.emit(message.id, pieces)
        self._c.streamText.emit(message.id, text)

    def steps_arrived(self, message: Message, parts: list[Part]) -> None:
        self._c.stepsArrived.emit(message.id, parts)

    def tool_call_waiting(self, message: Message, call: ToolCallPart, server: str) -> None:
        self._c.toolCallWaiting.emit(message.id, call, server)

    def tool_call_answered(self, message: Message, call_id: str, decision: str) -> None:
        self._c.toolCallState.emit(message.id, call_id, "denied" if decision == "deny" else "pending")

    def tool_call_running(self, message: Message, call_id: str) -> None:
        self._c.toolCallState.emit(message.id, call_id, "running")

    def tool_result(self, message: Message, result: ToolResultPart) -> None:
        self._c.toolResult.emit(message.id, result)

    def tool_allowed_always(self, key: str) -> None:
        self._c.toolAllowedAlways.emit(key)

    def reply_ended(self, message: Message) -> None:
        self._c.replyEnded.emit(message)

    def conversations_changed(self) -> None:
        self._c.conversationsChanged.emit()

    def context_changed(self, used: int, size: int) -> None:
        self._c.contextChanged.emit(used, size)

    def notice(self, text: str) -> None:
        self._c.notice.emit(text)

    def busy_changed(self, busy: bool) -> None:
        self._c.busyChanged.emit(busy)

    def model_changed(self, ref: ModelRef | None) -> None:
        self._c.modelChanged.emit(ref.stored() if ref is not None else "")


class ChatController(QObject):
    conversationOpened = Signal()
    messageAdded = Signal(object)
    messageChanged = Signal(object)
    replyStarted = Signal(object)  # the reply's Message, once the model has begun it
    searchingDocuments = Signal(object, object)  # the reply's Message, the collections searched (tuple[str, ...])
    sourcesFound = Signal(object, object)  # the reply's Message, its numbered sources (list[CitationPart], maybe [])
    streamText = Signal(int, str)
    piecesArrived = Signal(int, object)  # one per batch: the tokens that arrived together
    replyEnded = Signal(object)
    stepsArrived = Signal(int, object)  # a reply's id, its parts so far (thinking, tool calls, results)
    toolCallWaiting = Signal(int, object, str)  # a reply's id, the ToolCallPart asked about, its server
    toolCallState = Signal(int, str, str)  # a reply's id, a call's id, running | denied | pending
    toolResult = Signal(int, object)  # a reply's id, a ToolResultPart
    toolAllowedAlways = Signal(str)  # "server/tool": allowed for good
    conversationsChanged = Signal()
    contextChanged = Signal(int, int)
    droppedChanged = Signal(int)
    notice = Signal(str)
    busyChanged = Signal(bool)
    modelChanged = Signal(str)

    def __init__(
        self,
        store: ConversationStore,
        engine: EngineController,
        settings: Callable[[], Settings],
        retriever: Retriever | None = None,
        tools: ToolRunner | None = None,
    ) -> None:
        super().__init__()
        self.engine = engine
        self.session = ChatSession(
            store, engine.handle, settings, _Signals(self), BATCH_INTERVAL_S, retriever=retriever, tools=tools
        )

    # -- what is shown ------------------------------------------------------------------

    @property
    def store(self) -> ConversationStore:
        return self.session.store

    @property
    def conversation(self) -> Conversation | None:
        return self.session.conversation

    @property
    def branch(self) -> list[Message]:
        return self.session.branch

    @property
    def children(self) -> dict[int | None, list[int]]:
        return self.session.children

    @property
    def model_path(self) -> str:
        return self.session.model_path

    @property
    def draft_settings(self) -> ChatSettings:
        return self.session.draft_settings

    @draft_settings.setter
    def draft_settings(self, settings: ChatSettings) -> None:
        self.session.draft_settings = settings

    @property
    def chat_settings(self) -> ChatSettings:
        return self.session.chat_settings

    @property
    def busy(self) -> bool:
        return self.session.busy

    def last_user_message(self) -> Message | None:
        return self.session.last_user_message()

    # -- what the window asks -------------------------------------------------------------

    def use_model(self, path: str, force: bool = False) -> None:
        self.session.use_model(path, force)

    def forget_model(self) -> None:
        """No model for new chats (it was unloaded)."""
        self.session.model = None

    def new_chat(self) -> None:
        self.session.new_chat()

    def open(self, conversation_id: int) -> bool:
        return self.session.open(conversation_id)

    def forget_conversation(self, conversation_id: int) -> None:
        self.session.forget_conversation(conversation_id)

    def set_chat_settings(self, settings: ChatSettings) -> None:
        self.session.set_chat_settings(settings)

    def send(self, text: str, edit_of: int | None = None, images: Sequence[ImagePart] = ()) -> bool:
        return self.session.send(text, edit_of, images)

    def regenerate(self, message_id: int | None = None) -> bool:
        return self.session.regenerate(message_id)

    def continue_reply(self, message_id: int) -> bool:
        return self.session.continue_reply(message_id)

    def answer_tool_call(self, call_id: str, decision: str) -> bool:
        return self.session.answer_tool_call(call_id, decision)

    def stop(self) -> None:
        self.session.stop()

    def show_sibling(self, message_id: int, step: int) -> bool:
        return self.session.show_sibling(message_id, step)

    def rate(self, message_id: int, rating: int, note: str | None = None) -> None:
        self.session.rate(message_id, rating, note)

    def shutdown(self) -> None:
        self.session.shutdown()
