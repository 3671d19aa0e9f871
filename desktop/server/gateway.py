"""The server's way to the chat model: each request becomes a job of the shared runner.

The runner lives on its own thread and tells listeners there; a request's listener hands each
event to the server's asyncio loop, where the HTTP response is written. A client that goes away
stops its reply (the runner ends it between two tokens); the other requests go on beside it,
and so does the window's chat, which is one more sequence of the same loaded model.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, replace
from typing import Any

from desktop.core.library.files import display_name
from desktop.core.messages import ChatMessage
from desktop.core.runtime.handle import HandleListener, ModelHandle
from desktop.core.runtime.jobs import ReplyJob
from desktop.core.runtime.runner import ModelRunner
from desktop.core.runtime.types import (
    ContextFullError,
    Delta,
    LoadOptions,
    ModelInfo,
    ModelRef,
    ReplyRequest,
    ReplyResult,
    RequestRejected,
    TextDelta,
)
from desktop.core.session.context_policy import ContextFitter
from desktop.server.errors import ApiError
from desktop.server.requests import Completion

log = logging.getLogger(__name__)

# Tokens are handed to the HTTP side at most this often (the first at once): one event per token
# costs the server and its client a wake-up and a JSON chunk each, CPU the model needs on a small
# machine; 15 ms is about one token here, two or three on a fast computer, and no one sees it.
STREAM_BATCH_S = 0.015


@dataclass(frozen=True)
class LibraryModel:
    id: str  # what clients call it: the name the library shows
    ref: ModelRef


class ApiReply:
    """One request's reply, seen from the asyncio loop. Its listener methods run on the runner's thread."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self._events: asyncio.Queue[tuple[str, Any]] = asyncio.Queue()
        self.job: ReplyJob | None = None
        self.ended = False

    def _put(self, kind: str, value: Any = None) -> None:
        self._loop.call_soon_threadsafe(self._events.put_nowait, (kind, value))

    def started(self, job: ReplyJob) -> None:
        self._put("started")

    def deltas(self, job: ReplyJob, deltas: list[Delta]) -> None:
        self._put("deltas", deltas)

    def finished(self, job: ReplyJob) -> None:
        self._put("finished")

    def failed(self, job: ReplyJob, message: str) -> None:
        self._put("failed", message)

    @property
    def result(self) -> ReplyResult:
        assert self.job is not None
        return self.job.result

    async def begun(self) -> None:
        """Wait until the model has taken the request; raise ApiError if it refused it."""
        kind, value = await self._events.get()
        if kind == "failed":
            self.ended = True
            raise _refusal(self.job, value)
        if kind == "finished":  # stopped before it began
            self.ended = True
            raise ApiError(503, "the request was stopped before it began")

    async def texts(self) -> AsyncIterator[str]:
        """The reply's text as it streams, a piece per batch of tokens; ends when the reply does."""
        while not self.ended:
            kind, value = await self._events.get()
            if kind == "deltas":
                text = "".join(delta.text for delta in value if isinstance(delta, TextDelta))
                if text:
                    yield text
            elif kind == "failed":
                self.ended = True
                raise ApiError(500, f"the model failed: {value}")
            elif kind == "finished":
                self.ended = True

    def stop(self) -> None:
        if self.job is not None and not self.ended:
            self.job.stop()


def _refusal(job: ReplyJob | None, message: str) -> ApiError:
    failure = job.failure if job is not None else None
    if isinstance(failure, ContextFullError):
        return ApiError(400, message, param="messages", code="context_length_exceeded")
    if isinstance(failure, RequestRejected):
        return ApiError(400, message, param="response_format")
    if "No model is loaded" in message:
        return ApiError(503, "no model is loaded", code="model_not_loaded")
    return ApiError(500, f"the model failed: {message}")


class _LoadWaiter(HandleListener):
    def __init__(self, future: asyncio.Future[ModelInfo | str]) -> None:
        self._future = future

    def _set(self, value: ModelInfo | str) -> None:
        if not self._future.done():
            self._future.set_result(value)

    def loaded(self, info: ModelInfo) -> None:
        self._set(info)

    def load_failed(self, path: str, message: str) -> None:
        self._set(message)

    def load_refused(self, path: str, message: str) -> None:
        self._set(message)


class Gateway:
    def __init__(
        self,
        runner: ModelRunner,
        loop: asyncio.AbstractEventLoop,
        library: Callable[[], list[LibraryModel]],
        allow_loading: bool = False,
        on_activity: Callable[[int], None] | None = None,
    ) -> None:
        self.runner, self._loop, self._library = runner, loop, library
        self.allow_loading = allow_loading
        self._on_activity = on_activity
        self._replies: set[ApiReply] = set()
        self._load_lock = asyncio.Lock()
        self.handle = ModelHandle(runner, self._post)

    def _post(self, call: Callable[[], None]) -> None:
        self._loop.call_soon_threadsafe(call)

    @property
    def active(self) -> int:
        return len(self._replies)

    def _activity(self) -> None:
        if self._on_activity is not None:
            self._on_activity(len(self._replies))

    def loaded(self) -> ModelInfo | None:
        return self.runner.model

    def model_ids(self) -> list[str]:
        """The library's models, the loaded one first."""
        loaded = self.loaded()
        ids = [model.id for model in self._library()]
        if loaded is not None:
            name = model_id(loaded)
            ids = [name, *(i for i in ids if i != name)]
        return ids

    async def model_for(self, asked: str) -> ModelInfo:
        """The model that answers a request naming `asked` ("" for the one loaded)."""
        loaded = self.loaded()
        if loaded is not None and (not asked or asked in (model_id(loaded), loaded.path, loaded.name)):
            return loaded
        if not asked:
            raise ApiError(503, "no model is loaded", code="model_not_loaded")
        wanted = next((m for m in self._library() if asked in (m.id, m.ref.path)), None)
        if wanted is None:
            raise ApiError(404, f"the model {asked!r} does not exist", param="model", code="model_not_found")
        if not self.allow_loading:
            current = model_id(loaded) if loaded else "none"
            raise ApiError(
                400,
                f"the model {asked!r} is not loaded (loaded: {current}); Hearth's settings let API clients load models",
                param="model",
                code="model_not_loaded",
            )
        return await self._load(wanted.ref)

    async def _load(self, ref: ModelRef) -> ModelInfo:
        async with self._load_lock:
            loaded = self.loaded()
            if loaded is not None and loaded.path == ref.stored():
                return loaded
            future: asyncio.Future[ModelInfo | str] = self._loop.create_future()
            self.handle.add_listener(_LoadWaiter(future))
            options = self.runner.model_options or LoadOptions()
            self.handle.load(ref, options)
            outcome = await future
            if isinstance(outcome, str):
                raise ApiError(400, outcome, param="model")
            return outcome

    def start(self, completion: Completion, model: ModelInfo) -> ApiReply:
        context = model.context_length
        settings = replace(completion.settings, max_tokens=min(completion.max_tokens or context, context))
        request = ReplyRequest(
            _key(completion),
            list(completion.messages),
            settings,
            output=completion.output,
            stop_strings=completion.stop,
            prompt=completion.prompt,
        )
        if completion.prompt is None:
            request.fit = ContextFitter().fit  # the "stop" policy: a history too long is refused, not cut
        reply = ApiReply(self._loop)
        reply.job = self.runner.reply(request, reply, STREAM_BATCH_S)
        self._replies.add(reply)
        self._activity()
        return reply

    def done(self, reply: ApiReply) -> None:
        reply.stop()
        self._replies.discard(reply)
        self._activity()

    def stop_all(self) -> None:
        for reply in list(self._replies):
            reply.stop()

    def close(self) -> None:
        self.stop_all()
        self.handle.close()


def model_id(info: ModelInfo) -> str:
    """What clients call a loaded model: the name the library shows for it."""
    return display_name(info.path)


def _key(completion: Completion) -> str:
    """Which sequence cache a request looks in: requests that begin alike (one client's chat, turn after
    turn) share one, so the history a client sends again is not evaluated again."""
    head: list[ChatMessage] = completion.messages[:2]
    seed = "\x1f".join(f"{m.role}:{m.content}" for m in head) if head else (completion.prompt or "")[:200]
    return "api:" + hashlib.sha256(seed.encode("utf-8", errors="replace")).hexdigest()[:16]
