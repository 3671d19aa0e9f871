"""Indexing a collection: what changed on disk is read, cut into passages and stored, one file at a time.

A file is judged changed by its size and mtime, then by its sha256 (a file touched but not edited
is not read again). Each file's passages are replaced in one transaction, so a kill -9 mid-index
keeps every file done before it, and the next run starts where this one stopped. A file that
cannot be read is recorded with its reason (the collection's Problems) and never stops the rest.
With an embedding model, the passages that have no vector of it are embedded afterwards, in
batches, each batch its own transaction: BM25 works from the first file, vectors follow.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from array import array
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.documents.blocks import DocumentSkipped
from desktop.core.documents.chunking import split_passages
from desktop.core.documents.collection_store import CollectionStore
from desktop.core.documents.embedder import Embedder
from desktop.core.documents.index_db import writing
from desktop.core.documents.readers import read_file
from desktop.core.documents.scanning import files_of
from desktop.core.runtime.types import EngineError

log = logging.getLogger(__name__)

EMBED_BATCH = 16
PROGRESS_INTERVAL_S = 0.1


@dataclass
class IndexProgress:
    """Where indexing is: shown as "120 of 2,000 files · 3,400 passages · about 40 s left"."""

    collection: str
    phase: str = "scanning"  # scanning, reading, embedding, done
    files_done: int = 0
    files_total: int = 0
    passages: int = 0  # passages written by this run
    embedded: int = 0
    to_embed: int = 0
    current: str = ""
    started: float = field(default_factory=time.monotonic)

    @property
    def fraction(self) -> float:
        if self.phase == "embedding":
            return self.embedded / self.to_embed if self.to_embed else 1.0
        return self.files_done / self.files_total if self.files_total else 0.0

    @property
    def eta_s(self) -> float | None:
        """Seconds left at this run's pace so far; None until there is a pace to go by."""
        elapsed = time.monotonic() - self.started
        fraction = self.fraction
        if fraction <= 0.02 or elapsed < 0.5:
            return None
        return max(0.0, elapsed / fraction - elapsed)


@dataclass
class IndexReport:
    collection: str
    files_seen: int = 0
    files_indexed: int = 0  # read and stored this run (new or changed)
    files_unchanged: int = 0
    files_removed: int = 0
    files_skipped: int = 0
    passages: int = 0
    embedded: int = 0
    embedding_note: str = ""  # why no vectors were made, when an embedding model was asked for and failed
    stopped: bool = False
    seconds: float = 0.0
    bytes_read: int = 0

    def to_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


ProgressCallback = Callable[[IndexProgress], None]


def sha256_of(path: Path, stop: threading.Event | None = None) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
            if stop is not None and stop.is_set():
                break
    return digest.hexdigest()


def vector_blob(vector: list[float]) -> bytes:
    return array("f", vector).tobytes()


class Indexer:
    """Brings one collection's index up to date with its files. Runs on the caller's thread (a
    background one in the app): it opens its own connection to the index."""

    def __init__(self, index_path: Path | str | None = None, embedder: Embedder | None = None) -> None:
        self._store = CollectionStore(index_path)
        self._embedder = embedder

    def close(self) -> None:
        self._store.close()

    def run(
        self, name: str, on_progress: ProgressCallback | None = None, stop: threading.Event | None = None
    ) -> IndexReport:
        stop = stop or threading.Event()
        started = time.monotonic()
        info = self._store.get(name)
        report = IndexReport(info.name)
        progress = IndexProgress(info.name)
        tell = _Throttled(on_progress)
        tell(progress, force=True)
        paths = list(files_of(list(info.sources)))
        progress.files_total, progress.phase = len(paths), "reading"
        tell(progress, force=True)  # the total is known: the bar can start
        known = self._known_files(info.id)
        for path in paths:
            if stop.is_set():
                report.stopped = True
                break
            progress.current = str(path)
            tell(progress)
            self._index_file(info.id, path, known.pop(str(path), None), report, stop)
            progress.files_done += 1
            progress.passages = report.passages
        report.files_seen = progress.files_done
        if not report.stopped:
            report.files_removed = self._forget(list(known.values()))  # gone from disk, or their source removed
        if self._embedder is not None and not stop.is_set():
            self._embed_missing(info.id, progress, tell, report, stop)
        report.stopped = report.stopped or stop.is_set()
        progress.phase, progress.current = "done", ""
        tell(progress, force=True)
        report.seconds = time.monotonic() - started
        return report

    # -- files ------------------------------------------------------------------------

    def _known_files(self, collection_id: int) -> dict[str, tuple[int, int, int, str]]:
        rows = self._store.db.execute(
            "SELECT path, id, size, mtime_ns, sha256 FROM files WHERE collection_id = ?", (collection_id,)
        )
        return {row[0]: (row[1], row[2], row[3], row[4]) for row in rows}

    def _index_file(
        self,
        collection_id: int,
        path: Path,
        known: tuple[int, int, int, str] | None,
        report: IndexReport,
        stop: threading.Event,
    ) -> None:
        try:
            info = path.stat()
        except OSError:
            self._record_skip(collection_id, path, 0, 0, "", "deleted while being indexed")
            report.files_skipped += 1
            return
        size, mtime_ns = info.st_size, info.st_mtime_ns
        if known is not None and known[1] == size and known[2] == mtime_ns:
            report.files_unchanged += 1
            return
        try:
            digest = sha256_of(path, stop)
        except OSError as error:
            self._record_skip(collection_id, path, size, mtime_ns, "", _os_reason(error))
            report.files_skipped += 1
            return
        if known is not None and known[3] == digest:
            self._touch(known[0], size, mtime_ns)  # touched, not edited: its passages stand
            report.files_unchanged += 1
            return
        try:
            result = read_file(path)
            passages = split_passages(result.blocks)
            if not passages:
                raise DocumentSkipped("no text found")
        except DocumentSkipped as skipped:
            self._record_skip(collection_id, path, size, mtime_ns, digest, str(skipped))
            report.files_skipped += 1
            return
        except Exception as error:  # a reader's bug must not end indexing; the file says why
            log.exception("reading %s failed", path)
            self._record_skip(collection_id, path, size, mtime_ns, digest, f"could not be read: {error}"[:200])
            report.files_skipped += 1
            return
        with writing(self._store.db) as db:
            db.execute("DELETE FROM files WHERE collection_id = ? AND path = ?", (collection_id, str(path)))
            file_id = db.execute(
                "INSERT INTO files(collection_id, path, size, mtime_ns, sha256, state, problem, passages, indexed) "
                "VALUES (?, ?, ?, ?, ?, 'indexed', ?, ?, ?)",
                (collection_id, str(path), size, mtime_ns, digest, result.note, len(passages), time.time()),
            ).lastrowid
            db.executemany(
                "INSERT INTO passages(file_id, ord, page, start_line, end_line, text) VALUES (?, ?, ?, ?, ?, ?)",
                [(file_id, n, p.page, p.start_line, p.end_line, p.text) for n, p in enumerate(passages)],
            )
        report.files_indexed += 1
        report.passages += len(passages)
        report.bytes_read += size

    def _record_skip(self, collection_id: int, path: Path, size: int, mtime_ns: int, digest: str, reason: str) -> None:
        with writing(self._store.db) as db:
            db.execute("DELETE FROM files WHERE collection_id = ? AND path = ?", (collection_id, str(path)))
            db.execute(
                "INSERT INTO files(collection_id, path, size, mtime_ns, sha256, state, problem, passages, indexed) "
                "VALUES (?, ?, ?, ?, ?, 'skipped', ?, 0, ?)",
                (collection_id, str(path), size, mtime_ns, digest, reason or "skipped", time.time()),
            )

    def _touch(self, file_id: int, size: int, mtime_ns: int) -> None:
        with writing(self._store.db) as db:
            db.execute("UPDATE files SET size = ?, mtime_ns = ? WHERE id = ?", (size, mtime_ns, file_id))

    def _forget(self, gone: list[tuple[int, int, int, str]]) -> int:
        if not gone:
            return 0
        with writing(self._store.db) as db:
            db.executemany("DELETE FROM files WHERE id = ?", [(row[0],) for row in gone])
        return len(gone)

    # -- vectors ----------------------------------------------------------------------

    def _embed_missing(
        self, collection_id: int, progress: IndexProgress, tell: _Throttled, report: IndexReport, stop: threading.Event
    ) -> None:
        assert self._embedder is not None
        model = self._embedder.model_id
        missing = self._store.db.execute(
            "SELECT p.id, p.text FROM passages p JOIN files f ON f.id = p.file_id "
            "WHERE f.collection_id = ? AND NOT EXISTS "
            "(SELECT 1 FROM vectors v WHERE v.passage_id = p.id AND v.model = ?) ORDER BY p.id",
            (collection_id, model),
        ).fetchall()
        progress.phase, progress.to_embed, progress.embedded, progress.current = "embedding", len(missing), 0, ""
        progress.started = time.monotonic()
        tell(progress, force=True)
        for start in range(0, len(missing), EMBED_BATCH):
            if stop.is_set():
                return
            batch = missing[start : start + EMBED_BATCH]
            try:
                vectors = self._embedder.embed([row[1] for row in batch])
            except EngineError as error:
                report.embedding_note = str(error)
                return
            rows = [(row[0], model, vector_blob(vector), row[0]) for row, vector in zip(batch, vectors, strict=True)]
            with writing(self._store.db) as db:
                # A passage whose file another run re-indexed meanwhile is gone: its vector is not kept.
                db.executemany(
                    "INSERT OR REPLACE INTO vectors(passage_id, model, vector) "
                    "SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM passages WHERE id = ?)",
                    rows,
                )
            report.embedded += len(rows)
            progress.embedded = report.embedded
            tell(progress)


def _os_reason(error: OSError) -> str:
    if isinstance(error, PermissionError):
        return "cannot be read: permission denied"
    if isinstance(error, FileNotFoundError):
        return "deleted while being indexed"
    return f"cannot be read: {error.strerror or error}"


class _Throttled:
    """Progress at most ten times a second: a 2,000-file folder must not flood the window."""

    def __init__(self, callback: ProgressCallback | None) -> None:
        self._callback = callback
        self._at = 0.0

    def __call__(self, progress: IndexProgress, force: bool = False) -> None:
        if self._callback is None:
            return
        now = time.monotonic()
        if force or now - self._at >= PROGRESS_INTERVAL_S:
            self._at = now
            self._callback(progress)
