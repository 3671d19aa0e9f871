"""How fast the manager moves a 200 MB file compared with a plain HTTP GET from the same stand-in Hub."""

from __future__ import annotations

import shutil
import time
import urllib.request
from pathlib import Path

import pytest

from desktop.core.hub.client import HubClient
from desktop.core.hub.downloads import DownloadManager
from desktop.core.hub.jobs import State
from tests.helpers.stub_hub import REPO, StubHub, payload

SIZE = 200 * 1000 * 1000
FILE = "Big-Q4_K_M.gguf"


@pytest.mark.slow
def test_manager_speed_is_close_to_a_plain_get(stub_hub: StubHub, models_dir: Path, tmp_path: Path) -> None:
    stub_hub.add_repo(REPO, {FILE: payload(SIZE, 3)})
    listing = HubClient().repo_files(REPO)

    began = time.perf_counter()
    url = f"{stub_hub.url}/{REPO}/resolve/main/{FILE}"
    with urllib.request.urlopen(url, timeout=60) as response, (tmp_path / "plain.bin").open("wb") as out:
        shutil.copyfileobj(response, out, 1 << 20)
    plain = SIZE / (time.perf_counter() - began)

    with DownloadManager(models_dir) as manager:
        began = time.perf_counter()
        status = manager.wait(manager.add(REPO, listing.models[0], listing.revision).id, timeout=300)
        managed = SIZE / (time.perf_counter() - began)
    assert status.state == State.DONE, status.error

    print(f"\nplain GET: {plain / 1e6:.0f} MB/s; DownloadManager (HEAD, GET, sha256, rename): {managed / 1e6:.0f} MB/s")
    # The manager also hashes every byte; it must still be in the same league as a bare GET.
    assert managed > plain * 0.25
