"""Settings ▸ Tools: the MCP tool servers a user adds, checks and removes.

Changes are saved at once (tools.json), not on OK, and announced with `serversChanged`. Nothing is
started when the page opens: Check starts the selected server, lists its tools and (unless it is the
window's, which a chat may be using) stops it again. Its answer is a Future of ToolServers, handed to
this thread by a signal: a server that hangs never freezes the window.
"""

from __future__ import annotations

import os
import shlex
from concurrent.futures import Future
from itertools import count

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.text import one_line
from desktop.core.tools.client import ToolServers
from desktop.core.tools.results import ToolListing
from desktop.core.tools.servers import McpServer, McpServerStore, ToolServerError, parse_env
from desktop.ui.i18n import tr
from desktop.ui.plain import plain, plain_label

INTRO = QT_TRANSLATE_NOOP(
    "",
    "Tool servers (MCP) give the model tools: reading files, searching, running commands. A chat offers "
    "a server's tools only once you choose it in the composer's Tools menu, and every call waits for your "
    "approval. A server is a program on this computer, run with your permissions: add only ones you trust.",
)
NAME, RUNS, STATE = range(3)


class _Answers(QObject):
    # Lives in the GUI thread: emitted from the tool servers' thread, delivered here.
    arrived = Signal(str, int, object)  # server name, check token, ToolListing


def split_command(line: str) -> tuple[str, ...]:
    """A command line as a shell splits it (quotes kept together, a leading ~ made the home folder)."""
    try:
        words = shlex.split(line, posix=os.name != "nt")
    except ValueError as error:  # "No closing quotation"
        raise ToolServerError(tr("the command cannot be read: {error}").format(error=error)) from None
    return tuple(os.path.expanduser(word) if word.startswith("~") else word for word in words)


class AddToolServerDialog(QDialog):
    """Name, and a command (with its environment) or an address; refused on one line until it can be used."""

    def __init__(self, store: McpServerStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Add a tool server"))
        self.store = store
        self.added: McpServer | None = None
        self.name = QLineEdit()
        self.name.setPlaceholderText("files")
        self.use_command = QRadioButton(tr("Start a command"))
        self.use_url = QRadioButton(tr("Connect to a server running on this computer"))
        self.use_command.setChecked(True)
        self.command = QLineEdit()
        self.command.setPlaceholderText("npx -y @modelcontextprotocol/server-filesystem ~/Documents")
        self.env = QPlainTextEdit()
        self.env.setPlaceholderText(tr("KEY=VALUE, one a line (optional)"))
        self.env.setFixedHeight(70)
        self.url = QLineEdit()
        self.url.setPlaceholderText("http://127.0.0.1:8000/mcp")
        self.message = plain_label("")
        self.message.setAccessibleName(tr("Why the server cannot be added"))
        self.message.setWordWrap(True)
        for label, description, widget in (
            (tr("Name"), tr("What the server is called in the Tools menu"), self.name),
            (tr("Start a command"), tr("Hearth starts the server and talks to it over its input and output"),
             self.use_command),
            (tr("Connect to a server running on this computer"),
             tr("The server is already running, at an address on this computer (Streamable HTTP)"), self.use_url),
            (tr("Command"), tr("The program and its arguments, as you would type them in a terminal"), self.command),
            (tr("Environment"), tr("Variables set for the command, KEY=VALUE, one a line"), self.env),
            (tr("Address"), tr("The server's address: http://127.0.0.1, ::1 or localhost"), self.url),
        ):  # fmt: skip
            widget.setAccessibleName(label)
            widget.setAccessibleDescription(description)
        self.use_command.toggled.connect(self._kind_changed)
        form = QFormLayout()
        form.addRow(tr("Name"), self.name)
        form.addRow(self.use_command)
        form.addRow(tr("Command"), self.command)
        form.addRow(tr("Environment"), self.env)
        form.addRow(self.use_url)
        form.addRow(tr("Address"), self.url)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(tr("Add"))
        self.ok_button.setAccessibleDescription(tr("Add the tool server described above"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._kind_changed()
        self.resize(520, 0)

    def _kind_changed(self) -> None:
        by_command = self.use_command.isChecked()
        self.command.setEnabled(by_command)
        self.env.setEnabled(by_command)
        self.url.setEnabled(not by_command)

    def server(self) -> McpServer:
        """The server the form describes; ToolServerError (one line) if it cannot be used."""
        name = self.name.text().strip()
        if self.use_url.isChecked():
            return McpServer(name, url=self.url.text().strip()).checked()
        command = split_command(self.command.text())
        if not command:
            raise ToolServerError(tr("type the command that starts the server"))
        lines = [line for line in self.env.toPlainText().splitlines() if line.strip()]
        return McpServer(name, command, tuple(parse_env(line.strip()) for line in lines)).checked()

    def accept(self) -> None:
        try:
            server = self.server()
            self.store.add(server)
        except ToolServerError as error:
            self.message.setText(one_line(str(error)))
            return
        self.added = server
        super().accept()


class ToolsSettingsTab(QWidget):
    serversChanged = Signal()  # a server was added, replaced or removed (tools.json changed)

    def __init__(
        self,
        store: McpServerStore | None = None,
        tool_servers: ToolServers | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store or McpServerStore()
        # The window's tool servers when given (a check then finds a server the chats use, and leaves it
        # running); else the page's own, whose servers stop after each check and which closes with the page.
        self._owns_servers = tool_servers is None
        self.tool_servers = tool_servers or ToolServers(self.store)
        if self._owns_servers:
            self.destroyed.connect(self.tool_servers.close)
        self._states: dict[str, tuple[str, str]] = {}  # name -> (shown, details)
        self._checks: dict[str, int] = {}  # name -> the check whose answer is awaited
        self._tokens = count(1)
        self._answers = _Answers(self)
        self._answers.arrived.connect(self._checked)
        self.add_dialog: AddToolServerDialog | None = None

        intro = plain_label(tr(INTRO))
        intro.setWordWrap(True)
        self.servers = QTreeWidget()
        self.servers.setAccessibleName(tr("Tool servers"))
        self.servers.setAccessibleDescription(tr("The tool servers added, with what each runs and its state"))
        self.servers.setHeaderLabels([tr("Name"), tr("Command or address"), tr("State")])
        self.servers.setRootIsDecorated(False)
        self.servers.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.servers.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(RUNS, 260)  # a long command is elided (its tooltip has all): room for the state
        self.servers.itemSelectionChanged.connect(self._update_buttons)
        self.details = plain_label("")
        self.details.setAccessibleName(tr("Selected tool server"))
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = plain_label("")
        self.message.setAccessibleName(tr("Tools message"))
        self.message.setWordWrap(True)

        buttons = QHBoxLayout()
        self.add_button = self._button(tr("Add…"), tr("Add a tool server: a command to start, or an address"))
        self.add_button.clicked.connect(self.open_add_dialog)
        self.remove_button = self._button(tr("Remove"), tr("Forget the selected tool server (and stop it)"))
        self.remove_button.clicked.connect(self._remove_selected)
        self.check_button = self._button(tr("Check"), tr("Start the selected tool server and list its tools"))
        self.check_button.clicked.connect(self._check_selected)
        self.log_button = self._button(tr("Open log"), tr("Open what the selected tool server wrote to its log"))
        self.log_button.clicked.connect(self._open_selected_log)
        for button in (self.add_button, self.remove_button, self.check_button, self.log_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.servers, 1)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.refresh()

    def _button(self, text: str, description: str) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(description)
        button.setAccessibleName(text.rstrip("…"))
        button.setAccessibleDescription(description)
        return button

    # -- the list ------------------------------------------------------------------------

    def refresh(self) -> None:
        selected = self.selected_name()
        self.servers.clear()
        for server in self.store.all():
            shown, _ = self._states.get(server.name, (tr("not checked"), ""))
            item = QTreeWidgetItem([server.name, server.runs, shown])
            item.setData(NAME, Qt.ItemDataRole.UserRole, server.name)
            env = ", ".join(key for key, _ in server.env)  # the names only: the values may be tokens
            tip = server.runs + ("\n" + tr("Environment: {names}").format(names=env) if env else "")
            item.setToolTip(RUNS, plain(tip))
            item.setToolTip(STATE, plain(shown))
            self.servers.addTopLevelItem(item)
            if server.name == selected:
                item.setSelected(True)
        self._update_buttons()

    def selected_name(self) -> str:
        items = self.servers.selectedItems()
        return str(items[0].data(NAME, Qt.ItemDataRole.UserRole)) if items else ""

    def select(self, name: str) -> None:
        self.servers.clearSelection()
        item = self._row(name)
        if item is not None:
            item.setSelected(True)

    def _row(self, name: str) -> QTreeWidgetItem | None:
        for index in range(self.servers.topLevelItemCount()):
            item = self.servers.topLevelItem(index)
            if item.data(NAME, Qt.ItemDataRole.UserRole) == name:
                return item
        return None

    def _update_buttons(self) -> None:
        name = self.selected_name()
        for button in (self.remove_button, self.check_button, self.log_button):
            button.setEnabled(bool(name))
        shown, details = self._states.get(name, (tr("not checked"), ""))
        self.details.setText(f"{name}: {details or shown}" if name else "")

    def _set_state(self, name: str, shown: str, details: str = "") -> None:
        self._states[name] = (shown, details)
        item = self._row(name)
        if item is not None:
            item.setText(STATE, shown)
            item.setToolTip(STATE, plain(details or shown))
        if name == self.selected_name():
            self._update_buttons()

    # -- checking ----------------------------------------------------------------------

    def check(self, name: str) -> None:
        """Start the server and list its tools; its row shows the answer when it comes."""
        token = next(self._tokens)
        self._checks[name] = token
        self._set_state(name, tr("checking…"))
        servers, owned, answers = self.tool_servers, self._owns_servers, self._answers
        future = servers.list_tools([name])

        def arrived(done: Future[ToolListing]) -> None:  # on the tool servers' thread
            if owned:
                servers.stop(name)
            if shiboken6.isValid(answers):
                answers.arrived.emit(name, token, done.result())

        future.add_done_callback(arrived)

    def _checked(self, name: str, token: int, listing: ToolListing) -> None:
        if self._checks.get(name) != token:
            return  # removed or checked again since: not this server's state now
        del self._checks[name]
        if listing.problems:
            problem = one_line("; ".join(listing.problems))
            self._set_state(name, problem, problem)
            return
        found = len(listing.tools)
        shown = tr("1 tool") if found == 1 else tr("{count} tools").format(count=found)
        names = ", ".join(one_line(tool.name, 60) for tool in listing.tools)
        self._set_state(name, shown, f"{shown}: {names}" if names else shown)

    def _check_selected(self) -> None:
        name = self.selected_name()
        if name:
            self.check(name)

    # -- adding, removing, the log --------------------------------------------------------

    def open_add_dialog(self) -> AddToolServerDialog:
        """The Add dialog, open (not modal to the whole app); the list shows the server once it is added."""
        dialog = AddToolServerDialog(self.store, self)
        dialog.accepted.connect(lambda: self._added(dialog))
        dialog.open()
        self.add_dialog = dialog
        return dialog

    def _added(self, dialog: AddToolServerDialog) -> None:
        server = dialog.added
        if server is None:
            return
        self._checks.pop(server.name, None)
        self._states.pop(server.name, None)  # a replaced server's old state no longer holds
        self.refresh()
        self.select(server.name)
        self.message.setText(tr("Added {name}. Check it to see its tools.").format(name=server.name))
        self.serversChanged.emit()

    def remove_server(self, name: str) -> bool:
        try:
            removed = self.store.remove(name)
        except ToolServerError as error:
            self.message.setText(one_line(str(error)))
            return False
        self.tool_servers.stop(name)  # a server no longer listed runs no more
        self._checks.pop(name, None)
        self._states.pop(name, None)
        self.refresh()
        if removed:
            self.message.setText(tr("Removed {name}.").format(name=name))
            self.serversChanged.emit()
        return removed

    def _remove_selected(self) -> None:
        name = self.selected_name()
        if name:
            self.remove_server(name)

    def open_log(self, name: str) -> bool:
        path = self.tool_servers.log_path(name)
        if not path.is_file():
            self.message.setText(tr("{name} has no log yet: it has not been started.").format(name=name))
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _open_selected_log(self) -> None:
        name = self.selected_name()
        if name:
            self.open_log(name)
