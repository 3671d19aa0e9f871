"""Build info, the About dialog, and the packaging files (icons, desktop file, scripts) without building."""

from __future__ import annotations

import configparser
import os
import platform
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QAbstractButton, QComboBox, QPlainTextEdit, QTabWidget, QTextBrowser, QWidget

from desktop import __version__
from desktop.core import build_info
from desktop.core.build_info import BuildInfo, LlamaBuild
from desktop.core.runtime.types import ModelInfo
from desktop.ui.about_dialog import AboutDialog

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"
CPU_LINE = (
    "CPU : SSE3 = 1 | SSSE3 = 1 | AVX = 1 | AVX2 = 1 | F16C = 1 | FMA = 1 | AVX512 = 0 | "
    "LLAMAFILE = 1 | OPENMP = 1 | REPACK = 1 |"
)
CUDA_LINE = "CUDA : ARCHS = 890 | USE_GRAPHS = 1 | PEER_MAX_BATCH_SIZE = 128 | " + CPU_LINE


def fake_info(**llama: object) -> BuildInfo:
    fields: dict = {
        "package_version": "0.3.36",
        "library_version": "0.5.0-dev",
        "system_info": CPU_LINE,
        "cpu_features": ("SSE3", "AVX2"),
        "build_options": ("OPENMP",),
    }
    fields.update(llama)
    return build_info.collect(LlamaBuild(**fields))


def model(license: str = "apache-2.0") -> ModelInfo:
    return ModelInfo(
        path="/models/SmolLM2.gguf",
        name="SmolLM2 135M Instruct",
        architecture="llama",
        context_length=4096,
        train_context_length=8192,
        size_bytes=98_362_432,
        parameters=135_000_000,
        gpu_layers=0,
        backend="CPU",
        load_seconds=0.2,
        license=license,
    )


# -- build_info (no Qt) -----------------------------------------------------------------


def test_system_info_is_split_into_sections() -> None:
    sections = build_info.parse_system_info(CUDA_LINE)
    assert sections["CUDA"]["ARCHS"] == "890"
    assert sections["CPU"]["AVX2"] == "1"
    assert sections["CPU"]["AVX512"] == "0"


def test_cpu_features_separate_instruction_sets_from_build_options() -> None:
    features, options = build_info.cpu_features(CUDA_LINE)
    assert features == ("SSE3", "SSSE3", "AVX", "AVX2", "F16C", "FMA")  # AVX512 = 0 is off
    assert options == ("LLAMAFILE", "OPENMP", "REPACK")
    assert build_info.cpu_features("") == ((), ())


def test_backend_modules_tell_a_portable_build_from_a_default_one(tmp_path: Path) -> None:
    default = tmp_path / "default"
    default.mkdir()
    for name in ("libggml.so", "libggml-base.so", "libggml-cpu.so", "libllama.so", "libmtmd.so", "libggml.so.0"):
        (default / name).touch()
    assert build_info.backend_modules(default) == ()

    portable = tmp_path / "portable"
    portable.mkdir()
    for name in ("libggml.so", "libggml-base.so", "libggml-cpu-haswell.so", "libggml-cpu-x64.so", "libggml-cuda.so"):
        (portable / name).touch()
    assert build_info.backend_modules(portable) == ("cpu-haswell", "cpu-x64", "cuda")
    assert LlamaBuild(backend_modules=("cpu-haswell", "cpu-x64", "cuda")).portable_cpu
    assert not LlamaBuild(backend_modules=("cuda",)).portable_cpu

    windows = tmp_path / "windows"
    windows.mkdir()
    for name in ("ggml.dll", "ggml-base.dll", "ggml-cpu-sse42.dll", "ggml-cpu-zen4.dll", "llama.dll"):
        (windows / name).touch()
    assert build_info.backend_modules(windows) == ("cpu-sse42", "cpu-zen4")
    assert build_info.backend_modules(tmp_path / "missing") == ()


def test_licences_name_hearth_qt_and_llama_cpp_with_their_texts() -> None:
    by_component = {licence.component: licence for licence in build_info.LICENCES}
    assert by_component["Hearth"].spdx == "Apache-2.0"
    assert by_component["Qt 6, through PySide6"].spdx == "LGPL-3.0-only"
    assert by_component["llama.cpp (ggml)"].spdx == "MIT"
    for licence in build_info.LICENCES:
        assert licence.text_path() is not None, licence.text_file
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in by_component["Qt 6, through PySide6"].text()
    assert "Apache License" in by_component["Hearth"].text()
    assert "ggml authors" in by_component["llama.cpp (ggml)"].text()
    # The LGPL is a set of additional permissions on the GPL v3, whose text must travel with it.
    assert (ROOT / "resources" / "packaging" / "licenses" / "GPL-3.0.txt").is_file()


def test_real_build_info_reports_this_llama_cpp() -> None:
    info = build_info.collect()
    assert info.app_version == __version__
    assert info.python_version == platform.python_version()
    assert not info.frozen
    assert not info.llama.error
    assert info.llama.package_version == "0.3.36"
    assert info.llama.system_info.startswith("CPU") or "CPU :" in info.llama.system_info
    if platform.machine() in ("x86_64", "AMD64"):
        assert "SSE3" in info.llama.cpu_features
    text = info.as_text("Some model", "mit")
    assert f"Hearth {__version__}" in text
    assert "llama-cpp-python 0.3.36" in text
    assert "Model: Some model (licence: mit)" in text


def test_a_broken_llama_cpp_is_reported_not_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    import desktop.core.backends.llama.native as runtime

    def broken() -> str:
        raise OSError("libllama.so: cannot open shared object file")

    monkeypatch.setattr(runtime, "system_info", broken)
    llama = build_info.llama_build()
    assert "cannot open shared object file" in llama.error
    assert "llama.cpp: unavailable" in build_info.collect(llama).as_text()


def test_build_info_imports_no_qt() -> None:
    code = (
        "import sys\n"
        "from desktop.core import build_info\n"
        "build_info.collect()\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'desktop.ui'))]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, timeout=120)


# -- the About dialog -------------------------------------------------------------------


def focusable(dialog: QWidget) -> list[QWidget]:
    kinds = (QAbstractButton, QComboBox, QPlainTextEdit, QTextBrowser, QTabWidget)
    return [widget for widget in dialog.findChildren(QWidget) if isinstance(widget, kinds)]


def test_about_dialog_shows_versions_build_and_licences(qtbot) -> None:
    dialog = AboutDialog(None, model=model("apache-2.0"), info=fake_info(gpu_backend="CUDA"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "About Hearth"
    assert dialog.version_labels["Version"].text() == __version__
    assert dialog.version_labels["llama-cpp-python"].text() == "0.3.36"
    assert dialog.gpu_label.text() == "CUDA"
    assert "AVX2" in dialog.cpu_label.text()
    assert "One CPU backend" in dialog.portable_label.text()
    assert dialog.system_info.toPlainText() == CPU_LINE
    html = dialog.licences.toPlainText()
    for expected in ("Apache License 2.0", "GNU Lesser General Public License v3", "MIT License", "replace them"):
        assert expected in html
    assert "SmolLM2 135M Instruct is under “apache-2.0”" in html
    assert dialog.icon.pixmap() is not None and not dialog.icon.pixmap().isNull()


def test_every_control_of_the_about_dialog_has_an_accessible_name(qtbot) -> None:
    dialog = AboutDialog(None, model=None, info=fake_info())
    qtbot.addWidget(dialog)
    controls = focusable(dialog)
    assert len(controls) >= 7  # tabs, Copy, Close, system info, licences, licence choice, licence text
    assert {type(widget).__name__: widget.accessibleName() for widget in controls if not widget.accessibleName()} == {}
    assert dialog.icon.accessibleName() == "Hearth icon"


def test_model_licence_wording(qtbot) -> None:
    for loaded, expected in (
        (None, "no model is loaded"),
        (model(""), "does not state a licence"),
        (model("llama3.1"), "is under “llama3.1”"),
    ):
        dialog = AboutDialog(None, model=loaded, info=fake_info())
        qtbot.addWidget(dialog)
        assert expected in dialog.model_licence_text()


def test_licence_texts_switch_and_details_copy(qtbot) -> None:
    dialog = AboutDialog(None, model=model("mit"), info=fake_info())
    qtbot.addWidget(dialog)
    assert "Apache License" in dialog.licence_text.toPlainText()
    dialog.licence_choice.setCurrentIndex(1)
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.licence_text.toPlainText()
    dialog.licence_choice.setCurrentIndex(dialog.licence_choice.count() - 1)
    assert "GNU GENERAL PUBLIC LICENSE" in dialog.licence_text.toPlainText()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert f"Hearth {__version__}" in copied
    assert "Model: SmolLM2 135M Instruct (licence: mit)" in copied
    assert "Qt 6, through PySide6: LGPL-3.0-only" in copied


def test_about_dialog_survives_a_missing_llama_cpp(qtbot) -> None:
    dialog = AboutDialog(None, info=build_info.collect(LlamaBuild(error="OSError: no libllama")))
    qtbot.addWidget(dialog)
    assert "no libllama" in dialog.cpu_label.text()
    assert dialog.version_labels["llama.cpp"].text() == "unavailable"


def test_about_dialog_with_the_real_build_info(qtbot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert dialog.info.llama.package_version == "0.3.36"
    assert dialog.system_info.toPlainText()


def test_portable_build_is_described(qtbot) -> None:
    modules = ("cpu-haswell", "cpu-sse42", "cpu-x64")
    dialog = AboutDialog(None, info=fake_info(backend_modules=modules))
    qtbot.addWidget(dialog)
    assert dialog.portable_label.text().startswith("Portable: 3 CPU variants")


# -- packaging files ----------------------------------------------------------------------


def test_icons_render_and_come_in_every_format() -> None:
    image = QImage(str(ICONS / "hearth.png"))
    assert (image.width(), image.height()) == (256, 256)
    assert image.hasAlphaChannel()
    from PySide6.QtSvg import QSvgRenderer

    assert QSvgRenderer(str(ICONS / "hearth.svg")).isValid()
    ico = (ICONS / "hearth.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 5
    sides = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sides
    icns = (ICONS / "hearth.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert b"ic10" in icns and b"ic07" in icns


def test_icons_are_up_to_date_with_the_svg(tmp_path: Path) -> None:
    """hearth.png is what make_icons.py renders from hearth.svg (re-run it after editing the SVG)."""
    image = QImage(str(ICONS / "hearth.png"))
    from PySide6.QtSvg import QSvgRenderer

    sys.path.insert(0, str(ROOT / "resources" / "packaging"))
    try:
        import make_icons
    finally:
        sys.path.pop(0)
    fresh = QImage.fromData(make_icons.render_png(QSvgRenderer(str(ICONS / "hearth.svg")), 256))
    assert fresh.size() == image.size()
    assert fresh.pixelColor(128, 150) == image.pixelColor(128, 150)


def test_desktop_file() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(ROOT / "resources" / "hearth.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Name"] == "Hearth"
    assert section["Exec"].split()[0] == "hearth"
    assert section["Icon"] == "hearth"
    assert section["Terminal"] == "false"
    # app.py sets the desktop file name "hearth", so the window is matched to hearth.desktop.
    assert section["StartupWMClass"] == "hearth"


def test_windows_version_template_has_the_placeholders() -> None:
    text = (ROOT / "resources" / "packaging" / "version_info.txt").read_text(encoding="utf-8")
    assert "filevers={version_tuple}" in text and "prodvers={version_tuple}" in text
    assert "StringStruct('ProductVersion', '{version}')" in text
    filled = text.replace("{version_tuple}", "(0, 1, 0, 0)").replace("{version}", "0.1.0")
    compile(filled, "version_info.txt", "eval")  # PyInstaller eval()s it


def test_spec_is_valid_python() -> None:
    compile((ROOT / "build.spec").read_text(encoding="utf-8"), "build.spec", "exec")


@pytest.mark.skipif(sys.platform == "win32", reason="a bash script")
@pytest.mark.parametrize(
    ("backend", "expected"),
    [
        ("cpu", ["-DGGML_NATIVE=OFF"]),
        ("cuda", ["-DGGML_NATIVE=OFF", "-DGGML_CUDA=ON", "-DCMAKE_CUDA_ARCHITECTURES="]),
        ("vulkan", ["-DGGML_NATIVE=OFF", "-DGGML_VULKAN=ON"]),
    ],
)
def test_portable_build_script_cmake_args(backend: str, expected: list[str]) -> None:
    script = ROOT / "resources" / "packaging" / "build_portable_llama.sh"
    done = subprocess.run(
        ["bash", str(script), backend], env=dict(os.environ, DRY_RUN="1"), capture_output=True, text=True, timeout=30
    )
    assert done.returncode == 0, done.stderr
    args = done.stderr.strip().splitlines()[-1]
    for flag in expected:
        assert flag in args
    if sys.platform.startswith("linux") and platform.machine() in ("x86_64", "aarch64"):
        assert "-DGGML_BACKEND_DL=ON" in args and "-DGGML_CPU_ALL_VARIANTS=ON" in args
        assert "-DCMAKE_INSTALL_BINDIR=llama_cpp/lib" in args


def test_portable_build_script_refuses_an_unknown_backend() -> None:
    script = ROOT / "resources" / "packaging" / "build_portable_llama.sh"
    done = subprocess.run(["bash", str(script), "opencl-9000"], env=dict(os.environ, DRY_RUN="1"), capture_output=True)
    assert done.returncode == 2
