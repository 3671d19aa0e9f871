"""How long a run would take and how much memory it would need, before it starts.

The constants were measured with the starter model (SmolLM2 135M) on 2 cores (python -m desktop.bench
--tune): a step's cost grows with the model's parameters and the tokens of a batch; DPO reads each pair's
two replies with the adapter and again without it (the reference). Memory: the base is dequantised to
32-bit floats for training, beside PyTorch's own."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from typing import Any

import psutil

from desktop.core.tune.data import TrainingSet
from desktop.core.tune.plan import TuneSettings

REFERENCE_PARAMETERS = 134_515_008  # the starter model
REFERENCE_THREADS = 2
# Measured 2026-12-02 (python -m desktop.bench --tune, 100 examples, 2 cores, the machine otherwise idle): an SFT
# step of 4 examples the estimate below puts at 52 tokens took 3.12 s, a DPO step 7.37 s; load, export and the
# report together about 40 s.
SFT_SECONDS_PER_TOKEN = 3.12 / (4 * 52)
DPO_OVER_SFT = 7.37 / 3.12
LOAD_SECONDS_PER_PARAMETER = 10 / REFERENCE_PARAMETERS
FIXED_BYTES = 1_000_000_000  # PyTorch, transformers and the tokenizer
BYTES_PER_PARAMETER = 12  # the fp32 weights, their dequantised copy while loading, activations


@dataclass(frozen=True)
class Estimate:
    sft_steps: int
    dpo_steps: int
    seconds: float
    peak_bytes: int
    free_bytes: int
    tokens_per_example: int

    @property
    def fits(self) -> bool:
        return self.peak_bytes < self.free_bytes

    def to_dict(self) -> dict[str, Any]:
        return {**self.__dict__, "fits": self.fits}


def tokens_per_example(training: TrainingSet, limit: int) -> int:
    """About four characters a token, capped at the run's longest example."""
    records = training.sft + training.pairs
    if not records:
        return 0
    chars = sum(len(json.dumps(record, ensure_ascii=False)) for record in records[:200])
    return max(8, min(limit, round(chars / min(len(records), 200) / 4)))


def estimate(training: TrainingSet, parameters: int, settings: TuneSettings) -> Estimate:
    settings = settings.validated()
    sft_steps, dpo_steps = settings.steps_for(training)
    tokens = tokens_per_example(training, settings.max_tokens)
    threads = settings.threads or psutil.cpu_count(logical=False) or os.cpu_count() or 1
    scale = (parameters / REFERENCE_PARAMETERS) * (REFERENCE_THREADS / threads) ** 0.8
    sft_step = SFT_SECONDS_PER_TOKEN * settings.batch_size * tokens * scale
    seconds = (
        LOAD_SECONDS_PER_PARAMETER * parameters
        + sft_steps * sft_step
        + dpo_steps * sft_step * DPO_OVER_SFT
        + 30 * scale  # export and the report's measures
    )
    return Estimate(
        sft_steps=sft_steps,
        dpo_steps=dpo_steps,
        seconds=seconds,
        peak_bytes=FIXED_BYTES + BYTES_PER_PARAMETER * parameters,
        free_bytes=int(psutil.virtual_memory().available),
        tokens_per_example=tokens,
    )
