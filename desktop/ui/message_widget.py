"""One message in the transcript: who said it, what was said, and what can be done with it.

A reply that was given sources shows its [n] as chips and the passages under it (Sources); a
chip or a source opens the passage in its file. A message sent with images shows them as thumbnails
under its text; a click opens one at full size.
"""

from __future__ import annotations

import contextlib
import time
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QBuffer, QByteArray, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QIcon, QImageReader, QPalette, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.documents.grounding import cited_numbers
from desktop.core.messages import CitationPart
from desktop.core.paths import resource_path
from desktop.core.store.records import Message
from desktop.ui.i18n import tr
from desktop.ui.image_viewer import MessageImages, image_parts
from desktop.ui.markdown import CITE_SCHEME, LIGHT, Palette, Rendered, render_markdown, render_plain
from desktop.ui.message_body import MessageBody
from desktop.ui.passage_viewer import PassageViewer, open_passage
from desktop.ui.plain import plain, plain_label
from desktop.ui.reply_steps import ReplySteps
from desktop.ui.sources_view import SourcesView
from desktop.ui.tune import labels

_ICONS: dict[tuple[str, str], QIcon] = {}
ICON_STROKE = "#6b7280"  # the colour the icon files are drawn in: the light look's muted grey


def _icon(name: str) -> QIcon:
    """The icon drawn in the look's button-text colour: the grey of the files is too faint on black."""
    colour = QApplication.palette().color(QPalette.ColorRole.ButtonText).name()
    if (name, colour) not in _ICONS:
        svg = resource_path("icons", name).read_text(encoding="utf-8")
        dark_look = QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128
        if dark_look:
            svg = svg.replace(ICON_STROKE, colour)
        data = QBuffer()
        data.setData(QByteArray(svg.encode("utf-8")))
        reader = QImageReader(data, QByteArray(b"svg"))
        reader.setScaledSize(QSize(48, 48))  # sharp on a high-density screen too
        image = reader.read()
        _ICONS[(name, colour)] = QIcon(QPixmap.fromImage(image)) if not image.isNull() else QIcon()
    return _ICONS[(name, colour)]


MARKDOWN_EVERY_S = 0.5  # while a reply streams, its Markdown is rendered again this often
# Longer messages show their start and a "Show all" button: laying out a megabyte of text in
# the transcript would freeze the window for a second.
COLLAPSE_CHARS = 8_000

STATE_NOTES = {  # translated where shown
    "stopped": QT_TRANSLATE_NOOP("", "Stopped"),
    "interrupted": QT_TRANSLATE_NOOP("", "Interrupted: Hearth closed before this reply finished"),
    "length": QT_TRANSLATE_NOOP("", "Cut off at the length limit"),
    "error": QT_TRANSLATE_NOOP("", "The reply failed"),
}


def describe_stats(message: Message) -> str:
    stats = message.stats
    parts = []
    if stats.get("tokens"):
        parts.append(tr("{count} tokens").format(count=stats["tokens"]))
    if stats.get("tokens_per_s"):
        parts.append(tr("{speed} tok/s").format(speed=f"{stats['tokens_per_s']:.1f}"))
    if stats.get("ttft_s"):
        parts.append(tr("{seconds} s to first token").format(seconds=f"{stats['ttft_s']:.2f}"))
    if message.model:
        parts.append(Path(message.model).stem)
    return " · ".join(parts)


class MessageWidget(QFrame):
    """Emits `action(name, message_id)`: copy, edit, regenerate, continue, up, down, prev, next."""

    action = Signal(str, int)
    toolDecided = Signal(str, str)  # a tool call's id, the user's answer ("once", "always", "deny")
    linkClicked = Signal(QUrl)
    codeCopyRequested = Signal(str)

    def __init__(
        self,
        message: Message,
        sibling_index: int = 0,
        sibling_count: int = 1,
        palette: Palette = LIGHT,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.message = message
        self._palette = palette
        self._rendered = Rendered("")
        self._rendered_text: str | None = None  # the text last rendered as Markdown
        self._shown_text = ""  # the text on screen: the rendered text plus what streamed in since
        self._markdown_at = 0.0
        self._sources: list[CitationPart] = []  # the passages this reply was given, by number
        self.out_of_context = False
        self.chat_adapter = ""  # the adapter of the chat: a reply written without it is labelled "Base"
        self.setObjectName("userMessage" if message.role == "user" else "assistantMessage")
        self.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 6)
        layout.setSpacing(2)

        header = QHBoxLayout()
        self.author = QLabel(tr("You") if message.role == "user" else tr("Assistant"))
        self.author.setObjectName("messageAuthor")
        header.addWidget(self.author)
        header.addStretch(1)
        self.prev_button = self._button("‹", "prev", tr("Previous version"), tr("Shows the previous version."))
        self.branch_label = QLabel()
        self.branch_label.setAccessibleName(tr("Version"))
        self.next_button = self._button("›", "next", tr("Next version"), tr("Shows the next version."))
        for widget in (self.prev_button, self.branch_label, self.next_button):
            header.addWidget(widget)
        layout.addLayout(header)

        # The reply's thinking and tool calls, above its answer.
        self.steps = ReplySteps(self)
        self.steps.decided.connect(self.toolDecided)
        layout.addWidget(self.steps)

        self.body = MessageBody(self)
        self.body.setAccessibleName(tr("Your message") if message.role == "user" else tr("Assistant reply"))
        self.body.setAccessibleDescription(tr("The text of the message; it can be selected and copied."))
        self.body.linkClicked.connect(self._on_link)
        layout.addWidget(self.body)

        self.images = MessageImages(self)
        self.images.tab_after = self.body
        layout.addWidget(self.images)

        self.more_button = QPushButton()
        self.more_button.setAccessibleName(tr("Show the whole message"))
        self.more_button.setAccessibleDescription(tr("Opens the whole text of this long message in a viewer."))
        self.more_button.clicked.connect(self._show_all)
        self.more_button.hide()
        layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.sources_view = SourcesView(self)
        self.sources_view.sourceClicked.connect(lambda part: self.open_source(part.n))
        self.sources_view.hide()
        layout.addWidget(self.sources_view)

        self.note = plain_label()
        self.note.setObjectName("messageNote")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)

        actions = QHBoxLayout()
        actions.setSpacing(4)
        self.copy_button = self._button(
            tr("Copy"), "copy", tr("Copy message"), tr("Copies the text of the message to the clipboard.")
        )
        actions.addWidget(self.copy_button)
        if message.role == "user":
            self.edit_button = self._button(
                tr("Edit"), "edit", tr("Edit and resend"), tr("Puts the message in the composer to change it.")
            )
            actions.addWidget(self.edit_button)
        else:
            self.regenerate_button = self._button(
                tr("Regenerate"), "regenerate", tr("Regenerate reply"), tr("Writes a new version of this reply.")
            )
            self.continue_button = self._button(
                tr("Continue"), "continue", tr("Continue reply"), tr("Lets the model go on from where it stopped.")
            )
            self.up_button = self._button(
                tr("Good"), "up", tr("Good reply"), tr("Rates the reply good, with an optional note."), "thumb-up.svg"
            )
            self.down_button = self._button(
                tr("Bad"), "down", tr("Bad reply"), tr("Rates the reply bad, with an optional note."), "thumb-down.svg"
            )
            for button in (self.up_button, self.down_button):
                button.setCheckable(True)
            for button in (self.regenerate_button, self.continue_button, self.up_button, self.down_button):
                actions.addWidget(button)
        self.stats_label = plain_label()
        self.stats_label.setObjectName("messageStats")
        self.stats_label.setAccessibleName(tr("Reply statistics"))
        # The statistics wrap rather than widen the reply: in German they alone are wider than a
        # narrow window, and the transcript (no horizontal scroll bar) cut the reply's right side off.
        self.stats_label.setWordWrap(True)
        self.stats_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        actions.addWidget(self.stats_label, 1)
        layout.addLayout(actions)
        self.set_siblings(sibling_index, sibling_count)
        self.update_message(message)

    def _button(self, text: str, name: str, accessible: str, description: str, icon: str = "") -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        if icon:
            # An icon, not an emoji: many Linux systems have no colour emoji font.
            button.setIcon(_icon(icon))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        button.setToolTip(accessible)
        button.setAccessibleName(accessible)
        button.setAccessibleDescription(description)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(lambda: self.action.emit(name, self.message.id))
        return button

    # -- content ------------------------------------------------------------------

    def set_siblings(self, index: int, count: int) -> None:
        visible = count > 1
        self.branch_label.setText(f"{index + 1}/{count}")
        for widget in (self.prev_button, self.branch_label, self.next_button):
            widget.setVisible(visible)
        self.prev_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < count - 1)

    def update_message(self, message: Message) -> None:
        self.message = message
        self.author.setText(labels.author(message, self.chat_adapter))
        citations = _citations(message)
        # A reply still streaming may not carry the sources it was shown before it began (set_sources).
        if (citations or message.state != "streaming") and citations != self._sources:
            self._sources = citations
            self._rendered_text = None
        self._render(message.content)
        self.images.set_parts(image_parts(message.parts))
        streaming = message.state == "streaming"
        if message.parts or self.steps.isVisibleTo(self):
            self.steps.set_parts(message.parts, streaming)
        note = STATE_NOTES.get(message.state, "")
        note = tr(note) if note else ""
        if message.state == "error" and message.stats.get("error"):
            note = tr("The reply failed: {error}").format(error=message.stats["error"])
        if self.out_of_context:
            note = (note + " · " if note else "") + tr("Left out of the model's context (too long)")
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.copy_button.setEnabled(not streaming)
        if message.role == "assistant":
            self.stats_label.setText("" if streaming else describe_stats(message))
            self.regenerate_button.setEnabled(not streaming)
            self.continue_button.setVisible(message.state in ("length", "stopped", "interrupted"))
            self.up_button.setChecked(message.rating > 0)
            self.down_button.setChecked(message.rating < 0)
            for button in (self.up_button, self.down_button):
                button.setVisible(not streaming)
            if message.note:
                self.down_button.setToolTip(plain(tr("Bad reply — your note: {note}").format(note=message.note)))
                self.up_button.setToolTip(plain(tr("Good reply — your note: {note}").format(note=message.note)))

    def show_steps(self, parts: list) -> None:
        """The reply's thinking and tool calls so far, while it streams."""
        self.steps.set_parts(parts, streaming=True)

    def set_sources(self, sources: list[CitationPart]) -> None:
        """Show the passages this reply is being given (before its first token): its [n] become chips."""
        sources = sorted(sources, key=lambda part: part.n)
        if sources != self._sources:
            self._sources = sources
            text, self._rendered_text = self._shown_text, None
            self._render(text)

    @property
    def sources(self) -> list[CitationPart]:
        return list(self._sources)

    def open_source(self, n: int) -> PassageViewer | None:
        """Open source `n` of this reply in the passage viewer (one of its own numbers only)."""
        part = next((part for part in self._sources if part.n == n), None)
        if part is None:
            return None
        return open_passage(part, self.window())

    def set_chat_adapter(self, adapter: str) -> None:
        if adapter != self.chat_adapter:
            self.chat_adapter = adapter
            self.author.setText(labels.author(self.message, adapter))

    def set_out_of_context(self, value: bool) -> None:
        if value != self.out_of_context:
            self.out_of_context = value
            self.update_message(self.message)

    def show_text(self, text: str) -> None:
        """Show streamed text (the message record is updated when the reply ends).

        New text is appended as it comes, which costs only its own layout; the Markdown of the
        whole reply is rendered again at most twice a second (and once at the end), so a long
        reply does not make every update slower than the last.
        """
        if len(text) > COLLAPSE_CHARS:
            if self._rendered_text is None or len(self._rendered_text) <= COLLAPSE_CHARS:
                self._render(text)
            return
        now = time.monotonic()
        shown = self._shown_text
        if not text.startswith(shown) or now - self._markdown_at >= MARKDOWN_EVERY_S:
            self._markdown_at = now
            self._render(text)
            return
        if len(text) > len(shown):
            self.body.append_plain(text[len(shown) :])
            self._shown_text = text

    def _render(self, text: str) -> None:
        if text == self._rendered_text == self._shown_text:
            return
        self._rendered_text = self._shown_text = text
        shown = text[:COLLAPSE_CHARS]
        if self.message.role == "user":
            self._rendered = render_plain(shown)
        else:
            self._rendered = render_markdown(shown, self._palette, self._sources or None)
        self.body.set_html(self._rendered.html)
        hidden = len(text) - len(shown)
        self.more_button.setText(tr("Show all ({count} more characters)").format(count=f"{hidden:,}"))
        self.more_button.setVisible(hidden > 0)
        self._show_sources(text, hidden > 0)

    def _show_sources(self, text: str, cut: bool) -> None:
        if not self._sources:
            self.sources_view.hide()
            return
        cited, unverified = self._rendered.cited, self._rendered.unverified
        if cut:  # the chips cover the start only; the list covers the whole reply
            cited, unverified = cited_numbers(text, [part.n for part in self._sources])
        self.sources_view.set_sources(self._sources, cited, unverified, settled=self.message.state != "streaming")
        self.sources_view.show()

    def _show_all(self) -> None:
        """The whole text in a plain-text viewer, which lays out only what is on screen."""
        dialog = QDialog(self)
        dialog.setWindowTitle(tr("The whole message"))
        viewer = QPlainTextEdit(dialog)
        viewer.setReadOnly(True)
        viewer.setAccessibleName(tr("The whole message"))
        viewer.setAccessibleDescription(tr("The whole text of the message, read-only."))
        viewer.setPlainText(self._shown_text or self.message.content)
        layout = QVBoxLayout(dialog)
        layout.addWidget(viewer)
        dialog.resize(800, 600)
        dialog.exec()

    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        text, self._rendered_text = self._shown_text, None
        self._render(text)

    def highlight(self, query: str) -> bool:
        """Select the first hit of a search in this message; True when found."""
        return bool(query) and self.body.find(query)

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() == "hearth-copy":
            with contextlib.suppress(ValueError, IndexError):
                self.codeCopyRequested.emit(self._rendered.code_blocks[int(url.path())])
            return
        if url.scheme() == CITE_SCHEME:
            # Only the renderer makes these (a model's own are refused): open one of this reply's sources.
            with contextlib.suppress(ValueError):
                self.open_source(int(url.path()))
            return
        self.linkClicked.emit(url)


def _citations(message: Message) -> list[CitationPart]:
    return sorted((part for part in message.parts if isinstance(part, CitationPart)), key=lambda part: part.n)
