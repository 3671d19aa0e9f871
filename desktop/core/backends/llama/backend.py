"""The llama.cpp backend: the only code that touches llama.cpp. It owns one `Llama` at a time.

`Llama` is one llama.cpp context and is not thread-safe, so every method here is called from
one thread (its runner's). The one exception is a request's `stop` event, which any thread
may set: it is checked between tokens and, via llama.cpp's abort callback, inside a long
prompt evaluation. A model file is untrusted: before it is first loaded into this process,
its header is read and checked, its size is weighed against free memory, and a child process
opens it (validation.py), so a file that would crash or hang llama.cpp costs a message.

A vision model's projector (an mmproj file beside it: library/projector.py) is opened after the
text model with libmtmd (vision.py), once a validation child has opened it too; one that does not
match the model, or that the child refused, leaves it a text model, with a note saying so.

A chat's LoRA adapter (its settings' `adapter` and `adapter_scale`) is applied per reply, at run time,
on the model loaded (adapters.py): checked first (its header here, then llama.cpp in a validation
child), read onto the model once, and set on the context only for the sequences that use it.

Loaded with `LoadOptions(embedding=True)`, the model is an embedding model: `embed()` turns texts
into vectors (embedding.py), and it answers no chat (no template, no decode engine).
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import os
import random
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import jinja2
import llama_cpp.llama_cpp as lib
import psutil
from llama_cpp import Llama

from desktop.core.backends.llama import native
from desktop.core.backends.llama.adapters import AdapterCache, AdapterRefused, AdapterUse, llama_cause
from desktop.core.backends.llama.embedding import (
    NOT_EMBEDDING,
    TextEmbedder,
    embedding_context,
    embedding_pooling,
)
from desktop.core.backends.llama.engine import DecodeEngine, Run
from desktop.core.backends.llama.grammars import grammar_for
from desktop.core.backends.llama.kv_snapshots import KvSnapshots
from desktop.core.backends.llama.reply_parser import PLAIN, ReplyFormat, reply_format
from desktop.core.backends.llama.sampling import Sampler
from desktop.core.backends.llama.template import ChatTemplate, TemplateBroken, defang, has_images
from desktop.core.backends.llama.vision import NO_VISION, Projector, ProjectorRefused, projector_note
from desktop.core.library import gguf_header, gpu_memory
from desktop.core.library.fit import check_memory
from desktop.core.library.projector import find_projector
from desktop.core.messages import ChatMessage, ImagePart
from desktop.core.runtime.types import (
    Capabilities,
    Delta,
    EngineError,
    LoadOptions,
    LoadRefused,
    ModelInfo,
    ModelLoadError,
    ModelRef,
    ReplyRequest,
    ReplyResult,
    ToolSpec,
)

log = logging.getLogger(__name__)


def default_threads() -> int:
    return max(1, psutil.cpu_count(logical=False) or os.cpu_count() or 1)


def check_model_file(path: Path) -> None:
    """Cheap checks that give a precise message before llama.cpp sees the file."""
    try:
        gguf_header.check_model_file(path)
    except gguf_header.GgufError as error:
        raise ModelLoadError(path, str(error)) from None


NOT_CHAT = "it is an embedding model, not a chat model: use it to search documents"
NO_CHAT_HERE = "this model is loaded as an embedding model: it does not chat"
RERANKER = "it is a reranker (it scores passages against a question): it makes no embeddings"


class _HeaderCache:
    """The header of the last file an embedding load read, by file version: preflight and load both
    need it, and reading a large vocabulary's header takes a few tenths of a second."""

    def __init__(self) -> None:
        self._key = ""
        self._header: gguf_header.GgufHeader | None = None

    def read(self, path: Path) -> gguf_header.GgufHeader:
        try:
            stat = path.stat()
            key = f"{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}"
            if key != self._key or self._header is None:
                self._header, self._key = gguf_header.read_header(path), key
            return self._header
        except gguf_header.GgufError as error:
            raise ModelLoadError(path, str(error)) from None
        except OSError as error:
            raise ModelLoadError(path, f"the file cannot be read ({error.strerror or error})") from None


def offload_backend(gpu_layers: int | None) -> str:
    """Where layers go with this setting: a GPU backend's name, or "" for the CPU."""
    if gpu_layers == 0 or not native.gpu_offload_supported():
        return ""
    return native.gpu_backend_name()


def _load_failure_cause(error: BaseException, llama_errors: list[str]) -> str:
    if isinstance(error, jinja2.TemplateError):
        return f"its chat template is broken ({getattr(error, 'message', None) or error})"
    for line in reversed(llama_errors):
        # llama.cpp's own reason is the most precise one: "tensor ... data is not within the file bounds"
        text = line.split("error loading model:", 1)[-1].strip()
        if text and "failed to load model" not in text.lower():
            return text[:300]
    return (str(error).splitlines() or [type(error).__name__])[0][:300]


class LlamaBackend:
    """Loads one model at a time and answers from it, several conversations at once where asked.

    `validate` and `check_memory` are the checks before a first load (see preflight); a test that
    drives a model it wrote itself may turn them off. `projector_for` finds a model's projector
    (None: a text-only model).
    """

    def __init__(
        self,
        kv_budget_bytes: int | None = None,
        validate: bool = True,
        check_memory: bool = True,
        projector_for: Callable[[Path], Path | None] = find_projector,
    ) -> None:
        self._llm: Llama | None = None
        self._projector: Projector | None = None
        self._projector_for = projector_for
        # Why the validation child refused a model's projector, by model path (see preflight).
        self._projector_refusals: dict[str, str] = {}
        self._threads = 1
        self._info: ModelInfo | None = None
        self._template: ChatTemplate | None = None
        self._engine: DecodeEngine | None = None
        self._adapters: AdapterCache | None = None  # the runtime adapters read onto the chat model
        self._embedder: TextEmbedder | None = None  # loaded as an embedding model
        self._headers = _HeaderCache()
        self._validate = validate
        self._check_memory = check_memory
        # What the validation child refused of a file (its chat template: unsafe, or it never
        # finished), by path: refused here too, before this process renders it.
        self._template_refusals: dict[str, str] = {}
        if kv_budget_bytes is None:
            available = psutil.virtual_memory().available
            kv_budget_bytes = max(256 << 20, min(2 << 30, available // 8))
        self._snapshots = KvSnapshots(kv_budget_bytes)

    # -- model lifetime ---------------------------------------------------------------

    @property
    def capabilities(self) -> Capabilities:
        if self._embedder is not None:
            return Capabilities(token_counting="exact", embeddings=True)
        sequences = self._engine.sequences if self._engine is not None else 1
        return Capabilities(
            token_counting="exact",
            kv_reuse=True,
            grammar=True,
            tools=True,
            reasoning=True,
            vision=self._projector is not None,
            parallel=sequences,
        )

    @property
    def model(self) -> ModelInfo | None:
        return self._info

    def preflight(
        self, ref: ModelRef, options: LoadOptions, *, force: bool, reclaimable: int, cancel: threading.Event
    ) -> None:
        """The file checks, then the memory check, then the validation child (the first time only)."""
        path = Path(ref.path).expanduser()
        check_model_file(path)
        if options.embedding:
            header = self._headers.read(path)
            if header.is_reranker:
                raise ModelLoadError(path, RERANKER)
            context = embedding_context(header, options)
        else:
            context = options.context_length * max(1, options.parallel)  # every sequence has its own cache
        if self._check_memory and not force:
            refusal = check_memory(path, context, offload=offload_backend(options.gpu_layers), reclaimable=reclaimable)
            if refusal:
                raise LoadRefused(refusal)
        if ref.adapter:
            check_model_file(Path(ref.adapter).expanduser())
        if self._validate:
            from desktop.core.backends.llama.validation import ensure_safe

            verdict = ensure_safe(path, cancel, adapter=ref.adapter, embedding=options.embedding)
            if not options.embedding:
                self._template_refusals[str(path)] = verdict.template_refusal
                self._preflight_projector(path, cancel)

    def _preflight_projector(self, path: Path, cancel: threading.Event) -> None:
        """The model's projector, opened in a validation child first as the model was: its refusal is
        remembered, and the model then loads without it (a text model, with a note)."""
        from desktop.core.backends.llama.validation import ensure_projector_safe

        self._projector_refusals.pop(str(path), None)
        projector = self._projector_for(path)
        if projector is not None:
            verdict = ensure_projector_safe(path, projector, cancel)
            if not verdict.ok:
                self._projector_refusals[str(path)] = verdict.message or "cannot be used"

    def load(
        self,
        ref: ModelRef | str | Path,
        options: LoadOptions | None = None,
        on_progress: Callable[[float], bool] | None = None,
    ) -> ModelInfo:
        """Load a model in place of the current one. Raises ModelLoadError with a one-line cause."""
        ref = ref if isinstance(ref, ModelRef) else ModelRef.gguf(ref)
        options = options or LoadOptions()
        path = Path(ref.path).expanduser()
        check_model_file(path)
        header = self._headers.read(path) if options.embedding else None
        if header is not None and header.is_reranker:
            raise ModelLoadError(path, RERANKER)
        self.unload()
        gpu_layers = options.gpu_layers
        if gpu_layers is None:
            gpu_layers = -1
        if not native.gpu_offload_supported():
            gpu_layers = 0  # a CPU build ignores the setting: say so, rather than "GPU (-1 layers)"
        threads = options.threads or default_threads()
        self._threads = threads
        sequences = 1 if header is not None else max(1, options.parallel)
        if header is not None:
            # One micro-batch holds a whole text: the pooling is done per micro-batch.
            context = embedding_context(header, options)
            shape: dict[str, int | bool] = {
                "embedding": True,
                "pooling_type": embedding_pooling(header),
                "n_ctx": context,
                "n_batch": context,
                "n_ubatch": context,
            }
        else:
            # The context holds every sequence's own (0: the model's training length, each).
            shape = {"n_ctx": max(0, options.context_length) * sequences}
        started = time.perf_counter()
        native.take_recent_errors()
        try:
            with native.load_progress(on_progress), native.context_defaults(sequences):
                llm = Llama(
                    str(path),
                    n_gpu_layers=gpu_layers,
                    n_threads=threads,
                    n_threads_batch=threads,
                    verbose=False,
                    **shape,  # type: ignore[arg-type]
                )
        except Exception as error:  # llama.cpp failures arrive as many types
            raise ModelLoadError(path, _load_failure_cause(error, native.take_recent_errors())) from None
        if header is not None:
            return self._loaded_for_embeddings(llm, ref, path, gpu_layers, started)
        metadata = llm.metadata
        if metadata.get("general.architecture", "") in gguf_header.ENCODER_ARCHITECTURES:
            llm.close()  # an encoder generates no text: refused before anything runs on it
            raise ModelLoadError(path, NOT_CHAT)
        try:
            template = ChatTemplate(
                metadata.get("tokenizer.chat_template"),
                bos_token=self._token_text(llm, llm.token_bos()),
                eos_token=self._token_text(llm, llm.token_eos()),
            )
        except TemplateBroken as error:
            llm.close()
            raise ModelLoadError(path, str(error)) from None
        refusal = self._template_refusals.get(str(path), "")
        if refusal:
            template.refuse(refusal)
        fixed = [self._apply_adapter(llm, Path(ref.adapter).expanduser())] if ref.adapter else []
        self._llm, self._template = llm, template
        self._engine = DecodeEngine(
            llm, self._tokenize_text, self._snapshots, template.stop_strings, fixed_adapters=fixed
        )
        self._adapters = AdapterCache(llm._model.model, path, self._adapter_validation(path))
        self._info = _model_info(
            llm,
            ref,
            path,
            gpu_layers,
            started,
            self._engine.context_size,
            template_note=template.note,
            thinking_switch=template.takes_thinking_switch,
        )
        projector = self._projector_for(path)
        if projector is not None:
            self.attach_projector(projector, self._projector_refusals.get(str(path), ""))
            self._info = replace(self._info, load_seconds=time.perf_counter() - started)
        gpu_memory.note_loaded_backend(self._info.backend)
        log.info("loaded %s in %.2f s", path, self._info.load_seconds)
        return self._info

    def _loaded_for_embeddings(
        self, llm: Llama, ref: ModelRef, path: Path, gpu_layers: int, started: float
    ) -> ModelInfo:
        if ref.adapter:
            self._apply_adapter(llm, Path(ref.adapter).expanduser())
        # On the CPU a decode packs a few hundred tokens (attention grows with the square of a
        # decode's size); a GPU takes the whole context at once.
        embedder = TextEmbedder(llm) if not gpu_layers else TextEmbedder(llm, batch_tokens=1 << 30)
        self._llm, self._embedder = llm, embedder
        self._info = _model_info(
            llm,
            ref,
            path,
            gpu_layers,
            started,
            embedder.context_size,
            embedding_length=embedder.dimensions,
            pooling=embedder.pooling,
        )
        gpu_memory.note_loaded_backend(self._info.backend)
        log.info("loaded %s as an embedding model in %.2f s", path, self._info.load_seconds)
        return self._info

    def _apply_adapter(self, llm: Llama, path: Path) -> Any:
        """A LoRA adapter on the loaded model, applied to the context (the model's weights stay mapped);
        returns its handle (llama.cpp frees it with the model)."""
        native.take_recent_errors()
        adapter = lib.llama_adapter_lora_init(llm._model.model, os.fsencode(path))
        if not adapter:
            errors = native.take_recent_errors()
            llm.close()
            cause = (errors[-1].strip() if errors else "") or "it is not a LoRA adapter for this model"
            raise ModelLoadError(path, cause[:300])
        adapters = (lib.llama_adapter_lora_p_ctypes * 1)(adapter)
        scales = (ctypes.c_float * 1)(1.0)
        if lib.llama_set_adapters_lora(llm._ctx.ctx, adapters, 1, scales) != 0:
            llm.close()
            raise ModelLoadError(path, "the adapter could not be applied to this model")
        return adapter

    def _adapter_validation(self, model: Path) -> Callable[[Path, threading.Event | None], None] | None:
        """llama.cpp's own check of an adapter on `model`, in the validation child (see preflight)."""
        if not self._validate:
            return None

        def validate(adapter: Path, cancel: threading.Event | None) -> None:
            from desktop.core.backends.llama.validation import ensure_safe

            try:
                ensure_safe(model, cancel, adapter=str(adapter))
            except ModelLoadError as error:
                cause = (
                    "checking it was stopped" if cancel is not None and cancel.is_set() else llama_cause(error.cause)
                )
                raise AdapterRefused(adapter, cause) from None

        return validate

    def check_adapter(self, path: str | Path, cancel: threading.Event | None = None) -> None:
        """Check a LoRA adapter for the chat model loaded now and read it onto the model, as its first use
        in a reply would (so that reply does not wait for it); raises AdapterRefused saying why not."""
        self._require()
        assert self._adapters is not None
        self._adapters.get(str(path), cancel)

    def _adapter_use(self, path: str, scale: float, cancel: threading.Event) -> AdapterUse | None:
        if not path or scale == 0.0:
            return None
        assert self._adapters is not None
        return AdapterUse(self._adapters.get(path, cancel), scale)

    def attach_projector(self, path: Path, refusal: str = "") -> str:
        """Open a vision projector for the chat model loaded now (after it, on the GPU when its layers
        are): the model then sees images. Returns why not ("" when it does), which the model's note
        says too. `refusal`: the validation child's, the projector is then not opened here at all."""
        if self._llm is None or self._engine is None or self._info is None:
            raise EngineError("no chat model is loaded")
        if self._projector is not None:
            self._engine.projector = None
            self._projector.close()
            self._projector = None
        if not refusal:
            try:
                self._projector = Projector(self._llm, path, use_gpu=bool(self._info.gpu_layers), threads=self._threads)
            except ProjectorRefused as error:
                refusal = str(error)
        if self._projector is not None:
            self._engine.projector = self._projector
            self._info = replace(self._info, vision=True, image_tokens=self._projector.image_tokens)
            return ""
        note = projector_note(path, refusal)
        note = note[:1].upper() + note[1:] + "."
        template_note = f"{self._info.template_note} {note}" if self._info.template_note else note
        self._info = replace(self._info, vision=False, image_tokens=0, template_note=template_note)
        log.warning("%s", note)
        return refusal

    def check_projector(self) -> None:
        """Read a sample image as a first use would (the validation child's check)."""
        llm, engine = self._require()
        if self._projector is None:
            raise EngineError(NO_VISION)
        self._projector.self_check(llm._ctx.ctx, engine.context_size)

    def unload(self) -> None:
        self._snapshots.clear()
        if self._adapters is not None:
            self._adapters.forget()  # the model frees them below
        if self._engine is not None:
            self._engine.close()
        if self._embedder is not None:
            self._embedder.close()
        if self._projector is not None:
            self._projector.close()  # before the model it was opened on
        if self._llm is not None:
            self._llm.close()  # frees the model, and with it any adapter on it
        self._llm = self._info = self._template = self._engine = self._embedder = self._projector = None
        self._adapters = None

    @staticmethod
    def _token_text(llm: Llama, token: int) -> str:
        if token < 0:
            return ""
        with contextlib.suppress(Exception):
            return llm._model.token_get_text(token)
        return ""

    def _require(self) -> tuple[Llama, DecodeEngine]:
        if self._llm is None:
            raise EngineError("no model is loaded")
        if self._engine is None:
            raise EngineError(NO_CHAT_HERE)
        return self._llm, self._engine

    # -- embeddings ------------------------------------------------------------------

    @property
    def embedding_dimensions(self) -> int:
        """The length of the vectors `embed` makes (0 unless loaded as an embedding model)."""
        return self._embedder.dimensions if self._embedder is not None else 0

    def embed(self, texts: list[str], stop: threading.Event | None = None) -> list[list[float]]:
        """One L2-normalised vector per text, in order, from a model loaded with `embedding=True`.

        A text longer than the context (`context_size` tokens, the model's own start and end tokens
        included) is cut to it, silently. A text that is empty or only whitespace gets a vector of
        zeros (the one that is not unit length). Texts are packed several to a decode; `stop` is
        checked between decodes, and once set, the vectors of the texts done so far come back: a
        prefix of `texts`, so the caller knows where to go on from."""
        if self._llm is None:
            raise EngineError("no model is loaded")
        if self._embedder is None:
            raise EngineError(NOT_EMBEDDING)
        return self._embedder.embed(list(texts), stop)

    # -- prompts -------------------------------------------------------------------

    def render_prompt(
        self,
        messages: list[ChatMessage],
        continue_last: bool = False,
        tools: Sequence[ToolSpec] = (),
        thinking: bool | None = None,
    ) -> str:
        """The prompt text; on a vision model, its projector's marker where each image is."""
        return self._render(messages, continue_last, tools, thinking)[0]

    def _render(
        self,
        messages: list[ChatMessage],
        continue_last: bool = False,
        tools: Sequence[ToolSpec] = (),
        thinking: bool | None = None,
    ) -> tuple[str, list[ImagePart]]:
        """The prompt and its images in the order of their markers (none on a model that sees no images:
        they are left out of its prompt)."""
        if self._template is None:
            raise EngineError(NO_CHAT_HERE if self._embedder is not None else "no model is loaded")
        marker = self._projector.marker if self._projector is not None else ""
        if continue_last and messages and messages[-1].role == "assistant":
            text, images = self._template.render_with_images(
                messages[:-1], tools=tools, thinking=thinking, marker=marker
            )
            return text + defang(messages[-1].content, marker), images
        return self._template.render_with_images(messages, tools=tools, thinking=thinking, marker=marker)

    def _tokenize_text(self, prompt: str) -> list[int]:
        llm, _ = self._require()
        bos = self._template.bos_token if self._template else ""
        # Add BOS only where the model wants one and the template has not written it already.
        add_bos = bool(bos) and not prompt.startswith(bos) and _wants_bos(llm)
        return llm.tokenize(prompt.encode("utf-8", errors="replace"), add_bos=add_bos, special=True)

    def count_tokens(self, messages: list[ChatMessage], key: str | None = None) -> int:
        """Prompt tokens for `messages`; for a conversation a sequence holds, only its new text is tokenized."""
        _, engine = self._require()
        text, images = self._render(messages)
        return engine.count(text, key, images)

    def count_texts(self, texts: list[str]) -> list[int]:
        """Tokens of each text alone (no template, no BOS): the share each message has of a prompt.
        On an embedding model: the tokens each text is embedded as (its start and end tokens
        included, not cut to the context), to size passages by."""
        if self._embedder is not None:
            tokenize = self._embedder.all_tokens
            return [len(tokenize(t)) for t in texts]
        llm, _ = self._require()
        return [len(llm.tokenize(t.encode("utf-8", errors="replace"), add_bos=False, special=True)) for t in texts]

    @property
    def context_size(self) -> int:
        """What one conversation may use (each sequence has its own part of the context); on an
        embedding model, the longest text it embeds whole."""
        if self._embedder is not None:
            return self._embedder.context_size
        return self._engine.context_size if self._engine is not None else 0

    def drop_cache(self, key: str) -> None:
        """Drop what is cached for a conversation (deleted, or its history was rewritten)."""
        if self._engine is not None:
            self._engine.drop(key)
        else:
            self._snapshots.drop(key)

    @property
    def snapshot_count(self) -> int:
        return len(self._snapshots)

    # -- replies -------------------------------------------------------------------

    @property
    def free_sequences(self) -> int:
        if self._embedder is not None:
            return 1  # so that a reply asked of it is admitted, and refused, rather than kept waiting
        return self._engine.free if self._engine is not None else 0

    def admit(self, request: ReplyRequest, result: ReplyResult) -> Run:
        """Begin a reply in a free sequence; `step()` then advances it with every other one."""
        llm, engine = self._require()
        if request.prompt is None and self._projector is None and has_images(request.messages):
            raise EngineError(NO_VISION)
        settings = request.settings.validated()
        adapter = self._adapter_use(settings.adapter, settings.adapter_scale, request.stop)
        images: list[ImagePart] = []
        if request.prompt is not None:
            text = request.prompt  # a completion: the text as it is
        else:
            text, images = self._render(request.messages, request.continue_last, request.tools, request.thinking)
        # Said with this reply, whether the template was refused now or while counting its prompt.
        result.note = self._template.take_unsaid_note() if self._template else ""
        result.seed = settings.seed if settings.seed >= 0 else random.randrange(1 << 31)
        sampler = Sampler(llm._model.vocab, settings, result.seed, grammar_for(request.output))
        fmt = PLAIN if request.prompt is not None else self._reply_format(text, bool(request.tools))
        return engine.start(replace(request, settings=settings), result, text, sampler, fmt, images, adapter)

    def _reply_format(self, prompt: str, tools: bool) -> ReplyFormat:
        """How this reply is split into thinking, answer and tool calls: as the template says its model
        writes them. Any model's reply that opens with <think> is thinking (DeepSeek-R1's distills write
        it whatever their template says), and tools laid out in Hermes's way (a template that knows
        none) are called in Hermes's way."""
        template = self._template
        fmt = reply_format(template.source if template else "", prompt, tools)
        if not fmt.think_open and not fmt.harmony:
            fmt = replace(fmt, think_open="<think>", think_close="</think>")
        if tools and not fmt.harmony and (not fmt.tools or (template is not None and not template.takes_tools)):
            fmt = replace(fmt, tools="hermes")
        return fmt

    def step(self) -> list[Run]:
        """One decode for every reply begun: the runs with new deltas, or that ended."""
        if self._embedder is not None:
            return []
        _, engine = self._require()
        return engine.step()

    def stream(self, request: ReplyRequest, result: ReplyResult | None = None) -> Iterator[Delta]:
        """One reply on its own, as text deltas then its Usage; `result` is filled in as it goes."""
        result = result if result is not None else ReplyResult()
        run = self.admit(request, result)
        try:
            while not run.done:
                self.step()
                yield from run.take()
                if run.error:
                    raise EngineError(run.error)
            yield from run.take()
        finally:
            if not run.done:  # the consumer walked away mid-reply
                request.stop.set()
                while not run.done:
                    self.step()
                result.finish = "stopped"

    def reply(self, request: ReplyRequest) -> ReplyResult:
        result = ReplyResult()
        for _ in self.stream(request, result):
            pass
        return result

    # -- the validation child's check ---------------------------------------------------

    def self_check(self, sample: str, messages: list[ChatMessage], on_phase: Callable[[str], None]) -> str:
        """Tokenize, detokenize, evaluate a few tokens and render the template, as a first use would,
        announcing each phase first; returns what was refused of the template ("" for nothing).
        Raises EngineError if the model fails to run."""
        llm, _ = self._require()
        on_phase("tokenizing")
        tokens = llm.tokenize(sample.encode(), add_bos=True, special=True)
        llm.detokenize(tokens)
        on_phase("evaluating")
        try:
            llm.eval(tokens[:4] or [0])
        except Exception as error:  # any failure is the verdict
            raise EngineError(f"the model failed to run ({error})") from None
        on_phase("template")
        prompt = self.render_prompt(messages)
        llm.tokenize(prompt.encode("utf-8", errors="replace"), add_bos=False, special=True)
        return self._template.refusal if self._template is not None else ""


def _model_info(
    llm: Llama, ref: ModelRef, path: Path, gpu_layers: int, started: float, context: int, **extra: Any
) -> ModelInfo:
    """What a load made, as the runtime reports it: the same for a chat model and an embedding model."""
    metadata = llm.metadata
    return ModelInfo(
        path=ref.stored(),
        name=metadata.get("general.name") or path.stem,
        architecture=metadata.get("general.architecture", ""),
        context_length=context,
        train_context_length=int(llm._model.n_ctx_train()),
        size_bytes=path.stat().st_size,
        parameters=int(llm._model.n_params()),
        gpu_layers=gpu_layers,
        backend=native.gpu_backend_name() if gpu_layers else "CPU",
        load_seconds=time.perf_counter() - started,
        license=metadata.get("general.license", ""),
        ref=ref,
        **extra,
    )


def _wants_bos(llm: Llama) -> bool:
    return bool(lib.llama_vocab_get_add_bos(llm._model.vocab))
