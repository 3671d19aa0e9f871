"""What a run learns from: the feedback in the store, or curated JSONL files, with pairs kept aside."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core.store import ConversationStore
from desktop.core.tune import data
from desktop.core.tune.errors import TuneError
from desktop.core.tune.plan import TuneSettings


@pytest.fixture
def store(tmp_path: Path):
    store = ConversationStore(tmp_path / "hearth.db")
    yield store
    store.close()


def _rated_chat(store: ConversationStore, question: str, model: str = "/models/a.gguf") -> None:
    conversation = store.create(model)
    user = store.add_message(conversation.id, None, "user", question)
    good = store.add_message(conversation.id, user.id, "assistant", f"Ahoy! {question} Arr.", model=model)
    bad = store.add_message(conversation.id, user.id, "assistant", f"Plain answer to {question}", model=model)
    store.rate(good.id, 1)
    store.rate(bad.id, -1)


def test_the_store_gives_liked_replies_pairs_and_a_held_out_share_never_trained_on(store: ConversationStore) -> None:
    for n in range(10):
        _rated_chat(store, f"Question {n}?", model="/models/a.gguf" if n < 7 else "/models/b.gguf")
    training = data.from_store(store)
    assert len(training.held_out) == 2  # a fifth of ten pairs
    assert len(training.pairs) == 8 and len(training.sft) == 8
    held = {json.dumps(r["prompt"]) for r in training.held_out}
    assert not held & {json.dumps(r["prompt"]) for r in training.pairs}
    # The liked reply of a held-out pair is an SFT record too: it is left out, or the report would measure it.
    assert not held & {json.dumps(r["messages"][:-1]) for r in training.sft}
    assert [(m.model, m.liked, m.pairs) for m in training.by_model] == [("a", 7, 7), ("b", 3, 3)]
    assert 0 < training.data_from <= training.data_to
    # The same data always gives the same split.
    assert data.from_store(store).held_out == training.held_out


def test_one_pair_is_trained_on_and_none_held_out(store: ConversationStore) -> None:
    _rated_chat(store, "Only one?")
    training = data.from_store(store)
    assert (len(training.pairs), len(training.held_out), len(training.sft)) == (1, 0, 1)


def test_an_empty_store_is_empty(store: ConversationStore) -> None:
    assert data.from_store(store).empty


def _write(path: Path, lines: list[object]) -> Path:
    path.write_text("".join((x if isinstance(x, str) else json.dumps(x)) + "\n" for x in lines), encoding="utf-8")
    return path


def test_curated_files_in_the_exports_formats_are_read(tmp_path: Path) -> None:
    sft = _write(
        tmp_path / "sft.jsonl",
        [{"messages": [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Ahoy"}]}],
    )
    pair = {
        "prompt": [{"role": "user", "content": "Hi"}],
        "chosen": [{"role": "assistant", "content": "Ahoy"}],
        "rejected": [{"role": "assistant", "content": "Hello"}],
    }
    pairs = _write(tmp_path / "pairs.jsonl", [pair, ""])
    training = data.from_files(sft, pairs)
    assert training.source == "files" and len(training.pairs) == 1 and len(training.sft) == 1


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "pairs.jsonl line 1: not JSON"),
        ('["a list"]', "pairs.jsonl line 1: not an object"),
        ('{"prompt": [], "chosen": [], "rejected": []}', "'prompt' must be a list of messages"),
        (
            '{"prompt": [{"role": "user", "content": "Hi"}], "chosen": [{"role": "assistant", "content": "A"}]}',
            "'rejected'",
        ),
        ('{"prompt": [{"role": "wizard", "content": "Hi"}], "chosen": [], "rejected": []}', "has no role"),
        ('{"prompt": [{"role": "user", "content": 5}], "chosen": [], "rejected": []}', "not text"),
        (
            '{"prompt": [{"role": "user", "content": "x"}], "chosen": [{"role": "user", "content": "A"}], '
            '"rejected": [{"role": "assistant", "content": "B"}]}',
            "'chosen' must be one assistant message",
        ),
    ],
)
def test_a_bad_line_is_refused_with_its_number(tmp_path: Path, line: str, message: str) -> None:
    pairs = _write(tmp_path / "pairs.jsonl", [line])
    with pytest.raises(TuneError, match=message.replace("(", r"\(").replace("[", r"\[")) as caught:
        data.from_files(None, pairs)
    assert "\n" not in str(caught.value)


def test_files_that_are_not_training_sets_are_refused_in_one_line(tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n")
    with pytest.raises(TuneError, match="holds no records"):
        data.from_files(empty, None)
    binary = tmp_path / "model.gguf"
    binary.write_bytes(b"GGUF\xff\xfe\x00\x01")
    with pytest.raises(TuneError, match="not UTF-8"):
        data.from_files(binary, None)
    with pytest.raises(TuneError, match="cannot read"):
        data.from_files(tmp_path / "missing.jsonl", None)
    sft = _write(tmp_path / "sft.jsonl", [{"messages": [{"role": "user", "content": "Hi"}]}])
    with pytest.raises(TuneError, match="line 1: the last message must be the assistant's"):
        data.from_files(sft, None)


def test_steps_follow_the_data_unless_set() -> None:
    training = data.TrainingSet(sft=[{}] * 10, pairs=[{}] * 3)
    assert TuneSettings().steps_for(training) == (5, 4)  # two passes at batch 4; at least 4
    assert TuneSettings(sft_steps=7, dpo_steps=0).steps_for(training) == (7, 0)
    assert TuneSettings(sft_steps=7).steps_for(data.TrainingSet(pairs=[{}])) == (0, 4)
    assert TuneSettings(rank=0, batch_size=1000, learning_rate=-1).validated() == TuneSettings(
        rank=1, batch_size=64, learning_rate=1e-7
    )


def test_a_held_out_prompt_gives_one_pair_and_nothing_of_it_is_trained_on() -> None:
    def pair(question: str, rejected: str) -> dict:
        return {
            "prompt": [{"role": "user", "content": question}],
            "chosen": [{"role": "assistant", "content": "Ahoy"}],
            "rejected": [{"role": "assistant", "content": rejected}],
        }

    pairs = [pair(f"Q{n}", r) for n in range(5) for r in ("No", "Nope")]  # five prompts, two pairs each
    # The liked reply of each prompt used a tool: its SFT record goes on past the prompt.
    sft = [
        {
            "messages": [
                {"role": "user", "content": f"Q{n}"},
                {"role": "assistant", "content": "", "tool_calls": [{"id": "c", "type": "function"}]},
                {"role": "tool", "tool_call_id": "c", "content": "42"},
                {"role": "assistant", "content": "Ahoy"},
            ]
        }
        for n in range(5)
    ]
    training = data.split(sft, pairs)
    [held] = training.held_out  # a fifth of five prompts
    asked = held["prompt"][0]["content"]
    assert all(r["prompt"][0]["content"] != asked for r in training.pairs) and len(training.pairs) == 8
    assert all(r["messages"][0]["content"] != asked for r in training.sft) and len(training.sft) == 4


def test_a_single_prompt_is_learnt_from_not_held_out() -> None:
    prompt = [{"role": "user", "content": "Only this?"}]
    liked = [{"role": "assistant", "content": "Ahoy"}]
    pairs = [{"prompt": prompt, "chosen": liked, "rejected": [{"role": "assistant", "content": r}]} for r in "ab"]
    training = data.split([{"messages": [*prompt, *liked]}], pairs)
    assert (len(training.held_out), len(training.pairs), len(training.sft)) == (0, 2, 1)
