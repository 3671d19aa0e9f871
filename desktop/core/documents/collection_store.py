"""Collections of documents: a name, the folders and files it holds, and what indexing made of them."""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from desktop.core.documents.index_db import open_index, writing
from desktop.core.store.db import StoreError

MAX_NAME = 60


class CollectionError(ValueError):
    """A collection that cannot be made or found as asked; the message is one line for a user."""


@dataclass(frozen=True)
class Problem:
    path: str
    reason: str
    partial: bool  # indexed in part (the reason says what was left out); else skipped


@dataclass(frozen=True)
class CollectionInfo:
    id: int
    name: str
    sources: tuple[str, ...]
    files: int  # indexed
    passages: int
    problems: int  # skipped or only partly indexed
    vectors: int  # passages with a vector of any model
    indexed: float  # when a file was last indexed (0: never)

    def to_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "sources": list(self.sources),
            "files": self.files,
            "passages": self.passages,
            "problems": self.problems,
            "vectors": self.vectors,
            "indexed": self.indexed,
        }


def check_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise CollectionError("a collection needs a name")
    if len(name) > MAX_NAME:
        raise CollectionError(f"a collection's name is at most {MAX_NAME} characters")
    if any(not ch.isprintable() for ch in name):
        raise CollectionError("a collection's name cannot hold control characters")
    return name


def _source(path: str | Path) -> str:
    resolved = Path(path).expanduser()
    try:
        resolved = resolved.resolve(strict=True)
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop on older Pythons
        raise CollectionError(f"{path} does not exist") from None
    if not (resolved.is_dir() or resolved.is_file()):
        raise CollectionError(f"{path} is neither a folder nor a file")
    return str(resolved)


class CollectionStore:
    """The collections in the index. One per thread (its SQLite connection is that thread's)."""

    def __init__(self, path: Path | str | None = None) -> None:
        self.path = path
        self.db = open_index(path)

    def close(self) -> None:
        self.db.close()

    # -- collections ------------------------------------------------------------------

    def create(self, name: str, sources: list[str | Path] | None = None) -> CollectionInfo:
        """A new collection (or more sources for one that exists) with these folders or files."""
        name = check_name(name)
        resolved = [_source(path) for path in sources or []]
        with writing(self.db) as db:
            row = db.execute("SELECT id FROM collections WHERE name = ?", (name,)).fetchone()
            collection_id = (
                row[0]
                if row
                else db.execute("INSERT INTO collections(name, created) VALUES (?, ?)", (name, time.time())).lastrowid
            )
            db.executemany(
                "INSERT OR IGNORE INTO sources(collection_id, path) VALUES (?, ?)",
                [(collection_id, path) for path in resolved],
            )
        return self.get(name)

    def remove(self, name: str) -> None:
        info = self.get(name)
        with writing(self.db) as db:
            db.execute("DELETE FROM collections WHERE id = ?", (info.id,))

    def names(self) -> list[str]:
        return [row[0] for row in self._read("SELECT name FROM collections ORDER BY name COLLATE NOCASE")]

    def get(self, name: str) -> CollectionInfo:
        row = self._read_one("SELECT id, name FROM collections WHERE name = ?", (" ".join(name.split()),))
        if row is None:
            known = self.names()
            hint = f"; there are: {', '.join(known)}" if known else "; add one with `hearth docs add NAME PATH`"
            raise CollectionError(f"no collection named {name!r}{hint}")
        return self._info(row[0], row[1])

    def all(self) -> list[CollectionInfo]:
        rows = self._read("SELECT id, name FROM collections ORDER BY name COLLATE NOCASE")
        return [self._info(row[0], row[1]) for row in rows]

    def _info(self, collection_id: int, name: str) -> CollectionInfo:
        sources = tuple(
            r[0] for r in self._read("SELECT path FROM sources WHERE collection_id = ? ORDER BY path", (collection_id,))
        )
        files, passages, indexed = self._read_one(
            "SELECT COUNT(*), COALESCE(SUM(passages), 0), COALESCE(MAX(indexed), 0) FROM files "
            "WHERE collection_id = ? AND state = 'indexed'",
            (collection_id,),
        ) or (0, 0, 0)
        problems = self._read_one(
            "SELECT COUNT(*) FROM files WHERE collection_id = ? AND problem != ''", (collection_id,)
        )
        vectors = self._read_one(
            "SELECT COUNT(DISTINCT v.passage_id) FROM vectors v JOIN passages p ON p.id = v.passage_id "
            "JOIN files f ON f.id = p.file_id WHERE f.collection_id = ?",
            (collection_id,),
        )
        return CollectionInfo(
            collection_id,
            name,
            sources,
            int(files),
            int(passages),
            int(problems[0] if problems else 0),
            int(vectors[0] if vectors else 0),
            float(indexed),
        )

    def problems(self, name: str) -> list[Problem]:
        info = self.get(name)
        rows = self._read(
            "SELECT path, problem, state FROM files WHERE collection_id = ? AND problem != '' ORDER BY path",
            (info.id,),
        )
        return [Problem(row[0], row[1], row[2] == "indexed") for row in rows]

    # -- reading ----------------------------------------------------------------------

    def _read(self, sql: str, args: tuple[object, ...] = ()) -> list[sqlite3.Row]:
        try:
            return list(self.db.execute(sql, args))
        except sqlite3.Error as error:
            raise StoreError(f"the document index failed: {error}") from None

    def _read_one(self, sql: str, args: tuple[object, ...] = ()) -> sqlite3.Row | None:
        rows = self._read(sql, args)
        return rows[0] if rows else None
