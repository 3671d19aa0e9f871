"""A corpus of hostile model files, built from the tiny generated model: none of them may be usable.

`build_corpus(folder)` writes every case and returns them. Each case has a `kind` (what sort of
damage) and a `name`; the byte-level ones patch a real tiny GGUF at the offsets of its own
structure (counts, lengths, types), so the damage lands where a parser can be fooled. The
randomness (bit flips, random bytes) is seeded: the same seed gives the same corpus.
"""

from __future__ import annotations

import os
import random
import socket
import struct
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tests.helpers.tiny_gguf import CHATML, write_tiny_model

DEFAULT_SEED = 20240501


@dataclass(frozen=True)
class HostileCase:
    name: str
    kind: str
    path: Path
    # True when llama.cpp itself (in the validation child) has to refuse it: the header looks sound.
    reaches_llama: bool = False


@dataclass
class Field:
    """One structural field of a GGUF file: where it is, how wide, and what it means."""

    name: str
    offset: int
    size: int  # 4 or 8 (little-endian unsigned)
    role: str  # "count", "length", "type", "dims", "shape", "offset", "version"


@dataclass
class Layout:
    fields: list[Field] = field(default_factory=list)
    boundaries: list[int] = field(default_factory=list)  # offsets between header items
    data_offset: int = 0
    kv_values: dict[str, tuple[int, int]] = field(default_factory=dict)  # key -> (value offset, value type)

    def first(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)


_SCALAR_SIZES = {0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 10: 8, 11: 8, 12: 8}


def parse_layout(data: bytes) -> Layout:
    """Walk a sound GGUF (version 3) and note where each count, length and type lies."""
    layout = Layout()
    pos = 4

    def u32(name: str, role: str) -> int:
        nonlocal pos
        layout.fields.append(Field(name, pos, 4, role))
        value = struct.unpack_from("<I", data, pos)[0]
        pos += 4
        return value

    def u64(name: str, role: str) -> int:
        nonlocal pos
        layout.fields.append(Field(name, pos, 8, role))
        value = struct.unpack_from("<Q", data, pos)[0]
        pos += 8
        return value

    def string(name: str) -> str:
        nonlocal pos
        length = u64(f"{name}.length", "length")
        text = data[pos : pos + length].decode("utf-8", "replace")
        pos += length
        return text

    u32("version", "version")
    tensors = u64("tensor_count", "count")
    keys = u64("kv_count", "count")
    layout.boundaries.append(pos)
    for index in range(keys):
        key = string(f"key{index}")
        kind = u32(f"{key}.type", "type")
        layout.kv_values[key] = (pos, kind)
        if kind == 8:
            string(f"{key}.value")
        elif kind == 9:
            item = u32(f"{key}.item_type", "type")
            count = u64(f"{key}.count", "count")
            for _ in range(count):
                if item == 8:
                    length = struct.unpack_from("<Q", data, pos)[0]
                    pos += 8 + length
                else:
                    pos += _SCALAR_SIZES[item]
        else:
            pos += _SCALAR_SIZES[kind]
        layout.boundaries.append(pos)
    for index in range(tensors):
        name = string(f"tensor{index}.name")
        dims = u32(f"{name}.dims", "dims")
        for d in range(dims):
            u64(f"{name}.shape{d}", "shape")
        u32(f"{name}.ggml_type", "type")
        u64(f"{name}.offset", "offset")
        layout.boundaries.append(pos)
    layout.data_offset = (pos + 31) // 32 * 32
    return layout


def _put(data: bytes, offset: int, size: int, value: int) -> bytes:
    packed = struct.pack("<I" if size == 4 else "<Q", value & ((1 << (8 * size)) - 1))
    return data[:offset] + packed + data[offset + size :]


def _get(data: bytes, f: Field) -> int:
    return struct.unpack_from("<I" if f.size == 4 else "<Q", data, f.offset)[0]


def replace_string(data: bytes, layout: Layout, key: str, new: bytes) -> bytes:
    """Replace a string value (its length prefix too) and move the tensor data to the next aligned offset,
    so that only the string differs: the rest of the file stays sound."""
    offset, kind = layout.kv_values[key]
    assert kind == 8
    length = struct.unpack_from("<Q", data, offset)[0]
    header_end = max(layout.boundaries)  # the end of the tensor table
    header = data[:offset] + struct.pack("<Q", len(new)) + new + data[offset + 8 + length : header_end]
    padding = b"\0" * (-len(header) % 32)
    return header + padding + data[layout.data_offset :]


def build_corpus(folder: Path, seed: int = DEFAULT_SEED) -> list[HostileCase]:
    """Write at least 200 hostile files (and a few special paths) under `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    base_path = write_tiny_model(folder / "_sound_source.gguf")
    sound = base_path.read_bytes()
    base_path.unlink()
    layout = parse_layout(sound)
    cases: list[HostileCase] = []

    def add(kind: str, name: str, content: bytes, reaches_llama: bool = False) -> None:
        path = folder / f"{len(cases):03d}-{kind}-{name}.gguf"
        path.write_bytes(content)
        cases.append(HostileCase(f"{kind}/{name}", kind, path, reaches_llama))

    def add_path(kind: str, name: str, make: Callable[[Path], None], file_name: str | None = None) -> None:
        path = folder / (file_name or f"{len(cases):03d}-{kind}-{name}.gguf")
        make(path)
        cases.append(HostileCase(f"{kind}/{name}", kind, path))

    # -- not a model at all ---------------------------------------------------------------------
    add("empty", "zero-bytes", b"")
    add("text", "plain", b"This is not a model, just some text.\n" * 20)
    add("text", "json", b'{"model": "llama", "weights": [1, 2, 3]}\n')
    add("text", "html", b"<html><body><img src='http://127.0.0.1:9/x.png'><script>alert(1)</script></body></html>")
    add("text", "shell-script", b"#!/bin/sh\ntouch /tmp/hearth-hostile-was-run\n")
    add("text", "utf16", "GGUF as UTF-16 text".encode("utf-16"))
    for size in (1, 3, 4, 7, 100, 4096, 65_536, 300_000):
        add("random", f"{size}-bytes", rng.randbytes(size))
    for size in (8, 24, 1000, 200_000):
        add("random", f"magic-then-{size}-random", b"GGUF" + rng.randbytes(size))

    # -- truncations --------------------------------------------------------------------------------
    cuts = {1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 23, 24, 25}
    cuts.update(b for b in layout.boundaries)  # exactly between header items
    cuts.update(b + 3 for b in layout.boundaries[:10])  # inside the item after
    cuts.update({layout.data_offset, layout.data_offset + 1, len(sound) - 1, len(sound) - 4096, len(sound) // 2})
    cuts.update(rng.randrange(25, len(sound) - 1) for _ in range(12))
    for cut in sorted(c for c in cuts if 0 < c < len(sound)):
        add("truncated", f"at-{cut}", sound[:cut])

    # -- magic and version ------------------------------------------------------------------------
    for magic in (b"GGML", b"ggjt", b"gguf", b"FUGG", b"\0\0\0\0", b"GGU\0", b"\x7fELF", b"PK\x03\x04"):
        add("magic", magic.hex(), magic + sound[4:])
    for version in (0, 1, 4, 5, 255, 0xFFFF, 0x7FFFFFFF, 0xFFFFFFFF, 0x03000000):
        add("version", f"v{version:#x}", _put(sound, 4, 4, version))

    # -- absurd counts ----------------------------------------------------------------------------
    tensor_count, kv_count = layout.first("tensor_count"), layout.first("kv_count")
    for label, f in (("tensors", tensor_count), ("keys", kv_count)):
        actual = _get(sound, f)
        for value in (0, actual + 1, actual - 1, actual * 2, 1_000_001, 1 << 32, 1 << 63, (1 << 64) - 1):
            if label == "keys" and value == 0:
                continue  # no metadata at all: covered by the tensor-table garbage below anyway
            add("counts", f"{label}-{value:#x}", _put(sound, f.offset, 8, value))
    tokens_count = layout.first("tokenizer.ggml.tokens.count")
    for value in (0, 1, 311, 313, 50_000_001, 1 << 40):
        add("counts", f"vocab-{value}", _put(sound, tokens_count.offset, 8, value))

    # -- absurd string lengths -------------------------------------------------------------------
    lengths = [f for f in layout.fields if f.role == "length"]
    first_key, name_value = lengths[0], layout.first("general.name.value.length")
    first_tensor = next(f for f in lengths if f.name.startswith("tensor0"))
    for label, f in (("first-key", first_key), ("name-value", name_value), ("tensor-name", first_tensor)):
        for value in (0, 65_536, len(sound), (1 << 31), (1 << 63), (1 << 64) - 1):
            add("lengths", f"{label}-{value:#x}", _put(sound, f.offset, 8, value))

    # -- types, dimensions, shapes, offsets ---------------------------------------------------------
    arch_type = layout.first("general.architecture.type")
    for value in (13, 255, 0xFFFFFFFF):
        add("types", f"value-type-{value:#x}", _put(sound, arch_type.offset, 4, value))
    items = layout.first("tokenizer.ggml.tokens.item_type")
    for value in (9, 13, 0xFFFFFFFF):
        add("types", f"array-item-type-{value:#x}", _put(sound, items.offset, 4, value))
    embd = "token_embd.weight"
    for value in (64, 200, 0xFFFFFFFF):
        add("types", f"ggml-type-{value:#x}", _put(sound, layout.first(f"{embd}.ggml_type").offset, 4, value))
    for value in (0, 5, 0xFFFFFFFF):
        add("types", f"dims-{value:#x}", _put(sound, layout.first(f"{embd}.dims").offset, 4, value))
    for value in (0, 1 << 40, 1 << 62, (1 << 64) - 1):
        add("types", f"shape-{value:#x}", _put(sound, layout.first(f"{embd}.shape0").offset, 8, value))
    for value in (len(sound), 1 << 40, (1 << 64) - 32):
        add("types", f"tensor-offset-{value:#x}", _put(sound, layout.first(f"{embd}.offset").offset, 8, value))

    # -- bit flips in the structural fields of the header --------------------------------------------
    structural = [f for f in layout.fields if f.role in ("count", "length", "type", "dims", "shape", "offset")]
    # Not the last tensor's type: a smaller type there (F32 -> Q4_0) still fits, and is a sound file.
    last_type = [f for f in layout.fields if f.role == "type" and f.name.endswith(".ggml_type")][-1]
    structural.remove(last_type)
    flips: set[tuple[int, int]] = set()
    while len(flips) < 60:
        f = rng.choice(structural)
        # High bits make an absurd number, low bits a plausible but wrong one: both must be refused.
        bit = rng.randrange(8 * f.size)
        flips.add((f.offset + bit // 8, bit % 8))
    for offset, bit in sorted(flips):
        flipped = bytearray(sound)
        flipped[offset] ^= 1 << bit
        add("bitflip", f"byte{offset}-bit{bit}", bytes(flipped))

    # -- sound headers that llama.cpp (in the validation child) must refuse ------------------------
    add("llama", "unknown-architecture", replace_string(sound, layout, "general.architecture", b"llamx"), True)
    add("llama", "empty-architecture", replace_string(sound, layout, "general.architecture", b""), True)
    add("llama", "unknown-tokenizer", replace_string(sound, layout, "tokenizer.ggml.model", b"nonsense"), True)
    renamed_width = sound.replace(b"llama.embedding_length", b"llama.embedding_lengtX")
    add("llama", "missing-embedding-length", renamed_width, True)
    renamed_tensor = sound.replace(b"output_norm.weight", b"output_norX.weight")
    add("llama", "missing-tensor", renamed_tensor, True)
    duplicated = sound.replace(b"blk.1.attn_q.weight", b"blk.0.attn_q.weight")
    add("llama", "duplicate-tensor-name", duplicated, True)
    shape0, shape1 = layout.first(f"{embd}.shape0"), layout.first(f"{embd}.shape1")
    swapped = _put(_put(sound, shape0.offset, 8, _get(sound, shape1)), shape1.offset, 8, _get(sound, shape0))
    add("llama", "transposed-embeddings", swapped, True)
    odd_offset = layout.first("output_norm.weight.offset")
    add("llama", "misaligned-tensor-offset", _put(sound, odd_offset.offset, 8, _get(sound, odd_offset) + 1), True)
    block_value, _ = layout.kv_values["llama.block_count"]
    add("llama", "more-blocks-than-tensors", _put(sound, block_value, 4, 40), True)
    heads_value, _ = layout.kv_values["llama.attention.head_count"]
    add("llama", "zero-heads", _put(sound, heads_value, 4, 0), True)
    add("llama", "heads-do-not-divide-width", _put(sound, heads_value, 4, 5), True)
    width_value, _ = layout.kv_values["llama.embedding_length"]
    add("llama", "wrong-embedding-length", _put(sound, width_value, 4, 48), True)
    cases.append(_generated(folder, len(cases), "no-byte-tokens", byte_tokens=False))  # aborts llama.cpp
    cases.append(_generated(folder, len(cases), "template-syntax-error", chat_template="{% for m in messages %}"))
    cases.append(_generated(folder, len(cases), "template-unknown-tag", chat_template="{% pwn %}{{ 1 }}"))
    cases.append(_generated(folder, len(cases), "template-not-closed", chat_template=CHATML + "{{ messages"))

    # -- paths that are not regular, readable files ------------------------------------------------------
    add_path("path", "directory", lambda p: p.mkdir())
    add_path("path", "fifo", lambda p: os.mkfifo(p))
    add_path("path", "dangling-symlink", lambda p: p.symlink_to(folder / "no-such-target.gguf"))
    add_path("path", "symlink-loop", lambda p: p.symlink_to(p))
    # Root ignores permission bits, so "unreadable" has to come from the kernel: /proc/self/mem is
    # a regular file whose first page is never mapped, so reading it fails (EIO) for anyone.
    add_path("path", "unreadable-proc-mem", lambda p: p.symlink_to("/proc/self/mem"))
    add_path("path", "char-device", lambda p: p.symlink_to("/dev/zero"))
    add_path("path", "unix-socket", _bind_socket)
    add_path("path", "under-a-file", lambda p: None, file_name=f"{cases[1].path.name}/inside.gguf")
    add_path("path", "missing", lambda p: None)
    add_path("path", "name-too-long", lambda p: None, file_name="n" * 300 + ".gguf")
    # Names that try to spoof a second line of output, recolour the terminal, or reorder the text.
    spoofs = {
        "newline": "x\nhearth: everything is fine.gguf",
        "terminal-escape": "\x1b[2J\x1b]0;pwned\x07x.gguf",
        "bidi-override": "model\u202efgg.exe.gguf",
        "shell-metacharacters": "$(touch pwned); `touch pwned` | x.gguf",
        "leading-dash": "--self-test.gguf",
    }
    for label, name in spoofs.items():
        add_path("name", label, lambda p: p.write_bytes(sound[: len(sound) // 3]), file_name=name)
    return cases


def _generated(folder: Path, index: int, name: str, **options: object) -> HostileCase:
    path = write_tiny_model(folder / f"{index:03d}-llama-{name}.gguf", seed=index, **options)  # type: ignore[arg-type]
    return HostileCase(f"llama/{name}", "llama", path, reaches_llama=True)


def _bind_socket(path: Path) -> None:
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    server.close()  # the socket file stays; nothing listens


def kinds(cases: list[HostileCase]) -> dict[str, list[HostileCase]]:
    grouped: dict[str, list[HostileCase]] = {}
    for case in cases:
        grouped.setdefault(case.kind, []).append(case)
    return grouped


def subset(cases: list[HostileCase], count: int, seed: int = DEFAULT_SEED) -> list[HostileCase]:
    """At least `count` cases: every case of the rarer kinds and every 'llama' and 'path' case, the rest sampled."""
    rng = random.Random(seed)
    chosen = {c.name for c in cases if c.kind in ("llama", "path", "empty", "text", "magic")}
    for group in kinds(cases).values():
        chosen.add(rng.choice(group).name)
    rest = [c for c in cases if c.name not in chosen]
    rng.shuffle(rest)
    for case in rest[: max(0, count - len(chosen))]:
        chosen.add(case.name)
    return [c for c in cases if c.name in chosen]


if __name__ == "__main__":
    import sys
    import tempfile

    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="hostile-"))
    corpus = build_corpus(target)
    for kind, group in kinds(corpus).items():
        print(f"{kind:>10}: {len(group)}")
    print(f"{len(corpus)} files in {target}")
