"""Print what takes the space in a built bundle: `python resources/packaging/bundle_size.py dist/Hearth`."""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

# (label, test on the path inside _internal); the first match wins, so specific ones come first.
GROUPS: list[tuple[str, tuple[str, ...]]] = [
    ("Qt: ICU data and libraries (libicu*, needed by QtCore)", ("PySide6/Qt/lib/libicu", "PySide6/icu")),
    ("Qt: Core, Gui, Widgets, Svg, … libraries", ("PySide6/Qt/lib/", "PySide6/Qt6", "PySide6/Qt/Qt")),
    ("Qt: plugins (platforms, image formats, styles…)", ("PySide6/Qt/plugins/", "PySide6/plugins/")),
    ("PySide6/shiboken6 Python bindings", ("PySide6/", "shiboken6/")),
    ("numpy's OpenBLAS and Fortran runtime (numpy.libs)", ("numpy.libs/",)),
    ("numpy", ("numpy/",)),
    ("llama.cpp (llama_cpp/lib)", ("llama_cpp/",)),
    ("Python: libpython", ("libpython",)),
    ("Python: extension modules (lib-dynload) and base_library.zip", ("python3", "base_library.zip")),
]


def classify(relative: str) -> str:
    for label, prefixes in GROUPS:
        if any(relative.startswith(prefix) for prefix in prefixes):
            return label
    if "/" not in relative and (".so" in relative or relative.endswith((".dll", ".dylib"))):
        return "system libraries copied from the build machine (X11/xcb, fontconfig, glib, OpenSSL, libstdc++…)"
    return "other Python packages' binaries and data"


def sizes(bundle: Path) -> dict[str, int]:
    internal = bundle / "_internal" if (bundle / "_internal").is_dir() else bundle
    totals: dict[str, int] = defaultdict(int)
    for path in bundle.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        if path.parent == bundle:
            # The executable carries the bootloader and the archive of every pure-Python module.
            totals["the executable: bootloader + all pure-Python modules (PYZ)"] += path.stat().st_size
            continue
        totals[classify(path.relative_to(internal).as_posix())] += path.stat().st_size
    return dict(totals)


def table(bundle: Path) -> str:
    totals = sizes(bundle)
    whole = sum(totals.values())
    lines = ["| Part | MB | Share |", "|---|---:|---:|"]
    for label, size in sorted(totals.items(), key=lambda item: -item[1]):
        lines.append(f"| {label} | {size / 1e6:.1f} | {100 * size / whole:.0f}% |")
    lines.append(f"| **Total** | **{whole / 1e6:.1f}** | |")
    return "\n".join(lines)


if __name__ == "__main__":
    print(table(Path(sys.argv[1] if len(sys.argv) > 1 else "dist/Hearth")))
