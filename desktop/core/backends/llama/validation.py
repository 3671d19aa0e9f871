"""Open a model file in a short-lived child process before the app's own process touches it.

A GGUF file from a stranger can make llama.cpp abort the whole process (an uncaught C++
exception at the first tokenization, say) or hang. The child loads the model, tokenizes,
decodes and renders the chat template; a crash, hang or error there becomes a one-line
message naming the file, and the app itself stays up. The verdict is remembered per file
(path, size, modification time), so each file is checked once. A model to be loaded as an
embedding model is checked as one (loaded with embedding=True, texts embedded), with a verdict
of its own. A vision model's projector is opened in a child too, once the model has passed: the
child loads the model, opens the projector on it and reads a sample image (ensure_projector_safe);
a projector it refuses leaves the model a text model.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from desktop.core import paths
from desktop.core.atomic import atomic_write_text
from desktop.core.backends.llama.validation_child import EMBEDDING_ENV, PARENT_PIPE_ENV, PROJECTOR_ENV
from desktop.core.library import gguf_header
from desktop.core.runtime.types import ModelLoadError

log = logging.getLogger(__name__)

BASE_TIMEOUT_S = 60.0
TIMEOUT_ENV = "HEARTH_VALIDATION_TIMEOUT_S"  # tests: a shorter wait for a child that hangs
BYTES_PER_SECOND = 200e6  # time allowed to page in a large model from a slow disk


@dataclass
class Verdict:
    ok: bool
    message: str = ""  # why not (one line, without the path)
    template_refusal: str = ""  # the model is fine but its template is not
    # A verdict that may differ next time (a timeout on a busy machine, a child killed from outside,
    # by the out-of-memory killer say) is not remembered: the file is checked again when next used.
    transient: bool = False
    reported: bool = False  # the child said it (rather than died or hung): not remembered either


def base_timeout() -> float:
    try:
        return float(os.environ.get(TIMEOUT_ENV, "")) or BASE_TIMEOUT_S
    except ValueError:
        return BASE_TIMEOUT_S


def _verdict_path() -> Path:
    return paths.data_dir() / "validated.json"


def _file_key(path: Path, adapter: str = "", embedding: bool = False) -> str:
    stat = path.stat()
    key = f"{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}"
    key = f"{key}+{_file_key(Path(adapter))}" if adapter else key
    return f"{key}|embedding" if embedding else key


def _load_verdicts() -> dict[str, dict]:
    try:
        data = json.loads(_verdict_path().read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


_lock = threading.Lock()


def remembered(path: Path, adapter: str = "", embedding: bool = False) -> Verdict | None:
    try:
        raw = _load_verdicts().get(_file_key(path, adapter, embedding))
    except OSError:
        return None
    if not isinstance(raw, dict):
        return None
    return Verdict(bool(raw.get("ok")), str(raw.get("message", "")), str(raw.get("template_refusal", "")))


def remember(path: Path, verdict: Verdict, adapter: str = "", embedding: bool = False) -> None:
    with _lock:
        verdicts = _load_verdicts()
        kept = {k: v for k, v in asdict(verdict).items() if k not in ("transient", "reported")}
        verdicts[_file_key(path, adapter, embedding)] = kept
        try:
            atomic_write_text(_verdict_path(), json.dumps(verdicts, indent=1))
        except OSError as error:
            log.warning("could not remember the verdict for %s: %s", path, error)


def child_command(path: Path, adapter: str = "") -> list[str]:
    # Absolute paths: a file named "-x.gguf" must not read as an option to the child.
    arguments = ["--validate-model", os.path.abspath(path)]
    if adapter:
        arguments += ["--adapter", os.path.abspath(adapter)]
    if getattr(sys, "frozen", False):
        return [sys.executable, *arguments]
    return [sys.executable, "-m", "desktop", *arguments]


def _signal_name(code: int) -> str:
    try:
        return signal.Signals(-code).name
    except ValueError:
        return f"signal {-code}"


def run_child(
    path: Path,
    timeout_s: float,
    cancel: threading.Event | None = None,
    adapter: str = "",
    embedding: bool = False,
    projector: str = "",
) -> Verdict:
    # GGML_NO_BACKTRACE: when llama.cpp aborts, it would otherwise attach gdb to print a backtrace
    # nobody reads (half a second, and a debugger attached to a process of ours).
    env = dict(os.environ, HEARTH_LOG="ERROR", PYTHONFAULTHANDLER="0", GGML_NO_BACKTRACE="1")
    env[PARENT_PIPE_ENV] = "1"
    env.pop(EMBEDDING_ENV, None)
    env.pop(PROJECTOR_ENV, None)
    if embedding:
        env[EMBEDDING_ENV] = "1"  # an environment variable: the command line is the same for both
    if projector:
        env[PROJECTOR_ENV] = os.path.abspath(projector)
    # The child's stdin is a pipe that only this process holds: if this process dies (killed, say),
    # the child reads end-of-file and exits instead of running on alone (see validation_child.py).
    process = subprocess.Popen(
        child_command(path, adapter),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
    )
    deadline = time.monotonic() + timeout_s
    while process.poll() is None:
        if cancel is not None and cancel.is_set():
            process.kill()
            process.wait()
            raise ModelLoadError(path, "checking the file was cancelled")
        if time.monotonic() > deadline:
            process.kill()
            output = process.communicate()[0]
            phase = _last_phase(output)
            if phase == "template" and not projector:
                return Verdict(True, template_refusal="rendering it did not finish in time")
            message = f"opening it did not finish within {timeout_s:.0f} s ({phase or 'loading'})"
            return Verdict(False, message, transient=True)
        time.sleep(0.02)
    output = process.communicate()[0]
    report = _last_report(output)
    if report is not None:
        ok, message = bool(report.get("ok")), str(report.get("message", ""))
        return Verdict(ok, message, str(report.get("template_refusal", "")), reported=True)
    code = process.returncode
    phase = _last_phase(output) or "loading"
    if code == -getattr(signal, "SIGKILL", 9):  # nothing in the file sends SIGKILL: the system or a user did
        return Verdict(False, f"the model loader was killed while {phase}; try again", transient=True)
    if code < 0:
        return Verdict(False, f"it crashed the model loader ({_signal_name(code)} while {phase})")
    return Verdict(False, f"it made the model loader fail (exit code {code} while {phase})")


def json_lines(output: str) -> list[dict]:
    """The JSON objects among the lines of `output` (anything else, a stray log line say, is skipped)."""
    found = []
    for line in output.splitlines():
        try:
            value = json.loads(line)
        except ValueError:
            continue
        if isinstance(value, dict):
            found.append(value)
    return found


def _last_phase(output: str) -> str:
    phases = [line["phase"] for line in json_lines(output) if "phase" in line]
    return str(phases[-1]) if phases else ""


def _last_report(output: str) -> dict | None:
    reports = [line for line in json_lines(output) if "ok" in line]
    return reports[-1] if reports else None


def ensure_safe(
    path: Path | str, cancel: threading.Event | None = None, adapter: str = "", embedding: bool = False
) -> Verdict:
    """Return the file's verdict (checking it in a child the first time); raise if it is unusable.
    With `adapter`, the verdict is the model's with that LoRA adapter applied; with `embedding`,
    the model's loaded as an embedding model."""
    path = Path(path).expanduser()
    try:
        gguf_header.check_model_file(path)
    except gguf_header.GgufError as error:
        raise ModelLoadError(path, str(error)) from None
    verdict = remembered(path, adapter, embedding)
    if verdict is None:
        try:
            gguf_header.read_header(path)
        except gguf_header.GgufError as error:
            verdict = Verdict(False, str(error))
        else:
            timeout = base_timeout() + path.stat().st_size / BYTES_PER_SECOND
            verdict = run_child(path, timeout, cancel, adapter, embedding=embedding)
        if not verdict.transient:
            remember(path, verdict, adapter, embedding)
    if not verdict.ok:
        raise ModelLoadError(path, verdict.message or "it cannot be used")
    return verdict


def _projector_key(model: Path, projector: Path) -> str:
    return f"{_file_key(model)}|projector={_file_key(projector)}"


def ensure_projector_safe(model: Path | str, projector: Path | str, cancel: threading.Event | None = None) -> Verdict:
    """The verdict on a vision model's projector (checked in a child, on the model, the first time):
    never raises for a projector that cannot be used (the model is usable without it), only when
    the check is cancelled. Its message follows "its projector NAME" (vision.projector_note)."""
    model, projector = Path(model).expanduser(), Path(projector).expanduser()
    try:
        gguf_header.read_header(projector)
    except gguf_header.GgufError as error:
        return Verdict(False, f"was refused ({error})")
    key = _projector_key(model, projector)
    raw = _load_verdicts().get(key)
    if isinstance(raw, dict):
        return Verdict(bool(raw.get("ok")), str(raw.get("message", "")))
    size = model.stat().st_size + projector.stat().st_size
    verdict = run_child(model, base_timeout() + size / BYTES_PER_SECOND, cancel, projector=str(projector))
    if not verdict.ok and not verdict.reported:  # it crashed or hung the child: said as the loader's verdict
        verdict = Verdict(False, f"was refused ({verdict.message})", transient=verdict.transient)
    if not verdict.transient:
        with _lock:
            verdicts = _load_verdicts()
            verdicts[key] = {"ok": verdict.ok, "message": verdict.message}
            try:
                atomic_write_text(_verdict_path(), json.dumps(verdicts, indent=1))
            except OSError as error:
                log.warning("could not remember the verdict for %s: %s", projector, error)
    return verdict
