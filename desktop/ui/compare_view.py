"""Compare: one message answered by the model alone and by the chat's adapter, side by side, so the user
can say which is better. Preferring one rates it up and the other down: the two are siblings of the same
prompt, so the ratings make a preference pair for the next run."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QToolButton,
    QWidget,
)

from desktop.core.store.records import Message
from desktop.ui.i18n import tr
from desktop.ui.markdown import LIGHT, Palette, render_markdown
from desktop.ui.plain import plain_label

MIN_REPLY_HEIGHT = 48
MAX_REPLY_HEIGHT = 220


class CompareButton(QToolButton):
    """On: the next message is answered by the model alone and by the adapter. Shown in a chat with one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentsButton")  # the look of the Tools and Think buttons beside it
        self.setText(tr("Compare"))
        self.setCheckable(True)
        self.setAccessibleName(tr("Compare"))
        self.setAccessibleDescription(
            tr("Sends the next message to the model alone and to the adapter, and shows both replies")
        )
        self.setToolTip(tr("Answer with the model alone and with the adapter, side by side"))
        self.toggled.connect(self._toggled)
        self.hide()

    def _toggled(self, on: bool) -> None:
        if self.property("active") != on:
            self.setProperty("active", on)
            self.style().unpolish(self)
            self.style().polish(self)


class ReplyText(QTextBrowser):
    """A reply's text, read-only; nothing it names is ever fetched, and links are not followed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    def _fit(self, *_: object) -> None:
        """As tall as the reply, up to MAX_REPLY_HEIGHT (then it scrolls): a short reply takes little room."""
        height = int(self.document().size().height()) + 2 * self.frameWidth() + 4
        self.setFixedHeight(min(max(height, MIN_REPLY_HEIGHT), MAX_REPLY_HEIGHT))

    def loadResource(self, kind: int, name: QUrl | str) -> Any:  # Qt override
        return None


class ComparePanel(QFrame):
    """Emits `preferred(better_id, worse_id)` when the user picks one of the two replies."""

    preferred = Signal(int, int)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparePanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.palette_: Palette = LIGHT
        self.ids: list[int | None] = [None, None]  # the model alone's reply, the adapter's
        self._done = [False, False]
        layout = QGridLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        top = QHBoxLayout()
        self.title = QLabel(tr("Which reply is better?"))
        self.title.setObjectName("sectionTitle")
        top.addWidget(self.title, 1)
        self.close_button = QPushButton(tr("Close"))
        self.close_button.setAccessibleName(tr("Close the comparison"))
        self.close_button.setAccessibleDescription(tr("Hides the two replies; both stay in the chat as versions"))
        self.close_button.clicked.connect(self._close)
        top.addWidget(self.close_button)
        layout.addLayout(top, 0, 0, 1, 2)
        self.headings: list[QLabel] = []
        self.texts: list[ReplyText] = []
        self.buttons: list[QPushButton] = []
        for side in (0, 1):
            heading = plain_label()
            heading.setObjectName("messageAuthor")
            text = ReplyText()
            button = QPushButton(tr("This one is better"))
            button.clicked.connect(lambda _=False, s=side: self._prefer(s))
            layout.addWidget(heading, 1, side)
            layout.addWidget(text, 2, side)
            layout.addWidget(button, 3, side)
            self.headings.append(heading)
            self.texts.append(text)
            self.buttons.append(button)
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(1, 1)
        self._name_sides(tr("Adapter"))
        self.status = plain_label()
        self.status.setObjectName("welcomeText")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(tr("Comparison status"))
        layout.addWidget(self.status, 4, 0, 1, 2)
        self.hide()

    def begin(self, adapter_name: str) -> None:
        """A new comparison: the model alone writes first, then the adapter."""
        self.ids = [None, None]
        self._done = [False, False]
        self._name_sides(adapter_name)
        for text in self.texts:
            text.setHtml("")
        self.texts[1].setPlaceholderText(tr("Waiting for the model alone to finish…"))
        self.texts[0].setPlaceholderText(tr("Writing…"))
        self.status.setText("")
        self._enable()
        self.show()

    def _name_sides(self, adapter_name: str) -> None:
        for side, name in enumerate((tr("Base"), adapter_name)):
            self.headings[side].setText(name)
            self.texts[side].setAccessibleName(tr("Reply of {name}").format(name=name))
            self.texts[side].setAccessibleDescription(tr("The reply to compare, read-only"))
            self.buttons[side].setAccessibleName(tr("{name} is better").format(name=name))
            self.buttons[side].setAccessibleDescription(
                tr("Rates this reply Good and the other Bad: a preference pair for your next run")
            )

    def set_reply(self, side: int, message: Message) -> None:
        self.ids[side] = message.id
        self.show_text(side, message.content)
        if message.state != "streaming":
            self._done[side] = True
            self.texts[1 - side].setPlaceholderText(tr("Writing…"))
        self._enable()

    def show_text(self, side: int, text: str) -> None:
        self.texts[side].setHtml(render_markdown(text, self.palette_).html)

    def failed(self, text: str) -> None:
        self.status.setText(text)
        self._enable()

    def _enable(self) -> None:
        ready = all(self._done) and None not in self.ids
        for button in self.buttons:
            button.setEnabled(ready)

    def _prefer(self, side: int) -> None:
        better, worse = self.ids[side], self.ids[1 - side]
        if better is None or worse is None:
            return
        self.status.setText(
            tr("Saved: {better} is better. The pair is in your feedback for the next run.").format(
                better=self.headings[side].text()
            )
        )
        self.preferred.emit(better, worse)

    def _close(self) -> None:
        self.hide()
        self.closed.emit()
