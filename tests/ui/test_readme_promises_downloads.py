"""README promises about downloads, against the stand-in Hub: the Models page's queue shows each download
and its Pause, Resume, Cancel and Retry (and Dismiss) buttons do what they say, in the real window; and
Ctrl+C to the app mid-download keeps the partial file, which the next start finishes with a Range request."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop.core.hub.jobs import PARTIAL_DIR, State
from tests.helpers.app_driver import AppProcess
from tests.helpers.stub_hub import StubHub, payload
from tests.helpers.tiny_gguf import write_tiny_model

REPO = "acme/Slow-GGUF"
FILE = "Slow-Q4_K_M.gguf"
DATA = payload(3_000_000, 11)
WAIT = 20_000


@pytest.fixture
def slow_hub(stub_hub: StubHub) -> StubHub:
    stub_hub.add_repo(REPO, {FILE: DATA})
    stub_hub.bytes_per_second = 300_000  # ten seconds for the file: time to press the buttons
    return stub_hub


@pytest.fixture
def models_page(qtbot, open_window, models_dir: Path):
    """The window on the Models page (Ctrl+M), with one download from the Hub begun by its Download button."""
    window = open_window().window
    window.start()
    show_models_page(qtbot, window)
    page = window.models_page
    page.tabs.setCurrentWidget(page.search)
    page.search.open_repo(REPO)
    qtbot.waitUntil(lambda: page.search.tree.topLevelItemCount() == 1, timeout=WAIT)
    item = page.search.tree.topLevelItem(0).child(0)
    assert item.text(0) == FILE
    qtbot.mouseClick(page.search.tree.itemWidget(item, 3).button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(page.downloads.rows) == 1, timeout=WAIT)
    return window


def show_models_page(qtbot, window) -> None:
    assert QTest.qWaitForWindowActive(window)  # a window's shortcuts work once it is the active one
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.models_page


def status(window):
    [only] = window.downloads.downloads()
    return only


def row(window):
    [only] = window.models_page.downloads.rows.values()
    return only


def partials(models_dir: Path) -> list[Path]:
    return list((models_dir / PARTIAL_DIR).rglob("*.part")) if (models_dir / PARTIAL_DIR).exists() else []


def visible_buttons(download_row) -> list[str]:
    buttons = (download_row.pause, download_row.resume, download_row.retry, download_row.cancel, download_row.dismiss)
    return [b.text() for b in buttons if b.isVisible()]


def test_pause_keeps_the_partial_and_resume_finishes_it_with_a_range_request(
    qtbot, slow_hub, models_page, models_dir: Path
) -> None:
    window = models_page
    shown = row(window)
    qtbot.waitUntil(
        lambda: status(window).state == State.DOWNLOADING and status(window).bytes_done > 100_000, timeout=WAIT
    )
    assert visible_buttons(shown) == ["Pause", "Cancel"]
    qtbot.waitUntil(lambda: shown.detail.text().endswith(" left"), timeout=WAIT)  # once its pace is known
    detail = shown.detail.text()  # "412.0 KB of 3.0 MB · 300.0 KB/s, 9 s left": bytes, speed, ETA
    assert " of 3.0 MB · " in detail and "/s, " in detail and 0 < shown.progress.value() < 1000
    qtbot.mouseClick(shown.pause, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: status(window).state == State.PAUSED, timeout=WAIT)
    qtbot.waitUntil(lambda: visible_buttons(shown) == ["Resume", "Cancel"], timeout=WAIT)
    [partial] = partials(models_dir)
    kept = partial.stat().st_size
    assert 0 < kept < len(DATA) and DATA.startswith(partial.read_bytes())
    assert shown.detail.text().endswith("paused") and 0 < shown.progress.value() < 1000
    target = models_dir / REPO / FILE
    assert not target.exists() and str(target) not in window.picker.paths  # never half a file in the library

    slow_hub.bytes_per_second = None
    qtbot.mouseClick(shown.resume, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: status(window).state == State.DONE, timeout=WAIT)
    qtbot.waitUntil(lambda: visible_buttons(shown) == ["Dismiss"], timeout=WAIT)
    assert target.read_bytes() == DATA
    assert slow_hub.ranges(FILE)[-1] == f"bytes={kept}-"  # it went on from the bytes kept
    assert shown.detail.text().endswith("verified") and shown.progress.value() == 1000
    qtbot.waitUntil(lambda: str(target) in window.picker.paths, timeout=WAIT)

    qtbot.mouseClick(shown.dismiss, Qt.MouseButton.LeftButton)
    assert window.models_page.downloads.rows == {}
    assert window.models_page.downloads.empty.isVisible()
    assert target.read_bytes() == DATA  # dismissing forgets the row, not the file


def test_cancel_stops_the_download_and_deletes_the_partial(qtbot, slow_hub, models_page, models_dir: Path) -> None:
    window = models_page
    shown = row(window)
    qtbot.waitUntil(lambda: status(window).bytes_done > 100_000 and bool(partials(models_dir)), timeout=WAIT)
    qtbot.mouseClick(shown.cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: status(window).state == State.CANCELLED, timeout=WAIT)
    qtbot.waitUntil(lambda: visible_buttons(shown) == ["Dismiss"], timeout=WAIT)
    assert partials(models_dir) == [] and not (models_dir / REPO / FILE).exists()
    assert not shown.progress.isVisible()
    requests = len(slow_hub.requests)
    qtbot.mouseClick(shown.dismiss, Qt.MouseButton.LeftButton)
    assert window.models_page.downloads.rows == {} and len(slow_hub.requests) == requests


def test_a_failed_download_says_why_and_retry_gets_it(qtbot, stub_hub: StubHub, open_window, models_dir: Path) -> None:
    stub_hub.add_repo(REPO, {FILE: DATA})
    stub_hub.corrupt(REPO, FILE)  # one byte wrong on the way: the sha256 check refuses the file
    window = open_window().window
    window.start()
    show_models_page(qtbot, window)
    page = window.models_page
    page.tabs.setCurrentWidget(page.search)
    page.search.open_repo(REPO)
    qtbot.waitUntil(lambda: page.search.tree.topLevelItemCount() == 1, timeout=WAIT)
    item = page.search.tree.topLevelItem(0).child(0)
    qtbot.mouseClick(page.search.tree.itemWidget(item, 3).button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(window.downloads.downloads()) and status(window).state == State.FAILED, timeout=WAIT)
    shown = row(window)
    qtbot.waitUntil(lambda: visible_buttons(shown) == ["Retry", "Dismiss"], timeout=WAIT)
    assert "checksum" in shown.detail.text() and not (models_dir / REPO / FILE).exists()

    stub_hub.corrupted.clear()  # the network is well again
    qtbot.mouseClick(shown.retry, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: status(window).state == State.DONE, timeout=WAIT)
    assert (models_dir / REPO / FILE).read_bytes() == DATA
    qtbot.waitUntil(lambda: visible_buttons(shown) == ["Dismiss"], timeout=WAIT)


def test_ctrl_c_to_the_app_mid_download_keeps_the_partial_and_the_next_start_finishes_it(
    stub_hub: StubHub, data_dir: Path, models_dir: Path
) -> None:
    data = write_tiny_model(data_dir / "source.gguf").read_bytes()  # a real model, about 170 KB
    stub_hub.add_repo("tests/Tiny-GGUF", {"Tiny-Q4_K_M.gguf": data})
    stub_hub.bytes_per_second = 20_000
    with AppProcess(data_dir) as app:  # the real app in a process of its own
        app.wait_for("ready", timeout=WAIT / 1000)
        app.ask("download", repo="tests/Tiny-GGUF")
        app.wait_for("download", lambda e: e["state"] == "downloading" and e["done"] >= 40_000, WAIT / 1000)
        app.kill(signal.SIGINT)  # Ctrl+C in the terminal it was started from
        assert app.wait_exit(WAIT / 1000) == 0, app.tail()
        assert "Traceback" not in app.stderr()
    [partial] = partials(models_dir)
    kept = partial.stat().st_size
    assert 40_000 <= kept < len(data) and data.startswith(partial.read_bytes())
    target = models_dir / "tests" / "Tiny-GGUF" / "Tiny-Q4_K_M.gguf"
    assert not target.exists()

    stub_hub.bytes_per_second = None
    with AppProcess(data_dir) as app:  # started again: the download goes on by itself
        app.wait_for("ready", timeout=WAIT / 1000)
        done = app.wait_for("download", lambda e: e["state"] == "done", WAIT / 1000)
        assert done["path"] == str(target)
        app.command("close")
        assert app.wait_exit(WAIT / 1000) == 0, app.tail()
    assert target.read_bytes() == data
    assert stub_hub.ranges("Tiny-Q4_K_M.gguf")[-1] == f"bytes={kept}-"
    assert partials(models_dir) == []
