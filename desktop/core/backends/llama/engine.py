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
from collections.abc import Callable
from dataclasses import dataclass, field

import llama_cpp.llama_cpp as lib
from llama_cpp import Llama

from desktop.core.backends.llama.kv_snapshots import KvSnapshots
from desktop.core.backends.llama.kv_text import KvText
from desktop.core.backends.llama.reply_parser import PLAIN, ReplyFormat, ReplyParser
from desktop.core.backends.llama.sampling import Sampler
from desktop.core.backends.llama.stop_strings import StopStringFilter
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

    def take(self) -> list[Delta]:
        deltas, self.deltas = self.deltas, []
        return deltas


@dataclass(eq=False)
class _Slot:
    seq: int
    key: str | None = None  # whose conversation the sequence holds
    tokens: list[int] = field(default_factory=list)  # evaluated: in the KV cache
    text: KvText = field(default_factory=KvText)
    used_at: float = 0.0
    run: Run | None = None


class DecodeEngine:
    def __init__(
        self,
        llm: Llama,
        tokenize_prompt: Callable[[str], list[int]],
        snapshots: KvSnapshots,
        stop_strings: tuple[str, ...] = (),
    ) -> None:
        self._llm = llm
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

    # -- slots and their caches ------------------------------------------------------

    @property
    def free(self) -> int:
        return sum(1 for slot in self._slots if slot.run is None)

    @property
    def active(self) -> bool:
        return any(slot.run is not None for slot in self._slots)

    def _slot_of(self, key: str | None) -> _Slot | None:
        return next((s for s in self._slots if key is not None and s.key == key), None)

    def _slot_for(self, key: str) -> _Slot:
        """The idle slot that already holds `key`, else an empty one, else the least recently used
        idle one (its conversation saved as a snapshot first)."""
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
        self._clear(slot)
        restored = self._snapshots.restore(key, self._ctx, slot.seq)
        if restored is not None:
            slot.tokens, slot.text = list(restored[0]), restored[1]
        slot.key = key
        return slot

    def _clear(self, slot: _Slot) -> None:
        lib.llama_memory_seq_rm(self._memory, slot.seq, -1, -1)
        slot.key, slot.tokens, slot.text = None, [], KvText()

    def drop(self, key: str) -> None:
        """A conversation is gone: its snapshot, and the sequence holding it (when idle)."""
        self._snapshots.drop(key)
        slot = self._slot_of(key)
        if slot is not None and slot.run is None:
            self._clear(slot)

    def holds(self, key: str) -> bool:
        """Whether a slot holds this conversation now (its next prompt can reuse its cache)."""
        return self._slot_of(key) is not None

    def _split(self, slot: _Slot | None, data: bytes) -> tuple[int, int, list[int]]:
        """How much of a slot's cache `data` (a prompt) can keep (tokens, bytes), and the tokens
        of the rest: the whole prompt's when nothing can be kept."""
        if slot is None:
            return 0, 0, self._tokenize_prompt(data.decode("utf-8", errors="replace"))
        reuse_tokens, reuse_bytes = slot.text.reusable(data, len(slot.tokens))
        if not reuse_tokens:
            return 0, 0, self._tokenize_prompt(data.decode("utf-8", errors="replace"))
        tail = data[reuse_bytes:]
        rest = self._llm.tokenize(tail, add_bos=False, special=True) if tail else []
        return reuse_tokens, reuse_bytes, rest

    def count(self, prompt: str, key: str | None) -> int:
        """Prompt tokens for a prompt; for a conversation a slot holds, only its new text is tokenized."""
        reuse_tokens, _, rest = self._split(self._slot_of(key), prompt.encode("utf-8", errors="replace"))
        return reuse_tokens + len(rest)

    # -- starting a reply ---------------------------------------------------------------

    def start(
        self, request: ReplyRequest, result: ReplyResult, prompt: str, sampler: Sampler, fmt: ReplyFormat = PLAIN
    ) -> Run:
        """Take a slot for `request` (its conversation's, when a slot holds it) and queue its prompt.
        `fmt`: how this model writes its thinking and tool calls, which the reply is split by."""
        try:
            slot = self._slot_for(request.key)
        except EngineError:
            sampler.close()
            raise
        data = prompt.encode("utf-8", errors="replace")
        reuse_tokens, reuse_bytes, rest = self._split(slot, data)
        tokens = slot.tokens[:reuse_tokens] + rest
        result.prompt_tokens, result.context_size = len(tokens), self.context_size
        if len(tokens) >= self.context_size - 1:
            sampler.close()
            raise ContextFullError(len(slot.tokens), self.context_size, len(tokens) + 1)
        # Everything already evaluated that the prompt starts with is kept (the text's last common
        # point, or more where the tokens happen to agree); one token at least is evaluated again,
        # for the logits the first reply token is sampled from.
        keep = min(Llama.longest_token_prefix(slot.tokens, tokens), len(tokens) - 1)
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
        )
        slot.run = run
        slot.used_at = time.monotonic()
        return run

    # -- one step ----------------------------------------------------------------------

    def _should_abort(self, _user_data: ctypes.c_void_p) -> bool:
        stops = self._batch_stops
        return bool(stops) and all(stop.is_set() for stop in stops)

    def step(self) -> list[Run]:
        """Evaluate one batch for every active reply; return the runs with new deltas (or ended)."""
        touched: list[Run] = []
        for slot in self._slots:  # a stop asked for since the last step ends its reply now
            if slot.run is not None and slot.run.request.stop.is_set():
                touched.append(self._finish(slot, "stopped"))
        batch = self._batch
        batch.n_tokens = 0
        added: list[tuple[_Slot, int, list[int], int | None]] = []  # slot, first position, prompt taken, last
        generating = False
        for slot in self._slots:
            run = slot.run
            if run is None or run.last is None:
                continue
            generating = True
            run.index = self._add(slot, run.last, logits=True)
            added.append((slot, len(slot.tokens), [], run.last))
            slot.tokens.append(run.last)
            run.last = None
        room = self._n_batch - batch.n_tokens
        if generating:
            room = min(room, PROMPT_TOKENS_BESIDE_GENERATION)
        for slot in self._slots:
            run = slot.run
            if run is None or not run.pending or room <= 0:
                continue
            taken, run.pending = run.pending[:room], run.pending[room:]
            first = len(slot.tokens)
            for offset, token in enumerate(taken):
                last_of_prompt = not run.pending and offset == len(taken) - 1
                index = self._add(slot, token, logits=last_of_prompt, position=first + offset)
                if last_of_prompt:
                    run.index = index
            slot.tokens.extend(taken)
            added.append((slot, first, taken, None))
            room -= len(taken)
        if not added:
            return touched
        self._batch_stops = [slot.run.request.stop for slot, *_ in added if slot.run is not None]
        self._set_abortable(sum(len(taken) for _slot, _first, taken, _last in added) > ABORTABLE_TOKENS)
        try:
            code = lib.llama_decode(self._ctx, batch)
        finally:
            self._batch_stops = []
        if code != 0:
            return touched + self._undo(added, code)
        now = time.perf_counter()
        for slot, _first, taken, _last in added:
            run = slot.run
            if run is None or run.index < 0 or (taken and run.pending):
                continue
            index, run.index = run.index, -1
            self._sampled(slot, run, run.sampler.sample(self._ctx, index), now)
            touched.append(run)
        return list(dict.fromkeys(touched))

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

    def _undo(self, added: list[tuple[_Slot, int, list[int], int | None]], code: int) -> list[Run]:
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
                slot.run = None
        self._set_abortable(False)
        lib.llama_batch_free(self._batch)
