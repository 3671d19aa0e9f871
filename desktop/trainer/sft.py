"""Supervised fine-tuning: the mean negative log-likelihood of the liked replies' tokens."""

from __future__ import annotations

from typing import Any

from desktop.trainer.data import Example
from desktop.trainer.logprobs import token_logprobs


def sft_loss(model: Any, examples: list[Example], pad_id: int) -> Any:
    logprobs, wanted = token_logprobs(model, examples, pad_id)
    return -logprobs.sum() / wanted.sum().clamp(min=1)
