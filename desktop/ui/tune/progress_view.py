"""A run as it goes: its stage, step k of N, loss and time left, a Cancel button, and its log."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QProgressBar, QPushButton, QVBoxLayout, QWidget

from desktop.core.text import one_line
from desktop.ui.i18n import tr
from desktop.ui.plain import plain_label
from desktop.ui.tune import format

STAGES = {  # shown through tr()
    "prepare": QT_TRANSLATE_NOOP("", "Preparing the run (reading the base model)…"),
    "load": QT_TRANSLATE_NOOP("", "Loading the base model for training…"),
    "sft": QT_TRANSLATE_NOOP("", "Learning from your liked replies"),
    "dpo": QT_TRANSLATE_NOOP("", "Learning from your preference pairs"),
    "export": QT_TRANSLATE_NOOP("", "Writing the adapter…"),
    "report": QT_TRANSLATE_NOOP("", "Measuring the adapter on the pairs kept aside…"),
}
LOG_TAIL_BYTES = 64 << 10  # the end of a long log: what a user reads after a failure
LOG_LINES = 2000


def read_log_tail(path: Path) -> str:
    """The end of a run's log file ("" when there is none)."""
    with contextlib.suppress(OSError):
        with path.open("rb") as log:
            log.seek(0, 2)
            size = log.tell()
            log.seek(max(0, size - LOG_TAIL_BYTES))
            text = log.read().decode("utf-8", errors="replace")
        return text if size <= LOG_TAIL_BYTES else text.partition("\n")[2]
    return ""


class ProgressView(QWidget):
    cancelRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(tr("Training"))
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        self.stage = plain_label()
        self.stage.setWordWrap(True)
        self.stage.setAccessibleName(tr("Training progress"))
        layout.addWidget(self.stage)
        row = QHBoxLayout()
        self.bar = QProgressBar()
        self.bar.setAccessibleName(tr("Training progress"))
        self.bar.setAccessibleDescription(tr("The steps of the stage being trained"))
        self.bar.setTextVisible(False)  # the line above says the step; drawn on the bar, it was cut in two
        row.addWidget(self.bar, 1)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setAccessibleName(tr("Cancel training"))
        self.cancel_button.setAccessibleDescription(
            tr("Stops the run at its next step; it can be resumed from its checkpoint")
        )
        self.cancel_button.clicked.connect(self._cancel)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        self.log_toggle = QPushButton(tr("Show the log"))
        self.log_toggle.setCheckable(True)
        self.log_toggle.setAccessibleName(tr("Show the log"))
        self.log_toggle.setAccessibleDescription(tr("Shows or hides what the training process wrote"))
        self.log_toggle.toggled.connect(self._show_log)
        toggle_row = QHBoxLayout()
        toggle_row.addWidget(self.log_toggle)
        toggle_row.addStretch(1)
        layout.addLayout(toggle_row)
        self.log = QPlainTextEdit()
        self.log.setReadOnly(True)
        self.log.setMaximumBlockCount(LOG_LINES)
        self.log.setMinimumHeight(140)
        self.log.setAccessibleName(tr("Training log"))
        self.log.setAccessibleDescription(tr("What the training process wrote, newest last"))
        self.log.hide()
        layout.addWidget(self.log)
        self.running = False

    def begin(self, name: str) -> None:
        self.running = True
        self.log.clear()
        self.log.appendPlainText(tr("Run: {name}").format(name=name))
        self.bar.setRange(0, 0)  # busy, until the first step says how many there are
        self.stage.setText(tr(STAGES["prepare"]))
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.show()

    def show_event(self, event: dict[str, Any]) -> None:
        kind = event.get("event")
        if kind == "stage":
            stage = str(event.get("stage", ""))
            self.stage.setText(tr(STAGES[stage]) if stage in STAGES else stage)
            steps = int(event.get("steps") or 0)
            self.bar.setRange(0, steps if stage in ("sft", "dpo") and steps else 0)
            self.bar.setValue(0)
            self.log.appendPlainText(self.stage.text())
        elif kind == "step":
            stage = str(event.get("stage", ""))
            step, steps = int(event.get("step") or 0), int(event.get("steps") or 0)
            self.bar.setRange(0, max(steps, 1))
            self.bar.setValue(step)
            self.bar.setFormat(tr("step {step} of {steps}").format(step=step, steps=steps))
            loss = float(event.get("loss") or 0.0)
            label = tr(STAGES[stage]) if stage in STAGES else stage
            self.stage.setText(
                tr("{stage}: step {step} of {steps} · loss {loss} · {left}").format(
                    stage=label,
                    step=step,
                    steps=steps,
                    loss=f"{loss:.3f}",
                    left=format.time_left(float(event.get("eta_s") or 0.0)),
                )
            )
        elif kind == "log":
            self.log.appendPlainText(one_line(str(event.get("text", "")), 2000))
        elif kind == "checkpoint":
            self.log.appendPlainText(tr("Checkpoint saved at step {step}.").format(step=event.get("step", 0)))
        elif kind == "error":
            self.log.appendPlainText(one_line(str(event.get("message", "")), 2000))

    def end(self, text: str, log_path: Path | None = None, complete: bool = False) -> None:
        """The run is over: `text` says how. With `log_path` (a run that failed), the log shows the end of
        its file, where the training process's own messages (its stderr) are."""
        self.running = False
        self.stage.setText(text)
        self.cancel_button.hide()
        if complete or self.bar.maximum() == 0:  # a busy bar stops moving; a finished run's is full
            self.bar.setRange(0, 1)
            self.bar.setValue(1 if complete else 0)
        tail = read_log_tail(log_path) if log_path is not None else ""
        if tail.strip():
            self.log.setPlainText(tail)
            self.log.verticalScrollBar().setValue(self.log.verticalScrollBar().maximum())

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.stage.setText(tr("Stopping at the next step (a checkpoint is saved)…"))
        self.cancelRequested.emit()

    def _show_log(self, shown: bool) -> None:
        self.log.setVisible(shown)
        self.log_toggle.setText(tr("Hide the log") if shown else tr("Show the log"))
