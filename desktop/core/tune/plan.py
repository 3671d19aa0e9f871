"""A run's settings and the plan file the training child reads (its format is the child's contract:
desktop/trainer/plan.py checks it)."""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from desktop.core.atomic import atomic_write_text
from desktop.core.tune.data import TrainingSet

PLAN_FORMAT = 1
EPOCHS = 2  # each stage sees its data about twice by default: enough to move a style, not to parrot it
MIN_STEPS, MAX_STEPS = 4, 300


@dataclass(frozen=True)
class TuneSettings:
    """The defaults suit a small model on a laptop CPU; the page's Advanced section changes them."""

    rank: int = 8
    alpha: int = 16
    sft_steps: int = -1  # -1: from the data (EPOCHS over it), 0: skip the stage
    dpo_steps: int = -1
    learning_rate: float = 5e-4
    dpo_learning_rate: float = 2e-4
    batch_size: int = 4
    beta: float = 0.1  # DPO's: how far the adapter may move from the base to prefer the liked reply
    max_tokens: int = 256  # longest example, prompt and reply together
    seed: int = 0
    threads: int = 0  # 0: one per physical core
    checkpoint_every: int = 4

    def validated(self) -> TuneSettings:
        return replace(
            self,
            rank=min(max(int(self.rank), 1), 256),
            alpha=min(max(int(self.alpha), 1), 1024),
            sft_steps=min(max(int(self.sft_steps), -1), 100_000),
            dpo_steps=min(max(int(self.dpo_steps), -1), 100_000),
            learning_rate=min(max(float(self.learning_rate), 1e-7), 1e-1),
            dpo_learning_rate=min(max(float(self.dpo_learning_rate), 1e-7), 1e-1),
            batch_size=min(max(int(self.batch_size), 1), 64),
            beta=min(max(float(self.beta), 1e-3), 10.0),
            max_tokens=min(max(int(self.max_tokens), 32), 8192),
            seed=max(int(self.seed), 0),
            threads=max(int(self.threads), 0),
            checkpoint_every=min(max(int(self.checkpoint_every), 1), 10_000),
        )

    def steps_for(self, training: TrainingSet) -> tuple[int, int]:
        """SFT and DPO steps: as set, or EPOCHS over the data; 0 for a stage without data."""
        return (
            _steps(self.sft_steps, len(training.sft), self.batch_size),
            _steps(self.dpo_steps, len(training.pairs), self.batch_size),
        )

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, raw: Any) -> TuneSettings:
        if not isinstance(raw, dict):
            return cls()
        values = {}
        for field in fields(cls):
            value = raw.get(field.name)
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                values[field.name] = type(getattr(cls(), field.name))(value)
        return cls(**values).validated()


def _steps(asked: int, examples: int, batch: int) -> int:
    if not examples or asked == 0:
        return 0
    if asked > 0:
        return asked
    return min(max(math.ceil(EPOCHS * examples / batch), MIN_STEPS), MAX_STEPS)


def write_plan(
    run_dir: Path,
    base: Path,
    base_sha256: str,
    training: TrainingSet,
    settings: TuneSettings,
    name: str,
) -> Path:
    """The run's folder: its data as JSONL and plan.json. Returns the plan's path."""
    run_dir.mkdir(parents=True, exist_ok=True)
    files = {}
    for key, records in (("sft", training.sft), ("pairs", training.pairs), ("held_out", training.held_out)):
        path = run_dir / f"{key}.jsonl"
        atomic_write_text(path, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
        files[key] = str(path)
    sft_steps, dpo_steps = settings.steps_for(training)
    plan = {
        "format": PLAN_FORMAT,
        "base": str(base),
        "base_sha256": base_sha256,
        "run_dir": str(run_dir),
        **files,
        "settings": {**settings.to_dict(), "sft_steps": sft_steps, "dpo_steps": dpo_steps},
        "name": name,
        "permute_qk": True,
    }
    path = run_dir / "plan.json"
    atomic_write_text(path, json.dumps(plan, indent=2, ensure_ascii=False))
    return path
