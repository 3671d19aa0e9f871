"""Text that may begin a stop string is held back; a stop string ends the stream."""

from desktop.core.backends.llama.stop_strings import StopStringFilter


def _run(stops: tuple[str, ...], pieces: list[str]) -> tuple[str, bool]:
    f = StopStringFilter(stops)
    out = "".join(f.feed(p) for p in pieces) + f.flush()
    return out, f.stopped


def test_cuts_at_a_stop_string_split_across_pieces() -> None:
    assert _run(("<|im_end|>",), ["Hello", " wor", "ld<|im", "_end|>", "junk"]) == ("Hello world", True)


def test_keeps_a_partial_match_that_never_completes() -> None:
    assert _run(("<|im_end|>",), ["a <|im", "_e"]) == ("a <|im_e", False)


def test_single_character_stop_and_no_stops() -> None:
    assert _run(("X",), list("abXcd")) == ("ab", True)
    assert _run((), ["a", "b"]) == ("ab", False)
