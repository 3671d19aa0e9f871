"""The shape of a backend, and the registry that makes one for each kind of model.

A backend runs one model at a time and is driven from one thread (its runner's): nothing in
it need be thread-safe, except that a request's `stop` event may be set from any thread. The
llama.cpp backend, a remote OpenAI-compatible server and the tests' scripted backend all have
this shape; the runtime, the chat session and the front ends know only this.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Protocol, runtime_checkable

from desktop.core.messages import ChatMessage
from desktop.core.runtime.types import (
    Capabilities,
    Delta,
    EngineError,
    LoadOptions,
    ModelInfo,
    ModelRef,
    ReplyRequest,
    ReplyResult,
)


class TokenCounter(Protocol):
    """What fitting a prompt to the context needs of a backend."""

    @property
    def context_size(self) -> int: ...

    def count_tokens(self, messages: list[ChatMessage], key: str | None = None) -> int:
        """Tokens of the whole prompt these messages make (template included)."""
        ...

    def count_texts(self, texts: list[str]) -> list[int]:
        """Tokens of each text on its own: one call for many, since each call may be a round trip."""
        ...


class Backend(TokenCounter, Protocol):
    @property
    def capabilities(self) -> Capabilities: ...

    @property
    def model(self) -> ModelInfo | None: ...

    def preflight(
        self, ref: ModelRef, options: LoadOptions, *, force: bool, reclaimable: int, cancel: threading.Event
    ) -> None:
        """Checks before the current model is let go (it stays loaded if these fail): raises LoadRefused
        when the model will not fit in memory (unless `force`), ModelLoadError when it cannot be used.
        `reclaimable` is the memory unloading the current model gives back."""
        ...

    def load(
        self, ref: ModelRef, options: LoadOptions, on_progress: Callable[[float], bool] | None = None
    ) -> ModelInfo:
        """Load in place of the current model; `on_progress` (0..1) returns False to cancel."""
        ...

    def unload(self) -> None: ...

    def stream(self, request: ReplyRequest, result: ReplyResult) -> Iterator[Delta]:
        """The reply as typed deltas, a Usage last; `result` is filled in as it goes and when it ends."""
        ...

    def drop_cache(self, key: str) -> None:
        """A conversation is gone or was rewritten: drop whatever is kept for it."""
        ...


class Sequence(Protocol):
    """A reply a batching backend is generating, one step at a time beside the others."""

    done: bool
    error: str  # set when it failed: the reply ends with this message

    def take(self) -> list[Delta]:
        """The deltas made since the last take (a Usage last, once done)."""
        ...


@runtime_checkable
class BatchingBackend(Protocol):
    """A backend that answers several requests at once (`capabilities.parallel` of them): the runner
    admits replies while it has room, and calls `step` to advance all of them by one decode."""

    @property
    def free_sequences(self) -> int: ...

    def admit(self, request: ReplyRequest, result: ReplyResult) -> Sequence: ...

    def step(self) -> list[Sequence]:
        """One decode for every reply admitted: those with new deltas, or that ended."""
        ...


BackendMaker = Callable[[], Backend]


class BackendRegistry:
    """Which backend runs which kind of model. A new backend is one `register` call: nothing else changes."""

    def __init__(self, makers: dict[str, BackendMaker] | None = None) -> None:
        self._makers: dict[str, BackendMaker] = dict(makers or {})

    def register(self, kind: str, maker: BackendMaker) -> None:
        self._makers[kind] = maker

    @property
    def kinds(self) -> tuple[str, ...]:
        return tuple(self._makers)

    def make(self, kind: str) -> Backend:
        maker = self._makers.get(kind)
        if maker is None:
            raise EngineError(f"Hearth cannot run models of the kind {kind!r}")
        return maker()
