"""The base model in PyTorch, float32, for training: read from the same GGUF llama.cpp serves.

The libraries are told to be quiet first (no progress bars, no hub lookups: nothing leaves the machine).
A llama GGUF is read by gguf_llama.py in a few seconds; any other architecture goes through transformers'
own GGUF loader (`from_pretrained(folder, gguf_file=name)`), which knows more of them but is slower.
"""

from __future__ import annotations

import contextlib
import importlib
import inspect
import os
import time
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import psutil

from desktop.core.library import gguf_header
from desktop.trainer.errors import TrainError

QUIET = {
    # PyTorch's OpenMP threads otherwise spin while they wait: on a laptop whose cores are also busy (the
    # app's own chat, a browser) a step then takes many times longer (measured: 5x-8x with one other busy
    # process on 2 cores); sleeping costs an uncontended step little.
    "OMP_WAIT_POLICY": "PASSIVE",
    "TRANSFORMERS_VERBOSITY": "error",
    "TRANSFORMERS_NO_ADVISORY_WARNINGS": "1",
    "HF_HUB_DISABLE_PROGRESS_BARS": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "TOKENIZERS_PARALLELISM": "false",
    "TQDM_DISABLE": "1",  # transformers' GGUF loader draws its own progress bar
}


def quiet_libraries() -> None:
    """Before PyTorch and transformers are imported: their chatter goes nowhere near the events, they
    fetch nothing, and their deprecation notices (for their own maintainers) stay out of the run's log."""
    for key, value in QUIET.items():
        os.environ.setdefault(key, value)
    for module in ("transformers", "peft", "torch"):
        warnings.filterwarnings("ignore", category=FutureWarning, module=module)
        warnings.filterwarnings("ignore", category=DeprecationWarning, module=module)


@dataclass(frozen=True)
class BaseShape:
    """What the export needs of the base: its architecture and the heads its q/k rows are grouped in."""

    architecture: str
    layers: int
    heads: int
    kv_heads: int
    qk_unpermuted: bool  # the loader undid llama.cpp's q/k row order: the adapter's must be redone

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> BaseShape:
        return cls(
            architecture=str(raw["architecture"]),
            layers=int(raw["layers"]),
            heads=int(raw["heads"]),
            kv_heads=int(raw["kv_heads"]),
            qk_unpermuted=bool(raw["qk_unpermuted"]),
        )


def physical_cores() -> int:
    return max(1, psutil.cpu_count(logical=False) or os.cpu_count() or 1)


def configure_torch(threads: int, seed: int) -> int:
    """Threads (0: one per physical core) and the seed every random draw starts from; returns the threads."""
    import torch

    threads = threads or physical_cores()
    torch.set_num_threads(threads)
    torch.manual_seed(seed)
    return threads


def read_shape(base: Path) -> tuple[gguf_header.GgufHeader, BaseShape]:
    try:
        header = gguf_header.read_header(base)
    except gguf_header.GgufError as error:
        raise TrainError(f"cannot read the base model {base.name}: {error}") from None
    heads = int(header.arch_value("attention.head_count", 0) or 0)
    shape = BaseShape(
        architecture=header.architecture,
        layers=header.layers,
        heads=heads,
        kv_heads=int(header.arch_value("attention.head_count_kv", heads) or heads),
        # Both loaders reorder q/k rows for llama only (transformers' TENSOR_PROCESSORS, and gguf_llama).
        qk_unpermuted=header.architecture == "llama",
    )
    return header, shape


def load_base(base: Path) -> tuple[Any, BaseShape, float]:
    """The model (float32, on the CPU, every weight frozen), its shape, and the seconds the load took."""
    quiet_libraries()
    started = time.perf_counter()
    header, shape = read_shape(base)
    try:
        model = _load_llama(base, header, shape) or _load_with_transformers(base)
    except MemoryError:
        raise TrainError("there is not enough memory to load the model for training") from None
    for parameter in model.parameters():
        parameter.requires_grad_(False)
    model.config.use_cache = False
    return model, shape, time.perf_counter() - started


def _no_init_weights() -> contextlib.AbstractContextManager[Any]:
    """transformers' switch that skips the random initialisation of weights about to be overwritten."""
    for module in ("transformers.initialization", "transformers.modeling_utils"):  # transformers 5, then 4
        with contextlib.suppress(ImportError):
            switch = getattr(importlib.import_module(module), "no_init_weights", None)
            if switch is not None:
                return cast(contextlib.AbstractContextManager[Any], switch())
    return contextlib.nullcontext()


def _llama_config(values: dict[str, Any]) -> Any:
    from transformers import LlamaConfig

    values = dict(values)
    if "rope_parameters" not in inspect.signature(LlamaConfig.__init__).parameters:  # transformers 4
        values["rope_theta"] = values.pop("rope_parameters")["rope_theta"]
    return LlamaConfig(**values)


def _load_llama(base: Path, header: gguf_header.GgufHeader, shape: BaseShape) -> Any | None:
    import torch
    from transformers import LlamaForCausalLM

    from desktop.trainer import gguf_llama

    config = gguf_llama.llama_config(header)
    names = gguf_llama.known_names(header)
    if config is None or names is None:
        return None
    with _no_init_weights():
        model = LlamaForCausalLM(_llama_config(config))
    targets = model.state_dict()  # the parameters' own storage
    tied = {"lm_head.weight"} if config["tie_word_embeddings"] else set()
    if set(names.values()) != set(targets) - tied:
        return None
    with torch.no_grad():
        for name, array in gguf_llama.iter_weights(base, header, shape.heads, shape.kv_heads):
            if tuple(targets[name].shape) != array.shape:
                return None
            targets[name].copy_(torch.from_numpy(array))
    if tied:
        model.tie_weights()
    return model


def _load_with_transformers(base: Path) -> Any:
    import torch
    import transformers
    from transformers import AutoModelForCausalLM

    transformers.utils.logging.set_verbosity_error()
    transformers.utils.logging.disable_progress_bar()
    try:
        return AutoModelForCausalLM.from_pretrained(str(base.parent), gguf_file=base.name, dtype=torch.float32)
    except (ValueError, KeyError, NotImplementedError) as error:
        raise TrainError(f"this model cannot be trained here ({str(error).splitlines()[0][:200]})") from None
