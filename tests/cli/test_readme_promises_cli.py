"""README promises of the command line: `hearth chat --system`, Ctrl+C during `hearth models pull` (it stops,
says so, and the same command continues), and the install line's starter step (`python -m …starter`, run as
the README writes it) placing the starter model in the models folder without reaching the network."""

from __future__ import annotations

import hashlib
import json
import os
import queue
import re
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from desktop.cli.main import main
from desktop.core.messages import ChatMessage
from desktop.core.store import ConversationStore
from tests.helpers import network_guard
from tests.helpers.scripted_backend import ScriptedBackend, backends_for
from tests.helpers.stub_hub import StubHub, payload

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
WAIT = 60


# -- hearth chat --system -----------------------------------------------------------------------------------


@pytest.fixture
def scripted(monkeypatch: pytest.MonkeyPatch, models_dir: Path) -> tuple[ScriptedBackend, Path]:
    """`hearth chat` on the scripted backend, with a model file in the models folder for it to name."""
    engine = ScriptedBackend([["Arr, ", "the sea ", "be calm."]])
    monkeypatch.setattr("desktop.core.backends.default_backends", lambda: backends_for(engine))
    model = models_dir / "acme" / "chat" / "alpha.gguf"
    model.parent.mkdir(parents=True)
    model.write_bytes(b"GGUF")
    return engine, model


def test_hearth_chat_system_is_the_system_prompt_of_the_reply_and_of_the_saved_chat(
    scripted, data_dir: Path, capsys: pytest.CaptureFixture
) -> None:
    engine, model = scripted
    code = main(["chat", "alpha", "--system", "You are a pirate. Answer as one.", "-p", "How is the sea?"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert captured.out.strip() == "Arr, the sea be calm."
    [request] = engine.requests
    assert request.messages == [
        ChatMessage("system", "You are a pirate. Answer as one."),
        ChatMessage("user", "How is the sea?"),
    ]
    assert engine.loads == [str(model)]
    store = ConversationStore(data_dir / "hearth.db")
    try:
        [summary] = store.list()
        assert store.get(summary.id).settings.system_prompt == "You are a pirate. Answer as one."  # the app shows it
        assert [m.content for m in store.branch(summary.id)] == ["How is the sea?", "Arr, the sea be calm."]
    finally:
        store.close()


def test_hearth_chat_without_system_keeps_the_default_system_prompt(scripted, capsys: pytest.CaptureFixture) -> None:
    from desktop.core.chat_settings import ChatSettings

    engine, _ = scripted
    assert main(["chat", "alpha", "-p", "How is the sea?"]) == 0
    default = ChatSettings().system_prompt
    sent = engine.requests[0].messages
    assert [m for m in sent if m.role == "system"] == ([ChatMessage("system", default)] if default.strip() else [])
    assert "pirate" not in json.dumps([m.content for m in sent])


# -- Ctrl+C during hearth models pull -----------------------------------------------------------------------

REPO = "acme/Slow-GGUF"
FILE = "Slow-Q4_K_M.gguf"


def _lines(stream) -> queue.Queue:
    lines: queue.Queue = queue.Queue()

    def pump() -> None:
        for line in stream:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    return lines


def in_the_foreground() -> None:
    """Ctrl+C as a terminal's foreground process gets it: a suite run from a script's background job
    would start the command with SIGINT ignored, as a shell does for background jobs."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_during_a_pull_stops_it_says_so_and_the_same_command_continues(
    stub_hub: StubHub, data_dir: Path
) -> None:
    data = payload(3_000_000, 5)
    stub_hub.add_repo(REPO, {FILE: data})
    stub_hub.bytes_per_second = 1_000_000
    pull = [sys.executable, "-m", "desktop", "models", "pull", REPO, "Q4_K_M"]  # `hearth models pull`
    child = subprocess.Popen(
        pull, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=in_the_foreground
    )
    err = _lines(child.stderr)
    said: list[str] = []
    while True:  # off a terminal the progress bar prints a line per tenth: Ctrl+C once 30 % is there
        line = err.get(timeout=WAIT)
        assert line is not None, "the pull ended before Ctrl+C:\n" + "".join(said)
        said.append(line)
        if re.search(r"\b([3-9]\d)\.\d%", line):
            break
    child.send_signal(signal.SIGINT)  # what Ctrl+C in the terminal sends
    assert child.wait(WAIT) == 130
    while (line := err.get(timeout=WAIT)) is not None:
        said.append(line)
    out = child.stdout.read()
    child.stdout.close()
    child.stderr.close()
    text = "".join(said)
    assert "Traceback" not in text and out == ""
    assert said[-1].strip() == "hearth: stopped; run the same command again to continue"

    models_dir = data_dir / "models"
    target = models_dir / REPO / FILE
    [partial] = (models_dir / ".downloads").rglob("*.part")  # kept, out of the library's sight
    kept = partial.stat().st_size
    assert 0 < kept < len(data) and data.startswith(partial.read_bytes())
    assert not target.exists()

    stub_hub.bytes_per_second = None
    again = subprocess.run(pull, cwd=ROOT, capture_output=True, text=True, timeout=WAIT)
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip() == str(target)
    assert target.read_bytes() == data
    assert stub_hub.ranges(FILE)[-1] == f"bytes={kept}-"  # it went on from where Ctrl+C left it
    assert not (models_dir / ".downloads").exists()


# -- the install line's starter step -------------------------------------------------------------------------


def starter_command() -> list[str]:
    """The starter step of the README's install line, as written there now (`.venv/bin/python -m …`)."""
    install = re.search(r"\.venv/bin/python -m ([\w.]+) && \.venv/bin/hearth", README.read_text(encoding="utf-8"))
    assert install, "the README's install line no longer fetches the starter model with python -m"
    return [sys.executable, "-m", install.group(1)]


@pytest.mark.e2e
def test_the_install_lines_starter_step_places_the_model_in_the_library_without_the_network(
    starter_model: Path, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    from desktop.core.library.files import find_gguf_files

    log = tmp_path / "network.jsonl"
    env = {
        **os.environ,
        **network_guard.guard_env(tmp_path / "guard", log),  # any connection fails, and is written down
        "HEARTH_CACHE_DIR": str(starter_model.parents[1]),  # the download cache the tests fetched it into once
        "PIP_NO_INDEX": "1",  # pip, if it were asked, could not fetch the wheel either
        "PIP_FIND_LINKS": str(tmp_path / "no-wheels"),
        "PIP_CONFIG_FILE": os.devnull,
    }
    done = subprocess.run(starter_command(), cwd=ROOT, capture_output=True, text=True, timeout=300, env=env)
    assert done.returncode == 0, done.stderr
    placed = data_dir / "models" / "QuantFactory" / "SmolLM2-135M-Instruct-GGUF" / "SmolLM2-135M-Instruct.Q4_1.gguf"
    assert done.stdout.strip() == str(placed)  # where a download from its Hub repo would go
    assert placed.stat().st_size == 98_362_432
    digest = hashlib.sha256(placed.read_bytes()).hexdigest()
    assert digest == "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53"
    assert network_guard.attempts(log) == [] and network_guard.records(log), "guarded, and nothing reached out"
    assert placed in find_gguf_files(data_dir / "models")  # the library (and so the app) lists it
    assert main(["models", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert str(placed) in json.dumps(listed)

    again = subprocess.run(starter_command(), cwd=ROOT, capture_output=True, text=True, timeout=300, env=env)
    assert again.returncode == 0 and again.stdout.strip() == str(placed)  # a second run is harmless
