"""Plain data every backend takes and gives: what to run, how, what it can do, and what a reply yields."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from desktop.core.chat_settings import ChatSettings
from desktop.core.messages import ChatMessage
from desktop.core.model_ref import ModelRef
from desktop.core.text import one_line

if TYPE_CHECKING:
    from desktop.core.runtime.backend import TokenCounter

# How a reply ended: the model finished, the user stopped it, it hit max_tokens or the context end.
FinishReason = Literal["stop", "stopped", "length", "context"]


class EngineError(Exception):
    """Anything a backend refuses or fails at; the message is one line meant for a user."""


class ModelLoadError(EngineError):
    def __init__(self, path: Path | str, cause: str) -> None:
        self.path = str(path)
        # The path and the cause come from the file (its name, its header, llama.cpp's reading
        # of it): shown on one line, with control and bidi characters escaped.
        self.cause = one_line(cause)
        super().__init__(f"cannot load {one_line(self.path)}: {self.cause}")


class LoadRefused(EngineError):
    """The model would not fit in free memory: the numbers are in the message, and the user may insist."""


class ContextFullError(EngineError):
    def __init__(self, used: int, size: int, needed: int) -> None:
        self.used, self.size, self.needed = used, size, needed
        super().__init__(
            f"this conversation needs {needed:,} tokens but the context holds {size:,} "
            f"({used:,} already used): start a new chat or change its overflow policy"
        )


@dataclass(frozen=True)
class LoadOptions:
    """How to run it. `context_length` applies to every backend; the rest only to one that runs the
    model on this computer (a remote server decides those itself)."""

    context_length: int = 4096  # per conversation; 0: the model's own training length
    gpu_layers: int | None = None  # None: all when the build can offload, else 0
    threads: int = 0  # 0: one per physical core
    parallel: int = 1  # conversations answered at once, each with its own context_length
    # An embedding model (for searching documents), not a chat model: the backend makes vectors of
    # texts and answers no chat. `context_length` is then the longest text it embeds whole (capped
    # at the model's training length), and `parallel` does not apply.
    embedding: bool = False


@dataclass(frozen=True)
class Capabilities:
    """What a backend can do, so front ends offer only what works."""

    token_counting: Literal["exact", "estimate"] = "exact"
    kv_reuse: bool = False  # keeps a conversation's evaluated prompt between turns
    embeddings: bool = False
    grammar: bool = False  # constrained output (a grammar, or a JSON schema)
    tools: bool = False
    reasoning: bool = False
    vision: bool = False
    parallel: int = 1  # sequences it generates at once


@dataclass(frozen=True)
class ModelInfo:
    path: str  # the model's identity as stored with chats: ModelRef.stored()
    name: str
    architecture: str
    context_length: int  # the context actually allocated
    train_context_length: int
    size_bytes: int
    parameters: int
    gpu_layers: int
    backend: str  # "CPU", the GPU backend offloaded to, or where a remote model runs
    load_seconds: float
    license: str = ""
    template_note: str = ""  # set when the model's own template was refused
    ref: ModelRef | None = None
    tokens_estimated: bool = False  # the context meter's counts are estimates (a server without a tokenizer)
    embedding_length: int = 0  # loaded as an embedding model: the dimensions of its vectors (else 0)
    pooling: str = ""  # loaded as an embedding model: how token vectors become one ("mean", "cls", "last")
    thinking_switch: bool = False  # its chat template can turn thinking on and off (`enable_thinking`)
    vision: bool = False  # it can see images (its projector was found and loaded)
    image_tokens: int = 0  # what one image costs in its context, as its projector reports it

    @property
    def file_name(self) -> str:
        return Path(self.path).name


# -- what a reply yields ----------------------------------------------------------------


@dataclass(frozen=True)
class TextDelta:
    text: str


@dataclass(frozen=True)
class ReasoningDelta:
    text: str


@dataclass(frozen=True)
class ToolCallDelta:
    """A fragment of a tool call: the first of a call carries its id and name, later ones more arguments."""

    index: int
    id: str = ""
    name: str = ""
    arguments: str = ""


@dataclass(frozen=True)
class Usage:
    """The last delta of a reply: its token counts and timings."""

    prompt_tokens: int
    completion_tokens: int
    cached_tokens: int = 0
    ttft_s: float = 0.0
    seconds: float = 0.0
    tokens_per_s: float = 0.0


Delta = TextDelta | ReasoningDelta | ToolCallDelta | Usage


class RequestRejected(EngineError):
    """A request that cannot be answered as asked (a JSON schema that is not one, say): the asker's
    mistake, not the model's."""


@dataclass(frozen=True)
class OutputFormat:
    """Structured output: any JSON object ("json_object"), JSON following `schema` ("json_schema"), or
    text following a llama.cpp GBNF grammar given as `schema` ("grammar": what llama-server's `grammar`
    takes; Hearth's own tests force a model's output with it)."""

    kind: Literal["json_object", "json_schema", "grammar"]
    schema: str = ""  # the JSON schema, as JSON text; or the grammar


@dataclass(frozen=True)
class PromptPlan:
    """The messages chosen to fit the context, how many of the history were left out, and their size."""

    messages: list[ChatMessage]
    dropped: int
    tokens: int


# Chooses the messages that fit (the chat's overflow policy), on the backend's own thread: counting
# tokens is a call of the backend. Raises ContextFullError when nothing fits.
PromptFitter = Callable[["TokenCounter", "ReplyRequest"], PromptPlan]


@dataclass(frozen=True)
class ToolSpec:
    """A tool the model may call: offered through the chat template's `tools` (locally) or OpenAI's
    `tools` (remotely). `server` is the MCP server it comes from (the user added it)."""

    name: str
    description: str = ""
    parameters: str = '{"type": "object", "properties": {}}'  # its arguments' JSON schema, as JSON text
    server: str = ""


@dataclass
class ReplyRequest:
    """One reply to generate. `key` names the conversation, so a backend can keep its cache apart."""

    key: str
    messages: list[ChatMessage]
    settings: ChatSettings = field(default_factory=ChatSettings)
    # Continue an assistant message in place instead of starting a new one.
    continue_last: bool = False
    stop: threading.Event = field(default_factory=threading.Event)
    fit: PromptFitter | None = None
    # What the reply must be (JSON, or JSON of a schema), for a backend with `grammar`.
    output: OutputFormat | None = None
    stop_strings: tuple[str, ...] = ()  # the reply ends before any of these
    # A prompt sent as it is (a completion, not a chat): the messages' template is not applied.
    prompt: str | None = None
    # Tools the model may call; its calls arrive as ToolCallDelta (and end the reply: the caller runs
    # them, after the user approves, and asks again with their results).
    tools: tuple[ToolSpec, ...] = ()
    # Thinking on or off, for a template that takes `enable_thinking`; None: the template's default.
    thinking: bool | None = None


@dataclass
class ReplyResult:
    text: str = ""
    finish: FinishReason = "stop"
    tokens: int = 0
    prompt_tokens: int = 0
    cached_tokens: int = 0  # prompt tokens reused from the KV cache, not evaluated again
    ttft_s: float = 0.0
    seconds: float = 0.0
    tokens_per_s: float = 0.0
    context_used: int = 0
    context_size: int = 0
    seed: int = 0
    # Set when the model's chat template was refused while this reply's prompt was rendered or
    # counted (a template may fail only on some messages): the reply went on with the default one.
    note: str = ""

    def usage(self) -> Usage:
        return Usage(self.prompt_tokens, self.tokens, self.cached_tokens, self.ttft_s, self.seconds, self.tokens_per_s)
