"""Training runs as processes: events, the adapter into the library only when done, Cancel with a checkpoint,
a run killed half-way offered for resuming, failures in one line. The child is a stand-in speaking the
trainer's protocol (tests/helpers/fake_trainer.py); the real trainer is tested in tests/trainer/."""

from __future__ import annotations

import os
import signal
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from desktop.core.settings import Settings
from desktop.core.tune import adapters
from desktop.core.tune.data import TrainingSet
from desktop.core.tune.plan import TuneSettings
from desktop.core.tune.prepare import prepare_run
from desktop.core.tune.runs import TuneRun, discard, unfinished_runs

FAKE = [sys.executable, str(Path(__file__).parents[2] / "helpers" / "fake_trainer.py")]
PAIR = {
    "prompt": [{"role": "user", "content": "Hi"}],
    "chosen": [{"role": "assistant", "content": "Ahoy!"}],
    "rejected": [{"role": "assistant", "content": "Hello."}],
}


class Events:
    def __init__(self) -> None:
        self.seen: list[dict[str, Any]] = []
        self.first_step = threading.Event()

    def __call__(self, event: dict[str, Any]) -> None:
        self.seen.append(event)
        if event["event"] == "step":
            self.first_step.set()

    def kinds(self) -> list[str]:
        return [e["event"] for e in self.seen]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(models_dir=str(tmp_path / "models"))


@pytest.fixture
def state(starter_model: Path):
    training = TrainingSet(sft=[{"messages": [*PAIR["prompt"], *PAIR["chosen"]]}] * 3, pairs=[PAIR] * 3)
    return prepare_run(starter_model, training, TuneSettings(), "Mine")


def test_a_finished_run_puts_its_adapter_in_the_library_and_its_folder_goes(
    state, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FAKE_TRAINER_MODE", "ok")
    events = Events()
    run = TuneRun(state, settings, events, trainer=FAKE)
    run.start()
    assert run.wait(60)
    assert events.kinds() == ["stage", "stage", "step", "step", "stage", "done", "finished"]
    finished = events.seen[-1]
    assert finished["status"] == "done"
    listed = adapters.list_adapters(settings)
    assert [a.name for a in listed] == ["Mine"] and run.adapter == listed[0]
    assert listed[0].base_sha256 == state.base_sha256 and listed[0].report["mean_after"] == 4.0
    assert (listed[0].sft_examples, listed[0].pairs) == (3, 3)
    assert Path(listed[0].path).read_bytes() == b"GGUF fake adapter"
    assert not state.run_dir.exists()
    log = "not a JSON line"  # what the child printed that was not an event went to the run's log, not lost
    assert not unfinished_runs() and log not in str(events.seen)


def test_cancel_keeps_a_checkpoint_and_resume_finishes(
    state, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FAKE_TRAINER_MODE", "wait")
    events = Events()
    run = TuneRun(state, settings, events, trainer=FAKE)
    run.start()
    assert events.first_step.wait(60)
    run.cancel()
    assert run.wait(60)
    assert events.seen[-1] == {"event": "finished", "status": "cancelled", "resumable": True}
    assert adapters.list_adapters(settings) == []
    [waiting] = unfinished_runs()
    assert waiting.run_dir == state.run_dir and waiting.status == "cancelled" and waiting.has_checkpoint
    assert "noise on stderr" in waiting.log_path.read_text()
    monkeypatch.setenv("FAKE_TRAINER_MODE", "ok")
    again = Events()
    resumed = TuneRun(waiting, settings, again, trainer=FAKE)
    resumed.start(resume=True)
    assert resumed.wait(60)
    assert again.seen[-1]["status"] == "done" and {"event": "log", "text": "resumed from step 1"} in again.seen
    assert [a.name for a in adapters.list_adapters(settings)] == ["Mine"]


def test_a_run_killed_half_way_leaves_nothing_in_the_library_and_is_offered_again(
    state, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FAKE_TRAINER_MODE", "wait")
    events = Events()
    run = TuneRun(state, settings, events, trainer=FAKE)
    run.start()
    assert events.first_step.wait(60)
    assert unfinished_runs() == []  # running: not offered while its process lives
    os.kill(state.pid, signal.SIGKILL)
    assert run.wait(60)
    assert events.seen[-1]["status"] == "failed" and "killed (SIGKILL)" in events.seen[-1]["message"]
    assert adapters.list_adapters(settings) == []
    [waiting] = unfinished_runs()
    assert waiting.status == "failed"
    discard(waiting)
    assert unfinished_runs() == [] and not state.run_dir.exists()


@pytest.mark.parametrize(("mode", "message"), [("fail", "the model could not be read"), ("crash", "exit code 7")])
def test_a_failed_run_says_why_in_one_line(
    state, settings: Settings, monkeypatch: pytest.MonkeyPatch, mode: str, message: str
) -> None:
    monkeypatch.setenv("FAKE_TRAINER_MODE", mode)
    events = Events()
    run = TuneRun(state, settings, events, trainer=FAKE)
    run.start()
    assert run.wait(60)
    finished = events.seen[-1]
    assert finished["status"] == "failed" and message in finished["message"] and "\n" not in finished["message"]
    assert adapters.list_adapters(settings) == []


def test_an_adapter_file_left_by_a_crash_while_installing_is_not_listed_and_is_cleaned(settings: Settings) -> None:
    folder = adapters.adapters_dir(settings)
    folder.mkdir(parents=True)
    (folder / "half.gguf").write_bytes(b"GGUF")
    assert adapters.list_adapters(settings) == []
    assert adapters.remove_orphans(settings) == 1 and not (folder / "half.gguf").exists()
