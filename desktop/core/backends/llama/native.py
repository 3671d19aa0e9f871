"""The process-wide parts of llama.cpp: its log, its build facts, and load progress.

llama.cpp logs to stderr by default, and llama-cpp-python's `verbose=False` silences it by
pointing file descriptors 1 and 2 at /dev/null while a model loads. We route the log into
`logging` instead, and keep the last error lines so that a failed load can say why.
"""

from __future__ import annotations

import collections
import contextlib
import ctypes
import logging
import sys
import threading
from collections.abc import Callable, Iterator

import llama_cpp
import llama_cpp.llama_cpp as lib

log = logging.getLogger("llama.cpp")

# ggml's log levels in the vendored llama.cpp (ggml.h): DEBUG=1 INFO=2 WARN=3 ERROR=4 CONT=5.
_LEVELS = {1: logging.DEBUG, 2: logging.DEBUG, 3: logging.WARNING, 4: logging.ERROR}
_recent_errors: collections.deque[str] = collections.deque(maxlen=8)
_last_level = logging.DEBUG


@lib.llama_log_callback
def _on_log(level: int, text: bytes, _user_data: ctypes.c_void_p) -> None:
    global _last_level
    try:
        py_level = _last_level if level == 5 else _LEVELS.get(level, logging.DEBUG)
        _last_level = py_level
        # A model load logs some 2,000 lines: the common case (debug, nobody listening) returns at once.
        if py_level < logging.ERROR and not log.isEnabledFor(logging.DEBUG):
            return
        line = text.decode("utf-8", errors="replace").rstrip()
        if py_level >= logging.ERROR and line:
            _recent_errors.append(line)
        # Logged at debug: llama.cpp's "errors" include a Stop the user asked for (an aborted
        # decode); real failures reach the user through take_recent_errors() instead.
        if line and log.isEnabledFor(logging.DEBUG):
            log.debug("%s", line)
    except Exception:  # an exception must never cross back into C
        pass


lib.llama_log_set(_on_log, ctypes.c_void_p(0))


class _KeepOutput:
    """Stands in for llama-cpp-python's `suppress_stdout_stderr`, which does nothing here.

    With `verbose=False` that context manager points file descriptors 1 and 2 (and sys.stdout and
    sys.stderr) at /dev/null for the whole process while a model loads, so every other thread's
    output (the window's log, a progress line, a test driver's events) vanishes meanwhile.
    llama.cpp's log already comes through `_on_log`, so there is nothing left to silence.
    """

    def __init__(self, disable: bool = True) -> None:
        pass

    def __enter__(self) -> _KeepOutput:
        return self

    def __exit__(self, *_exc: object) -> None:
        return None


def _keep_output() -> None:
    for name in ("llama_cpp.llama", "llama_cpp._internals", "llama_cpp.llama_chat_format"):
        module = sys.modules.get(name)
        if module is not None and hasattr(module, "suppress_stdout_stderr"):
            setattr(module, "suppress_stdout_stderr", _KeepOutput)  # noqa: B010 - not a typed attribute


_keep_output()


def _load_backends() -> None:
    """A portable build (GGML_BACKEND_DL) registers no backend until asked: load them from llama_cpp/lib.

    llama-cpp-python 0.3.36 never loads ggml's backends, and llama.cpp's own fallback looks only
    beside the executable and in the current folder, which are neither a venv's llama_cpp/lib nor
    a frozen bundle's. ggml then picks, among the CPU variants (libggml-cpu-haswell, -skylakex, …),
    the best one this processor can run.
    """
    # dlsym on libllama also finds libggml's symbols (a dependency); Windows looks in one DLL only.
    ggml = ctypes.CDLL(str(lib._base_path / "ggml.dll")) if sys.platform == "win32" else lib._lib
    ggml.ggml_backend_reg_count.restype = ctypes.c_size_t
    if ggml.ggml_backend_reg_count() == 0:  # a default build has its CPU backend built in
        ggml.ggml_backend_load_all_from_path.argtypes = [ctypes.c_char_p]
        ggml.ggml_backend_load_all_from_path(str(lib._base_path).encode("utf-8"))


_load_backends()

_load_lock = threading.RLock()  # held while a load patches the defaults (both patches nest)


def take_recent_errors() -> list[str]:
    errors = list(_recent_errors)
    _recent_errors.clear()
    return errors


@contextlib.contextmanager
def load_progress(on_progress: Callable[[float], bool] | None) -> Iterator[None]:
    """Report model-load progress (0..1); the callback returns False to abort the load.

    llama-cpp-python does not expose llama.cpp's progress callback, but it builds its model
    parameters from `llama_model_default_params()`: we hand it parameters that carry ours.
    """
    if on_progress is None:
        yield
        return

    @lib.llama_progress_callback
    def callback(fraction: float, _user_data: ctypes.c_void_p) -> bool:
        try:
            return bool(on_progress(min(max(float(fraction), 0.0), 1.0)))
        except Exception:  # never raise into C; keep loading
            return True

    original = lib.llama_model_default_params

    def with_progress() -> lib.llama_model_params:
        params = original()
        params.progress_callback = callback
        return params

    with _load_lock:
        lib.llama_model_default_params = with_progress
        try:
            yield
        finally:
            lib.llama_model_default_params = original


@contextlib.contextmanager
def context_defaults(sequences: int) -> Iterator[None]:
    """A context made while this is in force holds `sequences` sequences, each with its own share of
    it, and lets llama.cpp decide on flash attention as its own tools do.

    llama-cpp-python builds its context parameters from `llama_context_default_params()` and has no
    argument for the number of sequences: we hand it defaults that carry ours. Not unified: each
    sequence gets n_ctx / count cells, so one conversation can never crowd out the others.
    Flash attention: llama-cpp-python turns it off unless told to force it on; llama.cpp's default is
    "auto" (on where the device supports it). Measured here on the starter model at 4,096 tokens of
    context: 14.8 ms a token with it off, 10.0 with it on (llama-bench, with auto, 10.8).
    """
    original_defaults = lib.llama_context_default_params
    original_off = lib.LLAMA_FLASH_ATTN_TYPE_DISABLED

    def with_sequences() -> lib.llama_context_params:
        params = original_defaults()
        params.n_seq_max = max(1, sequences)
        params.kv_unified = False
        return params

    with _load_lock:
        lib.llama_context_default_params = with_sequences
        lib.LLAMA_FLASH_ATTN_TYPE_DISABLED = lib.LLAMA_FLASH_ATTN_TYPE_AUTO  # what Llama() sets "off" to
        try:
            yield
        finally:
            lib.llama_context_default_params = original_defaults
            lib.LLAMA_FLASH_ATTN_TYPE_DISABLED = original_off


def gpu_offload_supported() -> bool:
    return bool(lib.llama_supports_gpu_offload())


def system_info() -> str:
    """llama.cpp's own line: CPU features (AVX2, NEON, …) and the backends compiled in."""
    return lib.llama_print_system_info().decode("utf-8", errors="replace").strip()


def gpu_backend_name() -> str:
    if not gpu_offload_supported():
        return ""
    info = system_info().upper()
    for name in ("CUDA", "METAL", "VULKAN", "HIP", "SYCL", "OPENCL"):
        if name in info:
            return name.title() if name not in ("CUDA", "HIP", "SYCL") else name
    return "GPU"


def llama_cpp_version() -> str:
    return str(getattr(llama_cpp, "__version__", "unknown"))
