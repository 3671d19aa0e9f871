"""One training stage (SFT or DPO): a plain loop of AdamW steps over seeded batches.

Between steps the loop checks the cancel switch (set by SIGTERM), so a step in progress always finishes
and the checkpoint written on the way out is a step boundary. A checkpoint is also written every
`checkpoint_every` steps; the end of a stage is checkpointed by the caller.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from desktop.trainer.data import batches
from desktop.trainer.errors import Cancelled, TrainError
from desktop.trainer.events import Events
from desktop.trainer.lora import trainable
from desktop.trainer.stats import TrainStats

# Saves a checkpoint at (stage, steps done) with this optimizer state (None: the stage is over).
Save = Callable[[str, int, dict[str, Any] | None], None]


@dataclass
class Stage:
    name: str  # "sft" or "dpo"
    steps: int
    learning_rate: float
    items: int  # examples or pairs to draw batches from
    loss: Callable[[list[int]], Any]  # a batch's indices -> the loss tensor


def run_stage(
    model: Any,
    stage: Stage,
    *,
    batch_size: int,
    seed: int,
    checkpoint_every: int,
    events: Events,
    cancel: threading.Event,
    stats: TrainStats,
    save: Save,
    start: int = 0,
    optimizer_state: dict[str, Any] | None = None,
) -> None:
    """Steps `start + 1` … `stage.steps`; raises Cancelled (after saving) when asked to stop."""
    import torch

    model.train()
    optimizer = torch.optim.AdamW(trainable(model), lr=stage.learning_rate, weight_decay=0.0)
    if optimizer_state is not None:
        optimizer.load_state_dict(optimizer_state)
    timing = stats.stage(stage.name)
    draws = batches(stage.items, batch_size, seed, stage.name, start)
    events.stage(stage.name, stage.steps)
    for step in range(start + 1, stage.steps + 1):
        if cancel.is_set():
            save(stage.name, step - 1, optimizer.state_dict())
            raise Cancelled
        began = time.perf_counter()
        optimizer.zero_grad(set_to_none=True)
        loss = stage.loss(next(draws))
        value = float(loss.detach())
        if value != value:  # NaN: a learning rate too high for this model
            raise TrainError(f"training diverged at {stage.name} step {step}: try a lower learning rate")
        loss.backward()
        optimizer.step()
        timing.add(time.perf_counter() - began, value)
        stats.note_memory()
        events.step(stage.name, step, stage.steps, value, timing.per_step * (stage.steps - step))
        if checkpoint_every and step % checkpoint_every == 0 and step < stage.steps:
            save(stage.name, step, optimizer.state_dict())
    model.eval()
