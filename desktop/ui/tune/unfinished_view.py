"""Runs that ended without their adapter (cancelled, failed, killed half-way): each can be resumed from its
last checkpoint, or cleaned up."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.text import one_line
from desktop.core.tune.runs import RunState
from desktop.ui.i18n import tr
from desktop.ui.plain import plain_label


def describe(state: RunState) -> str:
    """'SmolLM2 135M · mine, 1 Dec — cancelled at SFT step 4 of 8'."""
    if state.exported:
        return tr("{name} — finished; its adapter is not in the library yet").format(name=state.name)
    where = ""
    if state.stage in ("sft", "dpo") and state.steps:
        stage = tr("SFT") if state.stage == "sft" else tr("preference")
        where = tr("{stage} step {step} of {steps}").format(stage=stage, step=state.step, steps=state.steps)
    how = {
        "cancelled": tr("cancelled"),
        "failed": tr("failed"),
        "new": tr("not started"),
    }.get(state.status, tr("stopped (Hearth or the computer closed)"))
    if where:
        text = tr("{name} — {how} at {where}").format(name=state.name, how=how, where=where)
    else:
        text = tr("{name} — {how}").format(name=state.name, how=how)
    if state.status == "failed" and state.error:
        text += ": " + one_line(state.error, 200)
    return text


class UnfinishedRuns(QWidget):
    resumeRequested = Signal(object)  # RunState
    cleanRequested = Signal(object)  # RunState

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(tr("Unfinished runs"))
        title.setObjectName("sectionTitle")
        self._layout.addWidget(title)
        self.rows: list[tuple[RunState, QPushButton, QPushButton]] = []
        self._busy = False
        self.hide()

    def show_runs(self, runs: list[RunState]) -> None:
        while self._layout.count() > 1:
            item = self._layout.takeAt(1)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.rows = []
        for state in runs:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            label = plain_label(describe(state))
            label.setWordWrap(True)
            line.addWidget(label, 1)
            resume = QPushButton(tr("Resume"))
            resume.setAccessibleName(tr("Resume {name}").format(name=state.name))
            can_resume = state.has_checkpoint or state.exported
            resume.setAccessibleDescription(
                tr("Goes on from the run's last checkpoint")
                if can_resume
                else tr("No checkpoint was saved: clean it up and start again")
            )
            resume.setToolTip(resume.accessibleDescription())
            resume.clicked.connect(lambda _=False, s=state: self.resumeRequested.emit(s))
            clean = QPushButton(tr("Clean up"))
            clean.setAccessibleName(tr("Clean up {name}").format(name=state.name))
            clean.setAccessibleDescription(tr("Deletes the run's folder, its checkpoint and its log"))
            clean.clicked.connect(lambda _=False, s=state: self.cleanRequested.emit(s))
            line.addWidget(resume)
            line.addWidget(clean)
            self._layout.addWidget(row)
            self.rows.append((state, resume, clean))
        self.set_busy(self._busy)
        self.setVisible(bool(runs))

    def set_busy(self, busy: bool) -> None:
        """While a run trains, no other starts (one training process at a time)."""
        self._busy = busy
        for state, resume, clean in self.rows:
            resume.setEnabled(not busy and (state.has_checkpoint or state.exported))
            clean.setEnabled(not busy)
