"""Records as token ids: only the last reply is learnt, through the app's own template and tokenizer."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

import pytest

from desktop.core.backends.llama.scoring import ChatTokenizer, chat_messages
from desktop.trainer.data import IGNORE, batches, fit, pairs, read_jsonl, sft_examples
from desktop.trainer.errors import TrainError

pytestmark = pytest.mark.e2e

CONVERSATION = [
    {"role": "system", "content": "You are terse."},
    {"role": "user", "content": "Hello."},
    {"role": "assistant", "content": "Hi. This earlier reply is context only."},
    {"role": "user", "content": "Tell me about the sea."},
    {"role": "assistant", "content": "Ahoy matey! The sea be wide. Arr!"},
]


@pytest.fixture(scope="module")
def tokenizer(starter_model: Path) -> Iterator[ChatTokenizer]:
    opened = ChatTokenizer.open(starter_model)
    yield opened
    opened.close()


def test_only_the_last_reply_and_its_end_of_turn_carry_labels(tokenizer: ChatTokenizer) -> None:
    (example,) = sft_examples([{"messages": CONVERSATION}], tokenizer, max_tokens=512)
    assert len(example.input_ids) == len(example.labels)
    labelled = [t for t in example.labels if t != IGNORE]
    first = example.labels.index(labelled[0])
    assert all(label == IGNORE for label in example.labels[:first])  # one run of labels, at the end
    assert example.labels[first:] == example.input_ids[first:]
    assert tokenizer.detokenize(labelled) == "Ahoy matey! The sea be wide. Arr!"  # its end of turn is a control
    assert labelled[-1] == 2  # <|im_end|>: the model learns to stop
    # the prompt is the app's own rendering of the conversation, as the chat window would send it
    text = tokenizer.template.render(chat_messages(CONVERSATION[:-1]))
    assert text.endswith("<|im_start|>assistant\n") and "Hi. This earlier reply" in text
    assert example.input_ids[:first] == tokenizer.tokenize(text, prompt=True)


def test_the_default_system_prompt_is_the_one_the_app_renders(tokenizer: ChatTokenizer) -> None:
    prompt, _ = tokenizer.prompt_and_reply([{"role": "user", "content": "Hi"}], "Hello")
    assert "You are a helpful AI assistant named SmolLM" in tokenizer.detokenize(prompt)


def test_a_long_example_keeps_its_reply_and_loses_the_start_of_its_prompt(tokenizer: ChatTokenizer) -> None:
    long = [{"role": "user", "content": "word " * 300}, CONVERSATION[-1]]
    (example,) = sft_examples([{"messages": long}], tokenizer, max_tokens=64)
    assert len(example.input_ids) == 64
    labelled = [t for t in example.labels if t != IGNORE]
    assert tokenizer.detokenize(labelled) == CONVERSATION[-1]["content"]
    assert tokenizer.detokenize(example.input_ids[-len(labelled) - 3 :]).startswith("assistant\n")


def test_fit_cuts_a_reply_longer_than_the_room() -> None:
    prompt, reply = fit(list(range(100)), list(range(1000, 1200)), 64)
    assert (len(prompt), len(reply)) == (16, 48)  # a quarter of the room stays the prompt's
    assert prompt == list(range(84, 100)) and reply == list(range(1000, 1048))
    assert fit([1, 2], [3], 64) == ([1, 2], [3])


def test_pairs_label_each_reply_after_the_same_prompt(tokenizer: ChatTokenizer) -> None:
    record = {
        "prompt": CONVERSATION[:-1],
        "chosen": [CONVERSATION[-1]],
        "rejected": [{"role": "assistant", "content": "The sea is large."}],
    }
    (pair,) = pairs([record], tokenizer, max_tokens=512)
    start = pair.chosen.labels.index(next(t for t in pair.chosen.labels if t != IGNORE))
    assert pair.chosen.input_ids[:start] == pair.rejected.input_ids[:start]
    assert tokenizer.detokenize([t for t in pair.rejected.labels if t != IGNORE]) == "The sea is large."


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"messages": [{"role": "user", "content": "hi"}]}, "no assistant message"),
        ({"messages": "hi"}, "not a list of chat messages"),
        ({"messages": [{"role": "assistant", "content": ""}]}, "has no text"),
    ],
)
def test_a_bad_sft_record_is_named(tokenizer: ChatTokenizer, record: dict, message: str) -> None:
    with pytest.raises(TrainError, match=message):
        sft_examples([record], tokenizer, 64)


def test_a_bad_pair_is_named(tokenizer: ChatTokenizer) -> None:
    record = {"prompt": [{"role": "user", "content": "hi"}], "chosen": [], "rejected": []}
    with pytest.raises(TrainError, match="preference pair 1: its chosen reply is not an assistant message"):
        pairs([record], tokenizer, 64)


def test_a_bad_jsonl_line_is_named(tmp_path: Path) -> None:
    path = tmp_path / "sft.jsonl"
    path.write_text('{"messages": []}\n\nnot json\n', encoding="utf-8")
    with pytest.raises(TrainError, match=r"sft\.jsonl line 3 is not valid JSON"):
        read_jsonl(path, "SFT")


def test_batches_see_every_item_once_an_epoch_in_a_seeded_order() -> None:
    drawn = list(islice(batches(10, 4, seed=0, stage="sft"), 5))  # 20 items: two epochs
    assert Counter(i for batch in drawn for i in batch) == Counter({i: 2 for i in range(10)})
    assert drawn == list(islice(batches(10, 4, seed=0, stage="sft"), 5))
    assert drawn != list(islice(batches(10, 4, seed=1, stage="sft"), 5))
    assert drawn[2:] == list(islice(batches(10, 4, seed=0, stage="sft", start=2), 3))  # a resume draws the same
