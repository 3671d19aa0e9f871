"""LoRA adapters at run time: each sequence with its own, on the base model already loaded (no reload).

An adapter file is untrusted, as a model is. Before llama.cpp reads it in this process its header is
checked here, by pure parsing (gguf_header.py): a LoRA adapter, for this architecture and (when it
records one) this very base file, every tensor the `.lora_a` or `.lora_b` half of a weight the base
has, both halves there, shapes that fit that weight. Then llama.cpp opens it on the base in the
validation child (validation.py), and only then `llama_adapter_lora_init` here, once per file version.

llama.cpp ties an adapter to its model (llama_model's destructor deletes those still registered
with it): the cache is per loaded model and forgets its handles when the model is unloaded.
`llama_set_adapters_lora` makes the next decode reserve its compute graph again, so the adapters
set on the context are tracked and set only when a decode's sequences want others.
"""

from __future__ import annotations

import ctypes
import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import llama_cpp.llama_cpp as lib

from desktop.core.backends.llama import native
from desktop.core.library import gguf_header
from desktop.core.library.gguf_header import GgufHeader, TensorInfo
from desktop.core.runtime.types import EngineError
from desktop.core.text import one_line

# The tensor types LoRA weights come in (llama.cpp's convert_lora_to_gguf writes these).
WEIGHT_TYPES = {0: "F32", 1: "F16", 8: "Q8_0", 30: "BF16"}
SUFFIXES = (".lora_a", ".lora_b")


class AdapterRefused(EngineError):
    """An adapter that cannot be used on the loaded model; the message is one line, naming the file."""

    def __init__(self, path: Path | str, cause: str) -> None:
        self.path = str(path)
        self.cause = one_line(cause)
        super().__init__(f"cannot use the adapter {one_line(Path(path).name)}: {self.cause}")


@dataclass(frozen=True)
class LoadedAdapter:
    """An adapter llama.cpp has read onto the loaded model. `ident` is the file version it was read from."""

    path: str
    ident: str
    handle: Any = field(compare=False, repr=False)  # llama_adapter_lora *


@dataclass(frozen=True)
class AdapterUse:
    """An adapter at a strength: what a sequence is decoded with."""

    adapter: LoadedAdapter
    scale: float

    @property
    def key(self) -> str:
        """What tells this state's KV cache apart from the base's and the other adapters'."""
        return f"|lora={self.adapter.ident}@{self.scale!r}"


def state_key(use: AdapterUse | None) -> str:
    return use.key if use is not None else ""


def variant_key(conversation: str, use: AdapterUse | None) -> str:
    """A conversation's cache key under an adapter state: the base's is the conversation's own key."""
    return conversation + state_key(use)


T = TypeVar("T")


def by_state(items: Sequence[T], use_of: Callable[[T], AdapterUse | None], first: AdapterUse | None) -> list[list[T]]:
    """`items` grouped by the adapter state each wants, the group of state `first` (the context's now)
    first: a step that decodes several groups then sets the adapters once less."""
    groups: dict[str, list[T]] = {state_key(first): []}
    for item in items:
        groups.setdefault(state_key(use_of(item)), []).append(item)
    return [group for group in groups.values() if group]


class ContextAdapters:
    """The adapters set on one llama.cpp context now. `fixed`: the load-time adapter (ModelRef.adapter),
    applied at strength 1 under every state."""

    def __init__(self, ctx: lib.llama_context_p, fixed: Sequence[Any] = ()) -> None:
        self._ctx = ctx
        self._fixed = list(fixed)
        self.current: AdapterUse | None = None  # the fixed ones alone, as the load left the context
        self.switches = 0

    def apply(self, use: AdapterUse | None) -> None:
        if state_key(use) == state_key(self.current):
            return
        handles = [*self._fixed, *([use.adapter.handle] if use is not None else [])]
        scales = [1.0] * len(self._fixed) + ([use.scale] if use is not None else [])
        if handles:
            array = (lib.llama_adapter_lora_p_ctypes * len(handles))(*handles)
            strengths = (ctypes.c_float * len(scales))(*scales)
            lib.llama_set_adapters_lora(self._ctx, array, len(handles), strengths)
        else:
            lib.llama_set_adapters_lora(self._ctx, None, 0, None)
        self.current = use
        self.switches += 1


# -- the header checks ---------------------------------------------------------------------


def llama_cause(line: str) -> str:
    """llama.cpp's reason for refusing an adapter, without the name of the function that logged it."""
    return line.split("failed to apply lora adapter:", 1)[-1].strip()[:300]


def _file_cause(error: gguf_header.GgufError) -> str:
    return str(error).replace("model file", "adapter file")


def _dims(tensor: TensorInfo) -> str:
    """Rows × columns, as peft and numpy say it (GGUF stores the dimensions the other way round)."""
    return "×".join(str(d) for d in reversed(tensor.shape))


def check_header(path: Path, base: GgufHeader, base_sha256: Callable[[], str]) -> GgufHeader:
    """The adapter's header, checked against the base's; raises AdapterRefused saying what is wrong.
    `base_sha256` is asked only of an adapter that records its base's."""
    try:
        header = gguf_header.read_header(path)
    except gguf_header.GgufError as error:
        raise AdapterRefused(path, _file_cause(error)) from None
    general_type = header.get("general.type")
    if general_type != "adapter":
        if general_type in (None, "model") and header.tensors and not header.get("adapter.type"):
            raise AdapterRefused(path, "not a LoRA adapter: it is a model file")
        raise AdapterRefused(path, f"not a LoRA adapter: its general.type is {str(general_type)[:40]!r}")
    adapter_type = header.get("adapter.type")
    if adapter_type != "lora":
        raise AdapterRefused(path, f"not a LoRA adapter: its adapter.type is {str(adapter_type)[:40]!r}")
    if header.architecture != base.architecture:
        theirs = header.architecture[:40] or "an unnamed"
        raise AdapterRefused(
            path, f"it was made for another model (its base is a {theirs} model, this is {base.architecture})"
        )
    recorded = header.get("hearth.base.sha256")
    if isinstance(recorded, str) and recorded.strip():
        ours = base_sha256()
        if recorded.strip().lower() != ours:
            raise AdapterRefused(
                path,
                f"it was made for another model (its base's sha256 is {recorded.strip()[:12]}…, "
                f"this model's is {ours[:12]}…)",
            )
    _check_tensors(path, header, {t.name: t for t in base.tensors})
    return header


def _check_tensors(path: Path, header: GgufHeader, base: dict[str, TensorInfo]) -> None:
    halves: dict[str, dict[str, TensorInfo]] = {}
    seen: set[str] = set()
    for tensor in header.tensors:
        name = tensor.name
        if name in seen:
            raise AdapterRefused(path, f"it has the tensor {name[:80]} twice")
        seen.add(name)
        if name.endswith("_norm.weight"):
            continue  # llama.cpp skips these
        suffix = next((s for s in SUFFIXES if name.endswith(s)), "")
        if not suffix:
            raise AdapterRefused(path, f"its tensor {name[:80]} is not a LoRA weight (.lora_a or .lora_b)")
        weight = name[: -len(suffix)]
        if weight not in base:
            raise AdapterRefused(path, f"its tensor {name[:80]} adapts {weight[:80]}, which this model lacks")
        if len(tensor.shape) != 2:
            raise AdapterRefused(path, f"its tensor {name[:80]} is not 2-D ({_dims(tensor)})")
        kind = WEIGHT_TYPES.get(tensor.ggml_type)
        if kind is None:
            raise AdapterRefused(path, f"its tensor {name[:80]} has type {tensor.ggml_type}, not a LoRA type")
        block = gguf_header.GGML_TYPE_SIZES[tensor.ggml_type][1]
        if tensor.shape[0] % block:
            raise AdapterRefused(path, f"its tensor {name[:80]} ({kind}) has rows of {tensor.shape[0]}")
        halves.setdefault(weight, {})[suffix] = tensor
    if not halves:
        raise AdapterRefused(path, "it holds no LoRA weights")
    for weight, pair in halves.items():
        for suffix in SUFFIXES:
            if suffix not in pair:
                raise AdapterRefused(path, f"its tensor {weight[:80]}{suffix} is missing")
        _check_pair(path, weight, pair[".lora_a"], pair[".lora_b"], base[weight])


def _check_pair(path: Path, weight: str, a: TensorInfo, b: TensorInfo, w: TensorInfo) -> None:
    """lora_a is rank × in and lora_b out × rank, where the base's weight is out × in (llama.cpp's own
    checks: src/llama-adapter.cpp; the token embedding is the other way round)."""
    if len(w.shape) != 2:
        raise AdapterRefused(path, f"it adapts {weight[:80]}, which is not a matrix in this model")
    fan_in, fan_out = w.shape
    if weight == "token_embd.weight":  # its lora_a is looked up by token: vocabulary × rank
        rank_a, rank_b, need_a, need_b = a.shape[0], b.shape[0], (a.shape[0], fan_out), (b.shape[0], fan_in)
    else:
        rank_a, rank_b, need_a, need_b = a.shape[1], b.shape[0], (fan_in, a.shape[1]), (b.shape[0], fan_out)
    if rank_a != rank_b:
        raise AdapterRefused(path, f"its tensors for {weight[:80]} have different ranks ({rank_a} and {rank_b})")
    for tensor, need in ((a, need_a), (b, need_b)):
        if tensor.shape != need:
            wanted = "×".join(str(d) for d in reversed(need))
            raise AdapterRefused(path, f"its tensor {tensor.name[:80]} is {_dims(tensor)}, the model needs {wanted}")
    if rank_a > min(fan_in, fan_out):
        raise AdapterRefused(path, f"its rank {rank_a} is larger than {weight[:80]} ({fan_out}×{fan_in})")


# -- the adapters read onto one loaded model ------------------------------------------------------


def file_ident(path: Path) -> str:
    stat = path.stat()
    return f"{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}"


class AdapterCache:
    """The adapters read onto one loaded model, by file version, and those refused for good.

    `validate(adapter, cancel)`: llama.cpp's check in the validation child (raises AdapterRefused),
    None when the backend was made without validation (a test's own files)."""

    def __init__(
        self,
        model: lib.llama_model_p,
        base_path: Path,
        validate: Callable[[Path, threading.Event | None], None] | None,
    ) -> None:
        self._model = model
        self._base_path = base_path
        self._validate = validate
        self._base_header: GgufHeader | None = None
        self._loaded: dict[str, LoadedAdapter] = {}
        self._refused: dict[str, AdapterRefused] = {}

    def __len__(self) -> int:
        return len(self._loaded)

    def get(self, path_text: str, cancel: threading.Event | None = None) -> LoadedAdapter:
        """The adapter at `path_text`, read onto the model the first time (checked first); raises AdapterRefused."""
        path = Path(path_text).expanduser()
        try:
            gguf_header.check_model_file(path)
            ident = file_ident(path)
        except gguf_header.GgufError as error:
            raise AdapterRefused(path, _file_cause(error)) from None
        except OSError as error:
            raise AdapterRefused(path, f"the file cannot be read ({error.strerror or error})") from None
        known = self._loaded.get(ident)
        if known is not None:
            return known
        refused = self._refused.get(ident)
        if refused is not None:
            raise refused
        try:
            check_header(path, self._header(), lambda: self._base_sha256(path, cancel))
        except AdapterRefused as error:
            if cancel is None or not cancel.is_set():  # a check stopped midway says nothing of the file
                self._refused[ident] = error
            raise
        if self._validate is not None:
            self._validate(path, cancel)  # its verdicts are remembered by validation.py, on disk
        adapter = LoadedAdapter(str(path.resolve()), ident, self._init(path))
        self._loaded[ident] = adapter
        return adapter

    def _header(self) -> GgufHeader:
        if self._base_header is None:
            try:
                self._base_header = gguf_header.read_header(self._base_path)
            except gguf_header.GgufError as error:
                raise EngineError(f"the model's own header cannot be read again ({error})") from None
        return self._base_header

    def _base_sha256(self, adapter: Path, cancel: threading.Event | None) -> str:
        from desktop.core.library.file_hash import sha256_of_file

        try:
            digest = sha256_of_file(self._base_path, cancel)
        except OSError as error:
            raise EngineError(f"the model file cannot be read ({error.strerror or error})") from None
        if not digest:
            raise AdapterRefused(adapter, "checking it was stopped")
        return digest

    def _init(self, path: Path) -> Any:
        native.take_recent_errors()
        handle = lib.llama_adapter_lora_init(self._model, os.fsencode(path))
        if not handle:
            errors = native.take_recent_errors()
            error = AdapterRefused(path, (llama_cause(errors[-1]) if errors else "") or "llama.cpp could not read it")
            self._refused[file_ident(path)] = error
            raise error
        return handle

    def forget(self) -> None:
        """The model is being freed, and every adapter with it (llama.cpp does that)."""
        self._loaded.clear()
        self._refused.clear()
