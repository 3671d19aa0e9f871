"""The Models page: Recommended, Search the Hub, On this computer — and the download queue below."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.hub.jobs import DownloadStatus, State
from desktop.core.settings import SettingsStore
from desktop.ui.i18n import tr
from desktop.ui.models_page.actions import OFFLINE_TEXT, ModelActions
from desktop.ui.models_page.downloads import DownloadsPanel
from desktop.ui.models_page.hub_search import HubSearchView
from desktop.ui.models_page.local import LocalModelsView
from desktop.ui.models_page.recommended import RecommendedList
from desktop.ui.plain import plain_label


def _scrolled(widget: QWidget, name: str, description: str) -> QScrollArea:
    area = QScrollArea()
    area.setAccessibleName(name)
    area.setAccessibleDescription(description)
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area


class ModelsPage(QWidget):
    backRequested = Signal()
    useRequested = Signal(str)
    libraryChanged = Signal()

    def __init__(self, settings: SettingsStore, actions: ModelActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modelsPage")
        self.actions = actions
        self._states: dict[str, State] = {}  # each download's last state seen
        bridge = actions.bridge
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        back = QPushButton(tr("← Back to chat"))
        back.setAccessibleName(tr("Back to chat"))
        back.setAccessibleDescription(tr("Leaves the Models page and shows the chat again."))
        back.clicked.connect(self.backRequested)
        title = QLabel(tr("Models"))
        title.setObjectName("welcomeTitle")
        header.addWidget(back)
        header.addWidget(title)
        header.addStretch(1)
        layout.addLayout(header)
        self.notice = plain_label()
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(tr("Models notice"))
        self.notice.hide()
        layout.addWidget(self.notice)
        context = settings.current.context_length
        self.recommended = RecommendedList(settings.current.models_path(), context, kind="all")
        self.search = HubSearchView(context, actions.client, lambda: settings.current.models_path())
        self.local = LocalModelsView(settings)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("Models"))
        self.tabs.setAccessibleDescription(
            tr("Recommended models, a search of the Hugging Face Hub, and the models on this computer.")
        )
        recommended = _scrolled(self.recommended, tr("Recommended models"), tr("Models picked for this computer."))
        self.tabs.addTab(recommended, tr("Recommended"))
        self.tabs.addTab(self.search, tr("Search the Hub"))
        self.tabs.addTab(self.local, tr("On this computer"))
        self.downloads = DownloadsPanel(bridge)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tabs)
        downloads = _scrolled(self.downloads, tr("Downloads"), tr("The downloads in progress, queued and finished."))
        splitter.addWidget(downloads)
        splitter.setSizes([520, 200])
        layout.addWidget(splitter, 1)

        self.recommended.downloadRequested.connect(actions.download_entry)
        self.recommended.useRequested.connect(self.useRequested)
        self.search.downloadRequested.connect(actions.download)
        self.search.useRequested.connect(self.useRequested)
        self.local.useRequested.connect(self.useRequested)
        self.local.deleteRequested.connect(actions.delete)
        self.local.importRequested.connect(actions.import_file)
        actions.message.connect(self.show_notice)
        actions.offline.connect(self._offline)
        actions.libraryChanged.connect(self._library_changed)
        bridge.changed.connect(self._download_changed)
        self.tabs.currentChanged.connect(self._tab_changed)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _offline(self, offline: bool) -> None:
        if offline:
            self.show_notice(tr(OFFLINE_TEXT))

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.local:
            self.local.refresh()
        # Arrow keys on the focused tab bar only pass through the tab: the focus stays on the tabs.
        elif self.tabs.widget(index) is self.search and not self.tabs.tabBar().hasFocus():
            self.search.query.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous() and self.tabs.currentWidget() is self.search:  # opened, not un-minimised
            self.search.query.setFocus(Qt.FocusReason.OtherFocusReason)

    def _download_changed(self, status: DownloadStatus) -> None:
        self.recommended.show_download(status)
        self.search.show_download(status)
        before = self._states.get(status.id)
        self._states[status.id] = status.state
        # A download finishing now changes the library; one restored from the queue already done does not.
        if status.state == State.DONE and before is not None and before != State.DONE:
            self._library_changed()

    def _library_changed(self) -> None:
        self.recommended.refresh()
        self.search.refresh_files()
        if self.tabs.currentWidget() is self.local:
            self.local.refresh()
        self.libraryChanged.emit()
