"""A chat in OpenAI's shape on the way out (tool calls and their results included), and the tool calls
a server streams back, assembled from their fragments.

OpenAI streams a call as `delta.tool_calls: [{"index", "id", "type", "function": {"name", "arguments"}}]`
and then fragments holding only `index` and more `function.arguments`; Ollama sends each call whole in
one delta, some servers without an id, some with the arguments as an object. What a server sends is
untrusted: a fragment of the wrong shape is passed over, and a call (or a reply's calls) that grows
past a bound ends the reply with one line instead of filling memory.
"""

from __future__ import annotations

import base64
import json
from typing import Any

from desktop.core.backends.remote.client import RemoteError
from desktop.core.images.files import image_file
from desktop.core.messages import ChatMessage, ImagePart, Part, TextPart, ToolCallPart, ToolResultPart
from desktop.core.runtime.types import RequestRejected, ToolCallDelta, ToolSpec
from desktop.core.text import one_line

MAX_CALL_CHARS = 256 << 10  # one call's id, name and arguments together
MAX_CALLS = 128  # in one reply


def openai_messages(messages: list[ChatMessage]) -> list[dict[str, Any]]:
    """The messages as OpenAI's API takes them; thinking (reasoning parts) is never sent back."""
    sent: list[dict[str, Any]] = []
    for message in messages:
        parts = message.all_parts
        calls = [part for part in parts if isinstance(part, ToolCallPart)]
        results = [part for part in parts if isinstance(part, ToolResultPart)]
        if message.role == "assistant" and calls:
            sent.append(
                {
                    "role": "assistant",
                    "content": message.content or None,
                    "tool_calls": [
                        {"id": c.id, "type": "function", "function": {"name": c.name, "arguments": c.arguments}}
                        for c in calls
                    ],
                }
            )
        elif message.role == "tool" and results:
            # OpenAI has one message per result; an MCP error result says itself what went wrong.
            sent += [{"role": "tool", "tool_call_id": r.call_id, "content": r.content} for r in results]
        elif message.role == "user" and any(isinstance(part, ImagePart) for part in parts):
            sent.append({"role": "user", "content": _content_with_images(parts)})
        else:
            sent.append({"role": message.role, "content": message.content})
    return sent


def _content_with_images(parts: tuple[Part, ...]) -> list[dict[str, Any]]:
    """A user message with images as OpenAI's content parts: its text, and each image as an `image_url`
    data URL of the checked copy Hearth keeps (never the user's original file)."""
    content: list[dict[str, Any]] = []
    for part in parts:
        if isinstance(part, TextPart) and part.text:
            content.append({"type": "text", "text": part.text})
        elif isinstance(part, ImagePart):
            try:
                data = image_file(part).read_bytes()
            except OSError:
                raise RequestRejected(
                    f"the image {one_line(part.path, 60)} is no longer in Hearth's data folder"
                ) from None
            encoded = base64.b64encode(data).decode("ascii")
            content.append({"type": "image_url", "image_url": {"url": f"data:{part.mime};base64,{encoded}"}})
    return content


def openai_tools(tools: tuple[ToolSpec, ...]) -> list[dict[str, Any]]:
    """OpenAI's `tools`; RequestRejected for a tool whose parameters are not a JSON schema object."""
    offered: list[dict[str, Any]] = []
    for tool in tools:
        try:
            schema = json.loads(tool.parameters)
        except ValueError:
            schema = None
        if not isinstance(schema, dict):
            shown = one_line(tool.name, 60)
            raise RequestRejected(f"the tool {shown!r} has parameters that are not a JSON schema object")
        function = {"name": tool.name, "description": tool.description, "parameters": schema}
        offered.append({"type": "function", "function": function})
    return offered


class ToolCallAssembler:
    """Turns the `tool_calls` of each streamed delta into ToolCallDelta, one reply's worth.

    Calls are numbered 0, 1, 2… in the order they first appear (the server's `index` only tells its
    fragments apart); the first delta of a call carries its id (`call_<n>` where the server gave none)
    and, once known, its name; later ones only more arguments."""

    def __init__(self, server: str) -> None:
        self._server = server
        self._by_key: dict[object, int] = {}  # the server's index (or id) -> the call's number
        self._named: set[int] = set()
        self._sizes: list[int] = []

    def take(self, raw: object) -> list[ToolCallDelta]:
        """The deltas of one event's `delta.tool_calls`; RemoteError once a call or their number is too much."""
        if not isinstance(raw, list):
            return []
        found: list[ToolCallDelta] = []
        for item in raw:
            if isinstance(item, dict):
                piece = self._fragment(item)
                if piece is not None:
                    found.append(piece)
        return found

    def _fragment(self, item: dict[str, Any]) -> ToolCallDelta | None:
        kind = item.get("type")
        if kind is not None and kind != "function":
            return None  # a kind of call Hearth never offered
        function = item.get("function")
        function = function if isinstance(function, dict) else {}
        call_id = _text(item.get("id"))
        name = _text(function.get("name"))
        arguments = _arguments(function.get("arguments"))
        if not (call_id or name or arguments):
            return None
        number, new = self._number(item.get("index"), call_id, bool(name))
        delta_id = ""
        if new:
            delta_id = call_id or f"call_{number}"
        delta_name = ""
        if name and number not in self._named:
            self._named.add(number)
            delta_name = name
        self._sizes[number] += len(delta_id) + len(delta_name) + len(arguments)
        if self._sizes[number] > MAX_CALL_CHARS:
            raise RemoteError(
                f"{self._server} sent a tool call of over {MAX_CALL_CHARS >> 10} KB; the reply was cut there"
            )
        if not (delta_id or delta_name or arguments):
            return None
        return ToolCallDelta(number, delta_id, delta_name, arguments)

    def _number(self, index: object, call_id: str, named: bool) -> tuple[int, bool]:
        """The call a fragment belongs to, and whether it is a new one."""
        if isinstance(index, int) and not isinstance(index, bool):
            key: object = ("index", index)
        elif call_id:
            key = ("id", call_id)
        elif named or not self._sizes:
            key = ("new", len(self._sizes))  # no index, no id: a call sent whole, or the first
        else:
            return len(self._sizes) - 1, False  # more of the call before
        if key in self._by_key:
            return self._by_key[key], False
        if len(self._sizes) >= MAX_CALLS:
            raise RemoteError(f"{self._server} sent over {MAX_CALLS} tool calls in one reply; the reply was cut there")
        number = len(self._sizes)
        self._by_key[key] = number
        self._sizes.append(0)
        return number, True


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _arguments(value: object) -> str:
    """Arguments as JSON text: as sent, or an object (Ollama's older shape) written as JSON."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict | list):
        try:
            return json.dumps(value, ensure_ascii=False)
        except (ValueError, RecursionError):  # nested too deep to write again (a hostile server)
            return ""
    return ""
