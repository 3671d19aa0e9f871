"""`python -m desktop.bench --docs`: indexing speed and memory, query latency at 100k passages,
embedding throughput against bare llama.cpp, and recall@5 on a labelled question set.

Everything runs in a temporary folder: a generated 2,000-file, 20 MB corpus (text, Markdown and
HTML) with 100 facts planted in it, each asked for twice (in its own words, and paraphrased).
"""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import threading
import time
from pathlib import Path

import numpy as np
import psutil

from desktop.bench.docs_corpus import Question, synthetic_passages, write_corpus
from desktop.core.documents.collection_store import CollectionStore
from desktop.core.documents.embedder import EMBEDDING_CONTEXT, RuntimeEmbedder
from desktop.core.documents.index_db import open_index, writing
from desktop.core.documents.indexer import EMBED_BATCH, Indexer, vector_blob
from desktop.core.documents.retrieval import Retriever

DOCS_TARGETS = {
    "index_peak_rss_above_idle_mb": ("<=", 300),
    "bm25_p95_ms_100k": ("<=", 30),
    "embed_over_bare": (">=", 0.9),
    "recall_at_5_bm25_keyword": (">=", 0.9),
}
SCALE_PASSAGES = 100_000
QUERIES = 200
VECTOR_WIDTH = 384  # a small embedding model's (bge-small, MiniLM)
# The texts timed for embedding throughput: passages' first 600 characters (about 150 tokens), so that
# the starter standing in for an embedding model (it computes its 49k-word output layer for every
# token: about 1 passage a second) is timed in minutes.
SAMPLE_TEXTS = 48
SAMPLE_CHARS = 600


class _PeakRss:
    """The process's highest RSS while it runs, sampled every 10 ms on a thread of its own."""

    def __init__(self) -> None:
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        process = psutil.Process()
        while not self._stop.wait(0.01):
            self.peak = max(self.peak, process.memory_info().rss)

    def __enter__(self) -> _PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def recall_at_5(retriever: Retriever, questions: list[Question]) -> float:
    found = 0
    for question in questions:
        hits = retriever.search(["Bench"], question.text, 5)
        found += any(Path(hit.path).name == question.file and question.fact in hit.text for hit in hits)
    return found / len(questions) if questions else 0.0


def index_corpus(work: Path) -> tuple[dict, list[Question], Path]:
    corpus, index = work / "corpus", work / "documents.db"
    questions = write_corpus(corpus)
    size = sum(p.stat().st_size for p in corpus.iterdir())
    store = CollectionStore(index)
    store.create("Bench", [corpus])
    store.close()
    idle = psutil.Process().memory_info().rss
    indexer = Indexer(index)
    with _PeakRss() as peak:
        started = time.perf_counter()
        report = indexer.run("Bench")
        seconds = time.perf_counter() - started
    indexer.close()
    return (
        {
            "index_files": report.files_indexed,
            "index_mb": round(size / 1e6, 1),
            "index_passages": report.passages,
            "index_s": round(seconds, 2),
            "index_files_per_s": round(report.files_indexed / seconds, 1),
            "index_mb_per_s": round(size / 1e6 / seconds, 2),
            "index_peak_rss_above_idle_mb": round(max(0, peak.peak - idle) / 2**20, 1),
        },
        questions,
        index,
    )


class _RandomQueryEmbedder:
    """A question's vector for the latency measure: random, of the index's width (quality is not measured here)."""

    model_id = "bench-random"

    def __init__(self, width: int) -> None:
        self._rng = np.random.default_rng(7)
        self._width = width

    def embed(self, texts: list[str]) -> list[list[float]]:
        vectors = self._rng.standard_normal((len(texts), self._width)).astype(np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        return [list(map(float, v)) for v in vectors]

    def embed_query(self, question: str) -> list[float]:
        return self.embed([question])[0]


def query_latency(work: Path, passages: int = SCALE_PASSAGES) -> dict:
    """BM25, dense and hybrid search over `passages` synthetic passages (with vectors), 200 questions."""
    index = work / "scale.db"
    texts = synthetic_passages(passages)
    db = open_index(index)
    rng = np.random.default_rng(3)
    built = time.perf_counter()
    with writing(db):
        collection = db.execute("INSERT INTO collections(name, created) VALUES ('Bench', 0)").lastrowid
        for start in range(0, passages, 1000):
            file_id = db.execute(
                "INSERT INTO files(collection_id, path, size, mtime_ns, state, passages, indexed) "
                "VALUES (?, ?, 0, 0, 'indexed', 1000, 0)",
                (collection, f"/bench/file{start}.txt"),
            ).lastrowid
            db.executemany(
                "INSERT INTO passages(file_id, ord, start_line, end_line, text) VALUES (?, ?, 1, 20, ?)",
                [(file_id, n, text) for n, text in enumerate(texts[start : start + 1000])],
            )
            first = db.execute("SELECT MIN(id) FROM passages WHERE file_id = ?", (file_id,)).fetchone()[0]
            vectors = rng.standard_normal((len(texts[start : start + 1000]), VECTOR_WIDTH)).astype(np.float32)
            vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
            db.executemany(
                "INSERT INTO vectors(passage_id, model, vector) VALUES (?, 'bench-random', ?)",
                [(first + n, vector_blob(list(map(float, v)))) for n, v in enumerate(vectors)],
            )
    build_s = time.perf_counter() - built
    db.close()
    words_rng = np.random.default_rng(5)
    vocabulary = [word for text in texts[:200] for word in text.split()]
    questions = [
        " ".join(words_rng.choice(vocabulary, size=int(words_rng.integers(3, 7)))) + "?" for _ in range(QUERIES)
    ]
    keyword = Retriever(index)
    ids = keyword.collection_ids(["Bench"])
    keyword.bm25(ids, questions[0], 30)  # the first query opens the files: not what a user waits on each time
    bm25_ms = []
    for question in questions:
        started = time.perf_counter()
        keyword.bm25(ids, question, 30)
        bm25_ms.append((time.perf_counter() - started) * 1000)
    hybrid = Retriever(index, _RandomQueryEmbedder(VECTOR_WIDTH))
    started = time.perf_counter()
    hybrid.search(["Bench"], questions[0], 5)  # loads the 100k vectors into memory once
    first_ms = (time.perf_counter() - started) * 1000
    dense_ms, hybrid_ms = [], []
    for question in questions:
        started = time.perf_counter()
        hybrid.dense(ids, question, 30)
        dense_ms.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        hybrid.search(["Bench"], question, 5)
        hybrid_ms.append((time.perf_counter() - started) * 1000)
    keyword.close()
    hybrid.close()
    return {
        "scale_passages": passages,
        "scale_build_s": round(build_s, 1),
        "bm25_p50_ms_100k": round(statistics.median(bm25_ms), 2),
        "bm25_p95_ms_100k": round(_percentile(bm25_ms, 0.95), 2),
        "dense_p50_ms_100k": round(statistics.median(dense_ms), 2),
        "dense_p95_ms_100k": round(_percentile(dense_ms, 0.95), 2),
        "hybrid_p50_ms_100k": round(statistics.median(hybrid_ms), 2),
        "hybrid_p95_ms_100k": round(_percentile(hybrid_ms, 0.95), 2),
        "dense_first_query_ms_100k": round(first_ms, 1),
    }


def embedding_throughput(model: str, texts: list[str], rounds: int = 3) -> dict:
    """Hearth's embedding path (the runtime's embedding slot, the indexer's batches) against bare
    llama-cpp-python on the same thread, same texts, same batches; rounds alternate (the machine drifts)."""
    from desktop.bench.bare import BareEmbedder
    from desktop.core.backends import default_backends
    from desktop.core.backends.llama.backend import default_threads
    from desktop.core.backends.llama.embedding import embedding_context, embedding_pooling
    from desktop.core.library.gguf_header import read_header
    from desktop.core.runtime.host import ModelHost
    from desktop.core.runtime.types import LoadOptions

    host = ModelHost(default_backends())
    hearth = RuntimeEmbedder(host, model)
    hearth.embed(texts[:1])  # loaded (and checked) before timing
    runner = host.runner("embedding")
    header = read_header(model)
    context = embedding_context(header, LoadOptions(EMBEDDING_CONTEXT, embedding=True))  # as Hearth loads it
    bare = BareEmbedder(model, context, default_threads(), embedding_pooling(header), runner)
    batches = [texts[i : i + EMBED_BATCH] for i in range(0, len(texts), EMBED_BATCH)]
    hearth_rates, bare_rates = [], []
    try:
        for _ in range(rounds):
            for embed, rates in ((hearth.embed, hearth_rates), (bare.embed, bare_rates)):
                started = time.perf_counter()
                for batch in batches:
                    embed(batch)
                rates.append(len(texts) / (time.perf_counter() - started))
    finally:
        bare.close()
        host.shutdown(5.0)
    hearth_rate, bare_rate = statistics.median(hearth_rates), statistics.median(bare_rates)
    return {
        "embedding_model": os.path.basename(model),
        "embed_texts": len(texts),
        "embed_hearth_texts_per_s": round(hearth_rate, 1),
        "embed_bare_texts_per_s": round(bare_rate, 1),
        "embed_over_bare": round(hearth_rate / bare_rate, 3),
    }


def run_docs_bench(embedding_model: str = "", quick: bool = False, hybrid: bool = False) -> dict:
    """`embedding_model` is timed against bare llama.cpp; with `hybrid`, retrieval quality with its
    vectors is measured too (embedding a corpus takes long with a chat model standing in for one)."""
    work = Path(tempfile.mkdtemp(prefix="hearth-docs-bench-"))
    try:
        results, questions, index = index_corpus(work)
        keyword_questions = [q for q in questions if not q.paraphrased]
        paraphrased = [q for q in questions if q.paraphrased]
        plain = Retriever(index)
        results["questions"] = len(questions)
        results["recall_at_5_bm25_keyword"] = round(recall_at_5(plain, keyword_questions), 3)
        results["recall_at_5_bm25_paraphrase"] = round(recall_at_5(plain, paraphrased), 3)
        plain.close()
        if embedding_model:
            sample = [
                row[0][:SAMPLE_CHARS]
                for row in open_index(index).execute("SELECT text FROM passages ORDER BY id LIMIT ?", (SAMPLE_TEXTS,))
            ]
            results.update(embedding_throughput(embedding_model, sample, rounds=2 if quick else 3))
            if hybrid:
                results.update(_hybrid_recall(work, embedding_model))
        results.update(query_latency(work, 20_000 if quick else SCALE_PASSAGES))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return results


def _hybrid_recall(work: Path, model: str) -> dict:
    """Recall with vectors, on a tenth of the corpus: embedding all of it takes half an hour on 2 cores."""
    from desktop.core.backends import default_backends
    from desktop.core.runtime.host import ModelHost

    corpus, index = work / "small", work / "small.db"
    questions = write_corpus(corpus, files=200, total_bytes=2_000_000, facts=40)
    store = CollectionStore(index)
    store.create("Bench", [corpus])
    store.close()
    Indexer(index).run("Bench")
    keyword = [q for q in questions if not q.paraphrased]
    paraphrased = [q for q in questions if q.paraphrased]
    plain = Retriever(index)
    results = {
        "small_questions": len(questions),
        "small_recall_at_5_bm25_keyword": round(recall_at_5(plain, keyword), 3),
        "small_recall_at_5_bm25_paraphrase": round(recall_at_5(plain, paraphrased), 3),
    }
    plain.close()
    host = ModelHost(default_backends())
    embedder = RuntimeEmbedder(host, model)
    try:
        indexer = Indexer(index, embedder)
        started = time.perf_counter()
        report = indexer.run("Bench")
        seconds = time.perf_counter() - started
        indexer.close()
        hybrid = Retriever(index, embedder)
        results.update(
            {
                "small_embedded_passages": report.embedded,
                "small_embed_s": round(seconds, 1),
                "small_recall_at_5_hybrid_keyword": round(recall_at_5(hybrid, keyword), 3),
                "small_recall_at_5_hybrid_paraphrase": round(recall_at_5(hybrid, paraphrased), 3),
            }
        )
        hybrid.close()
        return results
    finally:
        host.shutdown(5.0)
