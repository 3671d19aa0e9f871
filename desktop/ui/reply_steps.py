"""What a reply did before its answer: its thinking, folded, and the tools it called, as cards.

Thinking streams into a folded block ("Thinking…", then "Thought for 12 s") that opens on a click.
A tool call is a card: the tool, its server and its exact arguments, as plain text (a model or a
server writes them: shown, never rendered). A call the user must approve shows Allow once, Always
for this tool and Deny; its result, when it comes, is folded under it. Everything here is drawn
from the reply's parts; the approval buttons say what the user chose through `decided`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.messages import Part, ReasoningPart, ToolCallPart, ToolResultPart
from desktop.core.session.tool_rounds import DENIED
from desktop.core.text import terminal_text  # what the model is told of a denied call: shown as "Denied"
from desktop.ui.i18n import tr
from desktop.ui.plain import plain_label

SHOWN_CHARS = 20_000  # of a thinking block or a tool's result: the rest is in the chat's export


def _shown(text: str) -> str:
    if len(text) <= SHOWN_CHARS:
        return text
    return text[:SHOWN_CHARS] + "\n" + tr("… ({count} more characters)").format(count=f"{len(text) - SHOWN_CHARS:,}")


def _fold_button(parent: QWidget, name: str) -> QToolButton:
    button = QToolButton(parent)
    button.setObjectName(name)
    button.setCheckable(True)
    button.setAutoRaise(True)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    button.setArrowType(Qt.ArrowType.RightArrow)
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return button


def _folded_text(parent: QWidget, name: str, mono: bool = False) -> QLabel:
    label = plain_label(parent=parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if mono:
        label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    label.hide()
    return label


class ThinkingBlock(QWidget):
    """One round's thinking: folded under its header; a click on the header opens it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.toggle = _fold_button(self, "thinkingToggle")
        self.toggle.setAccessibleDescription(tr("Shows or hides what the model thought before it answered."))
        self.toggle.toggled.connect(self.set_expanded)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        self.text = _folded_text(self, "thinkingText")
        self.text.setAccessibleName(tr("The model's thinking"))
        layout.addWidget(self.text)
        self.set_part(ReasoningPart(""), thinking=True)

    def set_part(self, part: ReasoningPart, thinking: bool) -> None:
        """`thinking`: it is still going on (the answer has not begun)."""
        if thinking:
            title = tr("Thinking…")
        elif part.seconds >= 1:
            title = tr("Thought for {seconds} s").format(seconds=f"{part.seconds:.0f}")
        else:
            title = tr("Thought for a moment")
        self.toggle.setText(title)
        self.toggle.setAccessibleName(title)
        shown = _shown(part.text)
        if shown != self.text.text():
            self.text.setText(shown)

    @property
    def expanded(self) -> bool:
        return self.toggle.isChecked()

    def set_expanded(self, expanded: bool) -> None:
        self.toggle.setChecked(expanded)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.text.setVisible(expanded)


class ToolCallCard(QFrame):
    """A tool call: what it runs and with what, whether it may, and what came back."""

    decided = Signal(str, str)  # call id, "once" | "always" | "deny"

    def __init__(self, call: ToolCallPart, server: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.call = call
        self.setObjectName("toolCard")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(3)
        self.title = plain_label(parent=self)
        self.title.setObjectName("toolTitle")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        # As written, with escapes shown for what could make it read otherwise (a bidi override, say).
        self.arguments = plain_label(terminal_text(call.arguments), self)
        self.arguments.setObjectName("toolArguments")
        self.arguments.setWordWrap(True)
        self.arguments.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.arguments.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.arguments.setAccessibleName(tr("The call's arguments, exactly as the model wrote them"))
        layout.addWidget(self.arguments)
        self.status = plain_label(parent=self)
        self.status.setObjectName("toolStatus")
        layout.addWidget(self.status)

        self.buttons = QWidget(self)
        row = QHBoxLayout(self.buttons)
        row.setContentsMargins(0, 0, 0, 0)
        self.allow_button = self._decision(tr("Allow once"), "once", tr("Runs this call, this once."))
        self.always_button = self._decision(
            tr("Always for this tool"), "always", tr("Runs this call, and later calls of this tool without asking.")
        )
        self.deny_button = self._decision(tr("Deny"), "deny", tr("Does not run it; the model is told."))
        for button in (self.allow_button, self.always_button, self.deny_button):
            row.addWidget(button)
        row.addStretch(1)
        self.buttons.hide()
        layout.addWidget(self.buttons)

        self.result_toggle = _fold_button(self, "toolResultToggle")
        self.result_toggle.setText(tr("Result"))
        self.result_toggle.setAccessibleName(tr("Result"))
        self.result_toggle.setAccessibleDescription(tr("Shows or hides what the tool answered."))
        self.result_toggle.toggled.connect(self.set_result_expanded)
        self.result_toggle.hide()
        layout.addWidget(self.result_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        self.result = _folded_text(self, "toolResult", mono=True)
        self.result.setAccessibleName(tr("What the tool answered"))
        layout.addWidget(self.result)
        self.server = server
        self.set_server(server)
        self.set_state("pending")

    def _decision(self, text: str, decision: str, description: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text)
        button.setAccessibleDescription(description)
        button.clicked.connect(lambda: self.decided.emit(self.call.id, decision))
        return button

    def set_server(self, server: str) -> None:
        self.server = server or self.server
        if self.server:
            title = tr("Tool {name} · {server}").format(name=self.call.name, server=self.server)
        else:
            title = tr("Tool {name}").format(name=self.call.name)
        self.title.setText(title)
        self.setAccessibleName(title)

    def set_state(self, state: str) -> None:
        """pending (written, not asked yet), asking, running, or one of the result's (done, failed, denied)."""
        self.state = state
        text = {
            "pending": "",
            "asking": tr("Run this tool? Nothing runs until you say so."),
            "running": tr("Running…"),
            "done": tr("Done"),
            "failed": tr("Failed"),
            "denied": tr("Denied: the model was told it may not run this"),
            "not_run": tr("Not run: the reply ended first"),
        }.get(state, "")
        self.status.setText(text)
        self.status.setVisible(bool(text))
        self.buttons.setVisible(state == "asking")
        focused = QApplication.focusWidget()
        # The keyboard comes to the question, unless the user is typing: a Space meant for the composer
        # must not press Allow.
        if state == "asking" and not isinstance(focused, QLineEdit | QTextEdit | QPlainTextEdit):
            self.allow_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_result(self, result: ToolResultPart, denied: bool) -> None:
        self.set_state("denied" if denied else "failed" if result.is_error else "done")
        if not denied:
            self.result.setText(_shown(result.content))
            self.result_toggle.show()

    def set_result_expanded(self, expanded: bool) -> None:
        self.result_toggle.setChecked(expanded)
        self.result_toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.result.setVisible(expanded)


class ReplySteps(QWidget):
    """The steps of one reply, in order: each round's thinking and tool calls (and their results)."""

    decided = Signal(str, str)  # call id, decision: the user answered a card's question

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 4)
        self._layout.setSpacing(4)
        self.thinking: list[ThinkingBlock] = []
        self.cards: dict[str, ToolCallCard] = {}
        self._servers: dict[str, str] = {}  # call id -> the server it was asked of
        self.hide()

    def set_parts(self, parts: Sequence[Part], streaming: bool) -> None:
        """Show the reply's steps; the widgets already there are updated, not made again."""
        rounds = 0
        results = {part.call_id: part for part in parts if isinstance(part, ToolResultPart)}
        last_reasoning = max((i for i, p in enumerate(parts) if isinstance(p, ReasoningPart)), default=-1)
        answer_begun = any(p.kind != "reasoning" for p in parts[last_reasoning + 1 :]) if last_reasoning >= 0 else True
        for index, part in enumerate(parts):
            if isinstance(part, ReasoningPart):
                if rounds == len(self.thinking):
                    block = ThinkingBlock(self)
                    self.thinking.append(block)
                    self._layout.addWidget(block)
                still = streaming and index == last_reasoning and not answer_begun
                self.thinking[rounds].set_part(part, thinking=still)
                rounds += 1
            elif isinstance(part, ToolCallPart):
                card = self.cards.get(part.id)
                if card is None:
                    card = self.cards[part.id] = ToolCallCard(part, self._servers.get(part.id, ""), self)
                    card.decided.connect(self.decided)
                    self._layout.addWidget(card)
                result = results.get(part.id)
                if result is not None:
                    card.set_result(result, denied=result.is_error and result.content == DENIED)
                elif not streaming and card.state in ("pending", "asking", "running"):
                    card.set_state("not_run")  # the reply ended (stopped, failed) before it was answered
        self.setVisible(bool(self.thinking or self.cards))

    def ask(self, call: ToolCallPart, server: str) -> ToolCallCard:
        self._servers[call.id] = server
        card = self.cards.get(call.id)
        if card is not None and card.call != call:  # never ask on a card that shows another call
            card.hide()
            card = None
        if card is None:
            card = self.cards[call.id] = ToolCallCard(call, server, self)
            card.decided.connect(self.decided)
            self._layout.addWidget(card)
            self.show()
        card.set_server(server)
        card.set_state("asking")
        return card

    def set_call_state(self, call_id: str, state: str) -> None:
        card = self.cards.get(call_id)
        if card is not None and card.state in ("pending", "asking", "running"):
            card.set_state(state)
