"""Everything a run needs before its process starts: a base that can be trained, data, a folder, a plan."""

# base_label is re-exported: the page names a base model as an adapter does.

from __future__ import annotations

import threading
from pathlib import Path

from desktop.core.library.file_hash import sha256_of_file
from desktop.core.library.metadata import ModelInfo, read_model_info
from desktop.core.tune.adapters import base_label, default_name
from desktop.core.tune.data import TrainingSet
from desktop.core.tune.errors import TuneError
from desktop.core.tune.plan import TuneSettings, write_plan
from desktop.core.tune.runs import RunState, new_run_dir

# Architectures whose GGUF transformers reads and whose adapter export is tested here. llama.cpp's converter
# permutes the q and k weights of these (an adapter's q/k must be permuted the same way).
TRAINABLE = {"llama": True}
NO_FEEDBACK = (
    "there is no feedback to learn from yet: give a thumbs up to replies you like, and a thumbs down to a "
    "reply beside one you liked (Regenerate makes one)"
)


def check_base(path: Path) -> ModelInfo:
    info = read_model_info(path)
    if info.error:
        raise TuneError(f"cannot train on {path.name}: {info.error}")
    if info.architecture not in TRAINABLE:
        raise TuneError(
            f"training works on Llama-architecture models (SmolLM2, Llama 3, Mistral) for now; "
            f"{path.name} is {info.architecture or 'of an unknown architecture'}"
        )
    return info


def prepare_run(
    base: Path,
    training: TrainingSet,
    settings: TuneSettings,
    name: str = "",
    stop: threading.Event | None = None,
) -> RunState:
    """The run's folder with its data and plan (hashing the base may take seconds: not on the GUI thread)."""
    if training.empty:
        raise TuneError(NO_FEEDBACK)
    info = check_base(base)
    try:
        sha = sha256_of_file(base, stop)
    except OSError as error:
        raise TuneError(f"cannot read {base.name}: {error.strerror or error}") from None
    if not sha:
        raise TuneError("cancelled")
    label = base_label(base)
    name = " ".join(name.split()) or default_name(label)
    settings = settings.validated()
    run_dir = new_run_dir()
    plan = write_plan(run_dir, base, sha, training, settings, name)
    sft_steps, dpo_steps = settings.steps_for(training)
    state = RunState(
        run_dir=run_dir,
        name=name[:120],
        base_path=str(base),
        base_sha256=sha,
        base_name=label,
        sft_examples=len(training.sft),
        pairs=len(training.pairs),
        held_out=len(training.held_out),
        data_from=training.data_from,
        data_to=training.data_to,
        settings={**settings.to_dict(), "sft_steps": sft_steps, "dpo_steps": dpo_steps, "parameters": info.parameters},
    )
    assert plan == state.plan_path
    state.save()
    return state
