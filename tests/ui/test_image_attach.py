"""Images in the window: the paperclip, a paste and a drop attach them (checked off the GUI thread) for a
model that can see, a text-only model offers one that can, the picker marks those with an eye, and a sent
message shows its images as thumbnails that open at full size."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from desktop.core.images.files import image_file
from desktop.core.library.projector import find_projector
from desktop.core.messages import ImagePart, TextPart
from desktop.core.runtime.types import LoadOptions, ModelInfo, ModelRef
from desktop.core.store.records import Message
from desktop.ui import attachments
from desktop.ui.image_viewer import ImageViewer
from desktop.ui.message_widget import MessageWidget
from desktop.ui.tab_order import reading_order
from tests.helpers.dialogs import answering
from tests.helpers.scripted_backend import ScriptedBackend
from tests.helpers.window import press_send, wait_ready

WAIT_MS = 10_000


class SeeingBackend(ScriptedBackend):
    """The scripted engine, seeing as llama.cpp does: with a projector beside the model."""

    def load(self, ref, options: LoadOptions | None = None, on_progress=None) -> ModelInfo:
        info = super().load(ref, options, on_progress)
        path = ref.path if isinstance(ref, ModelRef) else str(ref)
        self._model = replace(info, vision=find_projector(Path(path)) is not None, image_tokens=256)
        return self._model


@pytest.fixture
def engine() -> ScriptedBackend:
    return SeeingBackend()


@pytest.fixture
def seer(models_dir: Path) -> Path:
    """A vision model: its projector sits beside it."""
    folder = models_dir / "acme" / "eyes"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "mmproj-x.gguf").write_bytes(b"GGUF")
    path = folder / "seer.gguf"
    path.write_bytes(b"GGUF")
    return path


def picture(folder: Path, name: str, size: tuple[int, int] = (120, 80), colour: str = "teal") -> Path:
    path = folder / name
    Image.new("RGB", size, colour).save(path)
    return path


def started(qtbot, open_window, model: Path):
    session = open_window()
    session.window.start(str(model))
    wait_ready(qtbot, session)
    return session


def choose_files(monkeypatch, *paths: Path) -> None:
    """The OS's file dialog, answered with `paths`."""
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *args, **kwargs: ([str(p) for p in paths], ""))
    )


def drop(widget, mime: QMimeData) -> bool:
    """A drag that enters `widget` and is dropped there, as the platform sends them; True if it was taken."""
    where = widget.rect().center()
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(where, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    dropped = QDropEvent(QPointF(where), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, dropped)
    return dropped.isAccepted()


def file_urls(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def shown_parts(qtbot, composer, count: int) -> list[ImagePart]:
    qtbot.waitUntil(lambda: len(composer.images()) == count and not composer.strip.reading, timeout=WAIT_MS)
    return composer.images()


# -- the model picker and the paperclip --------------------------------------------------------------


def test_the_picker_marks_a_model_with_a_projector_with_an_eye(qtbot, open_window, fake_models, seer) -> None:
    session = open_window()
    picker = session.window.picker
    assert str(seer) in picker.paths and str(fake_models[0]) in picker.paths
    assert not any(Path(p).name.startswith("mmproj") for p in picker.paths)  # the projector is no model
    index = picker.findData(str(seer))
    assert not picker.itemIcon(index).isNull() and picker.can_see(str(seer))
    assert picker.itemData(index, Qt.ItemDataRole.AccessibleDescriptionRole) == "can see images"
    assert "Can see images" in picker.itemData(index, Qt.ItemDataRole.ToolTipRole)
    text_only = picker.findData(str(fake_models[0]))
    assert not picker.can_see(str(fake_models[0]))
    assert picker.itemData(text_only, Qt.ItemDataRole.AccessibleDescriptionRole) is None


def test_the_paperclip_is_off_for_a_text_model_and_says_why(qtbot, open_window, fake_models, seer) -> None:
    session = started(qtbot, open_window, fake_models[0])
    button = session.window.composer.attach_button
    assert button.accessibleName() == "Attach an image" and button.accessibleDescription()
    assert not button.isEnabled()
    assert button.toolTip() == "This model cannot see images: choose a vision model (an eye in the model list)"
    with qtbot.waitSignal(session.engine.loaded, timeout=WAIT_MS):
        session.window.choose_model(str(seer))
    qtbot.waitUntil(button.isEnabled, timeout=WAIT_MS)
    assert button.toolTip() == "Attach an image"


# -- attaching: the button, a paste, a drop -------------------------------------------------------------


def test_the_paperclip_attaches_images_and_the_cross_takes_one_off(
    qtbot, open_window, seer, tmp_path, monkeypatch
) -> None:
    session = started(qtbot, open_window, seer)
    composer = session.window.composer
    assert composer.strip.isHidden()
    choose_files(monkeypatch, picture(tmp_path, "red.png", colour="red"), picture(tmp_path, "blue.jpg", (300, 200)))
    QTest.mouseClick(composer.attach_button, Qt.MouseButton.LeftButton)
    parts = shown_parts(qtbot, composer, 2)
    assert [(p.mime, p.width, p.height) for p in parts] == [("image/png", 120, 80), ("image/png", 300, 200)]
    assert all(image_file(part).is_file() for part in parts)  # stored copies under the data folder
    assert composer.strip.isVisible()
    tiles = composer.strip.tiles
    assert all(tile.picture.pixmap() is not None and not tile.picture.pixmap().isNull() for tile in tiles)
    assert max(tiles[1].picture.pixmap().width(), tiles[1].picture.pixmap().height()) == 64
    remove = tiles[0].remove_button
    assert remove.accessibleName() == "Remove image"
    # Tab reads the strip where it is: its × buttons, then the paperclip and the message.
    order = reading_order(session.window, session.window.transcript, [])
    crosses = [order.index(tile.remove_button) for tile in tiles]
    assert crosses == sorted(crosses) and crosses[-1] < order.index(composer.attach_button) < order.index(composer.edit)
    QTest.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert composer.images() == [parts[1]]
    QTest.mouseClick(composer.strip.tiles[0].remove_button, Qt.MouseButton.LeftButton)
    assert composer.images() == [] and composer.strip.isHidden()


def test_a_pasted_image_is_attached(qtbot, open_window, seer) -> None:
    session = started(qtbot, open_window, seer)
    composer = session.window.composer
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkGreen)
    clipboard = QApplication.clipboard()
    clipboard.setImage(image)
    try:
        composer.edit.setFocus()
        qtbot.keyClick(composer.edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        (part,) = shown_parts(qtbot, composer, 1)
    finally:
        clipboard.clear()
    assert (part.width, part.height) == (40, 30)
    assert composer.edit.toPlainText() == ""  # nothing pasted into the text


def test_a_pasted_image_file_is_attached(qtbot, open_window, seer, tmp_path) -> None:
    session = started(qtbot, open_window, seer)
    composer = session.window.composer
    clipboard = QApplication.clipboard()
    clipboard.setMimeData(file_urls(picture(tmp_path, "copied.webp", (50, 50))))
    try:
        composer.edit.setFocus()
        qtbot.keyClick(composer.edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        (part,) = shown_parts(qtbot, composer, 1)
    finally:
        clipboard.clear()
    assert (part.width, part.height) == (50, 50) and composer.edit.toPlainText() == ""


def test_dropped_image_files_are_attached(qtbot, open_window, seer, tmp_path) -> None:
    session = started(qtbot, open_window, seer)
    composer = session.window.composer
    dropped = file_urls(picture(tmp_path, "a.png"), picture(tmp_path, "b.gif", (10, 20)), tmp_path / "notes.txt")
    assert drop(composer.edit.viewport(), dropped)
    parts = shown_parts(qtbot, composer, 2)
    assert [(p.width, p.height) for p in parts] == [(120, 80), (10, 20)]
    assert composer.edit.toPlainText() == ""  # no file names typed into the message
    # Dropped on the composer around the text (the strip, a button) too.
    assert drop(composer.strip, file_urls(picture(tmp_path, "c.png", colour="navy")))
    shown_parts(qtbot, composer, 3)


def test_the_same_picture_twice_is_attached_once(qtbot, open_window, seer, tmp_path, monkeypatch) -> None:
    session = started(qtbot, open_window, seer)
    composer = session.window.composer
    first = picture(tmp_path, "one.png")
    choose_files(monkeypatch, first, first)
    QTest.mouseClick(composer.attach_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not composer.strip.reading, timeout=WAIT_MS)
    assert len(composer.images()) == 1 and len(composer.strip.tiles) == 1


def test_hostile_images_are_refused_with_their_reason(qtbot, open_window, seer, tmp_path, monkeypatch) -> None:
    session = started(qtbot, open_window, seer)
    window, composer = session.window, session.window.composer
    corrupt = tmp_path / "broken.png"
    corrupt.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\xff" * 40)
    text = tmp_path / "letter.png"
    text.write_text("Dear model, this is not a picture.\n", "utf-8")
    said: list[str] = []
    composer.notice.connect(said.append)
    choose_files(monkeypatch, corrupt, text)
    QTest.mouseClick(composer.attach_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(said) == 2, timeout=WAIT_MS)
    assert composer.images() == [] and composer.strip.tiles == [] and composer.strip.isHidden()
    assert all(line.startswith("Not attached: ") and "\n" not in line for line in said)
    assert any("broken.png" in line for line in said) and any("letter.png" in line for line in said)
    assert window.status.currentMessage() == said[-1]


def test_an_image_is_read_off_the_gui_thread_and_holds_the_message_meanwhile(
    qtbot, open_window, seer, tmp_path, monkeypatch, engine
) -> None:
    session = started(qtbot, open_window, seer)
    window, composer = session.window, session.window.composer
    release, threads = threading.Event(), []

    def slow_take(offered, name):  # a 50 MB JPEG: the check takes a while
        threads.append(threading.current_thread())
        release.wait(WAIT_MS / 1000)
        return real_take(offered, name)

    real_take = attachments.take
    monkeypatch.setattr(attachments, "take", slow_take)
    choose_files(monkeypatch, picture(tmp_path, "big.png"))
    QTest.mouseClick(composer.attach_button, Qt.MouseButton.LeftButton)
    assert composer.strip.reading == 1 and composer.strip.tiles[0].picture.text() == "Reading…"
    composer.set_text("What is this?")
    qtbot.keyClick(composer.edit, Qt.Key.Key_Return)  # the window answers: not sent without the image
    assert window.status.currentMessage() == "Wait a moment: an image is still being read."
    assert window.chat.conversation is None and composer.text() == "What is this?"
    release.set()
    (part,) = shown_parts(qtbot, composer, 1)
    assert threads and threads[0] is not threading.main_thread()
    with qtbot.waitSignal(window.chat.replyEnded, timeout=WAIT_MS):
        qtbot.keyClick(composer.edit, Qt.Key.Key_Return)
    assert part in engine.requests[-1].messages[-1].all_parts


# -- a text-only model ------------------------------------------------------------------------------------


def test_an_image_for_a_text_model_offers_the_vision_model(qtbot, open_window, fake_models, seer, tmp_path) -> None:
    session = started(qtbot, open_window, fake_models[0])
    window, composer = session.window, session.window.composer
    questions: list[str] = []

    def switch(box: QMessageBox) -> None:
        questions.append(box.text())
        QTest.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)

    with answering(switch, QMessageBox):
        assert drop(composer.edit.viewport(), file_urls(picture(tmp_path, "look.png")))
        assert composer.images() == []  # nothing attached to the text model
        qtbot.waitUntil(lambda: bool(questions), timeout=WAIT_MS)
    assert "alpha cannot see images" in questions[0] and "Switch to seer" in questions[0]
    (part,) = shown_parts(qtbot, composer, 1)  # attached once seer has loaded
    assert session.engine.model.path == str(seer) and (part.width, part.height) == (120, 80)
    assert window.picker.currentData() == str(seer)


def test_declining_the_switch_attaches_nothing(qtbot, open_window, fake_models, seer) -> None:
    session = started(qtbot, open_window, fake_models[0])
    window, composer = session.window, session.window.composer
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.red)
    clipboard = QApplication.clipboard()
    clipboard.setImage(image)
    try:
        with answering(lambda box: box.reject(), QMessageBox):
            composer.edit.setFocus()
            qtbot.keyClick(composer.edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
            qtbot.waitUntil(lambda: window.status.currentMessage() != "", timeout=WAIT_MS)
    finally:
        clipboard.clear()
    assert window.status.currentMessage() == "Not attached: the model in use cannot see images."
    assert composer.images() == [] and session.engine.model.path == str(fake_models[0])


def test_with_no_vision_model_the_models_page_is_offered(qtbot, open_window, fake_models, tmp_path) -> None:
    session = started(qtbot, open_window, fake_models[0])
    window, composer = session.window, session.window.composer
    questions: list[str] = []

    def open_models(box: QMessageBox) -> None:
        questions.append(box.text())
        QTest.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)

    with answering(open_models, QMessageBox):
        assert drop(composer.edit.viewport(), file_urls(picture(tmp_path, "look.png")))
        qtbot.waitUntil(lambda: window.pages.currentWidget() is window.models_page, timeout=WAIT_MS)
    assert "No vision model is installed" in questions[0] and "Models page" in questions[0]
    assert composer.images() == []


# -- a sent message ------------------------------------------------------------------------------------------


def test_a_sent_message_shows_its_image_and_the_viewer_opens_it(
    qtbot, open_window, seer, tmp_path, monkeypatch, engine
) -> None:
    session = started(qtbot, open_window, seer)
    window, composer = session.window, session.window.composer
    choose_files(monkeypatch, picture(tmp_path, "cat.png", (900, 600), "orange"))
    QTest.mouseClick(composer.attach_button, Qt.MouseButton.LeftButton)
    (part,) = shown_parts(qtbot, composer, 1)
    engine.replies.append(["An orange square."])
    with qtbot.waitSignal(window.chat.replyEnded, timeout=WAIT_MS):
        press_send(qtbot, session, "What is this?")
    assert composer.images() == [] and composer.strip.isHidden()  # the strip is cleared with the text
    sent = engine.requests[-1].messages[-1]
    assert part in sent.all_parts and sent.content.endswith("What is this?")
    user = next(w for w in window.transcript.message_widgets() if w.message.role == "user")
    assert user.images.parts == [part]
    (thumb,) = user.images.buttons
    qtbot.waitUntil(lambda: not thumb.icon().isNull(), timeout=WAIT_MS)
    qtbot.waitUntil(thumb.isVisible, timeout=WAIT_MS)
    assert thumb.accessibleName() == "Image, 900 × 600 pixels"
    order = reading_order(window, window.transcript, window.transcript.message_widgets())
    assert order.index(user.body) < order.index(thumb) < order.index(user.copy_button)
    with qtbot.waitSignal(user.images.opened, timeout=WAIT_MS) as opened:
        QTest.mouseClick(thumb, Qt.MouseButton.LeftButton)
    viewer: ImageViewer = opened.args[0]
    assert viewer.isVisible() and not viewer.missing and viewer.fit_button.isChecked()
    shown, room = viewer.picture.pixmap(), viewer.scroll_area.viewport()
    assert shown.width() <= room.width() and shown.height() <= room.height()
    viewer.fit_button.click()  # the actual size, scrollable
    assert (viewer.picture.pixmap().width(), viewer.picture.pixmap().height()) == (900, 600)
    viewer.close()


def test_up_to_edit_keeps_the_images(qtbot, open_window, seer, tmp_path, monkeypatch, engine) -> None:
    session = started(qtbot, open_window, seer)
    window, composer = session.window, session.window.composer
    choose_files(monkeypatch, picture(tmp_path, "dog.png"))
    QTest.mouseClick(composer.attach_button, Qt.MouseButton.LeftButton)
    (part,) = shown_parts(qtbot, composer, 1)
    with qtbot.waitSignal(window.chat.replyEnded, timeout=WAIT_MS):
        press_send(qtbot, session, "Who is this?")
    composer.edit.setFocus()
    qtbot.keyClick(composer.edit, Qt.Key.Key_Up)
    assert composer.editing_message_id is not None and composer.text() == "Who is this?"
    assert shown_parts(qtbot, composer, 1) == [part]
    composer.set_text("Which breed is this?")
    with qtbot.waitSignal(window.chat.replyEnded, timeout=WAIT_MS):
        qtbot.keyClick(composer.edit, Qt.Key.Key_Return)
    assert part in engine.requests[-1].messages[-1].all_parts
    assert composer.images() == [] and composer.editing_message_id is None


def test_an_image_whose_copy_is_gone_shows_a_placeholder(qtbot) -> None:
    gone = ImagePart("0" * 64 + ".png", "image/png", 640, 480)
    message = Message(1, 1, None, "user", "Look", parts=[gone, TextPart("Look")])
    widget = MessageWidget(message)
    qtbot.addWidget(widget)
    (thumb,) = widget.images.buttons
    qtbot.waitUntil(lambda: thumb.text() == "Image missing", timeout=WAIT_MS)
    assert not thumb.isEnabled() and thumb.accessibleName() == "Image missing"
    viewer = widget.images.open(gone)
    qtbot.addWidget(viewer)
    assert viewer.missing and "Image missing" in viewer.picture.text()
