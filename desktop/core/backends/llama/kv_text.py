"""Which text the KV cache holds, so the next prompt can reuse it token for token.

Re-tokenizing a conversation does not always give back the tokens the model generated
(a reply can be "d"+"eep" where the tokenizer would say "deep"), and llama-cpp-python only
reuses the longest common *token* prefix: one such difference early in a long chat would
throw the rest of the cache away. So we remember the bytes behind the cached tokens and
points where tokens and bytes line up (the end of each prompt, each generated token);
a new prompt keeps the cached tokens up to the last such point it shares, and only the
text after it is tokenized.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field


@dataclass
class KvText:
    data: bytes = b""
    # (token count, byte count) pairs where the first `tokens` cached tokens spell the first `bytes` bytes.
    marks: list[tuple[int, int]] = field(default_factory=list)
    # Set when a generated token had no text (a control token): it is in the cache but not in
    # the reply the next prompt will hold, so no later point of this reply lines up.
    sealed: bool = False

    def reusable(self, prompt: bytes, cached_tokens: int) -> tuple[int, int]:
        """The longest (tokens, bytes) prefix of the cache that `prompt` starts with."""
        common = len(os.path.commonprefix([self.data, prompt]))  # noqa: RUF071 - bytes, not paths: fast in C
        best = (0, 0)
        for tokens, size in self.marks:
            if size <= common and tokens <= cached_tokens and tokens > best[0]:
                best = (tokens, size)
        return best

    def reset_to(self, tokens: int, size: int) -> None:
        self.sealed = False  # a new prompt: its text is known again
        self.data = self.data[:size]
        self.marks = [m for m in self.marks if m[0] <= tokens and m[1] <= size]

    def append(self, piece: bytes, tokens: int) -> None:
        """`tokens` cached tokens now spell everything so far plus `piece`."""
        self.data += piece
        self.marks.append((tokens, len(self.data)))

    def add_generated(self, piece: bytes, tokens: int) -> None:
        """A token the model generated, and the bytes it spells."""
        self.sealed = self.sealed or not piece
        if not self.sealed:
            self.append(piece, tokens)

    def keep_tokens(self, count: int) -> None:
        """Forget marks past `count` tokens (the last generated token is never evaluated)."""
        self.marks = [m for m in self.marks if m[0] <= count]
        self.data = self.data[: self.marks[-1][1]] if self.marks else b""

    def copy(self) -> KvText:
        return KvText(self.data, list(self.marks))
