"""The document index: collections, their files and passages, in SQLite with FTS5 and vectors.

It is its own database (documents.db beside the chats): it can always be rebuilt from the files,
it grows with them, and indexing writes a lot that the chats need not share. It is opened the
way the chats are (WAL, numbered migrations), so a kill -9 keeps every file whose transaction
committed, and the next run goes on from there.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop.core import paths
from desktop.core.store.db import StoreError, open_database, transaction
from desktop.core.store.migrations import Migrations

TOKENIZER = "porter unicode61 remove_diacritics 2"

M1_DOCUMENTS = f"""
        CREATE TABLE collections (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            created REAL NOT NULL
        );
        -- What the user added: folders and files, indexed as they are on disk at each refresh.
        CREATE TABLE sources (
            id INTEGER PRIMARY KEY,
            collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
            path TEXT NOT NULL,
            UNIQUE (collection_id, path)
        );
        -- Every file found: indexed, or skipped with its reason. size, mtime and sha256 say whether it changed.
        CREATE TABLE files (
            id INTEGER PRIMARY KEY,
            collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
            path TEXT NOT NULL,
            size INTEGER NOT NULL,
            mtime_ns INTEGER NOT NULL,
            sha256 TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL CHECK (state IN ('indexed', 'skipped')),
            problem TEXT NOT NULL DEFAULT '',
            passages INTEGER NOT NULL DEFAULT 0,
            indexed REAL NOT NULL,
            UNIQUE (collection_id, path)
        );
        CREATE TABLE passages (
            id INTEGER PRIMARY KEY,
            file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
            ord INTEGER NOT NULL,
            page INTEGER,
            start_line INTEGER,
            end_line INTEGER,
            text TEXT NOT NULL
        );
        CREATE INDEX passages_by_file ON passages(file_id, ord);
        -- BM25 over the passages; external content, kept in step by triggers.
        CREATE VIRTUAL TABLE passages_fts USING fts5(
            text, content='passages', content_rowid='id', tokenize='{TOKENIZER}'
        );
        CREATE TRIGGER passages_ai AFTER INSERT ON passages BEGIN
            INSERT INTO passages_fts(rowid, text) VALUES (new.id, new.text);
        END;
        CREATE TRIGGER passages_ad AFTER DELETE ON passages BEGIN
            INSERT INTO passages_fts(passages_fts, rowid, text) VALUES ('delete', old.id, old.text);
        END;
        -- How many passages hold each term: a query leaves out the terms nearly every passage holds.
        CREATE VIRTUAL TABLE passages_terms USING fts5vocab(passages_fts, 'row');
        -- Dense vectors (float32, L2-normalised), by the embedding model that made them.
        CREATE TABLE vectors (
            passage_id INTEGER NOT NULL REFERENCES passages(id) ON DELETE CASCADE,
            model TEXT NOT NULL,
            vector BLOB NOT NULL,
            PRIMARY KEY (passage_id, model)
        );
        CREATE INDEX vectors_by_model ON vectors(model);
"""

MIGRATIONS: Migrations = [(1, "collections, files, passages, full-text search and vectors", M1_DOCUMENTS)]


def index_path() -> Path:
    return paths.data_dir() / "documents.db"


def _reworded(error: StoreError) -> StoreError:
    # The store's messages speak of the conversation database; here it is the document index.
    return StoreError(str(error).replace("conversation database", "document index"))


def open_index(path: Path | str | None = None) -> sqlite3.Connection:
    """Open (creating and migrating) the index. Raises StoreError with a readable message.
    Each thread opens its own connection: SQLite connections are not shared across threads."""
    try:
        db = open_database(path or index_path(), MIGRATIONS)
    except StoreError as error:
        raise _reworded(error) from None
    # Deleting a collection cascades through its passages: that needs the foreign keys on.
    db.execute("PRAGMA foreign_keys = ON")
    return db


@contextmanager
def writing(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One transaction of the index; what it wrote lands whole or not at all."""
    try:
        with transaction(db) as tx:
            yield tx
    except StoreError as error:
        raise _reworded(error) from None
