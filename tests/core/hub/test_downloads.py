"""The download manager against the stand-in Hub: verified files in place, and every way a download can go wrong."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.hub.client import HubClient
from desktop.core.hub.downloads import DownloadManager
from desktop.core.hub.jobs import PARTIAL_DIR, DownloadStatus, State
from desktop.core.hub.quant import GgufModel
from desktop.core.library.files import find_gguf_files
from tests.helpers.stub_hub import REPO, StubHub, payload

WAIT = 30  # seconds: generous, every wait ends on an event long before


@pytest.fixture
def manager(models_dir: Path, data_dir: Path) -> Iterator[DownloadManager]:
    manager = DownloadManager(models_dir, state_path=data_dir / "downloads.json", backoff_base=0.001)
    yield manager
    manager.close()


def model(quant: str) -> tuple[str, GgufModel]:
    listing = HubClient().repo_files(REPO)
    return listing.revision, listing.by_quant()[quant][0]


def partials(models_dir: Path) -> list[Path]:
    return [p for p in (models_dir / PARTIAL_DIR).rglob("*.part")] if (models_dir / PARTIAL_DIR).exists() else []


def test_download_lands_verified_under_owner_and_repo(
    stub_hub: StubHub, tiny_repo: dict, manager: DownloadManager, models_dir: Path
) -> None:
    revision, q4 = model("Q4_K_M")
    status = manager.wait(manager.add(REPO, q4, revision).id, timeout=WAIT)

    assert status.state == State.DONE, status.error
    target = models_dir / "bartowski" / "Tiny-GGUF" / "Tiny-Q4_K_M.gguf"
    assert status.path == target
    assert target.read_bytes() == tiny_repo["Tiny-Q4_K_M.gguf"]
    assert status.bytes_done == status.bytes_total == 300_000
    assert partials(models_dir) == []
    assert not (models_dir / PARTIAL_DIR).exists()
    assert find_gguf_files(models_dir) == [target]
    # The transfer went to the pinned commit, with a HEAD for the metadata first.
    assert stub_hub.count("HEAD", f"/resolve/{revision}/Tiny-Q4_K_M.gguf") == 1
    assert stub_hub.ranges("Tiny-Q4_K_M.gguf") == [None]


def test_a_split_model_arrives_whole_and_all_parts_are_verified_before_any_is_moved(
    stub_hub: StubHub, tiny_repo: dict, manager: DownloadManager, models_dir: Path
) -> None:
    revision, f16 = model("F16")
    stub_hub.corrupt(REPO, "Tiny-F16-00002-of-00002.gguf")
    status = manager.wait(manager.add(REPO, f16, revision).id, timeout=WAIT)

    assert status.state == State.FAILED
    assert status.error_kind == "checksum"
    # Part 1 was fine, yet it must not appear alone where the library looks.
    assert not (models_dir / REPO / "Tiny-F16-00001-of-00002.gguf").exists()
    assert find_gguf_files(models_dir) == []

    stub_hub.corrupted.clear()
    assert manager.retry(status.id)
    status = manager.wait(status.id, timeout=WAIT)
    assert status.state == State.DONE, status.error
    for name in ("Tiny-F16-00001-of-00002.gguf", "Tiny-F16-00002-of-00002.gguf"):
        assert (models_dir / REPO / name).read_bytes() == tiny_repo[name]
    assert status.path.name == "Tiny-F16-00001-of-00002.gguf"
    assert status.bytes_total == 350_000


def test_corrupted_bytes_are_refused_and_the_partial_is_deleted(
    stub_hub: StubHub, tiny_repo: dict, manager: DownloadManager, models_dir: Path
) -> None:
    stub_hub.corrupt(REPO, "Tiny-Q8_0.gguf")
    revision, q8 = model("Q8_0")
    status = manager.wait(manager.add(REPO, q8, revision).id, timeout=WAIT)

    assert status.state == State.FAILED
    assert status.error_kind == "checksum"
    assert status.error.startswith("checksum mismatch: Tiny-Q8_0.gguf")
    assert "deleted" in status.error and "\n" not in status.error
    assert not status.path.exists()
    assert partials(models_dir) == []
    # Nothing else is left either: no lock file, no empty owner/repo folders.
    left = list((models_dir / PARTIAL_DIR).rglob("*")) if (models_dir / PARTIAL_DIR).exists() else []
    assert left == []


def test_server_errors_are_retried_until_it_works(stub_hub: StubHub, tiny_repo: dict, manager: DownloadManager) -> None:
    stub_hub.fail_next(4, status=500)
    revision, q4 = model("Q4_K_M")
    status = manager.wait(manager.add(REPO, q4, revision).id, timeout=WAIT)

    assert status.state == State.DONE, status.error
    assert status.path.read_bytes() == tiny_repo["Tiny-Q4_K_M.gguf"]
    assert stub_hub.count("HEAD", "/resolve/") == 5  # four answered 500, then the one that worked


def test_server_errors_that_never_stop_fail_clearly_and_retry_restarts(
    stub_hub: StubHub, tiny_repo: dict, manager: DownloadManager
) -> None:
    revision, q4 = model("Q4_K_M")
    stub_hub.fail_next(10**6, status=503)
    status = manager.wait(manager.add(REPO, q4, revision).id, timeout=WAIT)

    assert status.state == State.FAILED
    assert status.error == "download failed after 6 tries: the server answered HTTP 503"
    assert stub_hub.count("HEAD", "/resolve/") == 6  # the first try and five retries

    stub_hub.clear_failures()
    assert manager.retry(status.id)
    assert manager.wait(status.id, timeout=WAIT).state == State.DONE


def test_a_connection_reset_mid_file_continues_with_a_range_request(
    stub_hub: StubHub, tiny_repo: dict, manager: DownloadManager
) -> None:
    stub_hub.reset_next(2, after_bytes=100_000)
    revision, q8 = model("Q8_0")
    status = manager.wait(manager.add(REPO, q8, revision).id, timeout=WAIT)

    assert status.state == State.DONE, status.error
    assert status.path.read_bytes() == tiny_repo["Tiny-Q8_0.gguf"]
    ranges = stub_hub.ranges("Tiny-Q8_0.gguf")
    assert len(ranges) == 3 and ranges[0] is None
    # A reset may drop what was still in flight, so only "continued, not restarted" is certain.
    offsets = [int(r.removeprefix("bytes=").rstrip("-")) for r in ranges[1:]]
    assert 0 < offsets[0] <= 100_000 and offsets[0] < offsets[1]


def test_not_enough_disk_space_is_refused_before_any_byte(
    stub_hub: StubHub, manager: DownloadManager, models_dir: Path
) -> None:
    stub_hub.add_repo(REPO, {"Huge-Q4_K_M.gguf": payload(1000)}, declared_sizes={"Huge-Q4_K_M.gguf": 10**16})
    revision, huge = model("Q4_K_M")
    status = manager.wait(manager.add(REPO, huge, revision).id, timeout=WAIT)

    assert status.state == State.FAILED
    assert status.error_kind == "disk_space"
    assert status.error.startswith("not enough disk space: Huge-Q4_K_M.gguf needs 10000.0 TB more")
    assert "free" in status.error
    assert stub_hub.count("GET", "/resolve/") == 0


def test_a_gated_repo_without_access_says_how_to_get_it(
    stub_hub: StubHub, manager: DownloadManager, models_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stub_hub.add_repo(REPO, {"Tiny-Q4_K_M.gguf": payload(5000)}, gated=True)
    revision, q4 = model("Q4_K_M")
    status = manager.wait(manager.add(REPO, q4, revision).id, timeout=WAIT)

    assert status.state == State.FAILED
    assert status.error_kind == "gated"
    assert status.error.startswith(f"gated: {REPO} needs permission")
    assert f"{stub_hub.url}/{REPO}" in status.error
    assert "accept its terms" in status.error and "HF_TOKEN" in status.error
    assert stub_hub.count("GET", "/resolve/") == 0

    stub_hub.tokens.add("hf_granted")
    monkeypatch.setenv("HF_TOKEN", "hf_granted")
    assert manager.retry(status.id)
    assert manager.wait(status.id, timeout=WAIT).state == State.DONE


def test_a_token_without_access_is_told_so_and_never_logged(
    stub_hub: StubHub, manager: DownloadManager, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("DEBUG")
    stub_hub.add_repo(REPO, {"Tiny-Q4_K_M.gguf": payload(5000)}, gated=True)
    monkeypatch.setenv("HF_TOKEN", "hf_secret_not_allowed")
    revision, q4 = model("Q4_K_M")
    status = manager.wait(manager.add(REPO, q4, revision).id, timeout=WAIT)

    assert status.error_kind == "gated"
    assert status.error.startswith(f"gated: your token has no access to {REPO} yet")
    assert "hf_secret_not_allowed" not in caplog.text
    assert "hf_secret_not_allowed" not in json.dumps([s.to_json() for s in manager.downloads()])


class Recorder:
    """Collects every snapshot and lets a test wait for one that matches."""

    def __init__(self) -> None:
        self.events: list[tuple[float, DownloadStatus]] = []
        self._changed = threading.Condition()

    def __call__(self, status: DownloadStatus) -> None:
        with self._changed:
            self.events.append((time.monotonic(), status))
            self._changed.notify_all()

    def wait_for(self, predicate, timeout: float = WAIT) -> DownloadStatus:
        with self._changed:
            found = self._changed.wait_for(lambda: next((s for _, s in self.events if predicate(s)), None), timeout)
        assert found, "no matching download event"
        return found


def test_pause_keeps_the_partial_hidden_and_resume_continues_it(
    stub_hub: StubHub, manager: DownloadManager, models_dir: Path
) -> None:
    data = payload(2_000_000, 9)
    stub_hub.add_repo(REPO, {"Slow-Q4_K_M.gguf": data})
    stub_hub.bytes_per_second = 2_000_000
    recorder = Recorder()
    manager.subscribe(recorder)
    revision, q4 = model("Q4_K_M")
    download = manager.add(REPO, q4, revision)

    recorder.wait_for(lambda s: s.bytes_done >= 200_000)
    assert manager.pause(download.id)
    paused = manager.wait(download.id, lambda s: s.state == State.PAUSED, timeout=WAIT)
    [partial] = partials(models_dir)
    kept = partial.stat().st_size
    assert 0 < kept < len(data)
    assert paused.bytes_done == kept
    assert not paused.path.exists()
    assert find_gguf_files(models_dir) == []

    stub_hub.bytes_per_second = None
    seen = len(recorder.events)
    assert manager.resume(download.id)
    done = manager.wait(download.id, lambda s: s.state == State.DONE, timeout=WAIT)
    assert done.path.read_bytes() == data
    assert stub_hub.ranges("Slow-Q4_K_M.gguf")[-1] == f"bytes={kept}-"
    states = [str(s.state) for _, s in recorder.events[seen:]]
    states = [state for i, state in enumerate(states) if i == 0 or states[i - 1] != state]
    # The kept bytes are hashed again first ("verifying"), then the rest arrives, then the whole is checked.
    assert states == ["queued", "downloading", "verifying", "downloading", "verifying", "done"]


def test_cancel_stops_and_deletes_the_partial(stub_hub: StubHub, manager: DownloadManager, models_dir: Path) -> None:
    stub_hub.add_repo(REPO, {"Slow-Q4_K_M.gguf": payload(2_000_000, 9)})
    stub_hub.bytes_per_second = 2_000_000
    recorder = Recorder()
    manager.subscribe(recorder)
    revision, q4 = model("Q4_K_M")
    download = manager.add(REPO, q4, revision)

    recorder.wait_for(lambda s: s.bytes_done >= 100_000)
    assert partials(models_dir)
    assert manager.cancel(download.id)
    status = manager.wait(download.id, timeout=WAIT)
    assert status.state == State.CANCELLED
    assert partials(models_dir) == []
    assert not (models_dir / PARTIAL_DIR).exists()
    assert not status.path.exists()


def test_progress_reports_are_throttled_and_carry_the_speed_and_the_time_left(
    stub_hub: StubHub, manager: DownloadManager
) -> None:
    """The throttle and the meter are checked exactly on a clock of their own (test_rates.py); here, that
    the manager reports through them: no more than ten reports for each second the download lasted, each
    with the speed the bytes came at (as this listener saw them arrive) and the time the rest takes at it."""
    stub_hub.add_repo(REPO, {"Slow-Q4_K_M.gguf": payload(3_000_000, 9)})
    stub_hub.bytes_per_second = 2_000_000  # about 1.5 s, in 16 KB slices: ~180 chunks
    recorder = Recorder()
    manager.subscribe(recorder)
    revision, q4 = model("Q4_K_M")
    manager.wait(manager.add(REPO, q4, revision).id, timeout=WAIT)

    progress = [(t, s) for t, s in recorder.events if s.state == State.DOWNLOADING and s.bytes_done > 0]
    assert len(progress) >= 3
    # A slower machine only makes the download longer, and the allowance with it.
    duration = progress[-1][0] - progress[0][0]
    assert len(progress) <= duration * 10 + 2
    (first_at, first), (middle_at, middle) = progress[0], progress[len(progress) // 2]
    seen = (middle.bytes_done - first.bytes_done) / (middle_at - first_at)
    assert seen / 2 < middle.speed < seen * 2
    assert middle.eta == pytest.approx((middle.bytes_total - middle.bytes_done) / middle.speed)
    assert recorder.events[-1][1].state == State.DONE


def test_the_queue_survives_a_restart_and_continues_with_a_range_request(
    stub_hub: StubHub, models_dir: Path, data_dir: Path
) -> None:
    data = payload(2_000_000, 9)
    stub_hub.add_repo(REPO, {"Slow-Q4_K_M.gguf": data})
    stub_hub.bytes_per_second = 2_000_000
    state = data_dir / "downloads.json"
    first = DownloadManager(models_dir, state_path=state)
    recorder = Recorder()
    first.subscribe(recorder)
    revision, q4 = model("Q4_K_M")
    download = first.add(REPO, q4, revision)
    recorder.wait_for(lambda s: s.bytes_done >= 200_000)
    first.close()

    saved = json.loads(state.read_text())["downloads"]
    assert [(d["repo_id"], d["revision"], d["state"]) for d in saved] == [(REPO, revision, "queued")]
    part = saved[0]["parts"][0]
    assert part["filename"] == "Slow-Q4_K_M.gguf" and part["size"] == len(data)
    assert part["sha256"] == stub_hub.repos[REPO].sha256("Slow-Q4_K_M.gguf")
    kept = Path(part["partial"]).stat().st_size
    assert kept > 0

    stub_hub.bytes_per_second = None
    second = DownloadManager(models_dir, state_path=state)
    try:
        [restored] = second.restore()
        assert restored.id == download.id
        done = second.wait(download.id, lambda s: s.state == State.DONE, timeout=WAIT)
    finally:
        second.close()
    assert done.path.read_bytes() == data
    assert stub_hub.ranges("Slow-Q4_K_M.gguf")[-1] == f"bytes={kept}-"
    assert json.loads(state.read_text())["downloads"] == []


def test_queued_downloads_wait_their_turn(stub_hub: StubHub, tiny_repo: dict, manager: DownloadManager) -> None:
    stub_hub.bytes_per_second = 2_000_000
    listing = HubClient().repo_files(REPO)
    q8, q4 = listing.by_quant()["Q8_0"][0], listing.by_quant()["Q4_K_M"][0]
    first = manager.add(REPO, q8, listing.revision)
    second = manager.add(REPO, q4, listing.revision)
    assert second.state == State.QUEUED
    assert manager.add(REPO, q4, listing.revision).id == second.id  # the same file is queued once
    assert manager.pause(second.id)
    assert manager.wait(first.id, timeout=WAIT).state == State.DONE
    assert manager.status(second.id).state == State.PAUSED
    assert manager.resume(second.id)
    assert manager.wait(second.id, timeout=WAIT).state == State.DONE


def test_a_file_already_in_place_is_done_without_a_request(
    stub_hub: StubHub, tiny_repo: dict, manager: DownloadManager
) -> None:
    revision, q4 = model("Q4_K_M")
    first = manager.wait(manager.add(REPO, q4, revision).id, timeout=WAIT)
    before = len(stub_hub.requests)
    again = manager.add(REPO, q4, revision)
    assert again.state == State.DONE and again.path == first.path
    assert len(stub_hub.requests) == before
