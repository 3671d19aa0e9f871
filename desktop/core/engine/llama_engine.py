"""The one engine that touches llama.cpp: it owns a single `Llama` and is driven from one thread.

`Llama` is one llama.cpp context and is not thread-safe, so every method here must be called
from the same thread (the UI's model worker, or the CLI's main thread). The one exception
is a request's `stop` event, which any thread may set: it is checked between tokens and, via
llama.cpp's abort callback, inside a long prompt evaluation.
"""

from __future__ import annotations

import codecs
import contextlib
import ctypes
import logging
import os
import random
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import jinja2
import llama_cpp.llama_cpp as lib
import psutil
from llama_cpp import Llama

from desktop.core.engine import llama_runtime
from desktop.core.engine.kv_snapshots import KvSnapshots
from desktop.core.engine.kv_text import KvText
from desktop.core.engine.stop_strings import StopStringFilter
from desktop.core.engine.template import ChatTemplate, TemplateBroken
from desktop.core.engine.types import (
    ChatMessage,
    ContextFullError,
    EngineError,
    LoadOptions,
    ModelInfo,
    ModelLoadError,
    ReplyRequest,
    ReplyResult,
)

log = logging.getLogger(__name__)

GGUF_MAGIC = b"GGUF"


def default_threads() -> int:
    return max(1, psutil.cpu_count(logical=False) or os.cpu_count() or 1)


def check_model_file(path: Path) -> None:
    """Cheap checks that give a precise message before llama.cpp sees the file."""
    try:
        exists, is_dir, is_file = path.exists(), path.is_dir(), path.is_file()
    except OSError as error:  # a name too long for the file system, say
        raise ModelLoadError(path, f"the file cannot be read ({error.strerror or error})") from None
    if not exists:
        raise ModelLoadError(path, "the file does not exist")
    if is_dir:
        raise ModelLoadError(path, "it is a folder, not a model file")
    if not is_file:
        raise ModelLoadError(path, "it is not a regular file")
    try:
        with path.open("rb") as handle:
            magic = handle.read(4)
    except PermissionError:
        raise ModelLoadError(path, "the file cannot be read (permission denied)") from None
    except OSError as error:
        raise ModelLoadError(path, f"the file cannot be read ({error.strerror or error})") from None
    if len(magic) < 4:
        raise ModelLoadError(path, "the file is empty or truncated")
    if magic != GGUF_MAGIC:
        raise ModelLoadError(path, "it is not a GGUF model file")


def _load_failure_cause(error: BaseException, llama_errors: list[str]) -> str:
    if isinstance(error, jinja2.TemplateError):
        return f"its chat template is broken ({getattr(error, 'message', None) or error})"
    for line in reversed(llama_errors):
        # llama.cpp's own reason is the most precise one: "tensor ... data is not within the file bounds"
        text = line.split("error loading model:", 1)[-1].strip()
        if text and "failed to load model" not in text.lower():
            return text[:300]
    return (str(error).splitlines() or [type(error).__name__])[0][:300]


class LlamaEngine:
    """Loads one model at a time and streams replies from it."""

    def __init__(self, kv_budget_bytes: int | None = None) -> None:
        self._llm: Llama | None = None
        self._info: ModelInfo | None = None
        self._template: ChatTemplate | None = None
        self._current_key: str | None = None  # whose tokens the KV cache holds now
        self._kv_text = KvText()  # the text behind those tokens
        self._stop: threading.Event | None = None
        self._abort_callback = lib.ggml_abort_callback(self._should_abort)
        if kv_budget_bytes is None:
            available = psutil.virtual_memory().available
            kv_budget_bytes = max(256 << 20, min(2 << 30, available // 8))
        self._snapshots = KvSnapshots(kv_budget_bytes)

    # -- model lifetime ---------------------------------------------------------------

    @property
    def model(self) -> ModelInfo | None:
        return self._info

    @property
    def template_note(self) -> str:
        return self._template.note if self._template else ""

    def load(
        self,
        path: str | Path,
        options: LoadOptions | None = None,
        on_progress: Callable[[float], bool] | None = None,
    ) -> ModelInfo:
        """Load a model in place of the current one. Raises ModelLoadError with a one-line cause."""
        options = options or LoadOptions()
        path = Path(path).expanduser()
        check_model_file(path)
        self.unload()
        gpu_layers = options.gpu_layers
        if gpu_layers is None:
            gpu_layers = -1
        if not llama_runtime.gpu_offload_supported():
            gpu_layers = 0  # a CPU build ignores the setting: say so, rather than "GPU (-1 layers)"
        threads = options.threads or default_threads()
        started = time.perf_counter()
        llama_runtime.take_recent_errors()
        try:
            with llama_runtime.load_progress(on_progress):
                llm = Llama(
                    str(path),
                    n_ctx=max(0, options.context_length),
                    n_gpu_layers=gpu_layers,
                    n_threads=threads,
                    n_threads_batch=threads,
                    verbose=False,
                )
        except Exception as error:  # llama.cpp failures arrive as many types
            raise ModelLoadError(path, _load_failure_cause(error, llama_runtime.take_recent_errors())) from None
        metadata = llm.metadata
        try:
            template = ChatTemplate(
                metadata.get("tokenizer.chat_template"),
                bos_token=self._token_text(llm, llm.token_bos()),
                eos_token=self._token_text(llm, llm.token_eos()),
            )
        except TemplateBroken as error:
            llm.close()
            raise ModelLoadError(path, str(error)) from None
        if options.template_refusal:
            template.refuse(options.template_refusal)
        lib.llama_set_abort_callback(llm._ctx.ctx, self._abort_callback, None)
        self._llm, self._template = llm, template
        arch = metadata.get("general.architecture", "")
        self._info = ModelInfo(
            path=str(path),
            name=metadata.get("general.name") or path.stem,
            architecture=arch,
            context_length=llm.n_ctx(),
            train_context_length=int(llm._model.n_ctx_train()),
            size_bytes=path.stat().st_size,
            parameters=int(llm._model.n_params()),
            gpu_layers=gpu_layers,
            backend=llama_runtime.gpu_backend_name() if gpu_layers else "CPU",
            load_seconds=time.perf_counter() - started,
            license=metadata.get("general.license", ""),
            template_note=template.note,
        )
        log.info("loaded %s in %.2f s", path, self._info.load_seconds)
        return self._info

    def unload(self) -> None:
        self._snapshots.clear()
        self._current_key = None
        self._kv_text = KvText()
        if self._llm is not None:
            self._llm.close()
        self._llm = self._info = self._template = None

    @staticmethod
    def _token_text(llm: Llama, token: int) -> str:
        if token < 0:
            return ""
        with contextlib.suppress(Exception):
            return llm._model.token_get_text(token)
        return ""

    def _require(self) -> Llama:
        if self._llm is None:
            raise EngineError("no model is loaded")
        return self._llm

    # -- prompts -------------------------------------------------------------------

    def render_prompt(self, messages: list[ChatMessage], continue_last: bool = False) -> str:
        assert self._template is not None
        if continue_last and messages and messages[-1].role == "assistant":
            return self._template.render(messages[:-1]) + messages[-1].content
        return self._template.render(messages)

    def _tokenize_text(self, prompt: str) -> list[int]:
        llm = self._require()
        bos = self._template.bos_token if self._template else ""
        # Add BOS only where the model wants one and the template has not written it already.
        add_bos = bool(bos) and not prompt.startswith(bos) and _wants_bos(llm)
        return llm.tokenize(prompt.encode("utf-8", errors="replace"), add_bos=add_bos, special=True)

    def _split_at_cache(self, data: bytes) -> tuple[int, int, list[int]]:
        """How much of the cache `data` (a prompt) can keep (tokens, bytes; see kv_text.py), and
        the tokens of the rest: the whole prompt's when nothing can be kept."""
        llm = self._require()
        reuse_tokens, reuse_bytes = self._kv_text.reusable(data, llm.n_tokens)
        if not reuse_tokens:
            return 0, 0, self._tokenize_text(data.decode("utf-8", errors="replace"))
        tail = data[reuse_bytes:]
        return reuse_tokens, reuse_bytes, (llm.tokenize(tail, add_bos=False, special=True) if tail else [])

    def _prompt_reusing_cache(self, text: str) -> list[int]:
        """The prompt's tokens: the cached ones it shares, then the rest."""
        llm = self._require()
        data = text.encode("utf-8", errors="replace")
        reuse_tokens, reuse_bytes, rest = self._split_at_cache(data)
        tokens = [int(t) for t in llm.input_ids[:reuse_tokens]] + rest
        self._kv_text.reset_to(reuse_tokens, reuse_bytes)
        self._kv_text.append(data[reuse_bytes:], len(tokens))
        return tokens

    def count_tokens(self, messages: list[ChatMessage], key: str | None = None) -> int:
        """Prompt tokens for `messages`; for the conversation in the cache, only its new text is tokenized."""
        text = self.render_prompt(messages)
        if key is None or key != self._current_key or self._llm is None:
            return len(self._tokenize_text(text))
        reuse_tokens, _, rest = self._split_at_cache(text.encode("utf-8", errors="replace"))
        return reuse_tokens + len(rest)

    @property
    def context_size(self) -> int:
        return self._llm.n_ctx() if self._llm is not None else 0

    @property
    def context_used(self) -> int:
        return int(self._llm.n_tokens) if self._llm is not None else 0

    # -- conversations' KV caches -----------------------------------------------------

    def _switch_to(self, key: str) -> None:
        llm = self._require()
        if key == self._current_key:
            return
        if self._current_key is not None and llm.n_tokens > 0:
            tokens = [int(t) for t in llm.input_ids[: llm.n_tokens]]
            self._snapshots.save(self._current_key, llm._ctx.ctx, tokens, self._kv_text)
        restored = self._snapshots.restore(key, llm._ctx.ctx)
        if restored is not None:
            tokens, self._kv_text = restored
            llm.n_tokens = len(tokens)
            llm.input_ids[: len(tokens)] = tokens
            llm._requires_eval = True  # no logits yet: generate() replays one token
        self._current_key = key

    def forget(self, key: str) -> None:
        """Drop what is cached for a conversation (deleted, or its history was rewritten)."""
        self._snapshots.drop(key)

    @property
    def snapshot_count(self) -> int:
        return len(self._snapshots)

    # -- replies -------------------------------------------------------------------

    def _should_abort(self, _user_data: ctypes.c_void_p) -> bool:
        stop = self._stop
        return bool(stop is not None and stop.is_set())

    def stream(self, request: ReplyRequest, result: ReplyResult | None = None) -> Iterator[str]:
        """Yield the reply as text pieces; `result` is filled in as it goes and when it ends."""
        llm = self._require()
        result = result if result is not None else ReplyResult()
        settings = request.settings.validated()
        text = self.render_prompt(request.messages, request.continue_last)
        # Said with this reply, whether the template was refused now or while counting its prompt.
        result.note = self._template.take_unsaid_note() if self._template else ""
        n_ctx = llm.n_ctx()
        self._switch_to(request.key)
        prompt = self._prompt_reusing_cache(text)
        result.prompt_tokens, result.context_size = len(prompt), n_ctx
        if len(prompt) >= n_ctx - 1:
            self._kv_text.keep_tokens(llm.n_tokens)
            raise ContextFullError(self.context_used, n_ctx, len(prompt) + 1)
        result.cached_tokens = Llama.longest_token_prefix(llm.input_ids[: llm.n_tokens], prompt)
        result.seed = settings.seed if settings.seed >= 0 else random.randrange(1 << 31)
        llm.set_seed(result.seed)
        vocab = llm._model.vocab
        decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        stops = StopStringFilter(self._template.stop_strings if self._template else ())
        piece = _PieceReader(vocab)
        started = time.perf_counter()
        first_at = last_at = 0.0
        leading = not request.continue_last  # strip the whitespace a reply tends to open with
        self._stop = request.stop
        generator = llm.generate(
            prompt,
            top_k=settings.top_k,
            top_p=settings.top_p,
            min_p=settings.min_p,
            temp=settings.temperature,
            repeat_penalty=settings.repeat_penalty,
        )
        finish = "stop"
        try:
            for token in generator:
                last_at = time.perf_counter()
                if not first_at:
                    first_at = last_at
                    result.ttft_s = first_at - started
                if lib.llama_vocab_is_eog(vocab, token):
                    break
                result.tokens += 1
                raw = piece(token)
                self._kv_text.add_generated(raw, len(prompt) + result.tokens)
                text = stops.feed(decoder.decode(raw))
                if leading and text:
                    text = text.lstrip()
                    leading = not text
                if text:
                    result.text += text
                    yield text
                if stops.stopped:
                    break
                if request.stop.is_set():
                    finish = "stopped"
                    break
                if result.tokens >= settings.max_tokens:
                    finish = "length"
                    break
                if llm.n_tokens + 1 >= n_ctx:
                    finish = "context"
                    break
            else:
                finish = "stopped" if request.stop.is_set() else "stop"
        except GeneratorExit:
            finish = "stopped"  # the consumer walked away mid-reply
            raise
        except RuntimeError as error:
            if not request.stop.is_set():
                raise EngineError(f"the model failed while generating ({error})") from None
            finish = "stopped"  # the abort callback ended a prompt evaluation
        finally:
            generator.close()
            self._stop = None
            self._kv_text.keep_tokens(llm.n_tokens)
            tail = stops.flush() + decoder.decode(b"", final=True)
            if leading:
                tail = tail.lstrip()
            result.text += tail
            result.finish = finish  # type: ignore[assignment]
            result.seconds = time.perf_counter() - started
            if result.tokens > 1 and last_at > first_at:
                result.tokens_per_s = (result.tokens - 1) / (last_at - first_at)
            result.context_used = min(n_ctx, llm.n_tokens + 1)
        if tail:
            yield tail

    def reply(self, request: ReplyRequest) -> ReplyResult:
        result = ReplyResult()
        for _ in self.stream(request, result):
            pass
        return result


def _wants_bos(llm: Llama) -> bool:
    return bool(lib.llama_vocab_get_add_bos(llm._model.vocab))


class _PieceReader:
    """Bytes of one token; the buffer grows for vocabularies with long pieces."""

    def __init__(self, vocab: lib.llama_vocab_p) -> None:
        self._vocab = vocab
        self._buffer = ctypes.create_string_buffer(256)

    def __call__(self, token: int) -> bytes:
        size = len(self._buffer)
        n = lib.llama_token_to_piece(self._vocab, token, self._buffer, size, 0, False)
        if n < 0:
            self._buffer = ctypes.create_string_buffer(-n)
            n = lib.llama_token_to_piece(self._vocab, token, self._buffer, -n, 0, False)
        return self._buffer.raw[: max(n, 0)]
