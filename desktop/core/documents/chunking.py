"""Blocks into passages of about 300-500 tokens, the unit that is embedded, retrieved and cited.

Passages are made of whole blocks where they can be, so that a citation points at paragraphs the
user recognises; a heading opens a passage, so that a passage says what it is about; a PDF page
ends one, so that a citation names one page; and each passage repeats the end of the one before
it, so that a fact at a boundary is whole in at least one of them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from desktop.core.documents.blocks import Block, Passage

SEPARATOR = "\n\n"
# Where a sentence ends: its closing punctuation (and quotes or brackets), then white space.
_SENTENCE_END = re.compile(r"[.!?…。！？][)\]\"'”’»]*(?=\s)")
_SPACE = re.compile(r"\s")
_NON_SPACE = re.compile(r"\S")


def split_passages(
    blocks: list[Block], target_chars: int = 1600, max_chars: int = 2000, overlap_chars: int = 240
) -> list[Passage]:
    """Passages of `blocks` in order: each at most `max_chars` long, closed once it reaches
    `target_chars`, and starting with up to `overlap_chars` of the previous one (unless a heading
    or a new page starts it). About 4 characters make a token: the defaults are 400-500 tokens."""
    if not 0 < target_chars <= max_chars or overlap_chars < 0 or overlap_chars + len(SEPARATOR) >= max_chars:
        raise ValueError("need 0 < target_chars <= max_chars and overlap_chars + 2 < max_chars")
    # A piece this long still fits after the longest overlap: a passage never exceeds max_chars.
    piece_limit = max_chars - overlap_chars - len(SEPARATOR)
    pieces: list[Block] = []
    for block in blocks:
        trimmed = _trimmed(block)
        if trimmed is None:
            continue
        if len(trimmed.text) > piece_limit:
            pieces.extend(_split_block(trimmed, min(target_chars, piece_limit)))
        else:
            pieces.append(trimmed)
    return _Packer(target_chars, max_chars, overlap_chars).pack(pieces)


class _Packer:
    def __init__(self, target_chars: int, max_chars: int, overlap_chars: int) -> None:
        self.target_chars = target_chars
        self.max_chars = max_chars
        self.overlap_chars = overlap_chars
        self.passages: list[Passage] = []
        # The passage being built: first the overlap carried from the previous one (`seeded` items),
        # then its own blocks.
        self.items: list[Block] = []
        self.seeded = 0
        self.length = 0
        # Whether the passage's own blocks (not the overlap) are all headings, or there are none yet.
        self.only_headings = True

    def pack(self, pieces: list[Block]) -> list[Passage]:
        for piece in pieces:
            own = len(self.items) > self.seeded
            if own and piece.page != self.items[-1].page:
                self._close(overlap=False)
            elif own and piece.heading and not self.only_headings:
                # Consecutive headings (a title and its first section) stay together.
                self._close(overlap=False)
            elif own and (
                self.length >= self.target_chars or self.length + len(SEPARATOR) + len(piece.text) > self.max_chars
            ):
                self._close(overlap=True)
            self._add(piece)
            self.only_headings = self.only_headings and piece.heading
        self._close(overlap=False)
        return self.passages

    def _add(self, item: Block) -> None:
        self.length += (len(SEPARATOR) if self.items else 0) + len(item.text)
        self.items.append(item)

    def _close(self, overlap: bool) -> None:
        if len(self.items) <= self.seeded:
            return
        self.passages.append(_passage(self.items))
        seed = self._overlap(self.items[self.seeded :]) if overlap and self.overlap_chars else []
        self.items, self.seeded, self.length, self.only_headings = [], 0, 0, True
        for item in seed:
            self._add(item)
        self.seeded = len(seed)

    def _overlap(self, own: list[Block]) -> list[Block]:
        """The last whole blocks of `own` that fit in overlap_chars, or else the end of the last one."""
        seed: list[Block] = []
        length = 0
        for item in reversed(own):
            added = len(item.text) + (len(SEPARATOR) if seed else 0)
            if length + added > self.overlap_chars:
                break
            seed.insert(0, item)
            length += added
        if seed:
            return seed
        tail = _tail(own[-1], self.overlap_chars)
        return [tail] if tail is not None else []


def _passage(items: list[Block]) -> Passage:
    starts = [item.start_line for item in items if item.start_line is not None]
    ends = [item.end_line for item in items if item.end_line is not None]
    return Passage(
        SEPARATOR.join(item.text for item in items),
        page=items[0].page,
        start_line=min(starts) if starts else None,
        end_line=max(ends) if ends else None,
    )


def _exact(block: Block) -> bool:
    """Whether line i of the block's text is line start_line + i: then the lines of any part of it
    can be counted; otherwise (text rebuilt from markup) a part is given the block's lines."""
    return (
        block.start_line is not None
        and block.end_line is not None
        and block.end_line - block.start_line == block.text.count("\n")
    )


def _trimmed(block: Block) -> Block | None:
    """The block without white space at its ends (its lines moved in to match), None if blank."""
    text = block.text.strip()
    if not text:
        return None
    if text == block.text:
        return block
    if not _exact(block) or block.start_line is None or block.end_line is None:
        return replace(block, text=text)
    lead = block.text[: len(block.text) - len(block.text.lstrip())].count("\n")
    trail = block.text[len(block.text.rstrip()) :].count("\n")
    return replace(block, text=text, start_line=block.start_line + lead, end_line=block.end_line - trail)


def _split_block(block: Block, size: int) -> list[Block]:
    """`block` in pieces of at most `size` characters, cut at a sentence end, else a line end, else
    a space, in the second half of each piece; only a block without any is cut mid-word."""
    text = block.text
    exact = _exact(block)
    pieces: list[Block] = []
    pos = 0
    line = block.start_line or 0  # the line `pos` is on, when exact
    while pos < len(text):
        # Skip the white space a cut left at the start of the rest.
        start = _skip_space(text, pos)
        if start >= len(text):
            break
        line += text.count("\n", pos, start)
        end = len(text) if len(text) - start <= size else _cut(text, start, start + size)
        piece = text[start:end].rstrip()
        first, last = (line, line + piece.count("\n")) if exact else (block.start_line, block.end_line)
        heading = block.heading and not pieces
        pieces.append(replace(block, text=piece, start_line=first, end_line=last, heading=heading))
        line += text.count("\n", start, end)
        pos = end
    return pieces


def _skip_space(text: str, pos: int) -> int:
    found = _NON_SPACE.search(text, pos)
    return found.start() if found else len(text)


def _cut(text: str, start: int, limit: int) -> int:
    """Where to end a piece that starts at `start` and may not go past `limit`."""
    low = start + (limit - start) // 2
    # One character past the limit, so that a sentence end right at it can see its white space.
    sentence_ends = [m.end() for m in _SENTENCE_END.finditer(text, low, limit + 1) if m.end() <= limit]
    if sentence_ends:
        return sentence_ends[-1]
    line_end = text.rfind("\n", low, limit)
    if line_end > start:
        return line_end
    spaces = [m.start() for m in _SPACE.finditer(text, low, limit)]
    if spaces and spaces[-1] > start:
        return spaces[-1]
    return limit


def _tail(block: Block, limit: int) -> Block | None:
    """The end of `block`, at most `limit` characters, starting at a sentence, else a line, else a
    word; None if not even one word fits."""
    text = block.text
    low = len(text) - limit
    if low <= 0:
        return replace(block, heading=False)
    start = None
    # From a little before the window, so that a sentence ending just before it is seen to end.
    for match in _SENTENCE_END.finditer(text, max(0, low - 8)):
        begin = _skip_space(text, match.end())
        if begin >= low:
            start = begin
            break
    if start is None:
        line_start = text.find("\n", low - 1)
        if line_start >= 0:
            start = _skip_space(text, line_start)
    if start is None:
        space = _SPACE.search(text, low - 1)
        if space is not None:
            start = _skip_space(text, space.start())
    if start is None or start >= len(text):
        return None
    if not _exact(block) or block.start_line is None:
        return replace(block, text=text[start:], heading=False)
    return replace(block, text=text[start:], start_line=block.start_line + text.count("\n", 0, start), heading=False)
