"""What to run: a model's identity, the same for every backend and every front end."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ModelRef:
    """What to run: a local GGUF file (optionally with a LoRA adapter), or a model on a remote endpoint.

    Stored with a chat as text (`stored()`): a plain GGUF reference is just its path, as every
    chat saved before there were other kinds; the others are a small JSON object.
    """

    kind: str = "gguf"  # "gguf", "remote", or another backend's kind
    path: str = ""  # the GGUF file
    adapter: str = ""  # a LoRA adapter applied on it
    endpoint: str = ""  # a remote endpoint's name
    model_id: str = ""  # the model's id on that endpoint

    @classmethod
    def gguf(cls, path: str | Path, adapter: str = "") -> ModelRef:
        return cls("gguf", str(path), adapter=adapter)

    @classmethod
    def parse(cls, text: str) -> ModelRef | None:
        """A reference from its stored text; None for none (an empty string)."""
        if not text:
            return None
        if text.startswith("{"):
            try:
                raw = json.loads(text)
            except ValueError:
                raw = None
            if isinstance(raw, dict) and isinstance(raw.get("kind"), str):
                values = {k: raw[k] for k in ("path", "adapter", "endpoint", "model_id") if isinstance(raw.get(k), str)}
                return cls(raw["kind"], **values)
        return cls.gguf(text)

    def stored(self) -> str:
        if self.kind == "gguf" and not self.adapter:
            return self.path
        values = {"kind": self.kind, "path": self.path, "adapter": self.adapter}
        values.update(endpoint=self.endpoint, model_id=self.model_id)
        return json.dumps({k: v for k, v in values.items() if v}, sort_keys=True)

    @property
    def name(self) -> str:
        """How a user calls it: the file's name, or the endpoint's model."""
        if self.kind == "gguf":
            name = Path(self.path).name
            return f"{name} + {Path(self.adapter).name}" if self.adapter else name
        return f"{self.endpoint}/{self.model_id}" if self.endpoint else self.model_id or self.path

    @classmethod
    def is_remote(cls, text: str) -> bool:
        """Whether a stored reference names a model on a remote endpoint."""
        ref = cls.parse(text)
        return ref is not None and ref.kind == "remote"

    def is_missing(self) -> bool:
        """A local file that is no longer there (a remote model is judged when it is asked)."""
        return self.kind == "gguf" and not os.path.isfile(self.path)
