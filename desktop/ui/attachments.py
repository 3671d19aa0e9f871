"""The composer's images: a strip of thumbnails above the message, each with its ×.

Each image offered (chosen, pasted, dropped) is checked and stored by desktop.core.images.intake on a
pool thread: a 50 MB JPEG takes a while to decode, and the window must not freeze meanwhile. Its tile
says "Reading…" until then; a refusal takes the tile away and says why in one line.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from functools import partial
from pathlib import Path

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageWriter, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from desktop.core.images.files import image_file
from desktop.core.images.intake import ImageRefused, take_image
from desktop.core.messages import ImagePart
from desktop.core.text import one_line
from desktop.ui.background import run_in_background
from desktop.ui.i18n import tr
from desktop.ui.image_viewer import describe, load_thumbnail, read_thumbnail

log = logging.getLogger(__name__)

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp", ".gif")
THUMB_PX = 64
# What can be offered: an image file, or a picture from the clipboard (a QImage, encoded on the pool thread).
Offered = Path | QImage


def image_filter() -> str:
    """The file dialog's filter: the images a vision model is given, or any file."""
    patterns = " ".join(f"*{suffix}" for suffix in IMAGE_SUFFIXES)
    return tr("Images") + f" ({patterns});;" + tr("All files") + " (*)"


def offered_images(mime: QMimeData) -> list[Offered]:
    """The images in a paste or a drop: its local image files, else the picture itself (a screenshot)."""
    files = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()] if mime.hasUrls() else []
    images: list[Offered] = [path for path in files if path.suffix.lower() in IMAGE_SUFFIXES]
    if images:
        return images
    if mime.hasImage():
        picture = mime.imageData()
        if isinstance(picture, QPixmap):
            picture = picture.toImage()
        if isinstance(picture, QImage) and not picture.isNull():
            return [picture.copy()]  # its own copy: the clipboard's may change while it is read
    return []


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImageWriter(buffer, QByteArray(b"png")).write(image)
    buffer.close()
    return bytes(data.data())


def offered_name(offered: Offered) -> str:
    return offered.name if isinstance(offered, Path) else tr("the pasted image")


def take(offered: Offered, name: str) -> tuple[ImagePart, QImage]:
    """Check and store one image (on a pool thread): its part, and its thumbnail for the strip."""
    part = take_image(png_bytes(offered) if isinstance(offered, QImage) else offered, name=name)
    return part, read_thumbnail(image_file(part), THUMB_PX)


def refusal(error: Exception, name: str) -> str:
    """The one line a refused image is shown with: the check's own message, or the system's."""
    if isinstance(error, ImageRefused):  # a one-line message meant for the user (in English: core's)
        return tr("Not attached: {reason}").format(reason=one_line(str(error), 200))
    if isinstance(error, OSError):
        return tr("Not attached: cannot read {name} ({error})").format(name=name, error=error.strerror or error)
    log.warning("taking image %s failed", name, exc_info=error)
    return tr("Not attached: {name} could not be read ({error})").format(name=name, error=one_line(str(error), 120))


class ImageTile(QFrame):
    """One attached image: its thumbnail (or "Reading…" while it is checked) and a × that takes it off."""

    removeRequested = Signal(object)  # this tile

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imageTile")
        self.setFixedSize(THUMB_PX + 8, THUMB_PX + 8)
        self.part: ImagePart | None = None
        self.picture = QLabel(tr("Reading…"))
        self.picture.setObjectName("imageTilePicture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setAccessibleName(tr("Reading the image…"))
        self.remove_button = QToolButton()
        self.remove_button.setObjectName("imageRemoveButton")
        self.remove_button.setText("×")
        self.remove_button.setAccessibleName(tr("Remove image"))
        self.remove_button.setAccessibleDescription(tr("Takes this image off the message."))
        self.remove_button.setToolTip(tr("Remove image"))
        self.remove_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.remove_button.clicked.connect(lambda: self.removeRequested.emit(self))
        layout = QGridLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.picture, 0, 0)
        layout.addWidget(self.remove_button, 0, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)

    @property
    def reading(self) -> bool:
        return self.part is None

    def show_part(self, part: ImagePart, thumbnail: QImage) -> None:
        self.part = part
        self.picture.setAccessibleName(describe(part))
        self.setToolTip(describe(part))
        if thumbnail.isNull():
            self.picture.setText(tr("Image missing"))
            self.picture.setAccessibleName(tr("Image missing"))
        else:
            self.picture.setText("")
            self.picture.setPixmap(QPixmap.fromImage(thumbnail))


class AttachmentStrip(QScrollArea):
    """The images attached to the message being written, in the order they were offered."""

    changed = Signal()
    refused = Signal(str)  # one line: why an image was not attached

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentStrip")
        self.setAccessibleName(tr("Attached images"))
        self.setAccessibleDescription(tr("The images that go with the message; each can be taken off."))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        content = QWidget()
        content.setObjectName("attachmentStripContent")
        self._row = QHBoxLayout(content)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(6)
        self._row.addStretch(1)
        self.setWidget(content)
        self.tiles: list[ImageTile] = []
        # Tab reaches the tiles' × where they are on screen: after this (a control above the strip), not
        # after Send (the focus chain is the order widgets were made in).
        self.tab_after: QWidget | None = None
        self.setFixedHeight(THUMB_PX + 8 + self.horizontalScrollBar().sizeHint().height() + 2)
        self.hide()

    def sizeHint(self) -> QSize:  # Qt override
        return QSize(THUMB_PX * 4, self.height())

    def parts(self) -> list[ImagePart]:
        return [tile.part for tile in self.tiles if tile.part is not None]

    @property
    def reading(self) -> int:
        """How many images are still being checked."""
        return sum(tile.reading for tile in self.tiles)

    def offer(self, images: Sequence[Offered]) -> None:
        """Check and store each image off the GUI thread; each shows once it is, or says why not."""
        for offered in images:
            self._read(self._add_tile(), offered)

    def add_parts(self, parts: Sequence[ImagePart]) -> None:
        """Images already stored (those of a message being edited)."""
        for part in parts:
            tile = self._add_tile()
            tile.part = part
            load_thumbnail(part, THUMB_PX, tile, partial(self._taken, tile, part))

    def clear(self) -> None:
        for tile in list(self.tiles):
            self._remove(tile, notify=False)
        self._show()

    def remove(self, tile: ImageTile) -> None:
        self._remove(tile)

    def _read(self, tile: ImageTile, offered: Offered) -> None:
        name = offered_name(offered)

        def taken(result: tuple[ImagePart, QImage]) -> None:
            self._taken(tile, *result)

        def refused(error: Exception) -> None:
            self._refused(tile, refusal(error, name))

        run_in_background(partial(take, offered, name), taken, refused, owner=tile)

    def _add_tile(self) -> ImageTile:
        tile = ImageTile(self.widget())
        tile.removeRequested.connect(self.remove)
        self._row.insertWidget(len(self.tiles), tile)
        self.tiles.append(tile)
        previous = self.tiles[-2].remove_button if len(self.tiles) > 1 else self.tab_after
        if previous is not None:
            QWidget.setTabOrder(previous, tile.remove_button)
        self._show()
        return tile

    def _taken(self, tile: ImageTile, part: ImagePart, thumbnail: QImage) -> None:
        if tile not in self.tiles or not shiboken6.isValid(tile):
            return  # removed (or the message sent) while it was read
        if any(other.part == part for other in self.tiles if other is not tile):
            self._remove(tile)  # the same picture twice: it is sent once
            return
        tile.show_part(part, thumbnail)
        self.changed.emit()

    def _refused(self, tile: ImageTile, message: str) -> None:
        if tile in self.tiles:
            self._remove(tile)
            self.refused.emit(message)

    def _remove(self, tile: ImageTile, notify: bool = True) -> None:
        if tile not in self.tiles:
            return
        self.tiles.remove(tile)
        self._row.removeWidget(tile)
        tile.hide()
        tile.deleteLater()
        self._show()
        if notify:
            self.changed.emit()

    def _show(self) -> None:
        self.setVisible(bool(self.tiles))
