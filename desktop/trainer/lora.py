"""The adapter: LoRA (peft) on all seven linear projections of every layer, no dropout.

The adapter's B matrices start at zero (peft's default), so before the first step the model is the base
exactly; A is drawn from torch's generator, seeded by the plan, so a run is reproducible.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from desktop.trainer.errors import TrainError

TARGETS = ("q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj")


def add_lora(model: Any, rank: int, alpha: float) -> Any:
    """The model wrapped with a fresh adapter; only the adapter's weights are trainable."""
    from peft import LoraConfig, get_peft_model

    present = {name.rsplit(".", 1)[-1] for name, _ in model.named_modules()}
    missing = [name for name in TARGETS if name not in present]
    if missing:
        kind = getattr(model.config, "model_type", "this")
        raise TrainError(f"{kind} models cannot be trained here (no {', '.join(missing)} layers)")
    # peft's alpha is typed int but used as a float (scaling = alpha / r): a plan may give 16 or 16.0.
    options: dict[str, Any] = {"r": rank, "lora_alpha": alpha, "lora_dropout": 0.0, "bias": "none"}
    config = LoraConfig(target_modules=list(TARGETS), task_type="CAUSAL_LM", **options)
    return get_peft_model(model, config)


def trainable(model: Any) -> list[Any]:
    return [parameter for parameter in model.parameters() if parameter.requires_grad]


def lora_state(model: Any) -> dict[str, np.ndarray]:
    """The adapter's weights by peft's names, as float32 arrays (what checkpoints and the export keep)."""
    return {
        name: parameter.detach().to("cpu").float().numpy().copy()
        for name, parameter in model.named_parameters()
        if parameter.requires_grad
    }


def load_lora_state(model: Any, state: dict[str, np.ndarray]) -> None:
    import torch

    parameters = {name: p for name, p in model.named_parameters() if p.requires_grad}
    if set(parameters) != set(state):
        raise TrainError("the checkpoint's adapter does not match this model and rank: start the run again")
    with torch.no_grad():
        for name, parameter in parameters.items():
            value = torch.from_numpy(state[name])
            if value.shape != parameter.shape:
                raise TrainError("the checkpoint's adapter does not match this model and rank: start the run again")
            parameter.copy_(value)
