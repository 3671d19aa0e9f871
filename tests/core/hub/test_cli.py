"""`hearth models search|files|pull` against the stand-in Hub: output, exit codes, one-line failures."""

from __future__ import annotations

import importlib.util
import json
import socket
from pathlib import Path

import pytest

from desktop.cli.models_hub import main
from desktop.core.hub.jobs import PARTIAL_DIR
from tests.helpers.stub_hub import REPO, StubHub, payload


@pytest.fixture(autouse=True)
def fast_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEARTH_HUB_BACKOFF", "0.001")


def test_search_prints_a_table_and_json(stub_hub: StubHub, tiny_repo: dict, capsys: pytest.CaptureFixture) -> None:
    stub_hub.add_repo("other/Tiny-Chat-GGUF", {"c-Q4_0.gguf": b"x"}, downloads=99_999, gated=True)

    assert main(["search", "tiny"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["REPO", "DOWNLOADS", "LIKES", "UPDATED"]
    assert lines[1].split()[:2] == ["other/Tiny-Chat-GGUF", "99,999"] and lines[1].endswith("(gated)")
    assert lines[2].split() == [REPO, "1,234", "56", "2024-05-01"]

    assert main(["search", "tiny", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["repo_id"] for d in data] == ["other/Tiny-Chat-GGUF", REPO]
    assert data[1]["downloads"] == 1234 and data[1]["last_modified"].startswith("2024-05-01")


def test_files_groups_by_quant_and_marks_the_default(
    stub_hub: StubHub, tiny_repo: dict, capsys: pytest.CaptureFixture
) -> None:
    assert main(["files", REPO]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"{REPO} @ {stub_hub.repos[REPO].sha[:12]}")

    def row(name: str) -> str:
        return next(line for line in out[1:] if f" {name}" in line)

    assert row("Tiny-Q4_K_M.gguf").startswith("Q4_K_M") and "default" in row("Tiny-Q4_K_M.gguf")
    assert "default" not in row("Tiny-Q8_0.gguf")
    split = row("Tiny-F16-00001-of-00002.gguf")
    assert split.startswith("F16") and "2 parts" in split and "350.0 KB" in split
    assert "vision projector" in row("mmproj-Tiny-F16.gguf")

    assert main(["files", REPO, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    split = next(m for m in data["models"] if m["name"] == "Tiny-F16.gguf")
    assert split["parts"] == 2 and split["size"] == 350_000 and len(split["files"]) == 2


def test_pull_downloads_the_default_quant_into_the_models_folder(
    stub_hub: StubHub, tiny_repo: dict, data_dir: Path, capsys: pytest.CaptureFixture
) -> None:
    assert main(["pull", REPO]) == 0
    captured = capsys.readouterr()
    target = data_dir / "models" / "bartowski" / "Tiny-GGUF" / "Tiny-Q4_K_M.gguf"
    assert captured.out.strip() == str(target)
    assert target.read_bytes() == tiny_repo["Tiny-Q4_K_M.gguf"]
    assert "100.0%" in captured.err and "Tiny-Q4_K_M.gguf" in captured.err
    # The repo has a projector beside the model: it comes with it (tests/core/hub/test_vision_pull.py).
    assert (target.parent / "mmproj-Tiny-F16.gguf").read_bytes() == tiny_repo["mmproj-Tiny-F16.gguf"]

    assert main(["pull", REPO, "Q4_K_M"]) == 0
    assert "already downloaded" in capsys.readouterr().err
    assert stub_hub.count("GET", "/resolve/") == 2  # the model and its projector, once each


def test_pull_by_exact_file_name_gets_every_part(stub_hub: StubHub, tiny_repo: dict, data_dir: Path) -> None:
    assert main(["pull", REPO, "Tiny-F16-00001-of-00002.gguf"]) == 0
    folder = data_dir / "models" / REPO
    assert (folder / "Tiny-F16-00002-of-00002.gguf").read_bytes() == tiny_repo["Tiny-F16-00002-of-00002.gguf"]


def _one_line_failure(capsys: pytest.CaptureFixture) -> str:
    err = capsys.readouterr().err.strip().splitlines()
    assert "Traceback" not in "\n".join(err)
    return err[-1]


def test_pull_failures_are_one_line_and_exit_1(
    stub_hub: StubHub, tiny_repo: dict, data_dir: Path, capsys: pytest.CaptureFixture
) -> None:
    assert main(["pull", REPO, "Q6_K"]) == 1
    assert _one_line_failure(capsys).startswith(f"hearth: {REPO}: no file or quantisation 'Q6_K'")

    stub_hub.add_repo("meta/Gated-GGUF", {"g-Q4_K_M.gguf": payload(1000)}, gated=True)
    assert main(["pull", "meta/Gated-GGUF"]) == 1
    assert _one_line_failure(capsys).startswith("hearth: gated: meta/Gated-GGUF needs permission")

    stub_hub.corrupt(REPO, "Tiny-Q8_0.gguf")
    assert main(["pull", REPO, "Q8_0"]) == 1
    assert _one_line_failure(capsys).startswith("hearth: checksum mismatch: Tiny-Q8_0.gguf")
    assert not list((data_dir / "models").rglob("*.part"))

    stub_hub.fail_next(10**6, status=502)
    assert main(["pull", REPO, "Q4_K_M"]) == 1
    assert _one_line_failure(capsys) == "hearth: download failed after 6 tries: the server answered HTTP 502"


def test_pull_offline_says_offline(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    monkeypatch.setenv("HF_ENDPOINT", f"http://127.0.0.1:{port}")
    assert main(["pull", REPO]) == 1
    assert _one_line_failure(capsys) == "hearth: offline: the Hugging Face Hub cannot be reached"


@pytest.mark.skipif(importlib.util.find_spec("desktop.cli.models") is None, reason="the models family is not there")
def test_the_hearth_command_reaches_the_hub_commands(
    stub_hub: StubHub, tiny_repo: dict, data_dir: Path, capsys: pytest.CaptureFixture
) -> None:
    from desktop.cli.main import main as hearth

    assert hearth(["models", "files", REPO, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["repo_id"] == REPO
    assert hearth(["models", "pull", REPO, "Q8_0"]) == 0
    assert (data_dir / "models" / REPO / "Tiny-Q8_0.gguf").exists()
    assert not (data_dir / "models" / PARTIAL_DIR).exists()
