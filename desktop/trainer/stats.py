"""What training took: seconds and steps per stage, the last losses, memory. Kept in checkpoints, so a
resumed run's report counts the steps made before the cancel too."""

from __future__ import annotations

import sys
from dataclasses import asdict, dataclass, field
from typing import Any

import psutil


def peak_rss_bytes() -> int:
    """This process's largest resident set so far."""
    try:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return int(peak if sys.platform == "darwin" else peak * 1024)  # bytes on macOS, KiB elsewhere
    except ImportError:  # Windows: the peak working set
        info = psutil.Process().memory_info()
        return int(getattr(info, "peak_wset", info.rss))


@dataclass
class StageStats:
    steps: int = 0
    seconds: float = 0.0
    last_loss: float | None = None

    @property
    def per_step(self) -> float:
        return self.seconds / self.steps if self.steps else 0.0

    def add(self, seconds: float, loss: float) -> None:
        self.steps += 1
        self.seconds += seconds
        self.last_loss = loss


@dataclass
class TrainStats:
    load_s: float = 0.0
    sft: StageStats = field(default_factory=StageStats)
    dpo: StageStats = field(default_factory=StageStats)
    peak_rss_bytes: int = 0

    def stage(self, name: str) -> StageStats:
        return self.sft if name == "sft" else self.dpo

    def note_memory(self) -> None:
        self.peak_rss_bytes = max(self.peak_rss_bytes, peak_rss_bytes())

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, raw: Any) -> TrainStats:
        if not isinstance(raw, dict):
            return cls()
        stages = {
            name: StageStats(**{k: v for k, v in raw.get(name, {}).items() if k in ("steps", "seconds", "last_loss")})
            for name in ("sft", "dpo")
            if isinstance(raw.get(name), dict)
        }
        return cls(
            load_s=float(raw.get("load_s", 0.0)),
            peak_rss_bytes=int(raw.get("peak_rss_bytes", 0)),
            **stages,
        )
