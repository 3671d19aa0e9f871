"""The composer's Tools button (which MCP servers the chat shown offers the model) and Think switch.

No server is on in a chat until the user checks it here: nothing runs that the user did not add and
choose. Think turns a reasoning model's thinking on or off, for a model whose template can.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from desktop.ui.i18n import tr
from desktop.ui.plain import plain

# Shown through tr(NO_SERVERS).
NO_SERVERS = QT_TRANSLATE_NOOP("", "No tool servers yet: add an MCP server in Settings ▸ Tools.")


class ToolsButton(QToolButton):
    """Emits `chosenChanged(names)` when the user checks or unchecks a server in its menu."""

    chosenChanged = Signal(object)  # tuple[str, ...]: the servers checked, in the menu's order
    settingsRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentsButton")  # the same look as the Documents button beside it
        self.setAccessibleName(tr("Tools"))
        self.setAccessibleDescription(tr("Chooses the tool servers (MCP) this chat may use, with your approval."))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_ = QMenu(self)
        self.menu_.setObjectName("toolsMenu")
        self.setMenu(self.menu_)
        self._names: list[str] = []
        self._chosen: list[str] = []
        self.set_state([], ())

    @property
    def chosen(self) -> list[str]:
        return list(self._chosen)

    def set_state(self, names: list[str], chosen: tuple[str, ...] | list[str]) -> None:
        self._names = list(names)
        self._chosen = [name for name in chosen if name in self._names]
        self.menu_.clear()
        heading = self.menu_.addAction(tr("Offer the model tools from:"))
        heading.setEnabled(False)
        for name in self._names:
            action = QAction(name.replace("&", "&&"), self.menu_)
            action.setData(name)
            action.setCheckable(True)
            action.setChecked(name in self._chosen)
            action.toggled.connect(lambda on, n=name: self._toggled(n, on))
            self.menu_.addAction(action)
        self.menu_.addSeparator()
        self.menu_.addAction(tr("Tool servers…"), self.settingsRequested)
        self._show()

    def _show(self) -> None:
        count = len(self._chosen)
        self.setText(tr("Tools") if not count else tr("Tools: {count}").format(count=count))
        active = bool(self._chosen)
        if not self._names:
            self.setToolTip(tr(NO_SERVERS))
        elif active:
            self.setToolTip(
                plain(tr("This chat may ask to use tools from {servers}").format(servers=", ".join(self._chosen)))
            )
        else:
            self.setToolTip(tr("Let the model use tools: choose the servers this chat offers"))
        if self.property("active") != active:
            self.setProperty("active", active)
            self.style().unpolish(self)
            self.style().polish(self)

    def action_for(self, name: str) -> QAction | None:
        return next((a for a in self.menu_.actions() if a.isCheckable() and a.data() == name), None)

    def _toggled(self, name: str, on: bool) -> None:
        chosen = [n for n in self._names if (n in self._chosen and n != name) or (n == name and on)]
        if chosen == self._chosen:
            return
        self._chosen = chosen
        self._show()
        self.chosenChanged.emit(tuple(chosen))


class ThinkButton(QToolButton):
    """On: the model thinks before it answers; off: it answers at once. Shown for models that can switch."""

    switched = Signal(str)  # "on" or "off"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentsButton")
        self.setText(tr("Think"))
        self.setCheckable(True)
        self.setAccessibleName(tr("Think"))
        self.setAccessibleDescription(tr("Lets a reasoning model think before it answers, or answer at once."))
        self.toggled.connect(self._toggled)
        self.set_state(False, "auto")

    def set_state(self, available: bool, thinking: str) -> None:
        """`available`: the model's template takes a thinking switch; `thinking`: the chat's setting."""
        self.setVisible(available)
        self.blockSignals(True)
        self.setChecked(thinking != "off")
        self.blockSignals(False)
        self._tip()

    def _tip(self) -> None:
        self.setToolTip(
            tr("Thinking is on: the model thinks first (folded above its answer)")
            if self.isChecked()
            else tr("Thinking is off: the model answers at once")
        )
        if self.property("active") != self.isChecked():
            self.setProperty("active", self.isChecked())
            self.style().unpolish(self)
            self.style().polish(self)

    def _toggled(self, on: bool) -> None:
        self._tip()
        self.switched.emit("on" if on else "off")
