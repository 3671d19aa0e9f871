"""Indexing a folder into passages, picking up changes, and finding passages by BM25 and by vectors."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from desktop.core.documents.collection_store import CollectionError, CollectionStore
from desktop.core.documents.indexer import Indexer, IndexProgress
from desktop.core.documents.retrieval import Retriever, fts_query, reciprocal_rank_fusion
from tests.helpers.word_embedder import WordEmbedder


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    write(
        docs / "garden.md", "# Tomatoes\n\nWater tomatoes every morning in July.\n\n# Roses\n\nPrune roses in March.\n"
    )
    write(docs / "cars.txt", "The car needs new tyres before winter.\n\nIts oil was changed in May.\n")
    write(docs / "sub" / "cats.txt", "Our cat sleeps on the radiator all afternoon.\n")
    write(docs / "notes.bin.txt", "")  # empty: a problem, not a crash
    return docs


@pytest.fixture
def index(tmp_path: Path) -> Path:
    return tmp_path / "documents.db"


def build(index: Path, folder: Path, embedder: WordEmbedder | None = None, name: str = "Home"):
    store = CollectionStore(index)
    store.create(name, [folder])
    store.close()
    indexer = Indexer(index, embedder)
    try:
        return indexer.run(name)
    finally:
        indexer.close()


def test_a_folder_is_indexed_into_passages_with_their_places(index: Path, folder: Path) -> None:
    report = build(index, folder)
    assert (report.files_indexed, report.files_skipped, report.files_unchanged) == (3, 1, 0)
    store = CollectionStore(index)
    info = store.get("home")  # names are matched without regard to case
    assert info.name == "Home" and info.files == 3 and info.passages == report.passages >= 3
    assert [(Path(p.path).name, p.reason) for p in store.problems("Home")] == [("notes.bin.txt", "empty file")]
    hits = Retriever(index).search(["Home"], "When should tomatoes be watered?", k=3)
    assert hits and Path(hits[0].path).name == "garden.md"
    top = hits[0]
    lines = (folder / "garden.md").read_text().splitlines()
    assert "Water tomatoes every morning" in top.text
    assert top.start_line is not None and top.end_line is not None
    # The lines a passage claims hold its text: a citation opens exactly there.
    assert "Water tomatoes every morning in July." in lines[top.start_line - 1 : top.end_line]
    store.close()


def test_only_what_changed_is_read_again_and_what_vanished_is_forgotten(index: Path, folder: Path) -> None:
    build(index, folder)
    again = build(index, folder)
    assert (again.files_indexed, again.files_unchanged, again.files_removed) == (0, 4, 0)  # the empty one too
    touched = folder / "cars.txt"
    os.utime(touched, ns=(touched.stat().st_atime_ns, touched.stat().st_mtime_ns + 10**9))  # touched, not edited
    write(folder / "sub" / "cats.txt", "Our kitty now sleeps in the garden shed.\n")
    (folder / "garden.md").unlink()
    report = build(index, folder)
    assert (report.files_indexed, report.files_unchanged, report.files_removed) == (1, 2, 1)
    retriever = Retriever(index)
    assert retriever.search(["Home"], "tomatoes") == []
    assert "garden shed" in retriever.search(["Home"], "where does the kitty sleep")[0].text


def test_progress_counts_files_and_passages_and_a_stop_keeps_what_was_done(index: Path, tmp_path: Path) -> None:
    docs = tmp_path / "many"
    for n in range(30):
        write(docs / f"note{n:02}.txt", f"Note number {n} talks about topic{n}.\n")
    store = CollectionStore(index)
    store.create("Many", [docs])
    seen: list[IndexProgress] = []

    class StopAtTen(threading.Event):
        """Stop pressed as the eleventh file comes up (progress itself is throttled to 10 a second)."""

        checks = 0

        def is_set(self) -> bool:
            self.checks += 1
            return self.checks > 10 or super().is_set()

    def progress(p: IndexProgress) -> None:
        seen.append(IndexProgress(**p.__dict__))

    stop = StopAtTen()
    indexer = Indexer(index)
    first = indexer.run("Many", progress, stop)
    assert first.stopped and 1 <= first.files_indexed < 30
    assert seen[0].phase == "scanning" and seen[-1].phase == "done"
    assert any(p.files_total == 30 and p.phase == "reading" for p in seen)
    # Nothing done is lost and nothing is done twice: the next run reads only the rest.
    second = indexer.run("Many")
    assert not second.stopped
    assert second.files_indexed == 30 - first.files_indexed and second.files_unchanged == first.files_indexed
    assert store.get("Many").files == 30
    indexer.close()
    store.close()


def test_vectors_find_a_paraphrase_that_keywords_miss(index: Path, folder: Path) -> None:
    embedder = WordEmbedder()
    report = build(index, folder, embedder)
    assert report.embedded == report.passages and max(embedder.calls) <= 16
    question = "automobile"  # no passage holds the word: only the vectors know it means car
    assert Retriever(index).search(["Home"], question) == []
    hybrid = Retriever(index, embedder).search(["Home"], question, k=2)
    assert Path(hybrid[0].path).name == "cars.txt" and hybrid[0].dense_rank == 1 and hybrid[0].bm25_rank is None
    # A second run embeds nothing again: every passage already has its vector from this model.
    assert build(index, folder, embedder).embedded == 0


def test_a_broken_embedding_model_leaves_keyword_search_working(index: Path, folder: Path) -> None:
    report = build(index, folder, WordEmbedder(fail=True))
    assert report.embedded == 0 and "broken on purpose" in report.embedding_note
    retriever = Retriever(index, WordEmbedder(fail=True))
    hits = retriever.search(["Home"], "prune roses")
    assert "Prune roses" in hits[0].text  # BM25 alone: the vectors were never made


def test_collections_are_searched_apart_or_together(index: Path, folder: Path, tmp_path: Path) -> None:
    build(index, folder)
    other = write(tmp_path / "work" / "plan.txt", "The tomatoes project ships in July.\n").parent
    build(index, other, name="Work")
    retriever = Retriever(index)
    assert {Path(h.path).name for h in retriever.search(["Work"], "tomatoes")} == {"plan.txt"}
    assert {Path(h.path).name for h in retriever.search(["Home", "Work"], "tomatoes")} == {"plan.txt", "garden.md"}
    with pytest.raises(CollectionError, match="no collection named 'Nope'"):
        retriever.search(["Nope"], "tomatoes")


def test_removing_a_collection_drops_its_passages_and_leaves_its_files(index: Path, folder: Path) -> None:
    build(index, folder, WordEmbedder())
    store = CollectionStore(index)
    store.remove("Home")
    assert store.all() == []
    assert store.db.execute("SELECT COUNT(*) FROM passages").fetchone()[0] == 0
    assert store.db.execute("SELECT COUNT(*) FROM vectors").fetchone()[0] == 0
    assert store.db.execute("SELECT COUNT(*) FROM passages_fts WHERE passages_fts MATCH 'tomatoes'").fetchone()[0] == 0
    assert (folder / "garden.md").read_text().startswith("# Tomatoes")
    store.close()


@pytest.mark.parametrize("name", ["", "   ", "x" * 61, "bell\x07"])
def test_a_collection_name_must_be_one_short_printable_line(index: Path, name: str) -> None:
    store = CollectionStore(index)
    with pytest.raises(CollectionError):
        store.create(name)
    store.close()


def test_a_source_that_does_not_exist_is_refused(index: Path, tmp_path: Path) -> None:
    store = CollectionStore(index)
    with pytest.raises(CollectionError, match="does not exist"):
        store.create("Home", [tmp_path / "nowhere"])
    assert store.names() == []
    store.close()


def test_the_query_is_words_only_so_no_typed_operator_breaks_it() -> None:
    assert fts_query('tomatoes AND "roses" NEAR(x) -prune *') == '"tomatoes" OR "roses" OR "near" OR "prune"'
    assert fts_query("what is it?") == ""
    assert reciprocal_rank_fusion([[1, 2, 3], [3, 1]])[:2] == [(1, 1 / 61 + 1 / 62), (3, 1 / 63 + 1 / 61)]


def test_symlink_loops_and_hidden_folders_are_not_walked(index: Path, tmp_path: Path) -> None:
    docs = tmp_path / "loop"
    write(docs / "a.txt", "alpha beta\n")
    os.symlink(docs, docs / "again")  # a folder that holds itself
    write(docs / ".git" / "config.txt", "secret gamma\n")
    report = build(index, docs, name="Loop")
    assert report.files_indexed == 1
    assert Retriever(index).search(["Loop"], "gamma") == []
