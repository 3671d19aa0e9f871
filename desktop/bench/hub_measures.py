"""The Hub's figures, against the test suite's stand-in Hub on 127.0.0.1: a download through the
manager against a plain GET of the same file, and how soon a Hub that cannot be reached is said.

The stand-in is `tests/helpers/stub_hub.py` (so these run from a checkout): the same server the
download tests prove correct against, so that what is timed here is what they check.
"""

from __future__ import annotations

import shutil
import socket
import tempfile
import time
import urllib.request
from pathlib import Path

from desktop.core.hub.client import HubClient
from desktop.core.hub.downloads import DownloadManager
from desktop.core.hub.errors import HubOffline
from desktop.core.hub.jobs import State

DOWNLOAD_BYTES = 200 * 1000 * 1000
REPO = "bench/Big-GGUF"
FILE = "Big-Q4_K_M.gguf"


def download_speed(size: int = DOWNLOAD_BYTES) -> dict[str, float]:
    """MB/s of a plain GET of one file, then of the download manager fetching it (HEAD, GET, sha256 of
    every byte, rename): the manager's work on top of the transfer, as a ratio."""
    from tests.helpers.stub_hub import StubHub, payload

    hub = StubHub().start()
    try:
        hub.add_repo(REPO, {FILE: payload(size, 3)})
        with tempfile.TemporaryDirectory(prefix="hearth-bench-hub-") as work:
            folder = Path(work)
            began = time.perf_counter()
            url = f"{hub.url}/{REPO}/resolve/main/{FILE}"
            with urllib.request.urlopen(url, timeout=60) as response, (folder / "plain.bin").open("wb") as out:
                shutil.copyfileobj(response, out, 1 << 20)
            plain_s = time.perf_counter() - began
            (folder / "plain.bin").unlink()
            listing = HubClient(hub.url).repo_files(REPO)
            with DownloadManager(folder / "models", endpoint=hub.url) as manager:
                began = time.perf_counter()
                status = manager.wait(manager.add(REPO, listing.models[0], listing.revision).id, timeout=600)
                managed_s = time.perf_counter() - began
            if status.state != State.DONE:
                raise RuntimeError(f"the download ended {status.state}: {status.error}")
    finally:
        hub.stop()
    plain, managed = size / plain_s, size / managed_s
    return {
        "download_plain_get_mb_s": round(plain / 1e6, 1),
        "download_manager_mb_s": round(managed / 1e6, 1),
        "download_over_plain_get": round(managed / plain, 3),
    }


def closed_port() -> int:
    """A loopback port nobody listens on (bound for a moment, then let go)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def hub_offline(endpoint: str = "", rounds: int = 3) -> dict[str, float]:
    """From a search to "offline" said, with the Hub's address refusing connections (huggingface_hub's
    own retries would take about 20 s to give up); the worst of `rounds`, each with a new client."""
    endpoint = endpoint or f"http://127.0.0.1:{closed_port()}"
    times = []
    for _ in range(rounds):
        client = HubClient(endpoint)
        began = time.perf_counter()
        try:
            client.search("llama")
        except HubOffline:
            times.append(time.perf_counter() - began)
        else:
            raise RuntimeError(f"a search of {endpoint} did not fail as offline")
    return {"hub_offline_report_s": round(max(times), 3)}
