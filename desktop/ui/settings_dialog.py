"""Settings: this chat's prompt and sampling (with presets), and the app's own preferences.

The dialog edits copies and returns values (`app_settings()`, `chat_settings()`); the window
applies them when the user presses OK. Presets are saved as soon as the user saves one,
remote engines (the Engines tab) as soon as one is added or removed.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSlider,
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
from desktop.ui.i18n import ENGLISH, LANGUAGES, language_for, tr, translation
from desktop.ui.server_settings import ServerSettingsTab
from desktop.ui.tool_limits import ToolLimits
from desktop.ui.tools_settings import ToolsSettingsTab

# The combo boxes' labels, marked here for translation; their item data stays the key.
THEME_LABELS = {
    "system": QT_TRANSLATE_NOOP("", "System"),
    "light": QT_TRANSLATE_NOOP("", "Light"),
    "dark": QT_TRANSLATE_NOOP("", "Dark"),
    "contrast": QT_TRANSLATE_NOOP("", "High contrast"),
}
# desktop/core keeps its own (English, for the terminal) labels of these policies in OVERFLOW_POLICIES.
OVERFLOW_LABELS = {
    "stop": QT_TRANSLATE_NOOP("", "Stop and say so"),
    "drop_oldest": QT_TRANSLATE_NOOP("", "Drop the oldest turns (after the system prompt)"),
    "rolling": QT_TRANSLATE_NOOP("", "Keep a rolling window (drops half at once, so the cache stays reusable)"),
}


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
        self.setWindowTitle(tr("Settings"))
        self._settings = settings
        self.db = store.db
        self._default_preset = settings.default_preset  # applied on OK, like everything here
        tabs = QTabWidget()
        tabs.setAccessibleName(tr("Settings sections"))
        tabs.setAccessibleDescription(tr("Choose which settings to show: this chat, the app, the server or engines"))
        tabs.addTab(self._chat_tab(), tr("This chat"))
        tabs.addTab(self._app_tab(), tr("App"))
        self.server_tab = ServerSettingsTab(settings)
        tabs.addTab(self.server_tab, tr("Local server"))
        self.engines_tab = EnginesSettingsTab()  # saves at once; endpointsChanged tells the window
        tabs.addTab(self.engines_tab, tr("Engines"))
        # Saves at once too; a check uses the window's tool servers when there is a window.
        self.tools_tab = ToolsSettingsTab(tool_servers=getattr(parent, "tool_servers", None))
        self.tool_limits = ToolLimits(settings)  # these apply with OK, as the app's settings do
        self.tools_page = QWidget()
        tools_layout = QVBoxLayout(self.tools_page)
        tools_layout.addWidget(self.tools_tab, 1)
        tools_layout.addWidget(self.tool_limits)
        tabs.addTab(self.tools_page, tr("Tools"))
        self.tabs = tabs
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setAccessibleDescription(tr("Apply these settings and close the dialog"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleDescription(tr("Close the dialog without applying the changes"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.show_chat_settings(chat)
        self._show_adapter(chat)
        self.resize(560, 620)

    def show_page(self, name: str) -> None:
        """Open on a page: "chat", "app", "server", "engines" or "tools"."""
        pages = {"server": self.server_tab, "engines": self.engines_tab, "tools": self.tools_page}
        if name in ("chat", "app"):
            self.tabs.setCurrentIndex(0 if name == "chat" else 1)
        elif name in pages:
            self.tabs.setCurrentWidget(pages[name])

    # -- this chat ---------------------------------------------------------------------

    def _chat_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        presets_row = QHBoxLayout()
        self.preset_box = QComboBox()
        self.preset_box.setAccessibleName(tr("Preset"))
        self.preset_box.setAccessibleDescription(tr("Fill in this chat's settings from a saved preset"))
        self.preset_box.activated.connect(self._apply_preset)
        save = QPushButton(tr("Save as preset…"))
        save.setAccessibleName(tr("Save as preset"))
        save.setAccessibleDescription(tr("Save the settings shown as a preset under a name you choose"))
        save.clicked.connect(self._save_preset)
        remove = QPushButton(tr("Delete preset"))
        remove.setAccessibleName(tr("Delete preset"))
        remove.setAccessibleDescription(tr("Delete the chosen preset"))
        remove.clicked.connect(self._delete_preset)
        default = QPushButton(tr("Use for new chats"))
        default.setToolTip(tr("New chats start with the chosen preset"))
        default.setAccessibleName(tr("Use for new chats"))
        default.setAccessibleDescription(tr("New chats start with the chosen preset"))
        default.clicked.connect(self._make_default)
        for widget in (self.preset_box, save, remove, default):
            presets_row.addWidget(widget)
        form.addRow(tr("Preset"), presets_row)
        self.system_prompt = QPlainTextEdit()
        self.system_prompt.setAccessibleName(tr("System prompt"))
        self.system_prompt.setAccessibleDescription(tr("Instructions the model reads before each message of this chat"))
        self.system_prompt.setFixedHeight(90)
        form.addRow(tr("System prompt"), self.system_prompt)
        self.temperature = _spin(0, 5, 0.05)
        self.top_p = _spin(0, 1, 0.01)
        self.top_k = _int_spin(0, 1000)
        self.min_p = _spin(0, 1, 0.01)
        self.repeat_penalty = _spin(0, 5, 0.05)
        self.max_tokens = _int_spin(1, 1_000_000)
        self.seed = _int_spin(-1, 2**31 - 1, tr("random"))
        self.context_length = _int_spin(0, 1 << 20, tr("app default"))
        self.context_length.setSingleStep(1024)
        self.overflow = QComboBox()
        for key, label in OVERFLOW_POLICIES.items():
            self.overflow.addItem(tr(OVERFLOW_LABELS[key]) if key in OVERFLOW_LABELS else label, key)
        for label, description, widget in (
            (tr("Temperature"), tr("How varied the replies are: higher is more random"), self.temperature),
            (tr("Top p"), tr("Only the likeliest words that together reach this probability are chosen"), self.top_p),
            (tr("Top k"), tr("Only this many of the likeliest words are chosen from; 0 for no limit"), self.top_k),
            (tr("Min p"), tr("Words less likely than this share of the likeliest one are left out"), self.min_p),
            (tr("Repeat penalty"), tr("How much the model avoids repeating itself"), self.repeat_penalty),
            (tr("Max tokens"), tr("The longest a reply may be, in tokens"), self.max_tokens),
            (tr("Seed"), tr("The same seed gives the same reply; random for a new one each time"), self.seed),
            (tr("Context length"), tr("How many tokens of the chat the model keeps in mind"), self.context_length),
            (tr("When the context is full"), tr("What is done when the chat no longer fits"), self.overflow),
        ):
            widget.setAccessibleName(label)
            widget.setAccessibleDescription(description)
            form.addRow(label, widget)
        self._adapter_row(form)
        self._reload_presets()
        return page

    def _adapter_row(self, form: QFormLayout) -> None:
        """The strength of the chat's adapter (its scale, 0 to 2), shown only in a chat that has one."""
        from desktop.ui.tune.labels import adapter_name

        self._adapter_name = adapter_name
        self._adapter = ""
        self.adapter_scale = QSlider(Qt.Orientation.Horizontal)
        self.adapter_scale.setRange(0, 200)  # hundredths
        self.adapter_scale.setSingleStep(5)
        self.adapter_scale.setPageStep(25)
        self.adapter_scale.setTickInterval(50)
        self.adapter_scale.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.adapter_scale.setAccessibleName(tr("Adapter strength"))
        self.adapter_scale.setAccessibleDescription(
            tr("How much the adapter changes the model's replies: 0 not at all, 1 as trained, 2 twice as much")
        )
        self.adapter_value = QLabel()
        self.adapter_value.setMinimumWidth(self.adapter_value.fontMetrics().horizontalAdvance("0.00×") + 4)
        # A bound method, not a lambda: a lambda holding `self` would keep the closed dialog alive (and, offscreen,
        # the active window), so the main window's shortcuts would stop working after it closed.
        self.adapter_scale.valueChanged.connect(self._show_strength)
        self.adapter_box = QWidget()
        self.adapter_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        row = QHBoxLayout(self.adapter_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.adapter_scale, 1)
        row.addWidget(self.adapter_value)
        self.adapter_label = QLabel(tr("Adapter strength"))
        self.adapter_label.setToolTip(tr("How much the adapter changes the model's replies"))
        form.addRow(self.adapter_label, self.adapter_box)

    def _show_strength(self, value: int) -> None:
        self.adapter_value.setText(f"{value / 100:.2f}×")

    def _show_adapter(self, settings: ChatSettings) -> None:
        self._adapter = settings.adapter
        self.adapter_scale.setValue(round(settings.adapter_scale * 100))
        self.adapter_value.setText(f"{settings.adapter_scale:.2f}×")
        if settings.adapter:
            self.adapter_box.setToolTip(tr("Adapter: {name}").format(name=self._adapter_name(settings.adapter)))
        self.adapter_label.setVisible(bool(settings.adapter))
        self.adapter_box.setVisible(bool(settings.adapter))

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
            adapter=self._adapter,  # chosen in the model picker; its strength here
            adapter_scale=self.adapter_scale.value() / 100,
        ).validated()

    def _reload_presets(self) -> None:
        self.preset_box.clear()
        self.preset_box.addItem(tr("(choose a preset)"), "")
        try:
            self._presets = list_presets(self.db)
        except StoreError as error:
            self.messages.emit(str(error))
            self._presets = {}
        default = self._default_preset
        for name in self._presets:
            self.preset_box.addItem(tr("{name} (new chats)").format(name=name) if name == default else name, name)

    def _apply_preset(self, index: int) -> None:
        name = self.preset_box.itemData(index)
        if name in self._presets:
            self.show_chat_settings(self._presets[name])

    def _save_preset(self) -> None:
        name, ok = QInputDialog.getText(self, tr("Save preset"), tr("Name:"))
        if ok and name.strip():
            try:
                # A preset is settings for any chat: not this chat's adapter, which fits one model only.
                save_preset(self.db, name, replace(self.chat_settings(), adapter="", adapter_scale=1.0))
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
            self.theme.addItem(tr(THEME_LABELS[theme]) if theme in THEME_LABELS else theme.title(), theme)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        self.font_size = _int_spin(0, 40, tr("system"))
        self.font_size.setValue(settings.font_size)
        self.language = QComboBox()
        self.language.addItem(tr("As the system"), "")
        self.language.addItem("English", ENGLISH)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)  # each language in its own words, as a reader looks for it
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        # The window's texts are read when it is built: a new language shows from the next start.
        self.language_note = QLabel(tr("Hearth shows the new language when it next starts."))
        self.language_note.setWordWrap(True)
        self.language_note.hide()
        self.language.currentIndexChanged.connect(self._language_changed)
        self.models_dir = QLineEdit(str(settings.models_path()))
        browse = QPushButton(tr("Browse…"))
        browse.setAccessibleName(tr("Browse for the models folder"))
        browse.setAccessibleDescription(tr("Choose the folder where Hearth keeps and looks for models"))
        browse.clicked.connect(self._browse_models_dir)
        row = QHBoxLayout()
        row.addWidget(self.models_dir, 1)
        row.addWidget(browse)
        self.default_context = _int_spin(256, 1 << 20)
        self.default_context.setSingleStep(1024)
        self.default_context.setValue(settings.context_length)
        self.gpu_layers = _int_spin(-2, 999, tr("auto"))
        self.gpu_layers.setMinimum(-2)
        self.gpu_layers.setToolTip(tr("auto: every layer when this build can use a GPU; -1: all; 0: CPU only"))
        self.gpu_layers.setValue(-2 if settings.gpu_layers is None else settings.gpu_layers)
        self.threads = _int_spin(0, 256, tr("one per core"))
        self.threads.setValue(settings.threads)
        for label, description, widget in (
            (tr("Theme"), tr("Light, dark, high contrast, or as the system looks"), self.theme),
            (tr("Font size"), tr("The size of the window's text, in points; system for the system's"), self.font_size),
            (tr("Language"), tr("The language of Hearth's window; the terminal stays English"), self.language),
            (
                tr("Default context length"),
                tr("How many tokens a chat keeps in mind unless it sets its own"),
                self.default_context,
            ),
            (tr("GPU layers"), tr("How many of the model's layers run on the GPU"), self.gpu_layers),
            (tr("CPU threads"), tr("How many threads the model runs on the CPU"), self.threads),
        ):
            widget.setAccessibleName(label)
            widget.setAccessibleDescription(description)
            form.addRow(label, widget)
        form.addRow("", self.language_note)
        self.models_dir.setAccessibleName(tr("Models folder"))
        self.models_dir.setAccessibleDescription(tr("The folder where Hearth keeps and looks for models"))
        form.addRow(tr("Models folder"), row)
        return page

    def _language_changed(self) -> None:
        self.language_note.setVisible(language_for(self.language.currentData()) != translation.language)

    def _browse_models_dir(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Models folder"), self.models_dir.text())
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
            language=self.language.currentData(),
            models_dir="" if folder == str(settings.models_path()) and not settings.models_dir else folder,
            context_length=self.default_context.value(),
            gpu_layers=None if gpu == -2 else gpu,
            threads=self.threads.value(),
            default_preset=self._default_preset,
            **self.server_tab.values(),  # type: ignore[arg-type]
            **self.tool_limits.values(),  # type: ignore[arg-type]
        )
