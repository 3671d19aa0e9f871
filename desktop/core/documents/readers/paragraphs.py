"""Lines into paragraphs at blank lines: how plain text, source code and PDF pages are blocked."""

from __future__ import annotations

from desktop.core.documents.blocks import Block


def paragraph_blocks(text: str, page: int | None = None) -> list[Block]:
    """One Block per run of non-blank lines of `text` ("\\n"-separated), with its 1-based lines."""
    blocks = []
    lines = text.split("\n")
    start = -1  # 0-based index of the first line of the paragraph being gathered
    for index, line in enumerate(lines):
        if line.strip():
            if start < 0:
                start = index
        elif start >= 0:
            blocks.append(_block(lines, start, index, page))
            start = -1
    if start >= 0:
        blocks.append(_block(lines, start, len(lines), page))
    return blocks


def _block(lines: list[str], start: int, end: int, page: int | None) -> Block:
    # Trailing spaces carry nothing; leading ones are kept (indented code, nested lists).
    text = "\n".join(line.rstrip() for line in lines[start:end])
    return Block(text, page=page, start_line=start + 1, end_line=end)
