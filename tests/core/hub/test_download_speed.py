"""A 200 MB file through the manager from the stand-in Hub: whole and checked. How fast, against a
plain GET of the same file, is the benchmark's `download_over_plain_get` (`python -m desktop.bench --app`)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from desktop.core.hub.client import HubClient
from desktop.core.hub.downloads import DownloadManager
from desktop.core.hub.jobs import State
from tests.helpers.stub_hub import REPO, StubHub, payload

SIZE = 200 * 1000 * 1000
FILE = "Big-Q4_K_M.gguf"


@pytest.mark.slow
def test_a_200_mb_file_arrives_whole_and_checked(stub_hub: StubHub, models_dir: Path) -> None:
    data = payload(SIZE, 3)
    stub_hub.add_repo(REPO, {FILE: data})
    listing = HubClient().repo_files(REPO)
    with DownloadManager(models_dir) as manager:
        status = manager.wait(manager.add(REPO, listing.models[0], listing.revision).id, timeout=300)
    assert status.state == State.DONE, status.error
    assert status.bytes_done == status.bytes_total == SIZE
    with status.path.open("rb") as stored:
        assert hashlib.file_digest(stored, "sha256").hexdigest() == hashlib.sha256(data).hexdigest()
    assert stub_hub.ranges(FILE) == [None]  # one GET of the whole file, no retries
