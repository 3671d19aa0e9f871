"""How likely a base model (with or without a LoRA adapter) finds a reply, measured in llama.cpp itself.

A fine-tune is judged where it is used: the exported adapter on the same GGUF the app serves, through the
same chat template and tokenization. `ChatTokenizer` turns chat messages and a reply into the prompt's and
the reply's token ids exactly as the app does (the model's own template with the generation prompt, special
tokens read, BOS as the model wants); the trainer tokenizes its data with it too, so the tokens trained on
are the tokens scored and served. `Scorer` has its own context on the base (mmap, never shared with a chat):
one decode of prompt + reply on a cleared memory gives the log-probabilities of the reply's tokens, and the
adapter is applied at run time (`llama_set_adapters_lora`), so before and after are the same loaded model.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import llama_cpp.llama_cpp as lib
import numpy as np
from llama_cpp import Llama

from desktop.core.backends.llama import native
from desktop.core.backends.llama.backend import default_threads
from desktop.core.backends.llama.template import ChatTemplate, TemplateBroken
from desktop.core.messages import ROLES, ChatMessage, Part, TextPart, ToolCallPart, ToolResultPart
from desktop.core.runtime.types import EngineError
from desktop.core.text import one_line

# Llama's own batch size: it allocates n_batch x vocabulary floats of scores (100 MB here at 512), so the
# context is fed in chunks of this many tokens rather than in one batch of the whole context.
N_BATCH = 512


def _content(item: Mapping[str, Any]) -> str:
    content = item.get("content")
    if isinstance(content, str):
        return content
    if isinstance(content, list):  # OpenAI's content parts: the text ones
        return "".join(str(p.get("text", "")) for p in content if isinstance(p, Mapping) and p.get("type") == "text")
    return ""


def chat_message(item: Mapping[str, Any]) -> ChatMessage:
    """A chat message from its OpenAI-format dict (as desktop/core/feedback.py writes them)."""
    role = item.get("role")
    if role not in ROLES:
        raise EngineError(f"a message has an unknown role ({one_line(str(role), 40)})")
    content = _content(item)
    parts: list[Part] = []
    calls = item.get("tool_calls")
    if role == "assistant" and isinstance(calls, list) and calls:
        parts = [TextPart(content)] if content else []
        for call in calls:
            function = call.get("function", {}) if isinstance(call, Mapping) else {}
            arguments = function.get("arguments", "")
            parts.append(
                ToolCallPart(
                    id=str(call.get("id", "")),
                    name=str(function.get("name", "")),
                    arguments=arguments if isinstance(arguments, str) else json.dumps(arguments),
                )
            )
    elif role == "tool":
        parts = [ToolResultPart(call_id=str(item.get("tool_call_id", "")), content=content)]
    if parts:
        return ChatMessage.of(role, parts)
    return ChatMessage(role, content)


def chat_messages(items: Sequence[Mapping[str, Any]]) -> list[ChatMessage]:
    return [chat_message(item) for item in items]


def _token_text(llm: Llama, token: int) -> str:
    if token < 0:
        return ""
    with contextlib.suppress(Exception):
        return str(llm._model.token_get_text(token))
    return ""


class ChatTokenizer:
    """Chat messages and a reply as token ids, rendered and tokenized as the app's backend does."""

    def __init__(self, llm: Llama) -> None:
        self._llm = llm
        try:
            self.template = ChatTemplate(
                llm.metadata.get("tokenizer.chat_template"),
                bos_token=_token_text(llm, llm.token_bos()),
                eos_token=_token_text(llm, llm.token_eos()),
            )
        except TemplateBroken as error:
            raise EngineError(str(error)) from None
        self._wants_bos = bool(lib.llama_vocab_get_add_bos(llm._model.vocab))

    @classmethod
    def open(cls, base_path: str | Path) -> ChatTokenizer:
        """A tokenizer of its own, on the model's vocabulary alone (no weights are read)."""
        return cls(_open_llama(base_path, vocab_only=True))

    def close(self) -> None:
        self._llm.close()

    def tokenize(self, text: str, *, prompt: bool = False) -> list[int]:
        # BOS only at the start of a prompt, where the model wants one and the template has not written it.
        bos = self.template.bos_token
        add_bos = prompt and bool(bos) and not text.startswith(bos) and self._wants_bos
        return list(self._llm.tokenize(text.encode("utf-8", errors="replace"), add_bos=add_bos, special=True))

    def prompt(self, messages: Sequence[Mapping[str, Any]]) -> list[int]:
        """The prompt for the model's next reply: the conversation with the generation prompt."""
        return self.tokenize(self.template.render(chat_messages(messages)), prompt=True)

    def prompt_and_reply(self, messages: Sequence[Mapping[str, Any]], reply: str) -> tuple[list[int], list[int]]:
        """The prompt's tokens, then the reply's: its text and the template's end of turn after it (the
        model learns to stop, and is scored on it), as a reply generated after that prompt would be."""
        chat = chat_messages(messages)
        prompt = self.template.render(chat)
        whole = self.template.render([*chat, ChatMessage("assistant", reply)], add_generation_prompt=False)
        if whole.startswith(prompt) and whole[len(prompt) :].startswith(reply):
            body, tail = reply, whole[len(prompt) + len(reply) :]
        elif whole.startswith(prompt):  # a template that rewrites the reply (trims it, wraps it)
            body, tail = whole[len(prompt) :], ""
        else:  # a template that renders the history differently once the reply is in it
            body, tail = reply, self.template.eos_token
        # The newline after the end-of-turn marker is the template's layout, not something the model says.
        reply_ids = self.tokenize(body) + self.tokenize(tail.rstrip())
        return self.tokenize(prompt, prompt=True), reply_ids

    def detokenize(self, tokens: Sequence[int]) -> str:
        return bytes(self._llm.detokenize(list(tokens))).decode("utf-8", errors="replace")


def _open_llama(base_path: str | Path, **options: Any) -> Llama:
    path = Path(base_path)
    native.take_recent_errors()
    try:
        return Llama(str(path), verbose=False, **options)
    except Exception as error:  # llama.cpp failures arrive as many types
        errors = native.take_recent_errors()
        cause = (errors[-1].split("error loading model:", 1)[-1].strip() if errors else "") or str(error)
        raise EngineError(f"cannot load {one_line(str(path))}: {one_line(cause, 300)}") from None


def _log_softmax_at(logits: np.ndarray, token: int) -> float:
    values = logits.astype(np.float64)
    top = float(values.max())
    return float(values[token] - top - np.log(np.exp(values - top).sum()))


class Scorer:
    """Log-probabilities and greedy replies of a base model, with an adapter applied at run time or none."""

    def __init__(self, base_path: str | Path, threads: int = 0, n_ctx: int = 2048) -> None:
        threads = threads or default_threads()
        self._llm = _open_llama(
            base_path, n_ctx=n_ctx, n_batch=N_BATCH, n_threads=threads, n_threads_batch=threads, use_mmap=True
        )
        try:
            self.tokens = ChatTokenizer(self._llm)
        except EngineError:
            self._llm.close()
            raise
        self._ctx = self._llm._ctx.ctx
        self._vocab = self._llm._model.vocab
        self._n_ctx = int(lib.llama_n_ctx(self._ctx))
        self._n_vocab = int(lib.llama_vocab_n_tokens(self._vocab))
        self._adapters: dict[str, Any] = {}  # llama.cpp frees them with the model
        self._closed = False

    def __enter__(self) -> Scorer:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._llm.close()

    # -- adapters ------------------------------------------------------------------------------

    def set_adapter(self, path: str | Path | None, scale: float = 1.0) -> None:
        """Score and generate with this adapter at this scale from now on; None: the base alone."""
        if path is None:
            lib.llama_set_adapters_lora(self._ctx, None, 0, None)
            return
        where = os.path.abspath(path)
        try:
            stat = os.stat(where)
        except OSError:
            raise EngineError(f"the adapter {one_line(where)} does not exist") from None
        key = f"{where}|{stat.st_size}|{stat.st_mtime_ns}"  # a file written again is loaded again
        adapter = self._adapters.get(key)
        if adapter is None:
            native.take_recent_errors()
            adapter = lib.llama_adapter_lora_init(self._llm._model.model, os.fsencode(where))
            if not adapter:
                errors = native.take_recent_errors()
                cause = (errors[-1].strip() if errors else "") or "it is not a LoRA adapter for this model"
                raise EngineError(f"the adapter cannot be used with this model ({one_line(cause, 200)})")
            self._adapters[key] = adapter
        adapters = (lib.llama_adapter_lora_p_ctypes * 1)(adapter)
        scales = (ctypes.c_float * 1)(float(scale))
        if lib.llama_set_adapters_lora(self._ctx, adapters, 1, scales) != 0:
            raise EngineError("the adapter could not be applied to this model")

    # -- scoring -------------------------------------------------------------------------------

    def logprob(self, messages: Sequence[Mapping[str, Any]], reply: str) -> float:
        """log p(reply | messages): the sum over the reply's tokens (its end of turn included)."""
        prompt, reply_ids = self.tokens.prompt_and_reply(messages, reply)
        return float(sum(self.token_logprobs(prompt, reply_ids)))

    def margin(self, record: Mapping[str, Any]) -> float:
        """log p(chosen) − log p(rejected) for a preference record ({"prompt", "chosen", "rejected"})."""
        prompt = list(record["prompt"])
        chosen, rejected = list(record["chosen"]), list(record["rejected"])
        return self.logprob(prompt + chosen[:-1], _content(chosen[-1])) - self.logprob(
            prompt + rejected[:-1], _content(rejected[-1])
        )

    def token_logprobs(self, prompt: Sequence[int], reply: Sequence[int]) -> list[float]:
        """log p of each reply token after the prompt; a prompt too long for the context loses its start."""
        if not reply:
            return []
        if len(reply) >= self._n_ctx:
            raise EngineError(f"the reply is longer than the scoring context ({self._n_ctx} tokens)")
        prompt = list(prompt)[-(self._n_ctx - len(reply)) :] or list(reply[:1])
        tokens = [*prompt, *reply]
        # The logits at position i predict the token at i + 1: those of the prompt's last token onwards.
        targets = {pos: tokens[pos + 1] for pos in range(len(prompt) - 1, len(tokens) - 1)}
        found: dict[int, float] = {}

        def take(pos: int, logits: np.ndarray) -> None:
            found[pos] = _log_softmax_at(logits, targets[pos])

        self._decode(tokens, 0, set(targets), take)
        return [found[pos] for pos in sorted(found)]

    def generate(self, messages: Sequence[Mapping[str, Any]], max_tokens: int = 64) -> str:
        """The model's greedy reply (at most `max_tokens` tokens), under the adapter set now."""
        tokens = self.tokens.prompt(messages)[-max(1, self._n_ctx - max_tokens) :]
        made: list[int] = []
        last: list[np.ndarray] = []

        def take(_pos: int, logits: np.ndarray) -> None:
            last[:] = [logits]

        self._decode(tokens, 0, {len(tokens) - 1}, take)
        while len(made) < max_tokens:
            token = int(np.argmax(last[0]))
            if lib.llama_vocab_is_eog(self._vocab, token):
                break
            made.append(token)
            pos = len(tokens) + len(made) - 1
            if len(made) < max_tokens and pos < self._n_ctx:
                self._decode([token], pos, {pos}, take)
            else:
                break
        return self.tokens.detokenize(made)

    def _decode(
        self, tokens: Sequence[int], start: int, outputs: set[int], take: Callable[[int, np.ndarray], None]
    ) -> None:
        """Decode `tokens` at positions from `start` (on a cleared memory when 0) in chunks of the batch
        size, handing `take` the logits of each position in `outputs` (valid only during the call)."""
        if start == 0:
            lib.llama_memory_clear(lib.llama_get_memory(self._ctx), True)
        batch = lib.llama_batch_init(N_BATCH, 0, 1)
        try:
            for offset in range(0, len(tokens), N_BATCH):
                chunk = tokens[offset : offset + N_BATCH]
                batch.n_tokens = len(chunk)
                wanted = []
                for j, token in enumerate(chunk):
                    pos = start + offset + j
                    batch.token[j] = int(token)
                    batch.pos[j] = pos
                    batch.n_seq_id[j] = 1
                    batch.seq_id[j][0] = 0
                    batch.logits[j] = pos in outputs
                    if pos in outputs:
                        wanted.append((j, pos))
                code = lib.llama_decode(self._ctx, batch)
                if code != 0:
                    raise EngineError(f"llama.cpp could not evaluate the text (llama_decode returned {code})")
                for j, pos in wanted:
                    row = lib.llama_get_logits_ith(self._ctx, j)
                    take(pos, np.ctypeslib.as_array(row, shape=(self._n_vocab,)))
        finally:
            lib.llama_batch_free(batch)
