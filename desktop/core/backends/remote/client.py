"""HTTP to one OpenAI-compatible server, over httpx2, with every failure turned into one line.

httpx2 (huggingface_hub's HTTP client, a fork of httpx with the same API) rather than the openai
client: Hearth needs what the openai client hides or does its own way. It reads the server's extra
endpoints (llama-server's /props and /tokenize, vLLM's /tokenize, llama-cpp-python's
/extras/tokenize), bounds every line of a stream (1 MB) and every body it reads, never follows a
redirect with the key, retries only 429 and 503 (honouring Retry-After) and can be stopped from
another thread in the middle of a blocking read. httpx2 is already installed with huggingface_hub;
the openai client would add a second HTTP stack (httpx).
"""

from __future__ import annotations

import email.utils
import json
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from contextlib import suppress
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx2

from desktop.core.backends.remote.sse import SseReader, SseTooLarge
from desktop.core.remotes.endpoints import Endpoint
from desktop.core.runtime.types import EngineError
from desktop.core.text import one_line

MAX_EVENT_BYTES = 1 << 20  # one streamed chunk
MAX_BODY_BYTES = 8 << 20  # a JSON answer (a model list, a token list)
MAX_ERROR_BYTES = 64 << 10
RETRIED = (429, 503)
STOP_POLL_S = 0.02  # how soon a Stop pressed during a blocking read closes the connection


class RemoteError(EngineError):
    """What went wrong talking to a server, on one line; `status` is the HTTP status when there was one."""

    def __init__(self, message: str, status: int = 0) -> None:
        super().__init__(message)
        self.status = status


class StreamStopped(Exception):
    """The stream was closed because its reply was stopped."""


@dataclass(frozen=True)
class RemoteModel:
    id: str
    context_length: int = 0  # as the server says in its model list (vLLM's max_model_len); 0: unknown


class RemoteClient:
    def __init__(
        self,
        endpoint: Endpoint,
        api_key: str = "",
        *,
        stall_s: float = 60.0,
        connect_s: float = 5.0,
        retries: int = 3,
        max_retry_wait_s: float = 30.0,
    ) -> None:
        self.endpoint = endpoint
        self.name = endpoint.name
        self.stall_s = stall_s
        self.connect_s = connect_s
        self.retries = retries
        self.max_retry_wait_s = max_retry_wait_s
        headers = {"Accept": "application/json", "User-Agent": "Hearth"}
        api_key = api_key.strip()
        if api_key:
            # A key pasted with a character a header cannot carry would fail deep in httpx, or (a line
            # break) be refused with the key quoted in the error.
            if not (api_key.isascii() and api_key.isprintable()):
                raise RemoteError(
                    f"{self.name}'s API key holds characters an HTTP header cannot carry: enter the key again"
                )
            headers["Authorization"] = f"Bearer {api_key}"
        # The sockets of this client's connections, so that Stop can close the one in use even while
        # the server has not answered yet (httpx gives a response's socket only once it has one).
        self._sockets: list[socket.socket] = []
        self._sockets_lock = threading.Lock()
        self._http = httpx2.Client(
            base_url=endpoint.url,
            headers=headers,
            verify=_verify(endpoint),
            follow_redirects=False,
            timeout=httpx2.Timeout(connect=connect_s, read=stall_s, write=30.0, pool=connect_s),
            # A proxy from the environment is for the network, never for this computer's own servers.
            trust_env=not endpoint.is_loopback,
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> RemoteClient:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # -- plain requests ------------------------------------------------------------------

    def models(self) -> list[RemoteModel]:
        data = self.get_json("/v1/models")
        items = data.get("data") if isinstance(data, dict) else None
        if not isinstance(items, list):
            raise RemoteError(f"{self.name} did not answer /v1/models with a model list")
        models: list[RemoteModel] = []
        for item in items:
            if isinstance(item, dict) and isinstance(item.get("id"), str) and item["id"]:
                models.append(RemoteModel(item["id"], _context_of(item)))
        return models

    def get_json(self, path: str, quiet: bool = False) -> Any:
        """The JSON answer to a GET; `quiet`: a probe of an endpoint the server may not have, asked once
        (a 429 or 503 is not waited out)."""
        return self._json("GET", path, None, quiet)

    def post_json(self, path: str, body: dict[str, Any], quiet: bool = False) -> Any:
        return self._json("POST", path, body, quiet)

    def _json(self, method: str, path: str, body: dict[str, Any] | None, quiet: bool) -> Any:
        with self._open(method, path, body, threading.Event(), retries=0 if quiet else self.retries) as response:
            raw = _read_bounded(response, MAX_BODY_BYTES, self.name)
        try:
            return json.loads(raw)
        except (ValueError, RecursionError):  # RecursionError: nested deeper than Python reads
            raise RemoteError(f"{self.name} answered {path} with something that is not JSON") from None

    # -- streams ------------------------------------------------------------------------

    def stream(self, path: str, body: dict[str, Any], stop: threading.Event) -> Iterator[dict[str, Any]]:
        """The JSON of each server-sent event until "[DONE]". Raises StreamStopped once `stop` is set
        (the connection is closed, so the server stops generating), RemoteError for anything else."""
        done = threading.Event()
        # Watching from before the request is sent: a server thinking over a long prompt may not
        # answer at all for a while, and Stop must end that wait too.
        threading.Thread(target=self._close_on_stop, args=(stop, done), daemon=True).start()
        events = finished = 0
        try:
            with self._open("POST", path, body, stop) as response:
                for data in self._data(response, stop):
                    if data.strip() == "[DONE]":
                        return
                    event = self._event(data)
                    events += 1
                    finished += bool(finish_reason(event))
                    yield event
        except SseTooLarge as error:
            raise RemoteError(f"{self.name} sent {error} in one chunk; the reply was cut there") from None
        finally:
            with self._sockets_lock:  # once this stream is over, its watcher shuts nothing down
                done.set()
        # The body ended without "[DONE]": complete only if the reply said how it finished (a server
        # that ends its body by closing the connection cannot tell a drop from an end otherwise).
        if not events:
            raise RemoteError(f"{self.name} answered {path} without a stream of server-sent events")
        if not finished:
            raise RemoteError(f"{self.name} stopped answering mid-reply (the stream ended before the reply did)")

    def _data(self, response: httpx2.Response, stop: threading.Event) -> Iterator[str]:
        reader = SseReader(MAX_EVENT_BYTES)
        for chunk in self._chunks(response, stop):
            yield from reader.feed(chunk)
        yield from reader.close()

    def _chunks(self, response: httpx2.Response, stop: threading.Event) -> Iterator[bytes]:
        try:
            for chunk in response.iter_bytes():
                if stop.is_set():
                    raise StreamStopped
                yield chunk
        except httpx2.ReadTimeout:
            if stop.is_set():
                raise StreamStopped from None
            raise RemoteError(f"{self.name} stopped sending (nothing for {self.stall_s:g} s)") from None
        except (httpx2.TransportError, OSError) as error:
            if stop.is_set():
                raise StreamStopped from None
            raise RemoteError(f"{self.name} stopped answering mid-reply ({_cause(error)})") from None
        if stop.is_set():
            raise StreamStopped

    def _event(self, data: str) -> dict[str, Any]:
        try:
            event = json.loads(data)
        except (ValueError, RecursionError):  # RecursionError: "[[[[…" a megabyte deep
            raise RemoteError(f"{self.name} sent a malformed stream (a chunk that is not JSON)") from None
        if not isinstance(event, dict):
            raise RemoteError(f"{self.name} sent a malformed stream (a chunk that is not a JSON object)")
        if "error" in event:
            raise RemoteError(f"{self.name} failed mid-reply: {_error_text(event)}")
        return event

    # -- one request, with retries -----------------------------------------------------

    def _open(
        self,
        method: str,
        path: str,
        body: dict[str, Any] | None,
        stop: threading.Event,
        retries: int | None = None,
    ) -> _Opened:
        retries = self.retries if retries is None else retries
        attempt = 0
        while True:
            if stop.is_set():
                raise StreamStopped
            try:
                request = self._http.build_request(method, path, json=body, extensions={"trace": self._trace})
                response = self._http.send(request, stream=True)
            except httpx2.ReadTimeout:
                if stop.is_set():
                    raise StreamStopped from None
                raise RemoteError(f"{self.name} did not answer in {self.stall_s:g} s") from None
            except httpx2.TransportError as error:
                if stop.is_set():
                    raise StreamStopped from None
                raise RemoteError(f"{self.name} is unreachable ({_cause(error)})") from None
            status = response.status_code
            if status < 300:
                return _Opened(response)
            try:
                if status in RETRIED and attempt < retries:
                    delay = _retry_delay(response, attempt, self.max_retry_wait_s)
                    attempt += 1
                    if stop.wait(delay):
                        raise StreamStopped
                    continue
                raise self._failure(response, path, attempts=attempt + 1)
            finally:
                response.close()

    # -- Stop -----------------------------------------------------------------------------

    def _trace(self, event: str, info: dict[str, Any]) -> None:
        """httpcore's trace hook: each new connection's socket (and its TLS socket) is kept."""
        if not event.endswith(("connect_tcp.complete", "start_tls.complete")):
            return
        stream = info.get("return_value")
        sock = stream.get_extra_info("socket") if stream is not None else None
        if isinstance(sock, socket.socket):
            with self._sockets_lock:
                self._sockets = [s for s in self._sockets if s.fileno() != -1]
                self._sockets.append(sock)

    def _close_on_stop(self, stop: threading.Event, done: threading.Event) -> None:
        """Shutting the socket down is what wakes a read blocked on a server that is thinking (a long
        prompt), and what tells the server to stop generating. Repeated until the stream ends: a
        connection made just after the Stop is shut too."""
        while not done.is_set():
            if stop.wait(STOP_POLL_S):
                with self._sockets_lock:
                    if done.is_set():
                        return  # the stream ended meanwhile: the next one's connection is not this one's
                    for sock in self._sockets:
                        with suppress(OSError):
                            # The plain socket's shutdown, also for a TLS one: no TLS goodbye from this thread.
                            socket.socket.shutdown(sock, socket.SHUT_RDWR)
                done.wait(STOP_POLL_S)

    def _failure(self, response: httpx2.Response, path: str, attempts: int) -> RemoteError:
        status = response.status_code
        if 300 <= status < 400:
            target = urlsplit(response.headers.get("location", "")).netloc or "another address"
            return RemoteError(
                f"{self.name} redirected {path} to {one_line(target, 80)}: not followed "
                f"(the API key goes only to {self.endpoint.host_port}); check the endpoint's address",
                status,
            )
        detail = ""
        with suppress(Exception):
            detail = _error_text(json.loads(_read_bounded(response, MAX_ERROR_BYTES, self.name)))
        said = f": {detail}" if detail else ""
        tried = f" (tried {attempts} times)" if attempts > 1 else ""
        if status == 401:
            return RemoteError(f"{self.name} refused the API key (401 Unauthorized){said}", status)
        if status == 403:
            return RemoteError(f"{self.name} refused access (403 Forbidden){said}", status)
        if status == 404:
            return RemoteError(f"{self.name} has no {path} (404 Not Found){said}", status)
        if status == 429:
            return RemoteError(f"{self.name} is rate-limiting requests (429 Too Many Requests){tried}{said}", status)
        if status == 503:
            return RemoteError(f"{self.name} is unavailable (503 Service Unavailable){tried}{said}", status)
        if status >= 500:
            return RemoteError(f"{self.name} failed (HTTP {status}){said}", status)
        return RemoteError(f"{self.name} refused the request (HTTP {status}){said}", status)


class _Opened:
    """A response that is closed when the `with` ends."""

    def __init__(self, response: httpx2.Response) -> None:
        self.response = response

    def __enter__(self) -> httpx2.Response:
        return self.response

    def __exit__(self, *_: object) -> None:
        with suppress(Exception):
            self.response.close()


def _verify(endpoint: Endpoint) -> ssl.SSLContext | bool:
    """A custom CA bundle verifies a self-signed server; verification is never turned off."""
    if not endpoint.ca_bundle:
        return True
    try:
        return ssl.create_default_context(cafile=endpoint.ca_bundle)
    except ssl.SSLError:
        reason = "it holds no certificate in PEM form"
    except (OSError, ValueError) as error:
        reason = getattr(error, "strerror", None) or str(error)
    shown = one_line(endpoint.ca_bundle, 120)
    raise RemoteError(f"{endpoint.name}'s CA bundle {shown} cannot be used: {one_line(reason, 120)}")


def finish_reason(event: dict[str, Any]) -> str:
    """Why a streamed reply ended, as its event says ("stop", "length"...); "" while it goes on."""
    choices = event.get("choices")
    if isinstance(choices, list) and choices and isinstance(choices[0], dict):
        reason = choices[0].get("finish_reason")
        return reason if isinstance(reason, str) else ""
    return ""


def _read_bounded(response: httpx2.Response, limit: int, name: str) -> bytes:
    body = bytearray()
    try:
        for chunk in response.iter_bytes():
            body += chunk
            if len(body) > limit:
                raise RemoteError(f"{name} sent an answer of over {limit >> 20 or 1} MB; it was not read")
    except httpx2.ReadTimeout:
        raise RemoteError(f"{name} stopped sending its answer") from None
    except (httpx2.TransportError, OSError) as error:
        raise RemoteError(f"{name} broke off its answer ({_cause(error)})") from None
    return bytes(body)


def _retry_delay(response: httpx2.Response, attempt: int, cap: float) -> float:
    header = response.headers.get("retry-after", "").strip()
    delay = 0.5 * (2**attempt)
    if header:
        if header.isdigit():
            delay = float(header)
        else:
            with suppress(TypeError, ValueError):
                when = email.utils.parsedate_to_datetime(header).timestamp()
                delay = max(0.0, when - time.time())
    return min(delay, cap)


def _cause(error: BaseException) -> str:
    text = str(error) or type(error).__name__
    lowered = text.lower()
    if "refused" in lowered:
        return "connection refused"
    if "certificate" in lowered or "ssl" in lowered:
        return f"its TLS certificate is not trusted: {one_line(text, 160)}"
    if "name or service not known" in lowered or "nodename nor servname" in lowered or "getaddrinfo" in lowered:
        return "its host name does not resolve"
    if isinstance(error, httpx2.TimeoutException):
        return "no answer in time"
    if isinstance(error, httpx2.RemoteProtocolError):
        return "the server closed the connection"
    return one_line(text, 160)


def _error_text(body: Any) -> str:
    """The message of an OpenAI error object, or of the shapes other servers use."""
    if isinstance(body, dict):
        error = body.get("error", body.get("detail", body.get("message")))
        if isinstance(error, dict):
            error = error.get("message") or error.get("type")
        if isinstance(error, list) and error and isinstance(error[0], dict):
            error = error[0].get("msg")
        if isinstance(error, str):
            return one_line(error, 200)
    return ""


def _context_of(item: dict[str, Any]) -> int:
    """A model entry's context size where the server gives one: vLLM's max_model_len, LM Studio's
    max_context_length, Hearth's context_length."""
    for field in ("max_model_len", "context_length", "max_context_length"):
        value = item.get(field)
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            return value
    return 0
