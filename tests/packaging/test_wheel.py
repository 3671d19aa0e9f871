"""A regular install: the wheel built from this checkout, installed into an empty folder, run from elsewhere.

That folder is all of Hearth the runs below can see. Python starts without `site` (-S), so the
editable install's finder, which maps `desktop` to this checkout, is never loaded; its path holds
the folder and the venv's site-packages (the dependencies as they are, nothing compiled again);
it runs from a temporary folder outside the checkout, with no venv on PATH.
"""

from __future__ import annotations

import ast
import json
import os
import re
import shutil
import site
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop import __version__

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT_S = 300
# What the wheel carries of the checkout's top-level folders, and under which package.
MAPPED = {"models": "desktop/models", "resources": "desktop/resources"}


@dataclass(frozen=True)
class Installed:
    wheel: Path
    target: Path  # what `pip install --target` made of the wheel


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    base = tmp_path_factory.mktemp("wheel")
    # Built from a copy: the build's build/ and *.egg-info land there, not in the checkout.
    source = base / "source"
    junk = shutil.ignore_patterns(".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".*cache", "tests")
    shutil.copytree(ROOT, source, ignore=junk)
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input"]
    # No isolation: the venv's setuptools (the test extra holds it to the build-system's range), offline.
    built = subprocess.run(
        [*pip, "wheel", "--no-deps", "--no-build-isolation", "-w", str(base / "dist"), str(source)],
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
    )
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    (wheel,) = (base / "dist").glob("hearth-*.whl")
    target = base / "target"
    done = subprocess.run(
        [*pip, "install", "--no-deps", "--no-compile", "--target", str(target), str(wheel)],
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return Installed(wheel, target)


def shipped_resources() -> set[str]:
    """resources/ as the app reads it: all of it but the build scripts and the translations' sources."""
    found = set()
    for path in (ROOT / "resources").rglob("*"):
        relative = path.relative_to(ROOT / "resources")
        if not path.is_file() or "__pycache__" in relative.parts:
            continue
        if relative.parts[0] == "packaging" and relative.parts[1] != "licenses":
            continue
        if relative.parts[0] == "translations" and path.suffix != ".qm":
            continue
        found.add(relative.as_posix())
    return found


def clean_env(tmp: Path, target: Path, **extra: str) -> dict[str, str]:
    venv_bin = Path(sys.executable).parent.resolve()
    path = [part for part in os.environ.get("PATH", "").split(os.pathsep) if part and Path(part).resolve() != venv_bin]
    (tmp / "home").mkdir(exist_ok=True)
    env = {
        "PATH": os.pathsep.join(path),
        "HOME": str(tmp / "home"),
        "TMPDIR": str(tmp),
        "LANG": "C.UTF-8",
        "HEARTH_DATA_DIR": str(tmp / "data"),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": os.pathsep.join([str(target), *site.getsitepackages()]),
    }
    for name in ("SYSTEMROOT", "WINDIR", "USERPROFILE", "LOCALAPPDATA", "APPDATA", "TEMP", "TMP"):
        if name in os.environ and sys.platform == "win32":
            env[name] = os.environ[name]
    env.update(extra)
    return env


def run(installed: Installed, tmp: Path, *command: str) -> subprocess.CompletedProcess:
    assert ROOT not in tmp.resolve().parents, "the installed app must run from outside the checkout"
    return subprocess.run(
        [sys.executable, "-S", *command],
        cwd=tmp,
        env=clean_env(tmp, installed.target),
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
    )


def hearth(installed: Installed) -> list[str]:
    """The `hearth` script pip wrote (on Windows a launcher .exe, which cannot take -S: its module instead)."""
    script = installed.target / "bin" / "hearth"
    return [str(script)] if script.is_file() else ["-m", "desktop"]


# -- what is in the wheel ---------------------------------------------------------------------


def test_the_wheel_has_one_top_level_package(installed: Installed) -> None:
    """`models` and `resources` stay top-level folders of the checkout, and go under `desktop` in the wheel."""
    names = zipfile.ZipFile(installed.wheel).namelist()
    assert {name.split("/")[0] for name in names} == {"desktop", f"hearth-{__version__}.dist-info"}
    top_level = {path.name for path in installed.target.iterdir()}
    assert top_level <= {"desktop", f"hearth-{__version__}.dist-info", "bin"}, top_level


def test_the_wheel_carries_every_module_and_resource(installed: Installed) -> None:
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    modules = {path.relative_to(ROOT).as_posix() for path in (ROOT / "desktop").rglob("*.py")}
    modules |= {f"{MAPPED['models']}/{path.name}" for path in (ROOT / "models").glob("*.py")}
    assert sorted(modules - names) == []
    catalogs = {f"{MAPPED['models']}/{path.name}" for path in (ROOT / "models").glob("*.json")}
    assert catalogs and catalogs <= names
    resources = {name.removeprefix(MAPPED["resources"] + "/") for name in names if name.startswith(MAPPED["resources"])}
    assert resources == shipped_resources()
    assert any(name.startswith("translations/hearth_") and name.endswith(".qm") for name in resources), resources


def imports_by_file() -> dict[str, set[str]]:
    """The top-level names each module of desktop/ and models/ imports (lazy imports included)."""
    found = {}
    for path in [*(ROOT / "desktop").rglob("*.py"), *(ROOT / "models").glob("*.py")]:
        names = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                names |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
        found[path.relative_to(ROOT).as_posix()] = names
    return found


def test_the_code_imports_the_mapped_folders_by_their_installed_names() -> None:
    """`from models import ...` works only from the checkout's root: installed, it is `desktop.models`."""
    wrong = {name: sorted(names & set(MAPPED)) for name, names in imports_by_file().items() if names & set(MAPPED)}
    assert wrong == {}


def test_the_dependencies_cover_every_direct_import(installed: Installed) -> None:
    """Each third-party package the code imports is a requirement of the wheel (or of one of its extras)."""
    from importlib.metadata import packages_distributions

    with zipfile.ZipFile(installed.wheel) as wheel:
        metadata = wheel.read(f"hearth-{__version__}.dist-info/METADATA").decode()
    declared = set()
    for line in metadata.splitlines():
        if line.startswith("Requires-Dist:"):
            name = re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", line.split(":", 1)[1].strip())
            assert name, line
            declared.add(normalized(name.group()))
    imported = set().union(*imports_by_file().values())
    # Not dependencies: Hearth's own packages, and the test suite's stand-in Hub, which the benchmark's
    # Hub figures borrow (desktop/bench/hub_measures.py: they run from a checkout).
    own = {"desktop", "tests", *MAPPED}
    owners = packages_distributions()
    missing = {}
    for name in sorted(imported - set(sys.stdlib_module_names) - own):
        distributions = {normalized(dist) for dist in owners.get(name, [])}
        if not distributions & declared:
            missing[name] = sorted(distributions) or "not installed"
    assert missing == {}


def normalized(distribution: str) -> str:
    return re.sub(r"[-_.]+", "-", distribution).lower()


# -- the installed app, from elsewhere ----------------------------------------------------------

PROBE = """
import importlib.util, json, sys
from pathlib import Path
import desktop
from desktop.core import build_info, paths
from desktop.core.library import catalog
from PySide6.QtCore import QTranslator
from PySide6.QtGui import QImage

try:
    from desktop.models import starter
    starter_file = starter.__file__
except ImportError as error:
    starter_file = repr(error)
expected = json.loads(sys.argv[1])
qm = sorted(name for name in expected if name.endswith(".qm"))
print(json.dumps({
    "desktop": desktop.__file__,
    "starter": starter_file,
    "resources": str(paths.resource_path()),
    "catalog": str(catalog.default_path()),
    "catalog_entries": len(catalog.load_catalog()) if catalog.default_path().is_file() else 0,
    "missing": [name for name in expected if not paths.resource_path(*name.split("/")).is_file()],
    "icon_loads": not QImage(str(paths.resource_path("icons", "hearth.png"))).isNull(),
    "translations_load": {name: QTranslator().load(str(paths.resource_path(*name.split("/")))) for name in qm},
    "licences_missing": [licence.text_file for licence in build_info.LICENCES if licence.text_path() is None],
    "top_level": {name: importlib.util.find_spec(name) is not None for name in ("models", "resources")},
}))
"""


def test_version_from_the_installed_script(installed: Installed, tmp_path: Path) -> None:
    done = run(installed, tmp_path, *hearth(installed), "--version")
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip() == f"Hearth {__version__}"


def test_the_installed_app_finds_its_resources(installed: Installed, tmp_path: Path) -> None:
    expected = sorted(shipped_resources())
    done = run(installed, tmp_path, "-c", PROBE, json.dumps(expected))
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    inside = installed.target / "desktop"
    assert Path(report["desktop"]).is_relative_to(inside), report
    assert Path(report["starter"]).is_relative_to(inside), report
    assert Path(report["resources"]).is_relative_to(inside), report
    assert Path(report["catalog"]).is_relative_to(inside) and report["catalog_entries"] > 0, report
    assert report["missing"] == [], report
    assert report["icon_loads"] is True, report
    assert report["translations_load"] and all(report["translations_load"].values()), report
    assert report["licences_missing"] == [], report
    assert report["top_level"] == {"models": False, "resources": False}, report


def test_the_installed_window_paints(installed: Installed, tmp_path: Path) -> None:
    """The real window, offscreen, from the installed copy: every module it imports is in the wheel."""
    done = run(installed, tmp_path, *hearth(installed), "--exit-after-paint")
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-4000:]
    assert any(line.startswith("first-paint ") for line in done.stdout.splitlines()), done.stdout[-2000:]
