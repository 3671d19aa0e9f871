"""A message's text: a read-only rich-text view that sizes itself to its content and fetches nothing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QWidget


class MessageBody(QTextBrowser):
    """Links are not followed here: `linkClicked` hands them to the window, which asks first."""

    linkClicked = Signal(QUrl)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.viewport().setAutoFillBackground(False)
        self.document().setDocumentMargin(2)
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)
        self.anchorClicked.connect(self.linkClicked)
        self._height = 0

    def loadResource(self, kind: int, name: QUrl) -> Any:
        # Model output may name images or style sheets anywhere: nothing is ever loaded.
        return None

    def set_html(self, html: str) -> None:
        self.document().setHtml(html)
        self._fit_height()

    def append_plain(self, text: str) -> None:
        """Add text at the end without laying out the rest of the document again."""
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(text)
        self._fit_height()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.document().setTextWidth(self.viewport().width())
        self._fit_height()

    def _fit_height(self, *_: Any) -> None:
        doc: QTextDocument = self.document()
        height = int(doc.size().height() + 0.5) + 2 * self.frameWidth()
        if self.horizontalScrollBar().isVisible():
            height += self.horizontalScrollBar().height()
        if height != self._height:
            self._height = height
            self.setFixedHeight(max(height, 8))

    def wheelEvent(self, event: Any) -> None:
        # Vertical wheel scrolls the transcript, not this (unscrollable) view.
        if event.angleDelta().y():
            event.ignore()
        else:
            super().wheelEvent(event)
