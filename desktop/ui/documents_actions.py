"""What the Documents section and the composer's Documents button do: the dialogs, and their wiring.

New collection asks a name, then a folder (or files); a collection's menu adds folders and files,
refreshes, lists its problems and removes it. The composer's button sets the chat's
`ChatSettings.documents` through the chat controller, and shows the chat on screen.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.chat_settings import ChatSettings
from desktop.core.documents.collection_store import CollectionError, Problem
from desktop.core.documents.readers import SUPPORTED_SUFFIXES
from desktop.core.messages import CitationPart
from desktop.core.store import StoreError
from desktop.ui.documents_panel import counted
from desktop.ui.i18n import tr
from desktop.ui.plain import plain, plain_label

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

DOCUMENT_PATTERNS = " ".join(f"*{suffix}" for suffix in sorted(SUPPORTED_SUFFIXES))


def file_filter() -> str:
    """The file dialog's filter: the documents Hearth reads, or any file."""
    return tr("Documents") + f" ({DOCUMENT_PATTERNS});;" + tr("All files") + " (*)"


def connect(window: MainWindow) -> None:
    """Wire the sidebar's Documents section, the composer's button and the controller together."""
    panel, button, documents, chat = window.documents_panel, window.documents_button, window.documents, window.chat

    def show_collections() -> None:
        indexing = documents.indexing
        panel.set_collections(documents.collections, indexing, documents.waiting, documents.last_progress.get(indexing))
        show_chat()

    def show_chat() -> None:
        button.set_state(documents.names(), chat.chat_settings.documents)

    # The last "Searching…" and "Found…" lines said, in the window's language: one still shown is replaced.
    said = {"searching": "", "found": ""}

    def searching(names: tuple[str, ...]) -> None:
        said["searching"] = tr("Searching {collections}…").format(collections=", ".join(names))
        window.status.showMessage(said["searching"], 10_000)

    def sources_found(sources: list[CitationPart]) -> None:
        if not said["searching"] or window.status.currentMessage() != said["searching"]:
            return  # a notice said since (nothing matched, say) stays
        if sources:  # a long prompt: the model reads the passages before its first word
            names = ", ".join(chat.chat_settings.documents)
            said["found"] = tr("Found {passages} in {collections}; reading them…").format(
                passages=counted(len(sources), "passage"), collections=names
            )
            window.status.showMessage(said["found"], 60_000)
        else:
            window.status.clearMessage()

    def reply_began() -> None:
        if said["found"] and window.status.currentMessage() == said["found"]:
            window.status.clearMessage()

    def choose(names: tuple[str, ...]) -> None:
        chat.set_chat_settings(replace(chat.chat_settings, documents=names))

    documents.collectionsChanged.connect(show_collections)
    documents.progress.connect(panel.show_progress)
    documents.message.connect(window.notify)
    chat.conversationOpened.connect(show_chat)
    chat.searchingDocuments.connect(lambda _message, names: searching(names))
    chat.sourcesFound.connect(lambda _message, sources: sources_found(sources))
    chat.piecesArrived.connect(lambda _id, _pieces: reply_began())
    chat.replyEnded.connect(lambda _message: reply_began())
    button.chosenChanged.connect(choose)
    button.newRequested.connect(lambda: new_collection(window))
    panel.newRequested.connect(lambda: new_collection(window))
    panel.addFolderRequested.connect(lambda name: add_folder(window, name))
    panel.addFilesRequested.connect(lambda name: add_files(window, name))
    panel.refreshRequested.connect(documents.refresh)
    panel.stopRequested.connect(documents.stop)
    panel.problemsRequested.connect(lambda name: show_problems(window, name))
    panel.removeRequested.connect(lambda name: remove(window, name))
    show_collections()


def keep_documents(settings: ChatSettings, window: MainWindow) -> ChatSettings:
    """`settings` with the documents of the chat shown: the settings dialog does not edit them, and a
    new chat goes on answering from the collections the last one did."""
    return replace(settings, documents=window.chat.chat_settings.documents)


# -- new collections and their sources ------------------------------------------------------


def new_collection(window: MainWindow) -> None:
    name, ok = QInputDialog.getText(
        window,
        tr("New collection"),
        tr("Name the collection (say, “Work notes”):"),
        QLineEdit.EchoMode.Normal,
        "",
    )
    name = " ".join(name.split())
    if not ok or not name:
        return
    if window.documents.info(name) is not None:
        QMessageBox.information(
            window,
            tr("New collection"),
            plain(
                tr("There is already a collection named {name}: its menu (⋯) adds folders and files to it.").format(
                    name=name
                )
            ),
        )
        return
    folder = QFileDialog.getExistingDirectory(window, tr("A folder for {name}").format(name=name), str(Path.home()))
    sources = [folder] if folder else _ask_files(window, name)
    if sources:
        _create(window, name, sources)


def add_folder(window: MainWindow, name: str) -> None:
    folder = QFileDialog.getExistingDirectory(window, tr("Add a folder to {name}").format(name=name), str(Path.home()))
    if folder:
        _create(window, name, [folder])


def add_files(window: MainWindow, name: str) -> None:
    files = _ask_files(window, name)
    if files:
        _create(window, name, files)


def _ask_files(window: MainWindow, name: str) -> list[str]:
    files, _ = QFileDialog.getOpenFileNames(
        window, tr("Add files to {name}").format(name=name), str(Path.home()), file_filter()
    )
    return list(files)


def _create(window: MainWindow, name: str, sources: list[str]) -> None:
    try:
        info = window.documents.create(name, sources)
    except (CollectionError, StoreError) as error:
        QMessageBox.warning(window, tr("Documents"), plain(str(error)))
        return
    window.notify(tr("Indexing {name}… you can go on chatting meanwhile.").format(name=info.name))


# -- problems and removal ----------------------------------------------------------------------


def problems_text(problems: list[Problem]) -> str:
    lines = []
    for problem in problems:
        kind = tr("partly indexed") if problem.partial else tr("skipped")
        lines.append(f"{problem.path}\n    {kind}: {problem.reason}")
    return "\n".join(lines)


class ProblemsDialog(QDialog):
    """The files of a collection that were skipped or only partly indexed, and why: plain, selectable text."""

    def __init__(self, name: str, problems: list[Problem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Problems in {name}").format(name=name))
        self.resize(640, 360)
        skipped = sum(not p.partial for p in problems)
        partial = len(problems) - skipped
        summary = []
        if skipped:
            was = tr("{count} file was skipped") if skipped == 1 else tr("{count} files were skipped")
            summary.append(was.format(count=f"{skipped:,}"))
        if partial:
            summary.append(tr("{count} only partly indexed").format(count=f"{partial:,}"))
        if len(summary) == 2:
            intro = tr("{skipped} and {partial}").format(skipped=summary[0], partial=summary[1])
        else:
            intro = summary[0] if summary else tr("No problems: every file was indexed.")
        self.summary = plain_label(
            tr("{problems}. Fix the file and choose Refresh to index it again.").format(problems=intro)
            if summary
            else intro
        )
        self.summary.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setObjectName("problemsText")
        self.text.setAccessibleName(tr("Problems"))
        self.text.setAccessibleDescription(tr("The files that were skipped or only partly indexed, and why."))
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setPlainText(problems_text(problems))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(tr("Close"))
        close.setAccessibleDescription(tr("Closes the list of problems."))
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)


def show_problems(window: MainWindow, name: str) -> None:
    try:
        problems = window.documents.problems(name)
    except (CollectionError, StoreError) as error:
        window.notify(str(error))
        return
    ProblemsDialog(name, problems, window).exec()


def remove(window: MainWindow, name: str) -> None:
    info = window.documents.info(name)
    if info is not None and info.files == 1:
        question = tr(
            "Remove {name} from Hearth?\n\nIts one indexed file is not touched: only Hearth's index is deleted. "
            "Replies that cited it keep the passages they quoted."
        )
    elif info is not None and info.files:
        question = tr(
            "Remove {name} from Hearth?\n\nIts {count} indexed files are not touched: only Hearth's index is deleted. "
            "Replies that cited it keep the passages they quoted."
        )
    else:
        question = tr(
            "Remove {name} from Hearth?\n\nIts files are not touched: only Hearth's index is deleted. "
            "Replies that cited it keep the passages they quoted."
        )
    count = f"{info.files:,}" if info is not None else ""
    answer = QMessageBox.question(
        window,
        tr("Remove collection"),
        plain(question.format(name=name, count=count)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    chosen = window.chat.chat_settings.documents
    if name in chosen:  # the chat shown stops asking for it
        window.chat.set_chat_settings(
            replace(window.chat.chat_settings, documents=tuple(n for n in chosen if n != name))
        )
    window.documents.remove(name)
