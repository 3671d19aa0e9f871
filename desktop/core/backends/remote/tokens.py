"""Counting tokens on a server: with its own tokenizer where it has an endpoint for it, else estimated.

Servers differ: llama-server has /tokenize ({"content"}) and /apply-template (so a whole chat
prompt is counted exactly); vLLM has /tokenize with "prompt" or "messages"; llama-cpp-python's
server has /extras/tokenize/count; Ollama and most hosted APIs have none. Which one answers is
found once, when the model is chosen.
"""

from __future__ import annotations

import math
from typing import Any, Literal

from desktop.core.backends.remote.client import RemoteClient, RemoteError
from desktop.core.backends.remote.openai_chat import openai_messages
from desktop.core.messages import ChatMessage, ToolCallPart, ToolResultPart

TokenizerKind = Literal["llama-server", "vllm", "llama-cpp-python", "none"]

# What a chat template adds around each message, and once before the reply, where it cannot be
# asked: a typical template's role markers.
PER_MESSAGE_TOKENS = 4
REPLY_TOKENS = 3


def estimate(text: str) -> int:
    """About four characters a token for English text with a BPE vocabulary."""
    return math.ceil(len(text) / 4) if text else 0


class RemoteTokens:
    def __init__(self, client: RemoteClient, model_id: str) -> None:
        self._client = client
        self._model = model_id
        self.kind: TokenizerKind = self._probe()
        self.templated = False  # a whole prompt, template included, is counted by the server

    @property
    def exact(self) -> bool:
        return self.kind != "none"

    def _probe(self) -> TokenizerKind:
        kinds: tuple[TokenizerKind, ...] = ("llama-server", "vllm", "llama-cpp-python")
        for kind in kinds:
            try:
                if self._count_with(kind, "Hello", probe=True) > 0:
                    return kind
            except RemoteError:
                continue
        return "none"

    def probe_template(self, messages: list[ChatMessage]) -> None:
        """Whether the server counts a chat with its template (vLLM, llama-server); asked once."""
        try:
            self.templated = self._count_chat(messages, probe=True) > 0
        except RemoteError:
            self.templated = False

    def probe_thinking_switch(self) -> bool:
        """Whether the server's chat template reads `enable_thinking`: vLLM counts a chat with it on and
        off, and a template that reads it lays the two out apart (Qwen3's closes an empty think block
        when it is off). Asked once; any other server: not known, so no."""
        if self.kind != "vllm" or not self.templated:
            return False
        chat = [ChatMessage("user", "Hello")]
        try:
            on, off = (self._count_chat(chat, probe=True, thinking=value) for value in (True, False))
        except RemoteError:
            return False
        return on != off

    def count_texts(self, texts: list[str]) -> list[int]:
        if self.kind == "none":
            return [estimate(t) for t in texts]
        return [self._count_with(self.kind, t) if t else 0 for t in texts]

    def count_messages(self, messages: list[ChatMessage]) -> int:
        if self.templated:
            return self._count_chat(messages)
        counts = self.count_texts([_sent_text(m) for m in messages])
        return sum(counts) + PER_MESSAGE_TOKENS * len(messages) + REPLY_TOKENS

    # -- the servers' endpoints --------------------------------------------------------

    # A probe asks an endpoint the server may not have: once, never waiting out a 429 or 503.

    def _count_with(self, kind: TokenizerKind, text: str, probe: bool = False) -> int:
        post = self._client.post_json
        if kind == "llama-server":
            answer = post("/tokenize", {"content": text, "add_special": False}, quiet=probe)
            return _length(answer, "tokens")
        if kind == "vllm":
            body = {"model": self._model, "prompt": text, "add_special_tokens": False}
            return _length(post("/tokenize", body, quiet=probe), "count")
        answer = post("/extras/tokenize/count", {"model": self._model, "input": text}, quiet=probe)
        return _length(answer, "count")

    def _count_chat(self, messages: list[ChatMessage], probe: bool = False, thinking: bool | None = None) -> int:
        chat = openai_messages(messages)  # as the reply's request sends them (tool calls and results too)
        post = self._client.post_json
        if self.kind == "vllm":
            body: dict[str, Any] = {"model": self._model, "messages": chat, "add_generation_prompt": True}
            if thinking is not None:
                body["chat_template_kwargs"] = {"enable_thinking": thinking}
            return _length(post("/tokenize", body, quiet=probe), "count")
        if self.kind == "llama-server":
            rendered = post("/apply-template", {"messages": chat}, quiet=probe)
            prompt = rendered.get("prompt") if isinstance(rendered, dict) else None
            if not isinstance(prompt, str):
                raise RemoteError("no template")
            answer = post("/tokenize", {"content": prompt, "add_special": True}, quiet=probe)
            return _length(answer, "tokens")
        raise RemoteError("no template")


def _sent_text(message: ChatMessage) -> str:
    """What of a message goes to the server: its text, the tool calls it made, the results it carries."""
    calls = [part for part in message.parts if isinstance(part, ToolCallPart)]
    results = [part for part in message.parts if isinstance(part, ToolResultPart)]
    return (
        message.content
        + "".join(f"{call.name} {call.arguments}" for call in calls)
        + "".join(result.content for result in results)
    )


def _length(answer: Any, field: str) -> int:
    """A count from {"count": n}, or the length of {"tokens": [...]}; RemoteError for anything else."""
    if isinstance(answer, dict):
        value = answer.get(field)
        if field == "count" and isinstance(value, int) and not isinstance(value, bool) and value >= 0:
            return value
        if field == "count" and isinstance(answer.get("tokens"), list):
            return len(answer["tokens"])
        if isinstance(value, list):
            return len(value)
    raise RemoteError("not a token count")
