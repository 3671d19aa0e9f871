"""On CI a proof that skips for want of its tools fails the run: a skipped proof proves nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SKIPPING = """
import pytest

def test_watches_the_network():
    pytest.skip("neither unshare -rn nor strace works here: cannot watch the network")

def test_needs_windows():
    pytest.skip("a bash script")
"""


def run(tmp_path: Path, ci: bool) -> subprocess.CompletedProcess[str]:
    (tmp_path / "conftest.py").write_text("from tests.conftest import pytest_runtest_makereport  # noqa: F401\n")
    (tmp_path / "test_proof.py").write_text(SKIPPING)
    env = {k: v for k, v in os.environ.items() if k != "CI"} | {"PYTHONPATH": str(ROOT)}
    if ci:
        env["CI"] = "1"
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rA", str(tmp_path)]
    return subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)


def test_a_proof_skipped_on_ci_fails(tmp_path: Path) -> None:
    done = run(tmp_path, ci=True)
    assert done.returncode == 1, done.stdout
    assert "1 failed, 1 skipped" in done.stdout and "a proof skipped on CI" in done.stdout


def test_off_ci_it_is_only_a_skip(tmp_path: Path) -> None:
    done = run(tmp_path, ci=False)
    assert done.returncode == 0 and "2 skipped" in done.stdout, done.stdout
