"""The composer's Documents button: which collections the chat shown answers from, in a checkable menu."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from desktop.ui.i18n import tr
from desktop.ui.plain import plain

MAX_LABEL_CHARS = 18
# Shown through tr(NO_COLLECTIONS).
NO_COLLECTIONS = QT_TRANSLATE_NOOP("", "No document collections yet: add a folder under Documents in the sidebar.")


def button_text(chosen: list[str]) -> str:
    """ "Documents" when off; "Docs: Home" with one; "Docs: Home +2" with three."""
    if not chosen:
        return tr("Documents")
    first = chosen[0] if len(chosen[0]) <= MAX_LABEL_CHARS else chosen[0][: MAX_LABEL_CHARS - 1] + "…"
    more = f" +{len(chosen) - 1}" if len(chosen) > 1 else ""
    return tr("Docs: {collections}").format(collections=f"{first}{more}")


class DocumentsButton(QToolButton):
    """Emits `chosenChanged(names)` when the user checks or unchecks a collection in its menu."""

    chosenChanged = Signal(object)  # tuple[str, ...]: the collections checked, in the menu's order
    newRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentsButton")
        self.setAccessibleName(tr("Documents"))
        self.setAccessibleDescription(tr("Chooses the document collections this chat answers from."))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_ = QMenu(self)
        self.menu_.setObjectName("documentsMenu")
        self.setMenu(self.menu_)
        self._names: list[str] = []
        self._chosen: list[str] = []
        self.set_state([], ())

    @property
    def chosen(self) -> list[str]:
        return list(self._chosen)

    def set_state(self, names: list[str], chosen: tuple[str, ...] | list[str]) -> None:
        """The collections there are, and those the chat shown uses (names that no longer exist are not shown)."""
        self._names = list(names)
        known = {name.casefold(): name for name in names}
        self._chosen = [known[name.casefold()] for name in chosen if name.casefold() in known]
        self._rebuild()

    def _rebuild(self) -> None:
        self.menu_.clear()
        heading = self.menu_.addAction(tr("Answer from these collections:"))
        heading.setEnabled(False)
        for name in self._names:
            action = QAction(name.replace("&", "&&"), self.menu_)  # a name's "&" is not a shortcut
            action.setData(name)
            action.setCheckable(True)
            action.setChecked(name in self._chosen)
            action.toggled.connect(lambda on, n=name: self._toggled(n, on))
            self.menu_.addAction(action)
        self.menu_.addSeparator()
        self.menu_.addAction(tr("New collection…"), self.newRequested)
        self._show()

    def _show(self) -> None:
        self.setText(button_text(self._chosen).replace("&", "&&"))
        self.setEnabled(bool(self._names))
        active = bool(self._chosen)
        if not self._names:
            self.setToolTip(tr(NO_COLLECTIONS))
        elif active:
            self.setToolTip(
                plain(
                    tr("This chat answers from {collections}, citing the passages it uses").format(
                        collections=", ".join(self._chosen)
                    )
                )
            )
        else:
            self.setToolTip(tr("Answer from your documents: choose the collections this chat searches"))
        if self.property("active") != active:
            self.setProperty("active", active)
            self.style().unpolish(self)
            self.style().polish(self)

    def action_for(self, name: str) -> QAction | None:
        return next((a for a in self.menu_.actions() if a.isCheckable() and a.data() == name), None)

    def _toggled(self, name: str, on: bool) -> None:
        chosen = [n for n in self._names if (n in self._chosen or n == name) and not (n == name and not on)]
        if chosen == self._chosen:
            return
        self._chosen = chosen
        self._show()  # not the menu: this runs inside one of its actions' signals
        self.chosenChanged.emit(tuple(chosen))
