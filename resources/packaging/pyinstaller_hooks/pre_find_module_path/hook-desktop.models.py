"""`desktop.models` is the checkout's top-level models/ folder, which setup.py maps under `desktop`.

Run from a checkout, setuptools' editable finder resolves it; installed, the wheel has it in place.
PyInstaller's import analysis looks for it only inside desktop/, so this hook says where it is.
"""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]  # resources/packaging/pyinstaller_hooks/pre_find_module_path/


def pre_find_module_path(api):
    api.search_dirs = [str(ROOT)]
