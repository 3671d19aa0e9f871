"""Server-sent events read from bytes cut anywhere, with a bound on what one line or event may hold."""

from __future__ import annotations

import random

import pytest

from desktop.core.backends.remote.sse import SseReader, SseTooLarge

STREAM = (
    ": a keep-alive comment\r\n"
    'data: {"a": "héllo → 世界 🎉"}\r\n'
    "\r\n"
    "event: message\n"
    "id: 7\n"
    "data: first line\n"
    "data:second line\n"
    "data:  two spaces kept\n"
    "\n"
    "data: lone carriage returns\r"
    "\r"
    "data: [DONE]\n\n"
).encode()
EVENTS = [
    '{"a": "héllo → 世界 🎉"}',
    "first line\nsecond line\n two spaces kept",
    "lone carriage returns",
    "[DONE]",
]


def read_in_pieces(data: bytes, cuts: list[int], reader: SseReader | None = None) -> list[str]:
    reader = reader or SseReader()
    events: list[str] = []
    start = 0
    for cut in [*sorted(cuts), len(data)]:
        events += reader.feed(data[start:cut])
        start = cut
    return events + reader.close()


def test_a_stream_read_at_once_gives_each_events_data() -> None:
    assert read_in_pieces(STREAM, []) == EVENTS


def test_a_stream_cut_at_every_byte_gives_the_same_events() -> None:
    # One byte at a time cuts inside every "\r\n" and inside every multi-byte UTF-8 character.
    reader = SseReader()
    events: list[str] = []
    for i in range(len(STREAM)):
        events += reader.feed(STREAM[i : i + 1])
    assert events + reader.close() == EVENTS


@pytest.mark.parametrize("seed", range(20))
def test_a_stream_cut_at_random_places_gives_the_same_events(seed: int) -> None:
    rng = random.Random(seed)
    cuts = rng.sample(range(1, len(STREAM)), rng.randint(1, 12))
    assert read_in_pieces(STREAM, cuts) == EVENTS


def test_cuts_inside_crlf_and_inside_a_character_are_both_mended() -> None:
    data = "data: é\r\n\r\n".encode()
    inside_char = data.index(b"\xc3") + 1
    inside_crlf = data.index(b"\r") + 1
    assert read_in_pieces(data, [inside_char, inside_crlf]) == ["é"]
    # A "\r" at the end of a chunk followed by "\n" is one line end, not an empty line (which would
    # end the event early and leave the next data line in an event of its own).
    assert read_in_pieces(b"data: a\r\ndata: b\r\n\r\n", [8]) == ["a\nb"]


def test_only_cr_and_lf_end_a_line_not_the_other_unicode_separators() -> None:
    # A reply may hold U+2028, U+2029 or NEL raw in its JSON (valid JSON): the line goes on.
    text = 'data: {"content": "a\u2028b\u2029c\x85d\x1ce"}\n\n'
    assert read_in_pieces(text.encode(), []) == ['{"content": "a\u2028b\u2029c\x85d\x1ce"}']


def test_comments_and_other_fields_give_no_event() -> None:
    assert read_in_pieces(b": ping\n\n: ping\n\nevent: x\nid: 1\nretry: 10\n\n", []) == []


def test_a_stream_that_ends_without_a_blank_line_gives_its_last_event_on_close() -> None:
    reader = SseReader()
    assert reader.feed(b'data: {"x": 1}') == []
    assert reader.close() == ['{"x": 1}']
    assert reader.close() == []  # given once


def test_invalid_utf8_is_replaced_not_raised() -> None:
    assert read_in_pieces(b"data: \xff\xfe ok\n\n", []) == ["\ufffd\ufffd ok"]


def test_a_line_that_never_ends_is_refused_past_the_bound() -> None:
    reader = SseReader(max_bytes=1000)
    reader.feed(b"data: " + b"x" * 900)
    with pytest.raises(SseTooLarge, match="a line of over"):
        reader.feed(b"x" * 200)


def test_a_long_line_arriving_a_byte_at_a_time_is_refused_at_the_bound() -> None:
    # Read piece by piece, the line is not copied again with every byte (which would take minutes):
    # how long 300,000 bytes take is the benchmark's `sse_byte_at_a_time_s` (--remote).
    reader = SseReader(max_bytes=200_000)
    fed = 0
    with pytest.raises(SseTooLarge, match="a line of over"):
        for _ in range(300_000):
            fed += 1
            reader.feed(b"x")
    assert fed == 200_001


def test_an_event_of_many_data_lines_is_refused_past_the_bound() -> None:
    reader = SseReader(max_bytes=1000)
    with pytest.raises(SseTooLarge, match="an event of over"):
        for _ in range(20):
            reader.feed(b"data: " + b"y" * 100 + b"\n")


def test_an_event_of_empty_data_lines_is_bounded_too() -> None:
    reader = SseReader(max_bytes=1000)
    with pytest.raises(SseTooLarge):
        reader.feed(b"data:\n" * 5000)


def test_the_bound_applies_to_each_event_not_to_the_whole_stream() -> None:
    reader = SseReader(max_bytes=1000)
    events = reader.feed((b"data: " + b"z" * 900 + b"\n\n") * 50)
    assert len(events) == 50 and all(len(e) == 900 for e in events)
