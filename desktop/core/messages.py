"""What a message is made of: text, reasoning, images, tool calls and results, citations.

A message is an ordered list of parts. Most are one text part, and those are stored and
sent as plain text; the other kinds ride along as typed parts, so a reply can hold its
thinking, a tool call and its sources without squeezing them into the text. Parts are
plain data: they round-trip through JSON (the store and chat exports) and refuse input
that does not have their shape, with a message naming what is wrong.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import MISSING, asdict, dataclass, fields
from typing import Any, ClassVar, Literal

Role = Literal["system", "user", "assistant", "tool"]
ROLES: tuple[str, ...] = ("system", "user", "assistant", "tool")


class PartError(ValueError):
    """A part that does not have its kind's shape; the message is one line meant for a user."""


@dataclass(frozen=True)
class TextPart:
    text: str
    kind: ClassVar[str] = "text"


@dataclass(frozen=True)
class ReasoningPart:
    """The model's thinking before its answer: kept, shown folded, not sent back by default."""

    text: str
    seconds: float = 0.0
    kind: ClassVar[str] = "reasoning"


@dataclass(frozen=True)
class ImagePart:
    """An image the user attached: a copy under the data folder (desktop.core.images), so a moved
    original breaks nothing. `path` is the copy's name there (its content's hash and a suffix)."""

    path: str
    mime: str
    width: int = 0
    height: int = 0
    kind: ClassVar[str] = "image"


@dataclass(frozen=True)
class ToolCallPart:
    id: str
    name: str
    arguments: str  # JSON text exactly as the model wrote it: shown to the user as it is
    kind: ClassVar[str] = "tool_call"


@dataclass(frozen=True)
class ToolResultPart:
    call_id: str
    content: str
    is_error: bool = False
    kind: ClassVar[str] = "tool_result"


@dataclass(frozen=True)
class CitationPart:
    """A passage a reply was given to cite, as [n]: where it came from and its exact text."""

    n: int
    source: str
    text: str
    page: int | None = None
    start_line: int | None = None
    end_line: int | None = None
    score: float = 0.0
    kind: ClassVar[str] = "citation"


Part = TextPart | ReasoningPart | ImagePart | ToolCallPart | ToolResultPart | CitationPart
PART_TYPES: dict[str, type[Any]] = {
    cls.kind: cls for cls in (TextPart, ReasoningPart, ImagePart, ToolCallPart, ToolResultPart, CitationPart)
}


def text_of(parts: Iterable[Part]) -> str:
    """The text parts, joined: what is shown as the message, searched, and sent as its content."""
    return "".join(part.text for part in parts if isinstance(part, TextPart))


def part_to_dict(part: Part) -> dict[str, Any]:
    return {"type": part.kind, **asdict(part)}


# The annotation of each field (strings, under `from __future__ import annotations`) -> its type.
_FIELD_TYPES: dict[str, type] = {"str": str, "float": float, "int": int, "bool": bool, "int | None": int}


def _checked(value: Any, kind: type, name: str, part: str, optional: bool) -> Any:
    if value is None and optional:
        return None
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    wanted = {str: "text", bool: "true or false"}.get(kind, "a number")
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise PartError(f"a {part} part's {name} must be {wanted}")
    if isinstance(value, float) and not math.isfinite(value):
        raise PartError(f"a {part} part's {name} must be a finite number")
    return value


def part_from_dict(raw: Any) -> Part:
    """A part from its JSON form; raises PartError for anything that is not one."""
    if not isinstance(raw, dict):
        raise PartError("a message part must be an object")
    kind = raw.get("type")
    cls = PART_TYPES.get(kind) if isinstance(kind, str) else None
    if cls is None:
        raise PartError(f"unknown message part type {str(kind)[:40]!r}")
    values: dict[str, Any] = {}
    for spec in fields(cls):
        annotation = str(spec.type)
        if spec.name not in raw:
            if spec.default is MISSING:
                raise PartError(f"a {kind} part has no {spec.name}")
            continue
        optional = "None" in annotation
        values[spec.name] = _checked(raw[spec.name], _FIELD_TYPES.get(annotation, str), spec.name, str(kind), optional)
    part: Part = cls(**values)
    return part


def parts_to_json(parts: Sequence[Part]) -> str:
    return json.dumps([part_to_dict(part) for part in parts], ensure_ascii=False)


def parts_from_json(text: str | None) -> list[Part]:
    """Parts as stored; a row that cannot be read keeps its text (the content column) and loses nothing else."""
    if not text or text == "[]":  # most rows: a message that is only text (a chat of 1,000 opens in one go)
        return []
    try:
        raw = json.loads(text or "[]")
    except ValueError:
        return []
    if not isinstance(raw, list):
        return []
    parts: list[Part] = []
    for item in raw:
        try:
            parts.append(part_from_dict(item))
        except PartError:
            continue
    return parts


def is_plain_text(parts: Sequence[Part]) -> bool:
    """True when the parts say nothing the text alone does not (stored as text only)."""
    return all(isinstance(part, TextPart) for part in parts)


@dataclass(frozen=True)
class ChatMessage:
    """One message of a prompt. `content` is its text; `parts`, when given, is the whole message."""

    role: Role
    content: str
    parts: tuple[Part, ...] = ()

    @classmethod
    def of(cls, role: Role, parts: Sequence[Part]) -> ChatMessage:
        return cls(role, text_of(parts), () if is_plain_text(parts) else tuple(parts))

    @property
    def all_parts(self) -> tuple[Part, ...]:
        return self.parts or ((TextPart(self.content),) if self.content else ())
