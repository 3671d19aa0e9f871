"""Markdown by its block structure (markdown-it's token line maps): headings start passages, and
each block keeps its source lines, which is what the user sees when a citation is opened."""

from __future__ import annotations

from pathlib import Path

from markdown_it import MarkdownIt

from desktop.core.documents.blocks import Block, ReadResult
from desktop.core.documents.readers.decoding import load_text

# Top-level blocks that are their own Block; lists are blocked by item instead, so that a long
# list is cut between items, and rules (---) carry no text.
_LISTS = {"bullet_list_open", "ordered_list_open"}
_SKIPPED = {"hr"}
# A YAML front matter block ends within this many lines, or it is no front matter.
_FRONT_MATTER_MAX_LINES = 200


def read_markdown(path: Path) -> ReadResult:
    loaded = load_text(path)
    return ReadResult(markdown_blocks(loaded.text), "; ".join(loaded.notes))


def markdown_blocks(text: str) -> list[Block]:
    lines = text.split("\n")
    blocks = []
    front_end = _front_matter_end(lines)
    if front_end:
        blocks.extend(_block(lines, 0, front_end, heading=False))
        # Blanked rather than cut, so that markdown-it's line numbers stay the file's.
        lines_for_parser = [""] * front_end + lines[front_end:]
        text = "\n".join(lines_for_parser)
    parser = MarkdownIt("commonmark").enable("table")
    for token in parser.parse(text):
        if token.map is None or token.nesting < 0:
            continue
        top_level = token.level == 0 and token.type not in _LISTS and token.type not in _SKIPPED
        list_item = token.level == 1 and token.type == "list_item_open"
        if top_level or list_item:
            start, end = token.map
            blocks.extend(_block(lines, start, end, heading=token.type == "heading_open"))
    return blocks


def _front_matter_end(lines: list[str]) -> int:
    """The number of lines of a leading `---` … `---` (or `...`) block, 0 if there is none; left
    to markdown-it it would read as a heading."""
    if not lines or lines[0].rstrip() != "---":
        return 0
    for index in range(1, min(len(lines), _FRONT_MATTER_MAX_LINES)):
        if lines[index].rstrip() in ("---", "..."):
            return index + 1
    return 0


def _block(lines: list[str], start: int, end: int, heading: bool) -> list[Block]:
    """The Block of 0-based lines [start, end), blank lines at either end left out."""
    while start < end and not lines[start].strip():
        start += 1
    while end > start and not lines[end - 1].strip():
        end -= 1
    if start == end:
        return []
    text = "\n".join(line.rstrip() for line in lines[start:end])
    return [Block(text, start_line=start + 1, end_line=end, heading=heading)]
