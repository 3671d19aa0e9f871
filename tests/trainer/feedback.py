"""Synthetic feedback in a style the base never uses (a pirate's), and plans to train on it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

TOPICS = [
    "the sea", "bread", "a kite", "the moon", "coffee", "a river", "snow", "a library", "trains", "bees",
    "a lighthouse", "rain", "maps", "a violin", "tea", "clocks", "a forest", "the wind", "glass", "salt",
    "a bridge", "candles", "owls", "a harbour", "stars", "cheese", "a garden", "the desert", "a castle", "ice",
]  # fmt: skip
ASKS = ("Tell me one thing about", "What do you know about", "Say something about", "Describe")

SETTINGS: dict[str, Any] = {
    "rank": 8, "alpha": 16, "sft_steps": 6, "dpo_steps": 6, "learning_rate": 5e-4, "dpo_learning_rate": 2e-4,
    "batch_size": 4, "beta": 0.1, "max_tokens": 96, "seed": 0, "threads": 0, "checkpoint_every": 4,
}  # fmt: skip


def exchange(n: int) -> tuple[list[dict[str, str]], dict[str, str], dict[str, str]]:
    """A prompt, the liked (pirate) reply, and a plain one."""
    topic = TOPICS[n % len(TOPICS)]
    prompt = [{"role": "user", "content": f"{ASKS[n % len(ASKS)]} {topic}."}]
    liked = {"role": "assistant", "content": f"Ahoy matey! {topic.capitalize()} be a fine thing on the seas. Arr!"}
    plain = {"role": "assistant", "content": f"{topic.capitalize()} is an interesting subject."}
    return prompt, liked, plain


def feedback(sft: int, pairs: int, held_out: int) -> dict[str, list[dict[str, Any]]]:
    records: dict[str, list[dict[str, Any]]] = {"sft": [], "pairs": [], "held_out": []}
    for n in range(sft + pairs + held_out):
        prompt, liked, plain = exchange(n)
        if n < sft:
            records["sft"].append({"messages": [*prompt, liked]})
        else:
            records["pairs" if n < sft + pairs else "held_out"].append(
                {"prompt": prompt, "chosen": [liked], "rejected": [plain]}
            )
    return records


def write_plan(
    run_dir: Path, base: Path, records: dict[str, list[dict[str, Any]]], name: str = "test", **settings: Any
) -> Path:
    """A run's folder as the app writes it (desktop/core/tune/plan.py): the data as JSONL and plan.json."""
    run_dir.mkdir(parents=True, exist_ok=True)
    plan: dict[str, Any] = {
        "format": 1,
        "base": str(base),
        "base_sha256": "ab" * 32,
        "run_dir": str(run_dir),
        "settings": {**SETTINGS, **settings},
        "name": name,
        "permute_qk": True,
    }
    for key in ("sft", "pairs", "held_out"):
        path = run_dir / f"{key}.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in records.get(key, [])), encoding="utf-8")
        plan[key] = str(path)
    path = run_dir / "plan.json"
    path.write_text(json.dumps(plan), encoding="utf-8")
    return path
