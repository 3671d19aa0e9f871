#!/usr/bin/env bash
# Build a llama-cpp-python wheel that runs on other people's computers, not only on this one.
#
#   resources/packaging/build_portable_llama.sh [cpu|cuda|vulkan|metal] [OUT_DIR]
#
# PyPI ships llama-cpp-python as source only, and a default build compiles llama.cpp for the
# build machine's own CPU (GGML_NATIVE): a bundle made from it dies with "Illegal instruction"
# on an older CPU. This builds llama.cpp with GGML_NATIVE=OFF and, on x86-64 and arm64 Linux
# and Windows, GGML_BACKEND_DL=ON + GGML_CPU_ALL_VARIANTS=ON: one libggml-cpu-<variant> per
# CPU generation (x64, sse42, sandybridge, haswell, skylakex, icelake, alderlake, zen4, ...),
# of which ggml loads the best one for the running CPU at start-up. GPU backends become
# separate libggml-<gpu>.so modules too, so a GPU bundle still starts (on the CPU) on a
# computer without that GPU or driver.
#
# Environment: PYTHON (default python3) is the interpreter the wheel is for;
# EXTRA_CMAKE_ARGS are appended (e.g. -DCMAKE_CUDA_ARCHITECTURES=86 to build faster);
# DRY_RUN=1 prints the CMAKE_ARGS and stops.
# Install the wheel it prints into the venv you freeze, never into a shared one:
#   .venv/bin/pip install --force-reinstall --no-deps OUT_DIR/llama_cpp_python-*.whl
set -euo pipefail

VERSION=0.3.36
BACKEND=${1:-cpu}
OUT=${2:-dist/wheels}
PYTHON=${PYTHON:-python3}
SYSTEM=$(uname -s)
MACHINE=$(uname -m)

# Portable everywhere: no -march=native, and each backend a module loaded at run time.
args=(-DGGML_NATIVE=OFF)
if [[ "$SYSTEM" != Darwin ]]; then
    args+=(-DGGML_BACKEND_DL=ON)
    case "$MACHINE" in
        x86_64 | AMD64 | aarch64 | arm64) args+=(-DGGML_CPU_ALL_VARIANTS=ON) ;;
        *) echo "note: no CPU variants for $MACHINE; building one baseline CPU backend" >&2 ;;
    esac
    # llama-cpp-python copies only the libraries it knows by name into llama_cpp/lib; the
    # backend modules (libggml-cpu-haswell.so, ...) install into CMAKE_INSTALL_BINDIR, so point
    # that at llama_cpp/lib too, or they would land in site-packages/bin.
    args+=(-DCMAKE_INSTALL_BINDIR=llama_cpp/lib)
fi

case "$BACKEND" in
    cpu) ;;
    cuda)
        # Real code for each NVIDIA generation from Pascal to Hopper plus PTX for newer ones,
        # instead of "native" (only the build machine's GPU).
        args+=(-DGGML_CUDA=ON "-DCMAKE_CUDA_ARCHITECTURES=61-real;70-real;75-real;80-real;86-real;89-real;90")
        ;;
    vulkan) args+=(-DGGML_VULKAN=ON) ;;  # needs the Vulkan SDK (headers, glslc) to build
    metal)
        [[ "$SYSTEM" == Darwin ]] || { echo "metal: build on macOS" >&2; exit 2; }
        # llama-cpp-python already turns Metal on for Apple and embeds the shader library into
        # libggml-metal, so no .metal/.metallib files need to travel beside it.
        args+=(-DGGML_METAL=ON -DGGML_METAL_EMBED_LIBRARY=ON)
        ;;
    *) echo "usage: $0 [cpu|cuda|vulkan|metal] [OUT_DIR]" >&2; exit 2 ;;
esac

export CMAKE_ARGS="${args[*]} ${EXTRA_CMAKE_ARGS:-}"
export CMAKE_BUILD_PARALLEL_LEVEL=${CMAKE_BUILD_PARALLEL_LEVEL:-$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 2)}
echo "CMAKE_ARGS=$CMAKE_ARGS" >&2
[[ -z "${DRY_RUN:-}" ]] || exit 0
mkdir -p "$OUT"
# --no-cache-dir: pip would otherwise hand back the native wheel it cached earlier.
"$PYTHON" -m pip wheel --no-deps --no-cache-dir --no-binary llama-cpp-python \
    "llama-cpp-python==$VERSION" -w "$OUT"

wheel=$(ls -t "$OUT"/llama_cpp_python-"$VERSION"-*.whl | head -n 1)
echo "built $wheel" >&2
# Show what a frozen app has to carry: the core libraries and every backend module. (Copies of the
# core libraries also land in the wheel's lib/ through llama.cpp's own install rules; nothing uses them.)
"$PYTHON" - "$wheel" <<'PY'
import re, sys, zipfile
names = sorted(zipfile.ZipFile(sys.argv[1]).namelist())
print("\n".join(n for n in names if n.startswith("llama_cpp/lib/")))
core = r"(lib)?(ggml|ggml-base|llama|mtmd)\.(so|dll|dylib)"
modules = [n for n in names if re.search(r"ggml-[\w.-]+\.(so|dll|dylib)$", n) and not re.search(core, n)]
stray = [n for n in modules if not n.startswith("llama_cpp/lib/")]
if stray:
    print("error: backend modules outside llama_cpp/lib, where the app will not look:", *stray, sep="\n  ", file=sys.stderr)
    sys.exit(1)
PY
echo "$wheel"
