"""The header's model picker: the models on this computer (an eye beside those that can see images:
a projector file sits beside them), those of each remote engine under its name (with a "remote" badge
and the host, or why it cannot be reached), and "Open a GGUF file…"."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon, QPixmap, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QSizePolicy, QWidget

from desktop.core.library.files import display_name, remote_model_name
from desktop.core.library.projector import find_projector, is_projector
from desktop.core.runtime.types import ModelRef
from desktop.core.text import one_line
from desktop.ui.i18n import tr
from desktop.ui.message_widget import _icon as themed_icon
from desktop.ui.plain import plain

if TYPE_CHECKING:  # httpx2 and the remote client load when an endpoint is first asked
    from desktop.core.backends.remote.catalog import EndpointListing

OPEN_FILE = "__open__"


def has_projector(stored: str | Path) -> bool:
    """Whether a model (a file, or its stored reference) can see images: its projector sits beside it."""
    ref = ModelRef.parse(str(stored))
    return ref is not None and ref.kind == "gguf" and find_projector(Path(ref.path)) is not None


def blank_icon() -> QIcon:
    pixmap = QPixmap(48, 48)
    pixmap.fill(Qt.GlobalColor.transparent)
    return QIcon(pixmap)


class ModelPicker(QComboBox):
    modelChosen = Signal(str)
    openFileRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modelPicker")
        self.setAccessibleName(tr("Model"))
        self.setAccessibleDescription(tr("Chooses the model for this chat, or opens a GGUF file."))
        self.setToolTip(tr("Choose the model for this chat"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self._current = ""
        self._paths: list[str] = []
        self._remotes: list[EndpointListing] = []
        self.activated.connect(self._on_activated)
        self.set_models([])

    def set_models(self, paths: list[Path], remotes: Sequence[EndpointListing] = ()) -> None:
        self.blockSignals(True)
        self.clear()
        paths = [path for path in paths if not is_projector(path)]
        self._paths = [str(p) for p in paths]
        self._remotes = list(remotes)
        if not paths and not any(listing.models for listing in remotes):
            self.addItem(tr("No model"), "")
        for path in paths:
            self._add_local(str(path), self.count())
        for listing in remotes:
            self._add_remote(listing)
        self.insertSeparator(self.count())
        self.addItem(tr("Open a GGUF file…"), OPEN_FILE)
        self.blockSignals(False)
        self.set_current(self._current)

    def _add_local(self, path: str, index: int) -> None:
        """A model file, with an eye when it can see images (its full path as its tooltip)."""
        self.insertItem(index, display_name(path), path)
        tip = plain(path)
        if not has_projector(path):
            self.setItemIcon(index, blank_icon())  # its name in line with those beside an eye
            self.setItemData(index, tip, role=Qt.ItemDataRole.ToolTipRole)
            return
        self.setItemIcon(index, themed_icon("eye.svg"))
        self.setItemData(index, tip + "\n" + tr("Can see images"), role=Qt.ItemDataRole.ToolTipRole)
        self.setItemData(index, tr("can see images"), role=Qt.ItemDataRole.AccessibleDescriptionRole)

    def can_see(self, path: str) -> bool:
        """Whether the picker shows an eye beside `path`."""
        index = self.findData(path) if path else -1
        return index >= 0 and self.itemData(index, Qt.ItemDataRole.AccessibleDescriptionRole) is not None

    def _add_remote(self, listing: EndpointListing) -> None:
        """An endpoint's models under a heading with its name and host; one that cannot be asked says why."""
        endpoint = listing.endpoint
        self.insertSeparator(self.count())
        self._add_heading(
            tr("{engine} — remote · {host}").format(engine=endpoint.name, host=one_line(endpoint.host_port, 60))
        )
        for model, ref in zip(listing.models, listing.refs(), strict=True):
            self.addItem(
                "    " + tr("{model}   [remote]").format(model=one_line(remote_model_name(model.id), 80)), ref.stored()
            )
            tip = f"{model.id}\n" + tr("on {engine} ({url})").format(engine=endpoint.name, url=endpoint.url)
            self.setItemData(self.count() - 1, plain(tip), role=Qt.ItemDataRole.ToolTipRole)
        if listing.error:
            self._add_heading(f"    {one_line(listing.error, 120)}")

    def _add_heading(self, text: str) -> None:
        self.addItem(plain(text), None)
        model = self.model()
        if isinstance(model, QStandardItemModel):
            item = model.item(self.count() - 1)
            if item is not None:
                item.setEnabled(False)

    @property
    def remote_refs(self) -> list[str]:
        return [ref.stored() for listing in self._remotes for ref in listing.refs()]

    @property
    def paths(self) -> list[str]:
        return list(self._paths)

    def set_current(self, path: str) -> None:
        """Show `path` as chosen (adding it if it is a file outside the list)."""
        self._current = path
        index = self.findData(path) if path else -1
        if index < 0 and path:
            self.blockSignals(True)
            self._add_local(path, 0)
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
