"""The text a reader takes out of a file, and the passages it is cut into: each knows where it came from."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Block:
    """A paragraph, heading, list or code block of a file, with where it sits in it.

    `page` is 1-based (PDFs); `start_line`/`end_line` are 1-based and inclusive, in the file's own
    lines (text formats) or the page's extracted lines (PDFs). `heading` starts a new passage.
    """

    text: str
    page: int | None = None
    start_line: int | None = None
    end_line: int | None = None
    heading: bool = False


@dataclass(frozen=True)
class Passage:
    """What is indexed, retrieved and cited: about 300-500 tokens of one file (one page of a PDF)."""

    text: str
    page: int | None = None
    start_line: int | None = None
    end_line: int | None = None


class DocumentSkipped(Exception):
    """A file that is not indexed; the message is the one-line reason shown in the Problems list."""


@dataclass
class ReadResult:
    blocks: list[Block]
    # Set when only part of the file was read ("pages 4-5 could not be read"): shown as a problem too.
    note: str = ""
