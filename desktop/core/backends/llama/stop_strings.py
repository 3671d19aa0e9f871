"""Hold back streamed text that might be the start of a stop string, and cut at one."""

from __future__ import annotations


class StopStringFilter:
    def __init__(self, stops: tuple[str, ...]) -> None:
        self._stops = tuple(s for s in stops if s)
        self._keep = max((len(s) for s in self._stops), default=1) - 1
        self._pending = ""
        self.stopped = False

    def feed(self, text: str) -> str:
        """Return the text that is safe to show now."""
        if not self._stops or self.stopped:
            return "" if self.stopped else text
        self._pending += text
        cut = min((i for i in (self._pending.find(s) for s in self._stops) if i >= 0), default=-1)
        if cut >= 0:
            self.stopped = True
            out, self._pending = self._pending[:cut], ""
            return out
        if len(self._pending) <= self._keep:
            return ""
        if self._keep == 0:
            out, self._pending = self._pending, ""
        else:
            out, self._pending = self._pending[: -self._keep], self._pending[-self._keep :]
        return out

    def flush(self) -> str:
        out, self._pending = ("" if self.stopped else self._pending), ""
        return out
