"""A text file's start, decoded whatever its encoding: text files come from everywhere, so a
wrong guess must cost a note (and a few odd letters), never the file."""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.documents.blocks import DocumentSkipped
from desktop.core.documents.readers.errors import check_regular_file, os_errors_skipped
from desktop.core.documents.readers.limits import MAX_CONTROL_RATIO, MAX_TEXT_BYTES, MB, SNIFF_BYTES

# Longest first: the UTF-32 little-endian mark starts with the UTF-16 one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control bytes that text does not contain; tabs, line and page breaks, ESC (coloured logs) and
# Ctrl-Z (old DOS files) are left out.
_CONTROL_BYTES = bytes(b for b in [*range(0x00, 0x09), *range(0x0E, 0x1A), 0x1C, 0x1D, 0x1E, 0x1F, 0x7F])
# What a file that is not UTF-8 is most likely to be, and the name the note gives it; Latin-1
# decodes any byte, so the chain always ends.
_FALLBACKS = (("cp1252", "Windows-1252"), ("latin-1", "Latin-1"))


@dataclass
class LoadedText:
    # Line breaks are "\n" whatever the file used, so that line i of the text is line i of the file.
    text: str
    notes: list[str] = field(default_factory=list)


def load_text(path: Path, declared: str | None = None) -> LoadedText:
    """The first MAX_TEXT_BYTES of `path` as text. `declared` is an encoding the file names for
    itself (an HTML <meta charset>); a byte-order mark wins over it."""
    check_regular_file(path)
    with os_errors_skipped(path), open(path, "rb") as file:
        # Only the start is ever in memory, however large the file.
        head = file.read(MAX_TEXT_BYTES)
        truncated = bool(file.read(1))
    encoding = _bom_encoding(head)
    notes = []
    if encoding is None:
        if is_binary(head[:SNIFF_BYTES]):
            raise DocumentSkipped("binary file, not text")
        text, note = _decode_guessing(head, declared, final=not truncated)
        if note:
            notes.append(note)
    else:
        # A byte-order mark is as sure as an encoding gets; a damaged letter is only replaced.
        text = _decode(head, encoding, "replace", final=not truncated)
    del head
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    if truncated:
        # The cut fell inside a line: that line's start is dropped with its end.
        last_break = text.rfind("\n")
        if last_break > 0:
            text = text[:last_break]
        notes.append(f"only the first {MAX_TEXT_BYTES // MB} MB was indexed")
    if not text.strip():
        raise DocumentSkipped("empty file")
    return LoadedText(text, notes)


def is_binary(sample: bytes) -> bool:
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls / len(sample) > MAX_CONTROL_RATIO


def _bom_encoding(head: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding
    return None


def _decode_guessing(data: bytes, declared: str | None, final: bool) -> tuple[str, str]:
    """(text, note): the declared encoding if it fits, else UTF-8, else the fallbacks."""
    tried = []
    if declared := _ascii_compatible(declared):
        tried.append(declared)
        try:
            return _decode(data, declared, "strict", final), ""
        except UnicodeDecodeError:
            pass
    if "utf-8" not in tried:
        try:
            return _decode(data, "utf-8", "strict", final), ""
        except UnicodeDecodeError:
            pass
    for encoding, name in _FALLBACKS:
        try:
            return _decode(data, encoding, "strict", final), f"not UTF-8: read as {name}"
        except UnicodeDecodeError:
            continue
    raise AssertionError("Latin-1 decodes every byte")  # pragma: no cover


def _ascii_compatible(name: str | None) -> str | None:
    """The codec's canonical name; None for unknown names, for codecs that are no text encoding
    (base64, zlib, rot13), and for those that do not read ASCII as ASCII (UTF-16, EBCDIC): a file
    whose <meta> could be read as ASCII is in none of these."""
    if not name:
        return None
    try:
        canonical = codecs.lookup(name.strip()).name
        # bytes.decode accepts text encodings only.
        if b"<meta charset>".decode(canonical) != "<meta charset>":
            return None
    except (LookupError, ValueError):
        return None
    return canonical


def _decode(data: bytes, encoding: str, errors: str, final: bool) -> str:
    # Incremental, so that a letter cut in half by the size limit is dropped rather than an error.
    decoder = codecs.getincrementaldecoder(encoding)(errors)
    return decoder.decode(data, final=final)
