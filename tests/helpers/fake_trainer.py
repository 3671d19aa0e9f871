"""A stand-in for the training child (`python -m desktop.trainer PLAN [--resume]`) that speaks its protocol
without PyTorch: the run manager's fast tests. FAKE_TRAINER_MODE says what it does: "ok" trains two steps
and exports, "wait" waits after its first step for SIGTERM (then checkpoints and exits 3, as the real one),
"fail" reports an error, "crash" dies without a word. The real trainer's own tests are tests/trainer/."""

from __future__ import annotations

import json
import os
import signal
import sys
import threading
from pathlib import Path


def emit(**event: object) -> None:
    print(json.dumps(event), flush=True)


def main() -> int:
    plan = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    run_dir = Path(plan["run_dir"])
    mode = os.environ.get("FAKE_TRAINER_MODE", "ok")
    resumed = "--resume" in sys.argv and (run_dir / "checkpoint").is_dir()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    print("noise on stderr, as the libraries make", file=sys.stderr)
    print("not a JSON line", flush=True)
    emit(event="stage", stage="load", steps=0)
    if mode == "crash":
        os._exit(7)
    if mode == "fail":
        emit(event="error", message="the model could not be read")
        return 1
    emit(event="stage", stage="sft", steps=2)
    if not resumed:
        emit(event="step", stage="sft", step=1, steps=2, loss=2.5, eta_s=1.0)
        if mode == "wait":
            stop.wait()
            (run_dir / "checkpoint").mkdir(exist_ok=True)
            (run_dir / "checkpoint" / "state.json").write_text('{"stage": "sft", "step": 1}')
            emit(event="checkpoint", stage="sft", step=1)
            return 3
    else:
        emit(event="log", text="resumed from step 1")
    emit(event="step", stage="sft", step=2, steps=2, loss=1.5, eta_s=0.0)
    emit(event="stage", stage="export", steps=0)
    (run_dir / "adapter.gguf").write_bytes(b"GGUF fake adapter")
    report = {
        "held_out": 1,
        "margins": [{"prompt": "Hi", "before": -3.0, "after": 4.0}],
        "mean_before": -3.0,
        "mean_after": 4.0,
        "improved": 1,
        "samples": [],
        "train": {"sft_steps": 2, "dpo_steps": 0},
    }
    (run_dir / "report.json").write_text(json.dumps(report))
    emit(event="done", adapter=str(run_dir / "adapter.gguf"), report=str(run_dir / "report.json"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
