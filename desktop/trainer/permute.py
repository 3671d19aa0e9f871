"""The row order llama.cpp keeps q and k projections in, and back.

llama.cpp's HF converter (convert_hf_to_gguf.py, LlamaModel.permute) reorders each head's rows of the
q and k projections from Hugging Face's rotary layout (first halves, then second halves) into pairs;
transformers undoes it when it loads a llama GGUF. An adapter trained in Hugging Face's layout adds to
those rows, so its q and k `lora_b` (out × r) rows must be reordered the same way before llama.cpp adds
them to the converted weights: without it the adapter loads and is silently worse.
"""

from __future__ import annotations

import numpy as np


def permute_rows(weights: np.ndarray, n_head: int) -> np.ndarray:
    """Hugging Face's order → llama.cpp's (as LlamaModel.permute, `n_head` already the kv heads for k)."""
    rows = weights.shape[0]
    return weights.reshape(n_head, 2, rows // n_head // 2, *weights.shape[1:]).swapaxes(1, 2).reshape(weights.shape)


def unpermute_rows(weights: np.ndarray, n_head: int) -> np.ndarray:
    """llama.cpp's order → Hugging Face's (as transformers' LlamaTensorProcessor._reverse_permute_weights)."""
    rows = weights.shape[0]
    return weights.reshape(n_head, rows // n_head // 2, 2, *weights.shape[1:]).swapaxes(2, 1).reshape(weights.shape)
