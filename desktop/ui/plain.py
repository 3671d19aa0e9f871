"""Text from files, models and strangers, made safe for Qt widgets that guess whether text is HTML.

A QLabel, a tooltip or a message box renders its text as HTML when it looks like HTML
(Qt::mightBeRichText). An `<img src=...>` in a model's architecture name or a chat title
then makes Qt read that file as an image; a FIFO or /dev/zero hangs the window for ever.
Labels that show such text are set to plain text; where Qt offers no switch (tooltips,
the static message boxes), the text loses its ability to open a tag.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def plain(text: object) -> str:
    """No '<', so no tag: a single angle quote looks the same to a reader and means nothing to Qt."""
    return str(text).replace("<", "\u2039")


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label
