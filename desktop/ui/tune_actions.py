"""What the window does with adapters: the Make it yours page (made when first shown), the adapters in the
model picker, the chat's adapter (chosen there, remembered with the chat, applied at run time: no reload),
a new chat with an adapter, and Compare."""

from __future__ import annotations

import os
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QToolButton

from desktop.core.library.library import same_file
from desktop.core.model_ref import ModelRef
from desktop.core.tune.adapters import AdapterInfo, list_adapters
from desktop.ui.compare_actions import CompareActions
from desktop.ui.i18n import tr
from desktop.ui.tune import labels

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow
    from desktop.ui.tune.page import TunePage


def header_button() -> QToolButton:
    button = QToolButton()
    button.setText(tr("Make it yours"))
    button.setAccessibleName(tr("Make it yours"))
    button.setAccessibleDescription(tr("Shows the page where the model learns from your feedback."))
    return button


class TuneActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.page: TunePage | None = None
        self.compare = CompareActions(window)
        self._adapters: list[AdapterInfo] = []
        chat = window.chat
        window.tune_button.clicked.connect(self.show_page)
        window.picker.adapterChosen.connect(self.choose_adapter)
        # After the window's own handlers (which show the model): then the chat's adapter under it.
        chat.conversationOpened.connect(self.show_chat_adapter)
        chat.modelChanged.connect(self._model_changed)

    # -- the library's adapters -----------------------------------------------------------

    def adapters(self) -> list[AdapterInfo]:
        """Every adapter of the library, read again (the picker lists them under their models)."""
        self._adapters = list_adapters(self.window.settings)
        labels.remember_names({info.path: info.name for info in self._adapters})
        return self._adapters

    def _adapters_changed(self) -> None:
        self.window.refresh_models()
        self.show_chat_adapter()

    # -- the page -------------------------------------------------------------------------

    def show_page(self) -> None:
        window = self.window
        if self.page is None:
            from desktop.ui.tune.page import TunePage  # the tune modules load when the page is first asked

            self.page = TunePage(
                window.store,
                window.settings_store,
                lambda: [str(path) for path in window.model_paths()],
                self._loaded_model,
            )
            self.page.backRequested.connect(window.show_chat_page)
            self.page.useRequested.connect(self.use_in_new_chat)
            self.page.adaptersChanged.connect(self._adapters_changed)
            self.page.adapterRemoved.connect(self._adapter_removed)
            window.pages.addWidget(self.page)
        window.pages.setCurrentWidget(self.page)

    def _loaded_model(self) -> str:
        model = self.window.engine.model
        return model.path if model is not None else self.window.chat.model_path

    # -- the chat's adapter ---------------------------------------------------------------

    def choose_adapter(self, base: str, adapter: str) -> None:
        """From the picker: `base` with `adapter` ("" the model alone). The model loads only if it is not
        the one in use; the adapter applies to the next reply."""
        window = self.window
        if window.chat.model_path != base:
            window.choose_model(base)
        self.set_chat_adapter(adapter)

    def set_chat_adapter(self, adapter: str) -> None:
        chat = self.window.chat
        if chat.chat_settings.adapter != adapter:
            chat.set_chat_settings(replace(chat.chat_settings, adapter=adapter))
        self.show_chat_adapter()
        if adapter:
            self.window.notify(tr("Replies now use {adapter}.").format(adapter=labels.adapter_name(adapter)))

    def _model_changed(self, path: str) -> None:
        """Another model (from the picker, the Models page, a file): an adapter made for the one before does
        not fit it, and is let go. One the library does not describe is left to the engine's own check."""
        adapter = self.window.chat.chat_settings.adapter
        info = next((info for info in self._adapters if same_file(info.path, adapter)), None) if adapter else None
        if info is not None and not same_file(info.base_path, (ModelRef.parse(path) or ModelRef()).path):
            self.set_chat_adapter("")
        else:
            self.show_chat_adapter()

    def show_chat_adapter(self) -> None:
        """The picker, the transcript and the Compare button show the chat's adapter; one no longer in the
        library is let go (the chat goes on with its model alone)."""
        window = self.window
        adapter = window.chat.chat_settings.adapter
        if adapter and not os.path.isfile(adapter):
            window.chat.set_chat_settings(replace(window.chat.chat_settings, adapter=""))
            window.notify(tr("This chat's adapter is no longer on this computer: it goes on with its model alone."))
            adapter = ""
        window.picker.set_adapter(adapter)
        window.transcript.set_chat_adapter(adapter)
        self.compare.show_for(adapter)

    def use_in_new_chat(self, info: AdapterInfo) -> None:
        """A new chat on the adapter's base model (loaded if it is not the one in use), with the adapter."""
        window = self.window
        window.new_chat()
        window.show_chat_page()
        if window.chat.model_path != info.base_path:
            window.open_model_file(info.base_path)
        self.set_chat_adapter(info.path)

    def _adapter_removed(self, path: str) -> None:
        if self.window.chat.chat_settings.adapter == path:
            self.set_chat_adapter("")

    def shutdown(self) -> None:
        if self.page is not None:
            self.page.shutdown()
