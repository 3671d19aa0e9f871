"""The HTTP API: OpenAI's endpoints over the shared runtime, behind the guard (security.py).

Starlette gives the routing and the streamed responses (server-sent events) over uvicorn, the
stack llama-cpp-python's own server uses; the rest is Hearth's: request checks, the runtime's
jobs, and errors in OpenAI's format. Nothing about a request is written to disk unless the user
keeps API conversations.
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from desktop.server.errors import ApiError
from desktop.server.gateway import ApiReply, Gateway, model_id
from desktop.server.requests import Completion, parse_completion, parse_json
from desktop.server.responses import Shape, event, model_list

log = logging.getLogger(__name__)

# A reply that has ended, with its conversation: the window may keep it (Settings ▸ keep API conversations).
Archive = Callable[[Completion, str, ApiReply], None]


def create_app(gateway: Gateway, archive: Archive | None = None) -> Starlette:
    started = int(time.time())

    async def health(_request: Request) -> Response:
        loaded = gateway.loaded()
        # Requests open on this server, and replies the model is generating for anyone (the window too).
        status = {
            "status": "ok",
            "model": model_id(loaded) if loaded else None,
            "active": gateway.active,
            "generating": gateway.runner.running,
        }
        return JSONResponse(status)

    async def models(_request: Request) -> Response:
        loaded = gateway.loaded()
        contexts = {model_id(loaded): loaded.context_length} if loaded is not None else {}
        return JSONResponse(model_list(gateway.model_ids(), started, contexts))

    async def chat(request: Request) -> Response:
        return await complete(request, chat=True)

    async def text(request: Request) -> Response:
        return await complete(request, chat=False)

    async def embeddings(request: Request) -> Response:
        parse_json(await request.body())
        raise ApiError(
            400,
            "the loaded model is a chat model and makes no embeddings; no embedding model is loaded",
            param="model",
            code="embeddings_not_supported",
        )

    async def complete(request: Request, chat: bool) -> Response:
        completion = parse_completion(parse_json(await request.body()), chat=chat)
        model = await gateway.model_for(completion.model)
        reply = gateway.start(completion, model)
        try:
            await reply.begun()
        except BaseException:
            gateway.done(reply)
            raise
        shape = Shape(chat, model_id(model))
        if not completion.stream:
            try:
                text = "".join([piece async for piece in reply.texts()])
            finally:
                gateway.done(reply)
            if archive is not None:
                archive(completion, text, reply)
            return JSONResponse(shape.whole(text, reply.result))
        return StreamingResponse(
            _events(gateway, reply, shape, completion, archive),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
        )

    routes = [
        Route("/health", health, methods=["GET"]),
        Route("/v1/models", models, methods=["GET"]),
        Route("/v1/chat/completions", chat, methods=["POST"]),
        Route("/v1/completions", text, methods=["POST"]),
        Route("/v1/embeddings", embeddings, methods=["POST"]),
    ]
    handlers: dict[type[Exception] | int, Callable[[Request, Exception], Awaitable[Response]]] = {
        ApiError: _api_error,
        HTTPException: _http_error,
        Exception: _server_error,
    }
    return Starlette(routes=routes, exception_handlers=handlers)


async def _events(
    gateway: Gateway, reply: ApiReply, shape: Shape, completion: Completion, archive: Archive | None
) -> AsyncIterator[bytes]:
    """The reply as server-sent events. Cancelled when the client goes away: its reply is then stopped."""
    pieces: list[str] = []
    try:
        yield event(shape.chunk(first=True))
        async for piece in reply.texts():
            pieces.append(piece)
            yield event(shape.chunk(piece))  # a batch of tokens may come as one chunk
        yield event(shape.chunk(finish=reply.result.finish))
        if completion.include_usage:
            yield event(shape.usage_chunk(reply.result))
        yield event("[DONE]")
    except ApiError as error:  # the model failed part-way: said in the stream, as OpenAI does
        yield event(error.body())
    finally:
        gateway.done(reply)  # stops it when the client left mid-stream
    if archive is not None:
        archive(completion, "".join(pieces), reply)


async def _api_error(_request: Request, error: Exception) -> Response:
    assert isinstance(error, ApiError)
    return error.response()


async def _http_error(_request: Request, error: Exception) -> Response:
    assert isinstance(error, HTTPException)
    if error.status_code == 405:
        return ApiError(405, "this endpoint does not take that method").response()
    return ApiError(
        error.status_code, "there is no such endpoint" if error.status_code == 404 else str(error.detail)
    ).response()


async def _server_error(_request: Request, error: Exception) -> Response:
    log.exception("a request failed", exc_info=error)
    return ApiError(500, "the server failed on this request").response()
