"""Did it help? A finished adapter's report: for the prompts kept aside, log p(liked) − log p(disliked)
before and after (measured by llama.cpp on the exported adapter), and the base model's and the adapter's
replies side by side."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.text import one_line
from desktop.core.tune.adapters import AdapterInfo
from desktop.ui.i18n import tr
from desktop.ui.plain import plain, plain_label
from desktop.ui.tune import format

NOTHING_KEPT = QT_TRANSLATE_NOOP(
    "",
    "No pairs were kept aside, so there was nothing to measure it on: rate two versions of a few more "
    "replies Good and Bad, and the next run's report will say how much it moved.",
)
MARGIN_MEANS = QT_TRANSLATE_NOOP(
    "",
    "The margin is how much more likely the model finds the reply you liked than the one you did not "
    "(log p(liked) − log p(disliked)); above zero, it prefers yours.",
)


def _number(value: Any) -> float:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else 0.0


def _reply_box(title: str, text: str) -> QFrame:
    box = QFrame()
    box.setObjectName("sampleReply")
    box.setStyleSheet("#sampleReply { border: 1px solid palette(mid); border-radius: 6px; }")
    layout = QVBoxLayout(box)
    heading = plain_label(title)
    heading.setObjectName("messageAuthor")
    layout.addWidget(heading)
    body = plain_label(text.strip() or tr("(an empty reply)"))
    body.setWordWrap(True)
    body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    body.setAccessibleName(title)
    layout.addWidget(body)
    layout.addStretch(1)
    return box


class ReportView(QWidget):
    useRequested = Signal(object)  # the AdapterInfo

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.adapter: AdapterInfo | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(tr("Did it help?"))
        self.title.setObjectName("sectionTitle")
        layout.addWidget(self.title)
        self.summary = plain_label()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(tr("Report summary"))
        layout.addWidget(self.summary)
        self.explained = plain_label(tr(MARGIN_MEANS))
        self.explained.setObjectName("welcomeText")
        self.explained.setWordWrap(True)
        layout.addWidget(self.explained)
        self.margins = QTableWidget(0, 3)
        self.margins.setHorizontalHeaderLabels([tr("Prompt kept aside"), tr("Before"), tr("After")])
        self.margins.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            self.margins.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.margins.verticalHeader().hide()
        self.margins.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.margins.setAccessibleName(tr("Margins before and after"))
        self.margins.setAccessibleDescription(tr("For each prompt kept aside, the margin before and after training"))
        layout.addWidget(self.margins)
        self.samples_title = QLabel(tr("Replies side by side"))
        self.samples_title.setObjectName("sectionTitle")
        layout.addWidget(self.samples_title)
        self.samples = QWidget()
        self.samples_layout = QGridLayout(self.samples)
        self.samples_layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.samples)
        self.training = plain_label()
        self.training.setObjectName("welcomeText")
        self.training.setWordWrap(True)
        self.training.setAccessibleName(tr("How it was trained"))
        layout.addWidget(self.training)
        row = QHBoxLayout()
        self.use_button = QPushButton(tr("Use it in a new chat"))
        self.use_button.setAccessibleName(tr("Use it in a new chat"))
        self.use_button.setAccessibleDescription(tr("Starts a new chat with this adapter on its base model"))
        self.use_button.clicked.connect(self._use)
        row.addWidget(self.use_button)
        row.addStretch(1)
        layout.addLayout(row)

    def show_adapter(self, adapter: AdapterInfo) -> None:
        self.adapter = adapter
        report = adapter.report if isinstance(adapter.report, dict) else {}
        self.title.setText(tr("Did it help? {name}").format(name=adapter.name))
        margins = [m for m in report.get("margins", []) if isinstance(m, dict)]
        if not margins:
            self.summary.setText(tr(NOTHING_KEPT))
        else:
            before, after = _number(report.get("mean_before")), _number(report.get("mean_after"))
            improved = int(_number(report.get("improved")))
            self.summary.setText(
                tr(
                    "On {count} prompts kept aside, the margin went from {before} to {after} on average: "
                    "better on {improved} of {count}."
                ).format(
                    count=len(margins), before=format.margin(before), after=format.margin(after), improved=improved
                )
            )
        self.explained.setVisible(bool(margins))
        self.margins.setVisible(bool(margins))
        self.margins.setRowCount(len(margins))
        for row, item in enumerate(margins):
            prompt = one_line(str(item.get("prompt", "")), 200)
            cells = [prompt, format.margin(_number(item.get("before"))), format.margin(_number(item.get("after")))]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                else:
                    cell.setToolTip(plain(str(item.get("prompt", ""))[:2000]))
                self.margins.setItem(row, column, cell)
        self.margins.setFixedHeight(
            self.margins.horizontalHeader().height() + sum(self.margins.rowHeight(r) for r in range(len(margins))) + 4
        )
        self._show_samples(report.get("samples", []), adapter.name)
        held_out = report.get("samples_held_out", True) is not False
        self.samples_title.setText(
            tr("Replies side by side")
            if held_out
            else tr("Replies side by side (no pair was kept aside: it was trained on these prompts)")
        )
        self._show_training(report.get("train", {}))
        self.show()

    def _show_samples(self, samples: Any, name: str) -> None:
        while self.samples_layout.count():
            item = self.samples_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        samples = [s for s in samples if isinstance(s, dict)] if isinstance(samples, list) else []
        for index, sample in enumerate(samples):
            prompt = plain_label(tr("You: {prompt}").format(prompt=one_line(str(sample.get("prompt", "")), 300)))
            prompt.setWordWrap(True)
            prompt.setObjectName("messageAuthor")
            self.samples_layout.addWidget(prompt, 2 * index, 0, 1, 2)
            self.samples_layout.addWidget(_reply_box(tr("Base model"), str(sample.get("base", ""))), 2 * index + 1, 0)
            self.samples_layout.addWidget(_reply_box(name, str(sample.get("adapter", ""))), 2 * index + 1, 1)
        self.samples_layout.setColumnStretch(0, 1)
        self.samples_layout.setColumnStretch(1, 1)
        self.samples_title.setVisible(bool(samples))
        self.samples.setVisible(bool(samples))

    def _show_training(self, train: Any) -> None:
        train = train if isinstance(train, dict) else {}
        if not train:
            self.training.hide()
            return
        text = tr("Trained with {sft} SFT and {dpo} preference steps in {time}.").format(
            sft=int(_number(train.get("sft_steps"))),
            dpo=int(_number(train.get("dpo_steps"))),
            time=format.about_time(_number(train.get("seconds"))),
        )
        if train.get("peak_rss_bytes"):
            text += " " + tr("The training used {memory} of memory at most.").format(
                memory=format.memory(int(_number(train.get("peak_rss_bytes"))))
            )
        self.training.setText(text)
        self.training.show()

    def _use(self) -> None:
        if self.adapter is not None:
            self.useRequested.emit(self.adapter)
