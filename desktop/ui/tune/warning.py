"""A one-line warning in red that reads on every look: the light window's red is too dark on black."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget

ON_LIGHT, ON_DARK = "#b91c1c", "#fca5a5"  # 6.5:1 on white; 9:1 on the dark window, 11:1 on black


class WarningLabel(QLabel):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # core's messages name files: never HTML
        self.setWordWrap(True)
        self.setAccessibleName(name)
        self._shown = ""
        self._colour()
        self.hide()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._colour()

    def _colour(self) -> None:
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        colour = ON_DARK if dark else ON_LIGHT
        if colour != self._shown:  # a style sheet changes the palette too: set once per look, not in a loop
            self._shown = colour
            self.setStyleSheet(f"color: {colour};")
