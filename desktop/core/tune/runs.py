"""Training runs: each in its own folder (`<data>/tune/runs/<id>/`) and its own process (`python -m desktop.trainer`).

The app never imports PyTorch: the child does the training, writes checkpoints and the exported adapter
into the run's folder, and tells its progress as JSON lines. Only a finished run's adapter enters the
library (adapters.install_adapter), so a run killed half-way (kill -9, power loss) leaves nothing half-made
there: its folder stays, with its last checkpoint, and the next start offers to resume it or clean it up."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import psutil

from desktop.core import paths
from desktop.core.atomic import atomic_write_text
from desktop.core.settings import Settings
from desktop.core.text import one_line
from desktop.core.tune.adapters import AdapterInfo, install_adapter
from desktop.core.tune.errors import TuneError

log = logging.getLogger(__name__)

CANCELLED_EXIT = 3  # the child's code for a run stopped on request, its checkpoint saved
# A step in progress is finished and checkpointed before the child exits: it is given this long, or three
# times its slowest step so far (a DPO step of a big model on a CPU can take minutes), before it is killed.
CANCEL_GRACE_S = 30.0
CANCEL_FILE = "cancel.request"  # the child's other way to hear Cancel (desktop/trainer/__main__.py)
LOG_LIMIT = 2 << 20
TRAINER_MODULES = ("torch", "transformers", "peft", "safetensors", "gguf")


def trainer_missing() -> str:
    """Why this installation cannot train ("" when it can): the training extra is optional."""
    if paths.is_frozen():
        return (
            "Training needs Hearth installed with Python and its train extra (pip install 'hearth[train]'): "
            "the packaged app does not carry PyTorch"
        )
    import importlib.util

    missing = [name for name in TRAINER_MODULES if importlib.util.find_spec(name) is None]
    if missing:
        return f"Training needs the train extra (missing {', '.join(missing)}): pip install -e '.[train]'"
    return ""


def runs_dir() -> Path:
    return paths.data_dir() / "tune" / "runs"


@dataclass
class RunState:
    """What run.json says of a run, and where its folder is."""

    run_dir: Path
    status: str = "new"  # new, running, cancelled, failed, exported, installed
    name: str = ""
    base_path: str = ""
    base_sha256: str = ""
    base_name: str = ""
    started: float = 0.0
    pid: int = 0
    sft_examples: int = 0
    pairs: int = 0
    held_out: int = 0
    data_from: float = 0.0
    data_to: float = 0.0
    settings: dict[str, Any] = field(default_factory=dict)
    stage: str = ""
    step: int = 0
    steps: int = 0
    error: str = ""

    @property
    def plan_path(self) -> Path:
        return self.run_dir / "plan.json"

    @property
    def log_path(self) -> Path:
        return self.run_dir / "log.txt"

    @property
    def has_checkpoint(self) -> bool:
        """A checkpoint to resume from: in place, or set aside by a save that died between its two renames
        (the trainer puts that one back: desktop/trainer/checkpoint.py)."""
        if (self.run_dir / "checkpoint").is_dir():
            return True
        with contextlib.suppress(OSError):
            return any((aside / "state.json").is_file() for aside in self.run_dir.glob(".checkpoint-old-*"))
        return False

    @property
    def exported(self) -> bool:
        return (self.run_dir / "adapter.gguf").is_file() and (self.run_dir / "report.json").is_file()

    def save(self) -> None:
        data = {k: v for k, v in self.__dict__.items() if k != "run_dir"}
        atomic_write_text(self.run_dir / "run.json", json.dumps(data, indent=2, ensure_ascii=False))

    @classmethod
    def load(cls, run_dir: Path) -> RunState | None:
        try:
            raw = json.loads((run_dir / "run.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(raw, dict):
            return None
        state = cls(run_dir)
        for key, default in state.__dict__.items():
            value = raw.get(key)
            if key != "run_dir" and isinstance(value, type(default)) and not isinstance(value, bool):
                setattr(state, key, value)
            elif key != "run_dir" and isinstance(default, float) and isinstance(value, int):
                setattr(state, key, float(value))
        return state

    def alive(self) -> bool:
        """Its training process runs now (a pid reused by another program is not it)."""
        if not self.pid:
            return False
        try:
            process = psutil.Process(self.pid)
            return process.is_running() and str(self.plan_path) in process.cmdline()
        except (psutil.Error, OSError):
            return False


def new_run_dir() -> Path:
    return runs_dir() / f"{time.strftime('%Y%m%d-%H%M%S')}-{uuid.uuid4().hex[:6]}"


def unfinished_runs() -> list[RunState]:
    """Runs that ended without their adapter in the library (cancelled, failed, killed) and whose process
    is gone: each can be resumed from its checkpoint (if it has one) or cleaned up."""
    found = []
    with contextlib.suppress(OSError):
        for entry in sorted(runs_dir().iterdir()):
            state = RunState.load(entry) if entry.is_dir() else None
            if state is None:
                if entry.is_dir() and not (entry / "plan.json").exists():
                    shutil.rmtree(entry, ignore_errors=True)  # a run that never got its plan written
                continue
            if state.status != "installed" and not state.alive():
                found.append(state)
    return found


def discard(state: RunState) -> None:
    shutil.rmtree(state.run_dir, ignore_errors=True)


def finish_install(state: RunState, settings: Settings) -> AdapterInfo:
    """A run whose adapter was exported: into the library with its report; the run's folder goes."""
    try:
        report = json.loads((state.run_dir / "report.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        report = {}
    info = AdapterInfo(
        name=state.name,
        path="",
        base_path=state.base_path,
        base_sha256=state.base_sha256,
        base_name=state.base_name,
        created=time.time(),
        sft_examples=state.sft_examples,
        pairs=state.pairs,
        held_out=state.held_out,
        data_from=state.data_from,
        data_to=state.data_to,
        settings=state.settings,
        report=report if isinstance(report, dict) else {},
    )
    try:
        installed = install_adapter(state.run_dir / "adapter.gguf", info, settings)
    except OSError as error:
        raise TuneError(f"cannot put the adapter in the library: {error.strerror or error}") from None
    state.status = "installed"
    with contextlib.suppress(OSError):
        state.save()
    discard(state)
    return installed


EventHandler = Callable[[dict[str, Any]], None]


class TuneRun:
    """One training process, watched on a thread of its own. Every event the child prints reaches
    `on_event` (on that thread); the last is {"event": "finished", "status": ..., ...}."""

    def __init__(
        self, state: RunState, settings: Settings, on_event: EventHandler, trainer: list[str] | None = None
    ) -> None:
        """`trainer`: the command that trains, before the plan's path (tests give a stand-in)."""
        self.state = state
        self._trainer = trainer or [sys.executable, "-m", "desktop.trainer"]
        self._settings = settings
        self._on_event = on_event
        self._process: subprocess.Popen[str] | None = None
        self._cancel = threading.Event()
        self._finished = threading.Event()
        self.adapter: AdapterInfo | None = None
        self._last_error = ""
        self._step_at = 0.0
        self._slowest_step = 0.0

    @property
    def finished(self) -> threading.Event:
        return self._finished

    def start(self, resume: bool = False) -> None:
        missing = trainer_missing() if self._trainer[1:3] == ["-m", "desktop.trainer"] else ""
        if missing:
            raise TuneError(missing)
        command = [*self._trainer, str(self.state.plan_path)]
        if resume:
            command.append("--resume")
        env = {
            **os.environ,
            "PYTHONUNBUFFERED": "1",
            # Nothing leaves the machine: the base is a local file and nothing is fetched for it.
            "HF_HUB_OFFLINE": "1",
            "TRANSFORMERS_OFFLINE": "1",
            "HF_HUB_DISABLE_TELEMETRY": "1",
            "TOKENIZERS_PARALLELISM": "false",
        }
        try:
            (self.state.run_dir / CANCEL_FILE).unlink(missing_ok=True)
            log = self.state.log_path.open("a", encoding="utf-8", errors="replace")
        except OSError as error:
            raise TuneError(f"cannot use the run's folder {self.state.run_dir}: {error.strerror or error}") from None
        try:
            self._process = subprocess.Popen(
                command,
                stdout=subprocess.PIPE,
                stderr=log,
                stdin=subprocess.DEVNULL,
                text=True,
                encoding="utf-8",
                errors="replace",
                env=env,
                cwd=str(self.state.run_dir),
                start_new_session=os.name == "posix",  # Ctrl+C in a terminal reaches Hearth, which cancels
            )
        except OSError as error:
            log.close()
            raise TuneError(f"cannot start the training process: {error.strerror or error}") from None
        log.close()
        self.state.status, self.state.pid, self.state.error = "running", self._process.pid, ""
        try:
            self.state.save()
        except OSError as error:
            self._process.kill()
            self._process.wait()
            raise TuneError(f"cannot write the run's state: {error.strerror or error}") from None
        threading.Thread(target=self._watch, name="tune-run", daemon=True).start()

    def cancel(self) -> None:
        """Stop at the next step, with a checkpoint to resume from; killed if it does not end in time."""
        process = self._process
        if process is None or self._cancel.is_set():
            return
        self._cancel.set()
        with contextlib.suppress(OSError):
            (self.state.run_dir / CANCEL_FILE).touch()
        if os.name == "posix":
            with contextlib.suppress(OSError):
                process.send_signal(signal.SIGTERM)
        grace = max(CANCEL_GRACE_S, 3 * self._slowest_step)

        def _kill_late() -> None:
            if not self._finished.wait(grace):
                with contextlib.suppress(OSError):
                    process.kill()

        threading.Thread(target=_kill_late, name="tune-cancel", daemon=True).start()

    def wait(self, timeout: float | None = None) -> bool:
        return self._finished.wait(timeout)

    def _watch(self) -> None:
        process = self._process
        assert process is not None and process.stdout is not None
        try:
            self._read_events(process.stdout)
        finally:  # whatever happened here, the run ends: its state saved, `finished` set, the listener told
            with contextlib.suppress(OSError, ValueError):
                process.stdout.close()
            self._finish(process.wait())

    def _tell(self, event: dict[str, Any]) -> None:
        """The listener's trouble (a closed terminal, a full disk) must not stop the run being watched."""
        try:
            self._on_event(event)
        except Exception:
            log.exception("a training event could not be delivered")

    def _read_events(self, stdout: IO[str]) -> None:
        for line in stdout:
            line = line.strip()
            if not line:
                continue
            try:
                event = json.loads(line)
            except ValueError:
                event = None
            if not isinstance(event, dict) or not isinstance(event.get("event"), str):
                self._log(line)
                continue
            self._note(event)
            self._tell(event)

    def _note(self, event: dict[str, Any]) -> None:
        kind = event["event"]
        if kind == "step":
            now = time.monotonic()
            if self._step_at:
                self._slowest_step = max(self._slowest_step, now - self._step_at)
            self._step_at = now
        elif kind == "stage":
            self._step_at = time.monotonic()
        if kind in ("stage", "step"):
            self.state.stage = str(event.get("stage", self.state.stage))
            self.state.step = int(event.get("step", 0)) if kind == "step" else 0
            self.state.steps = int(event.get("steps", self.state.steps) or 0)
        elif kind == "error":
            self._last_error = one_line(str(event.get("message", "")), 300)
        elif kind == "log":
            self._log(str(event.get("text", "")))

    def _log(self, text: str) -> None:
        with contextlib.suppress(OSError):
            path = self.state.log_path
            if path.exists() and path.stat().st_size > LOG_LIMIT:
                return
            with path.open("a", encoding="utf-8", errors="replace") as log:
                log.write(text.rstrip() + "\n")

    def _finish(self, code: int) -> None:
        state = self.state
        state.pid = 0
        result: dict[str, Any] = {"event": "finished"}
        if code == 0 and state.exported:
            state.status = "exported"
            with contextlib.suppress(OSError):
                state.save()
            try:
                self.adapter = finish_install(state, self._settings)
                result.update(status="done", adapter=self.adapter.to_dict())
            except TuneError as error:
                state.status, state.error = "failed", str(error)
                result.update(status="failed", message=str(error))
        elif code == CANCELLED_EXIT or (self._cancel.is_set() and code != 0):
            state.status = "cancelled"
            result.update(status="cancelled", resumable=state.has_checkpoint)
        else:
            state.status = "failed"
            state.error = self._last_error or _exit_cause(code)
            result.update(status="failed", message=state.error, resumable=state.has_checkpoint)
        if state.status != "installed":
            with contextlib.suppress(OSError):
                state.save()
        self._finished.set()
        self._tell(result)


def _exit_cause(code: int) -> str:
    if code < 0:
        name = signal.Signals(-code).name if -code in signal.Signals.__members__.values() else str(-code)
        return f"the training process was killed ({name}); the last checkpoint is kept"
    if code == 0:
        return "the training process ended without its adapter"
    return f"the training process failed (exit code {code}); see its log"
