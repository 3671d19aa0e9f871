"""A bad plan costs one line naming what is wrong, before anything loads."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop.trainer.errors import TrainError
from desktop.trainer.plan import Settings, load_plan, parse_plan
from tests.trainer.feedback import SETTINGS, feedback, write_plan


@pytest.fixture
def plan_file(tmp_path: Path, tiny_gqa: Path) -> Path:
    return write_plan(tmp_path / "run", tiny_gqa, feedback(4, 4, 2))


def raw(plan_file: Path) -> dict[str, Any]:
    return json.loads(plan_file.read_text(encoding="utf-8"))


def test_a_good_plan_reads_as_written(plan_file: Path, tiny_gqa: Path) -> None:
    plan = load_plan(plan_file)
    assert plan.base == tiny_gqa
    assert plan.settings == Settings(**SETTINGS)
    assert plan.run_dir == plan_file.parent
    assert plan.sft == plan_file.parent / "sft.jsonl"
    assert plan.adapter_path == plan_file.parent / "adapter.gguf"
    assert plan.checkpoint_dir == plan_file.parent / "checkpoint"
    assert plan.permute_qk is True
    assert plan.name == "test"


def test_missing_settings_take_their_defaults(plan_file: Path) -> None:
    values = raw(plan_file)
    values["settings"] = {"sft_steps": 2, "dpo_steps": 0}
    settings = parse_plan(values).settings
    assert (settings.rank, settings.sft_steps, settings.dpo_steps, settings.alpha) == (8, 2, 0, 16.0)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"format": 2}, "has format 2; this trainer reads format 1"),
        ({"base": "model.gguf"}, "base is not an absolute path"),
        ({"base": "/nowhere/model.gguf"}, "base file /nowhere/model.gguf does not exist"),
        ({"base": None}, "base is missing"),
        ({"base_sha256": "abc"}, "base_sha256 is not a sha256"),
        ({"run_dir": "/nowhere/run"}, "folder /nowhere/run does not exist"),
        ({"name": " "}, "name is missing"),
        ({"permute_qk": "yes"}, "permute_qk is not true or false"),
        ({"settings": [1]}, "settings are missing"),
        ({"settings": {"rank": 8, "ranks": 4}}, "unknown settings: ranks"),
        ({"settings": {"rank": 4.5}}, "rank is not a whole number"),
        ({"settings": {"rank": True}}, "rank is not a whole number"),
        ({"settings": {"learning_rate": "fast"}}, "learning_rate is not a number"),
        ({"settings": {"batch_size": 0}}, "batch_size is 0, outside 1–1024"),
        ({"settings": {"sft_steps": 0, "dpo_steps": 0}}, "nothing to train"),
        ({"sft": "/nowhere/sft.jsonl"}, "sft file /nowhere/sft.jsonl does not exist"),
    ],
)
def test_a_bad_plan_says_what_is_wrong(plan_file: Path, change: dict[str, Any], message: str) -> None:
    values = {**raw(plan_file), **change}
    with pytest.raises(TrainError) as refused:
        parse_plan(values)
    assert message in str(refused.value)
    assert "\n" not in str(refused.value)


def test_an_unused_stage_needs_no_data_file(plan_file: Path) -> None:
    values = raw(plan_file)
    values.update(pairs="", held_out="/nowhere/held_out.jsonl", settings={**SETTINGS, "dpo_steps": 0})
    plan = parse_plan(values)
    assert plan.pairs is None and plan.held_out is None


def test_a_plan_that_is_not_json_or_not_there(tmp_path: Path) -> None:
    broken = tmp_path / "plan.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(TrainError, match="not valid JSON"):
        load_plan(broken)
    with pytest.raises(TrainError, match="does not exist"):
        load_plan(tmp_path / "missing.json")
    broken.write_text("[]", encoding="utf-8")
    with pytest.raises(TrainError, match="not a JSON object"):
        load_plan(broken)
