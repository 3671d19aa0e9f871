"""The menu bar, with every action and its keyboard shortcut in one place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from desktop.ui import file_actions
from desktop.ui.i18n import tr

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def _action(window: MainWindow, text: str, handler, shortcut: QKeySequence | str | None = None) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda _checked=False: handler())
    window.addAction(action)  # shortcuts work even where the menu bar is hidden
    return action


def build_menus(window: MainWindow) -> dict[str, QAction]:
    chat = window.chat
    actions: dict[str, QAction] = {}
    bar = window.menuBar()

    def current_id() -> int | None:
        return chat.conversation.id if chat.conversation else None

    def export_current(kind: str) -> None:
        conversation_id = current_id()
        if conversation_id is None:
            window.notify(tr("Nothing to export yet: this chat is empty."))
        else:
            file_actions.export_chat(window, conversation_id, kind)

    file_menu = bar.addMenu(tr("&File"))
    actions["new_chat"] = _action(window, tr("&New chat"), window.new_chat, QKeySequence.StandardKey.New)
    actions["import"] = _action(window, tr("&Import chat…"), lambda: file_actions.import_chat(window))
    actions["export_md"] = _action(window, tr("Export chat as &Markdown…"), lambda: export_current("md"))
    actions["export_json"] = _action(window, tr("Export chat as &JSON…"), lambda: export_current("json"))
    actions["feedback_sft"] = _action(
        window, tr("Export feedback as &SFT data…"), lambda: file_actions.export_feedback_file(window, "sft")
    )
    actions["feedback_preference"] = _action(
        window,
        tr("Export feedback as &preference data…"),
        lambda: file_actions.export_feedback_file(window, "preference"),
    )
    actions["quit"] = _action(window, tr("&Quit"), window.close, QKeySequence.StandardKey.Quit)
    for key in (
        "new_chat",
        "import",
        None,
        "export_md",
        "export_json",
        None,
        "feedback_sft",
        "feedback_preference",
        None,
        "quit",
    ):
        file_menu.addSeparator() if key is None else file_menu.addAction(actions[key])

    chat_menu = bar.addMenu(tr("&Chat"))
    actions["search"] = _action(window, tr("&Search chats"), window.focus_search, "Ctrl+K")
    actions["stop"] = _action(window, tr("S&top reply"), window.stop_or_cancel_edit, "Esc")
    actions["regenerate"] = _action(window, tr("&Regenerate reply"), lambda: chat.regenerate(), "Ctrl+Shift+R")
    actions["copy_last"] = _action(window, tr("&Copy last reply"), window.copy_last_reply, "Ctrl+Shift+C")
    actions["edit_last"] = _action(window, tr("&Edit last message"), window.edit_last)
    actions["settings"] = _action(window, tr("Chat &settings…"), window.open_settings, "Ctrl+,")
    for key in ("search", "stop", "regenerate", "copy_last", "edit_last", "settings"):
        chat_menu.addAction(actions[key])

    model_menu = bar.addMenu(tr("&Model"))
    actions["open_model"] = _action(
        window, tr("&Open a GGUF file…"), window.open_model_dialog, QKeySequence.StandardKey.Open
    )
    actions["models_page"] = _action(window, tr("&Models…"), window.show_models_page, "Ctrl+M")
    actions["tune_page"] = _action(window, tr("Make it &yours…"), window.tune.show_page)
    for key in ("open_model", "models_page", "tune_page"):
        model_menu.addAction(actions[key])

    help_menu = bar.addMenu(tr("&Help"))
    actions["about"] = _action(window, tr("&About Hearth"), window.show_about)
    actions["about"].setMenuRole(QAction.MenuRole.AboutRole)  # the app menu, on macOS
    help_menu.addAction(actions["about"])
    return actions
