"""Settings ▸ Local server: on or off, the port, who may connect, and how to call it (curl, Python)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.server_key import new_key, read_key
from desktop.core.settings import Settings
from desktop.ui.i18n import tr
from desktop.ui.plain import plain_label


def examples(port: int, key: str) -> tuple[str, str]:
    """How to call the server: with curl, and with the openai Python client."""
    url = f"http://127.0.0.1:{port}/v1"
    auth = f' -H "Authorization: Bearer {key}"' if key else ""
    curl = (
        f'curl {url}/chat/completions{auth} -H "Content-Type: application/json" \\\n'
        '  -d \'{"messages": [{"role": "user", "content": "Hello!"}]}\''
    )
    python = (
        "from openai import OpenAI\n\n"
        f'client = OpenAI(base_url="{url}", api_key="{key or "none"}")\n'
        'reply = client.chat.completions.create(model="", messages=[{"role": "user", "content": "Hello!"}])\n'
        "print(reply.choices[0].message.content)"
    )
    return curl, python


class ServerSettingsTab(QWidget):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._key = read_key()
        form = QFormLayout()
        self.enabled = QCheckBox(tr("Serve the loaded model to other apps (an OpenAI-compatible API)"))
        self.enabled.setAccessibleName(tr("Local server"))
        self.enabled.setAccessibleDescription(
            tr("Serve the loaded model to other apps through an OpenAI-compatible API")
        )
        self.enabled.setChecked(settings.server_enabled)
        self.port = QSpinBox()
        self.port.setRange(1024, 65535)
        self.port.setValue(settings.server_port)
        self.port.setAccessibleName(tr("Server port"))
        self.port.setAccessibleDescription(tr("The port the local server listens on"))
        self.parallel = QSpinBox()
        self.parallel.setRange(1, 16)
        self.parallel.setValue(settings.server_parallel)
        self.parallel.setAccessibleName(tr("Requests at once"))
        self.parallel.setAccessibleDescription(tr("How many requests are answered at once, the window's chat included"))
        self.parallel.setToolTip(tr("The window's chat is one of them; each has its own context"))
        self.network = QCheckBox(tr("Allow other computers on my network (they must send the API key)"))
        self.network.setChecked(settings.server_network)
        self.network.setAccessibleName(tr("Allow other computers"))
        self.network.setAccessibleDescription(
            tr("Let other computers on the network connect; they must send the API key")
        )
        self.loading = QCheckBox(tr("Let API clients load other models of the library"))
        self.loading.setAccessibleName(tr("Let API clients load other models"))
        self.loading.setAccessibleDescription(
            tr("API clients may load any model of the library, not just the loaded one")
        )
        self.loading.setChecked(settings.server_allow_loading)
        self.keep = QCheckBox(tr("Keep API conversations with my chats"))
        self.keep.setAccessibleName(tr("Keep API conversations"))
        self.keep.setAccessibleDescription(tr("Save the conversations API clients have among your chats"))
        self.keep.setChecked(settings.server_keep_conversations)
        self.key_label = plain_label("")
        self.key_label.setAccessibleName(tr("API key"))
        new_button = QPushButton(tr("New key"))
        new_button.setAccessibleName(tr("New key"))
        new_button.setAccessibleDescription(tr("Make a new API key; clients with the old one are refused"))
        new_button.clicked.connect(self._new_key)
        copy_key = QPushButton(tr("Copy key"))
        copy_key.setAccessibleName(tr("Copy key"))
        copy_key.setAccessibleDescription(tr("Copy the API key to the clipboard"))
        copy_key.clicked.connect(lambda: QGuiApplication.clipboard().setText(self._key))
        key_row = QHBoxLayout()
        for widget in (self.key_label, copy_key, new_button):
            key_row.addWidget(widget)
        self.example = QPlainTextEdit()
        self.example.setReadOnly(True)
        self.example.setAccessibleName(tr("How to call the server"))
        self.example.setAccessibleDescription(tr("Examples of calling the server with curl and with Python"))
        self.example.setFixedHeight(150)
        copy_curl = QPushButton(tr("Copy curl"))
        copy_curl.setAccessibleName(tr("Copy curl"))
        copy_curl.setAccessibleDescription(tr("Copy the curl example to the clipboard"))
        copy_curl.clicked.connect(lambda: QGuiApplication.clipboard().setText(self._examples()[0]))
        copy_python = QPushButton(tr("Copy Python"))
        copy_python.setAccessibleName(tr("Copy Python"))
        copy_python.setAccessibleDescription(tr("Copy the Python example to the clipboard"))
        copy_python.clicked.connect(lambda: QGuiApplication.clipboard().setText(self._examples()[1]))
        copy_row = QHBoxLayout()
        copy_row.addWidget(copy_curl)
        copy_row.addWidget(copy_python)
        copy_row.addStretch(1)
        form.addRow(self.enabled)
        form.addRow(tr("Port"), self.port)
        form.addRow(tr("Requests at once"), self.parallel)
        form.addRow(self.network)
        form.addRow(tr("API key"), key_row)
        form.addRow(self.loading)
        form.addRow(self.keep)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(tr("Call it from your editor, your scripts, other apps:")))
        layout.addWidget(self.example)
        layout.addLayout(copy_row)
        layout.addStretch(1)
        for signal in (self.port.valueChanged, self.network.toggled):
            signal.connect(self._refresh)
        self._refresh()

    def _examples(self) -> tuple[str, str]:
        return examples(self.port.value(), self._key if self.network.isChecked() else "")

    def _refresh(self) -> None:
        if self.network.isChecked() and not self._key:
            self._new_key()
        shown = self._key if self.network.isChecked() else tr("not needed on this computer alone")
        self.key_label.setText(shown)
        curl, python = self._examples()
        self.example.setPlainText(f"{curl}\n\n{python}")

    def _new_key(self) -> None:
        try:
            self._key = new_key()
        except OSError as error:
            self.key_label.setText(tr("the key could not be saved: {error}").format(error=error.strerror or error))
            return
        self._refresh()

    def values(self) -> dict[str, object]:
        return {
            "server_enabled": self.enabled.isChecked(),
            "server_port": self.port.value(),
            "server_parallel": self.parallel.value(),
            "server_network": self.network.isChecked(),
            "server_allow_loading": self.loading.isChecked(),
            "server_keep_conversations": self.keep.isChecked(),
        }
