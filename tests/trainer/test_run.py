"""Whole runs in-process on the tiny model: the events in order, and a cancelled-then-resumed run that ends
with exactly the adapter of a run never stopped."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from gguf import GGUFReader

from desktop.trainer import checkpoint
from desktop.trainer.errors import Cancelled
from desktop.trainer.plan import load_plan
from desktop.trainer.run import run_plan
from tests.trainer.feedback import feedback, write_plan

STEPS = {"sft_steps": 3, "dpo_steps": 2, "checkpoint_every": 2, "batch_size": 2, "max_tokens": 48, "threads": 1}


def tensors(path: Path) -> dict[str, np.ndarray]:
    return {t.name: np.array(t.data) for t in GGUFReader(path).tensors}


def test_a_run_tells_each_stage_and_step_and_ends_with_the_adapter(tmp_path: Path, tiny_gqa: Path) -> None:
    plan_path = write_plan(tmp_path / "run", tiny_gqa, feedback(4, 4, 2), **STEPS)
    seen: list[dict[str, Any]] = []
    result = run_plan(plan_path, on_event=seen.append)
    kinds = [(e["event"], e.get("stage"), e.get("step")) for e in seen if e["event"] in ("stage", "step", "checkpoint")]
    assert kinds == [
        ("stage", "load", None),
        ("stage", "sft", None),
        ("step", "sft", 1),
        ("step", "sft", 2),
        ("checkpoint", "sft", 2),
        ("step", "sft", 3),
        ("checkpoint", "sft", 3),  # a stage's end
        ("stage", "dpo", None),
        ("step", "dpo", 1),
        ("step", "dpo", 2),
        ("checkpoint", "dpo", 2),
        ("stage", "export", None),
        ("stage", "report", None),
    ]
    assert seen[-1] == {"event": "done", "adapter": str(result.adapter), "report": str(result.report)}
    steps = [e for e in seen if e["event"] == "step"]
    assert all(e["steps"] == (3 if e["stage"] == "sft" else 2) for e in steps)
    assert steps[2]["eta_s"] == 0.0 and steps[0]["eta_s"] > 0
    report = json.loads(result.report.read_text(encoding="utf-8"))
    assert set(report) >= {"held_out", "margins", "mean_before", "mean_after", "improved", "samples", "train"}
    assert report["held_out"] == 2 and len(report["margins"]) == 2
    assert set(report["margins"][0]) == {"prompt", "before", "after"}
    assert report["margins"][0]["prompt"].startswith(("Tell me", "What do", "Say", "Describe"))
    # Both models' replies to the prompts kept aside (never trained on), one row a prompt.
    assert len(report["samples"]) == 2 and set(report["samples"][0]) == {"prompt", "base", "adapter"}
    assert report["samples_held_out"] is True
    assert {s["prompt"] for s in report["samples"]} == {m["prompt"] for m in report["margins"]}
    assert set(report["train"]) >= {
        "sft_steps",
        "dpo_steps",
        "seconds",
        "sft_s_per_step",
        "dpo_s_per_step",
        "final_sft_loss",
        "final_dpo_loss",
        "peak_rss_bytes",
    }
    assert (report["train"]["sft_steps"], report["train"]["dpo_steps"]) == (3, 2)


def test_a_cancelled_run_resumes_to_the_adapter_of_an_unbroken_one(tmp_path: Path, tiny_gqa: Path) -> None:
    records = feedback(4, 4, 2)
    unbroken = run_plan(write_plan(tmp_path / "unbroken", tiny_gqa, records, **STEPS))

    plan_path = write_plan(tmp_path / "broken", tiny_gqa, records, **STEPS)
    cancel = threading.Event()

    def stop_after_the_first_step(event: dict[str, Any]) -> None:
        if event["event"] == "step":
            cancel.set()  # as SIGTERM does: the run stops at the next step boundary

    with pytest.raises(Cancelled):
        run_plan(plan_path, on_event=stop_after_the_first_step, cancel=cancel)
    plan = load_plan(plan_path)
    saved = checkpoint.load(plan)
    assert saved is not None and (saved.stage, saved.step) == ("sft", 1)
    assert saved.optimizer is not None  # the stage goes on with its AdamW moments
    assert not plan.adapter_path.exists()

    seen: list[dict[str, Any]] = []
    resumed = run_plan(plan_path, resume=True, on_event=seen.append)
    assert [e["step"] for e in seen if e["event"] == "step" and e["stage"] == "sft"] == [2, 3]
    assert any(e["event"] == "log" and "resuming after SFT step 1" in e["text"] for e in seen)
    theirs, ours = tensors(unbroken.adapter), tensors(resumed.adapter)
    assert set(theirs) == set(ours)
    for name, value in theirs.items():
        assert np.array_equal(ours[name], value), name

    # Resumed once more after its training ended: no weights load, the adapter is exported again.
    plan.adapter_path.unlink()
    seen.clear()
    again = run_plan(plan_path, resume=True, on_event=seen.append)
    assert [e["stage"] for e in seen if e["event"] == "stage"] == ["load", "export", "report"]
    assert all(np.array_equal(tensors(again.adapter)[n], v) for n, v in theirs.items())


def test_a_fresh_start_forgets_an_earlier_attempt(tmp_path: Path, tiny_gqa: Path) -> None:
    plan_path = write_plan(tmp_path / "run", tiny_gqa, feedback(4, 0, 0), **{**STEPS, "dpo_steps": 0})
    first = run_plan(plan_path)
    assert first.figures["held_out"] == 0 and first.figures["mean_before"] is None
    seen: list[dict[str, Any]] = []
    run_plan(plan_path, on_event=seen.append)  # not --resume: the old checkpoint is not used
    assert [e["stage"] for e in seen if e["event"] == "stage"] == ["load", "sft", "export", "report"]
    assert [e["step"] for e in seen if e["event"] == "step"] == [1, 2, 3]
