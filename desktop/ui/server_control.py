"""The local server, as the window runs it: started and stopped by the settings, counted in the status bar.

The server (desktop/server) runs on its own thread over the window's runner, so API clients are
answered by the model the window has loaded, beside the window's own chat. What it tells (how many
requests are open, a conversation to keep) comes here through the window's poster.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.core.library.files import display_name
from desktop.core.library.library import library_files
from desktop.core.runtime.runner import ModelRunner
from desktop.core.runtime.types import ModelRef
from desktop.core.server_key import ensure_key
from desktop.core.settings import Settings, SettingsStore
from desktop.core.store import ConversationStore, StoreError
from desktop.ui.engine_controller import QtPoster
from desktop.ui.i18n import tr

if TYPE_CHECKING:  # the server's modules (uvicorn, Starlette) load when it starts: not before the first window
    from desktop.server.gateway import ApiReply, LibraryModel
    from desktop.server.local_server import LocalServer
    from desktop.server.requests import Completion

log = logging.getLogger(__name__)

NETWORK_HOST = "0.0.0.0"  # only when the user asks for other computers, and then with a key


class ServerControl(QObject):
    statusChanged = Signal(str)  # "Server :8080 · 2 active", or "" when it is off
    message = Signal(str)
    conversationKept = Signal()

    def __init__(self, runner: ModelRunner, settings: SettingsStore, database: str, parent: QObject | None = None):
        super().__init__(parent)
        self._runner, self._settings, self._database = runner, settings, database
        self._poster = QtPoster(self)
        self._server: LocalServer | None = None
        self._running_with: tuple | None = None
        self.active = 0

    @property
    def server(self) -> LocalServer | None:
        return self._server

    def _library(self) -> list[LibraryModel]:
        from desktop.server.gateway import LibraryModel

        return [LibraryModel(display_name(p), ModelRef.gguf(p)) for p, _ in library_files(self._settings.current)]

    def apply(self, settings: Settings | None = None) -> None:
        """Start, stop or restart the server as the settings now say."""
        settings = settings or self._settings.current
        wanted = (
            (settings.server_port, settings.server_network, settings.server_allow_loading)
            if (settings.server_enabled)
            else None
        )
        if wanted == self._running_with:
            return
        self.stop()
        if wanted is None:
            self.statusChanged.emit("")
            return
        from desktop.server.local_server import LocalServer, ServerError, ServerOptions

        try:
            key = ensure_key() if settings.server_network else ""  # other computers must show the key
        except OSError as error:
            self.message.emit(
                tr("The server's API key could not be saved: {error}").format(error=error.strerror or error)
            )
            return
        host = NETWORK_HOST if settings.server_network else "127.0.0.1"
        options = ServerOptions(host, settings.server_port, key, allow_loading=settings.server_allow_loading)
        try:
            server = LocalServer(self._runner, self._library, options, self._on_activity, self._archive)
            server.start()
        except ServerError as error:
            self.message.emit(tr("The local server did not start: {error}").format(error=error))
            self.statusChanged.emit("")
            return
        self._server, self._running_with, self.active = server, wanted, 0
        self._show()
        self.message.emit(tr("The local server is listening at {url}").format(url=server.url))

    def _on_activity(self, count: int) -> None:  # on the server's thread
        self._poster.post(lambda: self._set_active(count))

    def _set_active(self, count: int) -> None:
        self.active = count
        self._show()

    def _show(self) -> None:
        if self._server is not None:
            self.statusChanged.emit(
                tr("Server :{port} · {count} active").format(port=self._server.port, count=self.active)
            )

    def _archive(self, completion: Completion, text: str, reply: ApiReply) -> None:
        """On the server's thread: a finished API conversation, kept with the chats if the user asked."""
        if not self._settings.current.server_keep_conversations or not completion.messages:
            return
        try:
            store = ConversationStore(self._database)  # a connection of this thread's own, for this one
        except StoreError as error:
            log.warning("an API conversation was not kept: %s", error)
            return
        try:
            first = next((m.content for m in completion.messages if m.role == "user"), "")
            model = self._runner.model.path if self._runner.model else ""
            conversation = store.create(model, title=f"API · {first}"[:60])
            parent = None
            for message in completion.messages:
                parent = store.add_message(conversation.id, parent, message.role, message.content).id
            store.add_message(conversation.id, parent, "assistant", text, "done", model)
        except StoreError as error:
            log.warning("an API conversation was not kept: %s", error)
            return
        finally:
            store.close()
        self._poster.post(self.conversationKept.emit)

    def stop(self) -> None:
        server, self._server, self._running_with = self._server, None, None
        if server is not None and not server.stop():
            log.warning("the local server did not stop in time")

    def close(self) -> None:
        self.stop()
        self._poster.close()
