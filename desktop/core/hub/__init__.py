"""Hugging Face Hub: search, a repo's GGUF files, and resumable verified downloads (no Qt).

Importing this package makes no network call. It turns huggingface_hub's telemetry off unless the
user chose otherwise (with telemetry on, the library's request headers fetch an "agent" registry
from the Hub), and Hearth moves the bytes itself over plain HTTP, so the Xet path is never taken.
"""

from __future__ import annotations

import os

for _name in ("HF_HUB_DISABLE_TELEMETRY", "HF_HUB_DISABLE_XET"):
    if _name not in os.environ:
        os.environ[_name] = "1"
        # The library reads these once, at its own import, which may already have happened.
        from huggingface_hub import constants as _constants

        setattr(_constants, _name, True)
