"""Open the SQLite database: WAL mode, foreign keys, migrations, and errors a user can read."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from desktop.core.store.migrations import MIGRATIONS, Migrations, migrate


class StoreError(Exception):
    """The store could not read or write; the message is one line meant for a user."""


def explain(error: sqlite3.Error, path: Path | str = "") -> str:
    text = str(error).lower()
    where = f" ({path})" if path else ""
    if "disk is full" in text or ("disk i/o" in text and "full" in text):
        return f"the disk is full: nothing new could be saved{where}; free some space"
    if "readonly" in text or "read-only" in text:
        return f"the data folder is read-only: nothing new can be saved{where}"
    if "unable to open" in text:
        folder = Path(path).parent if path and str(path) != ":memory:" else None
        if folder is not None and folder.is_dir() and not os.access(folder, os.W_OK):
            return f"the data folder is read-only: nothing new can be saved{where}"
        return f"the conversation database cannot be opened{where}"
    if "malformed" in text or "not a database" in text:
        return f"the conversation database is damaged{where}"
    if "locked" in text or "busy" in text:
        return f"the conversation database is busy in another process{where}"
    return f"the conversation database failed: {error}{where}"


def open_database(path: Path | str, migrations: Migrations = MIGRATIONS) -> sqlite3.Connection:
    """Open (creating if needed) and migrate. Raises StoreError with a readable message."""
    path = Path(path) if str(path) != ":memory:" else path
    if isinstance(path, Path) and path.is_file() and not os.access(path, os.W_OK):
        # A database that cannot be written (a read-only mount, say) may still open normally when
        # its -wal and -shm files exist; open it read-only on purpose, so the store knows.
        read_only = _open_read_only(path, migrations)
        if read_only is not None:
            return read_only
    try:
        if isinstance(path, Path):
            path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(str(path), isolation_level=None, timeout=5.0)
        db.row_factory = sqlite3.Row
        db.execute("PRAGMA foreign_keys = ON")
        # WAL with synchronous=NORMAL survives an app crash (SIGKILL) with every committed
        # write; only a power cut may lose the last transactions, never corrupt the file.
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
        migrate(db, upto=migrations[-1][0], migrations=migrations)
    except sqlite3.Error as error:
        read_only = _open_read_only(path, migrations)
        if read_only is not None:
            return read_only
        raise StoreError(explain(error, path)) from None
    except OSError as error:
        raise StoreError(f"the data folder cannot be used ({error.strerror or error}): {path}") from None
    return db


def _open_read_only(path: Path | str, migrations: Migrations = MIGRATIONS) -> sqlite3.Connection | None:
    """On a read-only data folder (a read-only mount, a full backup disk): the chats can still be read.

    A WAL database cannot be opened normally there (SQLite cannot create its -shm file). With the
    -wal file present (the app was not closed cleanly) a read-only connection sees everything; with
    none, the database file alone is the whole truth and can be opened as immutable. Writes then fail
    with "read-only", which `explain` turns into a message. None if this does not apply or fails.
    """
    if not isinstance(path, Path) or not path.is_file():
        return None
    if os.access(path.parent, os.W_OK) and os.access(path, os.W_OK):
        return None
    wal = path.with_name(path.name + "-wal")
    uri = f"{path.resolve().as_uri()}?{'mode=ro' if wal.exists() else 'immutable=1'}"
    try:
        db = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=5.0)
        db.row_factory = sqlite3.Row
        db.execute("PRAGMA query_only = ON")
        versions = {row[0] for row in db.execute("SELECT version FROM schema_migrations")}
    except sqlite3.Error:
        return None
    if versions != {version for version, _, _ in migrations}:
        db.close()  # an older (or newer) schema that cannot be migrated here
        raise StoreError(f"the data folder is read-only and its database needs updating: {path}")
    return db


def is_read_only(db: sqlite3.Connection) -> bool:
    return bool(db.execute("PRAGMA query_only").fetchone()[0])


@contextmanager
def transaction(db: sqlite3.Connection, path: str = "") -> Iterator[sqlite3.Connection]:
    """BEGIN…COMMIT, rolled back on error; SQLite errors become StoreError."""
    try:
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
    except sqlite3.Error as error:
        if db.in_transaction:
            with suppress(sqlite3.Error):
                db.execute("ROLLBACK")
        raise StoreError(explain(error, path)) from None
