"""Quantisation names from GGUF file names, split parts joined into one model, and the default pick."""

from __future__ import annotations

import pytest

from desktop.core.hub.quant import RemoteFile, default_model, group_by_quant, group_models, pick_model, quant_of


@pytest.mark.parametrize(
    ("name", "quant"),
    [
        ("Qwen2.5-7B-Instruct-Q4_K_M.gguf", "Q4_K_M"),
        ("llama-2-7b.Q8_0.gguf", "Q8_0"),
        ("Meta-Llama-3-8B-Instruct-IQ4_XS.gguf", "IQ4_XS"),
        ("ggml-model-f16.gguf", "F16"),
        ("model-BF16.gguf", "BF16"),
        ("gemma-3-27b-it-UD-Q4_K_XL.gguf", "UD-Q4_K_XL"),
        ("phi-4-q4_0_4_4.gguf", "Q4_0_4_4"),
        ("Big-Model-Q3_K_L-00002-of-00003.gguf", "Q3_K_L"),
        ("Q5_K_M/Big-Model-00001-of-00002.gguf", "Q5_K_M"),
        ("BitNet-TQ1_0.gguf", "TQ1_0"),
        ("model-fp16.gguf", "F16"),
        ("tinyllama.gguf", None),
        ("Q8_0-merge-of-Q4_K_S.gguf", "Q4_K_S"),
    ],
)
def test_quant_is_read_from_the_file_name(name: str, quant: str | None) -> None:
    assert quant_of(name) == quant


def test_split_parts_are_one_model_with_the_total_size_and_every_part() -> None:
    files = [
        RemoteFile("Big-Q8_0-00002-of-00003.gguf", 200, "b" * 64),
        RemoteFile("Big-Q8_0-00001-of-00003.gguf", 100, "a" * 64),
        RemoteFile("Big-Q8_0-00003-of-00003.gguf", 50, "c" * 64),
        RemoteFile("Big-Q4_K_M.gguf", 120, "d" * 64),
        RemoteFile("README.md", 10, None),
        RemoteFile("mmproj-Big-F16.gguf", 30, "e" * 64),
    ]
    models = group_models(files)
    assert [m.name for m in models] == ["Big-Q4_K_M.gguf", "Big-Q8_0.gguf", "mmproj-Big-F16.gguf"]
    split = models[1]
    assert split.quant == "Q8_0"
    assert split.size == 350
    assert split.parts == 3 and split.complete
    assert [f.filename for f in split.files] == [f"Big-Q8_0-0000{i}-of-00003.gguf" for i in (1, 2, 3)]
    assert split.filename == "Big-Q8_0-00001-of-00003.gguf"
    assert models[2].kind == "mmproj"
    assert list(group_by_quant(models)) == ["Q4_K_M", "Q8_0", "F16"]


def test_a_split_model_missing_a_part_is_marked_incomplete() -> None:
    models = group_models([RemoteFile("X-Q4_0-00001-of-00002.gguf", 10, None)])
    assert models[0].expected_parts == 2
    assert not models[0].complete


def test_default_is_q4_k_m_then_a_sensible_choice() -> None:
    def named(*names: str) -> list:
        return group_models([RemoteFile(n, i + 1, None) for i, n in enumerate(names)])

    assert default_model(named("m-Q8_0.gguf", "m-Q4_K_M.gguf", "m-Q2_K.gguf")).quant == "Q4_K_M"
    assert default_model(named("m-Q8_0.gguf", "m-IQ4_XS.gguf", "mmproj-m-F16.gguf")).quant == "IQ4_XS"
    # Nothing from the usual list: the smallest actual model, never the vision projector.
    odd = group_models(
        [RemoteFile("mmproj-F16.gguf", 1, None), RemoteFile("m-F32.gguf", 9, None), RemoteFile("m-BF16.gguf", 5, None)]
    )
    assert default_model(odd).name == "m-BF16.gguf"


def test_pick_by_quant_or_exact_file_name_and_a_clear_error_otherwise() -> None:
    models = group_models(
        [
            RemoteFile("m-Q4_K_M.gguf", 5, None),
            RemoteFile("sub/m-Q8_0-00001-of-00002.gguf", 5, None),
            RemoteFile("sub/m-Q8_0-00002-of-00002.gguf", 5, None),
        ]
    )
    assert pick_model(models, "q8_0").quant == "Q8_0"
    assert pick_model(models, "m-Q8_0-00001-of-00002.gguf").parts == 2
    assert pick_model(models, "sub/m-Q8_0-00002-of-00002.gguf").parts == 2
    assert pick_model(models, None).quant == "Q4_K_M"
    with pytest.raises(LookupError, match=r"no file or quantisation 'Q6_K'.*Q4_K_M, Q8_0"):
        pick_model(models, "Q6_K")
