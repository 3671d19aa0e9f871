"""Light, dark and high-contrast looks: follow the system's unless the user picked one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from desktop.core.paths import resource_path
from desktop.ui.markdown import CONTRAST, DARK, LIGHT, Palette

COLORS = {
    "light": {
        "window": "#ffffff",
        "sidebar": "#f7f7f8",
        "text": "#1f2328",
        "muted": "#6b7280",
        "user_bubble": "#eef2ff",
        "border": "#e5e7eb",
        "selected": "#e5e7eb",  # a hovered or selected row, behind "selected_text"
        "selected_text": "#1f2328",
        "hover": "#e5e7eb",
        "accent": "#c2410c",
        "button": "#c2410c",  # the Send button, under "accent_text"
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
        "selected": "#2d3039",
        "selected_text": "#e6e6e6",
        "hover": "#2d3039",
        "accent": "#ea580c",  # links and citation numbers: bright enough on the dark window
        "button": "#c2410c",  # white reads on this one (5.2:1), not on the brighter accent (3.6:1)
        "accent_text": "#ffffff",
        "stop": "#dc2626",
        "warning": "#f59e0b",
    },
    # White on black, yellow for what acts and what has the focus: every pair at least 7:1 (WCAG AAA).
    "contrast": {
        "window": "#000000",
        "sidebar": "#000000",
        "text": "#ffffff",
        "muted": "#e5e5e5",
        "user_bubble": "#1a1a1a",
        "border": "#ffffff",
        "selected": "#ffd400",
        "selected_text": "#000000",
        "hover": "#333333",
        "accent": "#ffd400",
        "button": "#ffd400",
        "accent_text": "#000000",
        "stop": "#ff9e9e",
        "warning": "#ffd400",
    },
}
# Qt's Fusion style draws fields' frames in shades of the window colour, which on black are black:
# in high contrast every field gets a white frame instead.
CONTRAST_FIELDS = (
    "QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractItemView"
    " { border: 1px solid #ffffff; }\n"
    "QLineEdit:focus, QComboBox:focus, QAbstractSpinBox:focus, QPlainTextEdit:focus, QTextEdit:focus,"
    " QAbstractItemView:focus { border: 2px solid #ffd400; }\n"
    "MessageBody { border: none; }\n"  # a message's text is no field: its bubble frames it
    "MessageBody:focus { border: 2px solid #ffd400; }\n"
)
# The colour of the focus ring where the style sheet draws one itself.
FOCUS = {"light": "#2563eb", "dark": "#93c5fd", "contrast": "#ffd400"}


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme() if hints is not None else Qt.ColorScheme.Unknown
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def system_wants_contrast() -> bool:
    hints = QGuiApplication.styleHints()
    return hints is not None and hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast


def resolve(theme: str) -> str:
    if theme in COLORS:
        return theme
    if system_wants_contrast():
        return "contrast"
    return "dark" if system_is_dark() else "light"


def markdown_palette(mode: str) -> Palette:
    return {"dark": DARK, "contrast": CONTRAST}.get(mode, LIGHT)


def apply_theme(app: QApplication, theme: str, font_size: int = 0) -> str:
    """Apply the style sheet for `theme` (one of settings.THEMES); return the mode used."""
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
    if mode == "contrast":
        # Frames (a line edit's, a list's) are drawn in these: white, not the black of the window.
        for role in (QPalette.ColorRole.Light, QPalette.ColorRole.Midlight, QPalette.ColorRole.Mid):
            palette.setColor(role, QColor(colors["border"]))
        for role in (QPalette.ColorRole.Dark, QPalette.ColorRole.Shadow):
            palette.setColor(role, QColor("#b3b3b3"))
        palette.setColor(QPalette.ColorRole.Highlight, QColor(colors["selected"]))
        palette.setColor(QPalette.ColorRole.HighlightedText, QColor(colors["selected_text"]))
        palette.setColor(QPalette.ColorRole.ToolTipBase, QColor(colors["window"]))
        palette.setColor(QPalette.ColorRole.ToolTipText, QColor(colors["text"]))
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
            palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#b3b3b3"))
    app.setPalette(palette)
    template = ""
    path = resource_path("style.qss")
    if path.is_file():
        template = path.read_text(encoding="utf-8")
    sheet = template
    for key, value in sorted({**colors, "focus": FOCUS[mode]}.items(), key=lambda kv: -len(kv[0])):
        sheet = sheet.replace("@" + key, value)  # "@accent_text" before "@accent"
    app.setStyleSheet(sheet + (CONTRAST_FIELDS if mode == "contrast" else ""))
    if font_size > 0:
        font = QFont(app.font())
        font.setPointSize(font_size)
        app.setFont(font)
    return mode
