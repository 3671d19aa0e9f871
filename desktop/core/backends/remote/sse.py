"""Server-sent events, read from bytes as they arrive, with a bound on what one event may hold.

A hostile or broken server may send a line that never ends: the reader refuses any line or
event over `max_bytes` instead of holding it all in memory.
"""

from __future__ import annotations

import codecs


class SseTooLarge(Exception):
    pass


class SseReader:
    """Feed it bytes; it returns the `data` of each complete event (several data lines joined by "\\n")."""

    def __init__(self, max_bytes: int = 1 << 20) -> None:
        self.max_bytes = max_bytes
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._line = ""
        self._data: list[str] = []
        self._size = 0

    def feed(self, chunk: bytes) -> list[str]:
        events: list[str] = []
        text = self._line + self._decoder.decode(chunk)
        lines = text.splitlines(keepends=True)
        self._line = ""
        if lines and not lines[-1].endswith(("\n", "\r")):
            self._line = lines.pop()
            if len(self._line) > self.max_bytes:
                raise SseTooLarge(f"a line of over {self.max_bytes // 1024:,} KB")
        elif lines and lines[-1].endswith("\r"):
            # "\r" may be the first half of "\r\n" split across chunks: keep it until the next one.
            self._line = lines.pop()
        for line in lines:
            self._line_ended(line.rstrip("\r\n"), events)
        return events

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
        self._size += len(value)
        if self._size > self.max_bytes:
            raise SseTooLarge(f"an event of over {self.max_bytes // 1024:,} KB")
        self._data.append(value)

    def close(self) -> list[str]:
        """What the stream held when it ended without a final blank line."""
        events: list[str] = []
        if self._line:
            self._line_ended(self._line.rstrip("\r\n"), events)
            self._line = ""
        if self._data:
            events.append("\n".join(self._data))
            self._data = []
        return events
