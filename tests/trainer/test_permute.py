"""The q/k row order: llama.cpp's converter's, and transformers' inverse of it."""

from __future__ import annotations

import numpy as np
import pytest
from transformers.modeling_gguf_pytorch_utils import LlamaTensorProcessor

from desktop.trainer.permute import permute_rows, unpermute_rows
from tests.trainer.tiny_llama import converter_permute


@pytest.mark.parametrize(("n_head", "n_kv_head", "rows"), [(9, 9, 576), (9, 3, 192), (4, 2, 16), (2, 2, 8)])
def test_permute_is_the_converters_and_transformers_undoes_it(n_head: int, n_kv_head: int, rows: int) -> None:
    b = np.arange(rows * 3, dtype=np.float32).reshape(rows, 3)  # a lora_b: out x rank
    heads = n_kv_head if n_kv_head != n_head else n_head  # what the export passes for q (n_head) and k (kv)
    assert np.array_equal(permute_rows(b, heads), converter_permute(b, n_head, n_kv_head))
    assert np.array_equal(unpermute_rows(permute_rows(b, heads), heads), b)
    assert np.array_equal(permute_rows(unpermute_rows(b, heads), heads), b)
    # transformers' loader undoes the converter: the export's permutation is exactly its inverse
    undone = LlamaTensorProcessor()._reverse_permute_weights(permute_rows(b, heads), n_head, n_kv_head)
    assert np.array_equal(undone, b)
    assert not np.array_equal(permute_rows(b, heads), b)  # it does move rows


def test_each_head_pairs_its_halves() -> None:
    # One head of 8 rows: Hugging Face's rotary halves (0 1 2 3 | 4 5 6 7) become pairs (0 4 1 5 2 6 3 7).
    rows = np.arange(8, dtype=np.float32).reshape(8, 1)
    assert permute_rows(rows, 1)[:, 0].tolist() == [0, 4, 1, 5, 2, 6, 3, 7]
