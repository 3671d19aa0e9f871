"""report.json: what the adapter changed, measured in llama.cpp on the exported file, and what training cost.

For each held-out preference record (kept out of training), the margin log p(chosen) − log p(rejected)
under the base alone and under the adapter at scale 1.0; a few greedy replies of both to the same prompts;
and the training's timings, last losses and peak memory.
"""

from __future__ import annotations

import json
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from desktop.core.atomic import atomic_write_text
from desktop.trainer.stats import TrainStats

SAMPLES = 3
SAMPLE_TOKENS = 64
PROMPT_CHARS = 200


def prompt_text(messages: list[Mapping[str, Any]]) -> str:
    """The prompt as a person would name it: its last user message."""
    for message in reversed(messages):
        if message.get("role") == "user" and isinstance(message.get("content"), str):
            return str(message["content"])[:PROMPT_CHARS]
    return ""


def measure(
    base: Path,
    adapter: Path,
    held_out: list[dict[str, Any]],
    prompts: list[list[Mapping[str, Any]]],
    threads: int = 0,
) -> dict[str, Any]:
    """Margins on the held-out pairs, and greedy replies to `prompts`, base against adapter."""
    from desktop.core.backends.llama.scoring import Scorer

    with Scorer(base, threads=threads) as scorer:
        scorer.set_adapter(None)
        before = [scorer.margin(record) for record in held_out]
        base_replies = [scorer.generate(p, SAMPLE_TOKENS) for p in prompts]
        scorer.set_adapter(adapter, 1.0)
        after = [scorer.margin(record) for record in held_out]
        adapter_replies = [scorer.generate(p, SAMPLE_TOKENS) for p in prompts]
    margins = [
        {"prompt": prompt_text(record["prompt"]), "before": round(b, 4), "after": round(a, 4)}
        for record, b, a in zip(held_out, before, after, strict=True)
    ]
    return {
        "held_out": len(held_out),
        "margins": margins,
        "mean_before": round(sum(before) / len(before), 4) if before else None,
        "mean_after": round(sum(after) / len(after), 4) if after else None,
        "improved": sum(a > b for a, b in zip(after, before, strict=True)),
        "samples": [
            {"prompt": prompt_text(p), "base": b, "adapter": a}
            for p, b, a in zip(prompts, base_replies, adapter_replies, strict=True)
        ],
        # Without held-out pairs, the samples are of prompts it was trained on (run.sample_prompts).
        "samples_held_out": bool(held_out),
    }


def train_figures(stats: TrainStats, sft_steps: int, dpo_steps: int) -> dict[str, Any]:
    stats.note_memory()
    return {
        "sft_steps": sft_steps,
        "dpo_steps": dpo_steps,
        "seconds": round(stats.load_s + stats.sft.seconds + stats.dpo.seconds, 2),
        "load_s": round(stats.load_s, 2),
        "sft_s_per_step": round(stats.sft.per_step, 3),
        "dpo_s_per_step": round(stats.dpo.per_step, 3),
        "final_sft_loss": stats.sft.last_loss,
        "final_dpo_loss": stats.dpo.last_loss,
        "peak_rss_bytes": stats.peak_rss_bytes,
    }


def write_report(
    path: Path,
    base: Path,
    adapter: Path,
    held_out: list[dict[str, Any]],
    prompts: list[list[Mapping[str, Any]]],
    stats: TrainStats,
    steps: tuple[int, int],
    threads: int = 0,
) -> dict[str, Any]:
    started = time.perf_counter()
    report = measure(base, adapter, held_out, prompts[:SAMPLES], threads)
    report["train"] = train_figures(stats, *steps)
    report["report_s"] = round(time.perf_counter() - started, 2)
    atomic_write_text(path, json.dumps(report, indent=2, ensure_ascii=False))
    return report
