"""The status bar: model state (and load progress), speed of the last reply, context used."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QProgressBar, QPushButton, QStatusBar, QWidget

from desktop.core.hub.units import format_bytes
from desktop.core.library.files import display_name
from desktop.core.runtime.types import ModelInfo
from desktop.ui.i18n import tr
from desktop.ui.plain import plain, plain_label


class HearthStatusBar(QStatusBar):
    undoRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._estimated = False  # the context meter's counts are estimates
        self.model_label = plain_label(tr("No model"))
        self.model_label.setObjectName("modelStatus")
        self.model_label.setAccessibleName(tr("Model status"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(140)
        self.progress.setAccessibleName(tr("Loading progress"))
        self.progress.setAccessibleDescription(tr("How much of the model is loaded."))
        self.progress.hide()
        self.speed_label = plain_label("")
        self.speed_label.setObjectName("speedStatus")
        self.speed_label.setAccessibleName(tr("Speed of the last reply"))
        self.context_label = plain_label("")
        self.context_label.setObjectName("contextStatus")
        self.context_label.setAccessibleName(tr("Context used"))
        self.server_label = plain_label("")
        self.server_label.setObjectName("serverStatus")
        self.server_label.setAccessibleName(tr("Local server"))
        self.server_label.hide()
        self.undo_button = QPushButton(tr("Undo"))
        self.undo_button.setAccessibleName(tr("Undo delete"))
        self.undo_button.setAccessibleDescription(tr("Brings back the chat just deleted."))
        self.undo_button.hide()
        self.undo_button.clicked.connect(self.undoRequested)
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.timeout.connect(self.hide_undo)
        self.addPermanentWidget(self.undo_button)
        self.addPermanentWidget(self.model_label)
        self.addPermanentWidget(self.progress)
        self.addPermanentWidget(self.speed_label)
        self.addPermanentWidget(self.context_label)
        self.addPermanentWidget(self.server_label)

    def show_server(self, text: str) -> None:
        """The local server's state ("Server :8080 · 2 active"); hidden when it is off."""
        self.server_label.setText(text)
        self.server_label.setVisible(bool(text))

    def show_loading(self, path: str) -> None:
        self.model_label.setText(tr("Loading {model}…").format(model=display_name(path)))
        self.progress.setValue(0)
        self.progress.show()

    def show_progress(self, fraction: float) -> None:
        self.progress.setValue(int(fraction * 100))

    def show_loaded(self, info: ModelInfo, rss_before: int, rss_after: int) -> None:
        self.progress.hide()
        if info.backend.startswith("remote"):
            # "remote · gpu-box:8000": the messages go there
            where = tr("remote · {host}").format(host=info.backend.split(" · ", 1)[-1])
        else:
            where = (
                tr("CPU")
                if info.backend == "CPU"
                else tr("GPU ({backend}, {layers} layers)").format(backend=info.backend, layers=info.gpu_layers)
            )
        self._estimated = info.tokens_estimated
        self.model_label.setText(f"{display_name(info.path)} · {where}")
        if info.backend.startswith("remote"):
            self.model_label.setToolTip(
                plain(f"{info.name}\n" + tr("Messages go to {host}").format(host=info.backend.split(" · ", 1)[-1]))
            )
            self.show_context(0, info.context_length)
            return
        self.model_label.setToolTip(
            plain(
                f"{info.path}\n"
                + tr("Loaded in {seconds} s · {parameters}M parameters · {size}").format(
                    seconds=f"{info.load_seconds:.2f}",
                    parameters=f"{info.parameters / 1e6:,.0f}",
                    size=format_bytes(info.size_bytes),
                )
                + "\n"
                + tr("Memory of Hearth: {before} before, {after} after loading").format(
                    before=format_bytes(rss_before), after=format_bytes(rss_after)
                )
            )
        )
        self.show_context(0, info.context_length)

    def show_failed(self, path: str) -> None:
        self.progress.hide()
        self.model_label.setText(tr("Could not load {model}").format(model=display_name(path)))

    def show_empty(self) -> None:
        self.progress.hide()
        self.model_label.setText(tr("No model"))
        self.context_label.setText("")

    def show_speed(self, tokens_per_s: float) -> None:
        self.speed_label.setText(tr("{speed} tok/s").format(speed=f"{tokens_per_s:.1f}") if tokens_per_s else "")

    def show_context(self, used: int, size: int) -> None:
        about = "≈" if self._estimated else ""
        self.context_label.setText(
            tr("Context {used} / {size}").format(used=f"{about}{used:,}", size=f"{size:,}") if size else ""
        )
        tip = tr("Tokens of this conversation in the model's context, of the context size")
        if self._estimated:
            tip += " " + tr("(estimated: the server has no tokenizer endpoint)")
        self.context_label.setToolTip(tip)

    def show_undo(self, text: str, seconds: int = 10) -> None:
        self.showMessage(text, seconds * 1000)
        self.undo_button.show()
        self._undo_timer.start(seconds * 1000)

    def hide_undo(self) -> None:
        self.undo_button.hide()
