"""Models on this computer: the library (use, delete, import) and models other apps downloaded."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.library.display import format_context, format_parameters, format_size
from desktop.core.library.library import scan_library
from desktop.core.library.metadata import ModelInfo
from desktop.core.library.other_apps import FoundModel, find_other_apps
from desktop.core.settings import SettingsStore
from desktop.ui.background import run_in_background
from desktop.ui.i18n import tr
from desktop.ui.plain import plain, plain_label

# Header labels, shown through tr(); the last two columns hold the buttons.
COLUMNS = [
    QT_TRANSLATE_NOOP("", "Name"),
    QT_TRANSLATE_NOOP("", "Quant"),
    QT_TRANSLATE_NOOP("", "Parameters"),
    QT_TRANSLATE_NOOP("", "Size"),
    QT_TRANSLATE_NOOP("", "Context"),
    QT_TRANSLATE_NOOP("", "Architecture"),
    "",
    "",
]


def _table(headers: list[str], name: str, description: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setAccessibleName(name)
    table.setAccessibleDescription(description)
    table.verticalHeader().hide()
    return table


class LocalModelsView(QWidget):
    useRequested = Signal(str)
    deleteRequested = Signal(str)
    importRequested = Signal(str, bool)  # path, link in place

    def __init__(self, settings: SettingsStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.models: list[ModelInfo] = []
        self.found: list[FoundModel] = []
        layout = QVBoxLayout(self)
        buttons = QHBoxLayout()
        self.import_button = QPushButton(tr("Import a GGUF file (copy)…"))
        self.import_button.setAccessibleName(tr("Import a GGUF file"))
        self.import_button.setAccessibleDescription(tr("Copies a GGUF model file into the models folder."))
        self.import_button.clicked.connect(lambda: self._pick(link=False))
        self.link_button = QPushButton(tr("Use a GGUF file in place…"))
        self.link_button.setAccessibleName(tr("Use a GGUF file in place"))
        self.link_button.setAccessibleDescription(tr("Lists a GGUF model file where it is, without copying it."))
        self.link_button.clicked.connect(lambda: self._pick(link=True))
        self.folder = plain_label()
        self.folder.setObjectName("welcomeText")
        for widget in (self.import_button, self.link_button):
            buttons.addWidget(widget)
        buttons.addWidget(self.folder, 1)
        layout.addLayout(buttons)
        self.table = _table(
            [tr(column) if column else "" for column in COLUMNS],
            tr("Models on this computer"),
            tr("The models in the library, each with Use and Delete buttons."),
        )
        layout.addWidget(self.table, 3)
        self.found_title = QLabel(tr("Found in other apps (used in place, not copied)"))
        self.found_title.setObjectName("sectionTitle")
        layout.addWidget(self.found_title)
        self.found_table = _table(
            [tr("Name"), tr("App"), tr("Size"), tr("Quant"), ""],
            tr("Models found in other apps"),
            tr("Models other apps downloaded, each usable in place."),
        )
        layout.addWidget(self.found_table, 2)
        self.found_empty = QLabel(tr("No models from the Hugging Face cache, LM Studio, GPT4All or Ollama were found."))
        self.found_empty.setObjectName("welcomeText")
        layout.addWidget(self.found_empty)

    def refresh(self) -> None:
        settings = self._settings.current  # a value: the scan thread reads it while settings may change
        self.folder.setText(tr("Models folder: {folder}").format(folder=settings.models_path()))

        def scan() -> tuple[list[ModelInfo], list[FoundModel]]:
            models = scan_library(settings)
            return models, find_other_apps(exclude=[m.path for m in models])

        run_in_background(
            scan,
            self._show,
            lambda error: self.folder.setText(tr("Could not scan: {error}").format(error=error)),
            owner=self,
        )

    def _show(self, result: tuple[list[ModelInfo], list[FoundModel]]) -> None:
        self.models, self.found = result
        self.table.setRowCount(len(self.models))
        for row, info in enumerate(self.models):
            name = tr("{name} (linked)").format(name=info.name) if info.linked else info.name
            cells = [
                name,
                info.quantization,
                format_parameters(info.parameters) if info.parameters else "",
                format_size(info.size_bytes),
                format_context(info.context_length) if info.context_length else "",
                info.architecture,
            ]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(plain(f"{info.path}\n{info.error}" if info.error else info.path))
                self.table.setItem(row, column, item)
            if info.error:
                self.table.item(row, 5).setText(tr("unusable: {error}").format(error=info.error))
            if info.ok and info.embedding:  # it makes vectors for Documents; it does not chat
                self.table.item(row, 5).setText(tr("embedding model: used for documents"))
            self.table.setCellWidget(row, 6, self._button("Use", info, enabled=info.ok and not info.embedding))
            self.table.setCellWidget(row, 7, self._button("Forget" if info.linked else "Delete", info))
        self.found_table.setRowCount(len(self.found))
        for row, found in enumerate(self.found):
            cells = [found.name, found.app, format_size(found.info.size_bytes), found.info.quantization]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(plain(found.path))
                self.found_table.setItem(row, column, item)
            use = QPushButton(tr("Use in place"))
            use.setAccessibleName(tr("Use {name} in place").format(name=found.name))
            use.setAccessibleDescription(tr("Adds this model to the library without copying it."))
            use.setEnabled(found.info.ok)
            use.clicked.connect(lambda _=False, p=str(found.path): self.importRequested.emit(p, True))
            self.found_table.setCellWidget(row, 4, use)
        self.found_table.setVisible(bool(self.found))
        self.found_empty.setVisible(not self.found)

    def _button(self, text: str, info: ModelInfo, enabled: bool = True) -> QPushButton:
        """`text`: "Use", "Forget" or "Delete"; the button says it in the window's language."""
        labels = {
            "Use": (tr("Use"), tr("Use {name}"), tr("Starts a chat with this model.")),
            "Forget": (tr("Forget"), tr("Forget {name}"), tr("Stops listing this model; its file stays.")),
            "Delete": (tr("Delete"), tr("Delete {name}"), tr("Deletes this model's file from this computer.")),
        }
        shown, name, description = labels[text]
        button = QPushButton(shown)
        button.setAccessibleName(name.format(name=info.name))
        button.setAccessibleDescription(description)
        button.setEnabled(enabled)
        if text == "Use":
            button.clicked.connect(lambda: self.useRequested.emit(str(info.path)))
        else:
            button.clicked.connect(lambda: self._confirm_delete(info))
        return button

    def _confirm_delete(self, info: ModelInfo) -> None:
        if info.linked:
            question = tr("Stop listing {name}? The file itself stays where it is:\n{path}").format(
                name=info.name, path=info.path
            )
        else:
            question = tr("Delete {name} ({size}) from this computer?\n{path}").format(
                name=info.name, size=format_size(info.size_bytes), path=info.path
            )
        answer = QMessageBox.question(self, tr("Remove model"), plain(question))
        if answer == QMessageBox.StandardButton.Yes:
            self.deleteRequested.emit(str(info.path))

    def _pick(self, link: bool) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Choose a GGUF model"), str(Path.home()), tr("GGUF models") + " (*.gguf)"
        )
        if path:
            self.importRequested.emit(path, link)
