"""A vision model's projector (mmproj), opened with llama.cpp's libmtmd beside its text model, and the
images it reads.

libmtmd turns an image into chunks: text tokens the model wraps an image in (some models have
none), and the image's own chunk, which the projector encodes into embeddings that are then
decoded into a sequence of the text model's context, one KV cell per image token, like tokens.
Each image is tokenized on its own (its marker and its bitmap), so the rest of a prompt is
tokenized as every other prompt is, and the decode engine evaluates the image where its marker
was (engine.py).

In a slot's token list an image's tokens are a pseudo token id each: the same negative number,
derived from the image's stored name (a hash of its content), for every token of it. Token
prefixes then agree only where the same images sit at the same places, so an unchanged history
is reused with its images, and an image is never half reused.
"""

from __future__ import annotations

import ctypes
import hashlib
import os
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

import llama_cpp.llama_cpp as lib
import llama_cpp.mtmd_cpp as mtmd
from llama_cpp import Llama

from desktop.core.backends.llama import native
from desktop.core.images.files import image_file
from desktop.core.messages import ImagePart
from desktop.core.runtime.types import EngineError
from desktop.core.text import one_line

# libmtmd and clip.cpp log to stderr by default: their lines go where llama.cpp's own go (native.py),
# so a projector that fails to open says why through native.take_recent_errors().
mtmd.mtmd_helper_log_set(native._on_log, ctypes.c_void_p(0))

MISMATCH = "does not match this model"
NO_VISION = "this model cannot see images: choose a vision model"
SAMPLE_SIDE = 512  # ModelInfo.image_tokens: what an image of this size costs
_COUNTS_KEPT = 1024


class ProjectorRefused(Exception):
    """The projector cannot be used with this model; the message follows "its projector NAME"."""


def projector_note(path: Path | str, refusal: str) -> str:
    """What a user is told when a vision model loads without its projector."""
    return f"its projector {one_line(Path(path).name)} {refusal}: images are off"


def pseudo_token(part: ImagePart) -> int:
    """The id an image's tokens have in a slot's token list: negative, so never a real token."""
    digest = hashlib.sha256(part.path.encode("utf-8", errors="replace")).digest()
    return -1 - int.from_bytes(digest[:7], "big")


def image_key(part: ImagePart) -> bytes:
    """An image's place in the cached text (kv_text.py): its marker, told apart by the image."""
    return b"\x00<image " + part.path.encode("utf-8", errors="replace") + b">\x00"


@dataclass(eq=False)
class ImageChunk:
    """An image's own chunk: encoded by the projector, then decoded into a sequence."""

    pointer: int  # const mtmd_input_chunk *, owned by its TokenizedImage
    n_tokens: int
    token: int  # its pseudo token id


@dataclass(eq=False)
class TokenizedImage:
    """What one image is for the model: text tokens around it and its image chunk(s), in order."""

    chunks: int  # mtmd_input_chunks *, freed by close()
    entries: list[list[int] | ImageChunk] = field(default_factory=list)

    @property
    def n_tokens(self) -> int:
        return sum(e.n_tokens if isinstance(e, ImageChunk) else len(e) for e in self.entries)

    def close(self) -> None:
        if self.chunks:
            mtmd.mtmd_input_chunks_free(self.chunks)
            self.chunks = 0


def _refusal(errors: list[str]) -> str:
    text = " ".join(line.strip() for line in errors if line.strip())
    if "mismatch between text model" in text or "unknown projector type" in text:
        return MISMATCH
    for line in reversed(errors):
        cause = line.split("error:", 1)[-1].strip()
        if cause:
            return f"cannot be opened ({cause[:200]})"
    return "cannot be opened"


class Projector:
    """The mtmd context of a loaded model: opened after its text model, freed before it."""

    def __init__(self, llm: Llama, path: Path, use_gpu: bool, threads: int) -> None:
        params = mtmd.mtmd_context_params_default()
        params.use_gpu = use_gpu
        params.n_threads = max(1, threads)
        params.print_timings = False
        native.take_recent_errors()
        ctx = mtmd.mtmd_init_from_file(os.fsencode(path), llm._model.model, params)
        if not ctx:
            raise ProjectorRefused(_refusal(native.take_recent_errors()))
        self._ctx: mtmd.mtmd_context_p | None = ctx
        self.path = path
        self._counts: OrderedDict[str, int] = OrderedDict()
        if not mtmd.mtmd_support_vision(ctx):
            self.close()
            raise ProjectorRefused("reads no images (it is not a vision projector)")
        if mtmd.mtmd_decode_use_mrope(ctx):
            # M-RoPE (Qwen2-VL and later) gives an image fewer positions than tokens: the engine
            # counts one position per cached token.
            self.close()
            raise ProjectorRefused("places images by M-RoPE positions, which Hearth does not read yet")
        self.marker = (mtmd.mtmd_default_marker() or b"<__media__>").decode("utf-8", errors="replace")
        try:
            sample = self._sample()
        except EngineError as error:
            self.close()
            raise ProjectorRefused(f"cannot be opened ({error})") from None
        self.image_tokens = sample.n_tokens
        sample.close()

    @property
    def ctx(self) -> mtmd.mtmd_context_p:
        if not self._ctx:
            raise EngineError("the model's projector is closed")
        return self._ctx

    # -- images into chunks ------------------------------------------------------------------

    def _sample(self) -> TokenizedImage:
        """A mid-grey SAMPLE_SIDE square, tokenized: what ModelInfo.image_tokens reports."""
        size = SAMPLE_SIDE * SAMPLE_SIDE * 3
        pixels = (ctypes.c_uint8 * size).from_buffer_copy(b"\x80" * size)
        bitmap = mtmd.mtmd_bitmap_init(SAMPLE_SIDE, SAMPLE_SIDE, pixels)
        if not bitmap:
            raise EngineError("libmtmd made no bitmap")
        try:
            return self._tokenize(bitmap, ImagePart("sample", "image/png"), "a sample image")
        finally:
            mtmd.mtmd_bitmap_free(bitmap)

    def read(self, part: ImagePart) -> TokenizedImage:
        """An image's chunks, from its stored copy; EngineError (one line naming it) if it cannot be read."""
        name = one_line(part.path)[:120]
        try:
            data = image_file(part).read_bytes()
        except FileNotFoundError:
            raise EngineError(f"the image {name} is missing: its stored copy is gone") from None
        except OSError as error:
            raise EngineError(f"the image {name} cannot be read ({error.strerror or error})") from None
        if not data:
            raise EngineError(f"the image {name} cannot be read (its stored copy is empty)")
        buffer = (ctypes.c_uint8 * len(data)).from_buffer_copy(data)
        bitmap = mtmd.mtmd_helper_bitmap_init_from_buf(self.ctx, buffer, len(data), False)
        if not bitmap:
            raise EngineError(f"the image {name} cannot be read (it is not a picture the model can decode)")
        try:
            tokenized = self._tokenize(bitmap, part, name)
        finally:
            mtmd.mtmd_bitmap_free(bitmap)  # the chunks keep their own copy of the preprocessed pixels
        self._remember(part, tokenized.n_tokens)
        return tokenized

    def _tokenize(self, bitmap: int, part: ImagePart, name: str) -> TokenizedImage:
        text = mtmd.mtmd_input_text()
        marker = self.marker.encode("utf-8")
        text.text, text.text_len, text.add_special, text.parse_special = marker, len(marker), False, True
        chunks = mtmd.mtmd_input_chunks_init()
        tokenized = TokenizedImage(chunks)
        bitmaps = (mtmd.mtmd_bitmap_p_ctypes * 1)(bitmap)
        native.take_recent_errors()
        if mtmd.mtmd_tokenize(self.ctx, chunks, ctypes.byref(text), bitmaps, 1) != 0:
            tokenized.close()
            errors = native.take_recent_errors()
            cause = errors[-1].split("error:", 1)[-1].strip()[:160] if errors else "libmtmd refused it"
            raise EngineError(f"the image {name} cannot be read ({cause})")
        token = pseudo_token(part)
        for i in range(mtmd.mtmd_input_chunks_size(chunks)):
            chunk = mtmd.mtmd_input_chunks_get(chunks, i)
            n = int(mtmd.mtmd_input_chunk_get_n_tokens(chunk))
            if mtmd.mtmd_input_chunk_get_type(chunk) == mtmd.MTMD_INPUT_CHUNK_TYPE_TEXT:
                count = ctypes.c_size_t()
                ids = mtmd.mtmd_input_chunk_get_tokens_text(chunk, ctypes.byref(count))
                tokenized.entries.append([int(ids[j]) for j in range(count.value)])
            elif n > 0:
                if int(mtmd.mtmd_input_chunk_get_n_pos(chunk)) != n:
                    tokenized.close()
                    raise EngineError("this model places image tokens in a way Hearth does not read yet")
                tokenized.entries.append(ImageChunk(chunk, n, token))
        return tokenized

    def count(self, part: ImagePart) -> int:
        """The tokens an image costs (its wrapping text tokens included), remembered by its name."""
        known = self._counts.get(part.path)
        if known is not None:
            self._counts.move_to_end(part.path)
            return known
        tokenized = self.read(part)
        tokenized.close()
        return tokenized.n_tokens

    def _remember(self, part: ImagePart, n_tokens: int) -> None:
        self._counts[part.path] = n_tokens
        self._counts.move_to_end(part.path)
        while len(self._counts) > _COUNTS_KEPT:
            self._counts.popitem(last=False)

    # -- images into a sequence --------------------------------------------------------------

    def encode(self, chunk: ImageChunk) -> bool:
        """Run the vision encoder and projector on an image chunk (its output is kept until the next)."""
        return int(mtmd.mtmd_encode_chunk(self.ctx, chunk.pointer)) == 0

    def decode(self, chunk: ImageChunk, lctx: lib.llama_context_p, seq: int, position: int, n_batch: int) -> int:
        """Decode the chunk just encoded into sequence `seq` from `position`; llama_decode's code (0: done)."""
        embeddings = mtmd.mtmd_get_output_embd(self.ctx)
        new_position = lib.llama_pos(0)
        return int(
            mtmd.mtmd_helper_decode_image_chunk(
                self.ctx,
                lctx,
                chunk.pointer,
                embeddings,
                position,
                seq,
                max(1, n_batch),
                ctypes.byref(new_position),
                mtmd.mtmd_helper_post_decode_callback(0),
                None,
            )
        )

    def self_check(self, lctx: lib.llama_context_p, context_size: int) -> None:
        """Read a sample image as a first use would (the validation child's check): tokenize, encode,
        and decode it into sequence 0 where it fits. Raises EngineError if the projector fails."""
        sample = self._sample()
        try:
            for entry in sample.entries:
                if not isinstance(entry, ImageChunk):
                    continue
                if not self.encode(entry):
                    raise EngineError("the projector failed to encode an image")
                if entry.n_tokens < context_size:
                    memory = lib.llama_get_memory(lctx)
                    code = self.decode(entry, lctx, 0, 0, entry.n_tokens)
                    lib.llama_memory_seq_rm(memory, 0, -1, -1)
                    if code != 0:
                        raise EngineError(f"the model failed to read an image (llama_decode returned {code})")
        finally:
            sample.close()

    def close(self) -> None:
        if self._ctx:
            mtmd.mtmd_free(self._ctx)
            self._ctx = None
        self._counts.clear()
