"""Kill the downloading process part-way, start again, and get the same file through a Range request."""

from __future__ import annotations

import json
import os
import queue
import re
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from desktop.core.hub.downloads import DownloadManager
from desktop.core.hub.jobs import PARTIAL_DIR, State
from tests.helpers.stub_hub import REPO, StubHub, payload

ROOT = Path(__file__).resolve().parents[3]
WAIT = 60
FILE = "Slow-Q4_K_M.gguf"


def _lines(stream) -> queue.Queue:
    lines: queue.Queue = queue.Queue()

    def pump() -> None:
        for line in stream:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    return lines


def _kill_when(process: subprocess.Popen, stream, seen: Callable[[str], bool]) -> None:
    """SIGKILL the child once one of its output lines says enough bytes are on disk."""
    lines = _lines(stream)
    while True:
        line = lines.get(timeout=WAIT)  # raises queue.Empty (failing the test) if the child goes quiet
        assert line is not None, "the download ended before it could be killed"
        if seen(line):
            break
    process.kill()
    process.wait(WAIT)


def _partial(models_dir: Path) -> Path:
    [partial] = (models_dir / PARTIAL_DIR).rglob("*.part")
    return partial


def test_a_killed_pull_continues_where_it_stopped(stub_hub: StubHub, data_dir: Path) -> None:
    data = payload(3_000_000, 7)
    stub_hub.add_repo(REPO, {FILE: data})
    stub_hub.bytes_per_second = 1_500_000
    pull = [sys.executable, "-m", "desktop.cli.models_hub", "pull", REPO, "Q4_K_M"]
    child = subprocess.Popen(pull, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    # Off a terminal the progress bar prints a line per tenth: wait for 30 % or more.
    _kill_when(child, child.stderr, lambda line: bool(re.search(r"\b([3-9]\d)\.\d%", line)))
    child.stdout.close()
    child.stderr.close()
    assert child.returncode != 0

    models_dir = data_dir / "models"
    target = models_dir / REPO / FILE
    kept = _partial(models_dir).stat().st_size
    assert 0 < kept < len(data)
    assert not target.exists()

    stub_hub.bytes_per_second = None
    again = subprocess.run(pull, cwd=ROOT, capture_output=True, text=True, timeout=WAIT)
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip() == str(target)
    assert target.read_bytes() == data
    assert stub_hub.ranges(FILE)[-1] == f"bytes={kept}-"
    assert not (models_dir / PARTIAL_DIR).exists()


CHILD = """
import sys
from pathlib import Path
from desktop.core.hub.client import HubClient
from desktop.core.hub.downloads import DownloadManager

models_dir, state = Path(sys.argv[1]), Path(sys.argv[2])
listing = HubClient().repo_files(sys.argv[3])
manager = DownloadManager(models_dir, state_path=state)
manager.subscribe(lambda s: print(s.state, s.bytes_done, flush=True))
manager.add(listing.repo_id, listing.models[0], listing.revision)
manager.wait(manager.downloads()[0].id)
"""


def test_the_app_queue_resumes_a_download_cut_off_by_a_crash(stub_hub: StubHub, data_dir: Path) -> None:
    data = payload(3_000_000, 8)
    stub_hub.add_repo(REPO, {FILE: data})
    stub_hub.bytes_per_second = 1_500_000
    models_dir, state = data_dir / "models", data_dir / "downloads.json"
    command = [sys.executable, "-c", CHILD, str(models_dir), str(state), REPO]
    child = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True, env={**os.environ})
    _kill_when(child, child.stdout, lambda line: line.startswith("downloading") and int(line.split()[1]) > 600_000)
    child.stdout.close()

    saved = json.loads(state.read_text())["downloads"]
    assert [d["state"] for d in saved] == ["downloading"]  # as the crash left it
    kept = _partial(models_dir).stat().st_size
    assert kept > 600_000

    stub_hub.bytes_per_second = None
    manager = DownloadManager(models_dir, state_path=state)
    try:
        [restored] = manager.restore()
        done = manager.wait(restored.id, lambda s: s.state == State.DONE, timeout=WAIT)
    finally:
        manager.close()
    assert done.path == models_dir / REPO / FILE
    assert done.path.read_bytes() == data
    assert stub_hub.ranges(FILE)[-1] == f"bytes={kept}-"
