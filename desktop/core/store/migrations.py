"""Numbered schema migrations; each one applied is recorded in the database itself."""

from __future__ import annotations

import sqlite3
import time

M1_CONVERSATIONS = """
        CREATE TABLE conversations (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL DEFAULT '',
            model TEXT NOT NULL DEFAULT '',
            created REAL NOT NULL,
            updated REAL NOT NULL,
            current_leaf INTEGER,
            settings TEXT NOT NULL DEFAULT '{}',
            deleted REAL
        );
        CREATE TABLE messages (
            id INTEGER PRIMARY KEY,
            conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
            parent_id INTEGER REFERENCES messages(id) ON DELETE CASCADE,
            role TEXT NOT NULL CHECK (role IN ('user', 'assistant')),
            content TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL DEFAULT 'done',
            created REAL NOT NULL,
            model TEXT NOT NULL DEFAULT '',
            stats TEXT NOT NULL DEFAULT '{}',
            rating INTEGER NOT NULL DEFAULT 0,
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX messages_by_conversation ON messages(conversation_id, id);
        CREATE INDEX messages_by_parent ON messages(parent_id);
        CREATE INDEX conversations_by_updated ON conversations(updated);
"""


# External-content FTS5 tables kept in step by triggers: search never scans the messages.
M2_FULL_TEXT_SEARCH = """
        CREATE VIRTUAL TABLE messages_fts USING fts5(
            content, content='messages', content_rowid='id', tokenize='unicode61'
        );
        CREATE TRIGGER messages_ai AFTER INSERT ON messages BEGIN
            INSERT INTO messages_fts(rowid, content) VALUES (new.id, new.content);
        END;
        CREATE TRIGGER messages_ad AFTER DELETE ON messages BEGIN
            INSERT INTO messages_fts(messages_fts, rowid, content)
                VALUES ('delete', old.id, old.content);
        END;
        CREATE TRIGGER messages_au AFTER UPDATE OF content ON messages BEGIN
            INSERT INTO messages_fts(messages_fts, rowid, content)
                VALUES ('delete', old.id, old.content);
            INSERT INTO messages_fts(rowid, content) VALUES (new.id, new.content);
        END;
        INSERT INTO messages_fts(messages_fts) VALUES ('rebuild');
        CREATE VIRTUAL TABLE titles_fts USING fts5(
            title, content='conversations', content_rowid='id', tokenize='unicode61'
        );
        CREATE TRIGGER conversations_ai AFTER INSERT ON conversations BEGIN
            INSERT INTO titles_fts(rowid, title) VALUES (new.id, new.title);
        END;
        CREATE TRIGGER conversations_ad AFTER DELETE ON conversations BEGIN
            INSERT INTO titles_fts(titles_fts, rowid, title) VALUES ('delete', old.id, old.title);
        END;
        CREATE TRIGGER conversations_au AFTER UPDATE OF title ON conversations BEGIN
            INSERT INTO titles_fts(titles_fts, rowid, title) VALUES ('delete', old.id, old.title);
            INSERT INTO titles_fts(rowid, title) VALUES (new.id, new.title);
        END;
        INSERT INTO titles_fts(titles_fts) VALUES ('rebuild');
"""


M3_PRESETS = """
        CREATE TABLE presets (
            name TEXT PRIMARY KEY,
            settings TEXT NOT NULL,
            updated REAL NOT NULL
        );
"""


# Messages made of parts, and the roles system and tool. SQLite cannot change a CHECK constraint
# in place: the table is rebuilt (with foreign keys off, or dropping the old one would cascade),
# its rows copied as they are (ids too, so the search index still matches), then its indexes and
# search triggers made again. `content` keeps the text parts: search indexes them as before.
M4_MESSAGE_PARTS = """
        CREATE TABLE messages_new (
            id INTEGER PRIMARY KEY,
            conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
            parent_id INTEGER REFERENCES messages(id) ON DELETE CASCADE,
            role TEXT NOT NULL CHECK (role IN ('system', 'user', 'assistant', 'tool')),
            content TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL DEFAULT 'done',
            created REAL NOT NULL,
            model TEXT NOT NULL DEFAULT '',
            stats TEXT NOT NULL DEFAULT '{}',
            rating INTEGER NOT NULL DEFAULT 0,
            note TEXT NOT NULL DEFAULT '',
            parts TEXT NOT NULL DEFAULT '[]'
        );
        INSERT INTO messages_new(
            id, conversation_id, parent_id, role, content, state, created, model, stats, rating, note
        )
            SELECT id, conversation_id, parent_id, role, content, state, created, model, stats, rating, note
            FROM messages;
        DROP TABLE messages;
        ALTER TABLE messages_new RENAME TO messages;
        CREATE INDEX messages_by_conversation ON messages(conversation_id, id);
        CREATE INDEX messages_by_parent ON messages(parent_id);
        CREATE TRIGGER messages_ai AFTER INSERT ON messages BEGIN
            INSERT INTO messages_fts(rowid, content) VALUES (new.id, new.content);
        END;
        CREATE TRIGGER messages_ad AFTER DELETE ON messages BEGIN
            INSERT INTO messages_fts(messages_fts, rowid, content)
                VALUES ('delete', old.id, old.content);
        END;
        CREATE TRIGGER messages_au AFTER UPDATE OF content ON messages BEGIN
            INSERT INTO messages_fts(messages_fts, rowid, content)
                VALUES ('delete', old.id, old.content);
            INSERT INTO messages_fts(rowid, content) VALUES (new.id, new.content);
        END;
"""


MIGRATIONS: list[tuple[int, str, str]] = [
    (1, "conversations and message tree", M1_CONVERSATIONS),
    (2, "full-text search of messages and titles", M2_FULL_TEXT_SEARCH),
    (3, "named chat presets", M3_PRESETS),
    (4, "messages made of parts; system and tool roles", M4_MESSAGE_PARTS),
]
# Migrations that rebuild a table others refer to: run with foreign keys off (a no-op inside a
# transaction, so it is switched before the migration's own one begins, and back after).
REBUILDS = {4}

LATEST = MIGRATIONS[-1][0]


Migrations = list[tuple[int, str, str]]


def applied_versions(db: sqlite3.Connection) -> set[int]:
    db.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations "
        "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied REAL NOT NULL)"
    )
    return {row[0] for row in db.execute("SELECT version FROM schema_migrations")}


def migrate(
    db: sqlite3.Connection,
    upto: int = LATEST,
    migrations: Migrations = MIGRATIONS,
    rebuilds: frozenset[int] | None = None,
) -> list[int]:
    """Apply every missing migration up to `upto`, each in its own transaction; return those applied.
    `migrations` is the chats' list by default; the document index keeps a list of its own."""
    done = applied_versions(db)
    applied = []
    rebuilding = REBUILDS if migrations is MIGRATIONS else (rebuilds or frozenset())
    for version, name, sql in migrations:
        if version in done or version > upto:
            continue
        # One transaction: the schema change and its record land together or not at all.
        # (executescript commits whatever is pending first, so the script opens its own.)
        record = (
            f"INSERT INTO schema_migrations(version, name, applied) VALUES ({int(version)}, '{name}', {time.time()!r});"
        )
        rebuild = version in rebuilding
        if rebuild:
            db.execute("PRAGMA foreign_keys = OFF")
        try:
            db.executescript(f"BEGIN IMMEDIATE;\n{sql}\n{record}\nCOMMIT;")
        except sqlite3.Error:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
        finally:
            if rebuild:
                db.execute("PRAGMA foreign_keys = ON")
        applied.append(version)
    return applied
