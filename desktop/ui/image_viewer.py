"""A message's images: thumbnails read off the GUI thread, and a viewer that shows one at full size.

The viewer fits the image to its window by default; without "Fit to window" it shows it pixel for pixel,
scrollable.
A stored copy that is gone (deleted by hand, a data folder restored without it) shows "Image missing".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.images.files import image_file
from desktop.core.messages import ImagePart, Part
from desktop.ui.background import run_in_background
from desktop.ui.i18n import tr

MESSAGE_THUMB_PX = 96
# Thumbnails already made, by file and size: the copies are named by their content, so one never goes stale.
# Bounded (a 96 px one is 37 KB): the oldest go first.
_THUMBS: dict[tuple[str, int], QImage] = {}
MAX_THUMBS = 400


def read_thumbnail(path: Path, size: int) -> QImage:
    """The image at `path` scaled to fit `size` × `size` (a null QImage when it cannot be read).
    Safe on any thread: QImage, unlike QPixmap, needs no GUI thread."""
    key = (str(path), size)
    if key in _THUMBS:
        return _THUMBS[key]
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    full = reader.size()
    if full.isValid() and (full.width() > size or full.height() > size):
        # A JPEG decodes at the smaller size straight away; other formats are scaled once read.
        reader.setScaledSize(full.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if not image.isNull():
        while len(_THUMBS) >= MAX_THUMBS:
            _THUMBS.pop(next(iter(_THUMBS)), None)
        _THUMBS[key] = image
    return image


def image_parts(parts: Sequence[Part]) -> list[ImagePart]:
    return [part for part in parts if isinstance(part, ImagePart)]


def load_thumbnail(part: ImagePart, size: int, owner: QWidget, shown: Callable[[QImage], None]) -> None:
    """`shown(image)` on the GUI thread once the thumbnail is read (at once when it was read before)."""
    path = image_file(part)
    cached = _THUMBS.get((str(path), size))
    if cached is not None:
        shown(cached)
        return
    run_in_background(lambda: read_thumbnail(path, size), shown, lambda _error: shown(QImage()), owner=owner)


def describe(part: ImagePart) -> str:
    if part.width and part.height:
        return tr("Image, {width} × {height} pixels").format(width=part.width, height=part.height)
    return tr("Image")


class MessageImages(QWidget):
    """A sent message's images as a row of thumbnails; a click opens one in the viewer."""

    opened = Signal(object)  # the ImageViewer shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageImages")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 4, 0, 2)
        self._layout.setSpacing(6)
        self._layout.addStretch(1)
        self.parts: list[ImagePart] = []
        self.buttons: list[QToolButton] = []
        # Tab reaches the thumbnails where they are on screen: after this (the message's text).
        self.tab_after: QWidget | None = None
        self.hide()

    def set_parts(self, parts: Sequence[ImagePart]) -> None:
        if list(parts) == self.parts:
            return
        for button in self.buttons:
            self._layout.removeWidget(button)
            button.deleteLater()
        self.parts, self.buttons = list(parts), []
        previous = self.tab_after
        for index, part in enumerate(self.parts):
            button = self._thumbnail(part)
            self._layout.insertWidget(index, button)
            self.buttons.append(button)
            if previous is not None:
                QWidget.setTabOrder(previous, button)
                previous = button
        self.setVisible(bool(self.parts))

    def _thumbnail(self, part: ImagePart) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName("messageImage")
        button.setAutoRaise(True)
        button.setFixedSize(MESSAGE_THUMB_PX + 8, MESSAGE_THUMB_PX + 8)
        button.setIconSize(QSize(MESSAGE_THUMB_PX, MESSAGE_THUMB_PX))
        button.setText(tr("Loading…"))
        button.setAccessibleName(describe(part))
        button.setAccessibleDescription(tr("Opens the image at full size."))
        button.setToolTip(describe(part))
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(lambda: self.open(part))

        def shown(image: QImage) -> None:
            if not shiboken6.isValid(button):
                return
            if image.isNull():
                button.setText(tr("Image missing"))
                button.setAccessibleName(tr("Image missing"))
                button.setAccessibleDescription(tr("The stored copy of this image is gone."))
                button.setToolTip(tr("The stored copy of this image is gone."))
                button.setEnabled(False)
                return
            button.setText("")
            button.setIcon(QIcon(QPixmap.fromImage(image)))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)

        load_thumbnail(part, MESSAGE_THUMB_PX, button, shown)
        return button

    def open(self, part: ImagePart) -> ImageViewer:
        viewer = ImageViewer(part, self.window())
        viewer.show()
        self.opened.emit(viewer)
        return viewer


class ImageViewer(QDialog):
    """One image at full size: fitted to the window by default, or pixel for pixel with scroll bars."""

    def __init__(self, part: ImagePart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imageViewer")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.part = part
        self.setWindowTitle(describe(part))
        self.image = QImage(str(image_file(part)))
        self.picture = QLabel()
        self.picture.setObjectName("imagePicture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setAccessibleName(describe(part))
        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("imageScroll")
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll_area.setWidget(self.picture)
        self.scroll_area.viewport().installEventFilter(self)  # fitted again whenever the room for it changes
        self.fit_button = QToolButton()
        self.fit_button.setText(tr("Fit to window"))
        self.fit_button.setCheckable(True)
        self.fit_button.setChecked(True)
        self.fit_button.setAccessibleName(tr("Fit to window"))
        self.fit_button.setAccessibleDescription(
            tr("On: the whole image fits the window. Off: it is shown at its actual size, with scroll bars.")
        )
        self.fit_button.toggled.connect(self._show)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(tr("Close"))
        close.setAccessibleDescription(tr("Closes the image."))
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.fit_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(bottom)
        if self.image.isNull():
            self.picture.setText(tr("Image missing: its stored copy is gone."))
            self.fit_button.setEnabled(False)
            self.resize(420, 240)
        else:
            # Room for the whole image at its size where the screen has it; fitted to the screen where not.
            screen = self.screen().availableGeometry() if self.screen() is not None else None
            most_w, most_h = (screen.width() * 9 // 10, screen.height() * 9 // 10) if screen else (1000, 760)
            self.resize(min(self.image.width() + 48, most_w), min(self.image.height() + 96, most_h))
        self._show()

    @property
    def missing(self) -> bool:
        return self.image.isNull()

    def _show(self) -> None:
        if self.missing:
            self.scroll_area.setWidgetResizable(True)
            return
        fit = self.fit_button.isChecked()
        self.scroll_area.setWidgetResizable(fit)
        if fit:
            area = self.scroll_area.viewport().size()
            scaled = self.image
            if self.image.width() > area.width() or self.image.height() > area.height():
                scaled = self.image.scaled(
                    area, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
            self.picture.setPixmap(QPixmap.fromImage(scaled))
        else:
            self.picture.setPixmap(QPixmap.fromImage(self.image))
            self.picture.resize(self.image.size())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override: the viewport's resizes
        if event.type() == QEvent.Type.Resize and self.fit_button.isChecked():
            self._show()
        return super().eventFilter(watched, event)
