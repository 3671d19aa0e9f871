"""Settings: this chat's prompt and sampling (with presets), and the app's own preferences.

The dialog edits copies and returns values (`app_settings()`, `chat_settings()`); the window
applies them when the user presses OK. Presets are saved as soon as the user saves one,
remote engines (the Engines tab) as soon as one is added or removed.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.chat_settings import OVERFLOW_POLICIES, ChatSettings
from desktop.core.settings import THEMES, Settings
from desktop.core.store import ConversationStore, StoreError
from desktop.core.store.presets import delete_preset, list_presets, save_preset
from desktop.ui.engines_settings import EnginesSettingsTab
from desktop.ui.server_settings import ServerSettingsTab


def _spin(low: float, high: float, step: float, decimals: int = 2) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(low, high)
    box.setSingleStep(step)
    box.setDecimals(decimals)
    return box


def _int_spin(low: int, high: int, special: str = "") -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    if special:
        box.setSpecialValueText(special)
    return box


class SettingsDialog(QDialog):
    messages = Signal(str)  # one line for the user (a preset that could not be saved, say)

    def __init__(
        self, parent: QWidget | None, settings: Settings, chat: ChatSettings, store: ConversationStore
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self._settings = settings
        self.db = store.db
        self._default_preset = settings.default_preset  # applied on OK, like everything here
        tabs = QTabWidget()
        tabs.addTab(self._chat_tab(), "This chat")
        tabs.addTab(self._app_tab(), "App")
        self.server_tab = ServerSettingsTab(settings)
        tabs.addTab(self.server_tab, "Local server")
        self.engines_tab = EnginesSettingsTab()  # saves at once; endpointsChanged tells the window
        tabs.addTab(self.engines_tab, "Engines")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.show_chat_settings(chat)
        self.resize(560, 620)

    # -- this chat ---------------------------------------------------------------------

    def _chat_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        presets_row = QHBoxLayout()
        self.preset_box = QComboBox()
        self.preset_box.setAccessibleName("Preset")
        self.preset_box.activated.connect(self._apply_preset)
        save = QPushButton("Save as preset…")
        save.clicked.connect(self._save_preset)
        remove = QPushButton("Delete preset")
        remove.clicked.connect(self._delete_preset)
        default = QPushButton("Use for new chats")
        default.setToolTip("New chats start with the chosen preset")
        default.clicked.connect(self._make_default)
        for widget in (self.preset_box, save, remove, default):
            presets_row.addWidget(widget)
        form.addRow("Preset", presets_row)
        self.system_prompt = QPlainTextEdit()
        self.system_prompt.setAccessibleName("System prompt")
        self.system_prompt.setFixedHeight(90)
        form.addRow("System prompt", self.system_prompt)
        self.temperature = _spin(0, 5, 0.05)
        self.top_p = _spin(0, 1, 0.01)
        self.top_k = _int_spin(0, 1000)
        self.min_p = _spin(0, 1, 0.01)
        self.repeat_penalty = _spin(0, 5, 0.05)
        self.max_tokens = _int_spin(1, 1_000_000)
        self.seed = _int_spin(-1, 2**31 - 1, "random")
        self.context_length = _int_spin(0, 1 << 20, "app default")
        self.context_length.setSingleStep(1024)
        self.overflow = QComboBox()
        for key, label in OVERFLOW_POLICIES.items():
            self.overflow.addItem(label, key)
        for label, widget in (
            ("Temperature", self.temperature),
            ("Top p", self.top_p),
            ("Top k", self.top_k),
            ("Min p", self.min_p),
            ("Repeat penalty", self.repeat_penalty),
            ("Max tokens", self.max_tokens),
            ("Seed", self.seed),
            ("Context length", self.context_length),
            ("When the context is full", self.overflow),
        ):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        self._reload_presets()
        return page

    def show_chat_settings(self, settings: ChatSettings) -> None:
        self.system_prompt.setPlainText(settings.system_prompt)
        self.temperature.setValue(settings.temperature)
        self.top_p.setValue(settings.top_p)
        self.top_k.setValue(settings.top_k)
        self.min_p.setValue(settings.min_p)
        self.repeat_penalty.setValue(settings.repeat_penalty)
        self.max_tokens.setValue(settings.max_tokens)
        self.seed.setValue(settings.seed)
        self.context_length.setValue(settings.context_length)
        self.overflow.setCurrentIndex(max(0, self.overflow.findData(settings.overflow)))

    def chat_settings(self) -> ChatSettings:
        return ChatSettings(
            system_prompt=self.system_prompt.toPlainText(),
            temperature=self.temperature.value(),
            top_p=self.top_p.value(),
            top_k=self.top_k.value(),
            min_p=self.min_p.value(),
            repeat_penalty=self.repeat_penalty.value(),
            max_tokens=self.max_tokens.value(),
            seed=self.seed.value(),
            context_length=self.context_length.value(),
            overflow=self.overflow.currentData(),
        ).validated()

    def _reload_presets(self) -> None:
        self.preset_box.clear()
        self.preset_box.addItem("(choose a preset)", "")
        try:
            self._presets = list_presets(self.db)
        except StoreError as error:
            self.messages.emit(str(error))
            self._presets = {}
        default = self._default_preset
        for name in self._presets:
            self.preset_box.addItem(f"{name} (new chats)" if name == default else name, name)

    def _apply_preset(self, index: int) -> None:
        name = self.preset_box.itemData(index)
        if name in self._presets:
            self.show_chat_settings(self._presets[name])

    def _save_preset(self) -> None:
        name, ok = QInputDialog.getText(self, "Save preset", "Name:")
        if ok and name.strip():
            try:
                save_preset(self.db, name, self.chat_settings())
            except StoreError as error:
                self.messages.emit(str(error))
            self._reload_presets()

    def _delete_preset(self) -> None:
        name = self.preset_box.currentData()
        if name:
            try:
                delete_preset(self.db, name)
            except StoreError as error:
                self.messages.emit(str(error))
            self._reload_presets()

    def _make_default(self) -> None:
        self._default_preset = self.preset_box.currentData() or ""
        self._reload_presets()

    # -- app ---------------------------------------------------------------------------

    def _app_tab(self) -> QWidget:
        settings = self._settings
        page = QWidget()
        form = QFormLayout(page)
        self.theme = QComboBox()
        for theme in THEMES:
            self.theme.addItem(theme.title(), theme)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        self.font_size = _int_spin(0, 40, "system")
        self.font_size.setValue(settings.font_size)
        self.models_dir = QLineEdit(str(settings.models_path()))
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse_models_dir)
        row = QHBoxLayout()
        row.addWidget(self.models_dir, 1)
        row.addWidget(browse)
        self.default_context = _int_spin(256, 1 << 20)
        self.default_context.setSingleStep(1024)
        self.default_context.setValue(settings.context_length)
        self.gpu_layers = _int_spin(-2, 999, "auto")
        self.gpu_layers.setMinimum(-2)
        self.gpu_layers.setToolTip("auto: every layer when this build can use a GPU; -1: all; 0: CPU only")
        self.gpu_layers.setValue(-2 if settings.gpu_layers is None else settings.gpu_layers)
        self.threads = _int_spin(0, 256, "one per core")
        self.threads.setValue(settings.threads)
        for label, widget in (
            ("Theme", self.theme),
            ("Font size", self.font_size),
            ("Default context length", self.default_context),
            ("GPU layers", self.gpu_layers),
            ("CPU threads", self.threads),
        ):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        self.models_dir.setAccessibleName("Models folder")
        form.addRow("Models folder", row)
        return page

    def _browse_models_dir(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Models folder", self.models_dir.text())
        if folder:
            self.models_dir.setText(folder)

    def app_settings(self) -> Settings:
        """The app's settings as the dialog shows them."""
        settings = self._settings
        folder = self.models_dir.text().strip()
        gpu = self.gpu_layers.value()
        return replace(
            settings,
            theme=self.theme.currentData(),
            font_size=self.font_size.value(),
            models_dir="" if folder == str(settings.models_path()) and not settings.models_dir else folder,
            context_length=self.default_context.value(),
            gpu_layers=None if gpu == -2 else gpu,
            threads=self.threads.value(),
            default_preset=self._default_preset,
            **self.server_tab.values(),  # type: ignore[arg-type]
        )
