"""README promises about the sidebar, in the real window: chats grouped Today / Yesterday / Last 7 days /
Older, and the right-click menu (rename, export, delete with Undo)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from desktop.core.store import ConversationStore
from desktop.ui.sidebar import ID_ROLE
from tests.helpers.dialogs import MENU_GRAB_NOTE, answering, popup_choice, right_click, type_and_ok

pytestmark = pytest.mark.qt_log_ignore(MENU_GRAB_NOTE)

# Noon today: the sidebar's clock is held here, so a test run across midnight groups as it would at noon.
NOON = dt.datetime.combine(dt.date.today(), dt.time(12, 0)).timestamp()
DAY = 24 * 3600
CHATS = (  # title, when it was last written to
    ("Bread this morning", NOON - 3 * 3600),
    ("Tides yesterday", NOON - DAY),
    ("Kites three days ago", NOON - 3 * DAY),
    ("Taxes last month", NOON - 30 * DAY),
)


@pytest.fixture
def dated_chats(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """Four chats written on four days, in the app's database, before the window opens."""
    monkeypatch.setattr("desktop.ui.sidebar.time", SimpleNamespace(time=lambda: NOON))
    store = ConversationStore(data_dir / "hearth.db")
    ids = {}
    try:
        for title, updated in CHATS:
            conversation = store.create("model.gguf")
            question = store.add_message(conversation.id, None, "user", title)
            store.add_message(conversation.id, question.id, "assistant", f"About {title.lower()}.")
            store.rename(conversation.id, title)
            # The days gone by, as the clock would have written them.
            store.db.execute("UPDATE conversations SET updated = ? WHERE id = ?", (updated, conversation.id))
            store.db.commit()
            ids[title] = conversation.id
    finally:
        store.close()
    return ids


def rows(window) -> list[str]:
    return [window.sidebar.list.item(row).text() for row in range(window.sidebar.list.count())]


def item_for(window, conversation_id: int):
    sidebar = window.sidebar.list
    return next(sidebar.item(r) for r in range(sidebar.count()) if sidebar.item(r).data(ID_ROLE) == conversation_id)


def open_menu_on(window, conversation_id: int, choice: str) -> list[list[str]]:
    """Right-click the chat in the sidebar and choose `choice` in its menu; the menu's items are returned."""
    listing = window.sidebar.list
    with popup_choice(choice) as seen:
        right_click(listing.viewport(), listing.visualItemRect(item_for(window, conversation_id)).center())
    return seen


def test_chats_are_grouped_today_yesterday_last_7_days_and_older(qtbot, open_window, dated_chats) -> None:
    window = open_window().window
    assert rows(window) == [
        "Today",
        "Bread this morning",
        "Yesterday",
        "Tides yesterday",
        "Last 7 days",
        "Kites three days ago",
        "Older",
        "Taxes last month",
    ]
    listing = window.sidebar.list
    headers = [listing.item(r) for r in range(listing.count()) if listing.item(r).data(ID_ROLE) is None]
    assert [h.text() for h in headers] == ["Today", "Yesterday", "Last 7 days", "Older"]
    assert all(h.font().bold() and not h.flags() & Qt.ItemFlag.ItemIsSelectable for h in headers)
    # A chat of an old group opens with a click, like any other.
    old = item_for(window, dated_chats["Taxes last month"])
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=listing.visualItemRect(old).center())
    assert window.chat.conversation.id == dated_chats["Taxes last month"]
    assert [m.content for m in window.transcript.messages] == ["Taxes last month", "About taxes last month."]


def test_right_click_offers_rename_export_and_delete(qtbot, open_window, dated_chats) -> None:
    window = open_window().window
    with answering(type_and_ok("Kites, and when to fly them"), QInputDialog) as asked:
        seen = open_menu_on(window, dated_chats["Kites three days ago"], "Rename…")
    assert seen == [["Rename…", "Export as Markdown…", "Export as JSON…", "Delete"]]
    assert asked.titles == ["Rename chat"]
    assert "Kites, and when to fly them" in rows(window) and "Kites three days ago" not in rows(window)
    store = window.store
    assert store.get(dated_chats["Kites three days ago"]).title == "Kites, and when to fly them"


@pytest.mark.parametrize("kind", ["md", "json"])
def test_right_click_exports_a_chat(qtbot, open_window, dated_chats, tmp_path: Path, monkeypatch, kind: str) -> None:
    target = tmp_path / f"tides.{kind}"
    asked: list[str] = []

    def save_as(_parent, _caption, suggested, _filter):
        asked.append(suggested)
        return str(target), ""

    monkeypatch.setattr("desktop.ui.file_actions.QFileDialog.getSaveFileName", save_as)
    window = open_window().window
    choice = "Export as Markdown…" if kind == "md" else "Export as JSON…"
    open_menu_on(window, dated_chats["Tides yesterday"], choice)
    qtbot.waitUntil(target.exists, timeout=5000)
    assert asked == [str(Path.home() / f"Tides yesterday.{kind}")]  # named after the chat
    text = target.read_text(encoding="utf-8")
    if kind == "json":
        exported = json.loads(text)
        assert [(m["role"], m["content"]) for m in exported["messages"]] == [
            ("user", "Tides yesterday"),
            ("assistant", "About tides yesterday."),
        ]
    else:
        assert "Tides yesterday" in text and "About tides yesterday." in text and "**Assistant**" in text
    assert window.status.currentMessage() == f"Exported to {target}"


def test_right_click_deletes_a_chat_and_undo_brings_it_back(qtbot, open_window, dated_chats) -> None:
    window = open_window().window
    bread = dated_chats["Bread this morning"]
    open_menu_on(window, bread, "Delete")
    qtbot.waitUntil(lambda: bread not in window.sidebar.conversation_ids(), timeout=5000)
    assert "Today" not in rows(window)  # its group went with it
    assert bread not in [summary.id for summary in window.store.list()]
    undo = window.status.undo_button
    assert undo.isVisible()
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert window.sidebar.conversation_ids()[0] == bread and rows(window)[:2] == ["Today", "Bread this morning"]
    assert not undo.isVisible()


def test_right_click_on_a_group_heading_offers_nothing(qtbot, open_window, dated_chats) -> None:
    window = open_window().window
    listing = window.sidebar.list
    heading = listing.item(0)
    assert heading.text() == "Today"
    with popup_choice(None) as seen:  # a menu that (wrongly) opened would be closed, and seen
        right_click(listing.viewport(), listing.visualItemRect(heading).center())
    assert seen == []
