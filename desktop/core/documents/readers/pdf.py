"""PDFs, page by page, with pypdf: each page's extracted text in paragraphs, numbered by page and
by line within the page, so that a citation can say where to look."""

from __future__ import annotations

import logging
import time
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from pypdf import PasswordType, PdfReader
from pypdf.errors import DependencyError

from desktop.core.documents.blocks import Block, DocumentSkipped, ReadResult
from desktop.core.documents.readers.errors import check_regular_file, detail, os_errors_skipped, too_large
from desktop.core.documents.readers.limits import MAX_PDF_BYTES, MAX_PDF_PAGES, MAX_PDF_SECONDS
from desktop.core.documents.readers.paragraphs import paragraph_blocks

# pypdf logs every oddity of a damaged file at WARNING; a skipped page is already in the note.
logging.getLogger("pypdf").setLevel(logging.CRITICAL)

# Control characters that some fonts' text maps produce; tabs and line breaks are kept.
_CONTROLS = {code: None for code in [*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F]} | {0x0C: "\n"}
# How many ranges of unreadable pages a note lists before it just counts the rest.
_NOTE_RANGES = 8


def read_pdf(path: Path) -> ReadResult:
    size = check_regular_file(path)
    if size > MAX_PDF_BYTES:
        raise too_large(size, MAX_PDF_BYTES)
    with os_errors_skipped(path), open(path, "rb") as file, _quiet():
        reader = _open(file)
        return _read_pages(reader)


@contextmanager
def _quiet() -> Iterator[None]:
    # pypdf (and the cryptography it may call) also warn through `warnings`: nothing the user can
    # act on, and an error where warnings are errors.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield


def _open(file: BinaryIO) -> PdfReader:
    try:
        # Not strict: pypdf then repairs what it can (broken cross-references, bad offsets).
        reader = PdfReader(file, strict=False)
        if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
            raise DocumentSkipped("encrypted PDF (needs a password)")
        return reader
    except DocumentSkipped:
        raise
    except DependencyError as exc:
        raise DocumentSkipped("encrypted PDF (its kind of encryption cannot be read)") from exc
    except Exception as exc:  # pypdf raises all kinds on damaged files (OSError too: seeks past the start)
        raise DocumentSkipped(f"not a readable PDF: {detail(exc)}") from exc


def _read_pages(reader: PdfReader) -> ReadResult:
    try:
        count = len(reader.pages)
    except DependencyError as exc:
        raise DocumentSkipped("encrypted PDF (its kind of encryption cannot be read)") from exc
    except Exception as exc:
        raise DocumentSkipped(f"not a readable PDF: {detail(exc)}") from exc
    if count == 0:
        raise DocumentSkipped("not a readable PDF: it has no pages")
    blocks: list[Block] = []
    failed: list[int] = []
    notes: list[str] = []
    deadline = time.monotonic() + MAX_PDF_SECONDS
    last = min(count, MAX_PDF_PAGES)
    for number in range(1, last + 1):
        try:
            text = reader.pages[number - 1].extract_text()
        except Exception:  # one damaged page costs that page, not the file
            failed.append(number)
        else:
            blocks.extend(paragraph_blocks(_clean(text), page=number))
        if number < last and time.monotonic() > deadline:
            shown = "page was" if number == 1 else f"{number:,} pages were"
            notes.append(f"only the first {shown} indexed (the file is very slow to read)")
            last = number
            break
    if last == MAX_PDF_PAGES < count:
        notes.append(f"only the first {MAX_PDF_PAGES:,} of {count:,} pages were indexed")
    if failed:
        notes.insert(0, _pages_note(failed))
    if not blocks:
        if len(failed) == last:
            raise DocumentSkipped("not a readable PDF: no page could be read")
        raise DocumentSkipped("no text in this PDF (scanned pages need OCR)")
    return ReadResult(blocks, "; ".join(notes))


def _clean(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").translate(_CONTROLS)


def _pages_note(pages: list[int]) -> str:
    """'page 3 could not be read', 'pages 3, 7-9 could not be read'."""
    ranges: list[tuple[int, int]] = []
    for page in pages:
        if ranges and ranges[-1][1] == page - 1:
            ranges[-1] = (ranges[-1][0], page)
        else:
            ranges.append((page, page))
    shown = [f"{first}" if first == last else f"{first}-{last}" for first, last in ranges[:_NOTE_RANGES]]
    listed = ", ".join(shown)
    if len(ranges) > _NOTE_RANGES:
        rest = sum(last - first + 1 for first, last in ranges[_NOTE_RANGES:])
        listed += f" and {rest} more"
    return f"{'page' if len(pages) == 1 else 'pages'} {listed} could not be read"
