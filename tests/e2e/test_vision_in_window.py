"""A picture through the real window to a real (tiny, random-weight) vision model: attached through the
composer, checked on a worker thread, sent, encoded by libmtmd and answered; the eye in the picker."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image

from desktop.core.images.files import image_file
from desktop.core.messages import ImagePart
from desktop.core.settings import Settings
from desktop.ui.app import open_session
from tests.helpers.tiny_vision import write_tiny_vision_pair
from tests.helpers.window import load

pytestmark = pytest.mark.e2e


def test_a_picture_reaches_a_vision_model_through_the_window(qtbot, models_dir: Path, tmp_path: Path) -> None:
    model, _projector = write_tiny_vision_pair(models_dir / "tiny-vlm")
    photo = tmp_path / "square.png"
    Image.new("RGB", (512, 512), (30, 160, 90)).save(photo)
    session = open_session(settings=Settings())
    try:
        window = session.window
        window.show()
        info = load(qtbot, session, model)
        assert info.vision and info.image_tokens == 16
        assert window.composer.attach_button.isEnabled()
        window.chat.set_chat_settings(replace(window.chat.chat_settings, max_tokens=6, seed=3))
        window.composer.offer_images([photo])
        qtbot.waitUntil(lambda: len(window.composer.images()) == 1, timeout=10_000)
        window.composer.set_text("What colour is it?")
        with qtbot.waitSignal(window.chat.replyEnded, timeout=60_000) as ended:
            window.send(window.composer.text())
        reply = ended.args[0]
        assert reply.state in ("done", "length"), reply.stats
        question = window.chat.branch[-2]
        [part] = [p for p in question.parts if isinstance(p, ImagePart)]
        assert image_file(part).is_file() and question.content == "What colour is it?"
        # The image's 16 tokens are in the prompt the model read (and in the context meter's count).
        assert reply.stats["prompt_tokens"] >= 16
        widget = window.transcript.widget_for(question.id)
        assert widget is not None and widget.images.parts == [part] and len(widget.images.buttons) == 1
        assert not window.composer.images()  # sent: the strip is empty again
    finally:
        session.close()
