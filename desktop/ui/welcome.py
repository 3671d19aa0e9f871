"""What the window shows when there is no model: never an empty, dead chat."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomeView(QWidget):
    openFileRequested = Signal()
    browseModelsRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(40, 40, 40, 40)
        self.layout_.setSpacing(12)
        self.title = QLabel("Welcome to Hearth")
        self.title.setObjectName("welcomeTitle")
        self.text = QLabel(
            "There is no model on this computer yet. Hearth runs chat models locally, in GGUF "
            "format: open one you already have, or download one from the Models page."
        )
        self.text.setObjectName("welcomeText")
        self.text.setWordWrap(True)
        self.open_button = QPushButton("Open a GGUF file…")
        self.open_button.setObjectName("welcomeOpenButton")
        self.open_button.setAccessibleName("Open a GGUF file")
        self.open_button.clicked.connect(self.openFileRequested)
        self.browse_button = QPushButton("Browse models…")
        self.browse_button.setAccessibleName("Browse models")
        self.browse_button.clicked.connect(self.browseModelsRequested)
        for widget in (self.title, self.text, self.open_button, self.browse_button):
            self.layout_.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
        self.extra = QVBoxLayout()  # recommended and found models go here
        self.layout_.addLayout(self.extra)
        self.layout_.addStretch(1)

    def set_message(self, text: str) -> None:
        self.text.setText(text)
