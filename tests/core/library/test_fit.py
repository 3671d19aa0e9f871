"""The fit badge: verdicts, the tooltip's numbers, estimated KV sizes, and the check before loading."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.library import fit
from desktop.core.library.fit import FITS, TIGHT, TOO_BIG, check_memory, estimate_fit

GB = 1_000_000_000


def test_tooltip_reads_like_the_issue() -> None:
    estimate = estimate_fit(4_900_000_000, 4096, 131_072, free_ram=20_100_000_000)
    assert estimate.verdict == FITS
    assert estimate.explanation == (
        "Weights 4.9 GB + KV cache at 4,096 tokens 0.5 GB + overhead 0.3 GB = 5.7 GB; free memory 20.1 GB"
    )
    assert estimate.needed_bytes == 4_900_000_000 + 4096 * 131_072 + fit.OVERHEAD_BYTES
    assert not estimate.kv_estimated


@pytest.mark.parametrize(
    ("free", "verdict"),
    [(10 * GB, FITS), (int(1.15 * GB), TIGHT), (GB, TIGHT), (GB - 1, TOO_BIG)],
)
def test_verdicts(free: int, verdict: str) -> None:
    # needs 0.6 + 0.1 + 0.3 = 1.0 GB
    assert estimate_fit(600_000_000, 1000, 100_000, free_ram=free).verdict == verdict


def test_context_length_moves_the_verdict() -> None:
    short = estimate_fit(GB, 2048, 131_072, free_ram=4 * GB)
    long = estimate_fit(GB, 131_072, 131_072, free_ram=4 * GB)
    assert (short.verdict, long.verdict) == (FITS, TOO_BIG)
    assert "131,072 tokens 17.2 GB" in long.explanation


def test_unknown_kv_size_is_estimated_and_says_so() -> None:
    estimate = estimate_fit(4_920_000_000, 4096, None, free_ram=20 * GB, parameters=8_030_000_000)
    assert estimate.kv_estimated
    assert "(estimated)" in estimate.explanation and "~" in estimate.explanation
    # sqrt rule: 8B parameters -> about 181 KB per token
    assert 150_000 * 4096 < estimate.kv_bytes < 200_000 * 4096


def test_kv_guess_from_file_size_grows_with_the_model() -> None:
    small, large = (
        fit.guess_kv_bytes_per_token(weights_bytes=100_000_000),
        fit.guess_kv_bytes_per_token(weights_bytes=5 * GB),
    )
    assert 0 < small < large


def test_kv_size_comes_from_the_catalog_when_it_knows_the_model() -> None:
    assert fit.kv_bytes_per_token_for("bartowski/Meta-Llama-3.1-8B-Instruct-GGUF") == (32 * 8 * 128 * 4, False)
    by_file = fit.kv_bytes_per_token_for(file="Qwen2.5-7B-Instruct-Q4_K_M.gguf")
    assert by_file == (28 * 4 * 128 * 4, False)
    value, estimated = fit.kv_bytes_per_token_for("someone/Unknown-GGUF", "x.gguf", weights_bytes=2 * GB)
    assert estimated and value > 0


def test_offload_uses_gpu_memory_first() -> None:
    on_gpu = estimate_fit(4 * GB, 4096, 131_072, free_ram=2 * GB, free_vram=16 * GB, offload=True)
    assert on_gpu.verdict == FITS
    assert on_gpu.explanation.endswith("; free GPU memory 16.0 GB")
    split = estimate_fit(4 * GB, 4096, 131_072, free_ram=8 * GB, free_vram=2 * GB, offload=True)
    assert split.available_bytes == 10 * GB
    assert "part of it runs on the CPU" in split.explanation
    ignored = estimate_fit(4 * GB, 4096, 131_072, free_ram=2 * GB, free_vram=16 * GB, offload=False)
    assert ignored.verdict == TOO_BIG


def test_free_memory_is_positive() -> None:
    assert fit.free_memory() > 0


def test_check_memory_refuses_with_numbers(tiny_model: Path) -> None:
    message = check_memory(tiny_model, 512, free_ram=100_000_000)
    assert message is not None
    assert message.startswith("tiny needs about 0.3 GB of memory (Weights 0.0 GB + KV cache at 512 tokens")
    assert "only 0.1 GB is free" in message
    assert message.endswith("or close other programs.")  # each front end says how to insist
    assert check_memory(tiny_model, 512, free_ram=10 * GB) is None


def test_check_memory_uses_the_models_own_length_for_zero(tiny_model: Path) -> None:
    message = check_memory(tiny_model, 0, free_ram=1)
    assert message is not None and "at 512 tokens" in message


def test_check_memory_leaves_bad_files_to_validation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.gguf"
    bad.write_bytes(b"nope")
    assert check_memory(bad, 4096, free_ram=1) is None
