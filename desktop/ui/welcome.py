"""What the window shows when there is no model: never an empty, dead chat.

Recommended models with their fit badge and a Download button, models other apps already
downloaded (used in place), and "Open a GGUF file…". Without a network, downloads say so
plainly and the other two paths still work.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from desktop.core.library.display import format_size
from desktop.core.library.other_apps import FoundModel, find_other_apps
from desktop.core.settings import Settings
from desktop.ui.background import run_in_background
from desktop.ui.i18n import tr
from desktop.ui.models_page.recommended import RecommendedList
from desktop.ui.plain import plain, plain_label

RECOMMENDED_SHOWN = 5


class WelcomeView(QScrollArea):
    openFileRequested = Signal()
    browseModelsRequested = Signal()
    downloadRequested = Signal(object)  # CatalogEntry
    useRequested = Signal(str)  # a model file, used in place

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setAccessibleName(tr("Welcome"))
        self.setAccessibleDescription(tr("Ways to get a first model: download one, use another app's, or open a file."))
        self.setWidgetResizable(True)
        body = QWidget()
        self.layout_ = QVBoxLayout(body)
        self.layout_.setContentsMargins(40, 30, 40, 30)
        self.layout_.setSpacing(10)
        self.title = QLabel(tr("Welcome to Hearth"))
        self.title.setObjectName("welcomeTitle")
        self.text = QLabel(
            tr(
                "Hearth runs chat models on this computer, in GGUF format. Nothing you write leaves it. "
                "Pick a model to download, use one another app already downloaded, or open a file you have."
            )
        )
        self.text.setObjectName("welcomeText")
        self.text.setWordWrap(True)
        self.notice = plain_label()
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(tr("Welcome notice"))
        self.notice.hide()
        buttons = QHBoxLayout()
        self.open_button = QPushButton(tr("Open a GGUF file…"))
        self.open_button.setObjectName("welcomeOpenButton")
        self.open_button.setAccessibleName(tr("Open a GGUF file"))
        self.open_button.setAccessibleDescription(tr("Chooses a model file on this computer to chat with."))
        self.open_button.clicked.connect(self.openFileRequested)
        self.browse_button = QPushButton(tr("Browse all models…"))
        self.browse_button.setAccessibleName(tr("Browse models"))
        self.browse_button.setAccessibleDescription(tr("Shows the models page, to search for a model and download it."))
        self.browse_button.clicked.connect(self.browseModelsRequested)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.browse_button)
        buttons.addStretch(1)
        self.recommended_title = QLabel(tr("Recommended models"))
        self.recommended_title.setObjectName("sectionTitle")
        self.recommended = RecommendedList(settings.models_path(), settings.context_length, RECOMMENDED_SHOWN)
        self.recommended.downloadRequested.connect(self.downloadRequested)
        self.recommended.useRequested.connect(self.useRequested)
        self.found_title = QLabel(tr("Found on this computer, from other apps"))
        self.found_title.setObjectName("sectionTitle")
        self.found_list = QVBoxLayout()
        self.found_empty = QLabel(tr("Looking for models other apps downloaded…"))
        self.found_empty.setObjectName("welcomeText")
        for widget in (self.title, self.text, self.notice):
            self.layout_.addWidget(widget)
        self.layout_.addLayout(buttons)
        self.layout_.addWidget(self.recommended_title)
        self.layout_.addWidget(self.recommended)
        self.layout_.addWidget(self.found_title)
        self.layout_.addWidget(self.found_empty)
        self.layout_.addLayout(self.found_list)
        self.layout_.addStretch(1)
        self.setWidget(body)
        self.found: list[FoundModel] = []

    def set_message(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def refresh_found(self) -> None:
        """Look for other apps' models off the GUI thread (their folders can be large)."""
        run_in_background(find_other_apps, self._show_found, lambda _error: self._show_found([]), owner=self)

    def _show_found(self, found: list[FoundModel]) -> None:
        self.found = [f for f in found if f.info.ok and not f.info.embedding]  # models to chat with
        while self.found_list.count():
            item = self.found_list.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.found_empty.setText(
            tr("None found (Hearth looks in the Hugging Face cache, LM Studio, GPT4All and Ollama).")
        )
        self.found_empty.setVisible(not self.found)
        for model in self.found[:8]:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            label = plain_label(f"{model.name} · {model.app} · {format_size(model.info.size_bytes)}")
            label.setToolTip(plain(model.path))
            use = QPushButton(tr("Use in place"))
            use.setAccessibleName(tr("Use {model} in place").format(model=model.name))
            use.setAccessibleDescription(tr("Chats with this model from where it is, without copying it."))
            use.clicked.connect(lambda _=False, p=str(model.path): self.useRequested.emit(p))
            line.addWidget(label, 1)
            line.addWidget(use, 0, Qt.AlignmentFlag.AlignRight)
            self.found_list.addWidget(row)

    def refresh(self) -> None:
        self.recommended.refresh()
