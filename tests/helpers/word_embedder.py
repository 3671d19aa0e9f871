"""A stand-in embedding model for fast tests: words hashed into a vector, with synonyms folded together.

It is not a model: it makes "paraphrases" near by construction (SYNONYMS maps words to one
meaning), so a test can show that dense retrieval finds what keywords miss. The end-to-end tests
use real llama.cpp embeddings instead.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Sequence

from desktop.core.runtime.types import EngineError

WIDTH = 64
SYNONYMS = {
    "automobile": "car",
    "vehicle": "car",
    "cars": "car",
    "feline": "cat",
    "kitty": "cat",
    "cats": "cat",
    "purchase": "buy",
    "bought": "buy",
    "cost": "price",
    "costs": "price",
    "fee": "price",
    "physician": "doctor",
    "doctors": "doctor",
}


class WordEmbedder:
    def __init__(self, model_id: str = "word-embedder", fail: bool = False) -> None:
        self._model_id = model_id
        self.fail = fail
        self.calls: list[int] = []  # how many texts each call embedded

    @property
    def model_id(self) -> str:
        return self._model_id

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        if self.fail:
            raise EngineError("the embedding model cannot be used: it is broken on purpose")
        self.calls.append(len(texts))
        return [self._vector(text) for text in texts]

    def embed_query(self, question: str) -> list[float]:
        return self.embed([question])[0]

    @staticmethod
    def _vector(text: str) -> list[float]:
        vector = [0.0] * WIDTH
        for word in re.findall(r"\w+", text.lower()):
            word = SYNONYMS.get(word, word)
            slot = int(hashlib.sha256(word.encode()).hexdigest(), 16) % WIDTH
            vector[slot] += 1.0
        norm = math.sqrt(sum(v * v for v in vector)) or 1.0
        return [v / norm for v in vector]
