"""Where the user writes: Enter sends, Shift+Enter starts a new line, Send turns into Stop.

Images come with a message through the paperclip, a paste or a drop, when the model in use can see
(desktop/ui/attachments.py shows and checks them; the window says what to do when it cannot)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QMimeData, QObject, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.messages import ImagePart
from desktop.ui.attachments import IMAGE_SUFFIXES, AttachmentStrip, Offered, image_filter, offered_images
from desktop.ui.i18n import tr
from desktop.ui.message_widget import _icon as themed_icon

MAX_VISIBLE_LINES = 8
# A paste longer than this becomes an attachment shown as one line: laying out a megabyte of
# text in the editor would freeze the window, and nobody edits a pasted log by hand.
LARGE_PASTE_CHARS = 20_000
# Shown through tr(): why the paperclip is off.
CANNOT_SEE = QT_TRANSLATE_NOOP("", "This model cannot see images: choose a vision model (an eye in the model list)")


def has_images(mime: QMimeData) -> bool:
    """Cheap (asked at every move of a drag): an image, or a local file named as one."""
    if mime.hasImage():
        return True
    return mime.hasUrls() and any(
        url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in IMAGE_SUFFIXES for url in mime.urls()
    )


class ComposerEdit(QPlainTextEdit):
    submitted = Signal()
    editLastRequested = Signal()
    cancelRequested = Signal()
    largePaste = Signal(str)
    imagesOffered = Signal(object)  # list[Offered]: pasted images, or image files

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # Qt override
        return has_images(source) or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:  # Qt override
        images = offered_images(source) if has_images(source) else []
        if images:
            self.imagesOffered.emit(images)
            return
        if source.hasText() and len(source.text()) > LARGE_PASTE_CHARS:
            self.largePaste.emit(source.text())
            return
        super().insertFromMimeData(source)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composerEdit")
        self.setAccessibleName(tr("Message"))
        self.setAccessibleDescription(tr("Write your message here: Enter sends it, Shift+Enter starts a new line."))
        self.setPlaceholderText(tr("Message Hearth…  (Enter sends, Shift+Enter for a new line)"))
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().contentsChanged.connect(self._fit_height)
        self._fit_height()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not mods & Qt.KeyboardModifier.ShiftModifier:
            self.submitted.emit()
            return
        if key == Qt.Key.Key_Up and not self.toPlainText() and not mods:
            self.editLastRequested.emit()
            return
        if key == Qt.Key.Key_Escape:
            self.cancelRequested.emit()
        super().keyPressEvent(event)

    def _fit_height(self) -> None:
        written = int(self.document().size().height())  # lines, for a plain-text document
        lines = max(1, min(MAX_VISIBLE_LINES, written))
        # A scroll bar only once the text is taller than the editor grows: in a one-line composer its
        # arrows were squeezed in beside the placeholder.
        policy = (
            Qt.ScrollBarPolicy.ScrollBarAsNeeded
            if written > MAX_VISIBLE_LINES
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        self.setVerticalScrollBarPolicy(policy)
        line_height = self.fontMetrics().lineSpacing()
        margins = self.contentsMargins().top() + self.contentsMargins().bottom()
        self.setFixedHeight(int(lines * line_height + 2 * self.document().documentMargin() + margins + 4))


class Composer(QWidget):
    """Emits `sendRequested(text)` and `stopRequested()`; the window decides what they do."""

    sendRequested = Signal(str)
    stopRequested = Signal()
    editLastRequested = Signal()
    editCancelled = Signal()
    # Images offered while the model cannot see them (not attached): the window offers another model.
    visionNeeded = Signal(object)  # list[Offered]
    notice = Signal(str)  # one line for the status bar: an image refused, one still being read

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        self.setAcceptDrops(True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 6, 16, 10)
        outer.setSpacing(4)
        banner = QHBoxLayout()
        self.banner = QLabel()
        self.banner.setObjectName("composerBanner")
        self.banner_cancel = QToolButton()
        self.banner_cancel.setText(tr("Cancel"))
        self.banner_cancel.setAccessibleName(tr("Cancel editing"))
        self.banner_cancel.setAccessibleDescription(tr("Leaves the edit: the message stays as it was."))
        self.banner_cancel.clicked.connect(self.cancel_edit)
        banner.addWidget(self.banner, 1)
        banner.addWidget(self.banner_cancel)
        outer.addLayout(banner)
        attachment = QHBoxLayout()
        self.attachment_label = QLabel()
        self.attachment_label.setObjectName("composerBanner")
        self.attachment_remove = QToolButton()
        self.attachment_remove.setText(tr("Remove"))
        self.attachment_remove.setAccessibleName(tr("Remove pasted text"))
        self.attachment_remove.setAccessibleDescription(tr("Takes the attached pasted text off the message."))
        self.attachment_remove.clicked.connect(lambda: self._attach(""))
        attachment.addWidget(self.attachment_label, 1)
        attachment.addWidget(self.attachment_remove)
        outer.addLayout(attachment)
        self.strip = AttachmentStrip(self)
        self.strip.refused.connect(self.notice)
        self.strip.tab_after = self.attachment_remove
        outer.addWidget(self.strip)
        row = self.row = QHBoxLayout()
        self.attach_button = QToolButton(self)  # made before the text: Tab reaches it first, as it is read
        self.attach_button.setObjectName("attachButton")
        self.attach_button.setIcon(themed_icon("paperclip.svg"))
        self.attach_button.setIconSize(QSize(18, 18))
        self.attach_button.setAccessibleName(tr("Attach an image"))
        self.attach_button.setAccessibleDescription(
            tr("Chooses images to send with the message, for a model that can see them.")
        )
        self.attach_button.clicked.connect(self.choose_images)
        row.addWidget(self.attach_button, 0, Qt.AlignmentFlag.AlignBottom)
        self.edit = ComposerEdit(self)
        self.button = QPushButton(tr("Send"))
        self.button.setObjectName("sendButton")
        self.button.setAccessibleName(tr("Send"))
        self.button.setAccessibleDescription(tr("Sends the message to the model."))
        self.button.setDefault(False)
        self.button.setAutoDefault(False)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignBottom)
        outer.addLayout(row)
        self.edit.submitted.connect(self._submit)
        self.edit.editLastRequested.connect(self.editLastRequested)
        self.edit.cancelRequested.connect(self.cancel_edit)
        self.edit.largePaste.connect(self._attach_more)
        self.edit.imagesOffered.connect(self.offer_images)
        # Images dropped on the text go to the strip, even while the text is read-only (no model yet).
        self.edit.viewport().installEventFilter(self)
        self.button.clicked.connect(self._on_button)
        self._available = False  # whether a message can be sent now
        self.editing_message_id: int | None = None
        self._streaming = False
        self._attached = ""
        self._can_see = False
        self._show_banner("")
        self._attach("")
        self.set_vision(False)

    def add_tool(self, tool: QWidget) -> None:
        """A button beside the message (the Documents one), at its left, level with the Send button."""
        self.row.insertWidget(self.row.indexOf(self.edit), tool, 0, Qt.AlignmentFlag.AlignBottom)

    # -- images ---------------------------------------------------------------------

    @property
    def can_see(self) -> bool:
        return self._can_see

    def set_vision(self, can_see: bool) -> None:
        """Whether the model in use can see images: the paperclip is off, and says why, when it cannot."""
        self._can_see = can_see
        self.attach_button.setEnabled(can_see)
        self.attach_button.setToolTip(tr("Attach an image") if can_see else tr(CANNOT_SEE))

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # another look: the paperclip in its colour
            self.attach_button.setIcon(themed_icon("paperclip.svg"))

    def images(self) -> list[ImagePart]:
        """The images attached to the message (those checked and stored; not those still being read)."""
        return self.strip.parts()

    def choose_images(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, tr("Attach images"), str(Path.home()), image_filter())
        if files:
            self.offer_images([Path(name) for name in files])

    def offer_images(self, images: Sequence[Offered]) -> None:
        if not images:
            return
        if self._can_see:
            self.strip.offer(images)
        else:
            self.visionNeeded.emit(list(images))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override: drops on the text
        if isinstance(event, QDropEvent) and has_images(event.mimeData()):  # a drag entering, moving, dropped
            self._drag(event)
            return True
        return super().eventFilter(watched, event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # Qt override
        self._drag(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # Qt override
        self._drag(event)

    def dropEvent(self, event: QDropEvent) -> None:  # Qt override
        self._drag(event)

    def _drag(self, event: QDropEvent) -> None:
        if not has_images(event.mimeData()):
            event.ignore()
            return
        event.acceptProposedAction()
        if event.type() == QEvent.Type.Drop:
            self.offer_images(offered_images(event.mimeData()))

    # -- sending and editing ------------------------------------------------------------

    @property
    def streaming(self) -> bool:
        return self._streaming

    def set_streaming(self, streaming: bool) -> None:
        """While a reply streams the button is Stop (and stays enabled)."""
        self._streaming = streaming
        self.button.setText(tr("Stop") if streaming else tr("Send"))
        self.button.setAccessibleName(tr("Stop") if streaming else tr("Send"))
        self.button.setAccessibleDescription(
            tr("Stops the reply being written.") if streaming else tr("Sends the message to the model.")
        )
        self.button.setObjectName("stopButton" if streaming else "sendButton")
        self.button.style().unpolish(self.button)
        self.button.style().polish(self.button)

    def set_available(self, available: bool, reason: str = "", typing: bool = False) -> None:
        """Sending is off while no model is ready (loading, failed, none); with `typing` (while a
        model loads) the message can be written meanwhile, and is sent once it is ready."""
        self._available = available
        self.edit.setReadOnly(not (available or typing))
        self.button.setEnabled(available or self._streaming)
        self.edit.setPlaceholderText(
            tr("Message Hearth…  (Enter sends, Shift+Enter for a new line)") if available else reason
        )
        # QPlainTextEdit does not repaint when only its placeholder changes: the loading text stayed on
        # screen after the model had loaded, until something was typed.
        self.edit.viewport().update()

    def text(self) -> str:
        typed = self.edit.toPlainText()
        if not self._attached:
            return typed
        return f"{typed}\n\n{self._attached}" if typed.strip() else self._attached

    def set_text(self, text: str) -> None:
        if len(text) > LARGE_PASTE_CHARS:
            self.edit.clear()
            self._attach(text)
            return
        self._attach("")
        self.edit.setPlainText(text)
        cursor = self.edit.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.edit.setTextCursor(cursor)

    def clear(self) -> None:
        self.edit.clear()
        self._attach("")
        self.strip.clear()

    def _attach_more(self, text: str) -> None:
        """A second large paste goes after the first, rather than in its place."""
        self._attach(f"{self._attached}\n\n{text}" if self._attached else text)

    def _attach(self, text: str) -> None:
        self._attached = text
        if text:
            lines = text.count("\n") + 1
            self.attachment_label.setText(
                tr(
                    "Pasted text attached: {characters} characters, {lines} lines; it is sent with your message."
                ).format(characters=f"{len(text):,}", lines=f"{lines:,}")
            )
        self.attachment_label.setVisible(bool(text))
        self.attachment_remove.setVisible(bool(text))

    def begin_edit(self, message_id: int, text: str, images: Sequence[ImagePart] = ()) -> None:
        """Put a sent message back to change it, with its images (sent again with the new version)."""
        self.editing_message_id = message_id
        self.set_text(text)
        self.strip.clear()
        self.strip.add_parts(images)
        self._show_banner(tr("Editing a message: sending makes a new version; the old one is kept."))
        self.edit.setFocus()

    def cancel_edit(self) -> None:
        if self.editing_message_id is not None:
            self.editing_message_id = None
            self.clear()
            self._show_banner("")
            self.editCancelled.emit()

    def end_edit(self) -> None:
        self.editing_message_id = None
        self._show_banner("")

    def _show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
        self.banner_cancel.setVisible(bool(text))

    def _on_button(self) -> None:
        if self._streaming:
            self.stopRequested.emit()
        else:
            self._submit()

    def _submit(self) -> None:
        if self._streaming or not self._available:
            return
        if self.strip.reading:
            self.notice.emit(tr("Wait a moment: an image is still being read."))
            return
        self.sendRequested.emit(self.text())
