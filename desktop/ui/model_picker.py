"""The header's model picker: the models on this computer, and "Open a GGUF file…"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QSizePolicy, QWidget

from desktop.core.library.files import display_name
from desktop.ui.plain import plain

OPEN_FILE = "__open__"


class ModelPicker(QComboBox):
    modelChosen = Signal(str)
    openFileRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modelPicker")
        self.setAccessibleName("Model")
        self.setToolTip("Choose the model for this chat")
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self._current = ""
        self._paths: list[str] = []
        self.activated.connect(self._on_activated)
        self.set_models([])

    def set_models(self, paths: list[Path]) -> None:
        self.blockSignals(True)
        self.clear()
        self._paths = [str(p) for p in paths]
        if not paths:
            self.addItem("No model", "")
        for path in paths:
            self.addItem(display_name(path), str(path))
            self.setItemData(self.count() - 1, plain(path), role=3)  # tooltip: the full path
        self.insertSeparator(self.count())
        self.addItem("Open a GGUF file…", OPEN_FILE)
        self.blockSignals(False)
        self.set_current(self._current)

    @property
    def paths(self) -> list[str]:
        return list(self._paths)

    def set_current(self, path: str) -> None:
        """Show `path` as chosen (adding it if it is a file outside the list)."""
        self._current = path
        index = self.findData(path) if path else -1
        if index < 0 and path:
            self.blockSignals(True)
            self.insertItem(0, display_name(path), path)
            self.blockSignals(False)
            index = 0
        self.blockSignals(True)
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)

    def _on_activated(self, index: int) -> None:
        data = self.itemData(index)
        if data == OPEN_FILE:
            self.set_current(self._current)  # stay on the current model until a file is chosen
            self.openFileRequested.emit()
        elif data and data != self._current:
            self._current = data
            self.modelChosen.emit(data)
