"""A reply's sources in the terminal: the numbered list under it, or the JSON of `--json`."""

from __future__ import annotations

from typing import TextIO

from desktop.cli.terminal import field, for_terminal
from desktop.core.documents.grounding import cited_numbers, where
from desktop.core.messages import CitationPart, ReasoningPart, ToolCallPart, ToolResultPart
from desktop.core.store.records import Message

EXCERPT = 160


def _sources(message: Message) -> list[CitationPart]:
    return [part for part in message.parts if isinstance(part, CitationPart)]


def print_sources(message: Message, out: TextIO) -> None:
    """Under the reply: each source it was given (cited ones marked), and any [n] that names none."""
    sources = _sources(message)
    if not sources:
        return
    cited, unverified = cited_numbers(message.content, [s.n for s in sources])
    out.write("\nSources:\n")
    for source in sources:
        mark = "*" if source.n in cited else " "
        excerpt = " ".join(source.text.split())
        excerpt = excerpt if len(excerpt) <= EXCERPT else excerpt[: EXCERPT - 1] + "…"
        out.write(f"{mark}[{source.n}] {field(where(source))} — {field(source.source)}\n")
        out.write(f"     {for_terminal(excerpt, out)}\n")
    if unverified:
        numbers = ", ".join(f"[{n}]" for n in unverified)
        out.write(f"Unverified: {numbers} point{'s' if len(unverified) == 1 else ''} at no source it was given.\n")


def reply_json(message: Message) -> dict[str, object]:
    sources = _sources(message)
    cited, unverified = cited_numbers(message.content, [s.n for s in sources])
    return {
        "reply": message.content,
        "state": message.state,
        "sources": [
            {
                "n": s.n,
                "path": s.source,
                "page": s.page,
                "start_line": s.start_line,
                "end_line": s.end_line,
                "score": s.score,
                "text": s.text,
                "cited": s.n in cited,
            }
            for s in sources
        ],
        "unverified": unverified,
        # What it thought, apart from what it said; and the tools it called, with what came back.
        "reasoning": "\n\n".join(part.text for part in message.parts if isinstance(part, ReasoningPart)),
        "tool_calls": _tool_calls(message),
    }


def _tool_calls(message: Message) -> list[dict[str, object]]:
    results = {part.call_id: part for part in message.parts if isinstance(part, ToolResultPart)}
    calls: list[dict[str, object]] = []
    for part in message.parts:
        if isinstance(part, ToolCallPart):
            result = results.get(part.id)
            calls.append(
                {
                    "id": part.id,
                    "name": part.name,
                    "arguments": part.arguments,
                    "result": result.content if result else None,
                    "is_error": result.is_error if result else None,
                }
            )
    return calls
