"""What a tool server answers, as Hearth hands it on: a listing of tools, and the outcome of one call.

Plain data, with no MCP types in it: the session and the window read these without the SDK.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from desktop.core.runtime.types import ToolSpec

# The most of a tool's answer kept for the model (and shown): a tool can return megabytes.
CONTENT_LIMIT = 64 * 1024


@dataclass(frozen=True)
class ToolOutcome:
    content: str  # the answer as text (or, when is_error, why there is none), at most CONTENT_LIMIT bytes + a note
    is_error: bool = False
    seconds: float = 0.0  # from the call to the answer, the server's start included


@dataclass(frozen=True)
class ToolListing:
    tools: list[ToolSpec] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # one line for each server that could not be asked


def result_text(content: list[Any], structured: object = None) -> str:
    """The text of a tool's result: its text items one after another, the others described ("[image,
    1,234 bytes]"), and its structured content as JSON when there is nothing else (a server that sends
    both sends the same JSON as text too), cut to CONTENT_LIMIT."""
    parts = [_item_text(item) for item in content]
    if not parts and structured is not None:
        parts.append(json.dumps(structured, ensure_ascii=False))
    return capped("\n".join(parts))


def capped(text: str, limit: int = CONTENT_LIMIT) -> str:
    data = text.encode("utf-8", "surrogatepass")
    if len(data) <= limit:
        return text
    kept = data[:limit].decode("utf-8", "ignore")  # "ignore": a character cut in two is left out
    return f"{kept}\n[cut: the tool's answer was {len(data):,} bytes; the first {limit // 1024} KiB are kept]"


def _item_text(item: Any) -> str:
    kind = getattr(item, "type", "")
    if kind == "text":
        return str(getattr(item, "text", ""))
    if kind in ("image", "audio"):
        return f"[{kind}, {_decoded_size(str(getattr(item, 'data', ''))):,} bytes]"
    if kind == "resource_link":
        return f"[resource link: {getattr(item, 'uri', '')}]"
    if kind == "resource":
        resource = getattr(item, "resource", None)
        text = getattr(resource, "text", None)
        if isinstance(text, str):
            return text
        blob = str(getattr(resource, "blob", ""))
        return f"[resource {getattr(resource, 'uri', '')}, {_decoded_size(blob):,} bytes]"
    return f"[{kind or 'unknown'} content]"


def _decoded_size(base64_text: str) -> int:
    """The size of the bytes base64 text stands for, without decoding it."""
    text = base64_text.strip()
    return max(0, len(text) * 3 // 4 - (len(text) - len(text.rstrip("="))))
