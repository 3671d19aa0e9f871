"""About Hearth: its version, how its llama.cpp was built, the licences, and the loaded model's licence."""

from __future__ import annotations

import html
import platform

import PySide6
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, qVersion
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.core import build_info
from desktop.core.build_info import BuildInfo
from desktop.core.paths import resource_path
from desktop.core.runtime.types import ModelInfo
from desktop.ui.i18n import tr

TAGLINE = QT_TRANSLATE_NOOP("", "Your own ChatGPT, on your own computer.")


def _value(text: str, accessible_name: str) -> QLabel:
    """A selectable value label; screen readers announce it under its field's name."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(accessible_name)
    return label


class AboutDialog(QDialog):
    """Modal "About Hearth". `model` is the loaded model, if any; `info` is for tests (default: collected now)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        model: ModelInfo | None = None,
        info: BuildInfo | None = None,
    ) -> None:
        super().__init__(parent)
        self.info = info if info is not None else build_info.collect()
        self.model = model
        self.setWindowTitle(tr("About {app}").format(app=self.info.app_name))
        self.setAccessibleName(tr("About {app}").format(app=self.info.app_name))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("About sections"))
        self.tabs.setAccessibleDescription(tr("Choose what to read: Hearth's versions, its llama.cpp build, licences"))
        self.tabs.addTab(self._about_tab(), "Hearth")
        self.tabs.addTab(self._llama_tab(), "llama.cpp")
        self.tabs.addTab(self._licences_tab(), tr("Licences"))
        self.copy_button = QPushButton(tr("Copy details"))
        self.copy_button.setAccessibleName(tr("Copy details"))
        self.copy_button.setAccessibleDescription(tr("Copy versions and build details, for a bug report"))
        self.copy_button.setToolTip(tr("Copy versions and build details, for a bug report"))
        self.copy_button.clicked.connect(self.copy_details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(tr("Close"))
        self.close_button.setAccessibleDescription(tr("Close this dialog"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(600, 520)

    # -- tabs -------------------------------------------------------------------------

    def _about_tab(self) -> QWidget:
        info = self.info
        page = QWidget()
        header = QHBoxLayout()
        self.icon = QLabel()
        self.icon.setAccessibleName(tr("{app} icon").format(app=info.app_name))
        pixmap = QPixmap(str(resource_path("icons", "hearth.png")))
        if not pixmap.isNull():
            ratio = self.devicePixelRatioF()
            scaled = pixmap.scaled(
                int(72 * ratio),
                int(72 * ratio),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            scaled.setDevicePixelRatio(ratio)
            self.icon.setPixmap(scaled)
        header.addWidget(self.icon)
        self.title = QLabel(
            f"<b style='font-size: 16pt'>{html.escape(info.app_name)}</b><br>{html.escape(tr(TAGLINE))}"
        )
        self.title.setAccessibleName(f"{info.app_name}: {tr(TAGLINE)}")
        header.addWidget(self.title, 1)
        form = QFormLayout()
        llama = info.llama
        versions = [  # (key in version_labels, label shown, value)
            ("Version", tr("Version"), info.app_version + (" " + tr("(bundled app)") if info.frozen else "")),
            ("llama-cpp-python", "llama-cpp-python", llama.package_version or tr("unavailable")),
            ("llama.cpp", "llama.cpp", llama.library_version or tr("unavailable")),
            ("Qt", "Qt", f"{qVersion()} (PySide6 {PySide6.__version__})"),
            ("Python", "Python", info.python_version),
            ("System", tr("System", "operating system"), info.system),
        ]
        self.version_labels: dict[str, QLabel] = {}
        for key, name, text in versions:
            label = _value(text, name)
            self.version_labels[key] = label
            form.addRow(name, label)
        layout = QVBoxLayout(page)
        layout.addLayout(header)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _llama_tab(self) -> QWidget:
        llama = self.info.llama
        page = QWidget()
        form = QFormLayout()
        if llama.error:
            self.gpu_label = _value(tr("unknown"), tr("GPU backend"))
            self.cpu_label = _value(
                tr("llama.cpp could not be loaded: {error}").format(error=llama.error), tr("CPU features")
            )
            self.portable_label = _value(tr("unknown"), tr("CPU build"))
        else:
            self.gpu_label = _value(llama.gpu_backend or tr("None: runs on the CPU"), tr("GPU backend"))
            features = " ".join(llama.cpu_features) or tr("baseline only")
            if llama.build_options:
                features += "  " + tr("(with {options})").format(options=", ".join(llama.build_options))
            self.cpu_label = _value(features, tr("CPU features"))
            if llama.portable_cpu:
                variants = [name[4:] for name in llama.backend_modules if name.startswith("cpu-")]
                portable = tr("Portable: {count} CPU variants, the best one loaded ({variants})").format(
                    count=len(variants), variants=", ".join(variants)
                )
            else:
                portable = tr("One CPU backend: it needs a processor with every feature listed above")
            self.portable_label = _value(portable, tr("CPU build"))
        form.addRow(tr("GPU backend"), self.gpu_label)
        form.addRow(tr("CPU features"), self.cpu_label)
        form.addRow(tr("CPU build"), self.portable_label)
        self.system_info = QPlainTextEdit(llama.system_info or llama.error)
        self.system_info.setReadOnly(True)
        self.system_info.setAccessibleName(tr("llama.cpp system info"))
        self.system_info.setAccessibleDescription(tr("The line llama.cpp prints about the system it runs on"))
        self.system_info.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(QLabel(tr("System info, as llama.cpp reports it:")))
        layout.addWidget(self.system_info, 1)
        return page

    def _licences_tab(self) -> QWidget:
        page = QWidget()
        self.licences = QTextBrowser()
        self.licences.setAccessibleName(tr("Licences"))
        self.licences.setAccessibleDescription(tr("The licences of Hearth, the software it is built on, and the model"))
        # Links open in the user's browser; the view itself never loads anything remote.
        self.licences.setOpenExternalLinks(True)
        self.licences.setHtml(self._licences_html())
        self.licence_choice = QComboBox()
        self.licence_choice.setAccessibleName(tr("Licence to read"))
        self.licence_choice.setAccessibleDescription(tr("Choose the licence whose full text is shown below"))
        for licence in self.info.licences:
            self.licence_choice.addItem(f"{licence.component}: {licence.name}", licence.text_file)
        for title, file_name in build_info.REFERENCED_TEXTS:
            self.licence_choice.addItem(title, file_name)
        self.licence_text = QPlainTextEdit()
        self.licence_text.setReadOnly(True)
        self.licence_text.setAccessibleName(tr("Licence text"))
        self.licence_text.setAccessibleDescription(tr("The full text of the chosen licence"))
        self.licence_choice.currentIndexChanged.connect(self._show_licence)
        self._show_licence(0)
        layout = QVBoxLayout(page)
        layout.addWidget(self.licences, 2)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Full text:")))
        row.addWidget(self.licence_choice, 1)
        layout.addLayout(row)
        layout.addWidget(self.licence_text, 3)
        return page

    def _licences_html(self) -> str:
        parts = ["<p>" + html.escape(tr("Hearth and the software it is built on:")) + "</p><ul>"]
        for licence in self.info.licences:
            parts.append(
                f"<li><b>{html.escape(licence.component)}</b>: "
                f"<a href='{html.escape(licence.url)}'>{html.escape(licence.name)}</a> ({html.escape(licence.spdx)})"
                + (f"<br><small>{html.escape(licence.note)}</small>" if licence.note else "")
                + "</li>"
            )
        parts.append("</ul>")
        parts.append(f"<p><b>{html.escape(tr('Model'))}</b>: {html.escape(self.model_licence_text())}</p>")
        return "".join(parts)

    def model_licence_text(self) -> str:
        if self.model is None:
            return tr("no model is loaded.")
        name = self.model.name or self.model.file_name
        if not self.model.license:
            return tr("{name} does not state a licence in its file; check the terms where you got it.").format(
                name=name
            )
        return tr("{name} is under “{licence}”, as its file states. Its terms apply to what you do with it.").format(
            name=name, licence=self.model.license
        )

    def _show_licence(self, index: int) -> None:
        if 0 <= index < len(self.info.licences):
            self.licence_text.setPlainText(self.info.licences[index].text())
        elif index >= 0:
            self.licence_text.setPlainText(build_info.licence_text(self.licence_choice.itemData(index)))

    # -- actions ----------------------------------------------------------------------

    def details(self) -> str:
        model_name = (self.model.name or self.model.file_name) if self.model else ""
        text = self.info.as_text(model_name, self.model.license if self.model else "")
        return f"{text}\nQt {qVersion()}, PySide6 {PySide6.__version__}, {platform.platform()}"

    def copy_details(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.details())
