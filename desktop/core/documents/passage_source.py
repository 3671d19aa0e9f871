"""A cited passage found again in its file: the lines around it, or the passage as stored when the
file has changed or gone. Plain Python (no Qt): the passage viewer shows what this returns.

Files are only read, never run, and only ever this much: a text file's lines around the passage
(at most WINDOW_BYTES of them), one page of a PDF. Pipes and devices are refused before opening
(opening a pipe waits for a writer for ever). Text is decoded as the indexer decoded it, so that
line n here is line n of the index; whatever does not decode is replaced, never an error.
"""

from __future__ import annotations

import os
import re
import stat
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from desktop.core.documents.blocks import DocumentSkipped
from desktop.core.documents.readers.decoding import load_text
from desktop.core.documents.readers.limits import MAX_PDF_BYTES, MAX_TEXT_BYTES, MB
from desktop.core.messages import CitationPart

WINDOW_BYTES = 5 * MB  # the most of a text file read to show a passage in it
CONTEXT_LINES = 400  # lines shown before the passage, when the file is too large to show whole
MATCH_SHARE = 0.9  # a passage is still there when this share of its words is on its lines
_SCAN_CHUNK = 1 * MB
_WORD = re.compile(r"\w+")
# Control characters that some fonts' text maps produce, removed as readers/pdf.py removes them,
# so that a page's line numbers here are the index's.
_PDF_CONTROLS = {code: None for code in [*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F]} | {0x0C: "\n"}

CHANGED = "The file changed since it was indexed: showing the passage as it was."
GONE = "The file is gone or cannot be read ({reason}): showing the passage as it was indexed."
AS_INDEXED = "The passage as it was indexed; open the file to see it in place."


@dataclass(frozen=True)
class SourceText:
    """What the viewer shows: `text`, its lines `highlight` (0-based, inclusive) marked, and a notice."""

    text: str
    highlight: tuple[int, int]
    notice: str = ""
    from_file: bool = False  # the file's own text (True), or the passage as stored
    first_line: int = 1  # the line of the file (or page) that `text` starts with


def stored(part: CitationPart, notice: str) -> SourceText:
    """The passage as it was given to the model, all of it marked."""
    return SourceText(part.text, (0, part.text.count("\n")), notice)


def is_pdf(part: CitationPart) -> bool:
    return Path(part.source).suffix.lower() == ".pdf" and part.page is not None


def has_lines(part: CitationPart) -> bool:
    """Whether the passage's lines are the file's own (text formats), so the file can be shown."""
    suffix = Path(part.source).suffix.lower()
    return suffix not in (".pdf", ".docx") and part.start_line is not None and part.end_line is not None


def load_source(part: CitationPart) -> SourceText:
    """The file's text around the passage with its lines marked, or the stored passage and why."""
    if not has_lines(part):
        return stored(part, "" if is_pdf(part) else AS_INDEXED)
    assert part.start_line is not None and part.end_line is not None
    path = Path(part.source)
    try:
        size = regular_file_size(path)
        if size <= WINDOW_BYTES:
            text, first = load_text(path).text, 1
        else:
            text, first = _window(path, part.start_line)
    except (OSError, DocumentSkipped) as error:
        return stored(part, GONE.format(reason=_reason(error)))
    return located(text, first, part) or stored(part, CHANGED)


def located(text: str, first: int, part: CitationPart) -> SourceText | None:
    """`text` (starting at line `first`) with the passage's lines marked; None when they no longer hold it."""
    assert part.start_line is not None and part.end_line is not None
    lines = text.split("\n")
    start, end = part.start_line - first, part.end_line - first
    if start < 0 or end >= len(lines) or end < start:
        return None
    if not still_there(part.text, "\n".join(lines[start : end + 1])):
        return None
    return SourceText(text, (start, end), from_file=True, first_line=first)


def still_there(passage: str, lines: str) -> bool:
    """Roughly: the passage's text is on those lines (white space aside), or nearly all its words are
    (a web page's passage is its text, its lines are markup)."""
    if " ".join(passage.split()) in " ".join(lines.split()):
        return True
    wanted = _WORD.findall(passage.lower())
    if not wanted:
        return False
    there = set(_WORD.findall(lines.lower()))
    return sum(word in there for word in wanted) >= MATCH_SHARE * len(wanted)


def regular_file_size(path: Path) -> int:
    info = os.stat(path)
    if not stat.S_ISREG(info.st_mode):
        raise DocumentSkipped("not a regular file")
    return info.st_size


def _window(path: Path, start_line: int) -> tuple[str, int]:
    """(text, its first line number): up to WINDOW_BYTES of a large file, from a little before
    `start_line`. Only the first MAX_TEXT_BYTES were indexed, so no more is scanned for lines."""
    first = max(1, start_line - CONTEXT_LINES)
    with open(path, "rb") as file:
        offset = _offset_of_line(file, first)
        file.seek(offset)
        data = file.read(WINDOW_BYTES)
    text = data.decode("utf-8", errors="replace").replace("\r\n", "\n").replace("\r", "\n")
    if len(data) == WINDOW_BYTES and "\n" in text:
        text = text[: text.rfind("\n")]  # the last line may be cut: it goes
    return text, first


def _offset_of_line(file: BinaryIO, line: int) -> int:
    """The byte offset where 1-based `line` starts (the end of what was indexed if it is past it)."""
    seen, offset = 1, 0
    while seen < line and offset < MAX_TEXT_BYTES:
        chunk = file.read(_SCAN_CHUNK)
        if not chunk:
            break
        at = 0
        while seen < line:
            found = chunk.find(b"\n", at)
            if found < 0:
                break
            seen += 1
            at = found + 1
        if seen == line:
            return offset + at
        offset += len(chunk)
    return offset


def pdf_page(part: CitationPart) -> SourceText:
    """The PDF's page with the passage's lines marked, or the stored passage and why. Slow on a
    large or strange PDF: called off the GUI thread."""
    assert part.page is not None
    path = Path(part.source)
    try:
        size = regular_file_size(path)
        if size > MAX_PDF_BYTES:
            raise DocumentSkipped("too large to read again")
        text = _page_text(path, part.page)
    except Exception as error:  # OSError, DocumentSkipped, and all kinds from pypdf on a damaged file
        return stored(part, GONE.format(reason=_reason(error)))
    if part.start_line is not None and part.end_line is not None:
        found = located(text, 1, part)
        if found is not None:
            return found
    return stored(part, CHANGED)


def _page_text(path: Path, page: int) -> str:
    from pypdf import PasswordType, PdfReader

    with warnings.catch_warnings(), open(path, "rb") as file:
        warnings.simplefilter("ignore")
        reader = PdfReader(file, strict=False)
        if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
            raise DocumentSkipped("it needs a password")
        if not 1 <= page <= len(reader.pages):
            raise DocumentSkipped(f"it has no page {page} now")
        text = reader.pages[page - 1].extract_text()
    return text.replace("\r\n", "\n").replace("\r", "\n").translate(_PDF_CONTROLS)


def _reason(error: BaseException) -> str:
    if isinstance(error, FileNotFoundError):
        return "not found"
    if isinstance(error, PermissionError):
        return "permission denied"
    if isinstance(error, IsADirectoryError):
        return "it is a folder"
    text = str(error).strip().splitlines()
    return (text[0] if text else type(error).__name__)[:120]
