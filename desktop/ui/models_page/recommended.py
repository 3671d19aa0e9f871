"""The curated catalog as a list: what each model is, whether it fits this computer, and Download or Use."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.hub.jobs import DownloadStatus, State
from desktop.core.library.catalog import CatalogEntry, load_catalog
from desktop.core.library.display import format_context, format_parameters, format_size
from desktop.core.library.fit import FitEstimate
from desktop.ui.i18n import tr
from desktop.ui.message_widget import _icon as themed_icon
from desktop.ui.models_page.fit_badge import FitBadge, fit_for


def local_path(entry: CatalogEntry, models_dir: Path) -> Path:
    return models_dir / entry.repo / entry.file


def projector_path(entry: CatalogEntry, models_dir: Path) -> Path | None:
    """Where a vision model's projector lands: beside the model."""
    return local_path(entry, models_dir).with_name(entry.projector.file) if entry.projector else None


class VisionMark(QWidget):
    """An eye and "can see images": the model reads the pictures attached to a message."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visionMark")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.icon = QLabel()
        self.icon.setPixmap(themed_icon("eye.svg").pixmap(QSize(16, 16)))
        self.text = QLabel(tr("can see images"))
        self.text.setObjectName("welcomeText")
        layout.addWidget(self.icon)
        layout.addWidget(self.text)
        layout.addStretch(1)
        self.setToolTip(tr("Can see images"))
        self.setAccessibleName(tr("can see images"))


class CatalogRow(QFrame):
    downloadRequested = Signal(object)  # CatalogEntry
    useRequested = Signal(str)

    def __init__(self, entry: CatalogEntry, models_dir: Path, context_length: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.entry = entry
        self.models_dir = models_dir
        self.setObjectName("catalogRow")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        text = QVBoxLayout()
        self.title = QLabel(f"<b>{entry.name}</b>")
        details = " · ".join(
            part
            for part in (
                tr("{parameters} parameters").format(parameters=format_parameters(entry.parameters))
                if entry.parameters
                else "",
                entry.quantization,
                format_size(entry.total_bytes),  # a vision model's projector comes with it
                tr("{context} context").format(context=format_context(entry.context_length))
                if entry.context_length
                else "",
                entry.license,
            )
            if part
        )
        self.details = QLabel(f"{entry.description}\n{details}" if entry.description else details)
        self.details.setObjectName("welcomeText")
        self.details.setWordWrap(True)
        text.addWidget(self.title)
        self.vision: VisionMark | None = VisionMark(self) if entry.vision else None
        if self.vision is not None:
            text.addWidget(self.vision)
        text.addWidget(self.details)
        layout.addLayout(text, 1)
        self.badge = FitBadge(self._estimate(context_length))
        layout.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignVCenter)
        self.button = QPushButton()
        self.button.setAccessibleDescription(tr("Downloads this model, or chats with it once it is on this computer."))
        self.button.clicked.connect(self._clicked)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.refresh()

    def _estimate(self, context_length: int) -> FitEstimate:
        entry = self.entry  # a vision model's projector is held in memory beside its weights
        return fit_for(entry.total_bytes, context_length, entry.kv_bytes_per_token, False, entry.parameters)

    def configure(self, models_dir: Path, context_length: int) -> None:
        """The models folder or the context length changed in the settings."""
        self.models_dir = models_dir
        self.badge.show_estimate(self._estimate(context_length))
        self.refresh()

    @property
    def path(self) -> Path:
        return local_path(self.entry, self.models_dir)

    @property
    def downloaded(self) -> bool:
        """The model is here, and a vision model's projector beside it (else Download fetches what is missing)."""
        projector = projector_path(self.entry, self.models_dir)
        return self.path.is_file() and (projector is None or projector.is_file())

    def refresh(self, status: DownloadStatus | None = None) -> None:
        if self.downloaded and self.entry.embedding:
            # Not a model to chat with: Documents use the library's embedding model by themselves.
            self.button.setText(tr("Used for documents"))
            self.button.setEnabled(False)
            accessible = tr("Used for documents {name}").format(name=self.entry.name)
        elif self.downloaded:
            self.button.setText(tr("Use"))
            self.button.setEnabled(True)
            accessible = tr("Use {name}").format(name=self.entry.name)
        elif status is not None and status.state in (State.QUEUED, State.DOWNLOADING, State.VERIFYING):
            percent = int(status.fraction * 100)
            self.button.setText(tr("Downloading {percent}%").format(percent=percent))
            self.button.setEnabled(False)
            accessible = tr("Downloading {percent}% {name}").format(percent=percent, name=self.entry.name)
        else:
            self.button.setText(tr("Download"))
            self.button.setEnabled(True)
            accessible = tr("Download {name}").format(name=self.entry.name)
        self.button.setAccessibleName(accessible)

    def _clicked(self) -> None:
        if self.downloaded:
            self.useRequested.emit(str(self.path))
        else:
            self.downloadRequested.emit(self.entry)


class RecommendedList(QWidget):
    downloadRequested = Signal(object)
    useRequested = Signal(str)

    def __init__(
        self, models_dir: Path, context_length: int, limit: int = 0, parent: QWidget | None = None, kind: str = "chat"
    ):
        """`kind`: "chat" for the chat models, "all" for the embedding models (for documents) too."""
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        entries = sorted(load_catalog(kind=kind), key=lambda entry: entry.embedding)  # chat models first
        self.rows: list[CatalogRow] = []
        for entry in entries[:limit] if limit else entries:
            row = CatalogRow(entry, models_dir, context_length, self)
            row.downloadRequested.connect(self.downloadRequested)
            row.useRequested.connect(self.useRequested)
            layout.addWidget(row)
            self.rows.append(row)
        layout.addStretch(1)

    def show_download(self, status: DownloadStatus) -> None:
        for row in self.rows:
            if status.repo_id == row.entry.repo and row.entry.file in (status.name, Path(str(status.path)).name):
                row.refresh(status)

    def refresh(self) -> None:
        for row in self.rows:
            row.refresh()

    def configure(self, models_dir: Path, context_length: int) -> None:
        for row in self.rows:
            row.configure(models_dir, context_length)
