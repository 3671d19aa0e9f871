"""The limits on tools under Settings ▸ Tools: rounds of calls a reply may make, how long one call may
take, and the tools allowed always (each can be made to ask again)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from desktop.core.settings import Settings
from desktop.ui.i18n import tr
from desktop.ui.plain import plain_label


class ToolLimits(QWidget):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.rounds = QSpinBox()
        self.rounds.setRange(1, 20)
        self.rounds.setValue(max(1, min(20, settings.tool_rounds)))
        self.rounds.setAccessibleName(tr("Tool rounds per reply"))
        self.rounds.setToolTip(tr("After this many rounds of tool calls the model must answer without tools"))
        form.addRow(tr("Tool rounds per reply:"), self.rounds)
        self.rounds.setMaximumWidth(140)
        self.timeout = QSpinBox()
        self.timeout.setRange(1, 600)
        self.timeout.setSuffix(" s")
        self.timeout.setValue(max(1, min(600, settings.tool_timeout_s)))
        self.timeout.setAccessibleName(tr("Time a tool call may take"))
        self.timeout.setToolTip(tr("A call that takes longer is given up, and the model is told"))
        form.addRow(tr("A tool call may take:"), self.timeout)
        self.timeout.setMaximumWidth(140)
        self._allowed = list(settings.allowed_tools)
        row = QHBoxLayout()
        self.allowed = plain_label()
        self.allowed.setWordWrap(True)
        self.allowed.setAccessibleName(tr("Tools allowed always"))
        self.ask_again = QPushButton(tr("Ask again"))
        self.ask_again.setAccessibleDescription(tr("Every tool call is put to you again before it runs"))
        self.ask_again.clicked.connect(self._forget)
        row.addWidget(self.allowed, 1)
        row.addWidget(self.ask_again)
        label = QLabel(tr("Allowed always:"))
        form.addRow(label, row)
        self._show()

    def _show(self) -> None:
        self.allowed.setText(", ".join(self._allowed) if self._allowed else tr("none: every call is asked"))
        self.ask_again.setEnabled(bool(self._allowed))

    def _forget(self) -> None:
        self._allowed = []
        self._show()

    def values(self) -> dict[str, object]:
        return {
            "tool_rounds": self.rounds.value(),
            "tool_timeout_s": self.timeout.value(),
            "allowed_tools": tuple(self._allowed),
        }
