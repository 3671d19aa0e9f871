"""What the server refuses before a request reaches the model.

- A Host header that names neither the address the server is bound to nor localhost: a web page
  that points a name of its own at 127.0.0.1 (DNS rebinding) must not reach the model through
  the browser. A server bound for other computers checks the API key instead.
- A request from a web page (an Origin header) whose origin the user did not allow, and a POST
  that is not JSON: a page cannot send JSON to another origin without asking first, and Hearth
  sends no CORS headers unless the user allowed that origin.
- A missing or wrong API key, where one is set (compared in constant time).
- A body over the limit (413), or one that arrives too slowly (408); a client that stops reading
  a reply is dropped after a while, so it cannot hold a sequence of the model for ever.
"""

from __future__ import annotations

import asyncio
import hmac
import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from desktop.server.errors import ApiError

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]

MAX_BODY_BYTES = 8 << 20
READ_TIMEOUT_S = 30.0
WRITE_TIMEOUT_S = 60.0
LOCAL_NAMES = ("localhost", "127.0.0.1", "[::1]", "::1")
OPEN_PATHS = ("/health",)  # tells nothing but that the server is up


class Guard:
    def __init__(
        self,
        app: App,
        *,
        bound_host: str,
        api_key: str = "",
        allowed_origins: tuple[str, ...] = (),
        max_body: int = MAX_BODY_BYTES,
        read_timeout_s: float = READ_TIMEOUT_S,
        write_timeout_s: float = WRITE_TIMEOUT_S,
    ) -> None:
        self.app = app
        self.api_key = api_key
        self.allowed_origins = allowed_origins
        self.max_body, self.read_timeout_s, self.write_timeout_s = max_body, read_timeout_s, write_timeout_s
        local = bound_host in LOCAL_NAMES
        self.hosts = {*LOCAL_NAMES, bound_host} if local else None  # None: any Host (the key is checked)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        cors = self._cors(headers)
        if scope["method"] == "OPTIONS" and cors:  # a preflight from a page the user allowed
            allow = [
                (b"access-control-allow-methods", b"GET, POST, OPTIONS"),
                (b"access-control-allow-headers", b"authorization, content-type"),
            ]
            await send({"type": "http.response.start", "status": 204, "headers": [*cors, *allow]})
            await send({"type": "http.response.body", "body": b""})
            return
        try:
            self._check(scope, headers)
            body = await self._body(receive, headers) if scope["method"] in ("POST", "PUT", "PATCH") else b""
        except ApiError as error:
            await _answer(send, error)
            return
        await self.app(scope, _replay(body, receive), self._sender(send, cors))

    def _check(self, scope: Scope, headers: dict[str, str]) -> None:
        host = headers.get("host", "")
        name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        if self.hosts is not None and name.lower() not in self.hosts:
            raise ApiError(403, "this server answers only requests addressed to localhost", code="host_not_allowed")
        origin = headers.get("origin")
        if origin is not None and origin not in self.allowed_origins:
            raise ApiError(403, f"requests from web pages of {origin} are not allowed", code="origin_not_allowed")
        if self.api_key and scope["path"] not in OPEN_PATHS:
            given = headers.get("authorization", "")
            token = given[7:] if given[:7].lower() == "bearer " else ""
            if not hmac.compare_digest(token.encode("utf-8", "replace"), self.api_key.encode("utf-8")):
                raise ApiError(401, "a valid API key is needed (Authorization: Bearer …)", code="invalid_api_key")
        if scope["method"] == "POST":
            kind = headers.get("content-type", "").split(";", 1)[0].strip().lower()
            if kind != "application/json":
                raise ApiError(415, "the request body must be JSON (Content-Type: application/json)")

    async def _body(self, receive: Receive, headers: dict[str, str]) -> bytes:
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_body:
            raise ApiError(413, f"the request body is over {self.max_body >> 20} MB", code="request_too_large")
        chunks, size = [], 0
        while True:
            try:
                message = await asyncio.wait_for(receive(), self.read_timeout_s)
            except TimeoutError:
                raise ApiError(408, "the request body did not arrive in time") from None
            if message["type"] == "http.disconnect":
                raise ApiError(400, "the client went away")
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                raise ApiError(413, f"the request body is over {self.max_body >> 20} MB", code="request_too_large")
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)

    def _cors(self, headers: dict[str, str]) -> list[tuple[bytes, bytes]]:
        origin = headers.get("origin")
        if origin is None or origin not in self.allowed_origins:
            return []
        return [(b"access-control-allow-origin", origin.encode("latin-1")), (b"vary", b"Origin")]

    def _sender(self, send: Send, cors: list[tuple[bytes, bytes]]) -> Send:
        async def guarded(message: Message) -> None:
            if cors and message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *cors]}
            # A client that stops reading: the write gives up, and the reply it was reading is stopped.
            await asyncio.wait_for(send(message), self.write_timeout_s)

        return guarded


def _replay(body: bytes, receive: Receive) -> Receive:
    """The body, read already, given to the app again; then what the client sends (a disconnect)."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


async def _answer(send: Send, error: ApiError) -> None:
    body = json.dumps(error.body()).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": error.status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
