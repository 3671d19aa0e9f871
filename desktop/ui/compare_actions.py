"""Compare mode in the window: a message is sent once and answered by the model alone (adapter ""), then
the same prompt is answered again by the chat's adapter, as a sibling (a regenerate with the adapter);
the two are shown side by side, labelled, and the one preferred is rated up, the other down."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QVBoxLayout

from desktop.core.messages import ImagePart
from desktop.core.store import StoreError
from desktop.core.store.records import Message
from desktop.ui.compare_view import ComparePanel
from desktop.ui.i18n import tr
from desktop.ui.tune.labels import adapter_name

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

ANSWERED = ("done", "length")  # replies worth comparing (not stopped, not failed)


@dataclass
class _Comparison:
    conversation_id: int
    adapter: str
    base_id: int
    adapter_id: int | None = None


class CompareActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.panel = ComparePanel()
        layout = window.chat_page.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(window.composer), self.panel)  # above the composer
        self.button = window.compare_button
        self.current: _Comparison | None = None
        chat = window.chat
        chat.replyEnded.connect(self._reply_ended)
        chat.streamText.connect(self._streamed)
        chat.conversationOpened.connect(self._conversation_opened)
        self.panel.preferred.connect(self.prefer)
        self.panel.closed.connect(self._closed)

    @property
    def active(self) -> bool:
        return self.button.isVisible() and self.button.isChecked()

    def show_for(self, adapter: str) -> None:
        """The Compare button is there in a chat with an adapter (and off again in one without)."""
        self.button.setVisible(bool(adapter))
        if not adapter:
            self.button.setChecked(False)

    def send(self, text: str, edit_of: int | None, images: Sequence[ImagePart]) -> bool:
        """Send `text` for the model alone to answer; the adapter's reply follows when it ends."""
        chat = self.window.chat
        adapter = chat.chat_settings.adapter
        if not adapter:
            return chat.send(text, edit_of=edit_of, images=images)
        if not chat.session.send(text, edit_of, images, adapter=""):
            return False
        reply = chat.branch[-1] if chat.branch else None
        conversation = chat.conversation
        if reply is None or reply.role != "assistant" or conversation is None:
            return True
        self.current = _Comparison(conversation.id, adapter, reply.id)
        self.panel.palette_ = self.window.transcript.palette_
        self.panel.begin(adapter_name(adapter))
        return True

    def _reply_ended(self, message: Message) -> None:
        current = self.current
        if current is None:
            return
        if message.id == current.base_id:
            self.panel.set_reply(0, message)
            if message.state not in ANSWERED:
                self.current = None
                self.panel.failed(tr("The model alone did not finish its reply: nothing to compare."))
                return
            # After the reply's end is handled (the composer back to Send): then the adapter's turn.
            QTimer.singleShot(0, self._ask_adapter)
        elif message.id == current.adapter_id:
            self.panel.set_reply(1, message)
            if message.state not in ANSWERED:
                self.panel.failed(tr("The adapter did not finish its reply."))

    def _ask_adapter(self) -> None:
        current = self.current
        chat = self.window.chat
        if current is None or chat.conversation is None or chat.conversation.id != current.conversation_id:
            return
        if not chat.session.regenerate(current.base_id, adapter=current.adapter):
            self.current = None
            self.panel.failed(tr("The adapter could not be asked: try again."))
            return
        reply = chat.branch[-1] if chat.branch else None
        if reply is not None and reply.role == "assistant" and reply.id != current.base_id:
            current.adapter_id = reply.id

    def _streamed(self, message_id: int, text: str) -> None:
        current = self.current
        if current is not None and message_id in (current.base_id, current.adapter_id):
            self.panel.show_text(0 if message_id == current.base_id else 1, text)

    def _conversation_opened(self) -> None:
        """Another chat (or a new one): the comparison of the chat left is put away."""
        current, conversation = self.current, self.window.chat.conversation
        if current is not None and (conversation is None or conversation.id != current.conversation_id):
            self.current = None
            self.panel.hide()

    def _closed(self) -> None:
        self.current = None

    def prefer(self, better: int, worse: int) -> None:
        """`better` up, `worse` down (siblings: a preference pair); the chat goes on from `better`."""
        chat = self.window.chat
        for message_id, rating in ((better, 1), (worse, -1)):
            if any(message.id == message_id for message in chat.branch):
                chat.rate(message_id, rating)
            else:
                try:
                    chat.store.rate(message_id, rating)
                except StoreError as error:
                    self.window.notify(str(error))
        shown = next((m for m in chat.branch if m.id in (better, worse)), None)
        if shown is not None and shown.id != better and not chat.busy:
            siblings = chat.children.get(shown.parent_id, [])
            if better in siblings and shown.id in siblings:
                chat.show_sibling(shown.id, siblings.index(better) - siblings.index(shown.id))
