"""A scripted engine for fast UI tests: replies are queued text, streamed piece by piece.

It has the real engine's shape (desktop.core.engine.protocol.Engine). Replies can be made
slow (`delay_s` per piece) so tests can press Stop mid-stream, and loads can be made to fail.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path

from desktop.core.engine.types import (
    ChatMessage,
    ContextFullError,
    LoadOptions,
    ModelInfo,
    ModelLoadError,
    ReplyRequest,
    ReplyResult,
)


class ScriptedEngine:
    def __init__(self, replies: list[list[str]] | None = None, delay_s: float = 0.0) -> None:
        self.replies: deque[list[str]] = deque(replies or [])
        self.delay_s = delay_s
        self.load_delay_s = 0.0
        self.pad_context = False
        self.fail_paths: dict[str, str] = {}
        self.requests: list[ReplyRequest] = []
        self.loads: list[str] = []
        self.counted_with: list[str] = []  # the model loaded at each count of tokens
        self._model: ModelInfo | None = None
        self._context = 4096
        self.started = threading.Event()

    @property
    def model(self) -> ModelInfo | None:
        return self._model

    @property
    def context_size(self) -> int:
        return self._context if self._model else 0

    def load(
        self,
        path: str | Path,
        options: LoadOptions | None = None,
        on_progress: Callable[[float], bool] | None = None,
    ) -> ModelInfo:
        options = options or LoadOptions()
        self.loads.append(str(path))
        for step in range(5):
            if on_progress is not None and not on_progress(step / 4):
                raise ModelLoadError(path, "loading cancelled")
            time.sleep(self.load_delay_s / 5)
        if str(path) in self.fail_paths:
            raise ModelLoadError(path, self.fail_paths[str(path)])
        self._context = options.context_length or 4096
        if self.pad_context:  # as llama.cpp does: 3000 becomes 3072
            self._context = -(-self._context // 256) * 256
        self._model = ModelInfo(
            path=str(path),
            name=Path(path).stem,
            architecture="scripted",
            context_length=self._context,
            train_context_length=8192,
            size_bytes=1,
            parameters=1,
            gpu_layers=0,
            backend="CPU",
            load_seconds=self.load_delay_s,
        )
        return self._model

    def unload(self) -> None:
        self._model = None

    def count_tokens(self, messages: list[ChatMessage], key: str | None = None) -> int:
        self.counted_with.append(self._model.path if self._model else "")
        # About a token a word; str.count, not split(): a pasted megabyte is counted in a millisecond.
        return sum(m.content.count(" ") + 5 for m in messages)

    def forget(self, key: str) -> None:
        pass

    def stream(self, request: ReplyRequest, result: ReplyResult | None = None) -> Iterator[str]:
        result = result if result is not None else ReplyResult()
        if self._model is None:
            raise ModelLoadError("", "no model is loaded")
        used = self.count_tokens(request.messages)
        if used >= self._context:
            raise ContextFullError(used, self._context, used)
        self.requests.append(request)
        pieces = self.replies.popleft() if self.replies else ["Hello", " from", " the", " script", "."]
        started = time.perf_counter()
        self.started.set()
        result.finish = "stop"
        for index, piece in enumerate(pieces):
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
                yield piece
                break
            yield piece
        result.seconds = time.perf_counter() - started
        result.tokens_per_s = result.tokens / result.seconds if result.seconds else 0.0
        result.context_used, result.context_size = used + result.tokens, self._context
