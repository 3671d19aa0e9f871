"""A batch of examples through the model: the log-probability of each labelled token."""

from __future__ import annotations

from typing import Any

from desktop.trainer.data import IGNORE, Example


def collate(examples: list[Example], pad_id: int) -> tuple[Any, Any, Any]:
    """Right-padded ids, labels and attention mask (pads attend to nothing and are never labelled)."""
    import torch

    length = max(len(e.input_ids) for e in examples)
    ids = torch.full((len(examples), length), pad_id, dtype=torch.long)
    labels = torch.full((len(examples), length), IGNORE, dtype=torch.long)
    mask = torch.zeros((len(examples), length), dtype=torch.long)
    for row, e in enumerate(examples):
        ids[row, : len(e.input_ids)] = torch.tensor(e.input_ids)
        labels[row, : len(e.labels)] = torch.tensor(e.labels)
        mask[row, : len(e.input_ids)] = 1
    return ids, labels, mask


def token_logprobs(model: Any, examples: list[Example], pad_id: int) -> tuple[Any, Any]:
    """log p of each next token that has a label, and the mask of those tokens (both batch × length-1)."""
    import torch

    ids, labels, mask = collate(examples, pad_id)
    logits = model(input_ids=ids, attention_mask=mask).logits[:, :-1].float()
    targets = labels[:, 1:]
    wanted = targets != IGNORE
    # gather - logsumexp: a log-softmax without a second batch × length × vocabulary tensor.
    picked = logits.gather(-1, targets.clamp(min=0).unsqueeze(-1)).squeeze(-1) - torch.logsumexp(logits, dim=-1)
    return picked * wanted, wanted
