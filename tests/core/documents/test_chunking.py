"""split_passages: passages of the right size, opened by headings, within one page, overlapping,
and each with the lines that hold exactly its text."""

from __future__ import annotations

import itertools
import random
from pathlib import Path

import pytest

from desktop.core.documents.blocks import Block, Passage
from desktop.core.documents.chunking import SEPARATOR, split_passages
from desktop.core.documents.readers import read_file

SENTENCE_WORDS = "the river ran past old mills and quiet farms where nobody had counted sheep for years"
WORDS = SENTENCE_WORDS.split()


def _sentence(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 14))).capitalize() + "."


def _prose_file(path: Path, paragraphs: int, seed: int) -> list[str]:
    """A text file of wrapped paragraphs; returns its lines."""
    rng = random.Random(seed)
    lines: list[str] = []
    for _ in range(paragraphs):
        words = " ".join(_sentence(rng) for _ in range(rng.randint(1, 4))).split()
        line = ""
        for word in words:
            if len(line) + len(word) > 70:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        lines.append(line)
        lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")
    return lines


def _squash(text: str) -> str:
    return " ".join(text.split())


def _overlap(previous: Passage, passage: Passage) -> int:
    """How many characters `passage` starts with that `previous` ends with."""
    for size in range(min(len(previous.text), len(passage.text)), 0, -1):
        if previous.text.endswith(passage.text[:size]):
            return size
    return 0


def test_passages_cover_a_text_file_within_the_size_bounds(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    lines = _prose_file(path, paragraphs=120, seed=1)
    passages = split_passages(read_file(path).blocks)
    assert len(passages) > 5
    assert all(len(p.text) <= 2000 for p in passages)
    # Paragraphs here are short: every passage but the last reaches the target.
    assert all(len(p.text) >= 1600 for p in passages[:-1])
    # Nothing lost: every line of the file is in some passage, in order.
    covered = {n for p in passages for n in range(p.start_line or 0, (p.end_line or 0) + 1)}
    assert {n for n, line in enumerate(lines, 1) if line} <= covered
    assert passages[0].start_line == 1
    assert [p.start_line for p in passages] == sorted(p.start_line or 0 for p in passages)


def test_each_passage_is_exactly_the_lines_it_names(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    lines = _prose_file(path, paragraphs=80, seed=2)
    for passage in split_passages(read_file(path).blocks):
        assert passage.start_line is not None and passage.end_line is not None
        named = lines[passage.start_line - 1 : passage.end_line]
        assert _squash(passage.text) in _squash("\n".join(named))
        text_lines = passage.text.split("\n")
        # The first and last lines of the passage are on its first and last named lines.
        assert named[0].endswith(text_lines[0].strip())
        assert named[-1].startswith(text_lines[-1].strip())


def test_consecutive_passages_overlap_so_a_boundary_fact_is_whole_somewhere(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    _prose_file(path, paragraphs=120, seed=3)
    blocks = read_file(path).blocks
    passages = split_passages(blocks)
    for previous, passage in itertools.pairwise(passages):
        assert 20 <= _overlap(previous, passage) <= 240
    # Any two neighbouring paragraphs short enough to share a passage do share one.
    for first, second in itertools.pairwise(blocks):
        if len(first.text) + len(second.text) < 200:
            pair = first.text + SEPARATOR + second.text
            assert any(pair in p.text for p in passages), pair


def test_without_overlap_passages_do_not_repeat(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    _prose_file(path, paragraphs=60, seed=4)
    passages = split_passages(read_file(path).blocks, overlap_chars=0)
    for previous, passage in itertools.pairwise(passages):
        assert (previous.end_line or 0) < (passage.start_line or 0)


def test_a_heading_opens_a_passage_and_no_overlap_crosses_it(tmp_path: Path) -> None:
    rng = random.Random(5)
    sections = []
    for number in range(6):
        body = "\n\n".join(" ".join(_sentence(rng) for _ in range(3)) for _ in range(rng.randint(2, 14)))
        sections.append(f"## Section {number}\n\n{body}\n")
    path = tmp_path / "doc.md"
    path.write_text("# Title\n\n" + "\n".join(sections), encoding="utf-8")
    passages = split_passages(read_file(path).blocks)
    for number in range(1, 6):
        opening = [p for p in passages if f"## Section {number}" in p.text]
        assert len(opening) == 1
        # At the very top: no overlap from the section before.
        assert opening[0].text.startswith(f"## Section {number}")
    # The title and the first section heading, both headings, share one passage.
    assert passages[0].text.startswith("# Title" + SEPARATOR + "## Section 0")


def test_pdf_pages_are_never_mixed() -> None:
    rng = random.Random(6)
    blocks = [
        Block(" ".join(_sentence(rng) for _ in range(4)), page=page, start_line=line, end_line=line)
        for page in range(1, 5)
        for line in range(1, rng.randint(3, 20))
    ]
    by_page = {page: [b.text for b in blocks if b.page == page] for page in range(1, 5)}
    passages = split_passages(blocks)
    assert {p.page for p in passages} == {1, 2, 3, 4}
    for passage in passages:
        page_text = SEPARATOR.join(by_page[passage.page or 0])
        for part in passage.text.split(SEPARATOR):
            assert part in page_text
    # Each page's first passage starts with that page's first block: nothing carried over.
    for page, texts in by_page.items():
        first = next(p for p in passages if p.page == page)
        assert first.text.startswith(texts[0])


def test_a_long_block_is_cut_at_line_ends_with_exact_lines() -> None:
    lines = [f"row {n:04d}, value {n * 37 % 1000}, label item-{n}" for n in range(1, 301)]
    block = Block("\n".join(lines), start_line=11, end_line=310)
    passages = split_passages([block])
    assert len(passages) > 3
    for passage in passages:
        assert len(passage.text) <= 2000
        assert passage.start_line is not None and passage.end_line is not None
        named = lines[passage.start_line - 11 : passage.end_line - 10]
        assert _squash(passage.text) == _squash("\n".join(named))
    assert passages[0].start_line == 11 and passages[-1].end_line == 310
    for previous, passage in itertools.pairwise(passages):
        # The overlap is whole lines of the previous passage.
        assert (previous.start_line or 0) < (passage.start_line or 0) <= (previous.end_line or 0)


def test_blocks_nearly_max_long_still_leave_room_for_the_overlap() -> None:
    rng = random.Random(7)
    blocks = []
    for line in range(1, 9):
        text = ""
        while len(text) < 1900:
            text = f"{text} {_sentence(rng)}".strip()
        blocks.append(Block(text[:1990], start_line=line, end_line=line))
    passages = split_passages(blocks)
    assert all(len(p.text) <= 2000 for p in passages)
    for previous, passage in itertools.pairwise(passages):
        assert _overlap(previous, passage) >= 20


def test_a_long_paragraph_is_cut_at_sentence_ends() -> None:
    rng = random.Random(8)
    text = " ".join(_sentence(rng) for _ in range(200))
    passages = split_passages([Block(text, page=3, start_line=1, end_line=1)])
    assert len(passages) > 3
    for passage in passages:
        assert passage.text.endswith(".")
        assert passage.text[0].isupper()
        assert (passage.page, passage.start_line, passage.end_line) == (3, 1, 1)
        assert len(passage.text) <= 2000


def test_text_without_spaces_is_cut_hard_but_whole() -> None:
    text = "".join(random.Random(9).choice("abcdef0123456789") for _ in range(9000))
    passages = split_passages([Block(text, start_line=1, end_line=1)], overlap_chars=0)
    assert all(len(p.text) <= 2000 for p in passages)
    assert "".join(p.text for p in passages) == text


def test_rebuilt_text_keeps_its_blocks_lines() -> None:
    # HTML or Word text whose line breaks are not the file's: a piece gets the whole block's lines.
    text = " ".join(_sentence(random.Random(10)) for _ in range(100))
    passages = split_passages([Block(text, start_line=40, end_line=52)])
    assert len(passages) > 1
    assert {(p.start_line, p.end_line) for p in passages} == {(40, 52)}


def test_blank_blocks_vanish_and_ends_are_trimmed() -> None:
    blocks = [Block("  \n "), Block("\n\n  first  \n", start_line=3, end_line=6), Block("", start_line=9)]
    assert split_passages(blocks) == [Passage("first", start_line=5, end_line=5)]
    assert split_passages([]) == []


def test_the_same_blocks_always_give_the_same_passages(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    _prose_file(path, paragraphs=50, seed=11)
    blocks = read_file(path).blocks
    assert split_passages(blocks) == split_passages(list(blocks))


def test_sizes_can_be_chosen_and_are_honoured() -> None:
    rng = random.Random(12)
    blocks = [Block(_sentence(rng), start_line=n, end_line=n) for n in range(1, 400)]
    passages = split_passages(blocks, target_chars=400, max_chars=500, overlap_chars=60)
    assert all(len(p.text) <= 500 for p in passages)
    assert all(len(p.text) >= 400 - 100 for p in passages[:-1])


@pytest.mark.parametrize(
    "sizes",
    [(0, 100, 10), (200, 100, 10), (100, 200, 198), (100, 200, -1)],
    ids=["zero", "max<target", "overlap", "neg"],
)
def test_impossible_sizes_are_refused(sizes: tuple[int, int, int]) -> None:
    target, most, overlap = sizes
    with pytest.raises(ValueError):
        split_passages([Block("x")], target_chars=target, max_chars=most, overlap_chars=overlap)
