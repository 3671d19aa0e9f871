"""The download queue on screen: progress, bytes, speed and ETA, with pause, resume, cancel and retry.

The DownloadManager (desktop/core/hub) calls back from its worker threads; `DownloadBridge`
turns each snapshot into a queued Qt signal, so widgets only ever change on the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.hub.downloads import DownloadManager
from desktop.core.hub.jobs import DownloadStatus, State
from desktop.core.hub.queue_store import default_state_path
from desktop.core.hub.units import format_bytes, format_duration
from desktop.ui.plain import plain_label


class DownloadBridge(QObject):
    changed = Signal(object)  # DownloadStatus
    removed = Signal(str)  # a finished download was dismissed from the queue

    def __init__(self, models_dir: Path, parent: QObject | None = None, manager: DownloadManager | None = None) -> None:
        super().__init__(parent)
        self.manager = manager or DownloadManager(models_dir, state_path=default_state_path())
        self._unsubscribe = self.manager.subscribe(self._on_status)

    def _on_status(self, status: DownloadStatus) -> None:
        self.changed.emit(status)  # from a worker thread: queued to the GUI thread

    def dismiss(self, download_id: str) -> None:
        if self.manager.remove(download_id):
            self.removed.emit(download_id)

    def start(self) -> None:
        """Continue what was in the queue when the app last closed (or crashed)."""
        for status in self.manager.restore(autostart=True):
            self.changed.emit(status)

    def close(self) -> None:
        self._unsubscribe()
        self.manager.close(timeout=1.5)


def describe(status: DownloadStatus) -> str:
    done, total = format_bytes(status.bytes_done), format_bytes(status.bytes_total)
    state = status.state
    if state == State.DOWNLOADING:
        eta = f", {format_duration(status.eta)} left" if status.eta is not None else ""
        return f"{done} of {total} · {format_bytes(status.speed)}/s{eta}"
    if state == State.FAILED:
        return status.error or "failed"
    if state == State.DONE:
        return f"{total} · verified"
    return f"{done} of {total} · {state}"


class DownloadRow(QFrame):
    def __init__(self, status: DownloadStatus, bridge: DownloadBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.download_id = status.id
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        top = QHBoxLayout()
        self.title = plain_label(f"{status.repo_id} · {status.name}")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(self.title, 1)
        self.pause = self._button("Pause", lambda: bridge.manager.pause(self.download_id))
        self.resume = self._button("Resume", lambda: bridge.manager.resume(self.download_id))
        self.retry = self._button("Retry", lambda: bridge.manager.retry(self.download_id))
        self.cancel = self._button("Cancel", lambda: bridge.manager.cancel(self.download_id))
        self.dismiss = self._button("Dismiss", lambda: bridge.dismiss(self.download_id))
        for button in (self.pause, self.resume, self.retry, self.cancel, self.dismiss):
            top.addWidget(button)
        layout.addLayout(top)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setAccessibleName(f"Progress of {status.name}")
        self.detail = plain_label()
        self.detail.setWordWrap(True)
        self.detail.setAccessibleName(f"Download status of {status.name}")
        layout.addWidget(self.progress)
        layout.addWidget(self.detail)
        self.update_status(status)

    def _button(self, text: str, handler) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(f"{text} download")
        button.clicked.connect(lambda: handler())
        return button

    def update_status(self, status: DownloadStatus) -> None:
        state = status.state
        self.progress.setValue(int(status.fraction * 1000))
        self.progress.setVisible(state not in (State.FAILED, State.CANCELLED))
        self.detail.setText(describe(status))
        self.detail.setStyleSheet("color: #b91c1c;" if state == State.FAILED else "")
        self.pause.setVisible(state in (State.QUEUED, State.DOWNLOADING, State.VERIFYING))
        self.resume.setVisible(state == State.PAUSED)
        self.retry.setVisible(state == State.FAILED)
        self.cancel.setVisible(state not in (State.DONE, State.CANCELLED, State.FAILED))
        self.dismiss.setVisible(state in (State.DONE, State.CANCELLED, State.FAILED))


class DownloadsPanel(QWidget):
    def __init__(self, bridge: DownloadBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.rows: dict[str, DownloadRow] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel("Downloads")
        self.heading.setObjectName("sectionTitle")
        self.empty = QLabel("Nothing is downloading.")
        self.empty.setObjectName("welcomeText")
        self.list = QVBoxLayout()
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addLayout(self.list)
        layout.addStretch(1)
        bridge.changed.connect(self.show_status)
        bridge.removed.connect(self.remove_row)
        for status in bridge.manager.downloads():
            self.show_status(status)

    def remove_row(self, download_id: str) -> None:
        row = self.rows.pop(download_id, None)
        if row is not None:
            row.deleteLater()
        self.empty.setVisible(not self.rows)

    def show_status(self, status: DownloadStatus) -> None:
        row = self.rows.get(status.id)
        if row is None:
            row = DownloadRow(status, self.bridge, self)
            self.rows[status.id] = row
            self.list.addWidget(row)
        else:
            row.update_status(status)
        self.empty.setVisible(not self.rows)
