"""What a run learns from: the liked replies (SFT) and the liked/disliked pairs (DPO) of the user's chats, or
of JSONL files in the export's formats, with some pairs kept aside to measure the result on.

A held-out pair's prompt is never trained on, not even through the SFT record of its liked reply: the
report would otherwise measure what the adapter was shown."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.feedback import preference_examples, sft_examples
from desktop.core.library.files import display_name
from desktop.core.store.conversations import ConversationStore
from desktop.core.tune.adapters import base_label
from desktop.core.tune.errors import TuneError

ROLES = ("system", "user", "assistant", "tool")
MAX_FILE_BYTES = 256 << 20  # a curated file past this is a mistake, not a training set
MAX_HELD_OUT = 8


@dataclass
class ModelFeedback:
    """One model's share of the feedback (the model that wrote the rated replies)."""

    model: str  # its display name
    liked: int = 0
    pairs: int = 0


@dataclass
class TrainingSet:
    sft: list[dict[str, Any]] = field(default_factory=list)
    pairs: list[dict[str, Any]] = field(default_factory=list)
    held_out: list[dict[str, Any]] = field(default_factory=list)
    data_from: float = 0.0
    data_to: float = 0.0
    by_model: list[ModelFeedback] = field(default_factory=list)
    source: str = "feedback"  # "feedback" (the store) or "files"

    @property
    def empty(self) -> bool:
        return not self.sft and not self.pairs


def from_store(store: ConversationStore) -> TrainingSet:
    """Every rated reply, whichever model wrote it: a liked answer is a demonstration for any model."""
    sft: list[dict[str, Any]] = []
    pairs: list[dict[str, Any]] = []
    models: dict[str, ModelFeedback] = {}
    dates: list[float] = []
    for record, reply in sft_examples(store):
        sft.append(record)
        models.setdefault(reply.model, ModelFeedback(_model_name(reply.model))).liked += 1
        dates.append(reply.created)
    for record, chosen, rejected in preference_examples(store):
        pairs.append(record)
        models.setdefault(chosen.model, ModelFeedback(_model_name(chosen.model))).pairs += 1
        dates += [chosen.created, rejected.created]
    training = split(sft, pairs)
    training.by_model = sorted(models.values(), key=lambda m: (-(m.liked + m.pairs), m.model))
    dated = [d for d in dates if d > 0]
    training.data_from, training.data_to = (min(dated), max(dated)) if dated else (0.0, 0.0)
    return training


def from_files(sft_file: Path | None, pairs_file: Path | None) -> TrainingSet:
    """Records a user curated, in the export's formats; a bad line is refused with its number."""
    sft = [_checked_sft(r, sft_file, n) for n, r in _read_jsonl(sft_file)] if sft_file else []
    pairs = [_checked_pair(r, pairs_file, n) for n, r in _read_jsonl(pairs_file)] if pairs_file else []
    training = split(sft, pairs)
    training.source = "files"
    return training


def split(sft: list[dict[str, Any]], pairs: list[dict[str, Any]]) -> TrainingSet:
    """Keep about a fifth of the prompts that have pairs aside (at least one when there are two, at most 8),
    chosen by a hash of their content so the same data always gives the same split. A held-out prompt gives
    the report one pair, and nothing of it is trained on: not its other pairs, not the SFT record of its
    liked reply (which may have tool rounds after the prompt). A single prompt is not held out: it is all
    there is to learn from."""
    by_prompt: dict[str, list[dict[str, Any]]] = {}
    for record in pairs:
        by_prompt.setdefault(_text(_asked(record["prompt"])), []).append(record)
    prompts = sorted(by_prompt, key=lambda key: hashlib.sha256(key.encode("utf-8")).hexdigest())
    count = 0 if len(prompts) < 2 else max(1, min(MAX_HELD_OUT, round(len(prompts) * 0.2)))
    held = set(prompts[:count])
    trained = [record for record in pairs if _text(_asked(record["prompt"])) not in held]
    kept_sft = [record for record in sft if _text(_asked(record["messages"])) not in held]
    held_out = [min(by_prompt[key], key=_digest) for key in prompts if key in held]
    return TrainingSet(sft=kept_sft, pairs=trained, held_out=held_out)


def _asked(messages: list[Any]) -> list[Any]:
    """The conversation up to its last user message: what was asked, without the reply's own turns."""
    for index in range(len(messages) - 1, -1, -1):
        if isinstance(messages[index], dict) and messages[index].get("role") == "user":
            return messages[: index + 1]
    return messages


def _model_name(stored: str) -> str:
    if not stored:
        return "unknown model"
    return base_label(stored) if not stored.startswith("{") else display_name(stored)


def _text(messages: Iterable[Any]) -> str:
    return json.dumps(list(messages), sort_keys=True, ensure_ascii=False)


def _digest(record: dict[str, Any]) -> str:
    return hashlib.sha256(_text([record.get("prompt"), record.get("chosen")]).encode("utf-8")).hexdigest()


def _read_jsonl(path: Path) -> list[tuple[int, Any]]:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise TuneError(f"{path.name} is over {MAX_FILE_BYTES >> 20} MB: too big for a training set")
        lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError:
        raise TuneError(f"{path.name} is not UTF-8 text: give a JSONL file (one JSON object per line)") from None
    except OSError as error:
        raise TuneError(f"cannot read {path}: {error.strerror or error}") from None
    records = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            records.append((number, json.loads(line)))
        except ValueError:
            raise TuneError(f"{path.name} line {number}: not JSON (one JSON object per line is needed)") from None
    if not records:
        raise TuneError(f"{path.name} holds no records")
    return records


def _messages(value: Any, what: str, where: str) -> list[dict[str, Any]]:
    if not isinstance(value, list) or not value:
        raise TuneError(f"{where}: '{what}' must be a list of messages")
    for message in value:
        if not isinstance(message, dict) or message.get("role") not in ROLES:
            raise TuneError(f"{where}: a message in '{what}' has no role among {', '.join(ROLES)}")
        if not isinstance(message.get("content", ""), str):
            raise TuneError(f"{where}: a message in '{what}' has content that is not text")
    return value


def _checked_sft(record: Any, path: Path | None, number: int) -> dict[str, Any]:
    where = f"{path.name if path else 'sft'} line {number}"
    if not isinstance(record, dict):
        raise TuneError(f"{where}: not an object with 'messages'")
    messages = _messages(record.get("messages"), "messages", where)
    last = messages[-1]
    if last["role"] != "assistant" or not str(last.get("content", "")).strip():
        raise TuneError(f"{where}: the last message must be the assistant's reply to learn")
    return {"messages": messages}


def _checked_pair(record: Any, path: Path | None, number: int) -> dict[str, Any]:
    where = f"{path.name if path else 'pairs'} line {number}"
    if not isinstance(record, dict):
        raise TuneError(f"{where}: not an object with 'prompt', 'chosen' and 'rejected'")
    prompt = _messages(record.get("prompt"), "prompt", where)
    replies = {}
    for key in ("chosen", "rejected"):
        reply = _messages(record.get(key), key, where)
        if len(reply) != 1 or reply[0]["role"] != "assistant" or not str(reply[0].get("content", "")).strip():
            raise TuneError(f"{where}: '{key}' must be one assistant message with text")
        replies[key] = reply
    return {"prompt": prompt, **replies}
