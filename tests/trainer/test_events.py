"""The child's protocol: JSON lines on stdout and nothing else there, one error line and exit 1 on failure."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from desktop.trainer.events import Events
from tests.trainer.feedback import feedback, write_plan


def child(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop.trainer", *args], capture_output=True, text=True, timeout=timeout
    )


def events_of(stdout: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stdout.splitlines()]  # every line is an event, or this raises


def test_a_missing_plan_is_one_error_line_and_exit_1(tmp_path: Path) -> None:
    done = child(str(tmp_path / "plan.json"))
    assert done.returncode == 1
    assert events_of(done.stdout) == [
        {"event": "error", "message": f"the training plan {tmp_path / 'plan.json'} does not exist"}
    ]
    assert "Traceback" not in done.stderr


def test_wrong_arguments_are_an_error_too() -> None:
    done = child("--no-such-flag")
    assert done.returncode == 1
    assert events_of(done.stdout) == [{"event": "error", "message": "the trainer was started with wrong arguments"}]


def test_bad_data_is_named_before_any_weight_loads(tmp_path: Path, tiny_gqa: Path) -> None:
    records = feedback(2, 2, 0)
    records["sft"][1] = {"messages": [{"role": "user", "content": "no reply"}]}
    done = child(str(write_plan(tmp_path / "run", tiny_gqa, records)))
    assert done.returncode == 1
    events = events_of(done.stdout)
    assert events[0] == {"event": "stage", "stage": "load", "steps": 0}
    assert events[-1] == {"event": "error", "message": "SFT example 2: no assistant message to learn"}


def test_nothing_but_events_reaches_stdout() -> None:
    script = (
        "import os, sys\n"
        "from desktop.trainer.events import Events, take_stdout\n"
        "events = Events(take_stdout())\n"
        "print('a library prints')\n"
        "os.write(1, b'C code writes to fd 1\\n')\n"
        "events.log('two\\nlines')\n"
        "events.emit('step', stage='sft', loss=float('nan'))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert events_of(done.stdout) == [
        {"event": "log", "text": "two lines"},
        {"event": "step", "stage": "sft", "loss": None},  # JSON has no NaN
    ]
    assert "a library prints" in done.stderr and "C code writes to fd 1" in done.stderr


def test_events_in_process_go_to_a_function() -> None:
    seen: list[dict[str, Any]] = []
    events = Events(seen.append)
    events.step("dpo", 2, 6, 0.693147, 12.34)
    events.checkpoint("dpo", 2)
    events.done("/run/adapter.gguf", "/run/report.json")
    assert seen == [
        {"event": "step", "stage": "dpo", "step": 2, "steps": 6, "loss": 0.693147, "eta_s": 12.34},
        {"event": "checkpoint", "stage": "dpo", "step": 2},
        {"event": "done", "adapter": "/run/adapter.gguf", "report": "/run/report.json"},
    ]
