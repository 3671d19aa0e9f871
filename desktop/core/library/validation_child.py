"""The child side of model validation (`hearth --validate-model PATH`); prints JSON lines.

Each phase is announced before it starts, so that if this process dies or hangs the
parent knows where. The last line is the report: {"ok": ..., "message": ...}.
"""

from __future__ import annotations

import json
import os
import sys
import threading

from desktop.core.engine.types import ChatMessage, EngineError, LoadOptions

SAMPLE = "Hello, world! Ünïcödé ✓ 你好 🙂\n"


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
    from desktop.core.library.validation import PARENT_PIPE_ENV

    if os.environ.get(PARENT_PIPE_ENV) == "1" and sys.stdin is not None:
        threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def main(path: str) -> int:
    from desktop.core.engine.llama_engine import LlamaEngine

    _exit_with_parent()

    engine = LlamaEngine(kv_budget_bytes=0)
    _say(phase="loading")
    try:
        engine.load(path, LoadOptions(context_length=256, gpu_layers=0, threads=1))
    except EngineError as error:
        _say(ok=False, message=getattr(error, "cause", str(error)))
        return 1
    llm = engine._llm
    assert llm is not None
    _say(phase="tokenizing")
    tokens = llm.tokenize(SAMPLE.encode(), add_bos=True, special=True)
    llm.detokenize(tokens)
    _say(phase="evaluating")
    try:
        llm.eval(tokens[:4] or [0])
    except Exception as error:  # any failure is the verdict
        _say(ok=False, message=f"the model failed to run ({error})")
        return 1
    _say(phase="template")
    messages = [
        ChatMessage("system", "You are helpful."),
        ChatMessage("user", SAMPLE),
        ChatMessage("assistant", "Hi."),
        ChatMessage("user", "Bye."),
    ]
    prompt = engine.render_prompt(messages)
    llm.tokenize(prompt.encode("utf-8", errors="replace"), add_bos=False, special=True)
    refusal = engine._template.refusal if engine._template is not None else ""
    _say(ok=True, template_refusal=refusal)
    engine.unload()
    return 0
