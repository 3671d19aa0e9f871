"""Plain text and source files: paragraphs at blank lines, numbered by the file's own lines."""

from __future__ import annotations

from pathlib import Path

from desktop.core.documents.blocks import ReadResult
from desktop.core.documents.readers.decoding import load_text
from desktop.core.documents.readers.paragraphs import paragraph_blocks


def read_plain(path: Path) -> ReadResult:
    loaded = load_text(path)
    return ReadResult(paragraph_blocks(loaded.text), "; ".join(loaded.notes))
