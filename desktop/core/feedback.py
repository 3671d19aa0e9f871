"""Thumbs and notes become training data: SFT and preference JSONL (OpenAI chat-message format).

- SFT: one line per liked reply: {"messages": [system?, user, assistant, …, liked reply]}.
- Preference: one line per (liked, disliked) pair of sibling replies to the same prompt:
  {"prompt": [messages up to that user turn], "chosen": [liked reply], "rejected": [disliked]}
  — the conversational format TRL's DPO trainer reads.

A reply's thinking is left out by default (the model learns the answers the user liked); with
`thinking` it goes in as the assistant message's `reasoning_content`, the key Qwen3's and
DeepSeek-R1's chat templates read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from desktop.core.atomic import atomic_write_text
from desktop.core.messages import ReasoningPart, TextPart, ToolCallPart, ToolResultPart
from desktop.core.store.conversations import ConversationStore
from desktop.core.store.records import Message

FORMATS = ("sft", "preference")


def _chat(message: Message, thinking: bool = False) -> dict[str, Any]:
    item: dict[str, Any] = {"role": message.role, "content": message.content}
    reasoning = "\n\n".join(part.text for part in message.parts if isinstance(part, ReasoningPart))
    if thinking and reasoning and message.role == "assistant":
        item["reasoning_content"] = reasoning
    return item


def _turns(message: Message, thinking: bool = False) -> list[dict[str, Any]]:
    """A message as training data: one chat message, or, for a reply that used tools, its rounds in
    OpenAI's chat format (the assistant's `tool_calls`, a `tool` message with each result, then its
    answer), so a liked answer is learnt with the results it was grounded on."""
    results = {part.call_id: part for part in message.parts if isinstance(part, ToolResultPart)}
    if message.role != "assistant" or not results:
        return [_chat(message, thinking)]
    turns: list[dict[str, Any]] = []
    text, calls = "", []
    for part in message.parts:
        if isinstance(part, TextPart):
            text += part.text
        elif isinstance(part, ToolCallPart) and part.id in results:
            calls.append(
                {"id": part.id, "type": "function", "function": {"name": part.name, "arguments": part.arguments}}
            )
        elif isinstance(part, ToolResultPart):
            if calls:
                turns.append({"role": "assistant", "content": text, "tool_calls": calls})
                text, calls = "", []
            turns.append({"role": "tool", "tool_call_id": part.call_id, "content": part.content})
    turns.append({"role": "assistant", "content": text})
    return turns


def _path_to(message: Message, by_id: dict[int, Message]) -> list[Message]:
    path = [message]
    seen = {message.id}
    while path[-1].parent_id is not None and path[-1].parent_id in by_id:
        parent = by_id[path[-1].parent_id]
        if parent.id in seen:  # a corrupt tree must not loop forever
            break
        seen.add(parent.id)
        path.append(parent)
    return path[::-1]


def _system(store: ConversationStore, conversation_id: int) -> list[dict[str, Any]]:
    conversation = store.get(conversation_id)
    prompt = conversation.settings.system_prompt.strip() if conversation else ""
    return [{"role": "system", "content": prompt}] if prompt else []


def sft_examples(store: ConversationStore, thinking: bool = False) -> Iterator[tuple[dict[str, Any], Message]]:
    """Each SFT record with the liked reply it ends in (its model and date say where it came from)."""
    for summary in store.list(counts=False):  # every chat; the branch counts are not needed
        messages = store.messages(summary.id)
        by_id = {m.id: m for m in messages}
        system = _system(store, summary.id)
        for message in messages:
            if message.role == "assistant" and message.rating > 0 and message.content.strip():
                turns = [turn for m in _path_to(message, by_id) for turn in _turns(m, thinking)]
                yield {"messages": system + turns}, message


def sft_records(store: ConversationStore, thinking: bool = False) -> Iterator[dict[str, Any]]:
    for record, _reply in sft_examples(store, thinking):
        yield record


def preference_examples(
    store: ConversationStore, thinking: bool = False
) -> Iterator[tuple[dict[str, Any], Message, Message]]:
    """Each preference record with its liked and its disliked reply."""
    for summary in store.list(counts=False):
        messages = store.messages(summary.id)
        by_id = {m.id: m for m in messages}
        system = _system(store, summary.id)
        replies: dict[int, list[Message]] = {}
        for message in messages:
            if message.role == "assistant" and message.parent_id is not None and message.content.strip():
                replies.setdefault(message.parent_id, []).append(message)
        for parent_id, siblings in replies.items():
            liked = [m for m in siblings if m.rating > 0]
            disliked = [m for m in siblings if m.rating < 0]
            if not liked or not disliked:
                continue
            prompt = system + [turn for m in _path_to(by_id[parent_id], by_id) for turn in _turns(m, thinking)]
            for chosen in liked:
                for rejected in disliked:
                    record = {
                        "prompt": prompt,
                        "chosen": [_chat(chosen, thinking)],
                        "rejected": [_chat(rejected, thinking)],
                    }
                    yield record, chosen, rejected


def preference_records(store: ConversationStore, thinking: bool = False) -> Iterator[dict[str, Any]]:
    for record, _chosen, _rejected in preference_examples(store, thinking):
        yield record


def export_feedback(store: ConversationStore, kind: str, path: Path, thinking: bool = False) -> int:
    """Write the JSONL file; return how many records it holds. `thinking`: replies keep their thinking."""
    if kind not in FORMATS:
        raise ValueError(f"unknown format {kind!r}: use sft or preference")
    records = sft_records(store, thinking) if kind == "sft" else preference_records(store, thinking)
    lines = [json.dumps(record, ensure_ascii=False) for record in records]
    atomic_write_text(path, "".join(line + "\n" for line in lines))
    return len(lines)
