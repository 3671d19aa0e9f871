"""The download queue on screen: progress, bytes, speed and ETA, with pause, resume, cancel and retry.

The DownloadManager (desktop/core/hub) calls back from its worker threads; `DownloadBridge`
turns each snapshot into a queued Qt signal, so widgets only ever change on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.hub.jobs import DownloadStatus, State
from desktop.core.hub.units import format_bytes, format_duration
from desktop.ui.i18n import tr
from desktop.ui.plain import plain_label

if TYPE_CHECKING:
    from desktop.core.hub.downloads import DownloadManager

# A waiting or ended download's state as its row says it, shown through tr().
STATES = {
    State.QUEUED: QT_TRANSLATE_NOOP("", "queued"),
    State.PAUSED: QT_TRANSLATE_NOOP("", "paused"),
    State.VERIFYING: QT_TRANSLATE_NOOP("", "verifying"),
    State.CANCELLED: QT_TRANSLATE_NOOP("", "cancelled"),
}


class DownloadBridge(QObject):
    """The download manager's statuses as Qt signals. The manager is made on first use, or by
    `start` once the window is up: it brings in huggingface_hub and its HTTP client, a fifth
    of a second of imports that the first window need not wait for."""

    changed = Signal(object)  # DownloadStatus
    removed = Signal(str)  # a finished download was dismissed from the queue

    def __init__(self, models_dir: Path, parent: QObject | None = None, manager: DownloadManager | None = None) -> None:
        super().__init__(parent)
        self._models_dir = models_dir
        self._manager: DownloadManager | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._started = False
        if manager is not None:
            self._attach(manager)

    @property
    def manager(self) -> DownloadManager:
        if self._manager is None:
            from desktop.core.hub import downloads, queue_store

            self._attach(downloads.DownloadManager(self._models_dir, state_path=queue_store.default_state_path()))
        assert self._manager is not None
        return self._manager

    def _attach(self, manager: DownloadManager) -> None:
        self._manager = manager
        self._unsubscribe = manager.subscribe(self._on_status)

    def set_models_dir(self, models_dir: Path) -> None:
        """New downloads go there; those under way finish where they are."""
        self._models_dir = models_dir
        if self._manager is not None:
            self._manager.models_dir = models_dir

    def downloads(self) -> list[DownloadStatus]:
        return self._manager.downloads() if self._manager is not None else []

    def _on_status(self, status: DownloadStatus) -> None:
        self.changed.emit(status)  # from a worker thread: queued to the GUI thread

    def dismiss(self, download_id: str) -> None:
        if self.manager.remove(download_id):
            self.removed.emit(download_id)

    def start(self) -> None:
        """Continue what was in the queue when the app last closed (or crashed); once."""
        if not self._started:
            self._started = True
            self.manager.restore(autostart=True)  # each restored download reaches `changed`

    def close(self) -> None:
        if self._manager is None:
            return
        if self._unsubscribe is not None:
            self._unsubscribe()
        self._manager.close(timeout=1.5)


def describe(status: DownloadStatus) -> str:
    done, total = format_bytes(status.bytes_done), format_bytes(status.bytes_total)
    state = status.state
    if state == State.DOWNLOADING:
        speed = format_bytes(status.speed)
        if status.eta is not None:
            return tr("{done} of {total} · {speed}/s, {time} left").format(
                done=done, total=total, speed=speed, time=format_duration(status.eta)
            )
        return tr("{done} of {total} · {speed}/s").format(done=done, total=total, speed=speed)
    if state == State.FAILED:
        return status.error or tr("failed")
    if state == State.DONE:
        return tr("{total} · verified").format(total=total)
    shown = tr(STATES[state]) if state in STATES else str(state)
    return tr("{done} of {total} · {state}").format(done=done, total=total, state=shown)


class DownloadRow(QFrame):
    def __init__(self, status: DownloadStatus, bridge: DownloadBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.download_id = status.id
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        top = QHBoxLayout()
        # A vision model and its projector are one download: one row, both names, the bytes of both.
        also = f" + {status.projector.name}" if status.projector is not None else ""
        self.title = plain_label(f"{status.repo_id} · {status.name}{also}")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(self.title, 1)
        self.pause = self._button(
            tr("Pause"),
            tr("Pause download"),
            tr("Stops the download for now; Resume goes on from there."),
            lambda: bridge.manager.pause(self.download_id),
        )
        self.resume = self._button(
            tr("Resume"),
            tr("Resume download"),
            tr("Goes on with the paused download."),
            lambda: bridge.manager.resume(self.download_id),
        )
        self.retry = self._button(
            tr("Retry"),
            tr("Retry download"),
            tr("Tries the failed download again."),
            lambda: bridge.manager.retry(self.download_id),
        )
        self.cancel = self._button(
            tr("Cancel"),
            tr("Cancel download"),
            tr("Stops the download and deletes what was downloaded."),
            lambda: bridge.manager.cancel(self.download_id),
        )
        self.dismiss = self._button(
            tr("Dismiss"),
            tr("Dismiss download"),
            tr("Removes this download from the list."),
            lambda: bridge.dismiss(self.download_id),
        )
        for button in (self.pause, self.resume, self.retry, self.cancel, self.dismiss):
            top.addWidget(button)
        layout.addLayout(top)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setAccessibleName(tr("Progress of {name}").format(name=status.name))
        self.detail = plain_label()
        self.detail.setWordWrap(True)
        self.detail.setAccessibleName(tr("Download status of {name}").format(name=status.name))
        layout.addWidget(self.progress)
        layout.addWidget(self.detail)
        self.update_status(status)

    def _button(self, text: str, name: str, description: str, handler) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setAccessibleDescription(description)
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
        self.heading = QLabel(tr("Downloads"))
        self.heading.setObjectName("sectionTitle")
        self.empty = QLabel(tr("Nothing is downloading."))
        self.empty.setObjectName("welcomeText")
        self.list = QVBoxLayout()
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addLayout(self.list)
        layout.addStretch(1)
        bridge.changed.connect(self.show_status)
        bridge.removed.connect(self.remove_row)
        for status in bridge.downloads():
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
