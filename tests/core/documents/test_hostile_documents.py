"""Broken, strange and hostile files: each is skipped with a reason the user can read, or read in
part with a note, and never crashes, hangs, warns or takes all memory."""

from __future__ import annotations

import logging
import os
import random
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from reportlab.lib.pdfencrypt import StandardEncryption

from desktop.core.documents import readers
from desktop.core.documents.blocks import DocumentSkipped, ReadResult
from desktop.core.documents.readers import decoding, pdf, read_file
from desktop.core.documents.readers.limits import MAX_TEXT_BYTES
from tests.core.documents.sample_files import add_zeros, break_page, make_docx, make_pdf

MB = 1024 * 1024


def _reason(path: Path) -> str:
    with pytest.raises(DocumentSkipped) as caught:
        read_file(path)
    reason = str(caught.value)
    assert reason and "\n" not in reason and len(reason) <= 160
    return reason


# Text files


def test_a_binary_file_named_txt_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "data.txt"
    path.write_bytes(random.Random(7).randbytes(20_000) + b"\x00")
    assert _reason(path) == "binary file, not text"


def test_control_characters_without_nuls_are_binary_too(tmp_path: Path) -> None:
    path = tmp_path / "dump.log"
    path.write_bytes(bytes(range(1, 9)) * 500 + b"some text")
    assert _reason(path) == "binary file, not text"


def test_coloured_logs_and_form_feeds_are_still_text(tmp_path: Path) -> None:
    path = tmp_path / "build.log"
    path.write_bytes(b"\x1b[31mERROR\x1b[0m disk full\n\x0cpage two\n" * 50)
    assert "disk full" in read_file(path).blocks[0].text


@pytest.mark.parametrize("content", [b"", b"   \n\n\t  \r\n", b"\xef\xbb\xbf", b"\xff\xfe"])
def test_an_empty_file_is_skipped(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    assert _reason(path) == "empty file"


def test_latin1_text_is_read_with_a_note(tmp_path: Path) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes("Crème brûlée, naïve café\n\nsecond".encode("latin-1"))
    result = read_file(path)
    assert result.blocks[0].text == "Crème brûlée, naïve café"
    assert result.note == "not UTF-8: read as Windows-1252"


def test_bytes_windows_1252_lacks_fall_back_to_latin1(tmp_path: Path) -> None:
    path = tmp_path / "odd.txt"
    path.write_bytes(b"caf\xe9 \x81 end")  # 0x81 means nothing in Windows-1252
    result = read_file(path)
    assert result.blocks[0].text == "café \x81 end"
    assert result.note == "not UTF-8: read as Latin-1"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_a_byte_order_mark(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "wide.txt"
    text = "Grüße\r\naus Köln\r\n\r\n日本語の段落"
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    path.write_bytes(data)
    result = read_file(path)
    assert [(b.text, b.start_line, b.end_line) for b in result.blocks] == [
        ("Grüße\naus Köln", 1, 2),
        ("日本語の段落", 4, 4),
    ]
    assert result.note == ""


def test_a_huge_text_file_is_read_only_up_to_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    paragraph = ("All work and no play makes a dull day. " * 20 + "\n") * 3 + "\n"
    chunk = (paragraph * (MB // len(paragraph) + 1)).encode()[:MB]
    with open(path, "wb") as file:
        for _ in range(100):
            file.write(chunk)
        file.write(b"\n\nTHE END OF THE FILE\n")
    assert path.stat().st_size > 100 * MB
    tracemalloc.start()
    try:
        result = read_file(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.note == "only the first 20 MB was indexed"
    total = sum(len(b.text) for b in result.blocks)
    assert 19 * MB < total <= MAX_TEXT_BYTES
    assert "THE END OF THE FILE" not in result.blocks[-1].text
    # The whole file would be 100 MB as bytes alone, and more again as text.
    assert peak < 90 * MB


def test_a_letter_cut_by_the_size_limit_is_dropped_not_garbled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(decoding, "MAX_TEXT_BYTES", 25)
    path = tmp_path / "accents.txt"
    path.write_text("ééééé\néééééééééééééééééééé", encoding="utf-8")  # the limit falls inside a letter
    result = read_file(path)
    assert [b.text for b in result.blocks] == ["ééééé"]
    assert "only the first" in result.note


# Files that are not there, not files, or not readable


def test_a_folder_named_like_a_text_file_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").mkdir()
    assert _reason(tmp_path / "notes.txt") == "cannot be read: it is a folder"


def test_a_file_that_is_gone_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "gone.pdf"
    path.write_bytes(b"%PDF")
    path.unlink()
    assert _reason(path) == "deleted while being indexed"


@pytest.mark.parametrize("name", ["link.txt", "link.pdf", "link.docx", "link.md", "link.html"])
def test_a_dangling_link_is_skipped(tmp_path: Path, name: str) -> None:
    (tmp_path / name).symlink_to(tmp_path / "nowhere")
    assert _reason(tmp_path / name) == "cannot be read: the link points to nothing"


def test_a_link_loop_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    assert _reason(tmp_path / "a.txt") == "cannot be read: the link points to itself"


@pytest.mark.parametrize("name", ["pipe.txt", "pipe.pdf", "pipe.docx", "pipe.md", "pipe.html"])
def test_a_named_pipe_is_skipped_without_waiting_for_a_writer(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    os.mkfifo(path)
    assert _reason(path) == "cannot be read: not a regular file"


@pytest.mark.parametrize("name", ["private.txt", "private.md", "private.html", "private.pdf", "private.docx"])
def test_an_unreadable_file_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    path = tmp_path / name
    path.write_text("secret", encoding="utf-8")
    path.chmod(0)
    if os.geteuid() == 0:
        # Root reads any file whatever its mode (the CI runs as root): the kernel's refusal is played
        # here by open() itself, as it raises it for everyone else.
        real_open = open

        def refusing_open(file, *args, **kwargs):  # type: ignore[no-untyped-def]
            if Path(file) == path:
                raise PermissionError(13, "Permission denied", str(file))
            return real_open(file, *args, **kwargs)

        monkeypatch.setattr("builtins.open", refusing_open)
    try:
        assert _reason(path) == "cannot be read: permission denied"
    finally:
        path.chmod(0o600)


# PDFs


def test_a_pdf_that_needs_a_password_is_skipped(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "locked.pdf", [["secret plans"]], encrypt=StandardEncryption("open-sesame", strength=128)
    )
    assert _reason(path) == "encrypted PDF (needs a password)"


def test_a_pdf_past_the_size_limit_is_not_opened(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf, "MAX_PDF_BYTES", 1 * MB)
    path = tmp_path / "big.pdf"
    path.write_bytes(b"%PDF-1.4\n" + bytes(3 * MB))
    assert _reason(path) == "too large (3 MB; the limit is 1 MB)"


def test_a_pdf_cut_in_half_is_skipped(tmp_path: Path) -> None:
    whole = make_pdf(tmp_path / "whole.pdf", [[f"line {n} of page {p}" for n in range(40)] for p in range(6)])
    data = whole.read_bytes()
    path = tmp_path / "half.pdf"
    path.write_bytes(data[: len(data) // 2])
    assert _reason(path).startswith("not a readable PDF: ")


@pytest.mark.parametrize("head", [b"", b"%PDF-1.7\n"])
def test_garbage_named_pdf_is_skipped(tmp_path: Path, head: bytes) -> None:
    path = tmp_path / "junk.pdf"
    path.write_bytes(head + random.Random(11).randbytes(30_000))
    assert _reason(path).startswith("not a readable PDF: ")


def test_an_empty_pdf_file_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "zero.pdf"
    path.write_bytes(b"")
    assert _reason(path).startswith("not a readable PDF: ")


def test_a_pdf_without_text_needs_ocr(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "scan.pdf", [[], [], []])
    assert _reason(path) == "no text in this PDF (scanned pages need OCR)"


def test_a_damaged_page_is_left_out_and_noted(tmp_path: Path) -> None:
    source = make_pdf(tmp_path / "five.pdf", [[f"Text of page {n}"] for n in range(1, 6)])
    once = break_page(source, tmp_path / "once.pdf", 2)
    path = break_page(once, tmp_path / "twice.pdf", 3)
    result = read_file(path)
    assert [(b.page, b.text) for b in result.blocks] == [
        (1, "Text of page 1"),
        (2, "Text of page 2"),
        (5, "Text of page 5"),
    ]
    assert result.note == "pages 3-4 could not be read"


def test_a_pdf_whose_only_page_is_damaged_is_skipped(tmp_path: Path) -> None:
    source = make_pdf(tmp_path / "one.pdf", [["only page"]])
    path = break_page(source, tmp_path / "broken.pdf", 0)
    assert _reason(path) == "not a readable PDF: no page could be read"


def test_pages_past_the_cap_are_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf, "MAX_PDF_PAGES", 2)
    path = make_pdf(tmp_path / "long.pdf", [[f"page {n}"] for n in range(1, 6)])
    result = read_file(path)
    assert [b.page for b in result.blocks] == [1, 2]
    assert result.note == "only the first 2 of 5 pages were indexed"


def test_a_pdf_slower_than_the_time_limit_stops_with_a_note(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf, "MAX_PDF_SECONDS", -1.0)  # already past after the first page
    path = make_pdf(tmp_path / "slow.pdf", [[f"page {n}"] for n in range(1, 4)])
    result = read_file(path)
    assert [b.page for b in result.blocks] == [1]
    assert result.note == "only the first page was indexed (the file is very slow to read)"


def test_pypdf_complaints_reach_neither_warnings_nor_the_log(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    # The suite turns warnings into errors: a warning escaping the reader would fail this test.
    source = make_pdf(tmp_path / "ok.pdf", [["fine"], ["also fine"]])
    data = source.read_bytes()
    # A wrong cross-reference offset: pypdf repairs it, and complains while it does.
    path = tmp_path / "bad-xref.pdf"
    path.write_bytes(
        data.replace(b"startxref\n", b"startxref\n1").replace(b"0000000000 65535 f", b"0000000009 65535 f")
    )
    with caplog.at_level(logging.DEBUG):
        result = read_file(path)
    assert [b.text for b in result.blocks] == ["fine", "also fine"]
    assert [r for r in caplog.records if r.name.startswith("pypdf") and r.levelno >= logging.WARNING] == []


# Word files


def test_a_docx_zip_bomb_is_skipped_before_it_is_unpacked(tmp_path: Path) -> None:
    path = add_zeros(make_docx(tmp_path / "bomb.docx"), "word/media/image", megabytes=50)
    assert path.stat().st_size < 1 * MB
    reason = _reason(path)
    assert reason.startswith("looks like a zip bomb: a part is compressed ")


def test_a_docx_that_unpacks_to_too_much_is_skipped(tmp_path: Path) -> None:
    # Many parts, each too small for the ratio check, together far past the size limit.
    path = add_zeros(make_docx(tmp_path / "wide.docx"), "word/media/part", megabytes=1, count=210)
    assert _reason(path).startswith("looks like a zip bomb: unpacks to ")


def test_a_docx_with_too_many_parts_is_skipped(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "many.docx")
    with zipfile.ZipFile(path, "a") as archive:
        parts = len(archive.infolist()) + 10_001
        for index in range(10_001):
            archive.writestr(f"padding/part{index}.xml", b"")
    assert _reason(path) == f"looks like a zip bomb: {parts:,} parts"


def test_a_zip_that_is_not_a_word_file_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "fake.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "not a document")
    assert _reason(path).startswith("not a readable Word file")


def test_text_named_docx_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "plain.docx"
    path.write_text("just text", encoding="utf-8")
    assert _reason(path) == "not a readable Word file"


def test_an_old_doc_renamed_docx_is_named_as_such(tmp_path: Path) -> None:
    path = tmp_path / "old.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096))
    assert _reason(path) == "not a readable Word file (an old .doc or a password-protected file)"


def test_a_docx_cut_in_half_is_skipped(tmp_path: Path) -> None:
    data = make_docx(tmp_path / "whole.docx").read_bytes()
    path = tmp_path / "half.docx"
    path.write_bytes(data[: len(data) // 2])
    assert _reason(path).startswith("not a readable Word file")


def test_a_docx_with_no_text_is_empty(tmp_path: Path) -> None:
    import docx

    path = tmp_path / "blank.docx"
    docx.Document().save(str(path))
    assert _reason(path) == "empty file"


# Markup that is hostile rather than broken


def test_deeply_nested_markdown_and_html_are_read(tmp_path: Path) -> None:
    md = tmp_path / "deep.md"
    md.write_text(">" * 5000 + " deep\n\n" + "- " * 3000 + "item\n", encoding="utf-8")
    assert "deep" in read_file(md).blocks[0].text
    page = tmp_path / "deep.html"
    page.write_text("<div>" * 20_000 + "<p>bottom</p>" + "<span>" * 5000 + "tail", encoding="utf-8")
    assert [b.text for b in read_file(page).blocks] == ["bottom", "tail"]


def test_broken_html_is_read_as_far_as_it_goes(tmp_path: Path) -> None:
    page = tmp_path / "broken.html"
    page.write_text("<p>one<p>two</li></td><h2>Title<p>three <a href='x\n<!-- open comment", encoding="utf-8")
    blocks = read_file(page).blocks
    assert [b.text for b in blocks][:3] == ["one", "two", "Title"]
    assert blocks[2].heading


def test_an_unclosed_script_hides_only_what_follows_it(tmp_path: Path) -> None:
    page = tmp_path / "script.html"
    page.write_text("<p>visible</p><script>if (a < b) { document.write('<p>x</p>') }", encoding="utf-8")
    assert [b.text for b in read_file(page).blocks] == ["visible"]


@pytest.mark.parametrize("charset", ["no-such-codec", "utf-16", "utf-32be", "cp500", "hex", "zlib", "rot13", "base64"])
def test_a_bogus_declared_charset_falls_back_to_utf8(tmp_path: Path, charset: str) -> None:
    page = tmp_path / "liar.html"
    page.write_bytes(f'<meta charset="{charset}"><p>naïve</p>'.encode())
    result = read_file(page)
    assert [b.text for b in result.blocks] == ["naïve"]
    assert result.note == ""


def test_a_readers_own_bug_skips_the_file_and_is_logged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(path: Path) -> ReadResult:
        raise KeyError("oops")

    monkeypatch.setitem(readers._READERS, ".md", broken)
    path = tmp_path / "notes.md"
    path.write_text("# fine", encoding="utf-8")
    assert _reason(path) == "could not be read: 'oops'"
    assert any(r.levelno == logging.ERROR and r.exc_info for r in caplog.records)


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".pdf", ".docx", ".py"])
def test_random_bytes_never_raise_anything_else(tmp_path: Path, suffix: str) -> None:
    rng = random.Random(suffix)
    for index in range(20):
        path = tmp_path / f"fuzz{index}{suffix}"
        size = rng.choice([1, 10, 500, 5000])
        # Mostly printable, sometimes not: both the text and the binary paths are taken.
        alphabet = bytes(range(32, 127)) + b"\n\n\n<>/&;#" if index % 2 else bytes(range(256))
        path.write_bytes(bytes(rng.choice(alphabet) for _ in range(size)))
        try:
            result = read_file(path)
        except DocumentSkipped as skipped:
            assert str(skipped)
        else:
            assert all(b.text.strip() for b in result.blocks)
