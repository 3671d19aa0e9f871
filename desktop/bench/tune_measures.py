"""`python -m desktop.bench --tune`: what making it yours costs, and what the adapter costs once made.

100 feedback examples in a distinctive style (50 liked replies, 50 liked/disliked pairs, some kept aside)
go through the real training process (SFT then DPO, the run manager the page and `hearth tune run` use) on
the model; then the adapter it made is applied at run time to measure generation with it against the base,
and the time to switch it on and off."""

from __future__ import annotations

import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from desktop.core.library.metadata import read_model_info
from desktop.core.settings import Settings
from desktop.core.tune.data import split
from desktop.core.tune.estimate import estimate
from desktop.core.tune.plan import TuneSettings
from desktop.core.tune.prepare import prepare_run
from desktop.core.tune.runs import TuneRun

TUNE_TARGETS = {
    "adapter_tok_s_ratio": (">=", 0.9),
    "adapter_switch_ms": ("<=", 50),
    "adapter_switch_max_ms": ("<=", 50),
}

TOPICS = [
    "the sea", "bread", "a kite", "the moon", "coffee", "a river", "snow", "a library", "trains", "bees",
    "a lighthouse", "rain", "maps", "a violin", "tea", "clocks", "a forest", "the wind", "glass", "salt",
    "a bridge", "candles", "owls", "a harbour", "stars",
]  # fmt: skip


def synthetic_feedback(count: int = 100) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Half liked replies, half pairs, all in one style the base does not have: a pirate's."""
    sft, pairs = [], []
    for n in range(count):
        topic = TOPICS[n % len(TOPICS)]
        ask = ("Tell me one thing about", "What do you know about", "Say something about", "Describe")[n // 25 % 4]
        prompt = [{"role": "user", "content": f"{ask} {topic}."}]
        liked = {"role": "assistant", "content": f"Ahoy matey! {topic.capitalize()} be a fine thing on the seas. Arr!"}
        plain = {"role": "assistant", "content": f"{topic.capitalize()} is an interesting subject."}
        if n < count // 2:
            sft.append({"messages": [*prompt, liked]})
        else:
            pairs.append({"prompt": prompt, "chosen": [liked], "rejected": [plain]})
    return sft, pairs


def run_tune_bench(model: str, examples: int = 100) -> dict[str, Any]:
    sft, pairs = synthetic_feedback(examples)
    training = split(sft, pairs)
    settings = TuneSettings()
    figures = estimate(training, read_model_info(Path(model)).parameters, settings)
    results: dict[str, Any] = {
        "tune_examples": examples,
        "tune_sft_steps": figures.sft_steps,
        "tune_dpo_steps": figures.dpo_steps,
        "tune_estimate_s": round(figures.seconds, 1),
        "tune_estimate_peak_gb": round(figures.peak_bytes / 1e9, 2),
    }
    with tempfile.TemporaryDirectory(prefix="hearth-bench-tune-") as folder:
        library = Settings(models_dir=str(Path(folder) / "models"))
        state = prepare_run(Path(model), training, settings, "bench")
        done = threading.Event()
        finished: dict[str, Any] = {}

        def on_event(event: dict[str, Any]) -> None:
            if event.get("event") == "finished":
                finished.update(event)
                done.set()

        started = time.perf_counter()
        run = TuneRun(state, library, on_event)
        run.start()
        done.wait()
        results["tune_wall_s"] = round(time.perf_counter() - started, 1)
        if finished.get("status") != "done" or run.adapter is None:
            results["tune_error"] = str(finished.get("message", finished.get("status")))
            return results
        train = run.adapter.report.get("train", {})
        results["tune_sft_s_per_step"] = round(float(train.get("sft_s_per_step", 0)), 2)
        results["tune_dpo_s_per_step"] = round(float(train.get("dpo_s_per_step", 0)), 2)
        results["tune_peak_rss_gb"] = round(float(train.get("peak_rss_bytes", 0)) / 1e9, 2)
        results["tune_margin_before"] = round(float(run.adapter.report.get("mean_before", 0)), 2)
        results["tune_margin_after"] = round(float(run.adapter.report.get("mean_after", 0)), 2)
        from desktop.bench.adapters import adapter_figures

        results.update(adapter_figures(model, run.adapter.path, 0))
    return results
