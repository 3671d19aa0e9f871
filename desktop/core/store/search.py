"""Full-text search across conversation titles and message text (SQLite FTS5)."""

from __future__ import annotations

import re
import sqlite3

from desktop.core.store.db import StoreError, explain
from desktop.core.store.records import SearchHit

_TERM = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str:
    """User text as an FTS5 query: every word must match, as a prefix; no FTS syntax leaks in."""
    terms = _TERM.findall(text)[:16]
    return " ".join(f'"{t}"*' for t in terms)


def search(db: sqlite3.Connection, text: str, limit: int = 50) -> list[SearchHit]:
    query = fts_query(text)
    if not query:
        return []
    try:
        title_rows = db.execute(
            "SELECT c.id, c.title, c.updated FROM titles_fts f JOIN conversations c ON c.id = f.rowid "
            "WHERE titles_fts MATCH ? AND c.deleted IS NULL ORDER BY c.updated DESC LIMIT ?",
            (query, limit),
        ).fetchall()
        message_rows = db.execute(
            "SELECT m.id AS message_id, c.id, c.title, c.updated, "
            "snippet(messages_fts, 0, '«', '»', '…', 12) AS snippet "
            "FROM messages_fts f JOIN messages m ON m.id = f.rowid "
            "JOIN conversations c ON c.id = m.conversation_id "
            "WHERE messages_fts MATCH ? AND c.deleted IS NULL ORDER BY f.rank LIMIT ?",
            (query, limit),
        ).fetchall()
    except sqlite3.Error as error:
        raise StoreError(explain(error)) from None
    hits = [SearchHit(r["id"], r["title"], None, r["title"], r["updated"]) for r in title_rows]
    seen = {h.conversation_id for h in hits}
    for row in message_rows:
        if row["id"] in seen:
            continue  # one hit per conversation: its best message
        seen.add(row["id"])
        hits.append(SearchHit(row["id"], row["title"], row["message_id"], row["snippet"], row["updated"]))
    return hits[:limit]
