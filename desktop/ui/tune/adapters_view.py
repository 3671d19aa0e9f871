"""The user's adapters, one row each: its name, then its base model, date and what it learnt from (a line
that wraps in a narrow window), and Use, Report, Remove."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.tune.adapters import AdapterInfo
from desktop.ui.i18n import tr
from desktop.ui.plain import plain, plain_label
from desktop.ui.tune import format


def learnt_from(info: AdapterInfo) -> str:
    return tr("{liked}, {pairs}").format(liked=format.liked(info.sft_examples), pairs=format.pairs(info.pairs))


def details(info: AdapterInfo) -> str:
    """'on SmolLM2 135M Instruct · 2 Dec 2026 · learnt from 8 liked replies, 4 preference pairs'."""
    base = info.base_name or info.base_path
    if info.base_missing:
        base = tr("{name} (not on this computer)").format(name=base)
    parts = [tr("on {model}").format(model=base)]
    if info.created:
        parts.append(format.day(info.created))
    parts.append(tr("learnt from {data}").format(data=learnt_from(info)))
    return " · ".join(parts)


@dataclass
class AdapterRow:
    info: AdapterInfo
    name: QLabel
    details: QLabel
    use: QPushButton
    report: QPushButton
    remove: QPushButton


class AdaptersView(QWidget):
    useRequested = Signal(object)  # AdapterInfo
    reportRequested = Signal(object)
    removeRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(tr("Your adapters"))
        title.setObjectName("sectionTitle")
        self._layout.addWidget(title)
        self.empty = plain_label(tr("No adapters yet: the first run you finish puts one here."))
        self.empty.setObjectName("welcomeText")
        self.empty.setWordWrap(True)
        self._layout.addWidget(self.empty)
        self.rows: list[AdapterRow] = []

    def show_adapters(self, adapters: list[AdapterInfo]) -> None:
        while self._layout.count() > 2:  # the title and the empty line stay
            item = self._layout.takeAt(2)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.rows = [self._row(info) for info in adapters]
        self.empty.setVisible(not adapters)

    def _row(self, info: AdapterInfo) -> AdapterRow:
        frame = QFrame()
        line = QHBoxLayout(frame)
        line.setContentsMargins(0, 4, 0, 4)
        text = QVBoxLayout()
        name = plain_label(info.name)
        name.setObjectName("messageAuthor")  # bold, as a reply's author
        name.setWordWrap(True)
        name.setToolTip(plain(info.path))
        about = plain_label(details(info))
        about.setObjectName("welcomeText")
        about.setWordWrap(True)
        about.setToolTip(plain(info.base_path))
        text.addWidget(name)
        text.addWidget(about)
        line.addLayout(text, 1)
        buttons = []
        for label, accessible, description, signal in (
            (tr("Use"), tr("Use {name}"), tr("Starts a new chat with this adapter"), self.useRequested),
            (tr("Report"), tr("Report of {name}"), tr("Shows whether it helped"), self.reportRequested),
            (tr("Remove"), tr("Remove {name}"), tr("Deletes this adapter's file"), self.removeRequested),
        ):
            button = QPushButton(label)
            button.setAccessibleName(accessible.format(name=info.name))
            button.setAccessibleDescription(description)
            button.clicked.connect(lambda _=False, s=signal, i=info: s.emit(i))
            line.addWidget(button)
            buttons.append(button)
        buttons[0].setEnabled(not info.base_missing)  # its model is gone: nothing to apply it to
        self._layout.addWidget(frame)
        return AdapterRow(info, name, about, *buttons)
