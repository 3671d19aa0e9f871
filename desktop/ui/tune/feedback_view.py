"""What the feedback holds: liked replies and preference pairs, per model, and how many are kept aside;
with none yet, how to give some."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.core.tune.data import TrainingSet
from desktop.ui.i18n import tr
from desktop.ui.plain import plain_label
from desktop.ui.tune import format

HOW_TO = QT_TRANSLATE_NOOP(
    "",
    "Nothing to learn from yet. Give a thumbs up (Good) to the replies you like: each is an example of what "
    "you want. Press Regenerate for another version of a reply, then rate one version Good and another Bad: "
    "that makes a preference pair, the strongest signal. Come back here when you have rated a few replies.",
)


class FeedbackView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(tr("What your feedback holds"))
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        self.summary = plain_label()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(tr("Feedback summary"))
        layout.addWidget(self.summary)
        self.models = plain_label()
        self.models.setObjectName("welcomeText")
        self.models.setWordWrap(True)
        self.models.setAccessibleName(tr("Feedback per model"))
        layout.addWidget(self.models)
        self.empty = plain_label(tr(HOW_TO))
        self.empty.setObjectName("welcomeText")
        self.empty.setWordWrap(True)
        self.empty.setAccessibleName(tr("How to give feedback"))
        layout.addWidget(self.empty)

    def show_training(self, training: TrainingSet | None, error: str = "") -> None:
        """`training`: the store's feedback, split; None with `error` when it could not be read."""
        if training is None:
            self.summary.setText(tr("Your feedback could not be read: {error}").format(error=error))
            self.models.hide()
            self.empty.hide()
            return
        total_pairs = len(training.pairs) + len(training.held_out)
        if training.empty and not training.held_out:
            self.summary.setText(tr("No feedback yet."))
            self.models.hide()
            self.empty.show()
            return
        text = tr("{liked} and {pairs} to learn from.").format(
            liked=format.liked(len(training.sft)), pairs=format.pairs(len(training.pairs))
        )
        if len(training.held_out) == 1:
            text += " " + tr("1 of the {total} pairs is kept aside to measure the result.").format(total=total_pairs)
        elif training.held_out:
            text += " " + tr("{count} of the {total} pairs are kept aside to measure the result.").format(
                count=len(training.held_out), total=total_pairs
            )
        when = format.days(training.data_from, training.data_to)
        if when:
            text += " " + tr("Rated {dates}.").format(dates=when)
        self.summary.setText(text)
        lines = [
            tr("{model}: {liked}, {pairs}").format(
                model=model.model, liked=format.liked(model.liked), pairs=format.pairs(model.pairs)
            )
            for model in training.by_model
        ]
        self.models.setText("\n".join(lines))
        self.models.setVisible(bool(lines))
        # Pairs alone, all kept aside: there is nothing to train on yet, say how to get more.
        self.empty.setVisible(training.empty)
