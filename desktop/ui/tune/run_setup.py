"""What a run would train and use: the base model, the adapter's name, the steps, the estimate of time and
memory on this computer, the Advanced settings (folded), and Start."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.library.files import display_name
from desktop.core.text import one_line
from desktop.core.tune.adapters import default_name
from desktop.core.tune.data import TrainingSet
from desktop.core.tune.errors import TuneError
from desktop.core.tune.estimate import Estimate, estimate
from desktop.core.tune.plan import TuneSettings
from desktop.core.tune.prepare import base_label, check_base
from desktop.ui.i18n import tr
from desktop.ui.plain import plain, plain_label
from desktop.ui.tune import format
from desktop.ui.tune.warning import WarningLabel

FIELD_WIDTH = 420


Labelled = TypeVar("Labelled", bound=QWidget)


def _labelled(widget: Labelled, name: str, description: str) -> Labelled:
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)
    return widget


class RunSetup(QWidget):
    startRequested = Signal(object, object, str)  # the base (Path), TuneSettings, the adapter's name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._training = TrainingSet()
        self._missing = ""  # why this installation cannot train ("" when it can)
        self._busy = False
        self._named_by_user = False
        self._checked: dict[str, tuple[str, int]] = {}  # a base's problem ("" none) and parameters, read once
        self.estimate: Estimate | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(tr("Train an adapter"))
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.base = QComboBox()
        self.base.setMinimumWidth(FIELD_WIDTH)
        _labelled(self.base, tr("Base model"), tr("The model the adapter is trained on, and then applied to"))
        self.base.currentIndexChanged.connect(self._base_changed)
        form.addRow(tr("Base model"), self.base)
        self.name = QLineEdit()
        self.name.setMinimumWidth(FIELD_WIDTH)
        self.name.setMaxLength(120)
        _labelled(self.name, tr("Adapter name"), tr("What the adapter is called in the model list"))
        self.name.textEdited.connect(self._name_edited)
        form.addRow(tr("Name"), self.name)
        layout.addLayout(form)
        self.plan = plain_label()
        self.plan.setWordWrap(True)
        self.plan.setAccessibleName(tr("What a run uses"))
        layout.addWidget(self.plan)
        self.figures = plain_label()
        self.figures.setWordWrap(True)
        self.figures.setAccessibleName(tr("Estimate"))
        layout.addWidget(self.figures)
        self.warning = WarningLabel(tr("Warning"))
        layout.addWidget(self.warning)

        self.advanced_toggle = QToolButton()
        self.advanced_toggle.setText(tr("Advanced ▸"))
        self.advanced_toggle.setCheckable(True)
        self.advanced_toggle.setAutoRaise(True)
        _labelled(self.advanced_toggle, tr("Advanced"), tr("Shows or hides the rank, steps and learning rates"))
        self.advanced_toggle.toggled.connect(self._show_advanced)
        layout.addWidget(self.advanced_toggle)
        self.advanced = QFrame()
        advanced = QFormLayout(self.advanced)
        advanced.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.rank = _labelled(QSpinBox(), tr("LoRA rank"), tr("How much the adapter can learn: higher is bigger"))
        self.rank.setRange(1, 64)
        self.sft_steps = _labelled(
            QSpinBox(), tr("SFT steps"), tr("Steps of learning from liked replies; auto: two passes over them")
        )
        self.dpo_steps = _labelled(
            QSpinBox(), tr("Preference steps"), tr("Steps of learning from the pairs; auto: two passes over them")
        )
        for steps in (self.sft_steps, self.dpo_steps):
            steps.setRange(-1, 1000)
            steps.setSpecialValueText(tr("auto"))
        self.learning_rate = _labelled(
            QDoubleSpinBox(), tr("Learning rate"), tr("How far each SFT step moves the adapter")
        )
        self.dpo_learning_rate = _labelled(
            QDoubleSpinBox(), tr("Preference learning rate"), tr("How far each preference step moves the adapter")
        )
        for rate in (self.learning_rate, self.dpo_learning_rate):
            rate.setDecimals(5)
            rate.setRange(0.00001, 0.01)
            rate.setSingleStep(0.0001)
        box: QSpinBox | QDoubleSpinBox
        for label, box in (
            (tr("LoRA rank"), self.rank),
            (tr("SFT steps"), self.sft_steps),
            (tr("Preference steps"), self.dpo_steps),
            (tr("Learning rate"), self.learning_rate),
            (tr("Preference learning rate"), self.dpo_learning_rate),
        ):
            box.setMinimumWidth(140)
            advanced.addRow(label, box)
            box.valueChanged.connect(self._refresh)
        self.advanced.hide()
        layout.addWidget(self.advanced)

        row = QHBoxLayout()
        self.start_button = QPushButton(tr("Start"))
        self.start_button.setObjectName("sendButton")  # the accent button: what this page is for
        _labelled(self.start_button, tr("Start training"), tr("Trains the adapter on your feedback, in the background"))
        self.start_button.clicked.connect(self._start)
        row.addWidget(self.start_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.show_settings(TuneSettings())

    # -- what is shown ------------------------------------------------------------------

    def show_settings(self, settings: TuneSettings) -> None:
        self.rank.setValue(settings.rank)
        self.sft_steps.setValue(settings.sft_steps)
        self.dpo_steps.setValue(settings.dpo_steps)
        self.learning_rate.setValue(settings.learning_rate)
        self.dpo_learning_rate.setValue(settings.dpo_learning_rate)

    def settings(self) -> TuneSettings:
        rank = self.rank.value()
        return replace(
            TuneSettings(),
            rank=rank,
            alpha=2 * rank,  # the adapter's scale stays alpha / rank = 2 whatever its rank
            sft_steps=self.sft_steps.value(),
            dpo_steps=self.dpo_steps.value(),
            learning_rate=self.learning_rate.value(),
            dpo_learning_rate=self.dpo_learning_rate.value(),
        ).validated()

    def set_models(self, paths: list[str], current: str) -> None:
        """The local models to train on; `current` (the model loaded) is chosen when it is one of them."""
        chosen = self.base.currentData() or current
        self._checked.clear()  # read each file's header again: it may have changed since
        self.base.blockSignals(True)
        self.base.clear()
        for path in paths:
            self.base.addItem(display_name(path), path)
            self.base.setItemData(self.base.count() - 1, plain(path), Qt.ItemDataRole.ToolTipRole)
        index = self.base.findData(chosen)
        self.base.setCurrentIndex(index if index >= 0 else (0 if paths else -1))
        self.base.blockSignals(False)
        self._base_changed()

    def set_training(self, training: TrainingSet) -> None:
        self._training = training
        self._refresh()

    def set_missing(self, message: str) -> None:
        self._missing = message
        self._refresh()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._refresh()

    @property
    def base_path(self) -> str:
        return str(self.base.currentData() or "")

    def _show_advanced(self, shown: bool) -> None:
        self.advanced.setVisible(shown)
        self.advanced_toggle.setText(tr("Advanced ▾") if shown else tr("Advanced ▸"))

    def _name_edited(self, text: str) -> None:
        self._named_by_user = bool(text.strip())

    def _base_changed(self) -> None:
        path = self.base_path
        if path and not self._named_by_user:
            self.name.setText(default_name(base_label(path)))
        self._refresh()

    # -- the estimate --------------------------------------------------------------------

    def _refresh(self) -> None:
        """The plan, the estimate and whether Start can be pressed, from what is chosen now."""
        problem = self._problem()
        self.estimate = None
        training, settings = self._training, self.settings()
        sft_steps, dpo_steps = settings.steps_for(training)
        if training.empty:
            self.plan.setText(tr("A run needs liked replies or preference pairs: rate some replies first."))
        else:
            self.plan.setText(
                tr(
                    "A run: {sft} SFT steps on {liked}, then {dpo} preference steps on {pairs}; LoRA rank {rank}."
                ).format(
                    sft=sft_steps,
                    liked=format.liked(len(training.sft)),
                    dpo=dpo_steps,
                    pairs=format.pairs(len(training.pairs)),
                    rank=settings.rank,
                )
            )
        warning = ""
        if not problem and not training.empty:
            figures = self.estimate = estimate(training, self._base_facts()[1], settings)
            self.figures.setText(
                tr("It would take {time} and {memory} of memory on this computer.").format(
                    time=format.about_time(figures.seconds), memory=format.memory(figures.peak_bytes)
                )
            )
            if not figures.fits:
                warning = tr(
                    "Only {free} of memory is free now: close other programs first, or the run may fail."
                ).format(free=format.memory(figures.free_bytes))
        else:
            self.figures.setText("")
        self.figures.setVisible(bool(self.figures.text()))
        shown = problem or warning
        self.warning.setText(shown)
        self.warning.setVisible(bool(shown))
        self.start_button.setEnabled(not problem and not training.empty and not self._busy)
        self.base.setEnabled(not self._busy)
        self.name.setEnabled(not self._busy)

    def _problem(self) -> str:
        """Why a run cannot start now, in one line ("" when it can)."""
        if self._missing:
            return self._missing
        if not self.base_path:
            return tr("There is no model on this computer to train: download one on the Models page.")
        return self._base_facts()[0]

    def _base_facts(self) -> tuple[str, int]:
        path = self.base_path
        if path not in self._checked:
            try:
                info = check_base(Path(path))
                self._checked[path] = ("", info.parameters)
            except TuneError as error:
                self._checked[path] = (one_line(str(error), 300), 0)
        return self._checked[path]

    def _start(self) -> None:
        if not self.start_button.isEnabled():
            return
        self.startRequested.emit(Path(self.base_path), self.settings(), " ".join(self.name.text().split()))
