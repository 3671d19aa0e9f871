"""The layers are enforced: the import contracts in pyproject.toml hold, bite when broken, and core type-checks."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LINT = "from importlinter.cli import lint_imports; raise SystemExit(lint_imports(no_cache=True, no_logo=True))"


def lint_imports(root: Path) -> subprocess.CompletedProcess:
    # PYTHONPATH first: the package analysed is the one under `root`, not the installed one.
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run([sys.executable, "-c", LINT], cwd=root, env=env, capture_output=True, text=True, timeout=300)


def test_the_import_contracts_hold() -> None:
    done = lint_imports(ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "10 kept, 0 broken" in done.stdout


def test_the_contracts_catch_a_layer_broken(tmp_path: Path) -> None:
    """Each contract is checked against code that breaks it: a contract that could not fail proves nothing."""
    shutil.copytree(ROOT / "desktop", tmp_path / "desktop", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    breaks = {
        "desktop/core/text.py": "import PySide6.QtCore  # core must not",
        "desktop/core/store/records.py": "import desktop.core.session.chat_session  # the store sits below the session",
        "desktop/core/session/prompt.py": "import llama_cpp  # only the llama backend",
        "desktop/ui/plain.py": "import huggingface_hub  # only the hub",
        "desktop/core/messages.py": "import desktop.core.store  # the bottom of core",
        "desktop/ui/theme.py": "import desktop.cli.terminal  # the window sits below the terminal",
        "desktop/core/library/display.py": "import httpx2  # nothing reaches the network from the library",
        "desktop/ui/menus.py": "import mcp.client  # only desktop.core.tools speaks MCP",
        "desktop/core/tune/estimate.py": "import torch  # PyTorch only in the training process",
        "desktop/ui/tune/format.py": "import desktop.trainer.run  # the trainer is a process of its own",
    }
    for name, line in breaks.items():
        path = tmp_path / name
        path.write_text(path.read_text(encoding="utf-8") + f"\n{line}\n", encoding="utf-8")
    done = lint_imports(tmp_path)
    assert done.returncode != 0
    assert "0 kept, 10 broken" in done.stdout, done.stdout


def test_core_type_checks() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", os.devnull],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Success: no issues found" in done.stdout and "desktop/core" not in done.stdout
