"""Turning passages and questions into vectors: what the index and retrieval need of an embedding model.

The model runs on the chat runtime, in a slot of its own (a runner, one thread), so it is loaded
once, checked like any model file, and shared by the indexer and every chat's retrieval.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from concurrent.futures import Future
from typing import Protocol

from desktop.core.runtime.host import ModelHost
from desktop.core.runtime.jobs import LoadJob
from desktop.core.runtime.types import EngineError, LoadOptions, ModelInfo, ModelRef

EMBEDDING_SLOT = "embedding"
EMBEDDING_CONTEXT = 2048  # more than a passage (about 500 tokens) needs; cut longer inputs
LOAD_TIMEOUT_S = 120.0
EMBED_TIMEOUT_S = 300.0


class Embedder(Protocol):
    @property
    def model_id(self) -> str:
        """Which model made a vector: vectors of different models are never compared."""
        ...

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        """One L2-normalised vector per passage; raises EngineError when the model cannot."""
        ...

    def embed_query(self, question: str) -> list[float]:
        """The vector of a search question (some models want questions and passages marked apart)."""
        ...


class _LoadWatch:
    """Hears how the embedding model's load ended, so a failure is told, not waited on forever."""

    def __init__(self, ref: ModelRef) -> None:
        self.ref = ref
        self.done = threading.Event()
        self.error = ""

    def load_started(self, job: LoadJob) -> None:
        pass

    def load_progress(self, job: LoadJob, fraction: float) -> None:
        pass

    def loaded(self, job: LoadJob, info: ModelInfo, before: int, after: int) -> None:
        if job.ref == self.ref:
            self.done.set()

    def load_failed(self, job: LoadJob, message: str, kept: ModelInfo | None) -> None:
        if job.ref == self.ref:
            self.error = message
            self.done.set()

    load_refused = load_failed

    def unloaded(self) -> None:
        pass


class RuntimeEmbedder:
    """An embedding model in the host's embedding slot, loaded on first use."""

    def __init__(self, host: ModelHost, model_path: str, query_prefix: str = "", document_prefix: str = "") -> None:
        """The prefixes are what the model was trained to see before a question and before a passage
        (nomic's "search_query: "); the catalog names them. Vectors made without them rank worse."""
        self._runner = host.runner(EMBEDDING_SLOT)
        self._ref = ModelRef.gguf(model_path)
        self.query_prefix, self.document_prefix = query_prefix, document_prefix
        self._lock = threading.Lock()
        self._error = ""

    @property
    def model_id(self) -> str:
        return self._ref.path

    def _ensure_loaded(self) -> None:
        with self._lock:
            if self._error:
                raise EngineError(self._error)
            loaded = self._runner.model
            if loaded is not None and loaded.path == self._ref.stored():
                return
            watch = _LoadWatch(self._ref)
            self._runner.subscribe(watch)  # before the load: its end cannot be missed
            try:
                self._runner.load(self._ref, LoadOptions(EMBEDDING_CONTEXT, embedding=True))
                if not watch.done.wait(LOAD_TIMEOUT_S):
                    raise EngineError("the embedding model took too long to load")
            finally:
                self._runner.unsubscribe(watch)
            if watch.error:
                # A model that cannot be used stays refused for this run; the index falls back to BM25.
                self._error = f"the embedding model cannot be used: {watch.error}"
                raise EngineError(self._error)

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        return self._embed([self.document_prefix + text for text in texts])

    def embed_query(self, question: str) -> list[float]:
        return self._embed([self.query_prefix + question])[0]

    def _embed(self, batch: list[str]) -> list[list[float]]:
        self._ensure_loaded()

        def run(backend: object) -> list[list[float]]:
            embed = getattr(backend, "embed", None)
            if embed is None:
                raise EngineError("the embedding model is not loaded")
            vectors: list[list[float]] = embed(batch)
            return vectors

        future: Future[list[list[float]]] = self._runner.call(run)
        try:
            return future.result(EMBED_TIMEOUT_S)
        except TimeoutError:
            raise EngineError("the embedding model did not answer in time") from None
