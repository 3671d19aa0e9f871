"""Light and dark looks: follow the system's colour scheme unless the user picked one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from desktop.core.paths import resource_path
from desktop.ui.markdown import DARK, LIGHT, Palette

COLORS = {
    "light": {
        "window": "#ffffff",
        "sidebar": "#f7f7f8",
        "text": "#1f2328",
        "muted": "#6b7280",
        "user_bubble": "#eef2ff",
        "border": "#e5e7eb",
        "accent": "#c2410c",
        "accent_text": "#ffffff",
        "stop": "#b91c1c",
        "warning": "#b45309",
    },
    "dark": {
        "window": "#17181c",
        "sidebar": "#1e2026",
        "text": "#e6e6e6",
        "muted": "#9ca3af",
        "user_bubble": "#262b3d",
        "border": "#2d3039",
        "accent": "#ea580c",
        "accent_text": "#ffffff",
        "stop": "#dc2626",
        "warning": "#f59e0b",
    },
}


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme() if hints is not None else Qt.ColorScheme.Unknown
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def resolve(theme: str) -> str:
    if theme in ("light", "dark"):
        return theme
    return "dark" if system_is_dark() else "light"


def markdown_palette(mode: str) -> Palette:
    return DARK if mode == "dark" else LIGHT


def apply_theme(app: QApplication, theme: str, font_size: int = 0) -> str:
    """Apply the style sheet for `theme` ("system", "light" or "dark"); return the mode used."""
    mode = resolve(theme)
    colors = COLORS[mode]
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(colors["window"]))
    palette.setColor(QPalette.ColorRole.Base, QColor(colors["window"]))
    palette.setColor(QPalette.ColorRole.Text, QColor(colors["text"]))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colors["text"]))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(colors["text"]))
    palette.setColor(QPalette.ColorRole.Button, QColor(colors["sidebar"]))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(colors["muted"]))
    palette.setColor(QPalette.ColorRole.Link, QColor(colors["accent"]))
    app.setPalette(palette)
    template = ""
    path = resource_path("style.qss")
    if path.is_file():
        template = path.read_text(encoding="utf-8")
    sheet = template
    for key in sorted(colors, key=len, reverse=True):  # "@accent_text" before "@accent"
        sheet = sheet.replace("@" + key, colors[key])
    app.setStyleSheet(sheet)
    if font_size > 0:
        font = QFont(app.font())
        font.setPointSize(font_size)
        app.setFont(font)
    return mode
