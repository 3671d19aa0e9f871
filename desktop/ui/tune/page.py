"""The Make it yours page: what the feedback holds, a run (its estimate, progress, log and report), the
runs left unfinished, and the user's adapters. Every TuneError is one line in the notice at the top."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QScrollArea, QVBoxLayout, QWidget

from desktop.core.settings import SettingsStore
from desktop.core.store import ConversationStore, StoreError
from desktop.core.text import one_line
from desktop.core.tune import data
from desktop.core.tune.adapters import AdapterInfo, list_adapters, remove_adapter
from desktop.core.tune.data import TrainingSet
from desktop.core.tune.errors import TuneError
from desktop.core.tune.plan import TuneSettings
from desktop.core.tune.runs import RunState, discard, finish_install, trainer_missing, unfinished_runs
from desktop.ui.i18n import tr
from desktop.ui.plain import plain, plain_label
from desktop.ui.tune.adapters_view import AdaptersView
from desktop.ui.tune.feedback_view import FeedbackView
from desktop.ui.tune.progress_view import ProgressView
from desktop.ui.tune.report_view import ReportView
from desktop.ui.tune.run_bridge import RunBridge
from desktop.ui.tune.run_setup import RunSetup
from desktop.ui.tune.unfinished_view import UnfinishedRuns
from desktop.ui.tune.warning import WarningLabel


class TunePage(QWidget):
    backRequested = Signal()
    useRequested = Signal(object)  # AdapterInfo: a new chat with it
    adaptersChanged = Signal()  # one was made or removed: the model picker lists them again
    adapterRemoved = Signal(str)  # its path

    def __init__(
        self,
        store: ConversationStore,
        settings: SettingsStore,
        model_paths: Callable[[], list[str]],
        current_model: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tunePage")
        self.store = store
        self.settings_store = settings
        self._model_paths = model_paths
        self._current_model = current_model
        self.training = TrainingSet()
        self.bridge = RunBridge(lambda: self.settings_store.current, self)
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        back = QPushButton(tr("← Back to chat"))
        back.setAccessibleName(tr("Back to chat"))
        back.setAccessibleDescription(tr("Leaves the Make it yours page and shows the chat again."))
        back.clicked.connect(self.backRequested)
        title = QLabel(tr("Make it yours"))
        title.setObjectName("welcomeTitle")
        header.addWidget(back)
        header.addWidget(title)
        header.addStretch(1)
        layout.addLayout(header)
        intro = plain_label(
            tr(
                "Train the model on your own thumbs up and down: a small LoRA adapter, made on this computer, "
                "that you can apply to its model in any chat. Your chats never leave this computer."
            )
        )
        intro.setObjectName("welcomeText")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.notice = WarningLabel(tr("Make it yours notice"))
        layout.addWidget(self.notice)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(10, 4, 14, 10)
        self.feedback = FeedbackView()
        self.unfinished = UnfinishedRuns()
        self.setup = RunSetup()
        self.progress = ProgressView()
        self.progress.hide()
        self.report = ReportView()
        self.report.hide()
        self.adapters = AdaptersView()
        for part in (self.feedback, self.unfinished, self.setup, self.progress, self.report, self.adapters):
            column.addWidget(part)
        column.addStretch(1)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(content)
        area.setAccessibleName(tr("Make it yours"))
        area.setAccessibleDescription(tr("Your feedback, a training run and its report, and your adapters"))
        layout.addWidget(area, 1)
        self.area = area

        self.setup.startRequested.connect(self.start)
        self.progress.cancelRequested.connect(self.bridge.cancel)
        self.unfinished.resumeRequested.connect(self.resume)
        self.unfinished.cleanRequested.connect(self.clean_up)
        self.adapters.useRequested.connect(self.useRequested)
        self.adapters.reportRequested.connect(self._show_report)
        self.adapters.removeRequested.connect(self.remove)
        self.report.useRequested.connect(self.useRequested)
        self.bridge.runEvent.connect(self._on_event)
        self.bridge.failed.connect(self._run_failed)
        self.bridge.busyChanged.connect(self._busy_changed)

    # -- what is shown ------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()

    def refresh(self) -> None:
        """Everything again: the feedback (rated since), the models, the runs and the adapters."""
        try:
            self.training = data.from_store(self.store)
            self.feedback.show_training(self.training)
        except (StoreError, TuneError) as error:
            self.training = TrainingSet()
            self.feedback.show_training(None, one_line(str(error), 300))
        self.setup.set_models(self._model_paths(), self._current_model())
        self.setup.set_training(self.training)
        self.setup.set_missing(trainer_missing())
        self.setup.set_busy(self.bridge.busy)
        self.refresh_runs()
        self.refresh_adapters()

    def refresh_runs(self) -> None:
        runs = [] if self.bridge.busy else unfinished_runs()
        for state in [state for state in runs if state.exported]:
            # It finished; only putting its adapter in the library was cut short: that is done now, so
            # Clean up can never throw a finished adapter away.
            try:
                finish_install(state, self.settings_store.current)
                runs.remove(state)
                self.refresh_adapters()
            except TuneError as error:
                self.say(str(error))
        self.unfinished.show_runs(runs)
        self.unfinished.set_busy(self.bridge.busy)

    def refresh_adapters(self) -> None:
        self.adapters.show_adapters(list_adapters(self.settings_store.current))

    def say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    # -- a run ----------------------------------------------------------------------------

    def start(self, base: Path, settings: TuneSettings, name: str) -> None:
        self.say("")
        self.report.hide()
        self.progress.begin(name)
        self.bridge.start(base, self.training, settings, name)

    def resume(self, state: RunState) -> None:
        self.say("")
        self.report.hide()
        self.progress.begin(state.name)
        self.unfinished.show_runs([])
        self.bridge.resume(state)

    def clean_up(self, state: RunState) -> None:
        discard(state)
        self.refresh_runs()

    def cancel(self) -> None:
        self.bridge.cancel()

    def _busy_changed(self, busy: bool) -> None:
        self.setup.set_busy(busy)
        self.unfinished.set_busy(busy)

    def _on_event(self, event: dict[str, Any]) -> None:
        self.progress.show_event(event)
        if event.get("event") == "error":
            self.say(one_line(str(event.get("message", "")), 300))
        if event.get("event") != "finished":
            return
        status = event.get("status")
        state = self.bridge.state
        log_path = state.log_path if state is not None else None
        if status == "done":
            adapter = self.bridge.adapter() or _adapter_of(event)
            self.progress.end(tr("Done: the adapter is in your library."), complete=True)
            if adapter is not None:
                self.report.show_adapter(adapter)
                self.area.ensureWidgetVisible(self.report)
            self.refresh_adapters()
            self.adaptersChanged.emit()
        elif status == "cancelled":
            resumable = bool(event.get("resumable"))
            self.progress.end(
                tr("Cancelled. It can be resumed from its last checkpoint: see Unfinished runs above.")
                if resumable
                else tr("Cancelled before the first checkpoint.")
            )
        else:
            message = one_line(str(event.get("message") or tr("the training process failed")), 300)
            self.progress.end(tr("The run failed: {message}").format(message=message), log_path)
            self.say(message)
        self.setup.set_busy(False)
        self.refresh_runs()

    def _run_failed(self, message: str) -> None:
        """A run that could not start (no data, a base that cannot be trained, no training extra)."""
        self.say(message)
        if self.progress.running:
            self.progress.end(tr("The run did not start: {message}").format(message=message))
        self.setup.set_busy(False)
        self.refresh_runs()

    # -- adapters -------------------------------------------------------------------------

    def _show_report(self, adapter: AdapterInfo) -> None:
        self.report.show_adapter(adapter)
        self.area.ensureWidgetVisible(self.report)

    def remove(self, adapter: AdapterInfo, confirm: bool = True) -> None:
        if confirm:
            answer = QMessageBox.question(
                self,
                tr("Remove adapter"),
                plain(tr("Remove {name}? Its file is deleted; chats that used it go on with its model alone.")).format(
                    name=adapter.name
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            remove_adapter(adapter)
        except OSError as error:
            self.say(tr("Not removed: {error}").format(error=error.strerror or error))
            return
        if self.report.adapter is not None and self.report.adapter.path == adapter.path:
            self.report.hide()
        self.refresh_adapters()
        self.adapterRemoved.emit(adapter.path)
        self.adaptersChanged.emit()

    def shutdown(self) -> None:
        """At exit: a run in progress stops at its next step with a checkpoint, to resume at the next start."""
        self.bridge.cancel()


def _adapter_of(event: dict[str, Any]) -> AdapterInfo | None:
    raw = event.get("adapter")
    if not isinstance(raw, dict):
        return None
    try:
        return AdapterInfo(**raw)
    except TypeError:
        return None
