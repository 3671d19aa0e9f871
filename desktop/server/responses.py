"""Answers in OpenAI's wire format: completions, their streamed chunks, usage, and the model list."""

from __future__ import annotations

import json
import secrets
import time
from typing import Any

from desktop.core.runtime.types import ReplyResult

# How a reply ended -> OpenAI's finish_reason.
FINISH_REASONS = {"stop": "stop", "length": "length", "context": "length", "stopped": "stop"}


def new_id(prefix: str) -> str:
    return f"{prefix}-{secrets.token_hex(12)}"


def usage(result: ReplyResult) -> dict[str, Any]:
    details = {"cached_tokens": result.cached_tokens}
    return {
        "prompt_tokens": result.prompt_tokens,
        "completion_tokens": result.tokens,
        "total_tokens": result.prompt_tokens + result.tokens,
        "prompt_tokens_details": details,
    }


class Shape:
    """The objects of one reply: a chat completion or a text completion, whole or in chunks."""

    def __init__(self, chat: bool, model: str) -> None:
        self.chat, self.model = chat, model
        self.id = new_id("chatcmpl" if chat else "cmpl")
        self.created = int(time.time())

    def _envelope(self, streamed: bool) -> dict[str, Any]:
        kind = ("chat.completion.chunk" if streamed else "chat.completion") if self.chat else "text_completion"
        return {"id": self.id, "object": kind, "created": self.created, "model": self.model}

    def whole(self, text: str, result: ReplyResult) -> dict[str, Any]:
        finish = FINISH_REASONS.get(result.finish, "stop")
        if self.chat:
            choice = {"index": 0, "message": {"role": "assistant", "content": text}, "logprobs": None}
        else:
            choice = {"index": 0, "text": text, "logprobs": None}
        return {**self._envelope(False), "choices": [{**choice, "finish_reason": finish}], "usage": usage(result)}

    def chunk(self, text: str | None = None, finish: str | None = None, first: bool = False) -> dict[str, Any]:
        reason = FINISH_REASONS.get(finish, "stop") if finish else None
        if self.chat:
            delta: dict[str, Any] = {"role": "assistant", "content": ""} if first else {}
            if text is not None:
                delta["content"] = text
            choice: dict[str, Any] = {"index": 0, "delta": delta, "logprobs": None, "finish_reason": reason}
        else:
            choice = {"index": 0, "text": text or "", "logprobs": None, "finish_reason": reason}
        return {**self._envelope(True), "choices": [choice]}

    def usage_chunk(self, result: ReplyResult) -> dict[str, Any]:
        return {**self._envelope(True), "choices": [], "usage": usage(result)}


def event(data: dict[str, Any] | str) -> bytes:
    """One server-sent event."""
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return f"data: {text}\n\n".encode()


def model_list(names: list[str], created: int, contexts: dict[str, int] | None = None) -> dict[str, Any]:
    """OpenAI's model list; a loaded model also says its context per request (`context_length`, as LM
    Studio's API does), so a Hearth that uses this one as a remote engine knows it."""
    data: list[dict[str, Any]] = []
    for name in names:
        entry: dict[str, Any] = {"id": name, "object": "model", "created": created, "owned_by": "hearth"}
        if contexts and contexts.get(name):
            entry["context_length"] = contexts[name]
        data.append(entry)
    return {"object": "list", "data": data}
