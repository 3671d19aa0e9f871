"""A cited passage in its file: the file's text, read-only and plain, scrolled to the passage's lines
and marked; or, when the file changed or went, the passage as it was indexed, and a notice saying so.

Nothing here is rich text: a passage holding HTML, Markdown or instructions is shown as the
characters it is, and nothing is ever fetched. "Open file" hands the file to the system only for
kinds of document that are opened, not run; a script or program shows its folder instead.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QPalette, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.documents import passage_source
from desktop.core.documents.passage_source import SourceText, is_pdf, load_source, pdf_page
from desktop.core.messages import CitationPart
from desktop.ui.background import run_in_background
from desktop.ui.i18n import tr
from desktop.ui.plain import plain, plain_label
from desktop.ui.source_names import place

# Opened with the system's app for them. Anything else indexed as text (scripts: .bat, .ps1, .js,
# .py, .sh …) may be *run* by the system's "open" (Windows runs a .bat or .js), so its folder is
# shown instead.
_OPENABLE = ".pdf .docx .md .markdown .txt .text .rst .org .adoc .asciidoc .tex .bib .csv .tsv .log .html .htm"
OPENABLE_SUFFIXES = frozenset(_OPENABLE.split())
HIGHLIGHT = {"light": "#fff1a8", "dark": "#5b4a14"}


class PassageViewer(QDialog):
    """Not modal: the user can read the reply and its source side by side. `loaded`: the text
    shown is final (a PDF's page is read off the GUI thread, after the stored passage is shown)."""

    loaded = Signal()

    def __init__(self, part: CitationPart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.part = part
        self.path = Path(part.source)
        self.is_loaded = False
        self.setObjectName("passageViewer")
        self.setWindowTitle(tr("{place} — source {number}").format(place=place(part), number=part.n))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setModal(False)

        self.location = plain_label(str(self.path))
        self.location.setObjectName("passagePath")
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.location.setWordWrap(True)
        self.notice = plain_label()
        self.notice.setObjectName("passageNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("passageText")
        self.editor.setAccessibleName(tr("The cited passage in its file"))
        self.editor.setAccessibleDescription(tr("The file's text, read-only, with the cited passage marked."))
        self.editor.setReadOnly(True)
        self.editor.setUndoRedoEnabled(False)
        self.editor.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(tr("Close"))
        close.setAccessibleDescription(tr("Closes the passage."))
        buttons.rejected.connect(self.close)
        openable = self.path.suffix.lower() in OPENABLE_SUFFIXES
        self.open_button = QPushButton(tr("Open file") if openable else tr("Show folder"), self)
        self.open_button.setAccessibleName(self.open_button.text())
        self.open_button.setAccessibleDescription(
            tr("Opens the file with the system's app for it.") if openable else tr("Shows the folder the file is in.")
        )
        self.open_button.setToolTip(plain(tr("Open {path}").format(path=self.path if openable else self.path.parent)))
        self.open_button.setEnabled(self.path.is_file())
        self.open_button.clicked.connect(self.open_file)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addWidget(self.location)
        layout.addWidget(self.notice)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)
        self.resize(760, 560)

        self.source = load_source(part)
        self._show(self.source)
        if is_pdf(part) and self.path.is_file():
            self.notice.setText(tr("Reading page {page}…").format(page=part.page))
            self.notice.show()
            run_in_background(lambda: pdf_page(part), self._show_final, self._page_failed, owner=self)
        else:
            self._finish()

    # -- what is shown -----------------------------------------------------------------

    def _show(self, source: SourceText) -> None:
        self.source = source
        self.editor.setPlainText(source.text)
        self.notice.setText(notice_shown(source.notice))
        self.notice.setVisible(bool(source.notice))
        mode = "dark" if self.palette().color(QPalette.ColorRole.Base).lightness() < 128 else "light"
        marked = QTextEdit.ExtraSelection()
        marked.format.setBackground(QColor(HIGHLIGHT[mode]))
        marked.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        marked.cursor = self.marked_cursor()
        if marked.cursor.block().next().isValid():
            # Into the next line's start, or the last marked line is marked only as far as its text goes.
            marked.cursor.movePosition(QTextCursor.MoveOperation.NextCharacter, QTextCursor.MoveMode.KeepAnchor)
        self.editor.setExtraSelections([marked])
        self._scroll_to_passage()

    def marked_cursor(self) -> QTextCursor:
        """A cursor over the marked lines, from the start of the first to the end of the last."""
        document = self.editor.document()
        first, last = self.source.highlight
        cursor = QTextCursor(document.findBlockByNumber(first))
        end = document.findBlockByNumber(last)
        if not end.isValid():
            end = document.lastBlock()
        cursor.setPosition(end.position() + end.length() - 1, QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _scroll_to_passage(self) -> None:
        # The end first, then the start: a passage that fits is seen whole, and a long one from its start.
        document = self.editor.document()
        first, last = self.source.highlight
        for number in (last, first):
            block = document.findBlockByNumber(number)
            if block.isValid():
                self.editor.setTextCursor(QTextCursor(block))
                self.editor.ensureCursorVisible()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        # Scrolled again once laid out at its real size.
        QTimer.singleShot(0, self, self._scroll_to_passage)

    def _show_final(self, source: SourceText) -> None:
        self._show(source)
        self._finish()

    def _page_failed(self, error: Exception) -> None:
        self.notice.setText(
            tr("Page {page} could not be read again: showing the passage as it was indexed.").format(
                page=self.part.page
            )
        )
        self.notice.show()
        self._finish()

    def _finish(self) -> None:
        self.is_loaded = True
        self.loaded.emit()

    # -- the file itself ---------------------------------------------------------------

    def open_file(self) -> None:
        target = self.path if self.path.suffix.lower() in OPENABLE_SUFFIXES else self.path.parent
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))


def open_passage(part: CitationPart, parent: QWidget) -> PassageViewer:
    """The viewer for `part`, brought to the front if one is open already."""
    for viewer in parent.findChildren(PassageViewer, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if viewer.part == part and viewer.isVisible():
            viewer.raise_()
            viewer.activateWindow()
            return viewer
    viewer = PassageViewer(part, parent)
    viewer.show()
    return viewer


def notice_shown(notice: str) -> str:
    """passage_source's notice (English, written in core) in the window's language."""
    if notice == passage_source.CHANGED:
        return tr("The file changed since it was indexed: showing the passage as it was.")
    if notice == passage_source.AS_INDEXED:
        return tr("The passage as it was indexed; open the file to see it in place.")
    before, _, after = passage_source.GONE.partition("{reason}")
    if notice.startswith(before) and notice.endswith(after) and len(notice) >= len(before) + len(after):
        reason = notice[len(before) : len(notice) - len(after)]  # the system's words for what went wrong
        return tr("The file is gone or cannot be read ({reason}): showing the passage as it was indexed.").format(
            reason=reason
        )
    return notice
