"""A full disk or a read-only data folder: a clear message, no crash, and nothing already stored is lost.

Mid-session failures are made with SQLite itself (`max_page_count`: the database cannot grow, as on
a full disk; `query_only`: what a read-only folder looks like to it), since these tests run as root,
whom file permissions do not stop. A really read-only data folder is a read-only bind mount in a
user and mount namespace of the app's own (`unshare -rm`), where unprivileged namespaces are allowed.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.core import settings as settings_module
from desktop.core.store import ConversationStore, StoreError
from desktop.core.store import db as db_module
from desktop.ui.app import Session
from tests.helpers.app_driver import AppProcess
from tests.helpers.scripted_backend import ScriptedBackend
from tests.helpers.tiny_gguf import write_tiny_model
from tests.helpers.window import press_send


def stored(session: Session) -> list[str]:
    conversation = session.window.chat.conversation
    return [m.content for m in session.store.branch(conversation.id)] if conversation else []


def test_a_disk_that_fills_up_mid_session_says_so_and_keeps_what_was_said(
    qtbot, scripted: tuple[Session, ScriptedBackend]
) -> None:
    session, engine = scripted
    window = session.window
    engine.replies.append(["Fine", ", thanks."])
    with qtbot.waitSignal(window.chat.replyEnded, timeout=5000):
        press_send(qtbot, session, "How are you?")
    before = stored(session)
    db = session.store.db
    db.execute(f"PRAGMA max_page_count = {db.execute('PRAGMA page_count').fetchone()[0]}")  # the disk is full
    press_send(qtbot, session, "A long question " * 2000)  # needs new pages: cannot be saved
    qtbot.waitUntil(lambda: "disk is full" in window.status.currentMessage(), timeout=5000)
    assert "Not sent" in window.status.currentMessage() and "\n" not in window.status.currentMessage()
    assert window.composer.text().startswith("A long question")  # what the user wrote is still there
    assert [m.content for m in window.transcript.messages] == before == stored(session)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.execute("PRAGMA max_page_count = 1073741823")  # space again: the same message goes through
    with qtbot.waitSignal(window.chat.replyEnded, timeout=5000):
        qtbot.keyClick(window.composer.edit, Qt.Key.Key_Return)
    assert stored(session)[: len(before)] == before and len(stored(session)) == len(before) + 2


def test_a_disk_that_fills_up_during_a_reply_keeps_the_conversation(
    qtbot, scripted: tuple[Session, ScriptedBackend], data_dir: Path
) -> None:
    session, engine = scripted
    window = session.window
    pieces = [f"{i:03d} " + "x" * 600 + "\n" for i in range(30)]  # 18 KB: more than the free pages hold
    engine.replies.append(pieces)
    engine.delay_s = 0.03  # 25 pieces take 0.75 s at least: a save of the reply so far is due meanwhile
    engine.hold_after = 25  # then the reply waits, so the disk fills up before it ends
    press_send(qtbot, session, "Tell me a story")

    def saved() -> str:
        reply = window.chat.branch[-1] if window.chat.branch else None
        return session.store.message(reply.id).content if reply and reply.role == "assistant" else ""

    qtbot.waitUntil(lambda: engine.holding.is_set() and saved() != "", timeout=10_000)
    before_full = saved()
    db = session.store.db
    db.execute(f"PRAGMA max_page_count = {db.execute('PRAGMA page_count').fetchone()[0]}")  # the disk is full
    with qtbot.waitSignal(window.chat.replyEnded, timeout=10_000) as ended:
        engine.release.set()
    assert ended.args[0].content == "".join(pieces)  # all of it stays on screen
    assert "disk is full" in window.status.currentMessage()
    conversation = window.chat.conversation.id
    session.close()
    reopened = ConversationStore(data_dir / "hearth.db")  # the next start
    try:
        assert reopened.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert reopened.recover_interrupted() == 1
        question, reply = reopened.branch(conversation)
        assert question.content == "Tell me a story"
        # What was saved before the disk filled up, and no less: a start of the reply, not all of it.
        assert reply.state == "interrupted" and reply.content.startswith(before_full) and before_full
        assert "".join(pieces).startswith(reply.content) and len(reply.content) < len("".join(pieces))
    finally:
        reopened.close()


def test_a_data_folder_that_turns_read_only_mid_session_says_so(
    qtbot, scripted: tuple[Session, ScriptedBackend], monkeypatch: pytest.MonkeyPatch
) -> None:
    session, _engine = scripted
    window = session.window
    with qtbot.waitSignal(window.chat.replyEnded, timeout=5000):
        press_send(qtbot, session, "First")
    before = stored(session)
    session.store.db.execute("PRAGMA query_only = ON")  # SQLite's view of a read-only folder
    press_send(qtbot, session, "Second")
    qtbot.waitUntil(lambda: "read-only" in window.status.currentMessage(), timeout=5000)
    assert [m.content for m in window.transcript.messages] == before

    def read_only(*_args: object, **_kwargs: object) -> None:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(settings_module, "save_settings", read_only)
    window.close()  # saving the settings at exit fails too: said, not raised
    assert "Settings not saved" in window.status.currentMessage()
    session.store.db.execute("PRAGMA query_only = OFF")
    assert stored(session) == before


def can_mount_read_only() -> bool:
    if shutil.which("unshare") is None:
        return False
    script = 'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0"'
    try:
        done = subprocess.run(["unshare", "-rm", "sh", "-c", script, "/tmp"], capture_output=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


def read_only_mount(folder: Path) -> list[str]:
    """A wrapper that runs a command with `folder` mounted read-only (for it alone)."""
    script = 'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && exec "$@"'
    return ["unshare", "-rm", "sh", "-c", script, str(folder)]


def digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.glob("hearth.db*"))}


@pytest.mark.slow
@pytest.mark.skipif(not can_mount_read_only(), reason="unprivileged mount namespaces (unshare -rm) are not allowed")
@pytest.mark.parametrize("closed", ["cleanly", "killed"])
def test_the_app_opens_a_read_only_data_folder_and_shows_every_chat(
    closed: str, data_dir: Path, tmp_path: Path
) -> None:
    model = write_tiny_model(tmp_path / "tiny.gguf")
    with AppProcess(data_dir) as app:
        app.wait_for("ready", timeout=60)
        app.ask("switch", path=str(model))
        app.wait_for("loaded", timeout=60)
        app.ask("chat_settings", max_tokens=8)
        for text in ("Keep this", "And this"):
            app.command("send", text=text)
            app.wait_for("ended", timeout=60)
        app.command("dump")
        before = app.wait_for("dump", timeout=10)["messages"]
        if closed == "cleanly":
            app.command("close")
            app.wait_exit(30)
        else:
            app.kill()  # the last writes are in the -wal file, not yet in hearth.db
            app.wait_exit(30)
    files = digest(data_dir)
    with AppProcess(data_dir, wrapper=read_only_mount(data_dir)) as app:
        ready = app.wait_for("ready", timeout=60)
        assert [(m["role"], m["content"]) for m in ready["messages"]] == [(m["role"], m["content"]) for m in before]
        app.wait_for("loaded", timeout=60)
        app.command("send", text="Cannot be saved")
        notice = app.wait_for("status", lambda e: "read-only" in e["text"], 10)["text"]
        assert "Not sent" in notice and "\n" not in notice
        app.command("close")
        assert app.wait_exit(30) == 0
    assert digest(data_dir) == files  # not a byte changed


@pytest.mark.slow
@pytest.mark.skipif(not can_mount_read_only(), reason="unprivileged mount namespaces (unshare -rm) are not allowed")
def test_the_window_says_at_once_that_the_data_folder_is_read_only(data_dir: Path) -> None:
    ConversationStore(data_dir / "hearth.db").close()
    with AppProcess(data_dir, wrapper=read_only_mount(data_dir)) as app:
        ready = app.wait_for("ready", timeout=60)
        app.command("close")
        app.wait_exit(30)
    assert "read-only" in ready["status"] or "read-only" in ready["alert"]


def test_a_database_that_cannot_be_written_opens_read_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same logic where no read-only mount can be made: the file and its folder report not writable."""
    store = ConversationStore(tmp_path / "hearth.db")
    conversation = store.create()
    question = store.add_message(conversation.id, None, "user", "kept")
    store.add_message(conversation.id, question.id, "assistant", "half a rep", state="streaming")
    store.close()
    monkeypatch.setattr(db_module.os, "access", lambda *_args, **_kwargs: False)
    store = ConversationStore(tmp_path / "hearth.db")
    try:
        assert store.read_only
        assert [m.content for m in store.branch(conversation.id)] == ["kept", "half a rep"]
        assert store.recover_interrupted() == 0 and store.purge_deleted() == 0
        with pytest.raises(StoreError, match="read-only"):
            store.add_message(conversation.id, None, "user", "new")
    finally:
        store.close()
