"""`python -m desktop.bench --app [--frozen PATH]`: the app as a process, and the Hub's figures.

How soon the app exits when asked (the window closed, SIGTERM, Ctrl+C) in the middle of a reply, a
download, a model's check and an index; how long `hearth chat` takes to refuse each hostile model file;
a download through the manager against a plain GET, and a Hub that cannot be reached said offline;
with `--frozen`, a frozen bundle's start-up to its window's first paint.

The app runs under the test suite's driver (`tests/helpers/app_driver.py`), downloads come from its
stand-in Hub and the hostile files from its generator, so these run from a checkout, and time the very
paths the reliability tests prove correct (there without a clock).
"""

from __future__ import annotations

import importlib.util
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import psutil

from desktop.bench.hub_measures import download_speed, hub_offline
from desktop.bench.measures import startup_to_window

if TYPE_CHECKING:
    from tests.helpers.app_driver import AppProcess

APP_TARGETS = {
    "close_mid_reply_s": ("<=", 2.0),
    "close_mid_download_s": ("<=", 2.0),
    "close_mid_load_s": ("<=", 2.0),
    "close_mid_index_s": ("<=", 3.0),
    "hostile_refusal_max_s": ("<=", 30.0),
    "download_over_plain_get": (">=", 0.25),
    "hub_offline_report_s": ("<=", 5.0),
    "frozen_startup_to_window_s": ("<=", 15.0),
}
STORY = "Write a very long story about a lighthouse keeper, in ten chapters."
ENDINGS = ("close", "SIGTERM", "SIGINT")


@contextmanager
def _workspace() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="hearth-bench-app-") as work:
        (Path(work) / "data").mkdir()
        yield Path(work)


def exit_seconds(app: AppProcess, how: str) -> float:
    """Ask the app to end the way `how` says ("close": the window's close; "SIGTERM"; "SIGINT", as Ctrl+C);
    seconds from asking to the process gone. Both sides read Linux's shared monotonic clock."""
    if how == "close":
        app.command("close")
        asked = float(app.wait_for("closing", timeout=10)["t"])
    else:
        asked = app.kill(signal.SIGTERM if how == "SIGTERM" else signal.SIGINT)
    code = app.process.wait(60)
    gone = time.monotonic()
    app.wait_exit(10)
    if code != 0:
        raise RuntimeError(f"the app exited with {code} after {how}:\n{app.tail()}")
    return gone - asked


def _worst(prefix: str, seconds: dict[str, float]) -> dict[str, float]:
    figures = {f"{prefix}_{how.lower()}_s": round(value, 3) for how, value in seconds.items()}
    return {f"{prefix}_s": round(max(seconds.values()), 3), **figures}


def close_mid_reply(model: str, endings: tuple[str, ...] = ENDINGS) -> dict[str, float]:
    """The model streaming a 300-token story (40 pieces shown), then the app asked to end: each way."""
    from tests.helpers.app_driver import AppProcess

    seconds = {}
    for how in endings:
        with _workspace() as work, AppProcess(work / "data", args=["--model", model]) as app:
            app.wait_for("ready", timeout=60)
            app.wait_for("loaded", timeout=300)
            app.ask("chat_settings", max_tokens=300, seed=1)  # the starter writes all 300 with seed 1
            app.command("send", text=STORY)
            for _ in range(40):
                app.wait_for("chunk", timeout=120)
            seconds[how] = exit_seconds(app, how)
    return _worst("close_mid_reply", seconds)


def close_mid_download() -> dict[str, float]:
    """A 171 KB model coming at 20 KB/s from the stand-in Hub, 40 KB of it in, then the window closed."""
    from tests.helpers.app_driver import AppProcess
    from tests.helpers.stub_hub import StubHub
    from tests.helpers.tiny_gguf import write_tiny_model

    hub = StubHub().start()
    try:
        with _workspace() as work:
            hub.add_repo("bench/Tiny-GGUF", {"Tiny-Q4_K_M.gguf": write_tiny_model(work / "source.gguf").read_bytes()})
            hub.bytes_per_second = 20_000
            env = {"HF_ENDPOINT": hub.url, "HF_HUB_DISABLE_TELEMETRY": "1"}
            with AppProcess(work / "data", env=env) as app:
                app.wait_for("ready", timeout=60)
                app.ask("download", repo="bench/Tiny-GGUF")
                app.wait_for("download", lambda e: e["state"] == "downloading" and e["done"] >= 40_000, 60)
                seconds = exit_seconds(app, "close")
    finally:
        hub.stop()
    return {"close_mid_download_s": round(seconds, 3)}


def _child_checking(pid: int, model: str, timeout_s: float = 60.0) -> psutil.Process:
    """The app's validation child for `model`, once it runs (the process table is polled: nothing says so)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        for child in psutil.Process(pid).children(recursive=True):
            try:
                if model in child.cmdline():
                    return child
            except psutil.NoSuchProcess:
                continue
        time.sleep(0.02)
    raise RuntimeError(f"no validation child for {model}")


def close_mid_load(endings: tuple[str, ...] = ("close", "SIGTERM")) -> dict[str, float]:
    """A model whose check spins on its chat template for a minute, being checked, then the app asked to end."""
    from desktop.core.backends.llama import validation
    from tests.helpers.app_driver import AppProcess
    from tests.helpers.tiny_gguf import CHATML, write_tiny_model

    spin = "{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}"
    seconds = {}
    for how in endings:
        with _workspace() as work:
            sound = write_tiny_model(work / "sound.gguf")
            slow = write_tiny_model(work / "slow-to-check.gguf", chat_template=spin + CHATML)
            with AppProcess(work / "data", env={validation.TIMEOUT_ENV: "60"}) as app:
                app.wait_for("ready", timeout=60)
                app.ask("switch", path=str(sound))
                app.wait_for("loaded", timeout=60)
                app.ask("switch", path=str(slow))
                child = _child_checking(app.process.pid, str(slow))
                seconds[how] = exit_seconds(app, how)
            try:
                child.wait(10)
            except psutil.TimeoutExpired:
                raise RuntimeError("the validation child outlived the app") from None
    return _worst("close_mid_load", seconds)


def close_mid_index() -> dict[str, float]:
    """The benchmark's 2,000-file corpus being indexed (some files done), then the window closed."""
    from desktop.bench.docs_corpus import write_corpus
    from tests.helpers.app_driver import AppProcess

    with _workspace() as work:
        write_corpus(work / "corpus")
        with AppProcess(work / "data") as app:
            app.wait_for("ready", timeout=60)
            app.ask("index", name="Bench", folder=str(work / "corpus"))
            app.wait_for("index_progress", lambda e: e["phase"] == "reading" and e["done"] >= 20, 120)
            seconds = exit_seconds(app, "close")
    return {"close_mid_index_s": round(seconds, 3)}


def hostile_refusals(count: int = 0, workers: int = 2) -> dict[str, Any]:
    """`hearth chat FILE` on hostile model files (the reliability tests' generator: every rarer kind and a
    sample of the rest, at least `count`), two at a time as those tests run them: the slowest refusal."""
    from tests.helpers.app_driver import ROOT
    from tests.helpers.hostile_gguf import build_corpus, subset

    with tempfile.TemporaryDirectory(prefix="hearth-bench-hostile-") as work:
        cases = subset(build_corpus(Path(work) / "files"), count)
        env = {**os.environ, "HEARTH_DATA_DIR": str(Path(work) / "data"), "PYTHONPATH": str(ROOT)}

        def refuse(path: Path) -> float:
            started = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "-m", "desktop", "chat", str(path), "-p", "hi", "--max-tokens", "4"],
                cwd=ROOT,
                env=env,
                capture_output=True,
                timeout=300,
            )
            if done.returncode != 1:
                raise RuntimeError(f"{path.name} was not refused (exit {done.returncode})")
            return time.perf_counter() - started

        with ThreadPoolExecutor(max_workers=workers) as pool:
            seconds = list(pool.map(refuse, [case.path for case in cases]))
    return {
        "hostile_files": len(cases),
        "hostile_refusal_median_s": round(statistics.median(seconds), 2),
        "hostile_refusal_max_s": round(max(seconds), 2),
    }


def from_a_checkout() -> bool:
    """Whether the test suite's helpers are importable (not in an installed wheel)."""
    try:
        return importlib.util.find_spec("tests.helpers.app_driver") is not None
    except ImportError:
        return False


def run_app_bench(model: str, frozen: str = "") -> dict:
    results: dict[str, Any] = {"model": os.path.basename(model), "cores": os.cpu_count()}
    results.update(close_mid_reply(model))
    results.update(close_mid_download())
    results.update(close_mid_load())
    results.update(close_mid_index())
    results.update(hostile_refusals())
    results.update(download_speed())
    results.update(hub_offline())
    if frozen:
        results.update(startup_to_window(command=[frozen], key="frozen_startup_to_window_s"))
    return results
