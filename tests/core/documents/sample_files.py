"""Real documents for the reader tests, made by the libraries that make them in the wild."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
from pypdf import PdfWriter
from pypdf.generic import NameObject, StreamObject
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen import canvas


def make_pdf(path: Path, pages: list[list[str]], encrypt: StandardEncryption | None = None) -> Path:
    """A PDF whose page i shows the lines of pages[i], one under the other ("" leaves a gap)."""
    drawing = canvas.Canvas(str(path), encrypt=encrypt)
    for lines in pages:
        y = 800
        for line in lines:
            if line:
                drawing.drawString(72, y, line)
            y -= 14
        drawing.showPage()
    drawing.save()
    return path


def break_page(source: Path, target: Path, page_index: int) -> Path:
    """`source` with the content of one page behind a filter no reader knows: that page cannot be read."""
    writer = PdfWriter(clone_from=str(source))
    stream = StreamObject()
    stream.set_data(b"BT /F1 12 Tf (lost) Tj ET")
    stream[NameObject("/Filter")] = NameObject("/NoSuchDecode")
    writer.pages[page_index][NameObject("/Contents")] = writer._add_object(stream)
    writer.write(str(target))
    return target


def make_docx(path: Path) -> Path:
    document = docx.Document()
    document.add_heading("Quarterly report", level=0)  # the Title style
    document.add_paragraph("Sales grew in every region.")
    document.add_paragraph("")
    document.add_heading("Costs", level=1)
    document.add_paragraph("Shipping costs fell by a tenth.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Region"
    table.cell(0, 1).text = "Growth"
    table.cell(1, 0).text = "North"
    table.cell(1, 1).text = "12%"
    document.add_paragraph("Closing words.")
    document.save(str(path))
    return path


def add_zeros(path: Path, name: str, megabytes: int, count: int = 1) -> Path:
    """Add `count` members of `megabytes` MB of zeros to the zip at `path`, deflated as they are
    written (a few KB on disk each, and no more than 1 MB in memory)."""
    chunk = bytes(1024 * 1024)
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        for index in range(count):
            with archive.open(f"{name}{index}", "w", force_zip64=True) as member:
                for _ in range(megabytes):
                    member.write(chunk)
    return path
