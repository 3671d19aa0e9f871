"""`hearth serve` stops cleanly on Ctrl+C and on a service manager's SIGTERM, even when it was started
from a script's background job (which starts it with SIGINT ignored: Python then never raises
KeyboardInterrupt, and the server could only be killed)."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def started(model: Path, data_dir: Path, ignore_sigint: bool) -> tuple[subprocess.Popen[str], str]:
    env = {**os.environ, "HEARTH_DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "desktop", "serve", "--model", str(model), "--port", "0"]

    def as_a_background_job() -> None:
        signal.signal(signal.SIGINT, signal.SIG_IGN)

    process = subprocess.Popen(
        command, env=env, stderr=subprocess.PIPE, text=True, preexec_fn=as_a_background_job if ignore_sigint else None
    )
    assert process.stderr is not None
    line = process.stderr.readline()
    assert re.search(r"at http://\S+/v1", line), f"hearth serve did not start: {line}"
    return process, line


@pytest.mark.e2e
@pytest.mark.parametrize(("how", "ignore_sigint"), [("SIGINT", True), ("SIGINT", False), ("SIGTERM", False)])
def test_the_server_stops_cleanly_on_a_signal(
    how: str, ignore_sigint: bool, starter_model: Path, tmp_path: Path
) -> None:
    process, _ = started(starter_model, tmp_path / "data", ignore_sigint)
    try:
        process.send_signal(getattr(signal, how))
        code = process.wait(60)  # a generous wait for a slow machine: the figure is not what is tested
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert code == 0
