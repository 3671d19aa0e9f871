"""The window and remote engines: listing their models for the picker, and asking before a chat goes to one."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from desktop.core.model_ref import ModelRef
from desktop.ui.background import run_in_background
from desktop.ui.i18n import tr
from desktop.ui.plain import plain

if TYPE_CHECKING:
    from desktop.core.backends.remote.catalog import EndpointListing
    from desktop.ui.main_window import MainWindow


def list_models(window: MainWindow, then: Callable[[list[EndpointListing]], None]) -> None:
    """Ask each remote engine for its models off the GUI thread, then `then(listings)` on it. None is
    asked unless the user added it, and the remote client (httpx2) is imported only then."""
    from desktop.core.remotes.endpoints import EndpointStore

    store = EndpointStore()
    if not store.all():
        then([])
        return
    from desktop.core.backends.remote.catalog import list_all

    run_in_background(lambda: list_all(store), then, owner=window)


def confirm_first_message(window: MainWindow) -> bool:
    """The first message to a remote engine on another computer: say plainly that it leaves this one,
    and send it only on yes (remembered for that endpoint). True when it may be sent."""
    ref = ModelRef.parse(window.chat.model_path)
    if ref is None or ref.kind != "remote":
        return True
    from desktop.core.remotes.endpoints import EndpointError, EndpointStore

    store = EndpointStore()
    endpoint = store.get(ref.endpoint)
    if endpoint is None or not endpoint.must_announce:
        return True
    answer = QMessageBox.question(
        window,
        tr("Messages leave this computer"),
        plain(
            tr(
                "This chat uses {model} on {engine}. What you send in it, and the chat before it, "
                "will leave this computer for {host}.\n\nSend it?"
            ).format(model=ref.model_id, engine=endpoint.name, host=endpoint.host)
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        store.acknowledge(endpoint.name)
    except EndpointError as error:
        window.notify(str(error))
    return True
