"""Read a GGUF file's header (metadata and tensor table) without loading the model.

Model files are untrusted: every count and length is checked against the file's size and
sane limits before anything is allocated, so a hostile header costs a clear message, not
memory or time. The tensor table is checked too, so a truncated download is caught here.
"""

from __future__ import annotations

import math
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from desktop.core.text import one_line

MAGIC = b"GGUF"
SUPPORTED_VERSIONS = (2, 3)
MAX_TENSORS = 1_000_000
MAX_KEYS = 100_000
MAX_KEY_BYTES = 65_535
MAX_STRING_BYTES = 64 << 20
MAX_ARRAY_ITEMS = 50_000_000
MAX_DIMS = 4
KEEP_ARRAY_ITEMS = 0  # arrays (vocabularies) are skipped, not kept: only their length is

# value types (gguf.h)
_SCALARS = {0: "<B", 1: "<b", 2: "<H", 3: "<h", 4: "<I", 5: "<i", 6: "<f", 7: "<?", 10: "<Q", 11: "<q", 12: "<d"}
_STRING, _ARRAY = 8, 9

# ggml tensor types: (bytes per block, elements per block)
GGML_TYPE_SIZES = {
    0: (4, 1),
    1: (2, 1),
    2: (18, 32),
    3: (20, 32),
    6: (22, 32),
    7: (24, 32),
    8: (34, 32),
    9: (36, 32),
    10: (84, 256),
    11: (110, 256),
    12: (144, 256),
    13: (176, 256),
    14: (210, 256),
    15: (292, 256),
    16: (66, 256),
    17: (74, 256),
    18: (98, 256),
    19: (50, 256),
    20: (18, 32),
    21: (110, 256),
    22: (82, 256),
    23: (136, 256),
    24: (1, 1),
    25: (2, 1),
    26: (4, 1),
    27: (8, 1),
    28: (8, 1),
    29: (56, 256),
    30: (2, 1),
    34: (54, 256),
    35: (66, 256),
    39: (17, 32),
    40: (36, 64),
    41: (18, 128),
}
MAX_GGML_TYPE = 64

# llama_ftype -> the quantisation name users know
FILE_TYPES = {
    0: "F32",
    1: "F16",
    2: "Q4_0",
    3: "Q4_1",
    7: "Q8_0",
    8: "Q5_0",
    9: "Q5_1",
    10: "Q2_K",
    11: "Q3_K_S",
    12: "Q3_K_M",
    13: "Q3_K_L",
    14: "Q4_K_S",
    15: "Q4_K_M",
    16: "Q5_K_S",
    17: "Q5_K_M",
    18: "Q6_K",
    19: "IQ2_XXS",
    20: "IQ2_XS",
    21: "Q2_K_S",
    22: "IQ3_XS",
    23: "IQ3_XXS",
    24: "IQ1_S",
    25: "IQ4_NL",
    26: "IQ3_S",
    27: "IQ3_M",
    28: "IQ2_S",
    29: "IQ2_M",
    30: "IQ4_XS",
    31: "IQ1_M",
    32: "BF16",
    36: "TQ1_0",
    37: "TQ2_0",
    38: "MXFP4",
    39: "NVFP4",
    40: "Q1_0",
}


# Architectures that read a text whole and make vectors (non-causal encoders): they generate no text.
ENCODER_ARCHITECTURES = frozenset(
    {
        "bert",
        "nomic-bert",
        "nomic-bert-moe",
        "jina-bert-v2",
        "jina-bert-v3",
        "modern-bert",
        "neo-bert",
        "eurobert",
        "gemma-embedding",
        "llama-embed",
        "t5encoder",
    }
)
# `{arch}.pooling_type` (llama.cpp's enum llama_pooling_type): how token vectors become one.
POOLING_NONE, POOLING_MEAN, POOLING_CLS, POOLING_LAST, POOLING_RANK = 0, 1, 2, 3, 4
EMBEDDING_POOLINGS = (POOLING_MEAN, POOLING_CLS, POOLING_LAST)


class GgufError(Exception):
    """The file is not a usable GGUF model; the message says why in a few words."""

    def __init__(self, message: str) -> None:
        # Messages quote names read from the file: keep them on one line, control characters escaped.
        super().__init__(one_line(message))


@dataclass
class TensorInfo:
    name: str
    shape: tuple[int, ...]
    ggml_type: int
    offset: int

    @property
    def elements(self) -> int:
        return math.prod(self.shape)

    @property
    def nbytes(self) -> int | None:
        size = GGML_TYPE_SIZES.get(self.ggml_type)
        if size is None:
            return None
        block_bytes, block_elements = size
        return self.elements // block_elements * block_bytes


@dataclass
class GgufHeader:
    version: int
    metadata: dict[str, Any]
    tensors: list[TensorInfo] = field(default_factory=list)
    array_lengths: dict[str, int] = field(default_factory=dict)
    data_offset: int = 0
    file_size: int = 0

    def get(self, key: str, default: Any = None) -> Any:
        return self.metadata.get(key, default)

    @property
    def architecture(self) -> str:
        return str(self.get("general.architecture", ""))

    def arch_value(self, suffix: str, default: Any = None) -> Any:
        return self.get(f"{self.architecture}.{suffix}", default)

    @property
    def name(self) -> str:
        return str(self.get("general.name", ""))

    @property
    def context_length(self) -> int:
        return _as_int(self.arch_value("context_length"))

    @property
    def parameters(self) -> int:
        return sum(t.elements for t in self.tensors)

    @property
    def quantization(self) -> str:
        file_type = self.get("general.file_type")
        if isinstance(file_type, int) and file_type in FILE_TYPES:
            return FILE_TYPES[file_type]
        return ""

    @property
    def license(self) -> str:
        return str(self.get("general.license", ""))

    @property
    def chat_template(self) -> str:
        return str(self.get("tokenizer.chat_template", ""))

    @property
    def layers(self) -> int:
        return _as_int(self.arch_value("block_count"))

    @property
    def pooling_type(self) -> int:
        """`{arch}.pooling_type` (0, none, where the header has none)."""
        return _as_int(self.arch_value("pooling_type"))

    @property
    def is_encoder(self) -> bool:
        """An encoder architecture (bert and its kin): it makes vectors and cannot generate text."""
        return self.architecture in ENCODER_ARCHITECTURES

    @property
    def is_reranker(self) -> bool:
        """Pooling "rank": it scores a query against a passage, and makes neither text nor vectors."""
        return self.pooling_type == POOLING_RANK

    def kv_bytes_per_token(self) -> int:
        """f16 K and V for every layer: what one token of context costs in memory."""
        heads = _as_int(self.arch_value("attention.head_count"))
        kv_heads = _as_int(self.arch_value("attention.head_count_kv")) or heads
        width = _as_int(self.arch_value("embedding_length"))
        key_width = _as_int(self.arch_value("attention.key_length")) or (width // heads if heads else 0)
        value_width = _as_int(self.arch_value("attention.value_length")) or key_width
        return self.layers * kv_heads * (key_width + value_width) * 2


def is_embedding_model(header: GgufHeader, file_name: str = "") -> bool:
    """An embedding model, not a chat model: an encoder architecture, or a header that names a pooling
    of its token vectors (mean, CLS, last token), or the curated catalog says so of `file_name`.
    A reranker is neither (see GgufHeader.is_reranker)."""
    if header.is_reranker:
        return False
    if header.is_encoder or header.pooling_type in EMBEDDING_POOLINGS:
        return True
    if file_name:
        from desktop.core.library.catalog import entry_for_file_name

        entry = entry_for_file_name(file_name)
        return entry is not None and entry.embedding
    return False


def _as_int(value: Any) -> int:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, list) and value and isinstance(value[0], int):
        return max(value)  # per-layer values (some architectures): the largest
    return 0


class _Reader:
    """Sequential reads over a file, refusing to read past its end."""

    def __init__(self, handle: BinaryIO, size: int) -> None:
        self.handle = handle
        self.size = size
        self.pos = 0
        self._buffer = b""
        self._buffer_start = 0

    def remaining(self) -> int:
        return self.size - self.pos

    def read(self, count: int) -> bytes:
        if count < 0 or count > self.remaining():
            raise GgufError("the file is truncated (its header runs past the end)")
        offset = self.pos - self._buffer_start
        if offset + count > len(self._buffer):
            self.handle.seek(self.pos)
            self._buffer = self.handle.read(max(count, 1 << 20))
            self._buffer_start = self.pos
            offset = 0
            if len(self._buffer) < count:
                raise GgufError("the file is truncated (its header runs past the end)")
        self.pos += count
        return self._buffer[offset : offset + count]

    def skip(self, count: int) -> None:
        if count < 0 or count > self.remaining():
            raise GgufError("the file is truncated (its header runs past the end)")
        self.pos += count

    def unpack(self, fmt: str) -> Any:
        return struct.unpack(fmt, self.read(struct.calcsize(fmt)))[0]

    def u32(self) -> int:
        return int(self.unpack("<I"))

    def u64(self) -> int:
        return int(self.unpack("<Q"))

    def string(self, limit: int = MAX_STRING_BYTES, what: str = "a string") -> str:
        length = self.u64()
        if length > limit or length > self.remaining():
            raise GgufError(f"the header is corrupt ({what} claims {length:,} bytes)")
        return self.read(length).decode("utf-8", errors="replace")

    def skip_string(self) -> None:
        length = self.u64()
        if length > MAX_STRING_BYTES or length > self.remaining():
            raise GgufError(f"the header is corrupt (a string claims {length:,} bytes)")
        self.skip(length)


def _value(reader: _Reader, kind: int, key: str, lengths: dict[str, int]) -> Any:
    if kind in _SCALARS:
        return reader.unpack(_SCALARS[kind])
    if kind == _STRING:
        return reader.string(what=f"the value of {key[:60]}")
    if kind == _ARRAY:
        item_kind = reader.u32()
        count = reader.u64()
        if count > MAX_ARRAY_ITEMS:
            raise GgufError(f"the header is corrupt ({key[:60]} claims {count:,} items)")
        lengths[key] = count
        if item_kind in _SCALARS:
            size = struct.calcsize(_SCALARS[item_kind])
            if count * size > reader.remaining():
                raise GgufError("the file is truncated (its header runs past the end)")
            if count <= 64:  # small arrays (per-layer sizes) are kept; vocabularies are not
                return list(struct.unpack(f"<{count}{_SCALARS[item_kind][1]}", reader.read(count * size)))
            reader.skip(count * size)
            return None
        if item_kind == _STRING:
            if count * 8 > reader.remaining():
                raise GgufError("the file is truncated (its header runs past the end)")
            for _ in range(count):
                reader.skip_string()
            return None
        raise GgufError(f"the header is corrupt ({key[:60]} has items of unknown type {item_kind})")
    raise GgufError(f"the header is corrupt ({key[:60]} has a value of unknown type {kind})")


def check_model_file(path: Path | str) -> None:
    """The cheap checks, before anything reads further: the file is there, is a file, can be read, and
    starts like a GGUF model. Raises GgufError with the precise reason."""
    path = Path(path)
    try:
        exists, is_dir, is_file = path.exists(), path.is_dir(), path.is_file()
    except OSError as error:  # a name too long for the file system, say
        raise GgufError(f"the file cannot be read ({error.strerror or error})") from None
    if not exists:
        raise GgufError("the file does not exist")
    if is_dir:
        raise GgufError("it is a folder, not a model file")
    if not is_file:
        raise GgufError("it is not a regular file")
    try:
        with path.open("rb") as handle:
            magic = handle.read(len(MAGIC))
    except PermissionError:
        raise GgufError("the file cannot be read (permission denied)") from None
    except OSError as error:
        raise GgufError(f"the file cannot be read ({error.strerror or error})") from None
    if len(magic) < len(MAGIC):
        raise GgufError("the file is empty or truncated")
    if magic != MAGIC:
        raise GgufError("it is not a GGUF model file")


def read_header(path: Path | str) -> GgufHeader:
    """The whole header, checked against the file's size: the one pre-check of a model file."""
    path = Path(path)
    check_model_file(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            return _parse(_Reader(handle, size))
    except IsADirectoryError:
        raise GgufError("it is a folder, not a model file") from None
    except PermissionError:
        raise GgufError("the file cannot be read (permission denied)") from None
    except OSError as error:
        raise GgufError(f"the file cannot be read ({error.strerror or error})") from None


def _parse(reader: _Reader) -> GgufHeader:
    if reader.size < 4:
        raise GgufError("the file is empty or truncated")
    if reader.read(4) != MAGIC:
        raise GgufError("it is not a GGUF model file")
    version = reader.u32()
    if version not in SUPPORTED_VERSIONS:
        raise GgufError(f"it is GGUF version {version}, which is not supported (only 2 and 3)")
    tensor_count, kv_count = reader.u64(), reader.u64()
    if tensor_count > MAX_TENSORS:
        raise GgufError(f"the header is corrupt (it claims {tensor_count:,} tensors)")
    if kv_count > MAX_KEYS:
        raise GgufError(f"the header is corrupt (it claims {kv_count:,} metadata keys)")
    metadata: dict[str, Any] = {}
    lengths: dict[str, int] = {}
    for _ in range(kv_count):
        key = reader.string(MAX_KEY_BYTES, "a key")
        kind = reader.u32()
        metadata[key] = _value(reader, kind, key, lengths)
    tensors = []
    for _ in range(tensor_count):
        name = reader.string(MAX_KEY_BYTES, "a tensor name")
        dims = reader.u32()
        if not 1 <= dims <= MAX_DIMS:
            raise GgufError(f"the header is corrupt (tensor {name[:60]} has {dims} dimensions)")
        shape = tuple(reader.u64() for _ in range(dims))
        if any(d <= 0 or d >= 1 << 40 for d in shape) or math.prod(shape) >= 1 << 50:
            raise GgufError(f"the header is corrupt (tensor {name[:60]} has shape {shape})")
        ggml_type = reader.u32()
        if ggml_type >= MAX_GGML_TYPE:
            raise GgufError(f"the header is corrupt (tensor {name[:60]} has unknown type {ggml_type})")
        tensors.append(TensorInfo(name, shape, ggml_type, reader.u64()))
    alignment = metadata.get("general.alignment", 32)
    if not isinstance(alignment, int) or alignment <= 0 or alignment & (alignment - 1):
        raise GgufError("the header is corrupt (bad alignment)")
    data_offset = (reader.pos + alignment - 1) // alignment * alignment
    header = GgufHeader(version, metadata, tensors, lengths, data_offset, reader.size)
    _check_tensor_data(header)
    return header


def _check_tensor_data(header: GgufHeader) -> None:
    room = header.file_size - header.data_offset
    for tensor in header.tensors:
        nbytes = tensor.nbytes
        if nbytes is None:
            continue
        if tensor.offset > room or tensor.offset + nbytes > room:
            raise GgufError(
                f"the file is truncated or corrupt (tensor {tensor.name[:60]} lies past the end of the file)"
            )


# ggml tensor types -> names, for files whose header has no general.file_type
GGML_TYPE_NAMES = {
    0: "F32",
    1: "F16",
    2: "Q4_0",
    3: "Q4_1",
    6: "Q5_0",
    7: "Q5_1",
    8: "Q8_0",
    10: "Q2_K",
    11: "Q3_K",
    12: "Q4_K",
    13: "Q5_K",
    14: "Q6_K",
    16: "IQ2_XXS",
    17: "IQ2_XS",
    18: "IQ3_XXS",
    19: "IQ1_S",
    20: "IQ4_NL",
    21: "IQ3_S",
    22: "IQ2_S",
    23: "IQ4_XS",
    29: "IQ1_M",
    30: "BF16",
    34: "TQ1_0",
    35: "TQ2_0",
    39: "MXFP4",
}


def guess_quantization(header: GgufHeader) -> str:
    """The file type's name, or else the type holding most of the 2-D weights' bytes ("" if unknown)."""
    if header.quantization:
        return header.quantization
    totals: dict[int, int] = {}
    for tensor in header.tensors:
        if len(tensor.shape) >= 2:
            totals[tensor.ggml_type] = totals.get(tensor.ggml_type, 0) + (tensor.nbytes or 0)
    if not totals:
        return ""
    return GGML_TYPE_NAMES.get(max(totals, key=lambda kind: totals[kind]), "")
