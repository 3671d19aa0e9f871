"""Plain data the engine takes and gives: load options, model facts, reply requests and results."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from desktop.core.chat_settings import ChatSettings
from desktop.core.text import one_line

Role = Literal["system", "user", "assistant"]
# How a reply ended: the model finished, the user stopped it, it hit max_tokens or the context end.
FinishReason = Literal["stop", "stopped", "length", "context"]


class EngineError(Exception):
    """Anything the engine refuses or fails at; the message is one line meant for a user."""


class ModelLoadError(EngineError):
    def __init__(self, path: Path | str, cause: str) -> None:
        self.path = str(path)
        # The path and the cause come from the file (its name, its header, llama.cpp's reading
        # of it): shown on one line, with control and bidi characters escaped.
        self.cause = one_line(cause)
        super().__init__(f"cannot load {one_line(self.path)}: {self.cause}")


class ContextFullError(EngineError):
    def __init__(self, used: int, size: int, needed: int) -> None:
        self.used, self.size, self.needed = used, size, needed
        super().__init__(
            f"this conversation needs {needed:,} tokens but the context holds {size:,} "
            f"({used:,} already used): start a new chat or change its overflow policy"
        )


@dataclass(frozen=True)
class ChatMessage:
    role: Role
    content: str


@dataclass(frozen=True)
class LoadOptions:
    context_length: int = 4096  # 0: the model's own training length
    gpu_layers: int | None = None  # None: all when the build can offload, else 0
    threads: int = 0  # 0: one per physical core
    # Set when the validation child found the model's chat template unsafe (e.g. it hung).
    template_refusal: str = ""


@dataclass(frozen=True)
class ModelInfo:
    path: str
    name: str
    architecture: str
    context_length: int  # the context actually allocated
    train_context_length: int
    size_bytes: int
    parameters: int
    gpu_layers: int
    backend: str  # "CPU" or the GPU backend offloaded to
    load_seconds: float
    license: str = ""
    template_note: str = ""  # set when the model's own template was refused

    @property
    def file_name(self) -> str:
        return Path(self.path).name


@dataclass
class ReplyRequest:
    """One reply to generate. `key` names the conversation, so its KV cache can be kept apart."""

    key: str
    messages: list[ChatMessage]
    settings: ChatSettings = field(default_factory=ChatSettings)
    # Continue an assistant message in place instead of starting a new one.
    continue_last: bool = False
    stop: threading.Event = field(default_factory=threading.Event)


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
