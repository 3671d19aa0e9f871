"""CI checks that the quick benchmark runs and reports its keys; the figures live in the README."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

QUICK_KEYS = {
    "tok_s_ratio",
    "ttft_turn1_s",
    "ttft_turn10_over_turn1",
    "ui_max_stall_ms",
    "ui_p99_stall_ms",
    "stop_latency_ms",
    "shared_ui_max_stall_ms",
    "shared_stop_latency_ms",
    "shared_second_ttft_after_window_s",
}


@pytest.mark.slow
def test_quick_benchmark_prints_all_its_keys(starter_model, data_dir) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "desktop.bench", "--quick", "--json", "--model", str(starter_model)],
        capture_output=True,
        text=True,
        timeout=600,
        env=env,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert set(report) >= QUICK_KEYS
    assert all(isinstance(report[key], (int, float)) for key in QUICK_KEYS)
    assert report["tok_s_ratio"] > 0 and report["stop_latency_ms"] > 0


@pytest.mark.slow
def test_the_remote_benchmark_runs_against_llama_cpp_server(starter_model) -> None:
    """One round of `--remote`: llama-cpp-python's server started, both clients streamed, figures given."""
    from desktop.bench.remote_measures import run_remote_bench

    report = run_remote_bench(str(starter_model), rounds=1)
    assert report["hearth_tok_s"] > 0 and report["openai_client_tok_s"] > 0
    assert report["remote_tok_s_ratio"] == pytest.approx(
        report["hearth_tok_s"] / report["openai_client_tok_s"], rel=0.02
    )
    assert report["hearth_ttft_ms"] > 0 and report["openai_client_ttft_ms"] > 0


@pytest.mark.slow
def test_the_documents_benchmark_reports_indexing_latency_and_recall() -> None:
    """`--docs --quick` without an embedding model: the corpus indexed, 20k passages searched, recall given."""
    from desktop.bench.docs_measures import run_docs_bench

    report = run_docs_bench("", quick=True)
    assert report["index_files"] == 2000 and report["index_passages"] > 2000
    assert report["index_files_per_s"] > 0 and report["index_peak_rss_above_idle_mb"] >= 0
    assert report["scale_passages"] == 20_000
    assert 0 < report["bm25_p50_ms_100k"] <= report["bm25_p95_ms_100k"]
    assert 0 < report["dense_p50_ms_100k"] <= report["dense_p95_ms_100k"]
    # The planted facts are found by their own words: a broken index or query would find none.
    assert report["recall_at_5_bm25_keyword"] >= 0.8
