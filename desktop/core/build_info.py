"""What this Hearth is built from: versions, llama.cpp's build (CPU features, GPU backend) and the licences."""

from __future__ import annotations

import importlib.util
import os
import platform
import re
from dataclasses import dataclass, field
from pathlib import Path

from desktop import APP_NAME, __version__
from desktop.core import paths

# Flags in llama.cpp's CPU line that are build options, not instruction sets of the processor.
_CPU_BUILD_OPTIONS = frozenset({"LLAMAFILE", "OPENMP", "REPACK", "KLEIDIAI", "ACCELERATE", "AMX_INT8_REPACK"})
# The core libraries beside the backends in llama_cpp/lib; anything else named [lib]ggml-* is a backend.
_CORE_LIBRARIES = frozenset({"ggml", "ggml-base", "llama", "mtmd", "llava"})


@dataclass(frozen=True)
class Licence:
    component: str
    spdx: str
    name: str
    url: str
    text_file: str  # the full text, under resources/packaging/licenses/
    note: str = ""

    def text_path(self) -> Path | None:
        return licence_path(self.text_file)

    def text(self) -> str:
        return licence_text(self.text_file) or f"{self.name} ({self.spdx}): {self.url}"


def licence_path(file_name: str) -> Path | None:
    """A licence text shipped in resources/packaging/licenses (in a checkout and in the bundle)."""
    path = paths.resource_path("packaging", "licenses", file_name)
    return path if path.is_file() else None


def licence_text(file_name: str) -> str:
    path = licence_path(file_name)
    return path.read_text(encoding="utf-8", errors="replace") if path is not None else ""


LICENCES: tuple[Licence, ...] = (
    Licence(
        APP_NAME,
        "Apache-2.0",
        "Apache License 2.0",
        "https://www.apache.org/licenses/LICENSE-2.0",
        "Apache-2.0.txt",
    ),
    Licence(
        "Qt 6, through PySide6",
        "LGPL-3.0-only",
        "GNU Lesser General Public License v3",
        "https://www.gnu.org/licenses/lgpl-3.0.html",
        "LGPL-3.0.txt",
        # What the LGPL asks of an app that ships Qt: the user can swap in their own Qt.
        note="Qt's libraries are separate files in Hearth's folder; you may replace them with your own build "
        "of the same Qt version. The LGPL adds permissions to the GNU GPL v3 (GPL-3.0.txt).",
    ),
    Licence(
        "llama.cpp (ggml)",
        "MIT",
        "MIT License",
        "https://github.com/ggml-org/llama.cpp/blob/master/LICENSE",
        "llama.cpp-MIT.txt",
    ),
    Licence(
        "llama-cpp-python",
        "MIT",
        "MIT License",
        "https://github.com/abetlen/llama-cpp-python/blob/main/LICENSE.md",
        "llama-cpp-python-MIT.txt",
    ),
)


# Texts the licences above refer to: the LGPL v3 is a set of additional permissions on the GPL v3.
REFERENCED_TEXTS: tuple[tuple[str, str], ...] = (
    ("GNU General Public License v3 (the LGPL builds on it)", "GPL-3.0.txt"),
)


@dataclass(frozen=True)
class LlamaBuild:
    """How the llama.cpp in use was built; `error` says why the rest is empty."""

    package_version: str = ""  # llama-cpp-python
    library_version: str = ""  # llama.cpp's own (llama_version())
    system_info: str = ""  # llama.cpp's line, as it prints it
    cpu_features: tuple[str, ...] = ()  # instruction sets compiled in (AVX2, NEON, ...)
    build_options: tuple[str, ...] = ()  # OPENMP, LLAMAFILE, REPACK, ...
    gpu_backend: str = ""  # "CUDA", "Metal", "Vulkan", ...; "" when it runs on the CPU only
    backend_modules: tuple[str, ...] = ()  # ggml backends loaded at run time (a GGML_BACKEND_DL build)
    error: str = ""

    @property
    def portable_cpu(self) -> bool:
        """Built with one CPU backend per processor generation, the best chosen at start-up."""
        return sum(name.startswith("cpu-") for name in self.backend_modules) > 1


@dataclass(frozen=True)
class BuildInfo:
    app_name: str
    app_version: str
    python_version: str
    system: str
    frozen: bool
    llama: LlamaBuild
    licences: tuple[Licence, ...] = field(default=LICENCES)

    def as_text(self, model_name: str = "", model_licence: str = "") -> str:
        """A plain-text summary for bug reports (the About dialog's "Copy details")."""
        llama = self.llama
        lines = [
            f"{self.app_name} {self.app_version}{' (frozen bundle)' if self.frozen else ''}",
            f"Python {self.python_version} on {self.system}",
        ]
        if llama.error:
            lines.append(f"llama.cpp: unavailable ({llama.error})")
        else:
            lines += [
                f"llama-cpp-python {llama.package_version}, llama.cpp {llama.library_version}",
                f"GPU backend: {llama.gpu_backend or 'none (CPU only)'}",
                f"CPU features: {' '.join(llama.cpu_features) or 'baseline'}",
                f"Backend modules: {' '.join(llama.backend_modules) or 'none (backends built in)'}",
                f"System info: {llama.system_info}",
            ]
        if model_name:
            lines.append(f"Model: {model_name} (licence: {model_licence or 'not stated'})")
        lines += [f"{licence.component}: {licence.spdx}" for licence in self.licences]
        return "\n".join(lines)


def parse_system_info(text: str) -> dict[str, dict[str, str]]:
    """Split llama.cpp's "CPU : SSE3 = 1 | AVX = 1 | ... | CUDA : ARCHS = 890 | ..." into sections."""
    sections: dict[str, dict[str, str]] = {}
    current = ""
    for item in text.split("|"):
        item = item.strip()
        if not item:
            continue
        if " : " in item:
            current, item = (part.strip() for part in item.split(" : ", 1))
            sections.setdefault(current, {})
        key, _, value = item.partition("=")
        if key.strip():
            sections.setdefault(current, {})[key.strip()] = value.strip()
    return sections


def cpu_features(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(instruction sets, build options) switched on in the CPU section of llama.cpp's system info."""
    flags = parse_system_info(text).get("CPU", {})
    on = [key for key, value in flags.items() if value == "1"]
    return (
        tuple(key for key in on if key not in _CPU_BUILD_OPTIONS),
        tuple(key for key in on if key in _CPU_BUILD_OPTIONS),
    )


def llama_library_dir() -> Path | None:
    """llama_cpp/lib, found without importing llama_cpp (that loads the libraries)."""
    override = os.environ.get("LLAMA_CPP_LIB_PATH")
    if override:
        return Path(override)
    spec = importlib.util.find_spec("llama_cpp")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "lib"


def backend_modules(lib_dir: Path | None) -> tuple[str, ...]:
    """Names of the ggml backends in lib_dir that load at run time: cpu-haswell, cuda, vulkan, ..."""
    if lib_dir is None or not lib_dir.is_dir():
        return ()
    found = set()
    for path in lib_dir.iterdir():
        match = re.fullmatch(r"(?:lib)?ggml-([\w.-]+?)\.(?:so|dll|dylib)", path.name)
        if match and match.group(1) not in _CORE_LIBRARIES and f"ggml-{match.group(1)}" not in _CORE_LIBRARIES:
            found.add(match.group(1))
    # A plain libggml-cpu.so next to libggml is the built-in CPU backend of a default build, not a module.
    if found == {"cpu"}:
        return ()
    return tuple(sorted(found))


def llama_build() -> LlamaBuild:
    """Ask llama.cpp how it was built. Importing it loads its libraries, so this is not free (~0.3 s)."""
    try:
        from desktop.core.backends.llama import native

        info = native.system_info()
        library = native.lib.llama_version()
        features, options = cpu_features(info)
        return LlamaBuild(
            package_version=native.llama_cpp_version(),
            library_version=library.decode("utf-8", "replace") if isinstance(library, bytes) else str(library),
            system_info=info,
            cpu_features=features,
            build_options=options,
            gpu_backend=native.gpu_backend_name(),
            backend_modules=backend_modules(llama_library_dir()),
        )
    except Exception as error:  # a missing or broken library must not take the About box down with it
        return LlamaBuild(error=f"{type(error).__name__}: {error}")


def collect(llama: LlamaBuild | None = None) -> BuildInfo:
    return BuildInfo(
        app_name=APP_NAME,
        app_version=__version__,
        python_version=platform.python_version(),
        system=f"{platform.system()} {platform.release()} ({platform.machine()})",
        frozen=paths.is_frozen(),
        llama=llama if llama is not None else llama_build(),
    )


if __name__ == "__main__":
    print(collect().as_text())
