"""Text from untrusted sources (file names, model headers, llama.cpp) made safe to show on one line."""

from __future__ import annotations

import unicodedata

# Line and paragraph separators a terminal or a label would break on.
_BREAKS = {"\n", "\r", "\t", "\v", "\f", "\x85", "\u2028", "\u2029"}
# Format characters that real names need (Persian, Indic scripts, emoji sequences).
_JOINERS = {"\u200c", "\u200d"}


def one_line(text: str, limit: int = 0) -> str:
    """`text` with line breaks turned into spaces and every other control or format character
    (NUL, terminal escapes, bidirectional overrides, lone surrogates) shown as an escape, so that
    a hostile name can neither spoof a second line nor reorder or recolour what follows it."""
    shown = []
    for char in text:
        if char in _BREAKS:
            shown.append(" ")
        elif unicodedata.category(char) in ("Cc", "Cf", "Cs") and char not in _JOINERS:
            shown.append(_escaped(char))
        else:
            shown.append(char)
    result = "".join(shown)
    if limit and len(result) > limit:
        result = result[: limit - 1] + "…"
    return result


# Embeddings, overrides and isolates: they reorder what follows them on the line.
_BIDI_CONTROLS = {chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}


def terminal_text(text: str) -> str:
    """Multi-line `text` (a model's reply) safe to write to a terminal: lines and tabs stay, while
    escape sequences (which can retitle the window, hide text or clear the screen), carriage
    returns and bidirectional controls are shown as escapes."""
    if text.isprintable():
        return text  # the common case, at C speed
    shown = []
    for char in text:
        if char in ("\n", "\t"):
            shown.append(char)
        elif unicodedata.category(char) in ("Cc", "Cs") or char in _BIDI_CONTROLS:
            shown.append(_escaped(char))
        else:
            shown.append(char)
    return "".join(shown)


def _escaped(char: str) -> str:
    """A character as the escape a reader can see: \\x1b, \\u202e."""
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
