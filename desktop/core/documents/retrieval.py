"""Finding the passages that answer a question: BM25 always, dense vectors when there is an embedding
model, fused by reciprocal rank (each list votes 1 / (60 + rank) for its passages)."""

from __future__ import annotations

import logging
import re
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from desktop.core.documents.collection_store import CollectionError
from desktop.core.documents.embedder import Embedder
from desktop.core.documents.index_db import TOKENIZER, open_index
from desktop.core.runtime.types import EngineError

log = logging.getLogger(__name__)

# A term held by more passages than this adds little to BM25 (its IDF is near zero) and costs a
# score for each of them: it is left out of the query, unless every term is that common.
COMMON_SHARE = 0.05
COMMON_FLOOR = 2000
RRF_K = 60  # the constant of Cormack et al.'s reciprocal rank fusion: damps the top ranks' weight
CANDIDATES = 30  # taken from each list before fusing
MAX_QUERY_TERMS = 24

# Words that match nearly every passage: left out of the BM25 query so it stays precise and fast.
_STOPWORDS_TEXT = """a an and are as at be been but by can could did do does for from had has have how i if in into
    is it
    its me my no not of on or our she he so than that the their them then there these they this those to
    was we were what when where which who whom why will with would you your about after all also any because
    before being both each few more most other out over same should some such through under until up very"""
STOPWORDS = frozenset(_STOPWORDS_TEXT.split())
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Hit:
    """A retrieved passage: where it came from, its text, and how it ranked."""

    passage_id: int
    path: str
    collection: str
    page: int | None
    start_line: int | None
    end_line: int | None
    text: str
    score: float  # fused (reciprocal rank) when both lists ran, else BM25 (higher is better)
    bm25_rank: int | None = None  # 1-based; None when BM25 did not find it
    dense_rank: int | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "path": self.path,
            "collection": self.collection,
            "page": self.page,
            "start_line": self.start_line,
            "end_line": self.end_line,
            "score": round(self.score, 6),
            "text": self.text,
            "bm25_rank": self.bm25_rank,
            "dense_rank": self.dense_rank,
        }


def query_words(question: str) -> list[str]:
    """The words of a question worth searching for, once each, in order."""
    terms: list[str] = []
    for word in _WORD.findall(question.lower()):
        if (len(word) < 2 and not word.isdigit()) or word in STOPWORDS or word in terms:
            continue
        terms.append(word)
        if len(terms) >= MAX_QUERY_TERMS:
            break
    return terms


def fts_query(question: str | list[str]) -> str:
    """The question as an FTS5 query: its words, each quoted (no operator a user typed can break
    the syntax), any of them; "" when it holds no word worth searching."""
    words = query_words(question) if isinstance(question, str) else question
    return " OR ".join(f'"{term}"' for term in words)


def reciprocal_rank_fusion(lists: list[list[int]], k: int = RRF_K) -> list[tuple[int, float]]:
    scores: dict[int, float] = {}
    for ranked in lists:
        for rank, item in enumerate(ranked, start=1):
            scores[item] = scores.get(item, 0.0) + 1.0 / (k + rank)
    return sorted(scores.items(), key=lambda pair: (-pair[1], pair[0]))


class _VectorCache:
    """The vectors of a set of collections as one matrix, kept while they do not change."""

    def __init__(self) -> None:
        self.key: tuple[object, ...] | None = None
        self.ids = np.zeros(0, dtype=np.int64)
        self.matrix = np.zeros((0, 0), dtype=np.float32)


class Retriever:
    """Searches the index. Safe to call from any thread: each has its own connection."""

    def __init__(self, index_path: Path | str | None = None, embedder: Embedder | None = None) -> None:
        self.index_path = index_path
        self.embedder = embedder
        self._local = threading.local()
        self._cache = _VectorCache()
        self._cache_lock = threading.Lock()
        self.last_note = ""  # why the last search was BM25 alone though an embedding model was set

    def _db(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            db = self._local.db = open_index(self.index_path)
        return db

    def close(self) -> None:
        db = getattr(self._local, "db", None)
        if db is not None:
            db.close()
            self._local.db = None

    def collection_ids(self, names: list[str]) -> list[int]:
        ids = []
        for name in names:
            row = self._db().execute("SELECT id FROM collections WHERE name = ?", (" ".join(name.split()),)).fetchone()
            if row is None:
                raise CollectionError(f"no collection named {name!r}")
            ids.append(int(row[0]))
        return ids

    def search(self, names: list[str], question: str, k: int = 5) -> list[Hit]:
        ids = self.collection_ids(names)
        if not ids or k <= 0:
            return []
        bm25 = self.bm25(ids, question, max(k, CANDIDATES))
        dense = self.dense(ids, question, max(k, CANDIDATES))
        if dense is None:
            ranked = [(pid, -score) for pid, score in bm25[:k]]  # FTS5's bm25() is lower for better
            return self._hits(ranked, {pid: n for n, (pid, _) in enumerate(bm25, 1)}, {})
        bm25_ids = [pid for pid, _ in bm25]
        fused = reciprocal_rank_fusion([bm25_ids, dense])[:k]
        return self._hits(
            fused, {pid: n for n, pid in enumerate(bm25_ids, 1)}, {pid: n for n, pid in enumerate(dense, 1)}
        )

    def _passage_count(self) -> int:
        db = self._db()
        version = db.execute("PRAGMA data_version").fetchone()[0]
        cached = getattr(self._local, "count", None)
        if cached is None or cached[0] != version:
            cached = self._local.count = (version, int(db.execute("SELECT COUNT(*) FROM passages").fetchone()[0]))
        return int(cached[1])

    def _stems(self, words: list[str]) -> list[str]:
        """Each word as the index holds it (the porter stem): SQLite's own tokenizer, on a temporary table."""
        db = self._db()
        if not getattr(self._local, "stemmer", False):
            db.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.query_words USING fts5(word, tokenize='{TOKENIZER}')")
            db.execute(
                "CREATE VIRTUAL TABLE IF NOT EXISTS temp.query_stems USING fts5vocab(temp, query_words, 'instance')"
            )
            self._local.stemmer = True
        db.execute("DELETE FROM temp.query_words")
        db.executemany("INSERT INTO temp.query_words(rowid, word) VALUES (?, ?)", list(enumerate(words, 1)))
        stems = dict(db.execute("SELECT doc, term FROM temp.query_stems"))
        return [stems.get(n, word) for n, word in enumerate(words, 1)]

    def selective_words(self, words: list[str]) -> list[str]:
        """The words worth scoring: those no more common than COMMON_SHARE of the passages (at least
        the rarest one), and none that no passage holds."""
        try:
            stems = self._stems(words)
            frequencies = [
                int((self._db().execute("SELECT doc FROM passages_terms WHERE term = ?", (stem,)).fetchone() or [0])[0])
                for stem in stems
            ]
        except sqlite3.Error:  # a read-only data folder (no temporary table): every word, as typed
            return words
        limit = max(COMMON_FLOOR, int(self._passage_count() * COMMON_SHARE))
        present = [(df, word) for df, word in zip(frequencies, words, strict=True) if df > 0]
        if not present:
            return []
        kept = [word for df, word in present if df <= limit]
        return kept or [min(present)[1]]

    def bm25(self, collection_ids: list[int], question: str, limit: int) -> list[tuple[int, float]]:
        words = query_words(question)
        query = fts_query(self.selective_words(words)) if words else ""
        if not query:
            return []
        db = self._db()
        if self._holds_every_passage(collection_ids):
            # The usual case (one collection, or all of them): FTS5 alone ranks, with no join per match.
            rows = db.execute(
                "SELECT rowid, bm25(passages_fts) AS score FROM passages_fts WHERE passages_fts MATCH ? "
                "ORDER BY score, rowid LIMIT ?",
                (query, limit),
            )
            return [(int(row[0]), float(row[1])) for row in rows]
        marks = ",".join("?" * len(collection_ids))
        rows = db.execute(
            "SELECT p.id, bm25(passages_fts) AS score FROM passages_fts "
            "JOIN passages p ON p.id = passages_fts.rowid JOIN files f ON f.id = p.file_id "
            f"WHERE passages_fts MATCH ? AND f.collection_id IN ({marks}) ORDER BY score, p.id LIMIT ?",
            (query, *collection_ids, limit),
        )
        return [(int(row[0]), float(row[1])) for row in rows]

    def _holds_every_passage(self, collection_ids: list[int]) -> bool:
        db = self._db()
        version = db.execute("PRAGMA data_version").fetchone()[0]
        cached = getattr(self._local, "collections", None)
        if cached is None or cached[0] != version:
            others = {int(row[0]) for row in db.execute("SELECT DISTINCT collection_id FROM files WHERE passages > 0")}
            cached = self._local.collections = (version, others)
        return cached[1] <= set(collection_ids)

    def dense(self, collection_ids: list[int], question: str, limit: int) -> list[int] | None:
        """Passage ids by cosine similarity; None when there are no vectors to search (BM25 alone)."""
        self.last_note = ""
        if self.embedder is None:
            return None
        ids, matrix = self._vectors(collection_ids, self.embedder.model_id)
        if not len(ids):
            return None
        try:
            query = np.asarray(self.embedder.embed_query(question), dtype=np.float32)
        except EngineError as error:
            self.last_note = str(error)
            return None
        if query.shape[0] != matrix.shape[1]:
            self.last_note = "the index's vectors were made by another model: refresh the collection"
            return None
        scores = matrix @ query
        top = min(limit, len(ids))
        best = np.argpartition(-scores, top - 1)[:top]
        best = best[np.lexsort((ids[best], -scores[best]))]
        return [int(ids[i]) for i in best]

    def _vectors(self, collection_ids: list[int], model: str) -> tuple[np.ndarray, np.ndarray]:
        marks = ",".join("?" * len(collection_ids))
        where = (
            "FROM vectors v JOIN passages p ON p.id = v.passage_id JOIN files f ON f.id = p.file_id "
            f"WHERE v.model = ? AND f.collection_id IN ({marks})"
        )
        args = (model, *collection_ids)
        # data_version moves when another connection (an indexer) commits: until then the matrix stands.
        key = (tuple(collection_ids), model, self._db().execute("PRAGMA data_version").fetchone()[0], id(self._db()))
        with self._cache_lock:
            if self._cache.key == key:
                return self._cache.ids, self._cache.matrix
        rows = self._db().execute(f"SELECT v.passage_id, v.vector {where} ORDER BY v.passage_id", args).fetchall()
        if not rows:
            return np.zeros(0, dtype=np.int64), np.zeros((0, 0), dtype=np.float32)
        width = len(rows[0][1]) // 4
        kept = [row for row in rows if len(row[1]) == width * 4]
        ids = np.fromiter((row[0] for row in kept), dtype=np.int64, count=len(kept))
        matrix = np.frombuffer(b"".join(row[1] for row in kept), dtype=np.float32).reshape(len(kept), width)
        with self._cache_lock:
            self._cache.key, self._cache.ids, self._cache.matrix = key, ids, matrix
        return ids, matrix

    def _hits(
        self, ranked: list[tuple[int, float]], bm25_ranks: dict[int, int], dense_ranks: dict[int, int]
    ) -> list[Hit]:
        if not ranked:
            return []
        marks = ",".join("?" * len(ranked))
        rows = self._db().execute(
            "SELECT p.id, f.path, c.name, p.page, p.start_line, p.end_line, p.text FROM passages p "
            "JOIN files f ON f.id = p.file_id JOIN collections c ON c.id = f.collection_id "
            f"WHERE p.id IN ({marks})",
            [pid for pid, _ in ranked],
        )
        found = {int(row[0]): row for row in rows}
        hits = []
        for pid, score in ranked:
            row = found.get(pid)
            if row is not None:
                hits.append(
                    Hit(
                        pid,
                        row[1],
                        row[2],
                        row[3],
                        row[4],
                        row[5],
                        row[6],
                        score,
                        bm25_ranks.get(pid),
                        dense_ranks.get(pid),
                    )
                )
        return hits
