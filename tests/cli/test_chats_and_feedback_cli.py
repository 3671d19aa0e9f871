"""`hearth chats …` and `hearth feedback export` through the real entry point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli.main import main
from desktop.core.store import ConversationStore


@pytest.fixture
def chats(data_dir: Path) -> list[int]:
    store = ConversationStore(data_dir / "hearth.db")
    ids = []
    for title, reply in (("First chat", "One."), ("Second chat", "Two.")):
        conversation = store.create("/models/m.gguf")
        question = store.add_message(conversation.id, None, "user", title)
        answer = store.add_message(conversation.id, question.id, "assistant", reply)
        store.rate(answer.id, 1)
        ids.append(conversation.id)
    store.close()
    return ids


def test_list_json_is_newest_first(chats, capsys) -> None:
    assert main(["chats", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [c["id"] for c in listed] == chats[::-1]
    assert set(listed[0]) == {"id", "title", "model", "updated", "message_count"}
    assert listed[0]["title"] == "Second chat" and listed[0]["message_count"] == 2


def test_show_and_export(chats, capsys, tmp_path: Path, data_dir: Path) -> None:
    assert main(["chats", "show", str(chats[0])]) == 0
    assert "**Assistant**\n\nOne." in capsys.readouterr().out
    out = tmp_path / "chat.json"
    assert main(["chats", "export", str(chats[0]), "--format", "json", "-o", str(out)]) == 0
    exported = json.loads(out.read_text())
    assert exported["messages"][1] == {**exported["messages"][1], "role": "assistant", "content": "One."}
    assert main(["chats", "import", str(out)]) == 0
    new_id = int(capsys.readouterr().out.strip())
    assert new_id not in chats
    store = ConversationStore(data_dir / "hearth.db")
    try:  # the import is a chat of its own, with the messages of the file
        assert [(m.role, m.content) for m in store.branch(new_id)] == [("user", "First chat"), ("assistant", "One.")]
    finally:
        store.close()
    markdown = tmp_path / "chat.md"
    assert main(["chats", "export", str(chats[0]), "--format", "md", "-o", str(markdown)]) == 0
    assert "First chat" in markdown.read_text() and "One." in markdown.read_text()


def test_rm_and_errors(chats, capsys) -> None:
    assert main(["chats", "rm", str(chats[0])]) == 0
    assert main(["chats", "show", str(chats[0])]) == 1
    err = capsys.readouterr().err
    assert err.strip() == f"hearth: there is no chat {chats[0]}"
    assert main(["chats", "rm", "999"]) == 1


def test_feedback_export(chats, tmp_path: Path, capsys) -> None:
    path = tmp_path / "sft.jsonl"
    assert main(["feedback", "export", "--format", "sft", str(path)]) == 0
    lines = path.read_text().splitlines()
    assert len(lines) == 2 and json.loads(lines[0])["messages"][-1]["role"] == "assistant"
    assert main(["feedback", "export", "--format", "preference", str(tmp_path / "p.jsonl")]) == 0
    assert (tmp_path / "p.jsonl").read_text() == ""  # no disliked siblings: no pairs
    nested = tmp_path / "missing" / "x" / "y.jsonl"
    assert main(["feedback", "export", "--format", "sft", str(nested)]) == 0
    assert nested.read_text() == path.read_text()  # its folders made, the same export written there


def test_text_from_chats_cannot_drive_the_terminal(data_dir: Path, capsys, monkeypatch) -> None:
    import io

    store = ConversationStore(data_dir / "hearth.db")
    conversation = store.create("/models/\x1b[2Jevil.gguf", title="Hi\x1b]0;owned\x07\rthere")
    question = store.add_message(conversation.id, None, "user", "Hi")
    store.add_message(conversation.id, question.id, "assistant", "ok\x1b[8m hidden \u202eevil\nnext line\ttab")
    store.close()
    assert main(["chats", "list"]) == 0
    listed = capsys.readouterr().out
    assert "\x1b" not in listed and "\r" not in listed and "\\x1b]0;owned" in listed

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    shown = Terminal()
    monkeypatch.setattr("sys.stdout", shown)
    assert main(["chats", "show", str(conversation.id)]) == 0
    text = shown.getvalue()
    assert "\x1b" not in text and "\u202e" not in text
    assert "ok\\x1b[8m hidden \\u202eevil\nnext line\ttab" in text  # lines and tabs stay
    piped = io.StringIO()
    monkeypatch.setattr("sys.stdout", piped)
    assert main(["chats", "show", str(conversation.id)]) == 0
    assert "ok\x1b[8m hidden" in piped.getvalue()  # into a pipe, the text as it is


def test_importing_a_file_that_is_not_text_says_so(tmp_path: Path, capsys) -> None:
    binary = tmp_path / "photo.json"
    binary.write_bytes(b"\xff\xd8\xff\xe0 not text")
    assert main(["chats", "import", str(binary)]) == 1
    assert capsys.readouterr().err == "hearth: photo.json is not a Hearth chat export (not UTF-8 text)\n"
