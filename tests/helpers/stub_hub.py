"""A stand-in for the Hugging Face Hub on 127.0.0.1, enough for the real huggingface_hub client, with fault knobs."""

from __future__ import annotations

import hashlib
import json
import random
import socket
import struct
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote, urlsplit

SLICE = 16 * 1024  # small when throttled, so the pace is smooth
FAST_SLICE = 1024 * 1024


@dataclass
class StubRepo:
    repo_id: str
    files: dict[str, bytes]
    downloads: int = 0
    likes: int = 0
    last_modified: str = "2024-05-01T12:00:00.000Z"
    gated: bool = False
    private: bool = False
    tags: tuple[str, ...] = ("gguf",)
    declared_sizes: dict[str, int] = field(default_factory=dict)  # sizes to claim instead of the real ones
    sha: str = ""

    def __post_init__(self) -> None:
        self.sha = self.sha or hashlib.sha1(self.repo_id.encode()).hexdigest()

    def size(self, name: str) -> int:
        return self.declared_sizes.get(name, len(self.files[name]))

    def sha256(self, name: str) -> str:
        return hashlib.sha256(self.files[name]).hexdigest()


@dataclass
class RecordedRequest:
    method: str
    path: str
    query: dict[str, list[str]]
    range: str | None
    authorized: bool


class StubHub:
    """The Hub's API and file endpoints, served from memory; the knobs below inject failures."""

    def __init__(self) -> None:
        self.repos: dict[str, StubRepo] = {}
        self.tokens: set[str] = set()  # tokens allowed into gated and private repos
        self.requests: list[RecordedRequest] = []
        self.bytes_per_second: float | None = None
        self.corrupted: set[tuple[str, str]] = set()
        self._fail: list[tuple[int, str, int]] = []  # (status, path fragment, remaining count)
        self._resets: list[tuple[int, int]] = []  # (after this many body bytes, remaining count)
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        # A short poll interval: shutting the server down at the end of every test is then quick.
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="stub-hub", daemon=True
        )

    # -- life ---------------------------------------------------------------------------------------

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> StubHub:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)

    # -- content --------------------------------------------------------------------------------------

    def add_repo(self, repo_id: str, files: dict[str, bytes], **details: object) -> StubRepo:
        repo = StubRepo(repo_id, dict(files), **details)  # type: ignore[arg-type]
        self.repos[repo_id] = repo
        return repo

    # -- knobs ----------------------------------------------------------------------------------------

    def fail_next(self, count: int, status: int = 500, path_contains: str = "/resolve/") -> None:
        """Answer the next `count` matching requests with `status` (HEADs included)."""
        with self._lock:
            self._fail.append((status, path_contains, count))

    def clear_failures(self) -> None:
        with self._lock:
            self._fail.clear()

    def reset_next(self, count: int, after_bytes: int) -> None:
        """Cut the next `count` file bodies off with a TCP reset after `after_bytes` bytes."""
        with self._lock:
            self._resets.append((after_bytes, count))

    def corrupt(self, repo_id: str, filename: str) -> None:
        """Serve the file with one byte changed, while the metadata keeps the true sha256."""
        self.corrupted.add((repo_id, filename))

    def ranges(self, filename: str | None = None) -> list[str | None]:
        """The Range header of every GET for a file (None where the whole file was asked for)."""
        return [
            r.range
            for r in list(self.requests)
            if r.method == "GET" and "/resolve/" in r.path and (filename is None or r.path.endswith("/" + filename))
        ]

    def count(self, method: str, path_contains: str) -> int:
        return sum(1 for r in list(self.requests) if r.method == method and path_contains in r.path)

    # -- used by the handler --------------------------------------------------------------------------

    def _take_failure(self, path: str) -> int | None:
        with self._lock:
            for index, (status, fragment, remaining) in enumerate(self._fail):
                if fragment in path and remaining > 0:
                    self._fail[index] = (status, fragment, remaining - 1)
                    return status
        return None

    def _take_reset(self) -> int | None:
        with self._lock:
            for index, (after, remaining) in enumerate(self._resets):
                if remaining > 0:
                    self._resets[index] = (after, remaining - 1)
                    return after
        return None


def _handler_for(hub: StubHub) -> type[BaseHTTPRequestHandler]:
    class Handler(_HubHandler):
        pass

    Handler.hub = hub
    return Handler


class _HubHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    hub: StubHub

    def log_message(self, format: str, *args: object) -> None:  # quiet: pytest shows failures, not traffic
        pass

    def do_HEAD(self) -> None:
        self._dispatch(head=True)

    def do_GET(self) -> None:
        self._dispatch(head=False)

    # -- routing --------------------------------------------------------------------------------------

    def _dispatch(self, head: bool) -> None:
        parts = urlsplit(self.path)
        path = unquote(parts.path)
        auth = self.headers.get("Authorization", "")
        self.hub.requests.append(
            RecordedRequest(self.command, path, parse_qs(parts.query), self.headers.get("Range"), bool(auth))
        )
        status = self.hub._take_failure(path)
        if status is not None:
            self._json(status, {"error": f"injected failure {status}"}, head)
            return
        if path in ("/", ""):
            self._json(200, {"hub": "stub"}, head)
        elif path == "/api/models":
            self._search(parse_qs(parts.query), head)
        elif path.startswith("/api/models/"):
            self._model_info(path[len("/api/models/") :], parse_qs(parts.query), head)
        elif "/resolve/" in path:
            self._resolve(path, head)
        else:
            self._json(404, {"error": "no such endpoint"}, head)

    def _token(self) -> str | None:
        auth = self.headers.get("Authorization", "")
        return auth[7:] if auth.startswith("Bearer ") else None

    def _search(self, query: dict[str, list[str]], head: bool) -> None:
        words = (query.get("search") or [""])[0].lower()
        tags = set(query.get("filter") or [])
        repos = [r for r in self.hub.repos.values() if not r.private and words in r.repo_id.lower()]
        repos = [r for r in repos if tags <= set(r.tags)]
        repos.sort(key=lambda r: -r.downloads)
        limit = int((query.get("limit") or [len(repos)])[0])
        items = [
            {
                "_id": r.sha[:24],
                "id": r.repo_id,
                "modelId": r.repo_id,
                "downloads": r.downloads,
                "likes": r.likes,
                "lastModified": r.last_modified,
                "gated": "manual" if r.gated else False,
                "private": r.private,
                "tags": list(r.tags),
            }
            for r in repos[:limit]
        ]
        self._json(200, items, head)

    def _model_info(self, rest: str, query: dict[str, list[str]], head: bool) -> None:
        pieces = rest.split("/")
        repo = self.hub.repos.get("/".join(pieces[:2]))
        if repo is None or (repo.private and self._token() not in self.hub.tokens):
            self._json(401, {"error": "Repository not found"}, head, {"X-Error-Code": "RepoNotFound"})
            return
        if len(pieces) == 4 and pieces[2] == "revision" and pieces[3] not in ("main", repo.sha):
            self._json(404, {"error": "Invalid rev id"}, head, {"X-Error-Code": "RevisionNotFound"})
            return
        blobs = (query.get("blobs") or ["false"])[0].lower() == "true"
        siblings = []
        for name, data in sorted(repo.files.items()):
            sibling: dict[str, object] = {"rfilename": name}
            if blobs:
                size = repo.size(name)
                sibling.update(
                    size=size,
                    blobId=hashlib.sha1(data).hexdigest(),
                    lfs={"sha256": repo.sha256(name), "size": size, "pointerSize": 134},
                )
            siblings.append(sibling)
        info = {
            "_id": repo.sha[:24],
            "id": repo.repo_id,
            "modelId": repo.repo_id,
            "sha": repo.sha,
            "private": repo.private,
            "gated": "manual" if repo.gated else False,
            "downloads": repo.downloads,
            "likes": repo.likes,
            "lastModified": repo.last_modified,
            "tags": list(repo.tags),
            "siblings": siblings,
        }
        self._json(200, info, head)

    def _resolve(self, path: str, head: bool) -> None:
        before, _, after = path.lstrip("/").partition("/resolve/")
        revision, _, filename = after.partition("/")
        repo = self.hub.repos.get(before)
        if repo is None or (repo.private and self._token() not in self.hub.tokens):
            self._json(401, {"error": "Repository not found"}, head, {"X-Error-Code": "RepoNotFound"})
            return
        if repo.gated and self._token() not in self.hub.tokens:
            status = 403 if self._token() else 401
            message = f"Access to model {repo.repo_id} is restricted. You must have access to it and be authenticated."
            self._json(status, {"error": message}, head, {"X-Error-Code": "GatedRepo", "X-Error-Message": message})
            return
        if revision not in ("main", repo.sha):
            self._json(404, {"error": "Invalid rev id"}, head, {"X-Error-Code": "RevisionNotFound"})
            return
        if filename not in repo.files:
            self._json(404, {"error": "Entry not found"}, head, {"X-Error-Code": "EntryNotFound"})
            return
        self._send_file(repo, filename, head)

    # -- bodies ---------------------------------------------------------------------------------------

    def _send_file(self, repo: StubRepo, filename: str, head: bool) -> None:
        data = repo.files[filename]
        if (repo.repo_id, filename) in self.hub.corrupted:
            middle = len(data) // 2
            data = data[:middle] + bytes([data[middle] ^ 0xFF]) + data[middle + 1 :]
        size = repo.size(filename)
        headers = {
            "X-Repo-Commit": repo.sha,
            "ETag": f'"{repo.sha256(filename)}"',
            "X-Linked-Etag": f'"{repo.sha256(filename)}"',
            "X-Linked-Size": str(size),
            "Accept-Ranges": "bytes",
            "Content-Type": "application/octet-stream",
        }
        start, status = 0, 200
        requested = self.headers.get("Range")
        if requested and not head:
            start = int(requested.removeprefix("bytes=").split("-")[0])
            if start >= len(data):
                self._json(416, {"error": "Requested Range Not Satisfiable"}, head, {"Content-Range": f"*/{len(data)}"})
                return
            status = 206
            headers["Content-Range"] = f"bytes {start}-{len(data) - 1}/{len(data)}"
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(size if head else len(data) - start))
        self.end_headers()
        if not head:
            self._stream(data[start:])

    def _stream(self, body: bytes) -> None:
        reset_after = self.hub._take_reset()
        rate = self.hub.bytes_per_second
        began = time.monotonic()
        try:
            for offset, chunk in _slices(body, SLICE if rate else FAST_SLICE):
                if reset_after is not None and offset + len(chunk) > reset_after:
                    self.wfile.write(chunk[: max(reset_after - offset, 0)])
                    self.wfile.flush()
                    self._reset_connection()
                    return
                self.wfile.write(chunk)
                if rate:
                    # The server's own pacing; tests never sleep, they wait on events.
                    delay = began + (offset + len(chunk)) / rate - time.monotonic()
                    if delay > 0:
                        time.sleep(delay)
        except (BrokenPipeError, ConnectionResetError, OSError):
            self.close_connection = True

    def _reset_connection(self) -> None:
        # SO_LINGER 0 makes close() send a TCP RST: the client sees "connection reset" mid-body.
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True

    def _json(self, status: int, payload: object, head: bool, extra: dict[str, str] | None = None) -> None:
        body = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not head:
            self.wfile.write(body)


def _slices(body: bytes, size: int) -> Iterator[tuple[int, bytes]]:
    view = memoryview(body)
    for offset in range(0, len(body), size):
        yield offset, view[offset : offset + size]


REPO = "bartowski/Tiny-GGUF"  # the repo the Hub tests' `tiny_repo` fixture serves


def payload(size: int, seed: int = 0) -> bytes:
    """Deterministic incompressible bytes standing in for a model file."""
    return random.Random(seed).randbytes(size)
