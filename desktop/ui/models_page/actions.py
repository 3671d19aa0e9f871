"""What the Models page and the welcome view do to models: download and import (off the GUI thread), delete."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal

from desktop.core.hub.errors import HubError, HubNotFound
from desktop.core.hub.quant import GgufModel
from desktop.core.hub.vision import MissingFile, catalog_model
from desktop.core.library.catalog import CatalogEntry
from desktop.core.library.errors import LibraryError
from desktop.core.library.importing import ImportResult, delete_model, import_model
from desktop.core.library.links import link_model
from desktop.core.settings import SettingsStore
from desktop.ui.background import run_in_background
from desktop.ui.i18n import tr

# Shown through tr(OFFLINE_TEXT).
OFFLINE_TEXT = QT_TRANSLATE_NOOP(
    "",
    "Offline: the Hugging Face Hub cannot be reached, so nothing can be downloaded now. "
    "Opening a GGUF file and the models already on this computer still work.",
)

if TYPE_CHECKING:
    from desktop.core.hub.client import HubClient
    from desktop.ui.models_page.downloads import DownloadBridge


class ModelActions(QObject):
    message = Signal(str)  # one line for the user
    offline = Signal(bool)  # the Hub could (not) be reached on the last try
    libraryChanged = Signal()

    def __init__(self, settings: SettingsStore, bridge: DownloadBridge, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.bridge = bridge

    def client(self) -> HubClient:
        # The download manager's: one client remembers that the Hub answered (for 30 s), so a
        # search does not probe it again first.
        return self.bridge.manager.client

    def download(self, repo_id: str, model: GgufModel, revision: str) -> None:
        try:
            self.bridge.manager.add(repo_id, model, revision)
        except HubError as error:
            self.message.emit(tr("Not downloaded: {error}").format(error=error.message))

    def download_entry(self, entry: CatalogEntry) -> None:
        """A recommended model: list its repo (one request), then queue its preferred file (and, for a
        vision model, its projector with it: one download)."""

        def resolve() -> tuple[str, GgufModel]:
            files = self.client().repo_files(entry.repo)
            try:
                return files.revision, catalog_model(files, entry)
            except MissingFile as missing:
                gone = tr("{repo} no longer has {file}").format(repo=entry.repo, file=missing.file)
                raise HubNotFound(gone) from None

        def done(found: tuple[str, GgufModel]) -> None:
            self.offline.emit(False)
            self.download(entry.repo, found[1], found[0])

        self.message.emit(tr("Looking up {name} on the Hugging Face Hub…").format(name=entry.name))
        run_in_background(resolve, done, self.hub_failed, owner=self)

    def hub_failed(self, error: Exception) -> None:
        if isinstance(error, HubError):
            offline = error.kind == "offline"
            self.offline.emit(offline)
            self.message.emit(tr(OFFLINE_TEXT) if offline else error.message)
        else:
            self.message.emit(tr("The Hub request failed: {error}").format(error=error))

    def import_file(self, path: str, link: bool) -> None:
        name = Path(path).name
        said = [-1]

        def progress(done: int, total: int) -> None:
            # Runs on the copying thread; a signal carries it to the GUI, once per whole percent.
            percent = done * 100 // total if total else 100
            if percent != said[0]:
                said[0] = percent
                self.message.emit(tr("Copying {name}… {percent}%").format(name=name, percent=percent))

        # The copy reads the settings as they are now; a link it calls for is recorded here, on the
        # GUI thread, through the one owner of the settings.
        current = self.settings.current

        def work() -> ImportResult:
            return import_model(path, current, link=link, progress=progress)

        def done(result: ImportResult) -> None:
            if result.linked and not result.already:
                not_saved = link_model(self.settings, result.path)
                if not_saved:
                    self.message.emit(not_saved)
            done_text = tr("Linked {name}") if link else tr("Imported {name}")
            self.message.emit(done_text.format(name=result.path.name))
            self.libraryChanged.emit()

        def failed(error: Exception) -> None:
            self.message.emit(
                str(error) if isinstance(error, LibraryError) else tr("Not imported: {error}").format(error=error)
            )

        run_in_background(work, done, failed, owner=self)

    def delete(self, path: str) -> bool:
        try:
            outcome = delete_model(path, self.settings)
        except LibraryError as error:
            self.message.emit(str(error))
            return False
        said = tr("Forgot {name}") if outcome == "forgotten" else tr("Deleted {name}")
        self.message.emit(said.format(name=Path(path).name))
        self.libraryChanged.emit()
        return True
