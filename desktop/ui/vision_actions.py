"""What images in the composer need from the window: the paperclip on only while the model in use can see,
and, for an image pasted or dropped while it cannot, the offer of a model that can (or of the Models page).

A model can see when its projector (a `mmproj*.gguf` beside it) was loaded with it: the engine says so in
`ModelInfo.vision`. While a model loads, the projector beside its file is the best guess.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from desktop.core.library.files import display_name
from desktop.core.runtime.types import ModelInfo
from desktop.ui.attachments import Offered
from desktop.ui.i18n import tr
from desktop.ui.model_picker import has_projector
from desktop.ui.plain import plain

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def model_can_see(window: MainWindow) -> bool:
    engine = window.engine
    if engine.state == "loading":
        pending = engine.pending_load
        return pending is not None and has_projector(pending.path)
    model = engine.model
    return model is not None and engine.state in ("ready", "busy") and bool(getattr(model, "vision", False))


def vision_models(window: MainWindow) -> list[Path]:
    """The library's models that can see images (a projector beside them), but the one in use."""
    model = window.engine.model
    return [path for path in window.model_paths() if has_projector(path) and (model is None or str(path) != model.path)]


def connect(window: MainWindow) -> None:
    composer, engine = window.composer, window.engine
    # Images offered to a model that could not see them, kept while the one switched to loads.
    waiting: dict[str, list[Offered]] = {}

    def show_vision(*_args: object) -> None:
        composer.set_vision(model_can_see(window))

    def loaded(info: ModelInfo) -> None:
        show_vision()
        images = waiting.pop(info.path, None)
        if images and composer.can_see:
            composer.offer_images(images)
        waiting.clear()

    def failed(path: str, _message: str) -> None:
        if waiting.pop(path, None):
            window.notify(tr("The image was not attached: the model that can see it did not load."))
        show_vision()

    def needed(images: list[Offered]) -> None:
        # After the paste or the drop has returned: a question asked inside a drop leaves the drag hanging.
        QTimer.singleShot(0, window, lambda: offer_vision_model(window, images, waiting))

    composer.visionNeeded.connect(needed)
    composer.notice.connect(window.notify)
    engine.stateChanged.connect(show_vision)
    engine.loaded.connect(loaded)
    engine.loadFailed.connect(failed)
    engine.unloaded.connect(show_vision)
    show_vision()


def offer_vision_model(window: MainWindow, images: list[Offered], waiting: dict[str, list[Offered]]) -> None:
    """Images offered to a model that cannot see: switch to one that can (they attach once it has loaded),
    or, with none in the library, point to the Models page. Nothing is attached meanwhile."""
    model = window.engine.model
    if model is None:
        intro = tr("Images need a model that can see them.")
    else:
        intro = tr("{model} cannot see images.").format(model=display_name(model.path))
    choices = vision_models(window)
    if not choices:
        question = tr(
            "No vision model is installed. One comes with a projector file (mmproj….gguf) in its folder: "
            "the Models page finds and downloads them. Open the Models page?"
        )
        answer = QMessageBox.question(
            window,
            tr("Attach an image"),
            plain(intro + "\n\n" + question),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            window.show_models_page()
        else:
            window.notify(tr("Not attached: no model installed can see images."))
        return
    chosen = str(choices[0])
    question = (
        tr("Switch to {model}, which can, and attach the image once it has loaded?")
        if len(images) == 1
        else tr("Switch to {model}, which can, and attach the images once it has loaded?")
    ).format(model=display_name(chosen))
    answer = QMessageBox.question(
        window,
        tr("Attach an image"),
        plain(intro + "\n\n" + question),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        window.notify(tr("Not attached: the model in use cannot see images."))
        return
    waiting.clear()
    waiting[chosen] = list(images)
    window.picker.set_current(chosen)
    window.choose_model(chosen)
