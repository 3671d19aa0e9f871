"""The passage viewer: a cited passage in its file with its lines marked, found again as the indexer
cut it; the stored passage and a notice when the file changed or went; large, odd and hostile files
shown without a stall; "Open file" hands the file (never a script) to the system."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QTextCursor

from desktop.core.documents import passage_source
from desktop.core.documents.chunking import split_passages
from desktop.core.documents.passage_source import AS_INDEXED, CHANGED, WINDOW_BYTES
from desktop.core.documents.readers import read_file
from desktop.core.messages import CitationPart
from desktop.ui.passage_viewer import PassageViewer
from tests.core.documents.sample_files import make_pdf


def indexed(path: Path, needle: str, n: int = 1) -> CitationPart:
    """The passage of `path` holding `needle`, cut by the indexer's own readers and chunker."""
    passages = split_passages(read_file(path).blocks, target_chars=20, max_chars=400, overlap_chars=0)
    passage = next(p for p in passages if needle in p.text)
    return CitationPart(n, str(path), passage.text, passage.page, passage.start_line, passage.end_line, 0.5)


def opened(qtbot, part: CitationPart) -> PassageViewer:
    viewer = PassageViewer(part)
    qtbot.addWidget(viewer)
    viewer.show()
    return viewer


def marked(viewer: PassageViewer) -> str:
    selection = viewer.editor.extraSelections()[0]
    return selection.cursor.selectedText().replace("\u2029", "\n").rstrip("\n")


def file_lines(path: Path, first: int, last: int) -> str:
    return "\n".join(path.read_text(encoding="utf-8").split("\n")[first - 1 : last])


def write_notes(path: Path, lines: int = 300) -> Path:
    text = [f"Line {i}: filler about nothing much." for i in range(1, lines + 1)]
    text[199:203] = ["", "## Repotting", "Repot ferns in spring, into a pot one size up.", ""]
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    return path


def test_a_text_passage_is_shown_in_its_file_with_its_lines_marked_and_in_view(qtbot, tmp_path) -> None:
    path = write_notes(tmp_path / "care.md")
    part = indexed(path, "Repot ferns")
    assert (part.start_line, part.end_line) == (201, 202)
    viewer = opened(qtbot, part)

    assert viewer.windowTitle() == "care.md, lines 201-202 — source 1"
    assert viewer.editor.isReadOnly()
    assert viewer.editor.toPlainText() == path.read_text(encoding="utf-8")
    assert (
        marked(viewer) == file_lines(path, 201, 202) == "## Repotting\nRepot ferns in spring, into a pot one size up."
    )
    assert viewer.notice.isHidden() and viewer.is_loaded
    # Scrolled to it: the marked lines are on screen, not line 1.
    qtbot.waitExposed(viewer)
    top = viewer.editor.cursorRect(QTextCursor(viewer.editor.document().findBlockByNumber(200)))
    assert viewer.editor.viewport().rect().contains(top)
    assert viewer.editor.firstVisibleBlock().blockNumber() > 0


def test_a_changed_file_shows_the_passage_as_it_was_and_says_so(qtbot, tmp_path) -> None:
    path = write_notes(tmp_path / "care.md")
    part = indexed(path, "Repot ferns")
    text = path.read_text(encoding="utf-8")
    path.write_text("A new first paragraph.\n\n" + text, encoding="utf-8")  # every line moved down two

    viewer = opened(qtbot, part)
    assert viewer.notice.text() == CHANGED and viewer.notice.isVisible()
    assert viewer.editor.toPlainText() == part.text
    assert marked(viewer) == part.text  # all of it marked
    assert viewer.open_button.isEnabled()  # the file is still there to open


def test_a_word_changed_in_the_passage_still_finds_it_in_place(qtbot, tmp_path) -> None:
    path = write_notes(tmp_path / "care.md")
    part = indexed(path, "Repot ferns")
    assert part.text == "## Repotting\n\nRepot ferns in spring, into a pot one size up."  # two blocks, one passage
    path.write_text(path.read_text(encoding="utf-8").replace("in spring", "in April"), encoding="utf-8")
    viewer = opened(qtbot, part)
    assert viewer.notice.isHidden() and viewer.source.from_file
    assert marked(viewer) == "## Repotting\nRepot ferns in April, into a pot one size up."


def test_a_vanished_file_shows_the_passage_and_cannot_be_opened(qtbot, tmp_path) -> None:
    path = write_notes(tmp_path / "care.md")
    part = indexed(path, "Repot ferns")
    path.unlink()
    viewer = opened(qtbot, part)
    assert viewer.notice.text() == (
        "The file is gone or cannot be read (not found): showing the passage as it was indexed."
    )
    assert viewer.editor.toPlainText() == part.text
    assert not viewer.open_button.isEnabled()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_a_pipe_in_place_of_the_file_is_not_opened(qtbot, tmp_path) -> None:
    path = write_notes(tmp_path / "care.md")
    part = indexed(path, "Repot ferns")
    path.unlink()
    os.mkfifo(path)  # opening it would wait for a writer for ever
    viewer = opened(qtbot, part)
    assert "not a regular file" in viewer.notice.text()
    assert viewer.editor.toPlainText() == part.text


def test_open_file_hands_the_file_to_the_system(qtbot, tmp_path, monkeypatch) -> None:
    opened_urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened_urls.append(url) or True))
    path = write_notes(tmp_path / "care.md")
    viewer = opened(qtbot, indexed(path, "Repot ferns"))
    assert viewer.open_button.text() == "Open file"
    viewer.open_button.click()
    assert opened_urls == [QUrl.fromLocalFile(str(path))]


def test_a_script_is_never_handed_to_the_system_to_open_only_its_folder(qtbot, tmp_path, monkeypatch) -> None:
    opened_urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened_urls.append(url) or True))
    script = tmp_path / "cleanup.bat"  # on Windows the system's "open" runs it
    script.write_text("@echo off\r\nrem Delete the old backups\r\ndel /q backups\r\n", encoding="utf-8")
    part = CitationPart(
        1, str(script), "@echo off\nrem Delete the old backups\ndel /q backups", start_line=1, end_line=3
    )
    viewer = opened(qtbot, part)
    assert marked(viewer) == "@echo off\nrem Delete the old backups\ndel /q backups"  # CRLF lines, as indexed
    assert viewer.open_button.text() == "Show folder"
    viewer.open_button.click()
    assert opened_urls == [QUrl.fromLocalFile(str(tmp_path))]


def test_a_large_file_is_read_only_around_the_passage(qtbot, tmp_path, monkeypatch) -> None:
    path = tmp_path / "huge.log"
    line = "x" * 99 + "\n"  # 100 bytes a line
    count = (WINDOW_BYTES // 100) * 3  # 15 MB
    with open(path, "w", encoding="utf-8") as file:
        file.write(line * (count - 1000))
        file.write("The needle is here.\nAnd so is its second line.\n")
        file.write(line * 998)
    start = count - 1000 + 1
    part = CitationPart(
        1, str(path), "The needle is here.\nAnd so is its second line.", start_line=start, end_line=start + 1
    )
    reads: list[int] = []
    real_open = open

    class Counting:
        def __init__(self, file) -> None:
            self.file = file

        def read(self, size: int = -1) -> bytes:
            data = self.file.read(size)
            reads.append(len(data))
            return data

        def __getattr__(self, name):
            return getattr(self.file, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc) -> None:
            self.file.close()

    monkeypatch.setattr(passage_source, "open", lambda *a, **k: Counting(real_open(*a, **k)), raising=False)
    viewer = opened(qtbot, part)

    assert marked(viewer) == part.text and viewer.notice.isHidden()
    assert viewer.source.first_line == start - passage_source.CONTEXT_LINES
    assert len(viewer.editor.toPlainText()) <= WINDOW_BYTES
    assert max(reads) <= WINDOW_BYTES  # never the whole file in memory at once


def test_a_file_that_is_not_utf8_is_shown_as_the_indexer_read_it(qtbot, tmp_path) -> None:
    path = tmp_path / "recettes.txt"
    path.write_bytes("An introduction to coffee.\n\nLe café se boit chaud.\nSans sucre.\n\nFin.\n".encode("cp1252"))
    part = indexed(path, "café")
    viewer = opened(qtbot, part)
    assert marked(viewer) == "Le café se boit chaud.\nSans sucre." and viewer.notice.isHidden()


def test_bytes_that_decode_as_nothing_are_replaced_not_fatal(qtbot, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(passage_source, "WINDOW_BYTES", 64)  # the large-file path, which decodes UTF-8 alone
    path = tmp_path / "mixed.txt"
    path.write_bytes(b"first line\n\xff\xfe\xc3 broken bytes\nthe passage line\nlast line\n" + b"pad\n" * 20)
    part = CitationPart(1, str(path), "the passage line", start_line=3, end_line=3)
    viewer = opened(qtbot, part)
    assert marked(viewer) == "the passage line"
    assert "\ufffd" in viewer.editor.toPlainText()


def test_a_pdf_page_is_read_again_and_the_passage_marked_in_it(qtbot, tmp_path) -> None:
    path = make_pdf(
        tmp_path / "handbook.pdf",
        [["Contents", "", "Chapter one"], ["Ferns", "", "Prune in March, before the new fronds.", "", "Water daily."]],
    )
    part = indexed(path, "Prune in March")
    assert part.page == 2
    viewer = PassageViewer(part)
    qtbot.addWidget(viewer)
    assert viewer.editor.toPlainText() == part.text  # the stored passage, until the page is read
    with qtbot.waitSignal(viewer.loaded, timeout=10_000):
        viewer.show()
    assert viewer.windowTitle() == "handbook.pdf, page 2 — source 1"
    assert "Water daily." in viewer.editor.toPlainText() and viewer.source.from_file
    assert marked(viewer) == part.text
    assert viewer.notice.isHidden()


def test_a_pdf_that_cannot_be_read_again_shows_the_stored_passage(qtbot, tmp_path) -> None:
    path = tmp_path / "handbook.pdf"
    path.write_bytes(b"%PDF-1.4 not really")
    part = CitationPart(1, str(path), "Prune in March.", page=2, start_line=3, end_line=3)
    viewer = PassageViewer(part)
    qtbot.addWidget(viewer)
    with qtbot.waitSignal(viewer.loaded, timeout=10_000):
        viewer.show()
    assert viewer.editor.toPlainText() == "Prune in March."
    assert viewer.notice.text().startswith("The file is gone or cannot be read")


def test_a_word_passage_is_shown_as_indexed(qtbot, tmp_path) -> None:
    part = CitationPart(1, str(tmp_path / "report.docx"), "Sales grew in every region.")
    viewer = opened(qtbot, part)
    assert viewer.editor.toPlainText() == part.text and marked(viewer) == part.text
    assert viewer.notice.text() == AS_INDEXED
