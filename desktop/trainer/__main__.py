"""`python -m desktop.trainer PLAN.json [--resume]`: the training process the app starts.

Exit codes: 0 after the "done" event, 1 after an "error" event (one line for the user; the traceback, if
any, goes to stderr, the run's log), 3 when SIGTERM (or Ctrl-C) stopped it at a step boundary with its
checkpoint saved.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
import traceback
from pathlib import Path

from desktop.trainer.model import quiet_libraries

DONE, FAILED, CANCELLED = 0, 1, 3
# The app asks for a stop with this file in the run's folder too: on Windows there is no SIGTERM to catch
# (terminate() is a kill), and the file works on every system.
CANCEL_FILE = "cancel.request"


def _watch_cancel_file(path: Path, cancel: threading.Event) -> None:
    path.unlink(missing_ok=True)  # a request left from an earlier attempt is not this one's

    def watch() -> None:
        while not cancel.wait(0.5):
            if path.exists():
                cancel.set()

    threading.Thread(target=watch, name="cancel-file", daemon=True).start()


def _arguments(argv: list[str] | None) -> argparse.Namespace | str:
    parser = argparse.ArgumentParser(prog="python -m desktop.trainer", description="Train a LoRA adapter on a plan.")
    parser.add_argument("plan", help="the plan.json the app wrote")
    parser.add_argument("--resume", action="store_true", help="go on from the run's checkpoint")
    try:
        return parser.parse_args(argv)
    except SystemExit as stop:  # argparse has printed its usage to stderr
        return "the trainer was started with wrong arguments" if stop.code else ""


def main(argv: list[str] | None = None) -> int:
    from desktop.trainer.events import Events, take_stdout

    cancel = threading.Event()
    events = Events(take_stdout(), on_lost=cancel.set)
    arguments = _arguments(argv)
    if isinstance(arguments, str):
        if arguments:
            events.error(arguments)
        return FAILED if arguments else DONE
    # SIGPIPE is Python's to report (as an error on write), not to end the process with.
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_IGN)
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: cancel.set())
    _watch_cancel_file(Path(arguments.plan).parent / CANCEL_FILE, cancel)
    quiet_libraries()
    from desktop.core.runtime.types import EngineError
    from desktop.trainer.errors import Cancelled, TrainError
    from desktop.trainer.plan import load_plan
    from desktop.trainer.run import run

    try:
        run(load_plan(arguments.plan), events, cancel, resume=arguments.resume)
    except Cancelled:
        events.log("stopped: the checkpoint is saved, the run can be resumed")
        return CANCELLED
    except (TrainError, EngineError) as error:
        events.error(str(error))
        return FAILED
    except MemoryError:
        events.error("there is not enough memory to train this model")
        return FAILED
    except OSError as error:  # a full disk, a folder removed under the run
        traceback.print_exc(file=sys.stderr)
        where = f" ({error.filename})" if error.filename else ""
        events.error(f"a file of the run could not be read or written: {error.strerror or error}{where}")
        return FAILED
    except Exception as error:  # anything else is a bug: one line for the user, the traceback in the log
        traceback.print_exc(file=sys.stderr)
        events.error(f"training failed ({type(error).__name__}: {error})")
        return FAILED
    return DONE


if __name__ == "__main__":
    raise SystemExit(main())
