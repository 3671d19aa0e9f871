"""Documents for a front end: the index, an indexer and a retriever, and the embedding model they share.

Which embedding model: the one the settings name, else the first embedding model in the library
(none: retrieval is BM25 alone, and says so). It runs in the model host's embedding slot; a
front end with a host of its own (the window) passes it, the terminal lets this make one.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from desktop.core.documents.embedder import RuntimeEmbedder
from desktop.core.documents.indexer import Indexer, IndexReport, ProgressCallback
from desktop.core.documents.retrieval import Retriever
from desktop.core.library import gguf_header
from desktop.core.library.catalog import entry_for_file_name
from desktop.core.library.library import library_files
from desktop.core.runtime.host import ModelHost
from desktop.core.settings import Settings, SettingsStore

log = logging.getLogger(__name__)

OFF = "off"


def is_embedding_file(path: Path) -> bool:
    try:
        header = gguf_header.read_header(path)
    except (gguf_header.GgufError, OSError):
        return False
    return gguf_header.is_embedding_model(header, path.name)


def embedding_model_path(settings: Settings) -> Path | None:
    """The embedding model retrieval uses: the one chosen, else the library's first; None for none."""
    chosen = settings.embedding_model.strip()
    if chosen == OFF:
        return None
    if chosen:
        path = Path(chosen).expanduser()
        return path if path.is_file() else None
    for path, _linked in library_files(settings):
        if is_embedding_file(path):
            return path
    return None


class Documents:
    """What a front end uses of documents. `index` and `retriever()` may be called from any thread."""

    def __init__(
        self,
        index_path: Path | str | None = None,
        settings: Settings | None = None,
        host: ModelHost | None = None,
        own_host: bool = False,
    ) -> None:
        """`host` runs the embedding model (None: keywords only); with `own_host`, close() ends it."""
        self.index_path = index_path
        self.settings = settings if settings is not None else SettingsStore(persist=False).current
        self._own_host = own_host
        self._host = host
        self._embedder: RuntimeEmbedder | None = None
        self._retriever: Retriever | None = None
        self._lock = threading.Lock()
        model = embedding_model_path(self.settings)
        self.embedding_model = str(model) if model is not None else ""

    def embedder(self) -> RuntimeEmbedder | None:
        if not self.embedding_model or self._host is None:
            return None
        with self._lock:
            if self._embedder is None:
                entry = entry_for_file_name(Path(self.embedding_model).name)
                prefixes = (entry.query_prefix, entry.document_prefix) if entry is not None else ("", "")
                self._embedder = RuntimeEmbedder(self._host, self.embedding_model, *prefixes)
            return self._embedder

    def retriever(self) -> Retriever:
        with self._lock:
            if self._retriever is None:
                self._retriever = Retriever(self.index_path, None)
        self._retriever.embedder = self.embedder()
        return self._retriever

    def index(
        self, name: str, on_progress: ProgressCallback | None = None, stop: threading.Event | None = None
    ) -> IndexReport:
        """Bring a collection up to date (on the caller's thread: the window calls it from a worker)."""
        indexer = Indexer(self.index_path, self.embedder())
        try:
            return indexer.run(name, on_progress, stop)
        finally:
            indexer.close()

    def close(self) -> None:
        if self._retriever is not None:
            self._retriever.close()
        if self._own_host and self._host is not None:
            self._host.shutdown(2.0)
