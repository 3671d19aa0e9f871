"""Feedback records as token ids: what the model reads, and which tokens it learns to say.

Prompt and reply are rendered and tokenized by the app's own chat template and llama.cpp's tokenizer
(scoring.ChatTokenizer), so the adapter learns on the very tokens it will be served and scored on. Only
the reply's tokens carry labels (its end of turn included); the rest is -100, which the loss skips. An
example longer than `max_tokens` keeps its reply (up to all but a quarter of the room) and loses the
start of its prompt: the latest turns matter most to the reply. Batches are drawn in an order fixed by
the seed alone.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from desktop.trainer.errors import TrainError
from desktop.trainer.plan import Plan

IGNORE = -100  # the label PyTorch's cross-entropy skips


class Tokenizer(Protocol):
    def prompt_and_reply(self, messages: Any, reply: str) -> tuple[list[int], list[int]]: ...


@dataclass(frozen=True)
class Example:
    """One SFT example: the ids, and the labels (the reply's ids, IGNORE elsewhere)."""

    input_ids: list[int]
    labels: list[int]


@dataclass(frozen=True)
class Pair:
    """One preference pair: the liked and the disliked reply, each after its prompt."""

    chosen: Example
    rejected: Example


def read_jsonl(path: Path | None, what: str) -> list[dict[str, Any]]:
    if path is None:
        return []
    records = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise TrainError(f"the {what} file {path.name} cannot be read ({error})") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError:
            raise TrainError(f"{path.name} line {number} is not valid JSON") from None
        if not isinstance(record, dict):
            raise TrainError(f"{path.name} line {number} is not a JSON object")
        records.append(record)
    return records


@dataclass
class Records:
    sft: list[dict[str, Any]]
    pairs: list[dict[str, Any]]
    held_out: list[dict[str, Any]]


def read_records(plan: Plan) -> Records:
    """The plan's data, checked: a record without the shape it needs stops the run before any load."""
    records = Records(
        read_jsonl(plan.sft, "SFT"),
        read_jsonl(plan.pairs, "preference pairs"),
        read_jsonl(plan.held_out, "held-out pairs"),
    )
    if plan.settings.sft_steps and not records.sft:
        raise TrainError("there are no liked replies to learn from, but sft_steps is not 0")
    if plan.settings.dpo_steps and not records.pairs:
        raise TrainError("there are no preference pairs to learn from, but dpo_steps is not 0")
    for number, record in enumerate(records.sft, 1):
        sft_parts(record, f"SFT example {number}")
    for number, record in enumerate(records.pairs, 1):
        pair_parts(record, f"preference pair {number}")
    for number, record in enumerate(records.held_out, 1):
        pair_parts(record, f"held-out pair {number}")
    return records


def _messages(value: Any, where: str) -> list[Mapping[str, Any]]:
    if not isinstance(value, list) or not all(isinstance(m, dict) and isinstance(m.get("role"), str) for m in value):
        raise TrainError(f"{where}: not a list of chat messages")
    return value


def sft_parts(record: Mapping[str, Any], where: str) -> tuple[list[Mapping[str, Any]], str]:
    """The conversation before the last assistant message, and that message's text (what is learnt)."""
    messages = _messages(record.get("messages"), where)
    last = max((n for n, m in enumerate(messages) if m["role"] == "assistant"), default=-1)
    if last < 0:
        raise TrainError(f"{where}: no assistant message to learn")
    content = messages[last].get("content")
    if not isinstance(content, str) or not content:
        raise TrainError(f"{where}: the last assistant message has no text")
    return messages[:last], content


def pair_parts(
    record: Mapping[str, Any], where: str
) -> tuple[list[Mapping[str, Any]], list[Mapping[str, Any]], str, list[Mapping[str, Any]], str]:
    """The prompt, then for each reply (chosen, rejected) the messages before its text, and its text."""
    prompt = _messages(record.get("prompt"), where)
    found: list[Any] = [prompt]
    for key in ("chosen", "rejected"):
        reply = _messages(record.get(key), where)
        text = reply[-1].get("content") if reply else None
        if not reply or reply[-1]["role"] != "assistant" or not isinstance(text, str) or not text:
            raise TrainError(f"{where}: its {key} reply is not an assistant message with text")
        found += [prompt + reply[:-1], text]
    return found[0], found[1], found[2], found[3], found[4]


def fit(prompt: list[int], reply: list[int], max_tokens: int) -> tuple[list[int], list[int]]:
    """The prompt's last tokens and the reply's first ones, together at most `max_tokens`."""
    if len(prompt) + len(reply) <= max_tokens:
        return prompt, reply
    reply = reply[: max(1, max_tokens - min(len(prompt), max_tokens // 4))]
    keep = max_tokens - len(reply)
    return (prompt[-keep:] if keep > 0 else []), reply


def example(tokenizer: Tokenizer, messages: list[Mapping[str, Any]], reply: str, max_tokens: int) -> Example:
    prompt, reply_ids = fit(*tokenizer.prompt_and_reply(messages, reply), max_tokens)
    return Example(prompt + reply_ids, [IGNORE] * len(prompt) + reply_ids)


def sft_examples(records: list[dict[str, Any]], tokenizer: Tokenizer, max_tokens: int) -> list[Example]:
    found = []
    for number, record in enumerate(records, 1):
        messages, reply = sft_parts(record, f"SFT example {number}")
        found.append(example(tokenizer, messages, reply, max_tokens))
    return found


def pairs(records: list[dict[str, Any]], tokenizer: Tokenizer, max_tokens: int) -> list[Pair]:
    found = []
    for number, record in enumerate(records, 1):
        _, chosen_before, chosen, rejected_before, rejected = pair_parts(record, f"preference pair {number}")
        found.append(
            Pair(
                example(tokenizer, chosen_before, chosen, max_tokens),
                example(tokenizer, rejected_before, rejected, max_tokens),
            )
        )
    return found


def batches(count: int, batch_size: int, seed: int, stage: str, start: int = 0) -> Iterator[list[int]]:
    """The indices of each step's batch from step `start` on: every item once per epoch, in an order
    that depends only on the seed, the stage and the epoch (so a resumed run draws the same batches)."""
    if count <= 0:
        return
    position = start * batch_size
    orders: dict[int, list[int]] = {}
    while True:
        batch = []
        for _ in range(batch_size):
            epoch, index = divmod(position, count)
            if epoch not in orders:
                orders = {epoch: list(range(count))}
                random.Random(f"{seed}:{stage}:{epoch}").shuffle(orders[epoch])
            batch.append(orders[epoch][index])
            position += 1
        yield batch
