"""Named chat presets ("personas"): a system prompt and sampling settings to reuse."""

from __future__ import annotations

import sqlite3
import time

from desktop.core.chat_settings import ChatSettings
from desktop.core.store.db import StoreError, explain, transaction


def list_presets(db: sqlite3.Connection) -> dict[str, ChatSettings]:
    try:
        rows = db.execute("SELECT name, settings FROM presets ORDER BY name COLLATE NOCASE").fetchall()
    except sqlite3.Error as error:
        raise StoreError(explain(error)) from None
    return {row["name"]: ChatSettings.from_json(row["settings"]) for row in rows}


def save_preset(db: sqlite3.Connection, name: str, settings: ChatSettings) -> None:
    name = " ".join(name.split())[:80]
    if not name:
        raise StoreError("a preset needs a name")
    with transaction(db) as tx:
        tx.execute(
            "INSERT INTO presets(name, settings, updated) VALUES (?, ?, ?) "
            "ON CONFLICT(name) DO UPDATE SET settings = excluded.settings, updated = excluded.updated",
            (name, settings.validated().to_json(), time.time()),
        )


def delete_preset(db: sqlite3.Connection, name: str) -> None:
    with transaction(db) as tx:
        tx.execute("DELETE FROM presets WHERE name = ?", (name,))
