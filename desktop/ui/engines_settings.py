"""Settings ▸ Engines: the remote OpenAI-compatible servers a user adds, checks and removes.

Changes are saved at once (remotes.json, the key in the OS keychain), not on OK; each is
announced with `endpointsChanged` so the window can refresh its model picker. Checking an
endpoint asks it for its models on a pool thread: a server that is down never freezes the window.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import count
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.remotes.endpoints import Endpoint, EndpointError, EndpointStore, check_name, normalise_url
from desktop.core.remotes.keys import KeyUnavailable, delete_key, store_key
from desktop.core.text import one_line
from desktop.ui.background import run_in_background
from desktop.ui.i18n import tr
from desktop.ui.plain import plain, plain_label

if TYPE_CHECKING:
    from desktop.core.backends.remote.catalog import EndpointListing

INTRO = QT_TRANSLATE_NOOP(
    "",
    "Chat with models on another computer: vLLM, llama-server, Ollama, LM Studio or another Hearth. "
    "Messages to a remote engine leave this computer. API keys are kept in the OS keychain "
    "(or read from an environment variable), never in Hearth's files.",
)
ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
NAME, ADDRESS, KEY, STATE = range(4)


def key_text(endpoint: Endpoint) -> str:
    if endpoint.key == "keychain":
        return tr("key in keychain")
    if endpoint.key == "env":
        return tr("key from {variable}").format(variable="$" + endpoint.key_env)
    return tr("no key")


def state_text(listing: EndpointListing) -> str:
    if listing.error:
        return one_line(listing.error)
    found = len(listing.models)
    if found == 0:
        return tr("no models")
    return tr("1 model") if found == 1 else tr("{count} models").format(count=found)


class EnginesSettingsTab(QWidget):
    endpointsChanged = Signal()  # an endpoint was added, replaced or removed (remotes.json changed)

    def __init__(
        self, store: EndpointStore | None = None, parent: QWidget | None = None, check_timeout_s: float = 5.0
    ) -> None:
        super().__init__(parent)
        self.store = store or EndpointStore()
        self._timeout_s = check_timeout_s
        self._states: dict[str, tuple[str, str]] = {}  # name -> (shown, tooltip)
        self._checks: dict[str, int] = {}  # name -> the check whose answer is awaited
        self._tokens = count(1)
        self._shown_once = False

        intro = plain_label(tr(INTRO))
        intro.setWordWrap(True)
        self.endpoints = QTreeWidget()
        self.endpoints.setAccessibleName(tr("Remote engines"))
        self.endpoints.setAccessibleDescription(tr("The remote engines added, with their address, key and state"))
        self.endpoints.setHeaderLabels([tr("Name"), tr("Address"), tr("Key"), tr("State")])
        self.endpoints.setRootIsDecorated(False)
        self.endpoints.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.endpoints.header()
        header.setStretchLastSection(True)
        for column in (NAME, KEY):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(ADDRESS, 190)  # a long address is elided (its tooltip has all): room for the state
        self.endpoints.itemSelectionChanged.connect(self._update_buttons)
        # The selected endpoint's whole state: an error is often longer than its column.
        self.details = plain_label("")
        self.details.setAccessibleName(tr("Selected engine"))
        self.details.setWordWrap(True)
        self.check_button = QPushButton(tr("Check"))
        self.check_button.setToolTip(tr("Ask the selected engine (or every engine) for its models again"))
        self.check_button.setAccessibleName(tr("Check"))
        self.check_button.setAccessibleDescription(tr("Ask the selected engine (or every engine) for its models again"))
        self.check_button.clicked.connect(self._check_selected)
        self.remove_button = QPushButton(tr("Remove"))
        self.remove_button.setToolTip(tr("Forget the selected engine and its API key"))
        self.remove_button.setAccessibleName(tr("Remove"))
        self.remove_button.setAccessibleDescription(tr("Forget the selected engine and its API key"))
        self.remove_button.clicked.connect(self._remove_selected)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.check_button)
        list_buttons.addWidget(self.remove_button)
        list_buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.endpoints, 1)
        layout.addWidget(self.details)
        layout.addLayout(list_buttons)
        layout.addWidget(self._add_form())
        self._refresh()

    def _add_form(self) -> QGroupBox:
        box = QGroupBox(tr("Add an engine"))
        form = QFormLayout(box)
        self.name = QLineEdit()
        self.name.setPlaceholderText("gpu-box")
        self.url = QLineEdit()
        self.url.setPlaceholderText("http://gpu-box:8000/v1")
        self.api_key = QLineEdit()
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.api_key.setPlaceholderText(tr("optional: kept in the OS keychain"))
        self.use_env = QCheckBox(tr("Read the key from an environment variable:"))
        self.use_env.setAccessibleName(tr("Read the key from an environment variable"))
        self.use_env.setAccessibleDescription(tr("Take the API key from the environment variable named beside"))
        self.key_env = QLineEdit()
        self.key_env.setPlaceholderText("VAR")
        self.key_env.setEnabled(False)
        self.use_env.toggled.connect(self._env_toggled)
        env_row = QHBoxLayout()
        env_row.addWidget(self.use_env)
        env_row.addWidget(self.key_env, 1)
        self.ca_bundle = QLineEdit()
        self.ca_bundle.setPlaceholderText(tr("optional: for a server with its own certificate"))
        browse = QPushButton(tr("Browse…"))
        browse.setAccessibleName(tr("Browse for a CA bundle"))
        browse.setAccessibleDescription(tr("Choose the certificate file the server's certificate is checked against"))
        browse.clicked.connect(self._browse_ca_bundle)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_bundle, 1)
        ca_row.addWidget(browse)
        self.add_button = QPushButton(tr("Add"))
        self.add_button.setAccessibleName(tr("Add"))
        self.add_button.setAccessibleDescription(tr("Add the engine described above and check it"))
        self.add_button.clicked.connect(self.add_endpoint)
        self.message = plain_label("")
        self.message.setAccessibleName(tr("Engines message"))
        self.message.setWordWrap(True)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        add_row.addWidget(self.message, 1)
        for label, description, widget in (
            (tr("Name"), tr("The name the engine is shown under in the model picker"), self.name),
            (tr("Address"), tr("The engine's OpenAI-compatible address, such as http://host:8000/v1"), self.url),
            (tr("API key"), tr("The engine's API key, if it needs one"), self.api_key),
            (tr("Environment variable"), tr("The environment variable that holds the API key"), self.key_env),
            (tr("CA bundle"), tr("A certificate file for a server with its own certificate"), self.ca_bundle),
        ):
            widget.setAccessibleName(label)
            widget.setAccessibleDescription(description)
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("Address"), self.url)
        form.addRow(tr("API key"), self.api_key)
        form.addRow("", env_row)
        form.addRow(tr("CA bundle"), ca_row)
        form.addRow(add_row)
        return box

    # -- the list ------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        # Checked when first looked at, not when Settings opens for the theme: no traffic unasked.
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self._refresh()  # the terminal may have changed remotes.json since the dialog opened
            for endpoint in self.store.all():
                if endpoint.name not in self._checks:
                    self.check(endpoint)

    def _refresh(self) -> None:
        selected = self.selected_name()
        self.endpoints.clear()
        for endpoint in self.store.all():
            shown, tip = self._states.get(endpoint.name, (tr("not checked"), ""))
            item = QTreeWidgetItem([endpoint.name, endpoint.url, key_text(endpoint), shown])
            item.setData(NAME, Qt.ItemDataRole.UserRole, endpoint.name)
            item.setToolTip(
                ADDRESS,
                plain(
                    endpoint.url
                    + ("\n" + tr("CA bundle: {path}").format(path=endpoint.ca_bundle) if endpoint.ca_bundle else "")
                ),
            )
            if tip:
                item.setToolTip(STATE, plain(tip))
            self.endpoints.addTopLevelItem(item)
            if endpoint.name == selected:
                item.setSelected(True)
        self._update_buttons()

    def selected_name(self) -> str:
        items = self.endpoints.selectedItems()
        return str(items[0].data(NAME, Qt.ItemDataRole.UserRole)) if items else ""

    def _update_buttons(self) -> None:
        name = self.selected_name()
        self.remove_button.setEnabled(bool(name))
        shown, tip = self._states.get(name, (tr("not checked"), ""))
        if not name:
            self.details.setText("")
        elif tip == shown:  # an error, which names its endpoint
            self.details.setText(shown)
        else:
            self.details.setText(f"{name}: {shown}: {tip}" if tip else f"{name}: {shown}")
        self.check_button.setEnabled(self.endpoints.topLevelItemCount() > 0)

    def _row(self, name: str) -> QTreeWidgetItem | None:
        for index in range(self.endpoints.topLevelItemCount()):
            item = self.endpoints.topLevelItem(index)
            if item.data(NAME, Qt.ItemDataRole.UserRole) == name:
                return item
        return None

    def _set_state(self, name: str, shown: str, tip: str = "") -> None:
        self._states[name] = (shown, tip)
        item = self._row(name)
        if item is not None:
            item.setText(STATE, shown)
            item.setToolTip(STATE, plain(tip))
        if name == self.selected_name():
            self._update_buttons()

    # -- checking ----------------------------------------------------------------------

    def check(self, endpoint: Endpoint) -> None:
        """Ask the endpoint for its models on a pool thread; its row shows the answer."""
        token = next(self._tokens)
        self._checks[endpoint.name] = token
        self._set_state(endpoint.name, tr("checking…"))
        timeout_s = self._timeout_s

        def ask() -> EndpointListing:
            from desktop.core.backends.remote.catalog import list_endpoint  # httpx: loaded when first needed

            return list_endpoint(endpoint, timeout_s)

        run_in_background(
            ask,
            lambda listing: self._checked(endpoint.name, token, listing),
            lambda error: self._check_failed(endpoint.name, token, error),
            owner=self,
        )

    def _current(self, name: str, token: int) -> bool:
        # An answer for an endpoint removed or re-added since is not this endpoint's state.
        if self._checks.get(name) != token:
            return False
        del self._checks[name]
        return True

    def _checked(self, name: str, token: int, listing: EndpointListing) -> None:
        if self._current(name, token):
            models = ", ".join(one_line(m.id, 80) for m in listing.models[:20])
            self._set_state(name, state_text(listing), one_line(listing.error) or models)

    def _check_failed(self, name: str, token: int, error: Exception) -> None:
        # list_endpoint turns what it expects into a message; this is the rest (a CA bundle that is no PEM, say).
        if self._current(name, token):
            shown = one_line(tr("{name} cannot be asked: {error}").format(name=name, error=error))
            self._set_state(name, shown, shown)

    def _check_selected(self) -> None:
        name = self.selected_name()
        for endpoint in self.store.all():
            if not name or endpoint.name == name:
                self.check(endpoint)

    # -- adding and removing -------------------------------------------------------------

    def _env_toggled(self, on: bool) -> None:
        self.key_env.setEnabled(on)
        self.api_key.setEnabled(not on)
        (self.key_env if on else self.api_key).setFocus()

    def _browse_ca_bundle(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            tr("CA bundle"),
            self.ca_bundle.text(),
            tr("Certificates") + " (*.pem *.crt *.cer);;" + tr("All files") + " (*)",
        )
        if path:
            self.ca_bundle.setText(path)

    def _show_message(self, text: str) -> None:
        self.message.setText(one_line(text))

    def _endpoint_from_form(self) -> tuple[Endpoint, str]:
        """The endpoint the form describes, and the key to keep in the keychain ("" for none)."""
        name = check_name(self.name.text().strip())
        url = normalise_url(self.url.text())
        ca_bundle = ""
        if self.ca_bundle.text().strip():
            bundle = Path(self.ca_bundle.text().strip()).expanduser()
            if not bundle.is_file():
                raise EndpointError(
                    tr("there is no CA bundle at {path}").format(path=one_line(self.ca_bundle.text().strip(), 200))
                )
            ca_bundle = str(bundle.resolve())
        if self.use_env.isChecked():
            variable = self.key_env.text().strip().removeprefix("$")
            if not ENV_NAME.match(variable):
                raise EndpointError(
                    tr("name the environment variable that holds the key (letters, digits and '_', e.g. GPU_BOX_KEY)")
                )
            return Endpoint(name, url, key="env", key_env=variable, ca_bundle=ca_bundle), ""
        key = self.api_key.text().strip()
        return Endpoint(name, url, key="keychain" if key else "none", ca_bundle=ca_bundle), key

    def add_endpoint(self) -> bool:
        """Add (or replace) the endpoint the form describes; a refusal is shown and the form kept."""
        try:
            endpoint, key = self._endpoint_from_form()
        except EndpointError as error:
            self._show_message(str(error))
            return False
        previous = self.store.get(endpoint.name)
        if previous is not None and previous.url == endpoint.url:
            endpoint = replace(endpoint, acknowledged=previous.acknowledged)
        try:
            if key:
                store_key(endpoint.name, key)
            self.store.add(endpoint)
        except KeyUnavailable as error:
            self._show_message(str(error))
            return False
        except EndpointError as error:
            if key and previous is None:
                delete_key(endpoint.name)  # no endpoint to go with it
            self._show_message(str(error))
            return False
        if previous is not None and previous.key == "keychain" and endpoint.key != "keychain":
            delete_key(endpoint.name)  # the old key would otherwise outlive its use
        for field in (self.name, self.url, self.api_key, self.key_env, self.ca_bundle):
            field.clear()
        self.use_env.setChecked(False)
        self._show_message(tr("Added {name}.").format(name=endpoint.name))
        self.endpoints.clearSelection()
        self._refresh()
        added = self._row(endpoint.name)
        if added is not None:
            added.setSelected(True)
        self.check(endpoint)
        self.endpointsChanged.emit()
        return True

    def remove_endpoint(self, name: str) -> bool:
        """Forget the endpoint and its key in the keychain."""
        endpoint = self.store.get(name)
        try:
            removed = self.store.remove(name)
        except EndpointError as error:
            self._show_message(str(error))
            return False
        if endpoint is not None and endpoint.key == "keychain":
            # Only then: asking a locked keychain to forget nothing would prompt for its password.
            delete_key(name)
        self._checks.pop(name, None)
        self._states.pop(name, None)
        self._refresh()
        if removed:
            self._show_message(tr("Removed {name}.").format(name=name))
            self.endpointsChanged.emit()
        return removed

    def _remove_selected(self) -> None:
        name = self.selected_name()
        if name:
            self.remove_endpoint(name)
