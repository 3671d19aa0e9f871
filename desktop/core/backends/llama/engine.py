"""Batched decoding: every sequence being answered advances by one token per llama.cpp call.

One llama.cpp context holds several sequences, one per slot. Each step builds one batch: the
next token of every sequence that is generating, then as many prompt tokens of the sequences
still reading their prompt as fit. One `llama_decode` evaluates them all, and each generating
sequence samples its next token from its own logits with its own sampler chain. This is the
loop of llama.cpp's own server (tools/server): on a CPU, N replies at once cost little more
than one, since the weights are read once per step for all of them. With one slot it is the
plain generation loop, without llama-cpp-python's per-token copy of the logits.

A slot remembers which conversation's tokens its sequence holds (and the text behind them,
kv_text.py), so the next turn of that conversation evaluates only what is new. When every slot
is taken by other conversations, the least recently used idle one is saved as a snapshot
(kv_snapshots.py) and given up.

Each reply may have a LoRA adapter of its own (adapters.py), applied at run time on the loaded model.
A step decodes the sequences that share an adapter state together, one decode per state (usually
one), setting the context's adapters only when they change. A conversation's cache under one adapter
state is kept apart from its cache under another (its key includes the state): never reused there.

A prompt with images (vision.py) has each image's tokens in the slot's token list as a pseudo token
id, and the image itself as a chunk to read: when a sequence's prompt reaches an image, the step
first encodes it with the projector and decodes its embeddings into that sequence on its own (not
batched with other sequences' tokens), then goes on as usual. Stop is checked before the encode,
after it, and inside the decode (the abort callback).

A request's stop event is checked between steps (one token of each reply: milliseconds), and,
in a step that reads a long prompt, by llama.cpp's abort callback as well, when everything in
the batch belongs to stopped requests: the decode then gives up within milliseconds and the
batch's tokens are removed again. The callback is set only for such steps: llama.cpp calls it
after every operation of the graph, and each call takes the GIL from the window's thread
(measured: 5-8% of the window's tokens per second while it was set for every token).
"""

from __future__ import annotations

import codecs
import ctypes
import secrets
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import llama_cpp.llama_cpp as lib
from llama_cpp import Llama

from desktop.core.backends.llama.adapters import AdapterUse, ContextAdapters, by_state, variant_key
from desktop.core.backends.llama.kv_snapshots import KvSnapshots
from desktop.core.backends.llama.kv_text import KvText
from desktop.core.backends.llama.reply_parser import PLAIN, ReplyFormat, ReplyParser
from desktop.core.backends.llama.sampling import Sampler
from desktop.core.backends.llama.stop_strings import StopStringFilter
from desktop.core.backends.llama.vision import NO_VISION, ImageChunk, Projector, TokenizedImage, image_key
from desktop.core.messages import ImagePart
from desktop.core.runtime.types import ContextFullError, Delta, EngineError, ReplyRequest, ReplyResult, TextDelta

# While other sequences are generating, a new prompt is read this many tokens per step, so that
# their replies keep flowing (a step of 512 prompt tokens takes about half a second here).
PROMPT_TOKENS_BESIDE_GENERATION = 64
# A step with more prompt tokens than this may take long enough for Stop to need the abort callback.
ABORTABLE_TOKENS = 16


class _PieceReader:
    """Bytes of one token; the buffer grows for vocabularies with long pieces."""

    def __init__(self, vocab: lib.llama_vocab_p) -> None:
        self._vocab = vocab
        self._buffer = ctypes.create_string_buffer(256)

    def __call__(self, token: int, special: bool = False) -> bytes:
        """`special`: control tokens are written out too (a format whose markers are such tokens)."""
        size = len(self._buffer)
        n = lib.llama_token_to_piece(self._vocab, token, self._buffer, size, 0, special)
        if n < 0:
            self._buffer = ctypes.create_string_buffer(-n)
            n = lib.llama_token_to_piece(self._vocab, token, self._buffer, -n, 0, special)
        return self._buffer.raw[: max(n, 0)]


@dataclass(eq=False)
class Run:
    """One reply being generated in a slot."""

    request: ReplyRequest
    result: ReplyResult
    sampler: Sampler
    stops: StopStringFilter
    parser: ReplyParser  # the answer's text, apart from its thinking and tool calls
    pending: list[int]  # prompt tokens not evaluated yet
    prompt_tokens: int
    leading: bool  # strip the whitespace a reply tends to open with
    parsed: bool = False  # its text goes through the parser (a model that thinks, or tools offered)
    special: bool = False  # control tokens are written out (the format's markers are such tokens)
    started: float = field(default_factory=time.perf_counter)
    first_at: float = 0.0
    last_at: float = 0.0
    last: int | None = None  # the token sampled last, evaluated in the next step
    index: int = -1  # where its logits are in the batch just decoded
    done: bool = False
    error: str = ""  # set when the model failed: the reply ends with this message
    deltas: list[Delta] = field(default_factory=list)
    decoder: codecs.IncrementalDecoder = field(default_factory=lambda: codecs.getincrementaldecoder("utf-8")("replace"))
    media: dict[int, ImageChunk] = field(default_factory=dict)  # images still to read, by position
    images: list[TokenizedImage] = field(default_factory=list)  # what holds their chunks, closed at the end
    adapter: AdapterUse | None = None  # the LoRA adapter it is decoded with

    def take(self) -> list[Delta]:
        deltas, self.deltas = self.deltas, []
        return deltas


@dataclass(eq=False)
class _Slot:
    seq: int
    key: str | None = None  # whose conversation the sequence holds, under which adapter state (variant_key)
    conversation: str | None = None  # whose conversation, whatever the adapter
    tokens: list[int] = field(default_factory=list)  # evaluated: in the KV cache
    text: KvText = field(default_factory=KvText)
    used_at: float = 0.0
    run: Run | None = None


# What a batch took of a slot: the slot, its first position, the prompt tokens taken, the token generated.
_Added = tuple[_Slot, int, list[int], int | None]


class DecodeEngine:
    def __init__(
        self,
        llm: Llama,
        tokenize_prompt: Callable[[str], list[int]],
        snapshots: KvSnapshots,
        stop_strings: tuple[str, ...] = (),
        projector: Projector | None = None,
        fixed_adapters: Sequence[object] = (),
    ) -> None:
        """`fixed_adapters`: the adapters set on the context at load (ModelRef.adapter): kept under every state."""
        self._llm = llm
        self.projector = projector  # a vision model's: it reads the images of a prompt
        self._ctx = llm._ctx.ctx
        self._memory = lib.llama_get_memory(self._ctx)
        self._vocab = llm._model.vocab
        self._tokenize_prompt = tokenize_prompt
        self._snapshots = snapshots
        self._stop_strings = stop_strings
        self.sequences = int(lib.llama_n_seq_max(self._ctx))
        self.context_size = int(lib.llama_n_ctx_seq(self._ctx))  # what one conversation may use
        self._n_batch = int(lib.llama_n_batch(self._ctx))
        self._batch = lib.llama_batch_init(self._n_batch, 0, 1)
        self._slots = [_Slot(seq) for seq in range(self.sequences)]
        self._piece = _PieceReader(self._vocab)
        self._batch_stops: list[threading.Event] = []
        self._abort_callback = lib.ggml_abort_callback(self._should_abort)  # kept: C holds only a pointer
        self._no_callback = lib.ggml_abort_callback()  # NULL
        self._abortable = False
        self.adapters = ContextAdapters(self._ctx, fixed_adapters)
        self._variants: dict[str, set[str]] = {}  # a conversation's snapshots under adapters

    # -- slots and their caches ------------------------------------------------------

    @property
    def free(self) -> int:
        return sum(1 for slot in self._slots if slot.run is None)

    @property
    def active(self) -> bool:
        return any(slot.run is not None for slot in self._slots)

    def _slot_of(self, key: str | None) -> _Slot | None:
        return next((s for s in self._slots if key is not None and s.key == key), None)

    def _holding(self, conversation: str | None) -> _Slot | None:
        return next((s for s in self._slots if conversation is not None and s.conversation == conversation), None)

    def _slot_for(self, conversation: str, key: str) -> _Slot:
        """The idle slot that already holds `key` (the conversation under its adapter state), else an empty
        one, else the least recently used idle one (its conversation saved as a snapshot first)."""
        own = self._slot_of(key)
        if own is not None and own.run is None:
            return own
        idle = [s for s in self._slots if s.run is None]
        if not idle:
            raise EngineError("every sequence of the model is busy")
        empty = [s for s in idle if s.key is None or not s.tokens]
        slot = empty[0] if empty else min(idle, key=lambda s: s.used_at)
        if slot.key is not None and slot.tokens:
            self._snapshots.save(slot.key, self._ctx, slot.seq, slot.tokens, slot.text)
            if slot.conversation is not None and slot.key != slot.conversation:
                self._variants.setdefault(slot.conversation, set()).add(slot.key)
        self._clear(slot)
        restored = self._snapshots.restore(key, self._ctx, slot.seq)
        if restored is not None:
            slot.tokens, slot.text = list(restored[0]), restored[1]
        slot.key, slot.conversation = key, conversation
        return slot

    def _clear(self, slot: _Slot) -> None:
        lib.llama_memory_seq_rm(self._memory, slot.seq, -1, -1)
        slot.key, slot.conversation, slot.tokens, slot.text = None, None, [], KvText()

    def drop(self, key: str) -> None:
        """A conversation is gone: its snapshots (under every adapter), and the sequences holding it (when idle)."""
        for variant in {key, *self._variants.pop(key, ())}:
            self._snapshots.drop(variant)
        for slot in self._slots:
            if slot.conversation == key and slot.run is None:
                self._clear(slot)

    def holds(self, key: str) -> bool:
        """Whether a slot holds this conversation now, under some adapter state."""
        return self._holding(key) is not None

    def _pieces(self, prompt: str, images: Sequence[ImagePart]) -> tuple[bytes, list[tuple[int, bytes | ImagePart]]]:
        """The prompt as the cache holds it (each image's marker told apart by the image: vision.image_key),
        and its pieces, text and images, with where each begins in it."""
        if not images:
            data = prompt.encode("utf-8", errors="replace")
            return data, [(0, data)]
        if self.projector is None:
            raise EngineError(NO_VISION)
        texts = prompt.split(self.projector.marker)
        if len(texts) != len(images) + 1:
            raise EngineError("the prompt's images and their places in it do not agree")
        keyed = bytearray()
        pieces: list[tuple[int, bytes | ImagePart]] = []
        for i, text in enumerate(texts):
            raw = text.encode("utf-8", errors="replace")
            pieces.append((len(keyed), raw))
            keyed += raw
            if i < len(images):
                pieces.append((len(keyed), images[i]))
                keyed += image_key(images[i])
        return bytes(keyed), pieces

    def _split(
        self, slot: _Slot | None, data: bytes, pieces: list[tuple[int, bytes | ImagePart]], read: bool = True
    ) -> tuple[int, int, list[int], dict[int, ImageChunk], list[TokenizedImage]]:
        """How much of a slot's cache `data` (a prompt) can keep (tokens, bytes), and the tokens of the
        rest (the whole prompt's when nothing can be kept), with its images: their chunks by position
        in the rest, and what holds them (to close). Without `read`, an image's tokens are only counted."""
        reuse_tokens, reuse_bytes = slot.text.reusable(data, len(slot.tokens)) if slot is not None else (0, 0)
        if not reuse_tokens:
            reuse_bytes = 0
        rest: list[int] = []
        media: dict[int, ImageChunk] = {}
        images: list[TokenizedImage] = []
        try:
            for start, piece in pieces:
                if isinstance(piece, ImagePart):
                    if start < reuse_bytes:
                        continue  # in the cache already, with its pseudo tokens
                    assert self.projector is not None
                    if not read:
                        rest += [0] * self.projector.count(piece)
                        continue
                    image = self.projector.read(piece)
                    images.append(image)
                    for entry in image.entries:
                        if isinstance(entry, ImageChunk):
                            media[len(rest)] = entry
                            rest += [entry.token] * entry.n_tokens
                        else:
                            rest += entry
                    continue
                if start + len(piece) <= reuse_bytes and (reuse_tokens or start):
                    continue
                raw = piece[max(0, reuse_bytes - start) :]
                if not reuse_tokens and start == 0:  # the prompt's start: its BOS is decided there
                    rest += self._tokenize_prompt(raw.decode("utf-8", errors="replace"))
                elif raw:
                    rest += self._llm.tokenize(raw, add_bos=False, special=True)
        except BaseException:
            for image in images:
                image.close()
            raise
        return reuse_tokens, reuse_bytes, rest, media, images

    def count(self, prompt: str, key: str | None, images: Sequence[ImagePart] = ()) -> int:
        """Prompt tokens for a prompt; for a conversation a slot holds, only its new text is tokenized.
        An image counts the tokens its projector makes of it."""
        data, pieces = self._pieces(prompt, images)
        # Any adapter state's cache: the tokens are the same, only their KV differs.
        reuse_tokens, _, rest, _, _ = self._split(self._holding(key), data, pieces, read=False)
        return reuse_tokens + len(rest)

    # -- starting a reply ---------------------------------------------------------------

    def start(
        self,
        request: ReplyRequest,
        result: ReplyResult,
        prompt: str,
        sampler: Sampler,
        fmt: ReplyFormat = PLAIN,
        images: Sequence[ImagePart] = (),
        adapter: AdapterUse | None = None,
    ) -> Run:
        """Take a slot for `request` (its conversation's, when a slot holds it) and queue its prompt.
        `fmt`: how this model writes its thinking and tool calls, which the reply is split by.
        `images`: those of the prompt, in the order of their markers (the projector's) in it.
        `adapter`: the LoRA adapter it is decoded with (None: the model as loaded)."""
        try:
            slot = self._slot_for(request.key, variant_key(request.key, adapter))
            data, pieces = self._pieces(prompt, images)
            reuse_tokens, reuse_bytes, rest, media, read = self._split(slot, data, pieces)
        except BaseException:
            sampler.close()
            raise
        try:
            tokens = slot.tokens[:reuse_tokens] + rest
            media = {reuse_tokens + offset: chunk for offset, chunk in media.items()}
            # Everything already evaluated that the prompt starts with is kept (the text's last common
            # point, or more where the tokens happen to agree); one token at least is evaluated again,
            # for the logits the first reply token is sampled from.
            keep = _image_safe(min(Llama.longest_token_prefix(slot.tokens, tokens), len(tokens) - 1), tokens, media)
            if keep is None:  # an image would be half kept, or kept unread: read the whole prompt again
                for image in read:
                    image.close()
                reuse_tokens, reuse_bytes, tokens, media, read = self._split(None, data, pieces)
                kept = _image_safe(min(Llama.longest_token_prefix(slot.tokens, tokens), len(tokens) - 1), tokens, media)
                assert kept is not None  # every image of the prompt is read now
                keep = kept
            if tokens and tokens[-1] < 0:
                raise EngineError("a prompt cannot end with an image")
            result.prompt_tokens, result.context_size = len(tokens), self.context_size
            if len(tokens) >= self.context_size - 1:
                raise ContextFullError(len(slot.tokens), self.context_size, len(tokens) + 1)
        except BaseException:
            for image in read:
                image.close()
            sampler.close()
            raise
        lib.llama_memory_seq_rm(self._memory, slot.seq, keep, -1)
        slot.tokens = slot.tokens[:keep]
        slot.text.reset_to(reuse_tokens, reuse_bytes)
        slot.text.append(data[reuse_bytes:], len(tokens))
        slot.text.keep_tokens(len(tokens))
        result.cached_tokens = keep
        run = Run(
            request,
            result,
            sampler,
            StopStringFilter((*self._stop_strings, *request.stop_strings)),
            # Ids unique within the conversation: a later round's calls must not take an earlier one's results.
            ReplyParser(fmt, call_id_prefix=f"call_{secrets.token_hex(4)}"),
            tokens[keep:],
            len(tokens),
            leading=not request.continue_last,
            parsed=fmt != PLAIN,
            special=fmt.needs_special_tokens,
            media={position: chunk for position, chunk in media.items() if position >= keep},
            images=read,
            adapter=adapter,
        )
        slot.run = run
        slot.used_at = time.monotonic()
        return run

    # -- one step ----------------------------------------------------------------------

    def _should_abort(self, _user_data: ctypes.c_void_p) -> bool:
        stops = self._batch_stops
        return bool(stops) and all(stop.is_set() for stop in stops)

    def step(self) -> list[Run]:
        """Evaluate one batch for every active reply (one per adapter state); return the runs with new
        deltas (or ended)."""
        touched: list[Run] = []
        for slot in self._slots:  # a stop asked for since the last step ends its reply now
            if slot.run is not None and slot.run.request.stop.is_set():
                touched.append(self._finish(slot, "stopped"))
        for slot in self._slots:  # a prompt that has reached an image reads it first, on its own
            run = slot.run
            while run is not None and len(slot.tokens) in run.media:
                if self._read_image(slot, run):
                    touched.append(run)
                    break
        busy = [slot for slot in self._slots if slot.run is not None]
        # The prompt tokens this step reads, whatever their adapters: while others are generating, few.
        generating = any(slot.run is not None and slot.run.last is not None for slot in busy)
        room = PROMPT_TOKENS_BESIDE_GENERATION if generating else self._n_batch
        for group in by_state(busy, _adapter_of, self.adapters.current):
            adapter = _adapter_of(group[0])
            added, room = self._fill(group, room)
            if added:
                touched += self._decode(added, adapter)
        return list(dict.fromkeys(touched))

    def _fill(self, slots: list[_Slot], room: int) -> tuple[list[_Added], int]:
        """The batch for `slots`: the next token of each one generating, then up to `room` prompt tokens;
        returns what was added (slot, first position, prompt taken, last token) and the room left."""
        batch = self._batch
        batch.n_tokens = 0
        added: list[_Added] = []
        for slot in slots:
            run = slot.run
            if run is None or run.last is None:
                continue
            run.index = self._add(slot, run.last, logits=True)
            added.append((slot, len(slot.tokens), [], run.last))
            slot.tokens.append(run.last)
            run.last = None
        room = min(room, self._n_batch - batch.n_tokens)
        for slot in slots:
            run = slot.run
            if run is None or not run.pending or room <= 0:
                continue
            # Text up to the next image: the image is read in a step of its own.
            take = min(room, min(run.media) - len(slot.tokens)) if run.media else room
            if take <= 0:
                continue
            taken, run.pending = run.pending[:take], run.pending[take:]
            first = len(slot.tokens)
            for offset, token in enumerate(taken):
                last_of_prompt = not run.pending and offset == len(taken) - 1
                index = self._add(slot, token, logits=last_of_prompt, position=first + offset)
                if last_of_prompt:
                    run.index = index
            slot.tokens.extend(taken)
            added.append((slot, first, taken, None))
            room -= len(taken)
        return added, room

    def _decode(self, added: list[_Added], adapter: AdapterUse | None) -> list[Run]:
        """Decode the batch `_fill` made, under `adapter`, and sample the replies whose logits it made."""
        touched: list[Run] = []
        self.adapters.apply(adapter)
        self._batch_stops = [slot.run.request.stop for slot, *_ in added if slot.run is not None]
        self._set_abortable(sum(len(taken) for _slot, _first, taken, _last in added) > ABORTABLE_TOKENS)
        try:
            code = lib.llama_decode(self._ctx, self._batch)
        finally:
            self._batch_stops = []
        if code != 0:
            return self._undo(added, code)
        now = time.perf_counter()
        for slot, _first, taken, _last in added:
            run = slot.run
            if run is None or run.index < 0 or (taken and run.pending):
                continue
            index, run.index = run.index, -1
            self._sampled(slot, run, run.sampler.sample(self._ctx, index), now)
            touched.append(run)
        return touched

    def _read_image(self, slot: _Slot, run: Run) -> bool:
        """Encode the image the slot's prompt has reached and decode it into its sequence; True when
        that ended the reply (stopped, or the model failed)."""
        assert self.projector is not None
        position = len(slot.tokens)
        chunk = run.media.pop(position)
        stop = run.request.stop
        if stop.is_set():
            self._finish(slot, "stopped")
            return True
        if not self.projector.encode(chunk):
            self._finish(slot, "error", "the model's projector failed to encode an image")
            return True
        if stop.is_set():
            self._finish(slot, "stopped")
            return True
        self.adapters.apply(run.adapter)
        self._batch_stops = [stop]
        self._set_abortable(True)
        try:
            code = self.projector.decode(chunk, self._ctx, slot.seq, position, self._n_batch)
        finally:
            self._batch_stops = []
        if code != 0:
            lib.llama_memory_seq_rm(self._memory, slot.seq, position, -1)  # never half an image
            if stop.is_set():
                self._finish(slot, "stopped")
            else:
                self._finish(slot, "error", f"the model failed to read an image (llama_decode returned {code})")
            return True
        slot.tokens.extend(run.pending[: chunk.n_tokens])
        del run.pending[: chunk.n_tokens]
        return False

    def _set_abortable(self, abortable: bool) -> None:
        if abortable != self._abortable:
            self._abortable = abortable
            callback = self._abort_callback if abortable else self._no_callback
            lib.llama_set_abort_callback(self._ctx, callback, None)

    def _add(self, slot: _Slot, token: int, logits: bool, position: int | None = None) -> int:
        batch = self._batch
        i = batch.n_tokens
        batch.token[i] = token
        batch.pos[i] = len(slot.tokens) if position is None else position
        batch.n_seq_id[i] = 1
        batch.seq_id[i][0] = slot.seq
        batch.logits[i] = logits
        batch.n_tokens = i + 1
        return i

    def _undo(self, added: list[_Added], code: int) -> list[Run]:
        """A decode that gave up (aborted for Stop, or failed): its tokens leave the cache again."""
        ended: list[Run] = []
        for slot, first, taken, last in added:
            lib.llama_memory_seq_rm(self._memory, slot.seq, first, -1)
            del slot.tokens[first:]
            run = slot.run
            if run is None:
                continue
            run.pending = taken + run.pending
            run.last = last
            if run.request.stop.is_set():
                ended.append(self._finish(slot, "stopped"))
            elif code != 2:  # 2 is an abort, asked for only when every request in the batch was stopped
                message = f"the model failed while generating (llama_decode returned {code})"
                ended.append(self._finish(slot, "error", message))
        return ended

    def _sampled(self, slot: _Slot, run: Run, token: int, now: float) -> None:
        result = run.result
        run.last_at = now
        if not run.first_at:
            run.first_at = now
            result.ttft_s = now - run.started
        if lib.llama_vocab_is_eog(self._vocab, token):
            self._finish(slot, "stop")
            return
        result.tokens += 1
        raw = self._piece(token, run.special)
        slot.text.add_generated(raw, len(slot.tokens) + 1)
        text = run.stops.feed(run.decoder.decode(raw))
        if text:
            self._emit(run, run.parser.feed(text) if run.parsed else [TextDelta(text)])
        if run.stops.stopped:
            self._finish(slot, "stop")
        elif run.request.stop.is_set():
            self._finish(slot, "stopped")
        elif result.tokens >= run.request.settings.max_tokens:
            self._finish(slot, "length")
        elif len(slot.tokens) + 1 >= self.context_size:
            self._finish(slot, "context")
        else:
            run.last = token

    def _finish(self, slot: _Slot, finish: str, error: str = "") -> Run:
        run = slot.run
        assert run is not None
        result = run.result
        tail = run.stops.flush() + run.decoder.decode(b"", final=True)
        if run.parsed:
            self._emit(run, [*run.parser.feed(tail), *run.parser.flush()] if tail else run.parser.flush())
        elif tail:
            self._emit(run, [TextDelta(tail)])
        result.finish = "stopped" if finish == "error" else finish  # type: ignore[assignment]
        result.seconds = time.perf_counter() - run.started
        if result.tokens > 1 and run.last_at > run.first_at:
            result.tokens_per_s = (result.tokens - 1) / (run.last_at - run.first_at)
        result.context_used = min(self.context_size, len(slot.tokens) + 1)
        slot.text.keep_tokens(len(slot.tokens))
        run.sampler.close()
        _close_images(run)
        run.done = True
        run.error = error
        run.deltas.append(result.usage())
        slot.run = None
        slot.used_at = time.monotonic()
        return run

    @staticmethod
    def _emit(run: Run, deltas: list[Delta]) -> None:
        """The answer's text joins the result (without the whitespace a reply tends to open with);
        thinking and tool calls go out as they are."""
        for delta in deltas:
            if isinstance(delta, TextDelta):
                text = delta.text.lstrip() if run.leading else delta.text
                if not text:
                    continue
                run.leading = False
                run.result.text += text
                run.deltas.append(TextDelta(text) if text is not delta.text else delta)
            else:
                run.deltas.append(delta)

    def close(self) -> None:
        for slot in self._slots:
            if slot.run is not None:
                slot.run.sampler.close()
                _close_images(slot.run)
                slot.run = None
        self._set_abortable(False)
        lib.llama_batch_free(self._batch)


def _adapter_of(slot: _Slot) -> AdapterUse | None:
    return slot.run.adapter if slot.run is not None else None


def _close_images(run: Run) -> None:
    run.media.clear()
    for image in run.images:
        image.close()
    run.images.clear()


def _image_safe(keep: int, tokens: list[int], media: dict[int, ImageChunk]) -> int | None:
    """`keep`, moved back to the start of an image it would cut through; None when a pseudo token
    after it belongs to no image that will be read (its image is only in the cache)."""
    for start, chunk in media.items():
        if start < keep < start + chunk.n_tokens:
            keep = start
    i = max(keep, 0)
    while i < len(tokens):
        if tokens[i] >= 0:
            i += 1
            continue
        image = media.get(i)
        if image is None:
            return None
        i += image.n_tokens
    return keep
