"""Search the Hugging Face Hub for GGUF models; open a repo to see its files by quantisation."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.hub import auth
from desktop.core.hub.errors import HubError
from desktop.core.hub.jobs import DownloadStatus, State, final_path
from desktop.core.hub.quant import GgufModel
from desktop.core.hub.vision import with_projector
from desktop.core.library.display import format_size
from desktop.core.library.fit import kv_bytes_per_token_for
from desktop.ui.background import run_in_background
from desktop.ui.i18n import tr
from desktop.ui.models_page.actions import OFFLINE_TEXT
from desktop.ui.models_page.fit_badge import FitBadge, fit_for
from desktop.ui.plain import plain_label

if TYPE_CHECKING:
    from desktop.core.hub.client import HubClient, RepoFiles, SearchResult

# A download under way, or paused (resumed from the queue below), is not offered again. Shown through tr().
BUSY = {
    State.QUEUED: QT_TRANSLATE_NOOP("", "Queued…"),
    State.VERIFYING: QT_TRANSLATE_NOOP("", "Verifying…"),
    State.PAUSED: QT_TRANSLATE_NOOP("", "Paused"),
}


def busy_text(status: DownloadStatus | None) -> str | None:
    if status is None:
        return None
    if status.state == State.DOWNLOADING:
        return tr("Downloading {percent}%").format(percent=int(status.fraction * 100))
    return tr(BUSY[status.state]) if status.state in BUSY else None


def downloaded_path(models_dir: Path, repo_id: str, model: GgufModel) -> Path | None:
    """Where the download manager put `model` (its first part), if every part is there whole; else None.
    A part reaches its final name only once its checksum is verified."""
    try:
        paths = [final_path(models_dir, repo_id, f.filename) for f in model.files]
        for path, remote in zip(paths, model.files, strict=True):
            size = path.stat().st_size
            if remote.size is not None and size != remote.size:
                return None
    except (OSError, ValueError):
        return None
    return paths[0]


def unstretched(widget: QWidget) -> QWidget:
    """`widget` at its own width in a tree's cell, which would stretch it to the cell's."""
    cell = QWidget()
    layout = QHBoxLayout(cell)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget)
    layout.addStretch(1)
    return cell


class FileActions(QWidget):
    """A Hub file's last column: Download; Downloading…; or In library, with Use."""

    downloadClicked = Signal()
    useClicked = Signal(str)  # the model file

    def __init__(self, model: GgufModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.path: Path | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.state = QLabel()
        self.state.setObjectName("libraryBadge")  # its own colours: it reads on a selected row too
        self.button = QPushButton()
        self.button.setAccessibleDescription(tr("Downloads this file, or chats with it once it is in the library."))
        self.button.clicked.connect(self._clicked)
        layout.addWidget(self.state)
        layout.addWidget(self.button)
        layout.addStretch(1)

    def show_file(self, path: Path | None, status: DownloadStatus | None = None) -> None:
        self.path = path
        busy = busy_text(status) if path is None else None
        self.state.setText(tr("In library") if path is not None else "")
        self.button.setText(tr("Use") if path is not None else busy or tr("Download"))
        self.state.setVisible(path is not None)
        self.button.setEnabled(path is not None or (busy is None and self.model.complete))
        if path is not None:
            accessible = tr("Use {name}").format(name=self.model.name)
        elif busy:
            accessible = tr("{status} {name}").format(status=busy, name=self.model.name)
        else:
            accessible = tr("Download {name}").format(name=self.model.name)
        self.button.setAccessibleName(accessible)

    def _clicked(self) -> None:
        if self.path is not None:
            self.useClicked.emit(str(self.path))
        else:
            self.downloadClicked.emit()


class HubSearchView(QWidget):
    downloadRequested = Signal(str, object, str)  # repo, GgufModel, revision
    useRequested = Signal(str)  # a downloaded model file

    def __init__(
        self,
        context_length: int,
        client: Callable[[], HubClient],
        models_dir: Callable[[], Path],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context_length = context_length
        self._client = client
        self._models_dir = models_dir
        self.actions: list[FileActions] = []  # the rows of the repo shown
        self._listing = ""  # the repo whose files are being asked for, until the answer comes
        self._asked: dict[str, int] = {}
        self.results: list[SearchResult] = []
        self.files: RepoFiles | None = None
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.query = QLineEdit()
        self.query.setPlaceholderText(tr("Search GGUF models on the Hugging Face Hub, e.g. qwen instruct"))
        self.query.setAccessibleName(tr("Search the Hub"))
        self.query.setAccessibleDescription(
            tr("Words to search the Hugging Face Hub's GGUF models for; Enter searches.")
        )
        self.query.returnPressed.connect(self.search)
        self.search_button = QPushButton(tr("Search"))
        self.search_button.setAccessibleName(tr("Search the Hub"))
        self.search_button.setAccessibleDescription(tr("Sends the search words to the Hugging Face Hub."))
        self.search_button.clicked.connect(self.search)
        row.addWidget(self.query, 1)
        row.addWidget(self.search_button)
        layout.addLayout(row)
        self.status = plain_label(
            tr("Searching sends your words to the Hugging Face Hub; nothing else leaves this computer.")
        )
        self.status.setObjectName("welcomeText")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(tr("Hub status"))
        layout.addWidget(self.status)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([tr("Repository"), tr("Downloads"), tr("Likes"), tr("Updated")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(tr("Search results"))
        self.table.setAccessibleDescription(tr("Repositories with GGUF files; choose one to list its files."))
        self.table.cellActivated.connect(self._open_row)
        self.table.cellClicked.connect(self._open_row)
        layout.addWidget(self.table, 2)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([tr("File"), tr("Size"), tr("Fits?"), ""])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.setAccessibleName(tr("Files of the repository"))
        self.tree.setAccessibleDescription(tr("The repository's model files by quantisation, with Download or Use."))
        layout.addWidget(self.tree, 3)
        layout.addLayout(self._token_row())

    def _token_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(tr("Token for gated models:"))
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setAccessibleName(tr("Hugging Face token"))
        self.token.setAccessibleDescription(tr("An access token for gated models on the Hugging Face Hub."))
        self.token.setPlaceholderText(tr("hf_…  (stored where huggingface_hub keeps it)"))
        save = QPushButton(tr("Save token"))
        save.setAccessibleName(tr("Save token"))
        save.setAccessibleDescription(tr("Stores the token where huggingface_hub keeps it."))
        save.clicked.connect(self._save_token)
        forget = QPushButton(tr("Forget token"))
        forget.setAccessibleName(tr("Forget token"))
        forget.setAccessibleDescription(tr("Deletes the stored Hugging Face token."))
        forget.clicked.connect(self._forget_token)
        for widget in (label, self.token, save, forget):
            row.addWidget(widget)
        return row

    def _save_token(self) -> None:
        token = self.token.text().strip()
        if not token:
            return
        try:
            auth.save_token(token)
        except ValueError as error:
            self.status.setText(tr("Token not saved: {error}.").format(error=error))
            return
        except OSError as error:  # a read-only home folder, a full disk
            self.status.setText(tr("Token not saved: {error}.").format(error=error.strerror or error))
            return
        self.token.clear()
        self.status.setText(tr("Token saved; gated repos you have access to will now download."))

    def _forget_token(self) -> None:
        try:
            auth.forget_token()
        except OSError as error:
            self.status.setText(tr("Token not forgotten: {error}.").format(error=error.strerror or error))
            return
        self.status.setText(
            tr("Token forgotten.")
            if auth.token_source() != "HF_TOKEN"
            else tr("Token forgotten; HF_TOKEN is still set in the environment.")
        )

    # -- search -----------------------------------------------------------------------

    def search(self) -> None:
        text = self.query.text().strip()
        if not text:
            return
        self.status.setText(tr("Searching for “{words}”…").format(words=text))
        self.search_button.setEnabled(False)
        asked = self._ask("search")
        run_in_background(
            lambda: self._client().search(text, limit=50),
            lambda results: self._latest("search", asked) and self._show_results(results),
            lambda error: self._latest("search", asked) and self._failed(error),
            owner=self,
        )

    def _ask(self, kind: str) -> int:
        """A number for a request; only the answer to the latest of its kind is shown (a slow one is dropped)."""
        self._asked[kind] = self._asked.get(kind, 0) + 1
        return self._asked[kind]

    def _latest(self, kind: str, asked: int) -> bool:
        return asked == self._asked.get(kind)

    def _show_results(self, results: list[SearchResult]) -> None:
        self.search_button.setEnabled(True)
        self.results = results
        self.table.setRowCount(len(results))
        for index, result in enumerate(results):
            updated = result.last_modified.strftime("%Y-%m-%d") if result.last_modified else ""
            cells = [
                tr("{repo} (gated)").format(repo=result.repo_id) if result.gated else result.repo_id,
                f"{result.downloads:,}",
                f"{result.likes:,}",
                updated,
            ]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if column in (1, 2):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(index, column, item)
        self.status.setText(
            tr("{count} repositories with GGUF files, most downloaded first.").format(count=len(results))
            if results
            else tr("No GGUF repositories match.")
        )

    def _failed(self, error: Exception) -> None:
        self.search_button.setEnabled(True)
        if isinstance(error, HubError):
            self.status.setText(tr(OFFLINE_TEXT) if error.kind == "offline" else error.message)
        else:
            self.status.setText(tr("The search failed: {error}").format(error=error))

    # -- one repo -----------------------------------------------------------------------

    def _open_row(self, row: int, _column: int = 0) -> None:
        if 0 <= row < len(self.results):
            self.open_repo(self.results[row].repo_id)

    def open_repo(self, repo_id: str) -> None:
        if repo_id == self._listing:
            return  # already being listed: a double-click is both a click and an activation
        self._listing = repo_id
        self.status.setText(tr("Listing the files of {repo}…").format(repo=repo_id))
        asked = self._ask("files")

        def answered(show: Callable[[Any], object], value: Any) -> None:
            if self._latest("files", asked):
                self._listing = ""
                show(value)

        run_in_background(
            lambda: self._client().repo_files(repo_id),
            lambda files: answered(self._show_files, files),
            lambda error: answered(self._failed, error),
            owner=self,
        )

    def _show_files(self, files: RepoFiles) -> None:
        self.files = files
        self.tree.clear()
        self.actions = []
        groups = files.by_quant()
        for quant, models in groups.items():
            group = QTreeWidgetItem([quant or tr("other"), "", "", ""])
            self.tree.addTopLevelItem(group)
            for model in models:
                self._add_model(group, files, model)
            group.setExpanded(True)
        count = sum(len(models) for models in groups.values())
        self.status.setText(
            tr("{repo}: {count} GGUF models (gated: needs a token)").format(repo=files.repo_id, count=count)
            if files.gated
            else tr("{repo}: {count} GGUF models").format(repo=files.repo_id, count=count)
        )

    def _add_model(self, group: QTreeWidgetItem, files: RepoFiles, model: GgufModel) -> None:
        name = (
            tr("{name} ({parts} parts)").format(name=model.name, parts=model.parts) if model.parts > 1 else model.name
        )
        item = QTreeWidgetItem([name, format_size(model.size), "", ""])
        group.addChild(item)
        if model.kind != "model":
            item.setText(2, tr("vision projector"))
            return
        kv, estimated = kv_bytes_per_token_for(files.repo_id, model.filename, 0, model.size)
        self.tree.setItemWidget(item, 2, unstretched(FitBadge(fit_for(model.size, self.context_length, kv, estimated))))
        actions = FileActions(model)
        actions.show_file(downloaded_path(self._models_dir(), files.repo_id, model))
        # A vision model comes with the projector beside it in the repo: one download, both files.
        download = with_projector(model, files.models)
        actions.downloadClicked.connect(lambda: self.downloadRequested.emit(files.repo_id, download, files.revision))
        actions.useClicked.connect(self.useRequested)
        self.tree.setItemWidget(item, 3, actions)
        self.actions.append(actions)

    def show_download(self, status: DownloadStatus) -> None:
        """A download's news on the row of its file, if that repo is shown."""
        if self.files is None or status.repo_id != self.files.repo_id:
            return
        for actions in self.actions:
            if status.path.as_posix().endswith("/" + actions.model.filename):
                actions.show_file(downloaded_path(self._models_dir(), status.repo_id, actions.model), status)

    def refresh_files(self) -> None:
        """The library changed (a model deleted, the models folder moved): each row says again what is here."""
        if self.files is not None:
            for actions in self.actions:
                actions.show_file(downloaded_path(self._models_dir(), self.files.repo_id, actions.model))
