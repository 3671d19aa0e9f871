"""The child side of model validation (`hearth --validate-model PATH [--adapter PATH]`); prints JSON lines.

Each phase is announced before it starts, so that if this process dies or hangs the
parent knows where. The last line is the report: {"ok": ..., "message": ...}.
"""

from __future__ import annotations

import json
import os
import sys
import threading

from desktop.core.messages import ChatMessage
from desktop.core.runtime.types import EngineError, LoadOptions, ModelRef

SAMPLE = "Hello, world! Ünïcödé ✓ 你好 🙂\n"
PARENT_PIPE_ENV = "HEARTH_VALIDATE_PARENT_PIPE"  # tells the child that its stdin is the parent's lifeline


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

    backend = LlamaBackend(kv_budget_bytes=0, validate=False, check_memory=False)
    _say(phase="loading")
    try:
        backend.load(ModelRef.gguf(path, adapter), LoadOptions(context_length=256, gpu_layers=0, threads=1))
    except EngineError as error:
        _say(ok=False, message=getattr(error, "cause", str(error)))
        return 1
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
