"""A model larger than free memory is refused before anything loads it, with the numbers; --force loads it anyway."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.backends.llama import validation
from desktop.core.library import fit
from tests.helpers.app_driver import ROOT, AppProcess

SCARCE = 150_000_000  # "free memory": less than the starter model needs at 4,096 tokens (about 0.5 GB)


def hearth_chat(*args: str, data_dir: Path, free: int | None) -> subprocess.CompletedProcess:
    env = {**os.environ, "HEARTH_DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT)}
    if free is not None:
        env[fit.FREE_MEMORY_ENV] = str(free)
    return subprocess.run(
        [sys.executable, "-m", "desktop", "chat", *args], env=env, capture_output=True, text=True, timeout=120
    )


@pytest.mark.e2e
def test_hearth_chat_refuses_a_model_too_big_for_free_memory_before_loading_it(
    starter_model: Path, data_dir: Path
) -> None:
    done = hearth_chat(str(starter_model), "-p", "hi", data_dir=data_dir, free=SCARCE)
    assert done.returncode == 1 and done.stdout == ""
    [line] = done.stderr.splitlines()
    assert line.startswith("hearth: ") and "Traceback" not in line
    # The numbers: what it needs, its parts, and what is free; and the way out.
    needed = re.search(r"needs about ([\d.]+) GB", line)
    assert needed and float(needed.group(1)) >= 0.4
    assert "Weights 0.1 GB" in line and "KV cache at 4,096 tokens" in line and "only 0.1 GB is free" in line
    assert "--force" in line
    # Refused before anything loaded it: not even the validation child ran (it would leave a verdict).
    assert validation.remembered(starter_model) is None
    assert not (data_dir / "hearth.db").exists()


@pytest.mark.e2e
def test_hearth_chat_force_loads_it_anyway(starter_model: Path, data_dir: Path) -> None:
    done = hearth_chat(
        str(starter_model), "-p", "Say hi.", "--max-tokens", "8", "--force", data_dir=data_dir, free=SCARCE
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip()


def test_a_shorter_context_can_make_it_fit(tiny_model: Path, data_dir: Path) -> None:
    """The check counts the KV cache at the context asked for: the tiny model fits in 320 MB at 512 tokens."""
    refusal = fit.check_memory(tiny_model, 512, free_ram=320_000_000)
    assert refusal is None
    refusal = fit.check_memory(tiny_model, 4096, free_ram=300_000_000)
    assert refusal is not None and "0.3 GB is free" in refusal


def test_the_free_memory_override_is_only_digits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(fit.FREE_MEMORY_ENV, "12345")
    assert fit.free_memory() == 12345
    monkeypatch.setenv(fit.FREE_MEMORY_ENV, "lots")
    assert fit.free_memory() > 12345  # ignored: the real figure


@pytest.mark.e2e
@pytest.mark.parametrize("answer", ["no", "yes"])
def test_the_window_asks_before_loading_a_model_too_big_and_the_user_decides(
    answer: str, starter_model: Path, data_dir: Path
) -> None:
    env = {fit.FREE_MEMORY_ENV: str(SCARCE), "HEARTH_DRIVER_ANSWER": answer}
    with AppProcess(data_dir, env=env) as app:
        app.wait_for("ready", timeout=60)
        app.command("open_files", paths=[str(starter_model)], timeout_s=60)
        opened = app.wait_for("opened", timeout=90)
        [dialog] = opened["dialogs"]
        assert "needs about" in dialog["text"] and "only 0.1 GB is free" in dialog["text"]
        if answer == "no":
            assert opened["outcome"] == "refused" and opened["engine"] != "loading"
            assert validation.remembered(starter_model) is None  # nothing opened it, not even the child
        else:
            assert opened["outcome"] == "loaded"
        app.command("close")
        assert app.wait_exit(30) == 0
