"""Direct preference optimisation (Rafailov et al., 2023), written out: no TRL, which refuses GGUF models.

loss = -log σ(β · ((log π(chosen) − log ref(chosen)) − (log π(rejected) − log ref(rejected))))

with log-probabilities summed over each reply's tokens, and the reference the same model with its adapter
switched off (the base: no second copy of the weights in memory).
"""

from __future__ import annotations

from typing import Any

from desktop.trainer.data import Pair
from desktop.trainer.logprobs import token_logprobs


def reply_logprobs(model: Any, pairs: list[Pair], pad_id: int) -> Any:
    """Summed log p of each chosen reply, then of each rejected one (2 × pairs values)."""
    logprobs, _ = token_logprobs(model, [p.chosen for p in pairs] + [p.rejected for p in pairs], pad_id)
    return logprobs.sum(dim=-1)


def dpo_loss(model: Any, pairs: list[Pair], beta: float, pad_id: int) -> Any:
    import torch
    import torch.nn.functional as F

    policy = reply_logprobs(model, pairs, pad_id)
    with torch.no_grad(), model.disable_adapter():
        reference = reply_logprobs(model, pairs, pad_id)
    n = len(pairs)
    logits = beta * ((policy[:n] - reference[:n]) - (policy[n:] - reference[n:]))
    return -F.logsigmoid(logits).mean()
