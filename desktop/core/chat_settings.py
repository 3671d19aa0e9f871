"""Per-conversation settings: system prompt, sampling, context size and what to do when it is full."""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

OVERFLOW_POLICIES = {
    "stop": "Stop and say so",
    "drop_oldest": "Drop the oldest turns (after the system prompt)",
    "rolling": "Keep a rolling window (drops half at once, so the cache stays reusable)",
}

THINKING = ("auto", "on", "off")

DEFAULT_SYSTEM_PROMPT = "You are a helpful assistant."


@dataclass(frozen=True)
class ChatSettings:
    system_prompt: str = DEFAULT_SYSTEM_PROMPT
    temperature: float = 0.7
    top_p: float = 0.95
    top_k: int = 40
    min_p: float = 0.05
    repeat_penalty: float = 1.1
    max_tokens: int = 1024
    seed: int = -1  # -1: a new random seed for every reply
    context_length: int = 0  # 0: the app's default
    overflow: str = "rolling"
    # The document collections this chat answers from (by name); none: the model alone.
    documents: tuple[str, ...] = ()
    # The MCP servers (by name) whose tools this chat offers the model; none: no tools.
    tools: tuple[str, ...] = ()
    # Thinking, for a model whose template can turn it on or off: "auto" (the template's default), "on", "off".
    thinking: str = "auto"
    # A LoRA adapter (the absolute path of its GGUF; "": none) applied on the model for this chat's
    # replies, at this strength (0: not at all, 1: as trained, up to 2).
    adapter: str = ""
    adapter_scale: float = 1.0

    @property
    def thinking_switch(self) -> bool | None:
        return {"on": True, "off": False}.get(self.thinking)

    def validated(self) -> ChatSettings:
        """Clamp every value into the range llama.cpp accepts, so no setting can break a reply."""
        return replace(
            self,
            temperature=min(max(float(self.temperature), 0.0), 5.0),
            top_p=min(max(float(self.top_p), 0.0), 1.0),
            top_k=max(int(self.top_k), 0),
            min_p=min(max(float(self.min_p), 0.0), 1.0),
            repeat_penalty=min(max(float(self.repeat_penalty), 0.0), 5.0),
            max_tokens=min(max(int(self.max_tokens), 1), 1_000_000),
            seed=max(int(self.seed), -1),
            context_length=min(max(int(self.context_length), 0), 1 << 20),
            overflow=self.overflow if self.overflow in OVERFLOW_POLICIES else "rolling",
            documents=tuple(dict.fromkeys(str(name) for name in self.documents if str(name).strip()))[:16],
            tools=tuple(dict.fromkeys(str(name) for name in self.tools if str(name).strip()))[:16],
            thinking=self.thinking if self.thinking in THINKING else "auto",
            adapter=str(self.adapter),
            adapter_scale=_clamp_scale(self.adapter_scale),
        )

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_dict(cls, raw: Any) -> ChatSettings:
        """Unknown keys are ignored and wrong types fall back to defaults: old or edited rows still load."""
        if not isinstance(raw, dict):
            return cls()
        defaults = cls()
        values: dict[str, Any] = {}
        for field in fields(cls):
            value = raw.get(field.name)
            default = getattr(defaults, field.name)
            if isinstance(default, str) and isinstance(value, str):
                values[field.name] = value
            elif isinstance(default, (int, float)) and isinstance(value, (int, float)) and not isinstance(value, bool):
                values[field.name] = type(default)(value)
            elif isinstance(default, tuple) and isinstance(value, (list, tuple)):
                values[field.name] = tuple(item for item in value if isinstance(item, str))
        try:
            return cls(**values).validated()
        except (TypeError, ValueError, OverflowError):
            return cls()

    @classmethod
    def from_json(cls, text: str | None) -> ChatSettings:
        try:
            return cls.from_dict(json.loads(text or "{}"))
        except ValueError:
            return cls()


def _clamp_scale(value: float) -> float:
    """An adapter's strength in [0, 2]; NaN or infinity is the default, 1."""
    scale = float(value)
    return min(max(scale, 0.0), 2.0) if math.isfinite(scale) else 1.0
