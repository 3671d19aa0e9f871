"""Server-sent events, read from bytes as they arrive, with a bound on what one event may hold.

A hostile or broken server may send a line that never ends: the reader refuses any line or
event over `max_bytes` instead of holding it all in memory.
"""

from __future__ import annotations

import codecs
import re

_LINE_END = re.compile(r"\r\n|\r|\n")


class SseTooLarge(Exception):
    pass


class SseReader:
    """Feed it bytes; it returns the `data` of each complete event (several data lines joined by "\\n")."""

    def __init__(self, max_bytes: int = 1 << 20) -> None:
        self.max_bytes = max_bytes
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        # The line not yet ended, in pieces: joined once it ends, so a line sent a byte at a time
        # costs its length, not its length squared.
        self._pieces: list[str] = []
        self._pending = 0
        self._after_cr = False  # the last chunk ended with "\r": a "\n" starting the next one is its pair
        self._data: list[str] = []
        self._size = 0

    def feed(self, chunk: bytes) -> list[str]:
        events: list[str] = []
        text = self._decoder.decode(chunk)
        if not text:
            return events
        start = 0
        if self._after_cr and text.startswith("\n"):
            start = 1
        self._after_cr = text.endswith("\r")
        # Only "\r\n", "\n" and "\r" end a line (str.splitlines would also break on U+2028, NEL...,
        # which a reply may hold raw in its JSON).
        for end in _LINE_END.finditer(text, start):
            self._add(text[start : end.start()])
            line = "".join(self._pieces)
            self._pieces, self._pending = [], 0
            self._line_ended(line, events)
            start = end.end()
        self._add(text[start:])
        return events

    def _add(self, piece: str) -> None:
        if not piece:
            return
        self._pieces.append(piece)
        self._pending += len(piece)
        if self._pending > self.max_bytes:
            raise SseTooLarge(f"a line of over {self.max_bytes // 1024:,} KB")

    def _line_ended(self, line: str, events: list[str]) -> None:
        if not line:
            if self._data:
                events.append("\n".join(self._data))
            self._data, self._size = [], 0
            return
        if line.startswith(":"):
            return  # a comment (keep-alive)
        field, _, value = line.partition(":")
        if field != "data":
            return  # event, id, retry: nothing Hearth uses
        value = value[1:] if value.startswith(" ") else value
        self._size += len(value) + 1  # the line's own "\n" too: many empty data lines are not free
        if self._size > self.max_bytes:
            raise SseTooLarge(f"an event of over {self.max_bytes // 1024:,} KB")
        self._data.append(value)

    def close(self) -> list[str]:
        """What the stream held when it ended without a final blank line."""
        events: list[str] = []
        if self._pieces:
            line = "".join(self._pieces)
            self._pieces, self._pending = [], 0
            self._line_ended(line, events)
        if self._data:
            events.append("\n".join(self._data))
            self._data, self._size = [], 0
        return events
