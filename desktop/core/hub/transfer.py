"""Move one file's bytes: continue a partial file with an HTTP Range request, hashing as it goes."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import httpx2
from huggingface_hub.utils import get_session, hf_raise_for_status

from desktop.core.hub.control import Control
from desktop.core.hub.errors import TransientError

HASH_BLOCK = 4 << 20
# Connecting should be quick; a stalled body is given longer before it counts as a transient failure.
TIMEOUT = httpx2.Timeout(30.0, connect=15.0)


class PartialFile:
    """The bytes received so far and their running sha256, so a finished file needs no second read."""

    def __init__(self, path: Path, size: int) -> None:
        self.path = path
        self.size = size
        self._hasher = hashlib.sha256()
        self.done = 0

    def load(self, control: Control) -> None:
        """Hash what an earlier run left (after a crash, too); drop it if it is longer than the file."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._hasher = hashlib.sha256()
        self.done = 0
        try:
            existing = self.path.stat().st_size
        except FileNotFoundError:
            return
        if existing > self.size:
            self.restart()
            return
        with self.path.open("rb") as handle:
            while block := handle.read(HASH_BLOCK):
                control.check()
                self._hasher.update(block)
                self.done += len(block)

    def restart(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_bytes(b"")
        self._hasher = hashlib.sha256()
        self.done = 0

    def hexdigest(self) -> str:
        return self._hasher.hexdigest()

    def discard(self) -> None:
        self.path.unlink(missing_ok=True)

    def receive(self, url: str, headers: dict[str, str], control: Control, on_bytes: Callable[[int], None]) -> None:
        """Fetch the missing bytes; a short or broken body raises TransientError with the bytes kept."""
        if self.done >= self.size:
            return
        request_headers = {**headers, "Accept-Encoding": "identity"}
        if self.done:
            request_headers["Range"] = f"bytes={self.done}-"
        with get_session().stream("GET", url, headers=request_headers, timeout=TIMEOUT) as response:
            if response.status_code == 416:
                # The server says the range is past the end: the partial is not what we think it is.
                self.restart()
                raise TransientError("the server refused to continue the partial file; starting over")
            hf_raise_for_status(response)
            if self.done and response.status_code != 206:
                self.restart()  # the server ignored the Range header and sends the whole file
            elif self.done and not _range_starts_at(response, self.done):
                self.restart()
                raise TransientError("the server continued the file at the wrong place; starting over")
            overflow = False
            # Default buffering: network chunks (up to 64 KiB) go straight to the OS, so what was reported
            # as received is on disk even if the process is killed right after.
            with self.path.open("ab") as out:
                for chunk in response.iter_bytes():
                    control.check()
                    if self.done + len(chunk) > self.size:
                        overflow = True
                        break
                    out.write(chunk)
                    self._hasher.update(chunk)
                    self.done += len(chunk)
                    on_bytes(self.done)
        if overflow:  # only once the file is closed, or its buffer would land in the emptied file
            self.restart()
            raise TransientError("the server sent more bytes than the file has; starting over")
        if self.done < self.size:
            raise TransientError(f"the connection ended early ({self.done} of {self.size} bytes)")


def _range_starts_at(response: httpx2.Response, offset: int) -> bool:
    content_range = response.headers.get("Content-Range", "")  # "bytes 100-199/200"
    try:
        return int(content_range.split()[1].split("-")[0]) == offset
    except (IndexError, ValueError):
        return False
