"""Checkpoints: whole or absent, refused under another plan, and where a resume goes on from."""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pytest
import torch

from desktop.trainer import checkpoint
from desktop.trainer.checkpoint import Checkpoint
from desktop.trainer.errors import TrainError
from desktop.trainer.model import BaseShape
from desktop.trainer.plan import Plan, load_plan
from desktop.trainer.run import stages_left
from desktop.trainer.stats import TrainStats
from tests.trainer.feedback import feedback, write_plan

SHAPE = BaseShape("llama", 2, 4, 2, qk_unpermuted=True)


@pytest.fixture
def plan(tmp_path: Path, tiny_gqa: Path) -> Plan:
    return load_plan(write_plan(tmp_path / "run", tiny_gqa, feedback(4, 4, 2)))


def saved(stage: str = "sft", step: int = 3, optimizer: bool = True) -> Checkpoint:
    stats = TrainStats(load_s=1.5)
    stats.sft.add(2.0, 1.25)
    params = [torch.nn.Parameter(torch.ones(2, 2))]
    adam = torch.optim.AdamW(params, lr=0.1)
    params[0].grad = torch.ones(2, 2)
    adam.step()
    return Checkpoint(
        stage,
        step,
        {"a": np.arange(6, dtype=np.float32).reshape(2, 3)},
        SHAPE,
        stats,
        adam.state_dict() if optimizer else None,
        torch.get_rng_state(),
    )


def test_a_checkpoint_comes_back_as_saved(plan: Plan) -> None:
    assert checkpoint.load(plan) is None
    original = saved()
    checkpoint.save(plan, original)
    loaded = checkpoint.load(plan)
    assert loaded is not None
    assert (loaded.stage, loaded.step, loaded.shape) == ("sft", 3, SHAPE)
    assert np.array_equal(loaded.lora["a"], original.lora["a"])
    assert loaded.stats == original.stats
    assert loaded.optimizer is not None and loaded.optimizer["param_groups"][0]["lr"] == 0.1
    assert torch.equal(loaded.optimizer["state"][0]["exp_avg"], original.optimizer["state"][0]["exp_avg"])
    assert torch.equal(loaded.rng, original.rng)
    # the next save replaces it whole, and leaves nothing beside it
    checkpoint.save(plan, saved("dpo", 0, optimizer=False))
    again = checkpoint.load(plan)
    assert again is not None and (again.stage, again.step) == ("dpo", 0)
    assert sorted(p.name for p in plan.run_dir.iterdir() if p.name.startswith((".", "checkpoint"))) == ["checkpoint"]


def test_a_save_that_died_between_its_renames_is_recovered(plan: Plan) -> None:
    checkpoint.save(plan, saved())
    os.replace(plan.checkpoint_dir, plan.run_dir / ".checkpoint-old-12345")  # the first rename, then death
    loaded = checkpoint.load(plan)
    assert loaded is not None and loaded.step == 3
    assert plan.checkpoint_dir.is_dir()


def test_a_half_written_checkpoint_is_never_read(plan: Plan) -> None:
    (plan.run_dir / ".checkpoint-new-abc").mkdir()  # a save killed before its rename
    assert checkpoint.load(plan) is None
    checkpoint.save(plan, saved())
    assert not (plan.run_dir / ".checkpoint-new-abc").exists()


def test_a_checkpoint_of_another_plan_or_damaged_is_refused(plan: Plan, tmp_path: Path, tiny_gqa: Path) -> None:
    checkpoint.save(plan, saved())
    other = load_plan(write_plan(plan.run_dir, tiny_gqa, feedback(4, 4, 2), rank=4))
    with pytest.raises(TrainError, match="other settings or another model"):
        checkpoint.load(other)
    state = plan.checkpoint_dir / "state.json"
    state.write_text(json.dumps({**json.loads(state.read_text()), "format": 99}), encoding="utf-8")
    with pytest.raises(TrainError, match="another version"):
        checkpoint.load(plan)
    state.write_text("{", encoding="utf-8")
    with pytest.raises(TrainError, match="damaged"):
        checkpoint.load(plan)


def test_a_resume_goes_on_where_the_checkpoint_is(plan: Plan) -> None:
    assert stages_left(plan, None) == [("sft", 0), ("dpo", 0)]
    assert stages_left(plan, saved("sft", 3)) == [("sft", 3), ("dpo", 0)]
    assert stages_left(plan, saved("sft", 6)) == [("dpo", 0)]
    assert stages_left(plan, saved("dpo", 4)) == [("dpo", 4)]
    assert stages_left(plan, saved("dpo", 6)) == []  # trained: only the export and the report are left
