"""desktop/core must work without Qt: no module under it imports PySide6 or the UI."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "desktop" / "core"
FORBIDDEN = ("PySide6", "shiboken6", "desktop.ui")


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_core_module_imports_qt() -> None:
    offenders = {
        str(path.relative_to(CORE)): sorted(n for n in _imports(path) if n.startswith(FORBIDDEN))
        for path in CORE.rglob("*.py")
    }
    assert len(offenders) > 10
    assert {k: v for k, v in offenders.items() if v} == {}


def test_importing_all_of_core_loads_no_qt() -> None:
    modules = [
        "desktop.core." + ".".join(p.relative_to(CORE).with_suffix("").parts)
        for p in CORE.rglob("*.py")
        if p.name != "__init__.py"
    ]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'desktop.ui'))]\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
