"""Export/import round trip, and feedback exported as SFT and preference JSONL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core.chat_settings import ChatSettings
from desktop.core.feedback import export_feedback
from desktop.core.store import ConversationStore, StoreError
from desktop.core.store.exchange import export_dict, export_json, export_markdown, import_json


@pytest.fixture
def store(tmp_path: Path):
    store = ConversationStore(tmp_path / "hearth.db")
    yield store
    store.close()


@pytest.fixture
def rated(store: ConversationStore) -> int:
    """Q1 has three sibling replies (liked, disliked, unrated); Q2 follows the liked one."""
    conversation = store.create("m.gguf", ChatSettings(system_prompt="Be kind."))
    q1 = store.add_message(conversation.id, None, "user", "Capital of France?")
    good = store.add_message(conversation.id, q1.id, "assistant", "Paris.")
    bad = store.add_message(conversation.id, q1.id, "assistant", "Lyon.")
    store.add_message(conversation.id, q1.id, "assistant", "Hmm.")
    store.rate(good.id, 1, "correct")
    store.rate(bad.id, -1, "wrong")
    store.show(conversation.id, good.id)
    q2 = store.add_message(conversation.id, good.id, "user", "And of Italy?")
    rome = store.add_message(conversation.id, q2.id, "assistant", "Rome.")
    store.rate(rome.id, 1)
    return conversation.id


def test_json_export_follows_the_branch_shown(store: ConversationStore, rated: int) -> None:
    data = export_dict(store, rated)
    assert {"id", "title", "model", "created", "messages"} <= set(data)
    assert [(m["role"], m["content"]) for m in data["messages"]] == [
        ("user", "Capital of France?"),
        ("assistant", "Paris."),
        ("user", "And of Italy?"),
        ("assistant", "Rome."),
    ]
    assert data["messages"][1]["rating"] == 1 and data["messages"][1]["note"] == "correct"
    assert data["system_prompt"] == "Be kind."


def test_markdown_export(store: ConversationStore, rated: int) -> None:
    text = export_markdown(store, rated)
    assert text.startswith("# Capital of France?")
    assert "**You**\n\nAnd of Italy?" in text and "**Assistant**\n\nRome." in text
    assert "Lyon" not in text  # only the branch shown


def test_import_round_trip(store: ConversationStore, rated: int) -> None:
    original = export_dict(store, rated)
    new_id = import_json(store, export_json(store, rated))
    assert new_id != rated
    copy = export_dict(store, new_id)
    strip = lambda d: [{k: v for k, v in m.items() if k != "created"} for m in d["messages"]]  # noqa: E731
    assert strip(copy) == strip(original)
    assert (copy["title"], copy["model"], copy["system_prompt"]) == (original["title"], "m.gguf", "Be kind.")


def test_parts_and_every_role_survive_export_and_import(store: ConversationStore) -> None:
    from desktop.core.messages import CitationPart, ReasoningPart, TextPart, ToolCallPart, ToolResultPart

    conversation = store.create("m.gguf")
    system = store.add_message(conversation.id, None, "system", "Cite your sources.")
    user = store.add_message(conversation.id, system.id, "user", "Weather?")
    reply_parts = [
        ReasoningPart("They want the weather; ask the tool.", 1.5),
        TextPart("Let me look."),
        ToolCallPart("call-1", "weather", '{"city": "Oslo"}'),
    ]
    call = store.add_message(conversation.id, user.id, "assistant", "", parts=reply_parts)
    result = store.add_message(conversation.id, call.id, "tool", "", parts=[ToolResultPart("call-1", "Rain, 8 °C")])
    cited = [TextPart("Rain in Oslo [1]."), CitationPart(1, "/docs/oslo.md", "Oslo: rain", start_line=3, end_line=4)]
    store.add_message(conversation.id, result.id, "assistant", "", parts=cited)
    stored = store.branch(conversation.id)
    assert [m.role for m in stored] == ["system", "user", "assistant", "tool", "assistant"]
    assert stored[2].content == "Let me look." and stored[2].parts == reply_parts  # text parts are the content
    assert stored[1].parts == []  # a message that is only text stores no parts
    assert [hit.message_id for hit in store.search("look")] == [call.id]  # text parts are searched
    assert store.search("tool") == []  # the thinking is not
    exported = export_json(store, conversation.id)
    assert json.loads(exported)["format"] == "hearth.conversation/2"
    copy = store.branch(import_json(store, exported))
    assert [(m.role, m.content, m.parts) for m in copy] == [(m.role, m.content, m.parts) for m in stored]


def test_an_export_made_before_messages_had_parts_still_imports(store: ConversationStore) -> None:
    old = {
        "format": "hearth.conversation/1",
        "title": "Old",
        "model": "m.gguf",
        "system_prompt": "Be brief.",
        "settings": {"temperature": 0.2},
        "messages": [
            {"role": "user", "content": "Hi", "created": 1.0},
            {"role": "assistant", "content": "Hello.", "rating": 1, "stats": {"tokens": 2}, "created": 2.0},
        ],
    }
    new_id = import_json(store, json.dumps(old))
    branch = store.branch(new_id)
    assert [(m.role, m.content, m.rating, m.parts) for m in branch] == [
        ("user", "Hi", 0, []),
        ("assistant", "Hello.", 1, []),
    ]
    assert store.get(new_id).settings.temperature == 0.2


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("not json", "not JSON"),
        ('{"title": "x"}', "no list of messages"),
        ('{"messages": [{"role": "wizard", "content": "x"}]}', "only system, user, assistant, tool"),
        ('{"messages": [{"role": "user", "parts": [{"type": "spell"}]}]}', "unknown message part type 'spell'"),
        ('{"messages": [{"role": "tool", "parts": [{"type": "tool_result", "call_id": 1}]}]}', "call_id must be text"),
        ('{"messages": [{"role": "user", "parts": {"type": "text"}}]}', "parts that are not a list"),
        ('{"messages": [{"role": "user", "content": 5}]}', "no text content"),
        ('{"messages": ["hello"]}', "not an object"),
        ("[" * 100_000, "nested too deeply"),
    ],
)
def test_bad_imports_are_refused_with_a_reason(store: ConversationStore, text: str, message: str) -> None:
    with pytest.raises(StoreError, match=message):
        import_json(store, text)
    assert store.list() == []


def test_odd_numbers_and_text_in_an_import_are_refused_or_stored_cleanly(store: ConversationStore) -> None:
    with pytest.raises(StoreError, match="settings are not usable"):
        import_json(store, '{"settings": {"context_length": 1e400}, "messages": []}')
    lone_surrogate = '"note \\udc80"'
    text = (
        '{"model": "m\\udc80.gguf", "messages": [{"role": "user", "content": "hi"}, '
        '{"role": "assistant", "content": "yo", "rating": 1, "note": ' + lone_surrogate + "}]}"
    )
    new_id = import_json(store, text)
    [_, reply] = store.branch(new_id)
    assert reply.rating == 1 and reply.note == "note \ufffd"
    store.set_model(new_id, "m\udc80.gguf")  # a file name that was not valid UTF-8
    assert store.get(new_id).model == "m\ufffd.gguf"


def test_an_import_that_fails_part_way_leaves_nothing_behind(store: ConversationStore, monkeypatch) -> None:
    calls = []
    real = store.add_message

    def fail_on_the_third(*args, **kwargs):
        calls.append(args)
        if len(calls) == 3:
            raise StoreError("the disk is full")
        return real(*args, **kwargs)

    monkeypatch.setattr(store, "add_message", fail_on_the_third)
    turns = [{"role": ("user", "assistant")[i % 2], "content": f"m{i}"} for i in range(6)]
    with pytest.raises(StoreError, match="disk is full"):
        import_json(store, json.dumps({"title": "half", "messages": turns}))
    assert store.list(include_deleted=True) == []


def test_sft_export_has_conversations_ending_in_liked_replies(store: ConversationStore, rated: int, tmp_path) -> None:
    path = tmp_path / "sft.jsonl"
    assert export_feedback(store, "sft", path) == 2
    records = [json.loads(line) for line in path.read_text().splitlines()]
    endings = sorted(r["messages"][-1]["content"] for r in records)
    assert endings == ["Paris.", "Rome."]
    rome = next(r for r in records if r["messages"][-1]["content"] == "Rome.")
    assert rome["messages"] == [
        {"role": "system", "content": "Be kind."},
        {"role": "user", "content": "Capital of France?"},
        {"role": "assistant", "content": "Paris."},
        {"role": "user", "content": "And of Italy?"},
        {"role": "assistant", "content": "Rome."},
    ]


def test_preference_export_pairs_liked_and_disliked_siblings(store: ConversationStore, rated, tmp_path) -> None:
    path = tmp_path / "pref.jsonl"
    assert export_feedback(store, "preference", path) == 1
    [record] = [json.loads(line) for line in path.read_text().splitlines()]
    assert record == {
        "prompt": [{"role": "system", "content": "Be kind."}, {"role": "user", "content": "Capital of France?"}],
        "chosen": [{"role": "assistant", "content": "Paris."}],
        "rejected": [{"role": "assistant", "content": "Lyon."}],
    }


def test_a_markdown_export_keeps_each_reply_s_sources_quoted_in_full(store: ConversationStore) -> None:
    from desktop.core.messages import CitationPart, TextPart

    conversation = store.create("m.gguf")
    user = store.add_message(conversation.id, None, "user", "When do I water them?")
    parts = [
        TextPart("Every morning [1], and check page 3 [2]."),
        CitationPart(1, "/docs/garden.md", "# Tomatoes\n\nWater every morning.", start_line=1, end_line=3),
        CitationPart(2, "/docs/guide.pdf", "Roses need less.", page=3),
    ]
    store.add_message(conversation.id, user.id, "assistant", "", parts=parts)
    text = export_markdown(store, conversation.id)
    assert "Every morning [1], and check page 3 [2]." in text
    assert "[1] `/docs/garden.md`, lines 1-3\n\n> # Tomatoes\n>\n> Water every morning.\n" in text
    assert "[2] `/docs/guide.pdf`, page 3\n\n> Roses need less.\n" in text


def test_a_replys_thinking_is_left_out_of_training_data_unless_asked_for(store: ConversationStore, tmp_path) -> None:
    from desktop.core.messages import ReasoningPart, TextPart

    conversation = store.create("m.gguf", ChatSettings(system_prompt=""))
    question = store.add_message(conversation.id, None, "user", "2 + 2?")
    reply = store.add_message(conversation.id, question.id, "assistant", "4.")
    store.update_message(reply.id, parts=[ReasoningPart("Two and two make four.", 1.5), TextPart("4.")])
    store.rate(reply.id, 1)
    path = tmp_path / "sft.jsonl"
    assert export_feedback(store, "sft", path) == 1
    [plain] = [json.loads(line) for line in path.read_text().splitlines()]
    assert plain["messages"][-1] == {"role": "assistant", "content": "4."}
    assert export_feedback(store, "sft", path, thinking=True) == 1
    [kept] = [json.loads(line) for line in path.read_text().splitlines()]
    assert kept["messages"][-1] == {"role": "assistant", "content": "4.", "reasoning_content": "Two and two make four."}
    # A chat export keeps the thinking whatever the training export does.
    exported = export_dict(store, conversation.id)["messages"][-1]
    assert any(part.get("type") == "reasoning" for part in exported.get("parts", []))


def test_a_liked_reply_that_used_tools_is_exported_with_its_calls_and_results(
    store: ConversationStore, tmp_path
) -> None:
    from desktop.core.messages import TextPart, ToolCallPart, ToolResultPart

    conversation = store.create("m.gguf", ChatSettings(system_prompt=""))
    question = store.add_message(conversation.id, None, "user", "2 + 3?")
    reply = store.add_message(conversation.id, question.id, "assistant", "It is 5.")
    parts = [ToolCallPart("c1", "add", '{"a": 2, "b": 3}'), ToolResultPart("c1", "5"), TextPart("It is 5.")]
    store.update_message(reply.id, parts=parts)
    store.rate(reply.id, 1)
    path = tmp_path / "sft.jsonl"
    assert export_feedback(store, "sft", path) == 1
    [record] = [json.loads(line) for line in path.read_text().splitlines()]
    assert record["messages"] == [
        {"role": "user", "content": "2 + 3?"},
        {
            "role": "assistant",
            "content": "",
            "tool_calls": [
                {"id": "c1", "type": "function", "function": {"name": "add", "arguments": '{"a": 2, "b": 3}'}}
            ],
        },
        {"role": "tool", "tool_call_id": "c1", "content": "5"},
        {"role": "assistant", "content": "It is 5."},
    ]
