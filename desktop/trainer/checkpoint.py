"""Checkpoints: run_dir/checkpoint/ holds one whole checkpoint, or none, never half of one.

A checkpoint is written into a temporary folder beside it, synced, then renamed into place (the previous
one is renamed aside first and removed after; a crash between the two renames leaves it aside, and the
next load puts it back). It holds the adapter's weights (safetensors), the stage's optimizer state and
torch's RNG state (torch.save, read back with weights_only), and state.json: where the run is (the stage
and the steps of it done), the base's shape (an export needs nothing else), the statistics so far, and the
plan's settings and base, so that a resume under another plan is refused rather than mixed.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from desktop.core.atomic import fsync_dir
from desktop.trainer.errors import TrainError
from desktop.trainer.model import BaseShape
from desktop.trainer.plan import Plan
from desktop.trainer.stats import TrainStats

FORMAT = 1
STATE, LORA, TORCH = "state.json", "lora.safetensors", "optimizer.pt"
_TEMP, _ASIDE = ".checkpoint-new-", ".checkpoint-old-"


@dataclass
class Checkpoint:
    stage: str  # "sft" or "dpo": the stage reached
    step: int  # steps of it done
    lora: dict[str, np.ndarray]
    shape: BaseShape
    stats: TrainStats
    optimizer: dict[str, Any] | None = None  # the stage's AdamW state (none at a stage's end)
    rng: Any = None  # torch.get_rng_state()


def save(plan: Plan, checkpoint: Checkpoint) -> None:
    from safetensors.numpy import save_file

    folder = plan.checkpoint_dir
    _remove_leftovers(plan.run_dir)
    temp = Path(tempfile.mkdtemp(prefix=_TEMP, dir=plan.run_dir))
    try:
        save_file({name: np.ascontiguousarray(a) for name, a in checkpoint.lora.items()}, str(temp / LORA))
        _sync(temp / LORA)
        if checkpoint.optimizer is not None or checkpoint.rng is not None:
            import torch

            with (temp / TORCH).open("wb") as handle:
                torch.save({"optimizer": checkpoint.optimizer, "rng": checkpoint.rng}, handle)
                handle.flush()
                os.fsync(handle.fileno())
        state = {
            "format": FORMAT,
            "stage": checkpoint.stage,
            "step": checkpoint.step,
            "shape": checkpoint.shape.to_dict(),
            "stats": checkpoint.stats.to_dict(),
            "settings": plan.settings.to_dict(),
            "base_sha256": plan.base_sha256,
        }
        (temp / STATE).write_text(json.dumps(state, indent=1), encoding="utf-8")
        _sync(temp / STATE)
        aside = plan.run_dir / f"{_ASIDE}{os.getpid()}"
        if folder.exists():
            os.replace(folder, aside)
        os.replace(temp, folder)
        fsync_dir(plan.run_dir)
        shutil.rmtree(aside, ignore_errors=True)
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise


def load(plan: Plan) -> Checkpoint | None:
    """The run's checkpoint, None if it has none; one made under another plan is refused."""
    folder = plan.checkpoint_dir
    if not (folder / STATE).is_file():
        aside = sorted(plan.run_dir.glob(f"{_ASIDE}*"), key=lambda p: p.stat().st_mtime)
        if not aside or not (aside[-1] / STATE).is_file():
            return None
        shutil.rmtree(folder, ignore_errors=True)
        os.replace(aside[-1], folder)  # the last save died between its two renames
    try:
        state = json.loads((folder / STATE).read_text(encoding="utf-8"))
        stage, step = str(state["stage"]), int(state["step"])
        shape = BaseShape.from_dict(state["shape"])
        from safetensors.numpy import load_file

        lora = load_file(str(folder / LORA))
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise TrainError(f"the run's checkpoint is damaged ({type(error).__name__}): start the run again") from None
    if state.get("format") != FORMAT or stage not in ("sft", "dpo"):
        raise TrainError("the run's checkpoint was made by another version of Hearth: start the run again")
    if state.get("settings") != plan.settings.to_dict() or state.get("base_sha256") != plan.base_sha256:
        raise TrainError("the run's checkpoint was made with other settings or another model: start the run again")
    optimizer, rng = None, None
    if (folder / TORCH).is_file():
        import torch

        try:
            saved = torch.load(folder / TORCH, weights_only=True)
        except Exception as error:  # a damaged pickle raises many types
            raise TrainError(f"the run's checkpoint is damaged ({type(error).__name__}): start the run again") from None
        optimizer, rng = saved.get("optimizer"), saved.get("rng")
    return Checkpoint(stage, step, lora, shape, TrainStats.from_dict(state.get("stats")), optimizer, rng)


def exists(plan: Plan) -> bool:
    return (plan.checkpoint_dir / STATE).is_file()


def remove(plan: Plan) -> None:
    shutil.rmtree(plan.checkpoint_dir, ignore_errors=True)
    _remove_leftovers(plan.run_dir, aside_too=True)


def _remove_leftovers(run_dir: Path, aside_too: bool = False) -> None:
    """Temporary folders of saves that died half-way (this process saves one at a time)."""
    prefixes = (_TEMP, _ASIDE) if aside_too else (_TEMP,)
    with contextlib.suppress(OSError):
        for entry in run_dir.iterdir():
            if entry.is_dir() and entry.name.startswith(prefixes):
                shutil.rmtree(entry, ignore_errors=True)


def _sync(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())
