"""The transcript: the branch shown, as message widgets in a scroll area, built lazily.

Long conversations open fast because only the last messages get widgets; earlier ones
are built as the user scrolls up. Streaming text is shown at a steady rate (adapted to
what rendering costs) instead of once per token, and only the streaming message is
re-rendered. The view follows the end of a reply unless the user has scrolled up.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from desktop.core.messages import CitationPart
from desktop.core.store.records import Message
from desktop.ui.i18n import tr
from desktop.ui.markdown import LIGHT, Palette
from desktop.ui.message_widget import MessageWidget

PAGE = 30  # message widgets built at once
MAX_BUILT = 4 * PAGE  # beyond this, a long session lets go of the widgets far above the end
MIN_FLUSH_MS = 100  # streamed text reaches the screen at most 10 times a second
FOLLOW_SLACK_PX = 32


class TranscriptView(QScrollArea):
    action = Signal(str, int)
    linkClicked = Signal(QUrl)
    codeCopyRequested = Signal(str)
    toolDecided = Signal(str, str)  # a tool call's id, the user's answer

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transcript")
        self.setAccessibleName(tr("Conversation"))
        self.setAccessibleDescription(tr("The messages of this chat, oldest first."))
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._content = QWidget()
        self._content.setObjectName("transcriptContent")
        self._layout = QVBoxLayout(self._content)
        self._layout.setContentsMargins(16, 12, 16, 12)
        self._layout.setSpacing(6)
        self._placeholder = QLabel(tr("Send a message to start the conversation."))
        self._placeholder.setObjectName("transcriptPlaceholder")
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout.addWidget(self._placeholder)
        self._earlier = QPushButton()
        self._earlier.setObjectName("earlierButton")
        self._earlier.setAccessibleName(tr("Show earlier messages"))
        self._earlier.setAccessibleDescription(tr("Shows the messages above the first one on screen."))
        self._earlier.clicked.connect(self._load_earlier_keeping_position)
        self._earlier.hide()
        self._layout.addWidget(self._earlier)
        self._layout.addStretch(1)
        self.setWidget(self._content)
        self.palette_ = LIGHT
        self._messages: list[Message] = []
        self._children: dict[int | None, list[int]] = {}
        self._widgets: dict[int, MessageWidget] = {}
        self._first_built = 0  # index in _messages of the first message with a widget
        self._dropped = 0
        self._pending: dict[int, str] = {}
        self._sources: dict[int, list[CitationPart]] = {}  # given to replies before they carry them
        self._chat_adapter = ""  # the chat's adapter: its replies say which adapter (or none) wrote them
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.timeout.connect(self._flush)
        self._flush_interval = MIN_FLUSH_MS
        self._follow = True
        bar = self.verticalScrollBar()
        bar.valueChanged.connect(self._on_scrolled)
        bar.rangeChanged.connect(self._on_range_changed)

    # -- whole branch ----------------------------------------------------------------

    def set_messages(self, messages: list[Message], children: dict[int | None, list[int]], dropped: int = 0) -> None:
        self.setUpdatesEnabled(False)
        try:
            for widget in self._widgets.values():
                widget.deleteLater()
            self._widgets.clear()
            self._pending.clear()
            self._sources.clear()
            self._messages = list(messages)
            self._children = children
            self._dropped = dropped
            self._first_built = len(self._messages)
            self._build_earlier(PAGE)
            self._placeholder.setVisible(not self._messages)
        finally:
            self.setUpdatesEnabled(True)
        self._follow = True
        self._scroll_to_end()

    def message_widgets(self) -> list[MessageWidget]:
        """The messages shown, top to bottom."""
        items = (self._layout.itemAt(index).widget() for index in range(self._layout.count()))
        return [w for w in items if isinstance(w, MessageWidget) and self._widgets.get(w.message.id) is w]

    def _build_earlier(self, count: int) -> None:
        start = max(0, self._first_built - count)
        for index in range(self._first_built - 1, start - 1, -1):
            widget = self._make_widget(self._messages[index], index)
            self._layout.insertWidget(2, widget)  # after the placeholder and the "earlier" button
        self._first_built = start
        self._show_earlier_button()

    def _show_earlier_button(self) -> None:
        """The button above the first message built, while older ones have no widget."""
        self._earlier.setVisible(self._first_built > 0)
        self._earlier.setText(tr("Show earlier messages ({count} more)").format(count=f"{self._first_built:,}"))

    def _make_widget(self, message: Message, index: int) -> MessageWidget:
        siblings = self._children.get(message.parent_id, [message.id])
        position = siblings.index(message.id) if message.id in siblings else 0
        widget = MessageWidget(message, position, len(siblings), self.palette_, self._content)
        widget.set_out_of_context(index < self._dropped)
        widget.set_chat_adapter(self._chat_adapter)
        if message.id in self._sources:
            widget.set_sources(self._sources[message.id])
        widget.action.connect(self.action)
        widget.toolDecided.connect(self.toolDecided)
        widget.linkClicked.connect(self.linkClicked)
        widget.codeCopyRequested.connect(self.codeCopyRequested)
        self._widgets[message.id] = widget
        return widget

    @property
    def built_count(self) -> int:
        return len(self._widgets)

    @property
    def messages(self) -> list[Message]:
        return list(self._messages)

    def widget_for(self, message_id: int) -> MessageWidget | None:
        return self._widgets.get(message_id)

    # -- changes -------------------------------------------------------------------

    def append_message(self, message: Message, children: dict[int | None, list[int]]) -> MessageWidget:
        self._children = children
        self._messages.append(message)
        self._placeholder.hide()
        widget = self._make_widget(message, len(self._messages) - 1)
        self._layout.insertWidget(self._layout.count() - 1, widget)  # before the stretch
        self._follow = True
        if len(self._widgets) > MAX_BUILT:
            self._release_front(len(self._widgets) - 2 * PAGE)
        return widget

    def _release_front(self, count: int) -> None:
        """Drop the oldest widgets (about 0.3 MB each); scrolling up or "Show earlier" builds them again."""
        for message in self._messages[self._first_built : self._first_built + count]:
            widget = self._widgets.pop(message.id, None)
            if widget is not None:
                widget.deleteLater()
        self._first_built += count
        self._show_earlier_button()

    def update_message(self, message: Message) -> None:
        self._pending.pop(message.id, None)
        if message.state != "streaming":
            self._sources.pop(message.id, None)  # an ended reply carries its own
        for index, known in enumerate(self._messages):
            if known.id == message.id:
                self._messages[index] = message
        widget = self._widgets.get(message.id)
        if widget is not None:
            widget.update_message(message)

    def set_sources(self, message_id: int, sources: list[CitationPart]) -> None:
        """The passages a reply is given, shown (chips, Sources) before its first token arrives."""
        self._sources[message_id] = list(sources)
        widget = self._widgets.get(message_id)
        if widget is not None:
            widget.set_sources(sources)

    def set_dropped(self, dropped: int) -> None:
        self._dropped = dropped
        for index, message in enumerate(self._messages):
            widget = self._widgets.get(message.id)
            if widget is not None:
                widget.set_out_of_context(index < dropped)

    def set_chat_adapter(self, adapter: str) -> None:
        """The chat's adapter ("" none): a reply written with another (or without) says so."""
        self._chat_adapter = adapter
        for widget in self._widgets.values():
            widget.set_chat_adapter(adapter)

    def set_palette(self, palette: Palette) -> None:
        self.palette_ = palette
        for widget in self._widgets.values():
            widget.set_palette(palette)

    # -- streaming -------------------------------------------------------------------

    def stream_steps(self, message_id: int, parts: list) -> None:
        """A reply's thinking and tool calls so far (they come once per batch of tokens, at most)."""
        widget = self._widgets.get(message_id)
        if widget is not None:
            widget.show_steps(parts)

    def ask_tool(self, message_id: int, call: object, server: str) -> None:
        """Put a tool call to the user on its card (the answer comes back as `toolDecided`)."""
        widget = self._widgets.get(message_id) or self.show_message(message_id)
        if widget is not None:
            card = widget.steps.ask(call, server)  # type: ignore[arg-type]
            self.ensureWidgetVisible(card)

    def set_tool_state(self, message_id: int, call_id: str, state: str) -> None:
        widget = self._widgets.get(message_id)
        if widget is not None:
            widget.steps.set_call_state(call_id, state)

    def stream_text(self, message_id: int, text: str) -> None:
        """Show a reply's text so far; rendering happens at the next flush, not per token."""
        self._pending[message_id] = text
        if not self._flush_timer.isActive():
            self._flush_timer.start(self._flush_interval)

    def flush(self) -> None:
        self._flush_timer.stop()
        self._flush()

    def _flush(self) -> None:
        started = time.perf_counter()
        pending, self._pending = self._pending, {}
        for message_id, text in pending.items():
            widget = self._widgets.get(message_id)
            if widget is not None:
                widget.show_text(text)
        cost_ms = (time.perf_counter() - started) * 1000
        # Spend at most about a tenth of the GUI thread on rendering a stream.
        self._flush_interval = int(min(500, max(MIN_FLUSH_MS, cost_ms * 10)))

    # -- scrolling -------------------------------------------------------------------

    def _on_scrolled(self, value: int) -> None:
        bar = self.verticalScrollBar()
        self._follow = value >= bar.maximum() - FOLLOW_SLACK_PX
        if value == bar.minimum() and self._first_built > 0 and bar.maximum() > 0:
            self._load_earlier_keeping_position()

    def _load_earlier_keeping_position(self) -> None:
        bar = self.verticalScrollBar()
        before = bar.maximum()
        self._build_earlier(PAGE)
        self._content.adjustSize()
        bar.setValue(bar.maximum() - before)

    def _on_range_changed(self, _minimum: int, _maximum: int) -> None:
        if self._follow:
            self._scroll_to_end()

    def _scroll_to_end(self) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())

    def show_message(self, message_id: int) -> MessageWidget | None:
        """Build widgets back to a message if needed, and scroll it into view."""
        ids = [m.id for m in self._messages]
        if message_id not in ids:
            return None
        index = ids.index(message_id)
        if index < self._first_built:
            self._build_earlier(self._first_built - index)
        widget = self._widgets.get(message_id)
        if widget is not None:
            self._follow = False
            self.ensureWidgetVisible(widget)
        return widget
