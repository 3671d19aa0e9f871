"""The training itself: the base with a LoRA adapter, through the stages a run has left.

The data is tokenized first (a bad record stops the run before the weights load), the base is loaded,
the adapter added (fresh, or the checkpoint's weights and RNG state), then each stage runs; the end of
each stage is checkpointed, so a resume goes on with the next one.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import numpy as np

from desktop.core.library.gguf_header import GgufHeader
from desktop.trainer import checkpoint, data
from desktop.trainer.checkpoint import Checkpoint
from desktop.trainer.data import Records
from desktop.trainer.events import Events
from desktop.trainer.model import BaseShape
from desktop.trainer.plan import Plan
from desktop.trainer.stats import TrainStats


def _pad_id(header: GgufHeader) -> int:
    for key in ("tokenizer.ggml.padding_token_id", "tokenizer.ggml.eos_token_id"):
        value = header.get(key)
        if isinstance(value, int) and value >= 0:
            return value
    return 0


def train(
    plan: Plan,
    header: GgufHeader,
    shape: BaseShape,
    records: Records,
    saved: Checkpoint | None,
    left: list[tuple[str, int]],
    stats: TrainStats,
    events: Events,
    cancel: threading.Event,
) -> dict[str, np.ndarray]:
    """The stages left, on the base with the adapter (fresh, or the checkpoint's); returns its weights."""
    from desktop.core.backends.llama.scoring import ChatTokenizer
    from desktop.trainer.dpo import dpo_loss
    from desktop.trainer.lora import add_lora, load_lora_state, lora_state, trainable
    from desktop.trainer.model import configure_torch, load_base
    from desktop.trainer.sft import sft_loss
    from desktop.trainer.stages import Stage, run_stage

    settings = plan.settings
    tokenizer = ChatTokenizer.open(plan.base)
    try:
        examples = data.sft_examples(records.sft, tokenizer, settings.max_tokens)
        pairs = data.pairs(records.pairs, tokenizer, settings.max_tokens)
    finally:
        tokenizer.close()
    configure_torch(settings.threads, settings.seed)
    import torch

    model, _, seconds = load_base(plan.base)
    stats.load_s += seconds
    torch.manual_seed(settings.seed)  # the adapter starts the same in every run of this plan
    model = add_lora(model, settings.rank, settings.alpha)
    if saved is not None:
        load_lora_state(model, saved.lora)
        if saved.rng is not None:
            torch.set_rng_state(saved.rng)
    count = sum(p.numel() for p in trainable(model))
    events.log(f"loaded {plan.base.name} in {seconds:.1f} s; training {count:,} adapter weights")

    def save(stage: str, step: int, optimizer: dict[str, Any] | None) -> None:
        stats.note_memory()
        state = Checkpoint(stage, step, lora_state(model), shape, stats, optimizer, torch.get_rng_state())
        checkpoint.save(plan, state)
        events.checkpoint(stage, step)

    pad_id = _pad_id(header)
    losses: dict[str, Callable[[list[int]], Any]] = {
        "sft": lambda batch: sft_loss(model, [examples[i] for i in batch], pad_id),
        "dpo": lambda batch: dpo_loss(model, [pairs[i] for i in batch], settings.beta, pad_id),
    }
    rates = {"sft": settings.learning_rate, "dpo": settings.dpo_learning_rate}
    items = {"sft": len(examples), "dpo": len(pairs)}
    steps = {"sft": settings.sft_steps, "dpo": settings.dpo_steps}
    for name, done in left:
        resumed = saved is not None and saved.stage == name and done > 0
        run_stage(
            model,
            Stage(name, steps[name], rates[name], items[name], losses[name]),
            batch_size=settings.batch_size,
            seed=settings.seed,
            checkpoint_every=settings.checkpoint_every,
            events=events,
            cancel=cancel,
            stats=stats,
            save=save,
            start=done,
            optimizer_state=saved.optimizer if resumed and saved is not None else None,
        )
        save(name, steps[name], None)  # the stage's end: a resume goes on with the next one
    return lora_state(model)
