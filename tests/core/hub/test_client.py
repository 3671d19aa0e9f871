"""Search and repo listings through the real huggingface_hub client, against the stand-in Hub."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from desktop.core.hub.client import HubClient
from desktop.core.hub.errors import OFFLINE_MESSAGE, HubAuthRequired, HubNotFound, HubOffline
from tests.helpers.stub_hub import REPO, StubHub, payload


def test_search_lists_gguf_repos_most_downloaded_first(stub_hub: StubHub) -> None:
    stub_hub.add_repo("a/Llama-GGUF", {"l-Q4_0.gguf": b"x"}, downloads=10, likes=1)
    stub_hub.add_repo("b/Llama-3-GGUF", {"l-Q4_0.gguf": b"x"}, downloads=900, likes=7, gated=True)
    stub_hub.add_repo("c/Llama-safetensors", {"model.safetensors": b"x"}, downloads=5000, tags=("transformers",))
    stub_hub.add_repo("d/Mistral-GGUF", {"m-Q4_0.gguf": b"x"}, downloads=99999)

    results = HubClient().search("llama")

    assert [r.repo_id for r in results] == ["b/Llama-3-GGUF", "a/Llama-GGUF"]
    top = results[0]
    assert (top.downloads, top.likes, top.gated) == (900, 7, True)
    assert top.last_modified is not None and top.last_modified.year == 2024
    request = next(r for r in stub_hub.requests if r.path == "/api/models")
    assert request.query["filter"] == ["gguf"]
    assert request.query["sort"] == ["downloads"]


def test_repo_files_are_grouped_by_quant_with_sizes_and_sha256(stub_hub: StubHub, tiny_repo: dict) -> None:
    listing = HubClient().repo_files(REPO)

    assert listing.revision == stub_hub.repos[REPO].sha
    by_quant = listing.by_quant()
    assert set(by_quant) == {"Q4_K_M", "Q8_0", "F16"}
    q4 = by_quant["Q4_K_M"][0]
    assert q4.size == 300_000
    assert q4.files[0].sha256 == stub_hub.repos[REPO].sha256("Tiny-Q4_K_M.gguf")
    split = next(m for m in by_quant["F16"] if m.kind == "model")
    assert split.name == "Tiny-F16.gguf"
    assert split.size == 350_000
    assert [f.filename for f in split.files] == ["Tiny-F16-00001-of-00002.gguf", "Tiny-F16-00002-of-00002.gguf"]
    assert all(not m.name.endswith(".md") for m in listing.models)
    info_request = next(r for r in stub_hub.requests if r.path == f"/api/models/{REPO}")
    assert info_request.query.get("blobs") == ["true"]


def test_an_unknown_repo_is_a_one_line_not_found(stub_hub: StubHub) -> None:
    with pytest.raises(HubAuthRequired) as caught:  # no token: the Hub cannot say private from missing
        HubClient().repo_files("nobody/nothing")
    assert "not found or private: nobody/nothing" in caught.value.message
    assert "\n" not in caught.value.message


def test_a_bad_repo_id_is_refused_in_one_line(stub_hub: StubHub) -> None:
    with pytest.raises(HubNotFound, match="expected owner/name"):
        HubClient().repo_files("not a repo id")


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_offline_is_reported_after_one_probe_and_plainly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_ENDPOINT", f"http://127.0.0.1:{_closed_port()}")
    client = HubClient()
    # huggingface_hub's own retries would take about 20 s to give up on a dead network: the probe
    # fails first, and the retrying call is never made. (How soon: `hub_offline_report_s`, --app.)
    retried: list[str] = []
    monkeypatch.setattr(client._api, "list_models", lambda *_a, **_k: retried.append("list_models") or [])
    with pytest.raises(HubOffline) as caught:
        client.search("llama")
    assert retried == []
    assert str(caught.value) == OFFLINE_MESSAGE
    with pytest.raises(HubOffline):
        client.repo_files(REPO)


def test_an_explicit_endpoint_beats_hf_endpoint(stub_hub: StubHub, monkeypatch: pytest.MonkeyPatch) -> None:
    stub_hub.add_repo("a/One-GGUF", {"o-Q4_0.gguf": payload(10)})
    monkeypatch.setenv("HF_ENDPOINT", f"http://127.0.0.1:{_closed_port()}")
    assert [r.repo_id for r in HubClient(endpoint=stub_hub.url).search("one")] == ["a/One-GGUF"]


def test_listing_a_gated_repo_works_and_access_is_checked_before_downloading(
    stub_hub: StubHub, monkeypatch: pytest.MonkeyPatch
) -> None:
    stub_hub.add_repo("meta/Gated-GGUF", {"g-Q4_K_M.gguf": payload(10)}, gated=True)
    client = HubClient()
    listing = client.repo_files("meta/Gated-GGUF")
    assert listing.gated
    assert listing.models[0].quant == "Q4_K_M"
    with pytest.raises(HubAuthRequired, match=r"^gated: meta/Gated-GGUF needs permission"):
        client.check_access(listing.repo_id, listing.models[0], listing.revision)
    stub_hub.tokens.add("hf_ok")
    monkeypatch.setenv("HF_TOKEN", "hf_ok")
    client.check_access(listing.repo_id, listing.models[0], listing.revision)


def test_importing_the_hub_code_makes_no_request(stub_hub: StubHub, tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "HF_HUB_DISABLE_TELEMETRY"}
    code = (
        "import desktop.core.hub.downloads, desktop.cli.models_hub; "
        "from huggingface_hub import constants; print(constants.HF_HUB_DISABLE_TELEMETRY)"
    )
    root = Path(__file__).resolve().parents[3]
    done = subprocess.run([sys.executable, "-c", code], cwd=root, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "True"  # telemetry off unless the user turned it on
    assert stub_hub.requests == []


def test_hub_error_messages_are_one_line_with_escapes_shown() -> None:
    from desktop.core.hub.errors import HubError

    error = HubError("acme/evil\x1b]0;owned\x07 has\nno \u202eGGUF files")
    assert error.message == "acme/evil\\x1b]0;owned\\x07 has no \\u202eGGUF files"
