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


SNIPPET = "snippet(messages_fts, 0, '«', '»', '…', 12) AS snippet"


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
            f"SELECT m.id AS message_id, c.id, c.title, c.updated, {SNIPPET} "
            "FROM messages_fts f JOIN messages m ON m.id = f.rowid "
            "JOIN conversations c ON c.id = m.conversation_id "
            "WHERE messages_fts MATCH ? AND c.deleted IS NULL ORDER BY f.rank LIMIT ?",
            (query, limit),
        ).fetchall()
        # A title that matched is on screen already: its snippet is the first message of that chat
        # that matched too (titles are made from first messages, so there usually is one), or none.
        # In message order, not by rank: ranking every match again costs more than the search.
        titled = [row["id"] for row in title_rows]
        in_titled = db.execute(
            f"SELECT m.id AS message_id, m.conversation_id AS id, {SNIPPET} "
            "FROM messages_fts f JOIN messages m ON m.id = f.rowid "
            f"WHERE messages_fts MATCH ? AND m.conversation_id IN ({','.join('?' * len(titled))}) ORDER BY m.id",
            (query, *titled),
        ).fetchall()
    except sqlite3.Error as error:
        raise StoreError(explain(error)) from None
    in_title: dict[int, sqlite3.Row] = {}
    for row in in_titled:
        in_title.setdefault(row["id"], row)
    hits = []
    for row in title_rows:
        message = in_title.get(row["id"])
        if message is None:
            hits.append(SearchHit(row["id"], row["title"], None, "", row["updated"]))
        else:
            hits.append(SearchHit(row["id"], row["title"], message["message_id"], message["snippet"], row["updated"]))
    seen = set(titled)
    for row in message_rows:
        if row["id"] in seen:
            continue  # one hit per conversation: its best message
        seen.add(row["id"])
        hits.append(SearchHit(row["id"], row["title"], row["message_id"], row["snippet"], row["updated"]))
    return hits[:limit]
