"""The readers on ordinary files: the right text, in blocks, with the right pages and lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.documents.blocks import Block, DocumentSkipped
from desktop.core.documents.readers import SUPPORTED_SUFFIXES, is_supported, read_file
from tests.core.documents.sample_files import make_docx, make_pdf


def _lines(block: Block) -> tuple[int | None, int | None]:
    return block.start_line, block.end_line


def test_supported_kinds_are_known_by_suffix_in_any_case() -> None:
    for name in ("a.txt", "b.MD", "c.Pdf", "d.docx", "e.py", "f.html", "g.csv", "h.markdown"):
        assert is_supported(Path(name)), name
    for name in ("a.exe", "b.doc", "c", "d.png", "notes.txt.gz"):
        assert not is_supported(Path(name)), name
    assert {".txt", ".md", ".pdf", ".docx", ".html", ".json"} <= SUPPORTED_SUFFIXES


def test_an_unsupported_kind_is_skipped_with_its_suffix(tmp_path: Path) -> None:
    path = tmp_path / "photo.png"
    path.write_bytes(b"\x89PNG")
    with pytest.raises(DocumentSkipped, match=r"\.png"):
        read_file(path)


def test_text_is_read_in_paragraphs_with_the_files_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("\n\nFirst line\nsecond line   \n\n\n   indented third\n\nlast", encoding="utf-8")
    result = read_file(path)
    assert [(b.text, _lines(b)) for b in result.blocks] == [
        ("First line\nsecond line", (3, 4)),
        ("   indented third", (7, 7)),
        ("last", (9, 9)),
    ]
    assert result.note == ""
    assert not any(b.heading for b in result.blocks)


def test_windows_line_endings_count_as_one_line_each(tmp_path: Path) -> None:
    path = tmp_path / "dos.txt"
    path.write_bytes(b"one\r\ntwo\r\n\r\nthree\rfour\r\n")
    blocks = read_file(path).blocks
    assert [(b.text, _lines(b)) for b in blocks] == [("one\ntwo", (1, 2)), ("three\nfour", (4, 5))]


def test_source_code_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "tool.py"
    path.write_text('def f():\n    return 1\n\n\nclass A:\n    """Doc."""\n', encoding="utf-8")
    blocks = read_file(path).blocks
    assert [_lines(b) for b in blocks] == [(1, 2), (5, 6)]
    assert blocks[0].text == "def f():\n    return 1"


def test_a_utf8_byte_order_mark_is_not_text(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + "Héllo".encode())
    result = read_file(path)
    assert result.blocks[0].text == "Héllo"
    assert result.note == ""


def test_markdown_blocks_follow_the_source_lines(tmp_path: Path) -> None:
    source = (
        "# Guide\n"  # 1
        "\n"  # 2
        "Intro paragraph\n"  # 3
        "on two lines.\n"  # 4
        "\n"  # 5
        "## Install\n"  # 6
        "- first item\n"  # 7
        "- second item\n"  # 8
        "  continued\n"  # 9
        "\n"  # 10
        "```sh\n"  # 11
        "pip install x\n"  # 12
        "\n"  # 13
        "run x\n"  # 14
        "```\n"  # 15
        "\n"  # 16
        "| a | b |\n"  # 17
        "|---|---|\n"  # 18
        "| 1 | 2 |\n"  # 19
        "\n"  # 20
        "---\n"  # 21
        "Setext title\n"  # 22
        "============\n"  # 23
    )
    path = tmp_path / "guide.md"
    path.write_text(source, encoding="utf-8")
    blocks = read_file(path).blocks
    assert [(b.text, _lines(b), b.heading) for b in blocks] == [
        ("# Guide", (1, 1), True),
        ("Intro paragraph\non two lines.", (3, 4), False),
        ("## Install", (6, 6), True),
        ("- first item", (7, 7), False),
        ("- second item\n  continued", (8, 9), False),
        ("```sh\npip install x\n\nrun x\n```", (11, 15), False),
        ("| a | b |\n|---|---|\n| 1 | 2 |", (17, 19), False),
        ("Setext title\n============", (22, 23), True),
    ]


def test_markdown_front_matter_is_text_not_a_heading(tmp_path: Path) -> None:
    path = tmp_path / "post.markdown"
    path.write_text("---\ntitle: Trip\ndate: 2024-05-01\n---\n\nWe left at dawn.\n", encoding="utf-8")
    blocks = read_file(path).blocks
    assert [(b.text, _lines(b), b.heading) for b in blocks] == [
        ("---\ntitle: Trip\ndate: 2024-05-01\n---", (1, 4), False),
        ("We left at dawn.", (6, 6), False),
    ]


def test_html_gives_the_text_of_blocks_without_scripts_or_styles(tmp_path: Path) -> None:
    page = (
        "<!doctype html>\n"  # 1
        "<html><head><title>Trip notes</title>\n"  # 2
        "<style>p { color: red }</style>\n"  # 3
        "<script>var secret = 'do not index';</script></head>\n"  # 4
        "<body>\n"  # 5
        "<h1>Day  one</h1>\n"  # 6
        "<p>We walked <b>far</b>\n"  # 7
        "and ate &amp; slept.</p>\n"  # 8
        "<noscript><p>Enable scripts</p></noscript>\n"  # 9
        "<ul><li>Tent</li><li>Stove</li></ul>\n"  # 10
        "<table><tr><td>Day</td><td>Miles</td></tr>\n"  # 11
        "<tr><td>1</td><td>12</td></tr></table>\n"  # 12
        "<pre>  keep   this\n    spacing</pre>\n"  # 13-14
        "<template><p>never shown</p></template>\n"  # 15
        "</body></html>\n"
    )
    path = tmp_path / "trip.html"
    path.write_text(page, encoding="utf-8")
    blocks = read_file(path).blocks
    assert [(b.text, _lines(b), b.heading) for b in blocks] == [
        ("Trip notes", (2, 2), True),
        ("Day one", (6, 6), True),
        ("We walked far\nand ate & slept.", (7, 8), False),
        ("Tent", (10, 10), False),
        ("Stove", (10, 10), False),
        ("Day | Miles", (11, 11), False),
        ("1 | 12", (12, 12), False),
        ("  keep   this\n    spacing", (13, 14), False),
    ]
    text = "\n".join(b.text for b in blocks)
    assert "secret" not in text and "color" not in text and "Enable" not in text and "never" not in text


def test_html_is_decoded_with_the_charset_it_declares(tmp_path: Path) -> None:
    path = tmp_path / "old.htm"
    path.write_bytes('<html><head><meta charset="windows-1252"></head><body><p>Café “quoted”</p>'.encode("cp1252"))
    result = read_file(path)
    assert [b.text for b in result.blocks] == ["Café “quoted”"]
    # Declared, so not a guess: nothing to note.
    assert result.note == ""


def test_html_charset_in_http_equiv_is_used_too(tmp_path: Path) -> None:
    path = tmp_path / "cyr.html"
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'
    path.write_bytes(f"<html><head>{meta}</head><p>Привет</p>".encode("koi8-r"))
    assert [b.text for b in read_file(path).blocks] == ["Привет"]


def test_pdf_pages_and_lines(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "report.pdf",
        [["Revenue rose in spring.", "It fell in autumn."], [], ["Page three says hello."]],
    )
    result = read_file(path)
    assert result.note == ""
    assert [(b.text, b.page, _lines(b)) for b in result.blocks] == [
        ("Revenue rose in spring.\nIt fell in autumn.", 1, (1, 2)),
        ("Page three says hello.", 3, (1, 1)),
    ]


def test_a_pdf_with_only_an_owner_password_is_read(tmp_path: Path) -> None:
    from reportlab.lib.pdfencrypt import StandardEncryption

    path = make_pdf(
        tmp_path / "locked-for-editing.pdf",
        [["Anyone may read this."]],
        encrypt=StandardEncryption("", ownerPassword="owner", strength=128),
    )
    assert [b.text for b in read_file(path).blocks] == ["Anyone may read this."]


def test_docx_paragraphs_headings_and_tables_in_order(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "report.docx")
    result = read_file(path)
    # Paragraph numbers count every body paragraph (the empty third one too) and every table row.
    assert [(b.text, _lines(b), b.heading) for b in result.blocks] == [
        ("Quarterly report", (1, 1), True),
        ("Sales grew in every region.", (2, 2), False),
        ("Costs", (4, 4), True),
        ("Shipping costs fell by a tenth.", (5, 5), False),
        ("Region | Growth", (6, 6), False),
        ("North | 12%", (7, 7), False),
        ("Closing words.", (8, 8), False),
    ]
    assert all(b.page is None for b in result.blocks)


def test_reading_never_changes_the_file(tmp_path: Path) -> None:
    paths = [
        make_docx(tmp_path / "a.docx"),
        make_pdf(tmp_path / "b.pdf", [["x y z"]]),
    ]
    for name, text in (("c.md", "# T\n\nbody\n"), ("d.html", "<p>hi</p>"), ("e.txt", "plain\n")):
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(tmp_path / name)
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in paths}
    for path in paths:
        read_file(path)
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in paths} == before
