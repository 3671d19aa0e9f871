"""A stand-in OpenAI-compatible server on 127.0.0.1 that can be told to misbehave, one request at a time.

GET /v1/models lists `models`; POST /v1/chat/completions and /v1/completions answer with the next
queued `Script` (a normal streamed reply when none is queued). A script says the status, headers
and body pieces, how the body is framed (chunked, or ended by closing the connection), whether the
server holds before its headers, and what happens after the pieces: the stream ends, the
connection is dropped, or the server holds it open until the client goes away. Every request is
recorded (`bodies` gives the JSON each path was sent), and `disconnected` is set when the server
sees a client leave in the middle of an answer (a write fails, or a held socket reads as closed).
The tokenizer endpoints of llama-server, vLLM and llama-cpp-python are served only where
`tokenizer` names that kind. `tool_reply_events` makes a reply as a reasoning model calling tools
streams it: thinking, then each call in fragments.
"""

from __future__ import annotations

import json
import select
import socket
import socketserver
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal

Framing = Literal["chunked", "close"]
After = Literal["end", "drop", "hold"]


def event(data: object) -> bytes:
    """One server-sent event holding `data` as JSON (or as it is, for a str)."""
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    return f"data: {text}\n\n".encode()


def delta(content: str, finish: str | None = None) -> bytes:
    return event({"choices": [{"index": 0, "delta": {"content": content}, "finish_reason": finish}]})


def reply_events(
    texts: Iterable[str], finish: str = "stop", usage: dict[str, int] | None = None, done: bool = True
) -> list[bytes]:
    """A well-formed streamed chat reply: one event per text, the finish reason, usage, [DONE]."""
    pieces = [delta(text) for text in texts]
    pieces.append(event({"choices": [{"index": 0, "delta": {}, "finish_reason": finish}]}))
    if usage is not None:
        pieces.append(event({"choices": [], "usage": usage}))
    if done:
        pieces.append(b"data: [DONE]\n\n")
    return pieces


ReasoningField = Literal["reasoning_content", "reasoning"]
ENVELOPE = {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1, "model": "tiny"}


def chunk(delta: dict[str, Any], finish: str | None = None) -> bytes:
    """A chunk of a streamed chat reply with all of OpenAI's envelope (id, object, created, model)."""
    return event({**ENVELOPE, "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]})


def reasoning_delta(text: str, field: ReasoningField = "reasoning_content") -> bytes:
    """Thinking as servers stream it: `reasoning_content` (llama-server, vLLM, DeepSeek) or `reasoning`
    (Ollama, OpenRouter)."""
    return chunk({field: text})


def tool_calls_delta(*calls: dict[str, Any]) -> bytes:
    """One delta holding `tool_calls` exactly as given (any shape: a test of what a server may send)."""
    return chunk({"tool_calls": list(calls)})


@dataclass(frozen=True)
class ScriptedCall:
    name: str
    arguments: str  # JSON text, streamed `fragment` characters at a time
    id: str = ""  # "": call_<index>


def tool_call_fragments(index: int, call: ScriptedCall, fragment: int = 4) -> list[bytes]:
    """A call as OpenAI streams it: index, id, type and name with empty arguments, then the arguments in
    pieces carrying only the index."""
    first = {"index": index, "id": call.id or f"call_{index}", "type": "function"}
    pieces = [tool_calls_delta({**first, "function": {"name": call.name, "arguments": ""}})]
    for start in range(0, len(call.arguments), max(fragment, 1)):
        more = call.arguments[start : start + fragment]
        pieces.append(tool_calls_delta({"index": index, "function": {"arguments": more}}))
    return pieces


def tool_reply_events(
    reasoning: Iterable[str] = (),
    calls: Iterable[ScriptedCall] = (),
    texts: Iterable[str] = (),
    field: ReasoningField = "reasoning_content",
    fragment: int = 4,
    usage: dict[str, int] | None = None,
) -> list[bytes]:
    """A reasoning model's reply that calls tools, in chunks shaped as OpenAI's: the role, its thinking,
    any text, each call in fragments, the finish reason "tool_calls" (or "stop" when it calls none),
    usage and [DONE]."""
    pieces = [chunk({"role": "assistant", "content": ""})]
    pieces += [reasoning_delta(text, field) for text in reasoning]
    pieces += [chunk({"content": text}) for text in texts]
    scripted = list(calls)
    for index, call in enumerate(scripted):
        pieces += tool_call_fragments(index, call, fragment)
    pieces.append(chunk({}, "tool_calls" if scripted else "stop"))
    if usage is not None:
        pieces.append(event({**ENVELOPE, "choices": [], "usage": usage}))
    pieces.append(b"data: [DONE]\n\n")
    return pieces


def endless(text: str = "la") -> Iterator[bytes]:
    """A reply that never ends: no finish reason, no [DONE]."""
    while True:
        yield delta(text)


def error_body(message: str, kind: str = "invalid_request_error") -> bytes:
    return json.dumps({"error": {"message": message, "type": kind, "code": None}}).encode()


@dataclass
class Script:
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    # The body's pieces, each written (and flushed) on its own; a callable makes them as they go.
    body: Iterable[bytes] | Callable[[], Iterable[bytes]] = field(default_factory=lambda: reply_events(["Hi"]))
    framing: Framing = "chunked"
    hold_before_headers: bool = False  # a server thinking over a long prompt before it answers
    pause_s: float = 0.0  # between pieces: a slow stream
    after: After = "end"
    content_type: str = "text/event-stream"


@dataclass
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: Any  # the JSON sent, or None

    @property
    def authorization(self) -> str:
        return self.headers.get("authorization", "")


class HostileOpenAI:
    """`with HostileOpenAI() as server:` serves on its own port until the block ends."""

    def __init__(self) -> None:
        self.models: list[Any] = [{"id": "tiny"}]
        self.scripts: deque[Script] = deque()  # the answers to the next chat or completion requests
        self.model_scripts: deque[Script] = deque()  # the answers to the next /v1/models requests
        self.tokenizer: Literal["none", "llama-server", "vllm", "llama-cpp-python"] = "none"
        self.props: dict[str, Any] | None = None  # llama-server's /props, where served
        # vLLM's /tokenize lays a chat out apart with `enable_thinking` off (Qwen3's empty think block).
        self.thinking_template = False
        self.failing: dict[str, int] = {}  # path: the status every request to it gets (Retry-After: 0)
        self.answers: dict[str, Any] = {}  # path: the JSON every request to it gets (200), whatever it asked
        self.requests: list[Received] = []
        self.disconnected = threading.Event()  # a client left in the middle of an answer
        self.streaming = threading.Event()  # the first piece of a streamed body was sent
        self.holding = threading.Event()  # the server is holding a connection (before or after its headers)
        self.received = threading.Event()  # any request arrived
        self._closing = threading.Event()
        self._lock = threading.Lock()
        self._server = _Server(("127.0.0.1", 0), _handler_for(self))
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.01}, name="hostile-openai", daemon=True
        )

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> HostileOpenAI:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._closing.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)

    def __enter__(self) -> HostileOpenAI:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()

    def queue(self, *scripts: Script) -> None:
        self.scripts.extend(scripts)

    def paths(self, method: str | None = None) -> list[str]:
        with self._lock:
            return [r.path for r in self.requests if method is None or r.method == method]

    def bodies(self, path: str) -> list[Any]:
        """The JSON of every request to `path`, in the order they came."""
        with self._lock:
            return [r.body for r in self.requests if r.path == path]

    def last(self, path: str) -> Received:
        with self._lock:
            return next(r for r in reversed(self.requests) if r.path == path)

    # -- the handler's side -------------------------------------------------------------------------

    def _record(self, received: Received) -> None:
        with self._lock:
            self.requests.append(received)
        self.received.set()

    def _answer_json(self, path: str, body: Any) -> tuple[int, Any] | None:
        """The tokenizer and props endpoints: (status, JSON), or None where this server has none."""
        kind = self.tokenizer
        if path in self.answers:
            return 200, self.answers[path]
        if path == "/props" and self.props is not None:
            return 200, self.props
        if path == "/tokenize" and kind == "llama-server":
            if not isinstance(body, dict) or not isinstance(body.get("content"), str):
                return 400, {"error": {"message": "content is required"}}
            return 200, {"tokens": list(range(len(body["content"].split())))}
        if path == "/apply-template" and kind == "llama-server":
            chat = body.get("messages", []) if isinstance(body, dict) else []
            prompt = "".join(f"<|{m['role']}|> {m['content']} " for m in chat) + "<|assistant|>"
            return 200, {"prompt": prompt}
        if path == "/tokenize" and kind == "vllm":
            if not isinstance(body, dict):
                return 400, {"error": {"message": "a JSON object"}}
            if isinstance(body.get("prompt"), str):
                return 200, {"count": len(body["prompt"].split()), "max_model_len": 8192, "tokens": []}
            if isinstance(body.get("messages"), list):
                words = sum(len(str(m.get("content", "")).split()) + 2 for m in body["messages"])
                switch = (body.get("chat_template_kwargs") or {}).get("enable_thinking")
                think_block = 4 if self.thinking_template and switch is False else 0
                return 200, {"count": words + 1 + think_block, "max_model_len": 8192, "tokens": []}
            return 400, {"error": {"message": "prompt or messages is required"}}
        if path == "/extras/tokenize/count" and kind == "llama-cpp-python":
            text = body.get("input", "") if isinstance(body, dict) else ""
            return 200, {"count": len(str(text).split())}
        return None


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def server_bind(self) -> None:
        # HTTPServer's own looks its host up (socket.getfqdn): a slow reverse lookup for every test.
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = str(self.server_address[0]), int(self.server_address[1])

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], ConnectionError):
            return  # a client that closed its kept-alive connection, or went away mid-answer: expected here
        super().handle_error(request, client_address)


def _handler_for(server: HostileOpenAI) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body are written apart: no 40 ms wait for an ACK each

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def _received(self, body: Any) -> None:
            headers = {k.lower(): v for k, v in self.headers.items()}
            server._record(Received(self.command, self.path, headers, body))

        def _read_body(self) -> Any:
            length = int(self.headers.get("content-length") or 0)
            raw = self.rfile.read(length) if length else b""
            try:
                return json.loads(raw) if raw else None
            except ValueError:
                return None

        def _send_json(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

        def _failing(self) -> bool:
            status = server.failing.get(self.path)
            if status is None:
                return False
            self._send_json(status, {"error": {"message": f"{self.path} failed on purpose"}}, {"Retry-After": "0"})
            return True

        def do_GET(self) -> None:
            self._received(None)
            if self._failing():
                return
            if self.path == "/v1/models":
                if server.model_scripts:
                    self._play(server.model_scripts.popleft())
                    return
                self._send_json(200, {"object": "list", "data": server.models})
                return
            answer = server._answer_json(self.path, None)
            if answer is None:
                self._send_json(404, {"error": {"message": f"no route {self.path}", "type": "not_found"}})
            else:
                self._send_json(*answer)

        def do_POST(self) -> None:
            body = self._read_body()
            self._received(body)
            if self._failing():
                return
            if self.path in ("/v1/chat/completions", "/v1/completions"):
                self._play(server.scripts.popleft() if server.scripts else Script())
                return
            answer = server._answer_json(self.path, body)
            if answer is None:
                self._send_json(404, {"error": {"message": f"no route {self.path}", "type": "not_found"}})
            else:
                self._send_json(*answer)

        # -- a script ---------------------------------------------------------------------------

        def _play(self, script: Script) -> None:
            if script.hold_before_headers:
                self._hold()
                return
            self.send_response(script.status)
            self.send_header("Content-Type", script.content_type)
            for name, value in script.headers.items():
                self.send_header(name, value)
            if script.framing == "chunked":
                self.send_header("Transfer-Encoding", "chunked")
            else:
                self.send_header("Connection", "close")
                self.close_connection = True
            self.end_headers()
            pieces = script.body() if callable(script.body) else script.body
            try:
                for piece in pieces:
                    self._write(piece, script.framing)
                    server.streaming.set()
                    if script.pause_s and server._closing.wait(script.pause_s):
                        return
                if script.after == "drop":
                    self._drop()
                    return
                if script.after == "hold":
                    self._hold()
                    return
                if script.framing == "chunked":
                    self.wfile.write(b"0\r\n\r\n")
            except OSError:  # BrokenPipeError, ConnectionResetError: the client went away
                server.disconnected.set()
                self.close_connection = True

        def _write(self, piece: bytes, framing: Framing) -> None:
            if framing == "chunked":
                if piece:
                    self.wfile.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
            else:
                self.wfile.write(piece)
            self.wfile.flush()

        def _drop(self) -> None:
            """End the connection in the middle of the body: no last chunk, no more bytes."""
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)

        def _hold(self) -> None:
            """Say nothing until the client goes away (or the server closes)."""
            self.close_connection = True
            server.holding.set()
            connection = self.connection
            while not server._closing.is_set():
                readable, _, _ = select.select([connection], [], [], 0.01)
                if readable:
                    try:
                        gone = connection.recv(1, socket.MSG_PEEK) == b""
                    except OSError:
                        gone = True
                    if gone:
                        server.disconnected.set()
                        return

    return Handler
