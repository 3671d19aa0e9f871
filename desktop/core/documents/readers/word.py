"""Word files (.docx) with python-docx: body paragraphs and table rows in document order, after a
look at the zip inside, since python-docx unpacks every part of it into memory."""

from __future__ import annotations

import warnings
import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from desktop.core.documents.blocks import Block, DocumentSkipped, ReadResult
from desktop.core.documents.readers.errors import check_regular_file, detail, os_errors_skipped
from desktop.core.documents.readers.limits import (
    DOCX_RATIO_FLOOR_BYTES,
    MAX_DOCX_MEMBERS,
    MAX_DOCX_RATIO,
    MAX_DOCX_UNCOMPRESSED_BYTES,
    MB,
)

# Password-protected Office files and old .doc files are OLE compound files, not zips.
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def read_docx(path: Path) -> ReadResult:
    check_regular_file(path)
    with os_errors_skipped(path):
        _check_zip(path)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                document = docx.Document(str(path))
                blocks = list(_blocks(document.iter_inner_content()))
        except OSError:
            raise
        except Exception as exc:  # lxml, KeyError for missing parts, python-docx's own errors
            raise DocumentSkipped(f"not a readable Word file: {detail(exc)}") from exc
    if not blocks:
        raise DocumentSkipped("empty file")
    return ReadResult(blocks)


def _check_zip(path: Path) -> None:
    """DocumentSkipped unless `path` is a zip that unpacks to a sane size."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except zipfile.BadZipFile as exc:
        with open(path, "rb") as file:
            old = file.read(len(_OLE_MAGIC)) == _OLE_MAGIC
        reason = " (an old .doc or a password-protected file)" if old else ""
        raise DocumentSkipped(f"not a readable Word file{reason}") from exc
    except (ValueError, EOFError, NotImplementedError) as exc:  # zipfile's other complaints
        raise DocumentSkipped(f"not a readable Word file: {detail(exc)}") from exc
    if len(members) > MAX_DOCX_MEMBERS:
        raise DocumentSkipped(f"looks like a zip bomb: {len(members):,} parts")
    total = sum(member.file_size for member in members)
    if total > MAX_DOCX_UNCOMPRESSED_BYTES:
        raise DocumentSkipped(f"looks like a zip bomb: unpacks to {total / MB:,.0f} MB")
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > DOCX_RATIO_FLOOR_BYTES and ratio > MAX_DOCX_RATIO:
            raise DocumentSkipped(f"looks like a zip bomb: a part is compressed {ratio:,.0f} times")


def _blocks(content: Iterator[Paragraph | Table]) -> Iterator[Block]:
    # A Word file has no lines: start_line/end_line are paragraph numbers (shown as ¶ in the
    # viewer), counting every body paragraph, empty ones too, and every table row, in order.
    number = 0
    for item in content:
        if isinstance(item, Paragraph):
            number += 1
            text = item.text.strip()
            if text:
                yield Block(text, start_line=number, end_line=number, heading=_is_heading(item))
        else:
            for row in item.rows:
                number += 1
                text = _row_text(row.cells)
                if text:
                    yield Block(text, start_line=number, end_line=number)


def _is_heading(paragraph: Paragraph) -> bool:
    style = paragraph.style
    name = (style.name or "") if style is not None else ""
    return name == "Title" or name.startswith("Heading")


def _row_text(cells: tuple[_Cell, ...]) -> str:
    texts: list[str] = []
    previous = None
    for cell in cells:
        # A merged cell is repeated once per grid column it spans: its text is kept once.
        if cell._tc is previous:
            continue
        previous = cell._tc
        texts.append(" ".join(cell.text.split()))
    return " | ".join(text for text in texts if text)
