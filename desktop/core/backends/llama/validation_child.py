"""The child side of model validation (`hearth --validate-model PATH [--adapter PATH]`); prints JSON lines.

Each phase is announced before it starts, so that if this process dies or hangs the
parent knows where. The last line is the report: {"ok": ..., "message": ...}. With
HEARTH_VALIDATE_EMBEDDING=1 in its environment the model is checked as an embedding model:
loaded with embedding=True, then texts tokenized and embedded (it has no chat template to render).
With HEARTH_VALIDATE_PROJECTOR=PATH the model (checked already) is loaded with that vision projector
opened on it, and a sample image read; a refusal's message follows "its projector NAME".
"""

from __future__ import annotations

import json
import math
import os
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.messages import ChatMessage
from desktop.core.runtime.types import EngineError, LoadOptions, ModelRef

if TYPE_CHECKING:
    from desktop.core.backends.llama.backend import LlamaBackend

SAMPLE = "Hello, world! Ünïcödé ✓ 你好 🙂\n"
PARENT_PIPE_ENV = "HEARTH_VALIDATE_PARENT_PIPE"  # tells the child that its stdin is the parent's lifeline
EMBEDDING_ENV = "HEARTH_VALIDATE_EMBEDDING"  # "1": check it as an embedding model
PROJECTOR_ENV = "HEARTH_VALIDATE_PROJECTOR"  # a path: check this vision projector on the model


def _say(**fields: object) -> None:
    sys.stdout.write(json.dumps(fields) + "\n")
    sys.stdout.flush()


def _exit_with_parent() -> None:
    """Leave as soon as the parent is gone: it holds the other end of our stdin and never writes."""

    def watch() -> None:
        try:
            while sys.stdin.buffer.read(1):
                pass
        except (OSError, ValueError):
            pass
        os._exit(3)

    # Only when started by validation.run_child: run by hand, stdin may be a terminal or /dev/null.
    if os.environ.get(PARENT_PIPE_ENV) == "1" and sys.stdin is not None:
        threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def main(path: str, adapter: str = "") -> int:
    from desktop.core.backends.llama.backend import LlamaBackend

    _exit_with_parent()

    embedding = os.environ.get(EMBEDDING_ENV) == "1"
    projector = os.environ.get(PROJECTOR_ENV, "")
    # The model alone: its projector, if it has one, is checked on its own (below, in another child).
    backend = LlamaBackend(kv_budget_bytes=0, validate=False, check_memory=False, projector_for=lambda _path: None)
    _say(phase="loading")
    options = LoadOptions(context_length=256, gpu_layers=0, threads=1, embedding=embedding)
    try:
        backend.load(ModelRef.gguf(path, adapter), options)
    except EngineError as error:
        _say(ok=False, message=getattr(error, "cause", str(error)))
        return 1
    if embedding:
        return _check_embedding(backend)
    if projector:
        return _check_projector(backend, Path(projector))
    messages = [
        ChatMessage("system", "You are helpful."),
        ChatMessage("user", SAMPLE),
        ChatMessage("assistant", "Hi."),
        ChatMessage("user", "Bye."),
    ]
    try:
        refusal = backend.self_check(SAMPLE, messages, lambda phase: _say(phase=phase))
    except EngineError as error:
        _say(ok=False, message=str(error))
        return 1
    _say(ok=True, template_refusal=refusal)
    backend.unload()
    return 0


def _check_embedding(backend: LlamaBackend) -> int:
    """Tokenize and embed as a first use would: several texts in one decode, one cut to the context."""
    _say(phase="tokenizing")
    backend.count_texts([SAMPLE, SAMPLE * 200])
    _say(phase="embedding")
    try:
        vectors = backend.embed([SAMPLE, "Hi.", SAMPLE * 200])
    except EngineError as error:
        _say(ok=False, message=f"the model failed to embed ({error})")
        return 1
    width = backend.embedding_dimensions
    if width <= 0 or any(len(vector) != width or not all(map(math.isfinite, vector)) for vector in vectors):
        _say(ok=False, message="the model made no usable vectors")
        return 1
    _say(ok=True)
    backend.unload()
    return 0


def _check_projector(backend: LlamaBackend, projector: Path) -> int:
    """Open the projector on the model and read a sample image, as a first use would."""
    _say(phase="opening the projector")
    refusal = backend.attach_projector(projector)
    if refusal:
        _say(ok=False, message=refusal)
        return 1
    _say(phase="reading an image")
    try:
        backend.check_projector()
    except EngineError as error:
        _say(ok=False, message=f"cannot read images ({error})")
        return 1
    _say(ok=True)
    backend.unload()
    return 0
