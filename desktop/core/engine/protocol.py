"""The shape every engine has: the real LlamaEngine, and the scripted one the fast tests use."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Protocol

from desktop.core.engine.types import ChatMessage, LoadOptions, ModelInfo, ReplyRequest, ReplyResult


class Engine(Protocol):
    @property
    def model(self) -> ModelInfo | None: ...

    @property
    def context_size(self) -> int: ...

    def load(
        self,
        path: str | Path,
        options: LoadOptions | None = None,
        on_progress: Callable[[float], bool] | None = None,
    ) -> ModelInfo: ...

    def unload(self) -> None: ...

    def count_tokens(self, messages: list[ChatMessage], key: str | None = None) -> int: ...

    def stream(self, request: ReplyRequest, result: ReplyResult | None = None) -> Iterator[str]: ...

    def forget(self, key: str) -> None: ...
