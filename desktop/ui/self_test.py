"""`hearth --self-test`: the real window, offscreen, chats once and reports one JSON line.

It uses a throw-away data folder, so it never touches the user's chats, and measures what
a user would feel: load time, time to first token, tokens per second as they arrive in the
window, and the longest freeze of the event loop while the reply streams.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

PROMPT = "Write a haiku about the sea."
SEED = 1  # a fixed seed: the same build and model give the same reply, run after run
MIN_TOKENS = 8
LOAD_TIMEOUT_S = 300
REPLY_TIMEOUT_S = 300


def default_model() -> str:
    from desktop.core.library.files import find_gguf_files
    from desktop.core.settings import load_settings
    from desktop.models import starter

    found = find_gguf_files(load_settings().models_path())
    starters = [p for p in found if p.name == starter.FILE_NAME]
    if starters or found:
        return str((starters or found)[0])
    cached = starter.cached_path()
    return str(cached) if cached.is_file() else ""


def run_self_test(model: str | None, as_json: bool = True) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    model = model or default_model()
    report: dict = {
        "ok": False,
        "model": model,
        "load_s": None,
        "ttft_s": None,
        "tokens": 0,
        "tokens_per_s": None,
        "ui_max_stall_ms": None,
        "reply": "",
        "seed": None,
    }
    if not model:
        report["error"] = "no model found: pass --model PATH"
        return _print(report, as_json)
    with tempfile.TemporaryDirectory(prefix="hearth-self-test-") as data:
        # A throw-away data folder; the child processes it starts inherit it.
        os.environ["HEARTH_DATA_DIR"] = data
        try:
            report.update(_drive_window(str(Path(model).expanduser())))
        finally:
            os.environ.pop("HEARTH_DATA_DIR", None)
    report["ok"] = report["tokens"] >= MIN_TOKENS and not report.get("error")
    return _print(report, as_json)


def _print(report: dict, as_json: bool) -> int:
    if as_json:
        print(json.dumps(report, ensure_ascii=False))
    else:
        for key, value in report.items():
            print(f"{key:>16}: {value}")
    return 0 if report["ok"] else 1


def _drive_window(model: str) -> dict:
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest

    from desktop.core.backends.llama.validation import ensure_safe
    from desktop.core.chat_settings import ChatSettings
    from desktop.core.settings import Settings
    from desktop.ui.app import open_session
    from desktop.ui.heartbeat import Heartbeat

    session = open_session(settings=Settings())
    window = session.window
    out: dict = {}
    heartbeat = Heartbeat()
    loop = QEventLoop()
    times: list[float] = []
    state = {"done": False}

    def wait(seconds: float) -> None:
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        timer.start(int(seconds * 1000))
        loop.exec()
        timer.stop()

    try:
        window.show()
        try:
            ensure_safe(model)  # the first check of a file runs in a child process; not load time
        except Exception as error:  # reported in the JSON, never raised
            return {"error": str(error)}
        loaded_at: list[float] = []
        failed: list[str] = []
        session.engine.loaded.connect(lambda _info: (loaded_at.append(time.perf_counter()), loop.quit()))
        session.engine.loadFailed.connect(lambda _p, message: (failed.append(message), loop.quit()))
        started = time.perf_counter()
        window.open_model_file(model)
        if not loaded_at and not failed:
            wait(LOAD_TIMEOUT_S)
        if failed or not loaded_at:
            return {"error": failed[0] if failed else "the model did not load in time"}
        out["load_s"] = round(loaded_at[0] - started, 3)

        def on_pieces(_message_id: int, pieces: list[str]) -> None:
            if not times:
                heartbeat.start()
            times.extend([time.perf_counter()] * len(pieces))  # each token, as it reaches the window

        def on_end(message) -> None:
            state["done"] = True
            out["reply"] = message.content
            out["seed"] = message.stats.get("seed")
            heartbeat.stop()
            loop.quit()

        window.chat.piecesArrived.connect(on_pieces)
        window.chat.replyEnded.connect(on_end)
        window.chat.set_chat_settings(ChatSettings(seed=SEED))
        window.composer.edit.setFocus()
        window.composer.set_text(PROMPT)
        sent_at = time.perf_counter()
        QTest.keyClick(window.composer.edit, Qt.Key.Key_Return)
        if not state["done"]:
            wait(REPLY_TIMEOUT_S)
        if not state["done"]:
            return {**out, "error": "no complete reply in time", "tokens": len(times)}
        out["tokens"] = len(times)
        if times:
            out["ttft_s"] = round(times[0] - sent_at, 3)
        if len(times) > 1 and times[-1] > times[0]:
            out["tokens_per_s"] = round((len(times) - 1) / (times[-1] - times[0]), 1)
        out["ui_max_stall_ms"] = round(heartbeat.max_stall_ms, 1)
        return out
    finally:
        session.close()


if __name__ == "__main__":
    sys.exit(run_self_test(sys.argv[1] if len(sys.argv) > 1 else None))
