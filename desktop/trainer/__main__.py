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

from desktop.trainer.model import quiet_libraries

DONE, FAILED, CANCELLED = 0, 1, 3


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

    events = Events(take_stdout())
    arguments = _arguments(argv)
    if isinstance(arguments, str):
        if arguments:
            events.error(arguments)
        return FAILED if arguments else DONE
    cancel = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: cancel.set())
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
