"""A scripted backend for fast UI tests: replies are queued text, streamed piece by piece.

It plugs into the runtime exactly as the llama.cpp backend does (desktop.core.runtime.backend.
Backend, registered by kind in a BackendRegistry): the window, the terminal and the session
cannot tell it apart. Replies can be made slow (`delay_s` per piece), or held after their first
`hold_after` pieces until they are stopped or `release` is set (`holding` is set meanwhile), so a
test can press Stop mid-stream, or act between two pieces, knowing the reply cannot end first;
files can be refused by the checks before a load (`bad_paths`, `refuse_paths`) or fail in the
load itself (`fail_paths`).
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path

from desktop.core.messages import ChatMessage
from desktop.core.runtime.backend import BackendRegistry
from desktop.core.runtime.types import (
    Capabilities,
    ContextFullError,
    Delta,
    LoadOptions,
    LoadRefused,
    ModelInfo,
    ModelLoadError,
    ModelRef,
    ReplyRequest,
    ReplyResult,
    TextDelta,
)

HOLD_S = 30.0  # a held reply goes on by itself after this long, so a broken Stop fails a test, not hangs it


class ScriptedBackend:
    def __init__(self, replies: list[list[str]] | None = None, delay_s: float = 0.0) -> None:
        self.replies: deque[list[str]] = deque(replies or [])
        self.delay_s = delay_s
        self.hold_after: int | None = None  # after this many pieces, wait for Stop or `release` (at most HOLD_S)
        self.holding = threading.Event()  # set once a reply is held
        self.release = threading.Event()  # lets a held reply go on
        self.load_delay_s = 0.0
        self.pad_context = False
        self.fail_paths: dict[str, str] = {}  # fail in load(), after the model before it was let go
        self.bad_paths: dict[str, str] = {}  # refused by the checks before a load (as validation does)
        self.refuse_paths: dict[str, str] = {}  # too big for memory, unless the user insists
        self.requests: list[ReplyRequest] = []
        self.loads: list[str] = []
        self.preflights: list[tuple[str, bool]] = []  # (path, forced)
        self.load_options: list[LoadOptions] = []
        self.counted_with: list[str] = []  # the model loaded at each count of tokens
        self.dropped: list[str] = []
        self.extra_deltas: list[Delta] = []  # yielded before each reply's text (thinking, tool calls)
        self.deltas_per_reply: deque[list[Delta]] = deque()  # in place of extra_deltas, one list per reply
        self._model: ModelInfo | None = None
        self._context = 4096
        self.started = threading.Event()
        self.threads: set[str] = set()  # the threads that called it: only its runner's may
        self.unloads = 0

    @property
    def capabilities(self) -> Capabilities:
        return Capabilities(token_counting="estimate")

    @property
    def model(self) -> ModelInfo | None:
        return self._model

    @property
    def context_size(self) -> int:
        return self._context if self._model else 0

    def preflight(
        self, ref: ModelRef, options: LoadOptions, *, force: bool, reclaimable: int, cancel: threading.Event
    ) -> None:
        self.preflights.append((ref.path, force))
        if ref.path in self.refuse_paths and not force:
            raise LoadRefused(self.refuse_paths[ref.path])
        if ref.path in self.bad_paths:
            raise ModelLoadError(ref.path, self.bad_paths[ref.path])

    def load(
        self,
        ref: ModelRef | str | Path,
        options: LoadOptions | None = None,
        on_progress: Callable[[float], bool] | None = None,
    ) -> ModelInfo:
        ref = ref if isinstance(ref, ModelRef) else ModelRef.gguf(ref)
        options = options or LoadOptions()
        self.threads.add(threading.current_thread().name)
        self.loads.append(ref.path)
        self.load_options.append(options)
        for step in range(5):
            if on_progress is not None and not on_progress(step / 4):
                raise ModelLoadError(ref.path, "loading cancelled")
            time.sleep(self.load_delay_s / 5)
        if ref.path in self.fail_paths:
            raise ModelLoadError(ref.path, self.fail_paths[ref.path])
        self._context = options.context_length or 4096
        if self.pad_context:  # as llama.cpp does: 3000 becomes 3072
            self._context = -(-self._context // 256) * 256
        self._model = ModelInfo(
            path=ref.stored(),
            name=Path(ref.path).stem or ref.name,
            architecture="scripted",
            context_length=self._context,
            train_context_length=8192,
            size_bytes=1,
            parameters=1,
            gpu_layers=0,
            backend="CPU",
            load_seconds=self.load_delay_s,
            ref=ref,
        )
        return self._model

    def unload(self) -> None:
        self.threads.add(threading.current_thread().name)
        if self._model is not None:
            self.unloads += 1
        self._model = None

    def count_tokens(self, messages: list[ChatMessage], key: str | None = None) -> int:
        self.counted_with.append(self._model.path if self._model else "")
        # About a token a word; str.count, not split(): a pasted megabyte is counted in a millisecond.
        return sum(m.content.count(" ") + 5 for m in messages)

    def count_texts(self, texts: list[str]) -> list[int]:
        return [text.count(" ") + 1 for text in texts]

    def drop_cache(self, key: str) -> None:
        self.dropped.append(key)

    def stream(self, request: ReplyRequest, result: ReplyResult) -> Iterator[Delta]:
        self.threads.add(threading.current_thread().name)
        if self._model is None:
            raise ModelLoadError("", "no model is loaded")
        used = self.count_tokens(request.messages)
        if used >= self._context:
            raise ContextFullError(used, self._context, used)
        self.requests.append(request)
        pieces = self.replies.popleft() if self.replies else ["Hello", " from", " the", " script", "."]
        yield from self.deltas_per_reply.popleft() if self.deltas_per_reply else self.extra_deltas
        started = time.perf_counter()
        self.started.set()
        result.finish = "stop"
        for index, piece in enumerate(pieces):
            if index == self.hold_after:
                self._hold(request.stop)
            if request.stop.is_set():
                result.finish = "stopped"
                break
            if self.delay_s:
                request.stop.wait(self.delay_s)
                if request.stop.is_set():
                    result.finish = "stopped"
                    break
            if index == 0:
                result.ttft_s = time.perf_counter() - started
            result.tokens += 1
            result.text += piece
            if result.tokens >= request.settings.max_tokens:
                result.finish = "length"
                yield TextDelta(piece)
                break
            yield TextDelta(piece)
        result.seconds = time.perf_counter() - started
        result.tokens_per_s = result.tokens / result.seconds if result.seconds else 0.0
        result.context_used, result.context_size = used + result.tokens, self._context
        yield result.usage()

    def _hold(self, stop: threading.Event) -> None:
        self.holding.set()
        deadline = time.monotonic() + HOLD_S
        while not (stop.is_set() or self.release.is_set()) and time.monotonic() < deadline:
            stop.wait(0.01)  # woken at once by Stop; `release` is looked at every 10 ms


def backends_for(backend: ScriptedBackend, kind: str = "gguf") -> BackendRegistry:
    """A registry whose backend for `kind` (GGUF files, by default) is this scripted one."""
    return BackendRegistry({kind: lambda: backend})
