"""Embeddings: one L2-normalised vector per text, from a model loaded with `embedding=True`.

An embedding model (bert, nomic-bert, … or a decoder such as the starter, mean-pooled) reads a
text whole and llama.cpp pools its token vectors into one: the model's own pooling where its
header names one, else the mean. Pooling happens per micro-batch, so the context is one
micro-batch (n_ctx = n_batch = n_ubatch) and a text longer than the context is cut to it.

Texts are packed several to a decode, each in a sequence of its own, as llama-cpp-python's
`Llama.embed` does, with two differences that make it faster and not slower:

- a decode holds at most `BATCH_TOKENS` tokens on the CPU (the whole context on a GPU). Every
  token of a decode attends over every cell of the batch (masked outside its own sequence), so
  packing 4,096 tokens of short passages costs far more than eight decodes of 512.
- the batch is filled and the vectors are normalised with numpy rather than per float in Python.

Each text has a sequence of its own: none sees another. With flash attention (llama.cpp's "auto"
turns it on where it helps) a vector differs by about 1e-4 with the texts packed beside it, and
is the same to the bit for the same batch.

A text that is empty or only whitespace has nothing to embed: its vector is all zeros (the one
vector that is not unit length; its cosine with anything is 0), and it costs no decode.
"""

from __future__ import annotations

import threading
from pathlib import Path

import llama_cpp.llama_cpp as lib
import numpy as np
from llama_cpp import Llama

from desktop.core.library.gguf_header import GgufHeader, read_header
from desktop.core.runtime.types import EngineError, LoadOptions

# Tokens per decode on the CPU; measured on the starter model, 2 cores, passages of 40-250 words:
# see the commit that added this. A text longer than this still goes whole, alone in its decode.
BATCH_TOKENS = 512
MAX_CONTEXT = 8192  # the longest text embedded whole (a decode of this size is one micro-batch)
DEFAULT_CONTEXT = 512  # for a model whose header names no training length

POOLING_NAMES = {
    lib.LLAMA_POOLING_TYPE_MEAN: "mean",
    lib.LLAMA_POOLING_TYPE_CLS: "cls",
    lib.LLAMA_POOLING_TYPE_LAST: "last",
}

NOT_EMBEDDING = "this model makes no embeddings: load it as an embedding model"


def _header(model: GgufHeader | Path | str) -> GgufHeader:
    return model if isinstance(model, GgufHeader) else read_header(model)


def embedding_context(model: GgufHeader | Path | str, options: LoadOptions) -> int:
    """The context of an embedding load (n_ctx = n_batch = n_ubatch) of a model (its header, or its
    file): what was asked (0: the model's training length), never more than the model was trained
    on (its vectors beyond that are noise, and BERT's position table ends there) nor MAX_CONTEXT."""
    train = _header(model).context_length
    wanted = options.context_length if options.context_length > 0 else (train or DEFAULT_CONTEXT)
    if train > 0:
        wanted = min(wanted, train)
    return max(8, min(wanted, MAX_CONTEXT))


def embedding_pooling(model: GgufHeader | Path | str) -> int:
    """The pooling an embedding load uses (llama.cpp's enum) for a model (its header, or its file):
    its own (mean, CLS or last token) where its header names one, else the mean, so that a decoder
    model gives one vector per text too. A reranker's "rank" is refused before this is asked."""
    pooling = _header(model).pooling_type
    return pooling if pooling in POOLING_NAMES else lib.LLAMA_POOLING_TYPE_MEAN


class TextEmbedder:
    """Embeds texts with a `Llama` made with `embedding=True`; on that model's thread only."""

    def __init__(self, llm: Llama, batch_tokens: int = BATCH_TOKENS) -> None:
        self._llm = llm
        self._ctx = llm._ctx.ctx
        self._memory = lib.llama_get_memory(self._ctx)  # None for an encoder: it keeps no cache
        self._vocab = llm._model.vocab
        self.dimensions = int(lib.llama_model_n_embd_out(llm._model.model))
        self.pooling = POOLING_NAMES.get(int(lib.llama_pooling_type(self._ctx)), "")
        self._n_batch = int(lib.llama_n_batch(self._ctx))
        # llama.cpp rounds a small context up (to 256); the batch is the size asked, and a text must fit it.
        self.context_size = min(int(lib.llama_n_ctx(self._ctx)), self._n_batch)
        self._n_seq = max(1, int(lib.llama_n_seq_max(self._ctx)))
        self._budget = max(1, min(batch_tokens, self._n_batch))
        # The end token (BERT's [SEP], an EOS some models want) is kept when a text is cut.
        self._keeps_end = bool(lib.llama_vocab_get_add_eos(self._vocab)) or bool(
            lib.llama_vocab_get_add_sep(self._vocab)
        )
        self._batch = lib.llama_batch_init(self._n_batch, 0, 1)
        size = self._n_batch
        self._tokens = np.ctypeslib.as_array(self._batch.token, shape=(size,))
        self._pos = np.ctypeslib.as_array(self._batch.pos, shape=(size,))
        self._n_seq_id = np.ctypeslib.as_array(self._batch.n_seq_id, shape=(size,))
        self._outputs = np.ctypeslib.as_array(self._batch.logits, shape=(size,))
        self._positions = np.arange(size, dtype=self._pos.dtype)

    def close(self) -> None:
        if self._batch is not None:
            lib.llama_batch_free(self._batch)
            self._batch = None

    def all_tokens(self, text: str) -> list[int]:
        """The tokens of a text as the model reads it (its own BOS/CLS and SEP/EOS included; text
        that looks like a special token is plain text), not cut; [] for a text with nothing to embed."""
        if not text.strip():
            return []
        tokens: list[int] = self._llm.tokenize(text.encode("utf-8", errors="replace"), add_bos=True, special=False)
        return tokens

    def tokens(self, text: str) -> list[int]:
        """The tokens a text is embedded as: `all_tokens`, cut to the context."""
        tokens = self.all_tokens(text)
        limit = self.context_size
        if len(tokens) > limit:
            tokens = tokens[: limit - 1] + tokens[-1:] if self._keeps_end else tokens[:limit]
        return tokens

    def embed(self, texts: list[str], stop: threading.Event | None = None) -> list[list[float]]:
        """One unit vector per text, in order. If `stop` is set, the texts of the decodes done so far:
        a prefix of `texts` (possibly empty), so the caller knows where to go on from."""
        if self._batch is None:
            raise EngineError("no model is loaded")
        tokenized = [self.tokens(text) for text in texts]
        zero = [0.0] * self.dimensions
        vectors: list[list[float]] = []
        start, count = 0, len(tokenized)
        while start < count:
            if stop is not None and stop.is_set():
                break
            end, used, sequences = start, 0, 0
            while end < count:
                size = len(tokenized[end])
                if size and sequences and (used + size > self._budget or sequences >= self._n_seq):
                    break
                if size:
                    self._place(tokenized[end], used, sequences)
                    used += size
                    sequences += 1
                end += 1
            pooled = iter(self._decode(used, sequences) if sequences else [])
            vectors.extend(next(pooled) if tokenized[index] else list(zero) for index in range(start, end))
            start = end
        return vectors

    def _place(self, tokens: list[int], at: int, seq: int) -> None:
        size = len(tokens)
        self._tokens[at : at + size] = tokens
        self._pos[at : at + size] = self._positions[:size]
        self._n_seq_id[at : at + size] = 1
        self._outputs[at : at + size] = 1  # an embedding decode outputs every token
        seq_ids = self._batch.seq_id
        for index in range(at, at + size):
            seq_ids[index][0] = seq

    def _decode(self, used: int, sequences: int) -> list[list[float]]:
        lib.llama_memory_clear(self._memory, True)  # each decode starts from an empty cache
        self._batch.n_tokens = used
        status = lib.llama_decode(self._ctx, self._batch)
        if status != 0:
            raise EngineError(f"the model failed to embed these texts (llama_decode returned {status})")
        pooled = []
        for seq in range(sequences):
            pointer = lib.llama_get_embeddings_seq(self._ctx, seq)
            if not pointer:
                raise EngineError("the model made no vector for a text")
            vector = np.ctypeslib.as_array(pointer, shape=(self.dimensions,)).astype(np.float64)
            norm = float(np.linalg.norm(vector))
            if not np.isfinite(norm):
                raise EngineError("the model made a vector that is not a number")
            pooled.append((vector / norm).tolist() if norm > 0 else [0.0] * self.dimensions)
        lib.llama_memory_clear(self._memory, True)
        return pooled
