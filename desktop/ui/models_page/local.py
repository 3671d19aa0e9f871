"""Models on this computer: the library (use, delete, import) and models other apps downloaded."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
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
from desktop.ui.plain import plain, plain_label

COLUMNS = ["Name", "Quant", "Parameters", "Size", "Context", "Architecture", "", ""]


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setAccessibleName(name)
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
        self.import_button = QPushButton("Import a GGUF file (copy)…")
        self.import_button.clicked.connect(lambda: self._pick(link=False))
        self.link_button = QPushButton("Use a GGUF file in place…")
        self.link_button.clicked.connect(lambda: self._pick(link=True))
        self.folder = plain_label()
        self.folder.setObjectName("welcomeText")
        for widget in (self.import_button, self.link_button):
            buttons.addWidget(widget)
        buttons.addWidget(self.folder, 1)
        layout.addLayout(buttons)
        self.table = _table(COLUMNS, "Models on this computer")
        layout.addWidget(self.table, 3)
        self.found_title = QLabel("Found in other apps (used in place, not copied)")
        self.found_title.setObjectName("sectionTitle")
        layout.addWidget(self.found_title)
        self.found_table = _table(["Name", "App", "Size", "Quant", ""], "Models found in other apps")
        layout.addWidget(self.found_table, 2)
        self.found_empty = QLabel("No models from the Hugging Face cache, LM Studio, GPT4All or Ollama were found.")
        self.found_empty.setObjectName("welcomeText")
        layout.addWidget(self.found_empty)

    def refresh(self) -> None:
        settings = self._settings.current  # a value: the scan thread reads it while settings may change
        self.folder.setText(f"Models folder: {settings.models_path()}")

        def scan() -> tuple[list[ModelInfo], list[FoundModel]]:
            models = scan_library(settings)
            return models, find_other_apps(exclude=[m.path for m in models])

        run_in_background(scan, self._show, lambda error: self.folder.setText(f"Could not scan: {error}"), owner=self)

    def _show(self, result: tuple[list[ModelInfo], list[FoundModel]]) -> None:
        self.models, self.found = result
        self.table.setRowCount(len(self.models))
        for row, info in enumerate(self.models):
            name = info.name + (" (linked)" if info.linked else "")
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
                self.table.item(row, 5).setText(f"unusable: {info.error}")
            if info.ok and info.embedding:  # it makes vectors for Documents; it does not chat
                self.table.item(row, 5).setText("embedding model: used for documents")
            self.table.setCellWidget(row, 6, self._button("Use", info, enabled=info.ok and not info.embedding))
            self.table.setCellWidget(row, 7, self._button("Forget" if info.linked else "Delete", info))
        self.found_table.setRowCount(len(self.found))
        for row, found in enumerate(self.found):
            cells = [found.name, found.app, format_size(found.info.size_bytes), found.info.quantization]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(plain(found.path))
                self.found_table.setItem(row, column, item)
            use = QPushButton("Use in place")
            use.setAccessibleName(f"Use {found.name} in place")
            use.setEnabled(found.info.ok)
            use.clicked.connect(lambda _=False, p=str(found.path): self.importRequested.emit(p, True))
            self.found_table.setCellWidget(row, 4, use)
        self.found_table.setVisible(bool(self.found))
        self.found_empty.setVisible(not self.found)

    def _button(self, text: str, info: ModelInfo, enabled: bool = True) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(f"{text} {info.name}")
        button.setEnabled(enabled)
        if text == "Use":
            button.clicked.connect(lambda: self.useRequested.emit(str(info.path)))
        else:
            button.clicked.connect(lambda: self._confirm_delete(info))
        return button

    def _confirm_delete(self, info: ModelInfo) -> None:
        if info.linked:
            question = f"Stop listing {info.name}? The file itself stays where it is:\n{info.path}"
        else:
            question = f"Delete {info.name} ({format_size(info.size_bytes)}) from this computer?\n{info.path}"
        answer = QMessageBox.question(self, "Remove model", plain(question))
        if answer == QMessageBox.StandardButton.Yes:
            self.deleteRequested.emit(str(info.path))

    def _pick(self, link: bool) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Choose a GGUF model", str(Path.home()), "GGUF models (*.gguf)")
        if path:
            self.importRequested.emit(path, link)
