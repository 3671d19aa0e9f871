"""The plan the app writes (desktop/core/tune/plan.py) and the child reads: checked before any weight loads.

A bad plan is a bug or a hand edit, and costs one line naming the key and what it should be. Unknown
settings are refused (a typo must not silently train with a default); other top-level keys are ignored,
so the app may record more about a run in the same file.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from desktop.trainer.errors import TrainError

PLAN_FORMAT = 1
# (type, lowest, highest) of each setting; the app's own bounds (TuneSettings.validated) lie within these.
SETTINGS: dict[str, tuple[type, float, float]] = {
    "rank": (int, 1, 256),
    "alpha": (float, 1e-3, 4096),
    "sft_steps": (int, 0, 1_000_000),
    "dpo_steps": (int, 0, 1_000_000),
    "learning_rate": (float, 1e-9, 1.0),
    "dpo_learning_rate": (float, 1e-9, 1.0),
    "batch_size": (int, 1, 1024),
    "beta": (float, 1e-4, 100.0),
    "max_tokens": (int, 8, 131_072),
    "seed": (int, 0, 2**63 - 1),
    "threads": (int, 0, 4096),
    "checkpoint_every": (int, 0, 1_000_000),  # 0: only when cancelled and at the end of a stage
}
_SHA256 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class Settings:
    rank: int = 8
    alpha: float = 16.0
    sft_steps: int = 8
    dpo_steps: int = 8
    learning_rate: float = 5e-4
    dpo_learning_rate: float = 2e-4
    batch_size: int = 4
    beta: float = 0.1
    max_tokens: int = 256
    seed: int = 0
    threads: int = 0
    checkpoint_every: int = 4

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Plan:
    path: Path
    base: Path
    base_sha256: str
    run_dir: Path
    sft: Path | None
    pairs: Path | None
    held_out: Path | None
    settings: Settings
    name: str
    permute_qk: bool = True

    @property
    def checkpoint_dir(self) -> Path:
        return self.run_dir / "checkpoint"

    @property
    def adapter_path(self) -> Path:
        return self.run_dir / "adapter.gguf"

    @property
    def report_path(self) -> Path:
        return self.run_dir / "report.json"


def load_plan(path: str | Path) -> Plan:
    path = Path(path)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise TrainError(f"the training plan {path} does not exist") from None
    except (OSError, UnicodeDecodeError) as error:
        raise TrainError(f"the training plan {path} cannot be read ({error})") from None
    except ValueError as error:
        raise TrainError(f"the training plan is not valid JSON ({error})") from None
    return parse_plan(raw, path)


def parse_plan(raw: Any, path: Path = Path("plan.json")) -> Plan:
    if not isinstance(raw, dict):
        raise TrainError("the training plan is not a JSON object")
    if raw.get("format") != PLAN_FORMAT:
        raise TrainError(f"the training plan has format {raw.get('format')!r}; this trainer reads format {PLAN_FORMAT}")
    base = _file(raw, "base", required=True)
    assert base is not None
    sha = raw.get("base_sha256")
    if not isinstance(sha, str) or not _SHA256.fullmatch(sha):
        raise TrainError("the training plan's base_sha256 is not a sha256 (64 lowercase hex digits)")
    run_dir = _absolute(raw, "run_dir")
    if not run_dir.is_dir():
        raise TrainError(f"the run's folder {run_dir} does not exist")
    settings = _settings(raw.get("settings"))
    name = raw.get("name", "")
    if not isinstance(name, str) or not name.strip():
        raise TrainError("the training plan's name is missing")
    permute = raw.get("permute_qk", True)
    if not isinstance(permute, bool):
        raise TrainError("the training plan's permute_qk is not true or false")
    plan = Plan(
        path=path,
        base=base,
        base_sha256=sha,
        run_dir=run_dir,
        sft=_file(raw, "sft", required=settings.sft_steps > 0),
        pairs=_file(raw, "pairs", required=settings.dpo_steps > 0),
        held_out=_file(raw, "held_out", required=False),
        settings=settings,
        name=name.strip(),
        permute_qk=permute,
    )
    if settings.sft_steps == 0 and settings.dpo_steps == 0:
        raise TrainError("there is nothing to train: both sft_steps and dpo_steps are 0")
    return plan


def _absolute(raw: dict[str, Any], key: str) -> Path:
    value = raw.get(key)
    if not isinstance(value, str) or not value:
        raise TrainError(f"the training plan's {key} is missing")
    path = Path(value)
    if not path.is_absolute():
        raise TrainError(f"the training plan's {key} is not an absolute path ({value})")
    return path


def _file(raw: dict[str, Any], key: str, required: bool) -> Path | None:
    if not required and not raw.get(key):
        return None
    path = _absolute(raw, key)
    if not path.is_file():
        if required:
            raise TrainError(f"the training plan's {key} file {path} does not exist")
        return None
    return path


def _settings(raw: Any) -> Settings:
    if not isinstance(raw, dict):
        raise TrainError("the training plan's settings are missing")
    unknown = sorted(set(raw) - set(SETTINGS))
    if unknown:
        raise TrainError(f"the training plan has unknown settings: {', '.join(map(str, unknown))}")
    values: dict[str, Any] = {}
    for key, value in raw.items():
        kind, low, high = SETTINGS[key]
        # JSON has one number type: an int setting takes 4 or 4.0, never 4.5; no setting takes true/false.
        number = isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
        if not number or (kind is int and value != int(value)):
            raise TrainError(f"the training plan's {key} is not {'a whole number' if kind is int else 'a number'}")
        if not low <= value <= high:
            raise TrainError(f"the training plan's {key} is {value}, outside {low:g}–{high:g}")
        values[key] = kind(value)
    return Settings(**values)
