"""`hearth docs …` and `hearth chat MODEL --docs NAME` through the real entry point, on real files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli.main import main


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    docs = tmp_path / "handbook"
    docs.mkdir()
    (docs / "leave.md").write_text(
        "# Holidays\n\nEvery employee gets 27 days of paid holiday a year.\n\n"
        "# Sick leave\n\nTell your manager before 10am on the first day.\n",
        encoding="utf-8",
    )
    (docs / "office.txt").write_text("The office opens at 8 and closes at 18.\n", encoding="utf-8")
    (docs / "broken.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    return docs


def test_add_list_search_problems_and_rm(folder: Path, capsys) -> None:
    assert main(["docs", "add", "Handbook", str(folder)]) == 0
    said = capsys.readouterr().err
    assert "Handbook: 2 files indexed" in said and "1 skipped" in said

    assert main(["docs", "list", "--json"]) == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert listed["name"] == "Handbook" and listed["files"] == 2 and listed["problems"] == 1
    assert listed["sources"] == [str(folder.resolve())]

    assert main(["docs", "search", "Handbook", "how many days of paid holiday?", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert Path(hits[0]["path"]).name == "leave.md" and "27 days" in hits[0]["text"]
    assert set(hits[0]) >= {"path", "page", "start_line", "end_line", "score", "text"}
    lines = (folder / "leave.md").read_text().splitlines()
    assert "27 days" in "\n".join(lines[hits[0]["start_line"] - 1 : hits[0]["end_line"]])

    assert main(["docs", "problems", "Handbook", "--json"]) == 0
    [problem] = json.loads(capsys.readouterr().out)
    assert Path(problem["path"]).name == "broken.txt" and "binary" in problem["reason"]

    # Refresh reads nothing unchanged; a new file is picked up.
    (folder / "parking.txt").write_text("Parking is free on weekends.\n", encoding="utf-8")
    assert main(["docs", "refresh", "Handbook"]) == 0
    assert "1 files indexed, 3 unchanged" in capsys.readouterr().err

    assert main(["docs", "rm", "Handbook"]) == 0
    assert main(["docs", "search", "Handbook", "holiday"]) == 1
    assert "no collection named 'Handbook'" in capsys.readouterr().err
    assert (folder / "leave.md").exists()


def test_bad_input_gets_one_line_and_exit_1(tmp_path: Path, capsys) -> None:
    assert main(["docs", "add", "X", str(tmp_path / "missing")]) == 1
    assert capsys.readouterr().err.strip().endswith("does not exist")
    assert main(["docs", "refresh", "Nope"]) == 1
    assert "no collection named 'Nope'" in capsys.readouterr().err


@pytest.mark.e2e
def test_chat_with_docs_prints_the_reply_and_its_sources_as_json(folder: Path, starter_model: Path, capsys) -> None:
    assert main(["docs", "add", "Handbook", str(folder)]) == 0
    capsys.readouterr()
    code = main(
        [
            "chat",
            str(starter_model),
            "--docs",
            "Handbook",
            "-p",
            "How many days of paid holiday does an employee get?",
            "--json",
            "--seed",
            "7",
            "--max-tokens",
            "48",
        ]
    )
    assert code == 0
    answer = json.loads(capsys.readouterr().out)
    assert set(answer) == {"reply", "state", "sources", "unverified", "reasoning", "tool_calls"}
    assert answer["reasoning"] == "" and answer["tool_calls"] == []  # the starter neither thinks nor calls
    assert answer["reply"].strip() and answer["state"] in ("done", "length")
    first = answer["sources"][0]
    assert first["n"] == 1 and Path(first["path"]).name == "leave.md" and "27 days" in first["text"]
    assert set(first) >= {"n", "path", "page", "start_line", "end_line", "score", "text"}
    # Whatever the tiny model wrote, each [n] it wrote is either a source or reported unverified.
    numbers = {s["n"] for s in answer["sources"]}
    assert all(n not in numbers for n in answer["unverified"])


@pytest.mark.e2e
def test_chat_with_docs_on_a_terminal_lists_the_sources_under_the_reply(
    folder: Path, starter_model: Path, capsys
) -> None:
    assert main(["docs", "add", "Handbook", str(folder)]) == 0
    capsys.readouterr()
    code = main(
        [
            "chat",
            str(starter_model),
            "--docs",
            "Handbook",
            "-p",
            "When does the office open?",
            "--seed",
            "3",
            "--max-tokens",
            "32",
        ]
    )
    assert code == 0
    out = capsys.readouterr().out
    assert "\nSources:\n" in out and "office.txt, line 1" in out


def test_chat_refuses_an_unknown_collection_before_loading_anything(tiny_model: Path, capsys) -> None:
    assert main(["chat", str(tiny_model), "--docs", "Nope", "-p", "hi"]) == 1
    assert "no collection named 'Nope'" in capsys.readouterr().err
