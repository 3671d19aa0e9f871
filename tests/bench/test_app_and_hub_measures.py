"""The `--app` benchmark's measures, fast: on fakes of the app, a fake frozen bundle, and a small download."""

from __future__ import annotations

import signal
import sys
import time
from pathlib import Path

import pytest

from desktop.bench import __main__ as bench
from desktop.bench.app_measures import APP_TARGETS, _worst, exit_seconds
from desktop.bench.hub_measures import download_speed, hub_offline
from desktop.bench.measures import startup_to_window


class FakeProcess:
    def __init__(self, code: int) -> None:
        self.code = code

    def wait(self, timeout: float) -> int:
        return self.code


class FakeApp:
    """What `exit_seconds` uses of AppProcess: it says "closing" `ago_s` seconds back, and exits with `code`."""

    def __init__(self, code: int = 0, ago_s: float = 0.0) -> None:
        self.process = FakeProcess(code)
        self.ago_s = ago_s
        self.commands: list[str] = []
        self.signals: list[int] = []

    def command(self, cmd: str) -> None:
        self.commands.append(cmd)

    def wait_for(self, name: str, timeout: float) -> dict:
        assert name == "closing" and self.commands == ["close"]
        return {"event": "closing", "t": time.monotonic() - self.ago_s}

    def kill(self, sig: int) -> float:
        self.signals.append(sig)
        return time.monotonic() - self.ago_s

    def wait_exit(self, timeout: float) -> int:
        return self.process.code

    def tail(self) -> str:
        return "(the app's last events)"


@pytest.mark.parametrize(("how", "sent"), [("SIGTERM", signal.SIGTERM), ("SIGINT", signal.SIGINT)])
def test_exit_is_timed_from_the_signal(how: str, sent: int) -> None:
    app = FakeApp(ago_s=1.5)
    assert exit_seconds(app, how) >= 1.5  # type: ignore[arg-type]
    assert app.signals == [sent] and app.commands == []


def test_a_close_is_timed_from_the_apps_own_closing_event() -> None:
    app = FakeApp(ago_s=0.75)
    assert exit_seconds(app, "close") >= 0.75  # type: ignore[arg-type]
    assert app.signals == []


def test_an_app_that_exits_with_an_error_is_no_figure() -> None:
    with pytest.raises(RuntimeError, match=r"exited with 1 after close:\n\(the app's last events\)"):
        exit_seconds(FakeApp(code=1), "close")  # type: ignore[arg-type]


def test_each_way_of_closing_is_reported_and_the_worst_is_the_figure() -> None:
    figures = _worst("close_mid_reply", {"close": 0.41, "SIGTERM": 0.9, "SIGINT": 0.5})
    assert figures == {
        "close_mid_reply_s": 0.9,
        "close_mid_reply_close_s": 0.41,
        "close_mid_reply_sigterm_s": 0.9,
        "close_mid_reply_sigint_s": 0.5,
    }
    assert "close_mid_reply_s" in APP_TARGETS


def test_the_targets_are_judged(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bench, "TARGETS", {**bench.TARGETS, **APP_TARGETS})
    assert bench.verdict("close_mid_download_s", 1.2).startswith("ok ")
    assert bench.verdict("close_mid_download_s", 2.5).startswith("MISS")
    assert bench.verdict("download_over_plain_get", 0.1).startswith("MISS")


def test_a_frozen_bundles_start_up_is_timed_to_its_first_paint(tmp_path: Path) -> None:
    """A stand-in for the bundle's executable: it says when it painted, as `--exit-after-paint` makes Hearth do."""
    fake = tmp_path / "Hearth"
    fake.write_text(
        f"#!{sys.executable}\nimport sys, time\nassert sys.argv[1:] == ['--exit-after-paint']\n"
        "time.sleep(0.2)\nprint(f'first-paint {time.time():.6f}')\n"
    )
    fake.chmod(0o755)
    figures = startup_to_window(runs=1, command=[str(fake)], key="frozen_startup_to_window_s")
    assert list(figures) == ["frozen_startup_to_window_s"] and figures["frozen_startup_to_window_s"] >= 0.2


def test_a_bundle_that_never_paints_is_no_figure(tmp_path: Path) -> None:
    fake = tmp_path / "Hearth"
    fake.write_text(f"#!{sys.executable}\nimport sys\nsys.exit('no display')\n")
    fake.chmod(0o755)
    with pytest.raises(RuntimeError, match="did not paint: no display"):
        startup_to_window(runs=1, command=[str(fake)])


def test_the_download_figure_compares_the_manager_with_a_plain_get() -> None:
    figures = download_speed(size=2_000_000)
    assert figures["download_plain_get_mb_s"] > 0 and figures["download_manager_mb_s"] > 0
    assert figures["download_over_plain_get"] == pytest.approx(
        figures["download_manager_mb_s"] / figures["download_plain_get_mb_s"], rel=0.05
    )


def test_the_offline_figure_times_a_search_of_a_hub_that_refuses_connections() -> None:
    figures = hub_offline(rounds=2)
    assert figures["hub_offline_report_s"] > 0


def test_app_mode_reports_its_figures_with_their_verdicts(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from desktop.bench import app_measures

    asked: list[tuple[str, str]] = []

    def fake_run(model: str, frozen: str = "") -> dict:
        asked.append((model, frozen))
        return {"close_mid_reply_s": 0.9, "download_over_plain_get": 0.1}

    monkeypatch.setattr(app_measures, "run_app_bench", fake_run)
    monkeypatch.setattr(bench, "TARGETS", dict(bench.TARGETS))
    model = tmp_path / "m.gguf"
    assert bench.main(["--app", "--model", str(model), "--frozen", "/opt/Hearth/Hearth"]) == 0
    assert asked == [(str(model), "/opt/Hearth/Hearth")]
    lines = {line.split()[0]: line for line in capsys.readouterr().out.splitlines()}
    assert "ok  (<= 2.0)" in lines["close_mid_reply_s"]
    assert "MISS (>= 0.25)" in lines["download_over_plain_get"]


def test_app_mode_says_it_needs_a_checkout_where_the_test_helpers_are_missing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from desktop.bench import app_measures

    monkeypatch.setattr(app_measures, "from_a_checkout", lambda: False)
    assert bench.main(["--app", "--model", str(tmp_path / "m.gguf")]) == 1
    assert "--app runs from a checkout" in capsys.readouterr().err
