"""Per-conversation KV-cache snapshots, so returning to a chat does not re-evaluate its history.

llama.cpp's per-sequence state functions copy only one sequence's KV cache (about 23 KB per
token on the starter model), far less than `Llama.save_state()`, which also copies the
whole logits matrix. Snapshots are kept in RAM, least recently used first out, under a
byte budget.
"""

from __future__ import annotations

import ctypes
from collections import OrderedDict
from dataclasses import dataclass

import llama_cpp.llama_cpp as lib

from desktop.core.backends.llama.kv_text import KvText


@dataclass
class _Snapshot:
    tokens: list[int]
    text: KvText
    data: ctypes.Array


class KvSnapshots:
    def __init__(self, budget_bytes: int) -> None:
        self.budget_bytes = budget_bytes
        self._snapshots: OrderedDict[str, _Snapshot] = OrderedDict()

    @property
    def bytes_used(self) -> int:
        return sum(ctypes.sizeof(s.data) for s in self._snapshots.values())

    def __contains__(self, key: str) -> bool:
        return key in self._snapshots

    def __len__(self) -> int:
        return len(self._snapshots)

    def save(self, key: str, ctx: lib.llama_context_p, seq: int, tokens: list[int], text: KvText) -> bool:
        """Keep sequence `seq`'s KV cache (the conversation `key`'s) for later."""
        self._snapshots.pop(key, None)
        size = lib.llama_state_seq_get_size(ctx, seq)
        if not tokens or size <= 0 or size > self.budget_bytes:
            return False
        data = (ctypes.c_uint8 * size)()
        if lib.llama_state_seq_get_data(ctx, data, size, seq) != size:
            return False
        self._snapshots[key] = _Snapshot(list(tokens), text.copy(), data)
        while self.bytes_used > self.budget_bytes and len(self._snapshots) > 1:
            self._snapshots.popitem(last=False)
        return True

    def restore(self, key: str, ctx: lib.llama_context_p, seq: int) -> tuple[list[int], KvText] | None:
        """Put a saved conversation back into sequence `seq` (emptied first) and return its tokens
        and text; None when nothing was saved for `key` (the sequence is left as it was)."""
        snapshot = self._snapshots.get(key)
        if snapshot is None:
            return None
        self._snapshots.move_to_end(key)
        memory = lib.llama_get_memory(ctx)
        if memory is None:
            return None
        lib.llama_memory_seq_rm(memory, seq, -1, -1)
        size = ctypes.sizeof(snapshot.data)
        if lib.llama_state_seq_set_data(ctx, snapshot.data, size, seq) == 0:
            lib.llama_memory_seq_rm(memory, seq, -1, -1)
            self._snapshots.pop(key, None)
            return [], KvText()  # the sequence is empty now: nothing in it may be reused
        return snapshot.tokens, snapshot.text.copy()

    def drop(self, key: str) -> None:
        self._snapshots.pop(key, None)

    def clear(self) -> None:
        self._snapshots.clear()
