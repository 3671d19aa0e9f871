"""The main window: sidebar of chats, header with the model picker, transcript, composer."""

from __future__ import annotations

import logging
import os
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME
from desktop.core.library.files import display_name
from desktop.core.library.library import library_files
from desktop.core.library.links import link_model, linked_path
from desktop.core.library.metadata import MetadataCache, known_embedding_model
from desktop.core.runtime.types import ModelInfo, ModelRef
from desktop.core.settings import Settings, SettingsStore
from desktop.core.store import ConversationStore, StoreError
from desktop.core.store.records import Message
from desktop.core.text import one_line
from desktop.core.tools.client import ToolServers
from desktop.ui import (
    conversation_actions,
    documents_actions,
    file_actions,
    message_actions,
    remote_actions,
    tools_actions,
    tune_actions,
    vision_actions,
)
from desktop.ui.chat_controller import ChatController
from desktop.ui.compare_view import CompareButton
from desktop.ui.composer import Composer
from desktop.ui.documents_controller import DocumentsController
from desktop.ui.documents_menu import DocumentsButton
from desktop.ui.documents_panel import DocumentsPanel
from desktop.ui.engine_controller import EngineController
from desktop.ui.i18n import tr
from desktop.ui.image_viewer import image_parts
from desktop.ui.menus import build_menus
from desktop.ui.model_picker import ModelPicker
from desktop.ui.models_page.actions import ModelActions
from desktop.ui.models_page.downloads import DownloadBridge
from desktop.ui.models_page.page import ModelsPage
from desktop.ui.plain import plain, plain_label
from desktop.ui.server_control import ServerControl
from desktop.ui.sidebar import Sidebar
from desktop.ui.status_bar import HearthStatusBar
from desktop.ui.tab_order import move_focus, reading_order
from desktop.ui.theme import markdown_palette
from desktop.ui.tools_menu import ThinkButton, ToolsButton
from desktop.ui.transcript import TranscriptView
from desktop.ui.welcome import WelcomeView

if TYPE_CHECKING:  # httpx2 and the remote client load when an endpoint is first asked
    from desktop.core.backends.remote.catalog import EndpointListing

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    remotesListed = Signal()  # the remote engines' models are in the picker (or why they are not)

    def __init__(
        self,
        store: ConversationStore,
        engine: EngineController,
        settings: SettingsStore,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self.setObjectName("mainWindow")
        self.resize(1100, 760)
        self.store = store
        self.engine = engine
        self.settings_store = settings
        self.documents = DocumentsController(self.settings, engine.host, parent=self)
        # The MCP servers the user added: started when a chat that uses them asks, ended at exit.
        self.tool_servers = ToolServers()
        self.chat = ChatController(
            store, engine, lambda: self.settings_store.current, self.documents.retriever(), tools=self.tool_servers
        )
        self.theme_mode = "light"
        self.remote_listings: list[EndpointListing] = []
        self.deleted: list[int] = []  # chats in the trash this session, newest last (for Undo)
        self._shut_down = False
        self._build()
        self.chat.draft_settings = self.default_chat_settings()
        self._connect()
        documents_actions.connect(self)
        vision_actions.connect(self)
        self._show_chat_tools = tools_actions.connect(self)
        self.tune = tune_actions.TuneActions(self)
        self._menus()
        self.refresh_models()
        self.refresh_conversations()

    @property
    def settings(self) -> Settings:
        """The app's settings as they are now (a value: change them through settings_store)."""
        return self.settings_store.current

    # -- layout ----------------------------------------------------------------------

    def _build(self) -> None:
        self.sidebar = Sidebar()
        self.documents_panel = DocumentsPanel()
        self.sidebar.add_section(self.documents_panel)
        self.picker = ModelPicker()
        self.settings_button = QToolButton()
        self.settings_button.setText(tr("Settings"))
        self.settings_button.setAccessibleName(tr("Settings"))
        self.settings_button.setAccessibleDescription(tr("Opens the settings of Hearth and of this chat."))
        self.models_button = QToolButton()
        self.models_button.setText(tr("Models"))
        self.models_button.setAccessibleName(tr("Models"))
        self.models_button.setAccessibleDescription(tr("Shows the models page: download, find and manage models."))
        self.tune_button = tune_actions.header_button()
        header = QWidget()
        header.setObjectName("header")
        header_layout = QHBoxLayout(header)
        header_layout.setContentsMargins(12, 6, 12, 6)
        header_layout.addWidget(self.picker)
        header_layout.addStretch(1)
        header_layout.addWidget(self.tune_button)
        header_layout.addWidget(self.models_button)
        header_layout.addWidget(self.settings_button)

        self.alert = plain_label()
        self.alert.setObjectName("alert")
        self.alert.setWordWrap(True)
        self.alert.setAccessibleName(tr("Alert"))
        self.alert.setStyleSheet("padding: 6px 16px; color: #b91c1c;")
        self.alert.hide()
        self.transcript = TranscriptView()
        self.composer = Composer()
        self.documents_button = DocumentsButton()
        self.composer.add_tool(self.documents_button)
        self.tools_button = ToolsButton()
        self.composer.add_tool(self.tools_button)
        self.think_button = ThinkButton()
        self.composer.add_tool(self.think_button)
        self.compare_button = CompareButton()
        self.composer.add_tool(self.compare_button)
        chat_page = QWidget()
        chat_page.setObjectName("chatPage")
        chat_layout = QVBoxLayout(chat_page)
        chat_layout.setContentsMargins(0, 0, 0, 0)
        chat_layout.setSpacing(0)
        chat_layout.addWidget(self.alert)
        chat_layout.addWidget(self.transcript, 1)
        chat_layout.addWidget(self.composer)
        self.chat_page = chat_page
        self.welcome = WelcomeView(self.settings)
        self.downloads = DownloadBridge(self.settings.models_path(), self)
        self.model_actions = ModelActions(self.settings_store, self.downloads, self)
        self.models_page = ModelsPage(self.settings_store, self.model_actions)
        self.pages = QStackedWidget()
        self.pages.addWidget(chat_page)
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self.models_page)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        right_layout.addWidget(header)
        right_layout.addWidget(self.pages, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.sidebar)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 860])
        self.setCentralWidget(splitter)
        self.status = HearthStatusBar()
        self.setStatusBar(self.status)
        # The sidebar is listed again on the event loop's next turn, not inside the send or the reply's
        # end that changed it: the window answers the key press first, and several changes list it once.
        self._sidebar_refresh = QTimer(self)
        self._sidebar_refresh.setSingleShot(True)
        self._sidebar_refresh.setInterval(0)
        self._sidebar_refresh.timeout.connect(self.refresh_conversations)
        self.server = ServerControl(self.engine.runner, self.settings_store, self.store.path, self)
        self.composer.set_available(False, tr("Choose a model to start chatting."))

    def focusNextPrevChild(self, next: bool) -> bool:  # Qt override: Tab and Shift+Tab
        order = reading_order(self, self.transcript, list(self.transcript.message_widgets()))
        return move_focus(order, next) or super().focusNextPrevChild(next)

    def _connect(self) -> None:
        chat, engine = self.chat, self.engine
        self.picker.modelChosen.connect(self.choose_model)
        self.picker.openFileRequested.connect(self.open_model_dialog)
        self.welcome.openFileRequested.connect(self.open_model_dialog)
        self.welcome.browseModelsRequested.connect(self.show_models_page)
        self.welcome.downloadRequested.connect(self.model_actions.download_entry)
        self.welcome.useRequested.connect(self.open_model_file)
        self.models_page.backRequested.connect(self.show_chat_page)
        self.models_page.useRequested.connect(self.use_library_model)
        self.models_page.libraryChanged.connect(self._library_changed)
        self.model_actions.message.connect(self.notify)
        self.model_actions.message.connect(self.welcome.set_message)
        self.downloads.changed.connect(self.welcome.recommended.show_download)
        self.composer.sendRequested.connect(self.send)
        self.composer.stopRequested.connect(chat.stop)
        self.composer.editLastRequested.connect(self.edit_last)
        self.sidebar.newChatRequested.connect(self.new_chat)
        self.sidebar.conversationChosen.connect(self.open_conversation)
        self.sidebar.renameRequested.connect(lambda cid: conversation_actions.rename(self, cid))
        self.sidebar.deleteRequested.connect(lambda cid: conversation_actions.delete(self, cid))
        self.sidebar.searchChanged.connect(self.refresh_conversations)
        self.status.undoRequested.connect(lambda: conversation_actions.undo_delete(self))
        self.transcript.action.connect(lambda name, message_id: message_actions.handle(self, name, message_id))
        self.transcript.linkClicked.connect(lambda url: message_actions.open_link(self, url))
        self.transcript.codeCopyRequested.connect(lambda text: message_actions.copy_text(self, text))
        chat.conversationOpened.connect(self._show_branch)
        chat.messageAdded.connect(self._message_added)
        chat.messageChanged.connect(self.transcript.update_message)
        chat.streamText.connect(self.transcript.stream_text)
        chat.replyEnded.connect(self._reply_ended)
        chat.conversationsChanged.connect(self._sidebar_refresh.start)
        chat.contextChanged.connect(self.status.show_context)
        chat.droppedChanged.connect(self.transcript.set_dropped)
        chat.notice.connect(self.notify)
        chat.busyChanged.connect(self.composer.set_streaming)
        chat.modelChanged.connect(self.picker.set_current)
        engine.stateChanged.connect(self._engine_state)
        engine.loadProgress.connect(self.status.show_progress)
        engine.loaded.connect(self._model_loaded)
        engine.loadFailed.connect(self._model_failed)
        engine.loadRefused.connect(self._load_refused)
        self.server.statusChanged.connect(self.status.show_server)
        self.server.message.connect(self.notify)
        self.server.conversationKept.connect(self._sidebar_refresh.start)

    def _menus(self) -> None:
        self.actions_ = build_menus(self)
        self.settings_button.clicked.connect(self.open_settings)
        self.models_button.clicked.connect(self.show_models_page)
        self.sidebar.exportRequested.connect(lambda cid, kind: file_actions.export_chat(self, cid, kind))

    def show_models_page(self) -> None:
        self.pages.setCurrentWidget(self.models_page)
        if self.models_page.tabs.currentWidget() is self.models_page.local:
            self.models_page.local.refresh()

    def show_chat_page(self) -> None:
        self.pages.setCurrentWidget(self.chat_page)
        self._update_page()

    def use_library_model(self, path: str) -> None:
        self.open_model_file(path)
        self.show_chat_page()

    def _library_changed(self) -> None:
        self.refresh_models()
        self.welcome.refresh()
        # The first model to arrive on an empty computer is put to use at once.
        if self.engine.state in ("empty", "failed") and not self.chat.model_path and self.picker.paths:
            self.choose_model(self.picker.paths[0])

    def show_about(self) -> None:
        from desktop.ui.about_dialog import AboutDialog  # imports llama.cpp's build facts: on demand

        AboutDialog(self, model=self.engine.model).exec()

    # -- models ----------------------------------------------------------------------

    def model_paths(self) -> list[Path]:
        """The chat models of the library: an embedding model (for documents) is not one to chat with."""
        cache = MetadataCache.shared()
        return [
            path
            for path, linked in library_files(self.settings)
            if (not linked or os.path.isfile(path)) and not known_embedding_model(path, cache)
        ]

    def refresh_models(self) -> None:
        self.picker.set_models(self.model_paths(), self.remote_listings, self.tune.adapters())
        self._update_page()

    def refresh_remotes(self) -> None:
        remote_actions.list_models(self, self._remotes_listed)

    def _remotes_listed(self, listings: list[EndpointListing]) -> None:
        self.remote_listings = listings
        self.refresh_models()
        self.picker.set_current(self.chat.model_path)
        self.remotesListed.emit()

    def choose_model(self, path: str) -> None:
        self.alert.hide()
        self.chat.use_model(path)

    def _load_refused(self, path: str, refusal: str) -> None:
        """A model larger than free memory was refused with the numbers: load it only if the user insists."""
        answer = QMessageBox.warning(
            self,
            tr("Not enough memory"),
            plain(refusal + "\n\n" + tr("Load it anyway?")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.chat.use_model(path, force=True)
        else:
            self.notify(refusal)

    def open_model_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            tr("Open a GGUF model"),
            str(Path.home()),
            tr("GGUF models") + " (*.gguf);;" + tr("All files") + " (*)",
        )
        if path:
            self.open_model_file(path)

    def open_model_file(self, path: str) -> None:
        """Use a model file where it is (remembered for the picker once it is known to be a file)."""
        try:
            absolute = str(linked_path(path))
            is_file = os.path.isfile(absolute)
        except (OSError, RuntimeError, ValueError) as error:  # a symlink loop, a name too long…
            self.engine.report_failure(
                path,
                one_line(
                    tr("cannot load {path}: {error}").format(path=path, error=getattr(error, "strerror", None) or error)
                ),
            )
            return
        if is_file:
            not_saved = link_model(self.settings_store, absolute)
            if not_saved:
                self.notify(not_saved)
        self.refresh_models()
        self.picker.set_current(absolute)
        self.choose_model(absolute)

    def start(self, model_path: str | None = None) -> None:
        """Open the latest chat (or a new one) on the given, remembered, or only model."""
        conversations = self.store.list(limit=1)
        if conversations:
            self.open_conversation(conversations[0].id)
        candidates = [model_path, self.chat.model_path, self.settings.last_model]
        paths = [str(p) for p in self.model_paths()]
        usable = [p for p in candidates if p and not (ModelRef.parse(p) or ModelRef()).is_missing()]
        chosen = usable[0] if usable else (paths[0] if paths else "")
        if model_path:
            chosen = model_path
        if chosen and (chosen != self.chat.model_path or self.engine.state in ("empty", "failed")):
            self.picker.set_current(chosen)
            self.chat.use_model(chosen)
        self._update_page()
        self.refresh_remotes()
        # Keys typed at once go into the message (they went to the first button, and a space
        # pressed it: "New chat").
        self.composer.edit.setFocus()
        self.server.apply()
        self.documents.refresh_all()  # what changed on disk since the last run, in the background

    def _engine_state(self, state: str) -> None:
        if state == "loading":
            pending = self.engine.pending_load
            self.status.show_loading(pending.path if pending else "")
            self.composer.set_available(False, tr("Loading the model… you can start typing."), typing=True)
        elif state in ("ready", "busy"):
            self.composer.set_available(True)
        elif state == "failed":
            self.composer.set_available(False, tr("The model could not be loaded: choose another one."))
        else:
            self.status.show_empty()
            self.composer.set_available(False, tr("Choose a model to start chatting."))
        self._update_page()

    def _model_loaded(self, info: ModelInfo) -> None:
        before, after = self.engine.last_rss
        self.status.show_loaded(info, before, after)
        self.alert.hide()
        self._notify_unsaved(self.settings_store.update(last_model=info.path))  # once loaded, not when asked for
        log.info("model %s loaded; RSS %d -> %d", info.path, before, after)

    def _model_failed(self, path: str, message: str) -> None:
        kept = self.engine.model
        if kept is not None:  # the file was refused before the model in use was let go
            self.status.show_loaded(kept, *self.engine.last_rss)
            message = tr("{message} — still using {model}.").format(message=message, model=display_name(kept.path))
        else:
            self.status.show_failed(path)
        self.alert.setText(message)
        self.alert.show()
        self.notify(message)
        self._update_page()
        if ModelRef.is_remote(path):
            self.refresh_remotes()  # the picker says which engine is down

    def _update_page(self) -> None:
        if self.pages.currentWidget() not in (self.chat_page, self.welcome):
            return  # the user is on the Models or Make it yours page; they go back when they choose
        remote = bool(self.picker.remote_refs) or ModelRef.is_remote(self.chat.model_path)
        no_model = not self.picker.paths and not remote and self.engine.state in ("empty", "failed")
        if no_model and self.engine.state == "failed":
            self.welcome.set_message(self.alert.text() + "\n\n" + tr("Open another GGUF file, or download a model."))
        if no_model and self.pages.currentWidget() is not self.welcome:
            self.welcome.refresh_found()
        self.pages.setCurrentWidget(self.welcome if no_model else self.chat_page)

    # -- conversations -----------------------------------------------------------------

    def refresh_conversations(self) -> None:
        conversation_actions.refresh(self)

    def new_chat(self) -> None:
        self.composer.end_edit()
        self.chat.draft_settings = tools_actions.keep_chat_choices(self.default_chat_settings(), self)
        self.chat.new_chat()
        self.sidebar.select(None)
        self.composer.edit.setFocus()

    def open_conversation(self, conversation_id: int, hit_message_id: int | None = None) -> None:
        self.composer.end_edit()
        if self.chat.open(conversation_id):
            self.sidebar.select(conversation_id)
            if hit_message_id is not None:
                widget = self.transcript.show_message(int(hit_message_id))
                if widget is not None:
                    words = self.sidebar.search.text().split()
                    widget.highlight(words[0] if words else "")

    def focus_search(self) -> None:
        self.sidebar.search.setFocus()
        self.sidebar.search.selectAll()

    # -- the transcript ---------------------------------------------------------------

    def _show_branch(self) -> None:
        self.transcript.set_messages(self.chat.branch, self.chat.children)

    def _message_added(self, message: Message) -> None:
        self.transcript.append_message(message, self.chat.children)

    def _reply_ended(self, message: Message) -> None:
        self.transcript.flush()
        self.transcript.update_message(message)
        self.status.show_speed(float(message.stats.get("tokens_per_s") or 0.0))

    def send(self, text: str) -> None:
        images = self.composer.images()
        if not text.strip() and not images:
            return
        if not message_actions.confirm_size(self, text):
            return
        if not remote_actions.confirm_first_message(self):
            return
        edit_of = self.composer.editing_message_id
        compare = self.tune.compare  # Compare on: the model alone answers, then the chat's adapter
        sent = compare.send(text, edit_of, images) if compare.active else self.chat.send(text, edit_of, images)
        if sent:
            self.composer.clear()
            self.composer.end_edit()

    def stop_or_cancel_edit(self) -> None:
        """Esc: stop the reply streaming; with none, leave the edit of a message (its text is dropped)."""
        if self.chat.busy:
            self.chat.stop()
        else:
            self.composer.cancel_edit()

    def edit_last(self) -> None:
        message = self.chat.last_user_message()
        if message is not None and not self.chat.busy:
            self.composer.begin_edit(message.id, message.content, image_parts(message.parts))

    def copy_last_reply(self) -> None:
        message_actions.copy_last_reply(self)

    def open_settings(self, page: str = "") -> None:
        """The settings dialog, on its `page` ("tools", say) when given."""
        from desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self, self.settings, self.chat.chat_settings, self.store)
        if page:
            dialog.show_page(page)
        dialog.messages.connect(self.notify)
        engines = getattr(dialog, "engines_tab", None)
        if engines is not None:
            engines.endpointsChanged.connect(self.refresh_remotes)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            self.apply_settings(dialog.app_settings())
            self.chat.set_chat_settings(tools_actions.keep_chat_choices(dialog.chat_settings(), self))
        self._show_chat_tools()  # servers may have been added or removed

    # -- misc -----------------------------------------------------------------------

    def notify(self, text: str) -> None:
        self.status.showMessage(text, 10_000)

    def _notify_unsaved(self, not_saved: str) -> None:
        if not_saved:
            self.notify(not_saved)

    def apply_settings(self, settings: Settings) -> None:
        """The settings dialog's answer: saved, and the look, models folder and defaults take effect now."""
        from desktop.ui.theme import apply_theme

        self._notify_unsaved(self.settings_store.set(settings))
        # Tools allowed "always" in this run that the user made ask again (Settings ▸ Tools) ask again now.
        self.chat.session.tool_rounds.always.intersection_update(self.settings.allowed_tools)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self.apply_palette(apply_theme(app, self.settings.theme, self.settings.font_size))
        models_dir, context = self.settings.models_path(), self.settings.context_length
        self.downloads.set_models_dir(models_dir)
        for recommended in (self.welcome.recommended, self.models_page.recommended):
            recommended.configure(models_dir, context)
        self.models_page.search.context_length = context
        self.refresh_models()
        draft = self.chat.draft_settings
        self.chat.draft_settings = replace(
            self.default_chat_settings(), documents=draft.documents, tools=draft.tools, thinking=draft.thinking
        )
        self.server.apply()
        self.chat.session.refresh_model()  # the server's share of sequences, the threads… may have changed

    def default_chat_settings(self):
        from desktop.core.chat_settings import ChatSettings
        from desktop.core.store.presets import list_presets

        name = self.settings.default_preset
        try:
            return list_presets(self.store.db).get(name, ChatSettings()) if name else ChatSettings()
        except StoreError:
            return ChatSettings()

    def apply_palette(self, mode: str) -> None:
        self.theme_mode = mode
        self.transcript.set_palette(markdown_palette(mode))

    def shutdown(self) -> None:
        """Save the reply in progress and the settings, and stop the downloads; once, however closed."""
        if self._shut_down:
            return
        self._shut_down = True
        self.server.close()  # its open streams end first
        self.tune.shutdown()  # a training run stops at its next step, with a checkpoint to resume from
        self.chat.shutdown()
        self.documents.shutdown(0.5)  # indexing stops; every file already indexed is kept
        self.tool_servers.close()  # the MCP servers' processes end
        self.downloads.close()
        self._notify_unsaved(self.settings_store.save())

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override
        self.shutdown()
        event.accept()

    @property
    def model_name(self) -> str:
        return display_name(self.chat.model_path) if self.chat.model_path else ""
