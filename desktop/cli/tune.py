"""`hearth tune …`: train a LoRA adapter on your own feedback, and manage the adapters you made.

hearth tune estimate [--base MODEL]              what the feedback holds, and what a run would cost
hearth tune run --base MODEL [--name NAME] [--steps N] [--sft FILE] [--pairs FILE]
hearth tune resume [RUN] | hearth tune clean    runs that were stopped or killed half-way
hearth tune list [--json] | report ADAPTER [--json] | rm ADAPTER
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import threading
import time
from pathlib import Path
from typing import Any

from desktop.cli.chat import resolve_model
from desktop.cli.terminal import say
from desktop.core.library.errors import LibraryError
from desktop.core.library.metadata import read_model_info
from desktop.core.settings import Settings, load_settings
from desktop.core.store import ConversationStore, StoreError
from desktop.core.text import one_line
from desktop.core.tune import data
from desktop.core.tune.adapters import AdapterInfo, find_adapter, list_adapters, remove_adapter, remove_orphans
from desktop.core.tune.errors import TuneError
from desktop.core.tune.estimate import estimate
from desktop.core.tune.plan import TuneSettings
from desktop.core.tune.prepare import check_base, prepare_run
from desktop.core.tune.runs import RunState, TuneRun, discard, finish_install, unfinished_runs


def add_parser(commands: argparse._SubParsersAction) -> None:
    tune = commands.add_parser("tune", help="make it yours: train an adapter on your feedback")
    sub = tune.add_subparsers(dest="tune_command", metavar="ACTION", required=True)

    def data_options(command: argparse.ArgumentParser) -> None:
        command.add_argument(
            "--sft", type=Path, metavar="FILE", help="liked replies, as `feedback export --format sft`"
        )
        command.add_argument(
            "--pairs", type=Path, metavar="FILE", help="pairs, as `feedback export --format preference`"
        )

    est = sub.add_parser("estimate", help="what your feedback holds and what a run would take")
    est.add_argument("--base", metavar="MODEL", help="the model to train (a file or its name in the library)")
    data_options(est)
    est.add_argument("--json", action="store_true")
    est.set_defaults(run=_estimate)

    run = sub.add_parser("run", help="train an adapter (SFT on liked replies, then DPO on pairs)")
    run.add_argument("--base", metavar="MODEL", required=True, help="the model to train")
    run.add_argument("--name", help="what to call the adapter (default: '<model> · mine, <day>')")
    run.add_argument("--steps", type=int, help="steps of each stage (default: two passes over its data)")
    run.add_argument("--rank", type=int, help="LoRA rank (default 8)")
    run.add_argument("--lr", type=float, help="SFT learning rate (default 5e-4)")
    run.add_argument("--seed", type=int, default=0)
    data_options(run)
    run.add_argument("--json", action="store_true", help="print the training events as JSON lines")
    run.set_defaults(run=_run)

    resume = sub.add_parser("resume", help="go on with a run that was stopped or killed, from its checkpoint")
    resume.add_argument("which", nargs="?", metavar="RUN", help="its folder's name (default: the latest)")
    resume.add_argument("--json", action="store_true")
    resume.set_defaults(run=_resume)
    clean = sub.add_parser("clean", help="remove the runs that were stopped or killed half-way")
    clean.set_defaults(run=_clean)

    listing = sub.add_parser("list", help="your adapters")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(run=_list)
    report = sub.add_parser("report", help="did it help? an adapter's before/after measures")
    report.add_argument("adapter", metavar="ADAPTER")
    report.add_argument("--json", action="store_true")
    report.set_defaults(run=_report)
    rm = sub.add_parser("rm", help="remove an adapter")
    rm.add_argument("adapter", metavar="ADAPTER")
    rm.set_defaults(run=_rm)


# -- the data ---------------------------------------------------------------------------------


def _training(args: argparse.Namespace) -> data.TrainingSet:
    if args.sft or args.pairs:
        return data.from_files(args.sft, args.pairs)
    try:
        store = ConversationStore.open_default()
    except StoreError as error:
        raise TuneError(str(error)) from None
    try:
        return data.from_store(store)
    finally:
        store.close()


def _base(name: str, settings: Settings) -> Path:
    try:
        path = resolve_model(name, settings.models_path())
    except (LibraryError, OSError) as error:
        raise TuneError(str(error)) from None
    check_base(path)
    return path


def _settings(args: argparse.Namespace) -> TuneSettings:
    values: dict[str, Any] = {"seed": getattr(args, "seed", 0) or 0}
    if getattr(args, "steps", None) is not None:
        values.update(sft_steps=args.steps, dpo_steps=args.steps)
    if getattr(args, "rank", None):
        values.update(rank=args.rank, alpha=2 * args.rank)
    if getattr(args, "lr", None):
        values.update(learning_rate=args.lr)
    return TuneSettings(**values).validated()


def _minutes(seconds: float) -> str:
    if seconds < 90:
        return f"about {max(1, round(seconds / 10) * 10)} s"
    return f"about {round(seconds / 60)} min"


def _estimate(args: argparse.Namespace) -> int:
    settings = load_settings()
    try:
        training = _training(args)
        base = _base(args.base, settings) if args.base else None
    except TuneError as error:
        say(str(error))
        return 1
    figures = None
    if base is not None and not training.empty:
        figures = estimate(training, read_model_info(base).parameters, _settings(args))
    if args.json:
        out: dict[str, Any] = {
            "liked": len(training.sft),
            "pairs": len(training.pairs),
            "held_out": len(training.held_out),
            "by_model": [m.__dict__ for m in training.by_model],
            "estimate": figures.to_dict() if figures else None,
        }
        print(json.dumps(out))
        return 0
    print(f"Liked replies: {len(training.sft)}   pairs: {len(training.pairs)}   kept aside: {len(training.held_out)}")
    for model in training.by_model:
        print(f"  {one_line(model.model)}: {model.liked} liked, {model.pairs} pairs")
    if training.empty:
        print("Nothing to learn from yet: thumbs up the replies you like; thumbs down one beside a liked one.")
    elif figures is None:
        print("Give --base MODEL for the time and memory a run would take.")
    else:
        memory = f"{figures.peak_bytes / 1e9:.1f} GB of memory"
        warn = "" if figures.fits else f" (only {figures.free_bytes / 1e9:.1f} GB free now)"
        steps = f"{figures.sft_steps} SFT + {figures.dpo_steps} DPO steps"
        print(f"A run: {steps}, {_minutes(figures.seconds)}, {memory}{warn}")
    return 0


# -- a run ------------------------------------------------------------------------------------


class _Progress:
    """Prints the child's events: a line rewritten in place on a terminal, a line each otherwise."""

    def __init__(self, as_json: bool) -> None:
        self._json = as_json
        self._tty = sys.stderr.isatty()
        self.finished: dict[str, Any] = {}
        self._lock = threading.Lock()

    def __call__(self, event: dict[str, Any]) -> None:
        with self._lock:
            if self._json:
                print(json.dumps(event), flush=True)
            kind = event.get("event")
            if kind == "finished":
                self.finished = event
                if self._tty and not self._json:
                    print(file=sys.stderr)
            elif not self._json:
                self._show(kind, event)

    def _show(self, kind: object, event: dict[str, Any]) -> None:
        if kind == "stage":
            text = {"load": "Loading the model…", "export": "Writing the adapter…", "report": "Measuring it…"}
            line = text.get(str(event.get("stage")), f"{str(event.get('stage', '')).upper()}…")
        elif kind == "step":
            eta = float(event.get("eta_s", 0) or 0)
            line = (
                f"{str(event.get('stage', '')).upper():4} step {event.get('step')}/{event.get('steps')}"
                f"  loss {float(event.get('loss', 0) or 0):.3f}  ETA {int(eta // 60)}:{int(eta % 60):02d}"
            )
        elif kind == "error":
            line = f"error: {one_line(str(event.get('message', '')))}"
        else:
            return
        if self._tty:
            print(f"\r\033[K{line}", end="", file=sys.stderr, flush=True)
        else:
            print(line, file=sys.stderr, flush=True)


def _watch(state: RunState, settings: Settings, as_json: bool, resume: bool) -> int:
    progress = _Progress(as_json)
    run = TuneRun(state, settings, progress)
    try:
        run.start(resume=resume)
    except TuneError as error:
        say(str(error))
        return 1
    try:
        while not run.wait(0.5):
            pass
    except KeyboardInterrupt:
        print("\nStopping at the next step (its checkpoint is kept)…", file=sys.stderr)
        run.cancel()
        run.wait()
    return _ended(progress.finished, state)


def _ended(finished: dict[str, Any], state: RunState) -> int:
    status = finished.get("status")
    if status == "done":
        adapter = finished.get("adapter", {})
        report = adapter.get("report", {}) if isinstance(adapter, dict) else {}
        print(f"Made '{one_line(str(adapter.get('name', state.name)))}': {adapter.get('path', '')}", file=sys.stderr)
        if report.get("margins"):
            print(_margin_line(report), file=sys.stderr)
        print(f"Chat with it: hearth chat MODEL --adapter '{adapter.get('name', state.name)}'", file=sys.stderr)
        return 0
    if status == "cancelled":
        print(f"Cancelled. Resume with: hearth tune resume {state.run_dir.name}", file=sys.stderr)
        return 130
    message = one_line(str(finished.get("message", "the run failed")))
    say(message + (f" (resume with: hearth tune resume {state.run_dir.name})" if finished.get("resumable") else ""))
    return 1


def _run(args: argparse.Namespace) -> int:
    settings = load_settings()
    waiting = unfinished_runs()
    if waiting:
        latest = waiting[-1]
        print(
            f"An unfinished run is kept ('{one_line(latest.name)}', {latest.stage or 'not started'}): "
            f"hearth tune resume {latest.run_dir.name}, or hearth tune clean",
            file=sys.stderr,
        )
    try:
        base = _base(args.base, settings)
        training = _training(args)
        state = prepare_run(base, training, _settings(args), args.name or "")
    except TuneError as error:
        say(str(error))
        return 1
    except OSError as error:
        say(f"cannot prepare the run: {error.strerror or error}")
        return 1
    print(
        f"Training '{one_line(state.name)}' on {base.name}: {state.sft_examples} liked replies, {state.pairs} pairs "
        f"({state.held_out} kept aside to measure it)",
        file=sys.stderr,
    )
    return _watch(state, settings, args.json, resume=False)


def _resume(args: argparse.Namespace) -> int:
    waiting = unfinished_runs()
    chosen = [s for s in waiting if s.run_dir.name == args.which] if args.which else waiting[-1:]
    if not chosen:
        say(f"no unfinished run named {one_line(args.which)}" if args.which else "no unfinished run to resume")
        return 1
    state = chosen[0]
    if state.exported:  # it finished; only putting its adapter in the library was cut short
        try:
            adapter = finish_install(state, load_settings())
        except TuneError as error:
            say(str(error))
            return 1
        return _ended({"status": "done", "adapter": adapter.to_dict()}, state)
    print(
        f"Resuming '{one_line(state.name)}' from {'its checkpoint' if state.has_checkpoint else 'the start'}",
        file=sys.stderr,
    )
    return _watch(state, load_settings(), args.json, resume=state.has_checkpoint)


def _clean(_args: argparse.Namespace) -> int:
    settings = load_settings()
    removed = 0
    for state in unfinished_runs():
        if state.exported:  # a finished adapter is never thrown away: it goes to the library
            with contextlib.suppress(TuneError):
                print(f"Kept '{one_line(finish_install(state, settings).name)}' in the library", file=sys.stderr)
                continue
        discard(state)
        removed += 1
    remove_orphans(settings)  # an adapter file a crash left half-installed
    print(f"{removed} unfinished run{'s' if removed != 1 else ''} removed", file=sys.stderr)
    return 0


# -- the adapters -----------------------------------------------------------------------------


def _date(when: float) -> str:
    return time.strftime("%Y-%m-%d", time.localtime(when)) if when else "-"


def _list(args: argparse.Namespace) -> int:
    adapters = list_adapters(load_settings())
    if args.json:
        rows = [
            {
                "name": a.name,
                "base": a.base_path,
                "base_name": a.base_name,
                "path": a.path,
                "created": a.created,
                "sft_examples": a.sft_examples,
                "pairs": a.pairs,
                "held_out": a.held_out,
                "data_from": a.data_from,
                "data_to": a.data_to,
            }
            for a in adapters
        ]
        print(json.dumps(rows))
        return 0
    if not adapters:
        print("No adapters yet: hearth tune run --base MODEL makes one from your feedback.", file=sys.stderr)
    for a in adapters:
        missing = "  (its base model is gone)" if a.base_missing else ""
        print(
            f"{one_line(a.name)}\t{one_line(a.base_name or Path(a.base_path).name)}\t{_date(a.created)}\t"
            f"{a.sft_examples} liked, {a.pairs} pairs\t{a.path}{missing}"
        )
    return 0


def _find(name: str) -> AdapterInfo | None:
    try:
        return find_adapter(name, load_settings())
    except TuneError as error:
        say(str(error))
        return None


def _margin_line(report: dict[str, Any]) -> str:
    before, after = float(report.get("mean_before", 0)), float(report.get("mean_after", 0))
    held = report.get("held_out", len(report.get("margins", [])))
    return (
        f"Held-out pairs ({held}): log p(liked) − log p(disliked) {before:+.2f} before → {after:+.2f} after"
        f" ({report.get('improved', 0)} improved)"
    )


def _report(args: argparse.Namespace) -> int:
    info = _find(args.adapter)
    if info is None:
        return 1
    report = info.report
    if args.json:
        print(json.dumps({"name": info.name, "path": info.path, "base": info.base_path, "report": report}))
        return 0
    base = one_line(info.base_name or Path(info.base_path).name)
    print(f"{one_line(info.name)} — on {base}, made {_date(info.created)}")
    span = f"{_date(info.data_from)} to {_date(info.data_to)}"
    print(f"Learnt from {info.sft_examples} liked replies and {info.pairs} pairs ({span})")
    if not report.get("margins"):
        print("No held-out pairs were measured: rate two replies to one message (one up, one down) to have some.")
    else:
        print(_margin_line(report))
        for row in report["margins"]:
            before, after = float(row.get("before", 0)), float(row.get("after", 0))
            print(f"  {before:+8.2f} → {after:+8.2f}  {one_line(str(row.get('prompt', '')), 70)}")
    if report.get("samples") and report.get("samples_held_out") is False:
        print("\n(No pair was kept aside: these prompts were trained on.)")
    for sample in report.get("samples", []):
        print(f"\nPrompt: {one_line(str(sample.get('prompt', '')), 200)}")
        print(f"  base:    {one_line(str(sample.get('base', '')), 300)}")
        print(f"  adapter: {one_line(str(sample.get('adapter', '')), 300)}")
    train = report.get("train", {})
    if train:
        steps = f"{train.get('sft_steps', 0)} SFT + {train.get('dpo_steps', 0)} DPO steps"
        print(f"\nTraining: {steps} in {float(train.get('seconds', 0)):.0f} s")
    return 0


def _rm(args: argparse.Namespace) -> int:
    info = _find(args.adapter)
    if info is None:
        return 1
    try:
        remove_adapter(info)
    except OSError as error:
        say(f"cannot remove {info.path}: {error.strerror or error}")
        return 1
    print(f"Removed '{one_line(info.name)}'", file=sys.stderr)
    return 0
