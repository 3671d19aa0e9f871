"""The training process stops at a step with its checkpoint, however the app asks or goes away: the cancel
file (Windows has no SIGTERM to catch), or the app no longer reading (it quit or was killed): a broken pipe
must not end the run without its checkpoint."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.trainer.feedback import feedback, write_plan

MANY = {"sft_steps": 5000, "dpo_steps": 0, "checkpoint_every": 10_000, "batch_size": 1, "max_tokens": 32, "threads": 1}


def _start(plan: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "desktop.trainer", str(plan)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
        text=True,
    )


def _until_a_step(child: subprocess.Popen[str]) -> dict:
    assert child.stdout is not None
    for line in child.stdout:
        event = json.loads(line)
        if event["event"] == "step":
            return event
    raise AssertionError("the trainer ended before its first step")


def test_the_cancel_file_stops_it_at_a_step_with_its_checkpoint(tmp_path: Path, tiny_gqa: Path) -> None:
    plan = write_plan(tmp_path / "run", tiny_gqa, feedback(4, 0, 0), **MANY)
    child = _start(plan)
    _until_a_step(child)
    (tmp_path / "run" / "cancel.request").touch()
    assert child.wait(120) == 3
    state = json.loads((tmp_path / "run" / "checkpoint" / "state.json").read_text())
    assert 1 <= state["step"] < 5000
    assert not (tmp_path / "run" / "adapter.gguf").exists()


def test_an_app_that_stops_reading_leaves_a_checkpoint_not_a_crash(tmp_path: Path, tiny_gqa: Path) -> None:
    plan = write_plan(tmp_path / "run", tiny_gqa, feedback(4, 0, 0), **MANY)
    child = _start(plan)
    _until_a_step(child)
    assert child.stdout is not None
    child.stdout.close()  # as when the app quits or is killed: the pipe's reading end is gone
    assert child.wait(120) == 3
    state = json.loads((tmp_path / "run" / "checkpoint" / "state.json").read_text())
    assert 1 <= state["step"] < 5000
