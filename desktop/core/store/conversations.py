"""ConversationStore: conversations as trees of messages, with the branch shown at each fork.

Regenerate and Edit never destroy anything: they add a sibling. A conversation remembers
the leaf of the branch on screen (`current_leaf`); the branch is the path from the root to it.
"""

from __future__ import annotations

import builtins
import json
import sqlite3
import time
from pathlib import Path
from typing import Any

from desktop.core.chat_settings import ChatSettings
from desktop.core.messages import Part, is_plain_text, parts_from_json, parts_to_json, text_of
from desktop.core.store.db import StoreError, explain, is_read_only, open_database, transaction
from desktop.core.store.records import Conversation, ConversationSummary, Message, SearchHit
from desktop.core.store.search import search as search_store

TITLE_CHARS = 60

_BRANCH_SQL = """
WITH RECURSIVE branch(id, parent_id, depth) AS (
    SELECT id, parent_id, 0 FROM messages WHERE id = ?
    UNION ALL
    SELECT m.id, m.parent_id, b.depth + 1 FROM messages m JOIN branch b ON m.id = b.parent_id
)
"""


def storable(text: str) -> str:
    """`text` as SQLite can store it: a lone surrogate (from a command-line argument or a line of
    input that was not valid UTF-8, which Python decodes with surrogateescape) becomes U+FFFD."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "".join("\ufffd" if "\ud800" <= char <= "\udfff" else char for char in text)
    return text


def title_from(text: str) -> str:
    line = " ".join(storable(text[: TITLE_CHARS * 8]).split())  # a pasted megabyte needs only its start
    return line if len(line) <= TITLE_CHARS else line[: TITLE_CHARS - 1].rstrip() + "…"


def _message(row: sqlite3.Row) -> Message:
    try:
        stats = json.loads(row["stats"] or "{}")
    except ValueError:
        stats = {}
    return Message(
        id=row["id"],
        conversation_id=row["conversation_id"],
        parent_id=row["parent_id"],
        role=row["role"],
        content=row["content"],
        state=row["state"],
        created=row["created"],
        model=row["model"],
        stats=stats if isinstance(stats, dict) else {},
        rating=row["rating"],
        note=row["note"],
        parts=parts_from_json(row["parts"]),
    )


def _stored_parts(content: str, parts: list[Part] | None) -> tuple[str, str]:
    """(content, parts column) for a message: its text parts are its content; a message that is only
    text stores no parts."""
    if not parts or is_plain_text(parts):
        return storable(text_of(parts) if parts else content), "[]"
    return storable(text_of(parts)), storable(parts_to_json(parts))


def _conversation(row: sqlite3.Row) -> Conversation:
    return Conversation(
        id=row["id"],
        title=row["title"],
        model=row["model"],
        created=row["created"],
        updated=row["updated"],
        current_leaf=row["current_leaf"],
        settings=ChatSettings.from_json(row["settings"]),
        deleted=row["deleted"],
    )


class ConversationStore:
    def __init__(self, path: Path | str) -> None:
        self.path = str(path)
        self.db = open_database(path)
        # Opened read-only (a read-only data folder): every chat can be read, nothing saved.
        self.read_only = is_read_only(self.db)

    @classmethod
    def open_default(cls) -> ConversationStore:
        from desktop.core import paths

        return cls(paths.database_path())

    def close(self) -> None:
        self.db.close()

    def _read(self, sql: str, args: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        try:
            return self.db.execute(sql, args).fetchall()
        except sqlite3.Error as error:
            raise StoreError(explain(error, self.path)) from None

    def _write(self, sql: str, args: tuple[Any, ...] = ()) -> sqlite3.Cursor:
        with transaction(self.db, self.path) as db:
            return db.execute(sql, args)

    # -- conversations --------------------------------------------------------------

    def create(self, model: str = "", settings: ChatSettings | None = None, title: str = "") -> Conversation:
        now = time.time()
        settings = settings or ChatSettings()
        cursor = self._write(
            "INSERT INTO conversations(title, model, created, updated, settings) VALUES (?, ?, ?, ?, ?)",
            (storable(title), storable(model), now, now, settings.to_json()),
        )
        conversation = self.get(int(cursor.lastrowid or 0))
        assert conversation is not None
        return conversation

    def get(self, conversation_id: int) -> Conversation | None:
        rows = self._read("SELECT * FROM conversations WHERE id = ?", (conversation_id,))
        return _conversation(rows[0]) if rows else None

    def list(self, include_deleted: bool = False, limit: int = -1, counts: bool = True) -> list[ConversationSummary]:
        """Newest first. message_count counts the messages on the branch shown (-1 without `counts`).

        The sidebar asks without counts: walking every branch costs time in proportion to all
        the messages ever written, and the sidebar is refreshed after every reply.
        """
        where = "" if include_deleted else "WHERE c.deleted IS NULL"
        count = f"({_BRANCH_SQL.replace('= ?', '= c.current_leaf')} SELECT count(*) FROM branch)" if counts else "-1"
        rows = self._read(
            f"""
            SELECT c.id, c.title, c.model, c.updated, {count} AS message_count
            FROM conversations c {where}
            ORDER BY c.updated DESC, c.id DESC LIMIT ?
            """,
            (limit,),
        )
        return [ConversationSummary(r["id"], r["title"], r["model"], r["updated"], r["message_count"]) for r in rows]

    def rename(self, conversation_id: int, title: str) -> None:
        self._write("UPDATE conversations SET title = ? WHERE id = ?", (title_from(title), conversation_id))

    def set_model(self, conversation_id: int, model: str) -> None:
        self._write("UPDATE conversations SET model = ? WHERE id = ?", (storable(model), conversation_id))

    def set_settings(self, conversation_id: int, settings: ChatSettings) -> None:
        self._write(
            "UPDATE conversations SET settings = ? WHERE id = ?",
            (settings.validated().to_json(), conversation_id),
        )

    def touch(self, conversation_id: int) -> None:
        self._write("UPDATE conversations SET updated = ? WHERE id = ?", (time.time(), conversation_id))

    def delete(self, conversation_id: int) -> None:
        """Hide a conversation; `restore` brings it back until `purge_deleted` runs."""
        self._write("UPDATE conversations SET deleted = ? WHERE id = ?", (time.time(), conversation_id))

    def restore(self, conversation_id: int) -> None:
        self._write("UPDATE conversations SET deleted = NULL WHERE id = ?", (conversation_id,))

    def purge_deleted(self) -> int:
        if self.read_only:
            return 0
        return self._write("DELETE FROM conversations WHERE deleted IS NOT NULL").rowcount

    def remove(self, conversation_id: int) -> bool:
        return self._write("DELETE FROM conversations WHERE id = ?", (conversation_id,)).rowcount > 0

    # -- messages -------------------------------------------------------------------

    def add_message(
        self,
        conversation_id: int,
        parent_id: int | None,
        role: str,
        content: str,
        state: str = "done",
        model: str = "",
        stats: dict[str, Any] | None = None,
        parts: builtins.list[Part] | None = None,
    ) -> Message:
        """Add a message below `parent_id` and show its branch. With `parts`, its content is their text."""
        content, parts_json = _stored_parts(content, parts)
        model = storable(model)
        now = time.time()
        with transaction(self.db, self.path) as db:
            cursor = db.execute(
                "INSERT INTO messages(conversation_id, parent_id, role, content, state, created, model, stats, parts) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (conversation_id, parent_id, role, content, state, now, model, json.dumps(stats or {}), parts_json),
            )
            message_id = int(cursor.lastrowid or 0)
            db.execute(
                "UPDATE conversations SET current_leaf = ?, updated = ?, "
                "title = CASE WHEN title = '' AND ? = 'user' THEN ? ELSE title END WHERE id = ?",
                (message_id, now, role, title_from(content), conversation_id),
            )
        stored = parts_from_json(parts_json)
        return Message(
            message_id, conversation_id, parent_id, role, content, state, now, model, stats or {}, parts=stored
        )

    def update_message(
        self,
        message_id: int,
        content: str | None = None,
        state: str | None = None,
        stats: dict[str, Any] | None = None,
        parts: builtins.list[Part] | None = None,
    ) -> None:
        """Change what is given; `parts` (with `content`) replaces the message's parts ([]: text only)."""
        sets, args = [], []
        if parts is not None:
            content, parts_json = _stored_parts(content or "", parts)
            sets.append("parts = ?")
            args.append(parts_json)
        for column, value in (("content", content), ("state", state)):
            if value is not None:
                sets.append(f"{column} = ?")
                args.append(storable(value))
        if stats is not None:
            sets.append("stats = ?")
            args.append(json.dumps(stats))
        if sets:
            self._write(f"UPDATE messages SET {', '.join(sets)} WHERE id = ?", (*args, message_id))

    def message(self, message_id: int) -> Message | None:
        rows = self._read("SELECT * FROM messages WHERE id = ?", (message_id,))
        return _message(rows[0]) if rows else None

    def messages(self, conversation_id: int) -> builtins.list[Message]:
        """Every message of the conversation, all branches, oldest first."""
        rows = self._read("SELECT * FROM messages WHERE conversation_id = ? ORDER BY id", (conversation_id,))
        return [_message(r) for r in rows]

    def branch(self, conversation_id: int, leaf_id: int | None = None) -> builtins.list[Message]:
        """The messages from the root down to `leaf_id` (default: the branch shown)."""
        if leaf_id is None:
            conversation = self.get(conversation_id)
            leaf_id = conversation.current_leaf if conversation else None
        if leaf_id is None:
            return []
        rows = self._read(
            f"{_BRANCH_SQL} SELECT m.* FROM branch b JOIN messages m ON m.id = b.id "
            "WHERE m.conversation_id = ? ORDER BY b.depth DESC",
            (leaf_id, conversation_id),
        )
        return [_message(r) for r in rows]

    def siblings(self, message: Message) -> builtins.list[Message]:
        """The message and its alternatives (same parent), oldest first."""
        if message.parent_id is None:
            rows = self._read(
                "SELECT * FROM messages WHERE conversation_id = ? AND parent_id IS NULL ORDER BY id",
                (message.conversation_id,),
            )
        else:
            rows = self._read("SELECT * FROM messages WHERE parent_id = ? ORDER BY id", (message.parent_id,))
        return [_message(r) for r in rows]

    def sibling_counts(self, conversation_id: int) -> dict[int | None, builtins.list[int]]:
        """For each parent (None: the root), its children's ids, oldest first."""
        children: dict[int | None, builtins.list[int]] = {}
        for row in self._read(
            "SELECT id, parent_id FROM messages WHERE conversation_id = ? ORDER BY id", (conversation_id,)
        ):
            children.setdefault(row["parent_id"], []).append(row["id"])
        return children

    def show(self, conversation_id: int, message_id: int) -> int:
        """Show the branch through `message_id`, continuing down its newest replies; return the leaf."""
        leaf = message_id
        while True:
            rows = self._read("SELECT id FROM messages WHERE parent_id = ? ORDER BY id DESC LIMIT 1", (leaf,))
            if not rows:
                break
            leaf = rows[0]["id"]
        self._write(
            "UPDATE conversations SET current_leaf = ? WHERE id = ? "
            "AND EXISTS (SELECT 1 FROM messages WHERE id = ? AND conversation_id = ?)",
            (leaf, conversation_id, leaf, conversation_id),
        )
        return leaf

    def rate(self, message_id: int, rating: int, note: str | None = None) -> None:
        rating = max(-1, min(1, int(rating)))
        if note is None:
            self._write("UPDATE messages SET rating = ? WHERE id = ?", (rating, message_id))
        else:
            self._write("UPDATE messages SET rating = ?, note = ? WHERE id = ?", (rating, storable(note), message_id))

    def search(self, text: str, limit: int = 50) -> builtins.list[SearchHit]:
        return search_store(self.db, storable(text), limit)

    def recover_interrupted(self) -> int:
        """Replies that were streaming when the app went down are kept, marked interrupted."""
        if self.read_only:
            return 0  # nothing can be marked; they are shown as they were saved
        return self._write("UPDATE messages SET state = 'interrupted' WHERE state = 'streaming'").rowcount
