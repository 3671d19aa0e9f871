"""ConversationStore: the message tree, branches shown, search, delete/undo, recovery."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.core.chat_settings import ChatSettings
from desktop.core.store import ConversationStore, StoreError
from desktop.core.store.migrations import LATEST, MIGRATIONS, migrate


@pytest.fixture
def store(tmp_path: Path):
    store = ConversationStore(tmp_path / "hearth.db")
    yield store
    store.close()


def chat(store: ConversationStore, *texts: str) -> tuple[int, list[int]]:
    conversation = store.create("model.gguf")
    parent, ids = None, []
    for index, text in enumerate(texts):
        message = store.add_message(conversation.id, parent, "user" if index % 2 == 0 else "assistant", text)
        ids.append(message.id)
        parent = message.id
    return conversation.id, ids


def test_wal_mode_and_migrations_are_recorded(store: ConversationStore) -> None:
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    versions = [row[0] for row in store.db.execute("SELECT version FROM schema_migrations ORDER BY version")]
    assert versions == [v for v, _, _ in MIGRATIONS] and versions[-1] == LATEST


def test_migrating_from_the_first_schema_keeps_the_data(tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / "old.db", isolation_level=None)
    migrate(db, upto=1)
    db.execute("INSERT INTO conversations(title, created, updated) VALUES ('Old chat', 1, 1)")
    db.execute("INSERT INTO messages(conversation_id, role, content, created) VALUES (1, 'user', 'zebra crossing', 1)")
    db.close()
    store = ConversationStore(tmp_path / "old.db")
    assert [s.title for s in store.list(include_deleted=True)] == ["Old chat"]
    assert [h.conversation_id for h in store.search("zebra")] == [1]  # the index was built for old rows
    store.close()


def test_the_parts_migration_keeps_every_message_its_id_its_tree_and_its_search(tmp_path: Path) -> None:
    """Migration 4 rebuilds the messages table (a CHECK constraint cannot change in place)."""
    db = sqlite3.connect(tmp_path / "v3.db", isolation_level=None)
    db.execute("PRAGMA foreign_keys = ON")
    migrate(db, upto=3)
    db.execute("INSERT INTO conversations(title, created, updated, current_leaf) VALUES ('Kept', 1, 1, 3)")
    for row in ((1, None, "user", "zebra"), (2, 1, "assistant", "stripes"), (3, 2, "user", "okapi")):
        db.execute(
            "INSERT INTO messages(id, conversation_id, parent_id, role, content, created, rating) "
            "VALUES (?, 1, ?, ?, ?, 1, ?)",
            (*row, 1 if row[2] == "assistant" else 0),
        )
    with pytest.raises(sqlite3.IntegrityError):  # what version 3 could not hold
        db.execute("INSERT INTO messages(conversation_id, role, content, created) VALUES (1, 'tool', 'x', 1)")
    db.close()
    store = ConversationStore(tmp_path / "v3.db")
    assert [(m.id, m.parent_id, m.role, m.content, m.rating, m.parts) for m in store.branch(1)] == [
        (1, None, "user", "zebra", 0, []),
        (2, 1, "assistant", "stripes", 1, []),
        (3, 2, "user", "okapi", 0, []),
    ]
    assert [h.message_id for h in store.search("okapi")] == [3]  # the search index still matches the rows
    tool = store.add_message(1, 3, "tool", "a result")
    assert [h.message_id for h in store.search("result")] == [tool.id]  # and follows new ones
    assert store.db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1  # switched back on after the rebuild
    assert store.remove(1) and store.db.execute("SELECT count(*) FROM messages").fetchone()[0] == 0  # cascades
    store.close()


def test_title_comes_from_the_first_user_message(store: ConversationStore) -> None:
    conversation_id, _ = chat(store, "  How do   I bake\nbread?  ", "Like this.")
    assert store.get(conversation_id).title == "How do I bake bread?"
    long_id, _ = chat(store, "word " * 40)
    assert len(store.get(long_id).title) == 60 and store.get(long_id).title.endswith("…")


def test_regenerate_adds_a_sibling_and_keeps_the_old_reply(store: ConversationStore) -> None:
    conversation_id, (question, first) = chat(store, "Hi", "Hello!")
    second = store.add_message(conversation_id, question, "assistant", "Hey there!")
    assert [m.content for m in store.branch(conversation_id)] == ["Hi", "Hey there!"]
    assert [m.id for m in store.siblings(second)] == [first, second.id]
    store.show(conversation_id, first)
    assert [m.content for m in store.branch(conversation_id)] == ["Hi", "Hello!"]
    assert store.sibling_counts(conversation_id)[question] == [first, second.id]


def test_showing_a_branch_continues_down_its_newest_replies(store: ConversationStore) -> None:
    conversation_id, (q1, _, _, a2) = chat(store, "one", "uno", "two", "dos")
    edited = store.add_message(conversation_id, None, "user", "ONE")
    store.add_message(conversation_id, edited.id, "assistant", "UNO")
    assert [m.content for m in store.branch(conversation_id)] == ["ONE", "UNO"]
    leaf = store.show(conversation_id, q1)
    assert leaf == a2
    assert [m.content for m in store.branch(conversation_id)] == ["one", "uno", "two", "dos"]
    assert len(store.messages(conversation_id)) == 6  # nothing was ever deleted


def test_list_is_newest_first_and_counts_the_branch(store: ConversationStore) -> None:
    older, _ = chat(store, "old", "reply")
    newer, (question, _) = chat(store, "new", "reply")
    store.add_message(newer, question, "assistant", "alternative")
    summaries = store.list()
    assert [s.id for s in summaries] == [newer, older]
    assert [s.message_count for s in summaries] == [2, 2]


def test_delete_hides_and_restore_brings_back(store: ConversationStore) -> None:
    conversation_id, _ = chat(store, "keep me")
    store.delete(conversation_id)
    assert store.list() == [] and store.search("keep") == []
    store.restore(conversation_id)
    assert [s.id for s in store.list()] == [conversation_id]
    store.delete(conversation_id)
    assert store.purge_deleted() == 1
    assert store.get(conversation_id) is None and store.list(include_deleted=True) == []


def test_rename(store: ConversationStore) -> None:
    conversation_id, _ = chat(store, "x")
    store.rename(conversation_id, "  Trip   planning ")
    assert store.get(conversation_id).title == "Trip planning"


def test_search_finds_titles_and_messages_as_prefixes(store: ConversationStore) -> None:
    bread, (_, reply) = chat(store, "Baking bread", "Knead the dough for ten minutes.")
    other, _ = chat(store, "Python", "Use a list comprehension.")
    hits = store.search("kne")
    assert [(h.conversation_id, h.message_id) for h in hits] == [(bread, reply)]
    assert "«Knead»" in hits[0].snippet
    assert [h.conversation_id for h in store.search("python")] == [other]
    assert store.search('") OR * NEAR(') == []  # FTS syntax in user text is inert


def test_a_title_that_matched_is_not_its_own_snippet(store: ConversationStore) -> None:
    titled, _ = chat(store, "What to feed it?")
    store.rename(titled, "Sourdough starter")
    both, (asked, _) = chat(store, "Why is my sourdough dense?", "Too little water.")
    store.rename(both, "Sourdough loaf")
    hits = {hit.conversation_id: hit for hit in store.search("sourdough")}
    assert (hits[titled].message_id, hits[titled].snippet) == (None, "")  # the title alone matched
    assert (hits[both].message_id, hits[both].snippet) == (asked, "Why is my «sourdough» dense?")
    assert len(hits) == 2


def test_a_matching_title_gets_its_snippet_even_when_other_chats_match_better(store: ConversationStore) -> None:
    for _ in range(3):
        chat(store, "sourdough sourdough sourdough")
    filler = " ".join(["flour water salt"] * 30)
    titled, (asked,) = chat(store, f"{filler} my sourdough {filler}")
    store.rename(titled, "Sourdough notes")
    hits = store.search("sourdough", limit=3)  # the three better messages fill the limit of messages
    assert hits[0].conversation_id == titled and hits[0].message_id == asked
    assert "«sourdough»" in hits[0].snippet


def test_ratings_and_notes(store: ConversationStore) -> None:
    _, (_, reply) = chat(store, "q", "a")
    store.rate(reply, 1, "clear and short")
    message = store.message(reply)
    assert (message.rating, message.note) == (1, "clear and short")
    store.rate(reply, -5)
    assert store.message(reply).rating == -1


def test_streaming_replies_are_marked_interrupted_after_a_crash(store: ConversationStore) -> None:
    conversation_id, (question,) = chat(store, "q")
    partial = store.add_message(conversation_id, question, "assistant", "half a rep", state="streaming")
    assert store.recover_interrupted() == 1
    message = store.message(partial.id)
    assert (message.state, message.content) == ("interrupted", "half a rep")


def test_settings_per_conversation(store: ConversationStore) -> None:
    conversation = store.create("m", ChatSettings(system_prompt="Pirate", temperature=1.2))
    store.set_settings(conversation.id, ChatSettings(system_prompt="Poet", temperature=9))
    settings = store.get(conversation.id).settings
    assert settings.system_prompt == "Poet" and settings.temperature == 5.0  # clamped


def test_read_only_database_gives_a_clear_message_and_keeps_what_was_stored(store: ConversationStore) -> None:
    conversation_id, _ = chat(store, "already said")
    store.db.execute("PRAGMA query_only = ON")  # what SQLite reports for a read-only folder or file
    with pytest.raises(StoreError, match="read-only"):
        store.add_message(conversation_id, None, "user", "new")
    store.db.execute("PRAGMA query_only = OFF")
    assert [m.content for m in store.branch(conversation_id)] == ["already said"]


def test_full_disk_gives_a_clear_message_and_keeps_what_was_stored(store: ConversationStore) -> None:
    conversation_id, (first,) = chat(store, "already said")
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")  # the database cannot grow: a full disk
    with pytest.raises(StoreError, match="disk is full"):
        store.add_message(conversation_id, first, "assistant", "x" * 200_000)
    assert [m.content for m in store.branch(conversation_id)] == ["already said"]
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_unopenable_database_path_is_a_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(StoreError, match=r"cannot be used|cannot be opened"):
        ConversationStore(blocker / "hearth.db")
