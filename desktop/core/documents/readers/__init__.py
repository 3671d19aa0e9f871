"""Readers: a file in, its text out as blocks that know their page and lines, or DocumentSkipped
with the one-line reason to show. Files are only ever read; nothing else escapes for bad input."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from desktop.core.documents.blocks import DocumentSkipped, ReadResult
from desktop.core.documents.readers.errors import detail, os_reason
from desktop.core.documents.readers.html_page import read_html
from desktop.core.documents.readers.limits import (
    MAX_DOCX_MEMBERS,
    MAX_DOCX_RATIO,
    MAX_DOCX_UNCOMPRESSED_BYTES,
    MAX_PDF_BYTES,
    MAX_PDF_PAGES,
    MAX_PDF_SECONDS,
    MAX_TEXT_BYTES,
)
from desktop.core.documents.readers.markdown import read_markdown
from desktop.core.documents.readers.pdf import read_pdf
from desktop.core.documents.readers.plain import read_plain
from desktop.core.documents.readers.word import read_docx

__all__ = [
    "MAX_DOCX_MEMBERS",
    "MAX_DOCX_RATIO",
    "MAX_DOCX_UNCOMPRESSED_BYTES",
    "MAX_PDF_BYTES",
    "MAX_PDF_PAGES",
    "MAX_PDF_SECONDS",
    "MAX_TEXT_BYTES",
    "SUPPORTED_SUFFIXES",
    "is_supported",
    "read_file",
]

log = logging.getLogger(__name__)

# Plain text, notes, source code, configuration and data files: read as text, in paragraphs.
_PLAIN = """
.txt .text .log .rst .adoc .asciidoc .org .tex .bib .srt .vtt
.py .pyi .js .jsx .mjs .cjs .ts .tsx .c .h .cc .cpp .cxx .hh .hpp .cs .java .kt .kts .scala .go .rs
.rb .php .pl .pm .lua .r .swift .m .mm .dart .hs .ml .ex .exs .erl .clj .el .vim .zig .nim
.sh .bash .zsh .fish .ps1 .bat .cmd .mk .cmake .gradle
.toml .yaml .yml .json .jsonl .ndjson .csv .tsv .ini .cfg .conf .properties .xml .sql
.css .scss .sass .less .vue .svelte .graphql .proto
"""
_PLAIN_SUFFIXES = frozenset(_PLAIN.split())
_READERS: dict[str, Callable[[Path], ReadResult]] = {
    **dict.fromkeys(_PLAIN_SUFFIXES, read_plain),
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".html": read_html,
    ".htm": read_html,
    ".pdf": read_pdf,
    ".docx": read_docx,
}
SUPPORTED_SUFFIXES: frozenset[str] = frozenset(_READERS)


def is_supported(path: Path) -> bool:
    """Whether `path`'s kind (by its suffix, in any case) has a reader; its content is not looked at."""
    return path.suffix.lower() in SUPPORTED_SUFFIXES


def read_file(path: Path) -> ReadResult:
    """The blocks of text of `path`; DocumentSkipped (and nothing else) when it cannot be indexed."""
    reader = _READERS.get(path.suffix.lower())
    if reader is None:
        raise DocumentSkipped(f"not a kind of file Hearth reads ({path.suffix or 'no extension'})")
    try:
        return reader(path)
    except DocumentSkipped:
        raise
    except OSError as exc:
        raise DocumentSkipped(os_reason(exc, path)) from exc
    except Exception as exc:
        # A reader's own bug on a strange file: that file is skipped, and the bug is logged to be fixed.
        log.exception("reading %s failed", path.name)
        raise DocumentSkipped(f"could not be read: {detail(exc)}") from exc
