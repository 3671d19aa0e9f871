"""Text the command line did not write itself (replies, titles, model and repo names) made safe to print.

A model's reply or a GGUF header can hold terminal escape sequences that retitle the window,
hide what follows or clear the screen. On a terminal they are shown as escapes; into a pipe or
a file the text goes as it is, since the reader there is a program that asked for it.
"""

from __future__ import annotations

import sys
from typing import TextIO

from desktop.core.text import one_line, terminal_text


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def for_terminal(text: str, stream: TextIO) -> str:
    return terminal_text(text) if _is_terminal(stream) else text


def field(text: str) -> str:
    """A name or title in a row of a listing: always on one line, escapes shown."""
    return one_line(text)


def say(message: str) -> None:
    """A note for the user on stderr, on one line (it may quote a model's template or a file name)."""
    print(f"hearth: {one_line(message)}", file=sys.stderr)


def fail(message: str) -> int:
    """Say why a command failed; its exit code."""
    say(message)
    return 1
