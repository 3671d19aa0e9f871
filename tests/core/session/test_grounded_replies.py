"""A chat that uses documents: its sources are searched, numbered into the prompt, saved with the reply."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from desktop.core.chat_settings import ChatSettings
from desktop.core.documents.collection_store import CollectionStore
from desktop.core.documents.grounding import cited_numbers, markers, where
from desktop.core.documents.indexer import Indexer
from desktop.core.documents.retrieval import Retriever
from desktop.core.messages import CitationPart
from desktop.core.runtime.handle import ModelHandle
from desktop.core.runtime.host import ModelHost
from desktop.core.runtime.local_loop import LocalLoop
from desktop.core.session.chat_session import ChatSession
from desktop.core.settings import Settings
from desktop.core.store import ConversationStore
from tests.core.session.test_chat_session import WAIT_S, Heard
from tests.helpers.scripted_backend import ScriptedBackend, backends_for


class HeldRetriever(Retriever):
    """Searches only once `release` is set: a search still running when the user presses Stop."""

    def __init__(self, index: Path) -> None:
        super().__init__(index)
        self.release = threading.Event()
        self.searching = threading.Event()

    def search(self, names, question, k=5):  # type: ignore[no-untyped-def]
        self.searching.set()
        self.release.wait(WAIT_S)
        return super().search(names, question, k)


@pytest.fixture
def index(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "garden.md").write_text(
        "# Tomatoes\n\nWater tomatoes every morning in July.\n\n# Roses\n\nPrune in March.\n"
    )
    (docs / "cars.txt").write_text("The car needs new tyres before winter.\n")
    path = tmp_path / "documents.db"
    CollectionStore(path).create("Home", [docs])
    Indexer(path).run("Home")
    return path


@pytest.fixture
def grounded(tmp_path: Path, index: Path):
    scripted = ScriptedBackend()
    store = ConversationStore(tmp_path / "hearth.db")
    host = ModelHost(backends_for(scripted))
    loop = LocalLoop()
    heard = Heard()
    retriever = HeldRetriever(index)
    retriever.release.set()
    session = ChatSession(store, ModelHandle(host.runner(), loop.post), Settings, heard, retriever=retriever)
    session.use_model(str(tmp_path / "m.gguf"))
    assert loop.run_until(lambda: session.handle.state == "ready", WAIT_S)
    session.set_chat_settings(ChatSettings(documents=("Home",)))
    yield session, loop, heard, scripted, retriever
    assert host.shutdown(5.0)
    store.close()


def ask(session, loop, heard, text: str):
    count = len(heard.ended)
    assert session.send(text)
    assert loop.run_until(lambda: len(heard.ended) > count, WAIT_S)
    return heard.ended[-1]


def test_the_question_goes_with_numbered_sources_and_the_reply_keeps_them(grounded) -> None:
    session, loop, heard, scripted, _ = grounded
    scripted.replies.append(["Water them", " every morning [1]."])
    reply = ask(session, loop, heard, "When do I water the tomatoes?")
    prompt = scripted.requests[-1].messages[-1]
    assert prompt.role == "user" and prompt.content.endswith("Question: When do I water the tomatoes?")
    assert "[1] (garden.md, lines" in prompt.content and "Water tomatoes every morning in July." in prompt.content
    sources = [p for p in reply.parts if isinstance(p, CitationPart)]
    assert sources and sources[0].n == 1 and Path(sources[0].source).name == "garden.md"
    assert reply.content == "Water them every morning [1]."
    # Stored so: reopening the chat (or exporting it) shows the same sources.
    stored = session.store.message(reply.id)
    assert [p for p in stored.parts if isinstance(p, CitationPart)] == sources
    # The user's message is stored as typed; the sources are not written into it.
    assert session.store.message(reply.parent_id).content == "When do I water the tomatoes?"


def test_regenerate_says_it_searched_again(grounded) -> None:
    session, loop, heard, _scripted, _ = grounded
    first = ask(session, loop, heard, "tomatoes in July")
    count = len(heard.ended)
    assert session.regenerate(first.id)
    assert loop.run_until(lambda: len(heard.ended) > count, WAIT_S)
    n = len([p for p in first.parts if isinstance(p, CitationPart)])
    assert f"Searched Home again: the same {n} source{'s' if n != 1 else ''}." in heard.notices


def test_a_question_nothing_matches_is_answered_without_sources_and_says_so(grounded) -> None:
    session, loop, heard, scripted, _ = grounded
    reply = ask(session, loop, heard, "quantum chromodynamics")
    assert not [p for p in reply.parts if isinstance(p, CitationPart)]
    assert "Nothing in Home matches this question; answering without sources." in heard.notices
    assert scripted.requests[-1].messages[-1].content == "quantum chromodynamics"


def test_stop_while_the_documents_are_searched_ends_the_reply_before_the_model_is_asked(grounded) -> None:
    session, loop, heard, scripted, retriever = grounded
    retriever.release.clear()
    heard_back = threading.Event()
    original = session._on_sources

    def on_sources(*args):  # type: ignore[no-untyped-def]
        original(*args)
        heard_back.set()

    session._on_sources = on_sources
    assert session.send("tomatoes?")
    assert retriever.searching.wait(WAIT_S)
    session.stop()
    assert heard.ended[-1].state == "stopped" and not session.busy
    retriever.release.set()
    # The search's late answer finds the reply over: the model is never asked for it.
    assert loop.run_until(heard_back.is_set, WAIT_S)
    assert scripted.requests == [] and not session.busy


def test_a_collection_removed_meanwhile_is_said_and_the_model_still_answers(grounded, index: Path) -> None:
    session, loop, heard, _scripted, _ = grounded
    CollectionStore(index).remove("Home")
    reply = ask(session, loop, heard, "tomatoes?")
    assert reply.state == "done"
    assert any(n.startswith("Answering without documents: no collection named 'Home'") for n in heard.notices)


def test_markers_are_checked_against_the_sources_given() -> None:
    text = "Water daily [1]. Prune in March [2, 3]. See [9]. Not a citation: [x] or [1-2]."
    found = markers(text, [1, 2])
    assert [(m.numbers, m.verified) for m in found] == [((1,), (True,)), ((2, 3), (True, False)), ((9,), (False,))]
    assert text[found[0].start : found[0].end] == "[1]"
    assert cited_numbers(text, [1, 2]) == ([1, 2], [3, 9])
    part = CitationPart(1, "/x/handbook.pdf", "t", page=3)
    assert where(part) == "handbook.pdf, page 3"
    assert where(CitationPart(2, "/x/a.md", "t", start_line=4, end_line=9)) == "a.md, lines 4-9"
