"""Finding a reply's sources in the chat's document collections, off the session's thread.

The search (BM25, and the question's vector from the embedding model, which may be busy indexing)
runs on a thread of its own; the session hears the result on its own thread, through `post`, and
only then asks the model. A reply stopped meanwhile simply never starts.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from desktop.core.documents.collection_store import CollectionError
from desktop.core.documents.grounding import citations_for
from desktop.core.documents.retrieval import Retriever
from desktop.core.messages import CitationPart
from desktop.core.runtime.types import EngineError
from desktop.core.store.db import StoreError

log = logging.getLogger(__name__)

PASSAGES = 5  # retrieved for each question
CHARS_PER_TOKEN = 4
SOURCES_SHARE = 0.5  # of the context, at most, for the passages: the history and the reply need the rest
# And never more than about 1,500 tokens (three passages, typically): on a CPU the model reads its
# prompt at a few hundred tokens a second, so every passage is seconds before the first word.
SOURCES_MAX_CHARS = 6000


@dataclass(frozen=True)
class Found:
    sources: list[CitationPart]
    problem: str = ""  # why the documents could not be searched ("" when they were)
    note: str = ""  # a search that worked but less well than it could (no vectors this time, say)


def sources_budget(context_tokens: int) -> int:
    return max(600, min(SOURCES_MAX_CHARS, int(context_tokens * SOURCES_SHARE * CHARS_PER_TOKEN)))


def find_sources(retriever: Retriever, collections: Sequence[str], question: str, budget_chars: int) -> Found:
    try:
        hits = retriever.search(list(collections), question, PASSAGES)
    except (CollectionError, StoreError, EngineError) as error:
        return Found([], str(error))
    except Exception as error:  # a bug in retrieval must cost the sources, not the reply
        log.exception("searching the documents failed")
        return Found([], f"searching the documents failed: {error}")
    return Found(citations_for(hits, budget_chars), note=retriever.last_note)


def search_in_background(
    retriever: Retriever,
    collections: Sequence[str],
    question: str,
    budget_chars: int,
    post: Callable[[Callable[[], None]], None],
    done: Callable[[Found], None],
) -> None:
    def work() -> None:
        found = find_sources(retriever, collections, question, budget_chars)
        post(lambda: done(found))

    threading.Thread(target=work, name="document-search", daemon=True).start()


def _key(part: CitationPart) -> tuple[str, int | None, int | None]:
    return part.source, part.page, part.start_line


def searched_again(collections: Sequence[str], before: Sequence[CitationPart], now: Sequence[CitationPart]) -> str:
    """What a regenerated reply says of its sources: whether they were searched again, and what changed."""
    names = ", ".join(collections)
    if not collections:
        return "Regenerated without documents: this chat no longer uses any collection." if before else ""
    if not now:
        return f"Searched {names} again: no passage matches this question."
    old, new = {_key(p) for p in before}, {_key(p) for p in now}
    if old == new:
        return f"Searched {names} again: the same {len(now)} source{'s' if len(now) != 1 else ''}."
    fresh = len(new - old)
    return f"Searched {names} again: {fresh} of {len(now)} sources are new."
