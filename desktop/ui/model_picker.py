"""The header's model picker: the models on this computer (an eye beside those that can see images:
a projector file sits beside them), each with the user's adapters indented under it, those of each
remote engine under its name (with a "remote" badge and the host, or why it cannot be reached), and
"Open a GGUF file…".

An adapter's row holds its base model's path (as the base's row does) and the adapter's own path in
ADAPTER_ROLE: choosing it asks for the base (loaded only if it is not already) with that adapter."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon, QPixmap, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QSizePolicy, QWidget

from desktop.core.library.files import display_name, remote_model_name
from desktop.core.library.library import same_file
from desktop.core.library.projector import find_projector, is_projector
from desktop.core.runtime.types import ModelRef
from desktop.core.text import one_line
from desktop.ui.i18n import tr
from desktop.ui.message_widget import _icon as themed_icon
from desktop.ui.plain import plain

if TYPE_CHECKING:  # httpx2 and the remote client load when an endpoint is first asked
    from desktop.core.backends.remote.catalog import EndpointListing
    from desktop.core.tune.adapters import AdapterInfo

OPEN_FILE = "__open__"
ADAPTER_ROLE = Qt.ItemDataRole.UserRole + 1  # an adapter row's adapter file ("" or None on other rows)


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
    adapterChosen = Signal(str, str)  # the base model's path, the adapter's ("" for the base alone)
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
        self._adapter = ""  # the adapter of the chat shown, on the current model
        self._paths: list[str] = []
        self._remotes: list[EndpointListing] = []
        self._adapters: list[AdapterInfo] = []
        self.activated.connect(self._on_activated)
        self.set_models([])

    def set_models(
        self, paths: list[Path], remotes: Sequence[EndpointListing] = (), adapters: Sequence[AdapterInfo] = ()
    ) -> None:
        self.blockSignals(True)
        self.clear()
        paths = [path for path in paths if not is_projector(path)]
        self._paths = [str(p) for p in paths]
        self._remotes = list(remotes)
        self._adapters = list(adapters)
        if not paths and not any(listing.models for listing in remotes):
            self.addItem(tr("No model"), "")
        for path in paths:
            self._add_local(str(path), self.count())
            self._add_adapters(str(path), self.count())
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

    def _add_adapters(self, path: str, index: int) -> None:
        """The adapters trained on the model at `path`, indented under its row."""
        for info in (info for info in self._adapters if same_file(info.base_path, path)):
            self.insertItem(index, "    " + one_line(info.name, 80), path)
            self.setItemIcon(index, blank_icon())
            self.setItemData(index, info.path, ADAPTER_ROLE)
            tip = tr("An adapter you trained on {model}").format(model=display_name(path)) + "\n" + info.path
            self.setItemData(index, plain(tip), role=Qt.ItemDataRole.ToolTipRole)
            index += 1

    def adapter_rows(self, path: str) -> dict[str, int]:
        """The adapters listed under `path`: adapter file -> row."""
        rows = {}
        for index in range(self.count()):
            adapter = self.itemData(index, ADAPTER_ROLE)
            if adapter and self.itemData(index) == path:
                rows[adapter] = index
        return rows

    @property
    def adapter(self) -> str:
        """The adapter shown as chosen ("" for the base model alone)."""
        return self._adapter

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
        """Show `path` as chosen (adding it if it is a file outside the list), with the adapter shown
        before if it is one of that model's."""
        self._current = path
        index = self.findData(path) if path else -1
        if index < 0 and path:
            self.blockSignals(True)
            self._add_local(path, 0)
            self._add_adapters(path, 1)
            self.blockSignals(False)
            index = 0
        index = self.adapter_rows(path).get(self._adapter, index) if self._adapter else index
        self.blockSignals(True)
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)

    def set_adapter(self, adapter: str) -> None:
        """Show the chat's adapter (on the current model) as chosen; "" for the model alone."""
        self._adapter = adapter
        self.set_current(self._current)

    def _on_activated(self, index: int) -> None:
        data = self.itemData(index)
        adapter = self.itemData(index, ADAPTER_ROLE) or ""
        if data == OPEN_FILE:
            self.set_current(self._current)  # stay on the current model until a file is chosen
            self.openFileRequested.emit()
        elif data and adapter:
            if (data, adapter) != (self._current, self._adapter):
                self._current, self._adapter = data, adapter
                self.adapterChosen.emit(data, adapter)
        elif data and data == self._current and self._adapter:  # the model alone, without its adapter
            self._adapter = ""
            self.adapterChosen.emit(data, "")
        elif data and data != self._current:
            self._current, self._adapter = data, ""
            self.modelChosen.emit(data)
