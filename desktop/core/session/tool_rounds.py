"""A reply's tool calls: the tools a chat offers, the user's approval of each call, the call, its result.

The model asks for a call by writing one (ToolCallDelta); nothing runs until the user answers it:
Allow once, Always for this tool, or Deny. An allowed call goes to its MCP server (ToolRunner, run
off this thread) and its result comes back here through `post`; a denied one is answered with a
message that says so, and the model is told. The calls of a round are asked one after another, in
the order the model wrote them; when every one has its result, the reply goes on (the session asks
the model again, with the results in its prompt).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from desktop.core.messages import ToolCallPart, ToolResultPart
from desktop.core.runtime.types import ToolSpec
from desktop.core.session.listener import SessionListener
from desktop.core.store.records import Message
from desktop.core.text import one_line

log = logging.getLogger(__name__)

Decision = Literal["once", "always", "deny"]
DECISIONS: tuple[str, ...] = ("once", "always", "deny")
DENIED = "The user did not allow this tool call."


class ToolRunner(Protocol):
    """What runs tools (desktop.core.tools.ToolServers): each answer is a Future, never a wait here."""

    def list_tools(self, names: Sequence[str]) -> Future[Any]: ...  # .tools: list[ToolSpec], .problems: list[str]

    def call(
        self, server: str, tool: str, arguments: dict, timeout_s: float | None = None
    ) -> Future[Any]: ...  # .content: str, .is_error: bool


def tool_key(spec: ToolSpec) -> str:
    """How an "Always" is remembered: the server and the tool, so another server's tool of the same
    name is asked about again."""
    return f"{spec.server}/{spec.name}"


@dataclass
class _Round:
    message: Message
    calls: list[ToolCallPart]
    specs: dict[str, ToolSpec]
    done: Callable[[list[ToolResultPart]], None]
    arrived: Callable[[ToolResultPart], None]
    results: list[ToolResultPart] = field(default_factory=list)
    cancelled: bool = False

    @property
    def current(self) -> ToolCallPart | None:
        return self.calls[len(self.results)] if len(self.results) < len(self.calls) else None


class ToolRounds:
    """The tool calls of the replies of one session, on the session's thread."""

    def __init__(
        self,
        runner: ToolRunner | None,
        post: Callable[[Callable[[], None]], None],
        listener: Callable[[], SessionListener],
        always_allowed: Callable[[], Sequence[str]] = tuple,
        timeout_s: Callable[[], float] = lambda: 30.0,
    ) -> None:
        self.runner = runner
        self._post = post
        self._listener = listener
        self._always_allowed = always_allowed  # remembered by the app (its settings)
        self._timeout_s = timeout_s
        self.always: set[str] = set()  # allowed always since this session began
        self._round: _Round | None = None
        self._asked: set[str] = set()  # calls put to the user, not answered yet

    # -- the tools a chat offers ------------------------------------------------------

    def list_tools(self, names: Sequence[str], done: Callable[[tuple[ToolSpec, ...], list[str]], None]) -> None:
        """Start the chat's servers and list their tools; `done(tools, problems)` on this thread."""
        if self.runner is None:
            done((), ["tools are not available here"])
            return
        future = self.runner.list_tools(list(names))

        def listed(future: Future[Any]) -> None:
            try:
                listing = future.result()
                tools, problems = tuple(listing.tools), [one_line(str(p)) for p in listing.problems]
            except Exception as error:  # the runner's own failure: said, and the reply goes on without tools
                tools, problems = (), [f"the tools could not be listed: {one_line(str(error))}"]
            self._post(lambda: done(tools, problems))

        future.add_done_callback(listed)

    # -- a round of calls ---------------------------------------------------------------

    @property
    def waiting(self) -> ToolCallPart | None:
        """The call waiting for the user's answer, if any."""
        current = self._round.current if self._round is not None else None
        return current if current is not None and current.id in self._asked else None

    def run(
        self,
        message: Message,
        calls: list[ToolCallPart],
        tools: Sequence[ToolSpec],
        done: Callable[[list[ToolResultPart]], None],
        arrived: Callable[[ToolResultPart], None] = lambda _result: None,
    ) -> None:
        """Ask about, and run, each of `calls` in turn: `arrived(result)` as each is answered (before it
        is told: the caller stores it), `done(results)` once all are."""
        self._asked = set()
        self._round = _Round(message, list(calls), {spec.name: spec for spec in tools}, done, arrived)
        self._next(self._round)

    def cancel(self) -> None:
        """The reply was stopped: nothing more runs, and a result still coming is dropped."""
        if self._round is not None:
            self._round.cancelled = True
        self._round = None

    def answer(self, call_id: str, decision: str) -> bool:
        """The user's answer to the call waiting; False when no such call waits."""
        round_ = self._round
        call = round_.current if round_ is not None else None
        if round_ is None or call is None or call.id != call_id or call_id not in self._asked:
            return False
        if decision not in DECISIONS:
            decision = "deny"
        self._asked.discard(call_id)
        self._listener().tool_call_answered(round_.message, call_id, decision)
        if decision == "deny":
            self._finish(round_, ToolResultPart(call_id, DENIED, is_error=True))
            return True
        spec = round_.specs[call.name]
        if decision == "always":
            self.always.add(tool_key(spec))
            self._listener().tool_allowed_always(tool_key(spec))
        self._execute(round_, call, spec)
        return True

    def _next(self, round_: _Round) -> None:
        if round_.cancelled or self._round is not round_:
            return
        call = round_.current
        if call is None:
            self._round = None
            round_.done(round_.results)
            return
        spec = round_.specs.get(call.name)
        if spec is None:
            self._finish(round_, ToolResultPart(call.id, f"There is no tool named {call.name!r}.", is_error=True))
            return
        key = tool_key(spec)
        if key in self.always or key in self._always_allowed():
            self._execute(round_, call, spec)
            return
        self._asked.add(call.id)
        self._listener().tool_call_waiting(round_.message, call, spec.server)

    def _execute(self, round_: _Round, call: ToolCallPart, spec: ToolSpec) -> None:
        arguments = _arguments(call.arguments)
        if arguments is None:
            self._finish(round_, ToolResultPart(call.id, "The arguments were not a JSON object.", is_error=True))
            return
        if self.runner is None:
            self._finish(round_, ToolResultPart(call.id, "Tools are not available here.", is_error=True))
            return
        self._listener().tool_call_running(round_.message, call.id)
        future = self.runner.call(spec.server, spec.name, arguments, self._timeout_s())

        def came_back(future: Future[Any]) -> None:
            try:
                outcome = future.result()
                result = ToolResultPart(call.id, str(outcome.content), bool(outcome.is_error))
            except Exception as error:  # the runner should answer every call; if not, the model is told
                result = ToolResultPart(call.id, f"The tool failed: {one_line(str(error))}", is_error=True)
            self._post(lambda: self._finish(round_, result))

        future.add_done_callback(came_back)

    def _finish(self, round_: _Round, result: ToolResultPart) -> None:
        if round_.cancelled or self._round is not round_:
            return
        round_.results.append(result)
        round_.arrived(result)
        self._listener().tool_result(round_.message, result)
        self._next(round_)


def _arguments(text: str) -> dict | None:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return None
    return value if isinstance(value, dict) else None
