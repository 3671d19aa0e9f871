"""Actions that read or write files the user picks: export and import chats, export feedback."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog

from desktop.core.feedback import export_feedback
from desktop.core.store import StoreError
from desktop.core.store.exchange import export_json, export_markdown, import_json
from desktop.ui.i18n import tr

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def _safe_name(title: str) -> str:
    return re.sub(r"[^\w\- ]+", "", title).strip()[:60] or "chat"


def export_chat(window: MainWindow, conversation_id: int, kind: str, path: str | None = None) -> bool:
    """Export a chat (the branch shown) as "md" or "json"; asks where when no path is given."""
    conversation = window.store.get(conversation_id)
    if conversation is None:
        return False
    if path is None:
        suggested = str(Path.home() / f"{_safe_name(conversation.title)}.{kind}")
        label = tr("Markdown") + " (*.md)" if kind == "md" else tr("JSON") + " (*.json)"
        path, _ = QFileDialog.getSaveFileName(window, tr("Export chat"), suggested, label)
        if not path:
            return False
    try:
        text = (
            export_json(window.store, conversation_id)
            if kind == "json"
            else export_markdown(window.store, conversation_id)
        )
        Path(path).write_text(text, encoding="utf-8")
    except (StoreError, OSError) as error:
        window.notify(tr("Not exported: {error}").format(error=getattr(error, "strerror", None) or error))
        return False
    window.notify(tr("Exported to {path}").format(path=path))
    return True


def import_chat(window: MainWindow, path: str | None = None) -> int | None:
    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            window, tr("Import chat"), str(Path.home()), tr("Hearth chat") + " (*.json)"
        )
        if not path:
            return None
    try:
        text = Path(path).read_text(encoding="utf-8")
        notices: list[str] = []  # images an export carried that could not be kept (each said)
        conversation_id = import_json(window.store, text, notices)
    except UnicodeDecodeError:
        window.notify(tr("Not imported: {name} is not a text file").format(name=Path(path).name))
        return None
    except (StoreError, OSError) as error:
        window.notify(tr("Not imported: {error}").format(error=getattr(error, "strerror", None) or error))
        return None
    window.refresh_conversations()
    window.open_conversation(conversation_id)
    said = tr("Imported {name}").format(name=Path(path).name)
    if notices:
        said += " · " + "; ".join(notices[:3]) + (" …" if len(notices) > 3 else "")
    window.notify(said)
    return conversation_id


def _feedback_titles() -> dict[str, str]:
    return {"sft": tr("Export feedback as SFT data"), "preference": tr("Export feedback as preference data")}


def export_feedback_file(window: MainWindow, kind: str, path: str | None = None) -> int | None:
    if path is None:
        suggested = str(Path.home() / f"hearth-{kind}.jsonl")
        path, _ = QFileDialog.getSaveFileName(
            window, _feedback_titles().get(kind, kind), suggested, tr("JSON Lines") + " (*.jsonl)"
        )
        if not path:
            return None
    try:
        count = export_feedback(window.store, kind, Path(path))
    except (StoreError, OSError) as error:
        window.notify(tr("Not exported: {error}").format(error=getattr(error, "strerror", None) or error))
        return None
    written = (
        tr("{count} SFT records written to {path}")
        if kind == "sft"
        else tr("{count} preference records written to {path}")
    )
    window.notify(written.format(count=count, path=path))
    return count
