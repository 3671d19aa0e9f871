"""`hearth chat MODEL --image FILE -p PROMPT`: the picture checked, kept and shown to a vision model (the
tiny random-weight pair: nonsense replies, the real path), refused in one line when it cannot be."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from desktop.cli.main import main
from desktop.core.images.files import image_file
from desktop.core.messages import ImagePart
from desktop.core.store import ConversationStore
from tests.helpers.tiny_vision import write_tiny_vision_pair


@pytest.fixture
def vision_model(tmp_path: Path) -> Path:
    model, _projector = write_tiny_vision_pair(tmp_path / "vision")
    return model


def picture(path: Path, seed: int = 0) -> Path:
    pixels = np.random.default_rng(seed).integers(0, 256, (300, 200, 3), dtype=np.uint8)
    Image.fromarray(pixels, "RGB").save(path, format="JPEG")
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_picture_goes_to_a_vision_model_and_is_kept_with_the_chat(capsys, vision_model: Path, tmp_path: Path) -> None:
    photo = picture(tmp_path / "photo.jpg")
    code, _out, err = run(
        capsys,
        "chat",
        str(vision_model),
        "--image",
        str(photo),
        "-p",
        "What is this?",
        "--max-tokens",
        "4",
        "--seed",
        "1",
    )
    assert code == 0, err
    store = ConversationStore.open_default()
    try:
        [summary] = store.list()
        question = store.messages(summary.id)[0]
    finally:
        store.close()
    [part] = [p for p in question.parts if isinstance(p, ImagePart)]
    assert question.content == "What is this?" and (part.width, part.height) == (200, 300)
    assert image_file(part).is_file()  # a copy of its own: the original may go
    photo.unlink()
    assert image_file(part).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_file_that_is_not_a_picture_is_refused_in_one_line(capsys, vision_model: Path, tmp_path: Path) -> None:
    fake = tmp_path / "letter.png"
    fake.write_text("Dear model,")
    code, out, err = run(capsys, "chat", str(vision_model), "--image", str(fake), "-p", "Read it.")
    assert code == 1 and out == ""
    assert err.strip() == "hearth: letter.png is not an image; Hearth attaches PNG, JPEG, WebP and GIF pictures"


def test_a_text_model_is_not_shown_pictures(capsys, tiny_model: Path, tmp_path: Path) -> None:
    photo = picture(tmp_path / "photo.jpg")
    code, _out, err = run(capsys, "chat", str(tiny_model), "--image", str(photo), "-p", "What is this?")
    assert code == 1
    assert "this model cannot see images" in err.lower() and "Traceback" not in err


def test_an_image_needs_a_prompt(capsys, vision_model: Path, tmp_path: Path) -> None:
    code, _out, err = run(capsys, "chat", str(vision_model), "--image", str(picture(tmp_path / "p.jpg")))
    assert code == 1 and "--image goes with a prompt" in err
