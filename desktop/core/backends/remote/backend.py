"""A model on a remote OpenAI-compatible server, run as any backend is: the runtime cannot tell.

Everything here runs on the runner's thread, as for llama.cpp; the request's stop event is set
from another, and closes the connection at once (so the server stops generating too). What a
server sends is untrusted: each chunk is bounded (client.py), a reply that goes on past its
max_tokens is cut, and the text is stored and shown exactly as local output is.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Generator, Iterator
from typing import Any

from desktop.core.backends.remote.client import (
    RemoteClient,
    RemoteError,
    RemoteModel,
    StreamStopped,
    finish_reason,
)
from desktop.core.backends.remote.openai_chat import ToolCallAssembler, openai_messages, openai_tools
from desktop.core.backends.remote.tokens import RemoteTokens
from desktop.core.messages import ChatMessage
from desktop.core.remotes.endpoints import Endpoint, EndpointStore
from desktop.core.remotes.keys import KeyUnavailable, key_for
from desktop.core.runtime.types import (
    Capabilities,
    Delta,
    EngineError,
    FinishReason,
    LoadOptions,
    ModelInfo,
    ModelRef,
    ReasoningDelta,
    ReplyRequest,
    ReplyResult,
    TextDelta,
    ToolCallDelta,
    Usage,
)
from desktop.core.text import one_line

log = logging.getLogger(__name__)

DEFAULT_CONTEXT = 4096  # a server that does not say, with no setting for it
# A chunk usually holds one token; a server that sends many more chunks than max_tokens asked
# for, or much more text than that many tokens make, is not ending: cut it there.
CHUNKS_PER_TOKEN = 2
CHARS_PER_TOKEN = 64  # the longest tokens of common vocabularies (runs of spaces in code) are shorter
# A reply that calls tools ends there ("function_call": the same, from servers of the older API).
FINISH: dict[str, FinishReason] = {
    "stop": "stop",
    "length": "length",
    "eos": "stop",
    "tool_calls": "stop",
    "function_call": "stop",
}


def connect(endpoint_name: str, endpoints: EndpointStore, **options: Any) -> RemoteClient:
    endpoint = endpoints.get(endpoint_name)
    if endpoint is None:
        shown = one_line(endpoint_name, 60)
        raise EngineError(f"there is no remote endpoint named {shown!r}: add it in Settings ▸ Engines")
    return client_for(endpoint, **options)


def client_for(endpoint: Endpoint, **options: Any) -> RemoteClient:
    try:
        key = key_for(endpoint)
    except KeyUnavailable as error:
        raise EngineError(str(error)) from None
    return RemoteClient(endpoint, key, **options)


class RemoteBackend:
    def __init__(self, endpoints: EndpointStore | None = None, stall_s: float = 60.0) -> None:
        self._endpoints = endpoints or EndpointStore()
        self._stall_s = stall_s
        self._client: RemoteClient | None = None
        self._checked: tuple[ModelRef, RemoteClient, RemoteModel] | None = None
        self._info: ModelInfo | None = None
        self._tokens: RemoteTokens | None = None
        self._context = 0
        # Fields beyond OpenAI's (top_k, min_p..., chat_template_kwargs): dropped once a server refuses them.
        self._extras = True

    @property
    def capabilities(self) -> Capabilities:
        exact = self._tokens is not None and self._tokens.templated
        return Capabilities(token_counting="exact" if exact else "estimate", grammar=True, tools=True, reasoning=True)

    @property
    def model(self) -> ModelInfo | None:
        return self._info

    @property
    def context_size(self) -> int:
        return self._context if self._info is not None else 0

    # -- choosing a model --------------------------------------------------------------

    def preflight(
        self, ref: ModelRef, options: LoadOptions, *, force: bool, reclaimable: int, cancel: threading.Event
    ) -> None:
        """The endpoint answers and has the model: checked before the model in use is let go."""
        client = connect(ref.endpoint, self._endpoints, stall_s=self._stall_s)
        try:
            models = client.models()
        except RemoteError:
            client.close()
            raise
        found = next((m for m in models if m.id == ref.model_id), None)
        if found is None:
            client.close()
            names = ", ".join(one_line(m.id, 60) for m in models[:5]) or "none"
            raise EngineError(f"{ref.endpoint} has no model {one_line(ref.model_id, 80)!r} (it has: {names})")
        self._checked = (ref, client, found)

    def load(
        self, ref: ModelRef, options: LoadOptions, on_progress: Callable[[float], bool] | None = None
    ) -> ModelInfo:
        started = time.perf_counter()
        if self._checked is None or self._checked[0] != ref:
            self.preflight(ref, options, force=False, reclaimable=0, cancel=threading.Event())
        assert self._checked is not None
        _, client, found = self._checked
        self._checked = None
        self.unload()
        self._client = client
        self._tokens = RemoteTokens(client, ref.model_id)
        wanted = not found.context_length or self._tokens.kind == "llama-server"
        props = _props(client) if wanted else {}
        told = found.context_length or _context_in(props)
        assumed = not told
        self._context = told or options.context_length or DEFAULT_CONTEXT
        if self._tokens.exact:
            self._tokens.probe_template([ChatMessage("user", "Hello")])
        endpoint = client.endpoint
        self._info = ModelInfo(
            path=ref.stored(),
            name=ref.model_id,
            architecture="",
            context_length=self._context,
            train_context_length=self._context,
            size_bytes=0,
            parameters=0,
            gpu_layers=0,
            backend=f"remote · {endpoint.host_port}",
            load_seconds=time.perf_counter() - started,
            # Whether a server's model can see is not something the API says: images are sent as OpenAI
            # image_url parts, and a server that cannot take them answers with its own error.
            vision=True,
            template_note=(
                f"{endpoint.name} does not say its context size: assuming {self._context:,} tokens "
                "(the chat's context setting)"
                if assumed
                else ""
            ),
            ref=ref,
            tokens_estimated=not self._tokens.templated,
            thinking_switch=self._thinking_switch(props),
        )
        return self._info

    def _thinking_switch(self, props: dict[str, Any]) -> bool:
        """The server's chat template reads `enable_thinking`, so a chat can turn thinking on and off."""
        template = props.get("chat_template")
        if isinstance(template, str):  # llama-server's, read as the local backend reads a model's own
            return "enable_thinking" in template
        return self._tokens is not None and self._tokens.probe_thinking_switch()

    def unload(self) -> None:
        if self._client is not None:
            self._client.close()
        self._client = self._info = self._tokens = None
        self._context = 0

    def drop_cache(self, key: str) -> None:
        """The server keeps its own cache (llama-server's prompt cache); nothing is kept here."""

    # -- counting ---------------------------------------------------------------------

    def count_tokens(self, messages: list[ChatMessage], key: str | None = None) -> int:
        return self._require_tokens().count_messages(messages)

    def count_texts(self, texts: list[str]) -> list[int]:
        return self._require_tokens().count_texts(texts)

    def _require_tokens(self) -> RemoteTokens:
        if self._tokens is None:
            raise EngineError("no model is loaded")
        return self._tokens

    # -- replies ----------------------------------------------------------------------

    def stream(self, request: ReplyRequest, result: ReplyResult) -> Iterator[Delta]:
        if self._client is None or self._info is None:
            raise EngineError("no model is loaded")
        client = self._client
        settings = request.settings.validated()
        if settings.adapter and settings.adapter_scale > 0:  # a chat that keeps its adapter, moved to a remote model
            raise EngineError("a LoRA adapter works only on a model on this computer: choose its base model")
        completion = request.prompt is not None
        path = "/v1/completions" if completion else "/v1/chat/completions"
        started = time.perf_counter()
        chunks, events_seen, chars, usage = 0, 0, 0, None
        limit = settings.max_tokens * CHUNKS_PER_TOKEN + 16
        chars_limit = settings.max_tokens * CHARS_PER_TOKEN + 4096
        result.seed = settings.seed
        result.context_size = self._context
        calls = ToolCallAssembler(client.name)
        events = self._events(client, path, request)
        try:
            for event in events:
                events_seen += 1  # every event counts: a stream of empty ones, or of reasoning, ends too
                if isinstance(event.get("usage"), dict):
                    usage = event["usage"]
                for delta in _deltas(event, completion, calls):
                    if isinstance(delta, TextDelta):
                        if not result.text:
                            result.ttft_s = time.perf_counter() - started
                        result.text += delta.text
                        chunks += 1
                    if isinstance(delta, TextDelta | ReasoningDelta):
                        chars += len(delta.text)
                    elif isinstance(delta, ToolCallDelta):
                        chars += len(delta.id) + len(delta.name) + len(delta.arguments)
                    yield delta
                reason = finish_reason(event)
                if reason:
                    result.finish = FINISH.get(reason, "stop")
                if events_seen > limit or chars > chars_limit:
                    result.finish = "length"
                    log.warning("%s went on past max_tokens: the reply was cut", client.name)
                    break
        except StreamStopped:
            result.finish = "stopped"
        finally:
            events.close()  # closes the connection: a server still sending stops
        result.seconds = time.perf_counter() - started
        if isinstance(usage, dict):
            result.prompt_tokens = _int(usage.get("prompt_tokens")) or result.prompt_tokens
            result.tokens = _int(usage.get("completion_tokens")) or chunks
        else:
            result.tokens = chunks
        generating = max(result.seconds - result.ttft_s, 1e-6)
        result.tokens_per_s = result.tokens / generating if result.tokens > 1 else 0.0
        result.context_used = result.prompt_tokens + result.tokens
        yield Usage(result.prompt_tokens, result.tokens, 0, result.ttft_s, result.seconds, result.tokens_per_s)

    def _events(self, client: RemoteClient, path: str, request: ReplyRequest) -> Generator[dict[str, Any], None, None]:
        body = self._body(request)
        try:
            yield from client.stream(path, body, request.stop)
        except RemoteError as error:
            if error.status != 400 or not self._extras:
                raise
            # A strict server refuses the sampling settings only llama.cpp and vLLM know: ask once more without.
            self._extras = False
            yield from client.stream(path, self._body(request), request.stop)

    def _body(self, request: ReplyRequest) -> dict[str, Any]:
        assert self._info is not None and self._info.ref is not None
        settings = request.settings.validated()
        body: dict[str, Any] = {
            "model": self._info.ref.model_id,
            "stream": True,
            "stream_options": {"include_usage": True},
            "max_tokens": settings.max_tokens,
            "temperature": settings.temperature,
            "top_p": settings.top_p,
        }
        if request.prompt is not None:
            body["prompt"] = request.prompt
        else:
            body["messages"] = openai_messages(request.messages)
            if request.continue_last and request.messages and request.messages[-1].role == "assistant":
                # vLLM continues the last message when asked; llama-server does it by itself.
                body.update(continue_final_message=True, add_generation_prompt=False)
        if settings.seed >= 0:
            body["seed"] = settings.seed
        if request.tools and request.prompt is None:
            body["tools"] = openai_tools(request.tools)  # no tool_choice: the model decides (auto)
        if request.stop_strings:
            body["stop"] = list(request.stop_strings)[:4]
        if request.output is not None:
            if request.output.kind == "json_schema":
                schema = json.loads(request.output.schema or "{}")
                body["response_format"] = {"type": "json_schema", "json_schema": {"name": "reply", "schema": schema}}
            else:
                body["response_format"] = {"type": "json_object"}
        if self._extras:
            body.update(top_k=settings.top_k, min_p=settings.min_p, repeat_penalty=settings.repeat_penalty)
            if request.thinking is not None and request.prompt is None:
                # The chat template's own switch (Qwen3's, and others'): vLLM and llama-server pass
                # `chat_template_kwargs` to the template. Sent to any server, as top_k is: Ollama and
                # LM Studio pass over fields they do not know, and one that refuses them with a 400
                # is asked again without (see _events), as is every later reply.
                body["chat_template_kwargs"] = {"enable_thinking": request.thinking}
        return body


def _deltas(event: dict[str, Any], completion: bool, calls: ToolCallAssembler) -> list[Delta]:
    choices = event.get("choices")
    if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
        return []
    choice = choices[0]
    if completion:
        text = choice.get("text")
        return [TextDelta(text)] if isinstance(text, str) and text else []
    delta = choice.get("delta")
    if not isinstance(delta, dict):
        return []
    found: list[Delta] = []
    reasoning = delta.get("reasoning_content") or delta.get("reasoning")
    if isinstance(reasoning, str) and reasoning:
        found.append(ReasoningDelta(reasoning))
    content = delta.get("content")
    if isinstance(content, str) and content:
        found.append(TextDelta(content))
    found += calls.take(delta.get("tool_calls"))
    return found


def _props(client: RemoteClient) -> dict[str, Any]:
    """llama-server's /props (its context per slot, its chat template); {} from any other server."""
    try:
        props = client.get_json("/props", quiet=True)
    except RemoteError:
        return {}
    return props if isinstance(props, dict) else {}


def _context_in(props: dict[str, Any]) -> int:
    settings = props.get("default_generation_settings")
    for source in (settings if isinstance(settings, dict) else {}, props):
        value = source.get("n_ctx")
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            return value
    return 0


def _int(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0
