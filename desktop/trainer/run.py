"""A whole run: load, SFT, DPO, export, report, resumable from its checkpoint at any step boundary.

Stages run in order and each says so (a "stage" event); a stage with 0 steps is skipped. A resumed run
whose training was finished (its checkpoint is at the end of the last stage) loads no weights at all: it
exports from the checkpoint and measures. The PyTorch model is dropped before the report, which loads
the base again in llama.cpp.
"""

from __future__ import annotations

import gc
import json
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.trainer import checkpoint, data
from desktop.trainer.checkpoint import Checkpoint
from desktop.trainer.data import Records, read_records
from desktop.trainer.errors import Cancelled
from desktop.trainer.events import Events
from desktop.trainer.export import write_adapter
from desktop.trainer.model import physical_cores, read_shape
from desktop.trainer.plan import Plan, load_plan
from desktop.trainer.report import SAMPLES, write_report
from desktop.trainer.stats import TrainStats
from desktop.trainer.training import train

STAGES = ("sft", "dpo")


@dataclass(frozen=True)
class Result:
    adapter: Path
    report: Path
    figures: dict[str, Any]


def sample_prompts(records: Records) -> list[list[Mapping[str, Any]]]:
    """Prompts to show both models' replies to: the held-out ones (never trained on); only when none was kept
    aside, prompts it was trained on (the report says so)."""
    prompts = [data.pair_parts(r, "held-out pair")[0] for r in records.held_out]
    if not prompts:
        prompts += [data.sft_parts(r, "SFT example")[0] for r in records.sft]
        prompts += [data.pair_parts(r, "preference pair")[0] for r in records.pairs]
    unique = {json.dumps(list(p), sort_keys=True, default=str): p for p in prompts}  # one row per prompt
    return list(unique.values())[:SAMPLES]


def steps_of(plan: Plan) -> dict[str, int]:
    return {"sft": plan.settings.sft_steps, "dpo": plan.settings.dpo_steps}


def stages_left(plan: Plan, saved: Checkpoint | None) -> list[tuple[str, int]]:
    """The stages still to run, each with the steps of it already done."""
    steps = steps_of(plan)
    left = []
    for name in STAGES:
        done = 0
        if saved is not None:
            reached = STAGES.index(saved.stage)
            if STAGES.index(name) < reached:
                continue
            if name == saved.stage:
                done = saved.step
        if steps[name] > done:
            left.append((name, done))
    return left


def run(plan: Plan, events: Events, cancel: threading.Event | None = None, resume: bool = False) -> Result:
    cancel = cancel or threading.Event()
    events.stage("load")
    header, shape = read_shape(plan.base)
    saved: Checkpoint | None = None
    if resume:
        saved = checkpoint.load(plan)
        if saved is None:
            events.log("this run has no checkpoint yet: it starts from the beginning")
        else:
            events.log(f"resuming after {saved.stage.upper()} step {saved.step}")
    else:
        checkpoint.remove(plan)
    for stale in (plan.adapter_path, plan.report_path):  # made again at the end: never one of another run
        stale.unlink(missing_ok=True)
    records = read_records(plan)
    events.log(f"{len(records.sft)} liked replies, {len(records.pairs)} pairs, {len(records.held_out)} held out")
    stats = saved.stats if saved is not None else TrainStats()
    left = stages_left(plan, saved)
    if left:
        lora = train(plan, header, shape, records, saved, left, stats, events, cancel)
        gc.collect()  # the PyTorch model goes before llama.cpp loads the base for the report
    else:
        assert saved is not None
        lora = saved.lora
    if cancel.is_set():
        raise Cancelled
    events.stage("export")
    adapter = write_adapter(
        plan.adapter_path,
        lora,
        shape,
        alpha=plan.settings.alpha,
        name=plan.name,
        base_sha256=plan.base_sha256,
        permute_qk=plan.permute_qk,
    )
    if cancel.is_set():
        raise Cancelled
    events.stage("report", len(records.held_out))
    steps = steps_of(plan)
    figures = write_report(
        plan.report_path,
        plan.base,
        adapter,
        records.held_out,
        sample_prompts(records),
        stats,
        (steps["sft"], steps["dpo"]),
        plan.settings.threads or physical_cores(),
    )
    events.done(str(adapter), str(plan.report_path))
    return Result(adapter, plan.report_path, figures)


def run_plan(
    plan_path: str | Path,
    resume: bool = False,
    on_event: Callable[[dict[str, Any]], None] | None = None,
    cancel: threading.Event | None = None,
) -> Result:
    """A run in this process (the tests'; the app starts `python -m desktop.trainer` instead): the same
    events, handed to `on_event`. Raises TrainError or Cancelled where the child would exit 1 or 3."""
    from desktop.trainer.model import quiet_libraries

    quiet_libraries()
    return run(load_plan(plan_path), Events(on_event or (lambda _event: None)), cancel, resume)
