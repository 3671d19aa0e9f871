"""The vision figures come from the real path: the tiny pair loads as a vision model, images are read,
encoded and evaluated, and the window attached and sent a picture (run_vision_bench raises otherwise)."""

from __future__ import annotations

from desktop.bench.vision_measures import run_vision_bench


def test_the_vision_figures_measure_an_image_that_reached_the_model() -> None:
    results = run_vision_bench(runs=2)
    assert results["vision_image_tokens"] == 16  # the tiny projector's 4 x 4 patches
    for step in ("pillow_decode", "bitmap_tokenize", "encode", "evaluate"):
        assert results[f"vision_{step}_ms"] > 0
    assert results["vision_ttft_ms"] > 0 and results["vision_ui_max_stall_ms"] >= 0
