"""The whole run on the real starter model: cancelled, resumed, and judged in llama.cpp.

Feedback in a style the base never uses (replies that open "Ahoy matey!" and close "Arr!", against plain
ones) trains an adapter in the real child process; the held-out pairs, never trained on, must then prefer
the pirate reply in llama.cpp where the base did not. The negative control exports the same trained
weights without the q/k row permutation: llama.cpp loads it, and it is measurably worse.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path
from typing import IO, Any

import pytest

from desktop.core.backends.llama.scoring import Scorer
from desktop.trainer import checkpoint
from desktop.trainer.export import export_checkpoint
from desktop.trainer.plan import load_plan
from tests.trainer.feedback import feedback, write_plan

pytestmark = [pytest.mark.slow, pytest.mark.e2e]

RUN_TIMEOUT_S = 900  # far above a run's time on 2 cores: only a hung child reaches it


class Child:
    """The training process, its events read line by line as it prints them."""

    def __init__(self, plan: Path, log: Path, *extra: str) -> None:
        self.events: list[dict[str, Any]] = []
        self._log = log.open("a", encoding="utf-8")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "desktop.trainer", str(plan), *extra],
            stdout=subprocess.PIPE,
            stderr=self._log,
            text=True,
        )

    @property
    def stdout(self) -> IO[str]:
        assert self.process.stdout is not None
        return self.process.stdout

    def read_until(self, kind: str) -> dict[str, Any]:
        for line in self.stdout:
            event = json.loads(line)  # nothing but events on stdout
            self.events.append(event)
            if event["event"] == kind:
                return event
        raise AssertionError(f"the child ended without a {kind!r} event: {self.events[-3:]}")

    def finish(self) -> int:
        for line in self.stdout:
            self.events.append(json.loads(line))
        code = self.process.wait(timeout=RUN_TIMEOUT_S)
        self._log.close()
        return code

    def of(self, kind: str) -> list[dict[str, Any]]:
        return [event for event in self.events if event["event"] == kind]


def margins(scorer: Scorer, records: list[dict[str, Any]]) -> list[float]:
    return [scorer.margin(record) for record in records]


def mean(values: list[float]) -> float:
    return sum(values) / len(values)


def test_cancel_resume_and_the_held_out_preference_flips(starter_model: Path, tmp_path: Path) -> None:
    records = feedback(sft=16, pairs=12, held_out=4)
    plan_path = write_plan(tmp_path / "run", starter_model, records, sft_steps=6, dpo_steps=4, checkpoint_every=4)
    plan = load_plan(plan_path)
    log = tmp_path / "trainer.log"

    # Cancelled once it trains: it stops at the next step boundary with a checkpoint, and exports nothing.
    first = Child(plan_path, log)
    first.read_until("step")
    first.process.send_signal(signal.SIGTERM)
    assert first.finish() == 3, log.read_text()
    assert [e["stage"] for e in first.of("stage")] == ["load", "sft"]
    (saved,) = first.of("checkpoint")
    assert saved["stage"] == "sft" and saved["step"] >= 1
    assert checkpoint.exists(plan)
    assert not plan.adapter_path.exists() and not plan.report_path.exists()

    # Resumed: it goes on after the saved step, through DPO, the export and the report.
    second = Child(plan_path, log, "--resume")
    assert second.finish() == 0, log.read_text()
    assert [e["stage"] for e in second.of("stage")] == ["load", "sft", "dpo", "export", "report"]
    sft_steps = [e["step"] for e in second.of("step") if e["stage"] == "sft"]
    assert sft_steps == list(range(saved["step"] + 1, 7))
    assert [e["step"] for e in second.of("step") if e["stage"] == "dpo"] == [1, 2, 3, 4]
    assert all(e["eta_s"] >= 0 and e["loss"] > 0 for e in second.of("step"))
    assert second.events[-1] == {"event": "done", "adapter": str(plan.adapter_path), "report": str(plan.report_path)}

    report = json.loads(plan.report_path.read_text(encoding="utf-8"))
    assert report["held_out"] == 4 and len(report["margins"]) == 4
    assert report["train"]["sft_steps"] == 6 and report["train"]["dpo_steps"] == 4
    assert report["train"]["peak_rss_bytes"] > 0 and report["train"]["dpo_s_per_step"] > 0
    assert len(report["samples"]) == 3
    print(f"\nreport: {json.dumps({k: report[k] for k in ('mean_before', 'mean_after', 'improved', 'train')})}")

    # Measured again here, in llama.cpp: the base does not prefer the pirate reply; the adapter clearly does.
    held_out = records["held_out"]
    with Scorer(starter_model) as scorer:
        before = margins(scorer, held_out)
        scorer.set_adapter(plan.adapter_path, 1.0)
        after = margins(scorer, held_out)
        scorer.set_adapter(None)
        cleared = margins(scorer, held_out)
        unpermuted = export_checkpoint(plan, tmp_path / "no-permute.gguf", permute_qk=False)
        scorer.set_adapter(unpermuted, 1.0)
        without_permute = margins(scorer, held_out)
    print(f"margins: before {before}, after {after}, without the permutation {without_permute}")
    assert mean(before) < 0
    assert mean(after) > 0 and mean(after) - mean(before) > 10
    assert all(a > b for a, b in zip(after, before, strict=True))
    assert cleared == pytest.approx(before, abs=1e-3)  # clearing the adapter gives the base back
    assert [m["before"] for m in report["margins"]] == pytest.approx(before, abs=1e-3)
    assert [m["after"] for m in report["margins"]] == pytest.approx(after, abs=1e-3)
    # Without the q/k permutation llama.cpp adds the q/k updates to the wrong rows: it loads, and is worse.
    assert mean(without_permute) < mean(after) - 1
    assert all(w < a for w, a in zip(without_permute, after, strict=True))
