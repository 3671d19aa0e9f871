"""Web pages saved to disk: the text of block elements (scripts, styles and templates left out),
with the source lines each came from, read by the standard library's forgiving HTML parser."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from desktop.core.documents.blocks import Block, DocumentSkipped, ReadResult
from desktop.core.documents.readers.decoding import load_text
from desktop.core.documents.readers.errors import check_regular_file, detail, os_errors_skipped

# Elements whose start or end ends the text before them: each is a block of its own.
_BLOCKS = """
address article aside blockquote body caption dd details dialog div dl dt fieldset figcaption figure footer
form h1 h2 h3 h4 h5 h6 header hgroup hr html li main nav ol p pre section summary table tbody tfoot thead
title tr ul
"""
_BLOCK_TAGS = frozenset(_BLOCKS.split())
_HEADING_TAGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6", "title"))
# Never shown as text: code, styling, fallbacks for browsers without scripts, unrendered templates.
_SKIPPED_TAGS = frozenset(("script", "style", "noscript", "template", "svg", "math", "iframe", "object"))
# Table cells stay on their row's line, so that a row reads as one line of values.
_CELL_TAGS = frozenset(("td", "th"))
# A <meta charset> is in the first few hundred bytes of any real page.
_SNIFF_BYTES = 4096
_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)


def read_html(path: Path) -> ReadResult:
    check_regular_file(path)
    loaded = load_text(path, declared=_declared_charset(path))
    parser = _BlockParser()
    try:
        parser.feed(loaded.text)
        parser.close()
    except Exception as exc:  # the parser forgives almost anything; whatever is left is this page's fault
        raise DocumentSkipped(f"not a readable web page: {detail(exc)}") from exc
    return ReadResult(parser.blocks, "; ".join(loaded.notes))


def _declared_charset(path: Path) -> str | None:
    with os_errors_skipped(path), open(path, "rb") as file:
        match = _CHARSET.search(file.read(_SNIFF_BYTES))
    return match.group(1).decode("ascii") if match else None


class _BlockParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self._skipping: dict[str, int] = {}
        self._headings = 0
        self._pre = 0
        # The text gathered since the last block boundary, laid out so that its line i is source
        # line `_first_line + i`: the chunker can then number the pieces of a long block exactly.
        self._pieces: list[str] = []
        self._first_line = 0
        self._cursor_line = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            self._skipping[tag] = self._skipping.get(tag, 0) + 1
        elif tag in _BLOCK_TAGS:
            self._flush()
            self._headings += tag in _HEADING_TAGS
            self._pre += tag == "pre"
        elif tag in _CELL_TAGS and self._pieces:
            self._add(" | ")
        elif tag == "br" and self._pieces:
            self._add(" ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # <br/>, <hr/>, <img/>: nothing to close.
        if tag in _BLOCK_TAGS:
            self._flush()
        elif tag == "br" and self._pieces:
            self._add(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            if self._skipping.get(tag):
                self._skipping[tag] -= 1
        elif tag in _BLOCK_TAGS:
            self._flush()
            if tag in _HEADING_TAGS and self._headings:
                self._headings -= 1
            if tag == "pre" and self._pre:
                self._pre -= 1

    def handle_data(self, data: str) -> None:
        if any(self._skipping.values()) or (not self._pieces and not data.strip()):
            return
        line = self.getpos()[0]
        if not self._pieces:
            self._first_line = self._cursor_line = line
        elif line > self._cursor_line:
            # A tag that spans lines: its line breaks are kept as blank text.
            self._add("\n" * (line - self._cursor_line))
        self._add(data)

    def close(self) -> None:
        super().close()
        self._flush()

    def _add(self, text: str) -> None:
        self._pieces.append(text)
        self._cursor_line += text.count("\n")

    def _flush(self) -> None:
        if not self._pieces:
            return
        lines = "".join(self._pieces).split("\n")
        self._pieces = []
        lines = [line.rstrip() for line in lines] if self._pre else [" ".join(line.split()) for line in lines]
        first, last = 0, len(lines)
        while first < last and not lines[first]:
            first += 1
        while last > first and not lines[last - 1]:
            last -= 1
        if first < last:
            self.blocks.append(
                Block(
                    "\n".join(lines[first:last]),
                    start_line=self._first_line + first,
                    end_line=self._first_line + last - 1,
                    heading=self._headings > 0,
                )
            )
