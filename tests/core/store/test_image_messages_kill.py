"""kill -9 while a child attaches pictures and stores messages with them, again and again: every message
it reported stored is there with its image part, every image part's file is there and whole, and no
file under a stored copy's name is half-written."""

from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.images.files import image_file, images_dir
from desktop.core.images.intake import image_bytes
from desktop.core.messages import ImagePart, TextPart
from desktop.core.store import ConversationStore

pytestmark = pytest.mark.slow

SEED = 1717
ROUNDS = 4

CHILD = """
import io, json, random, sys
from PIL import Image
from desktop.core.images.intake import take_image
from desktop.core.messages import TextPart
from desktop.core.store import ConversationStore

store = ConversationStore(sys.argv[1])
conversation = store.create("vision.gguf")
rng = random.Random(int(sys.argv[2]))
parent = None
for n in range(1, 10_000):
    width, height = rng.randint(16, 600), rng.randint(16, 600)
    picture = Image.frombytes("RGB", (width, height), rng.randbytes(width * height * 3))
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    part = take_image(buffer.getvalue(), name=f"picture-{n}.png")
    message = store.add_message(conversation.id, parent, "user", "", parts=[part, TextPart(f"picture {n}")])
    parent = message.id
    print(json.dumps({"id": message.id, "image": part.path, "n": n}), flush=True)
"""


def attach_until_killed(database: Path, seed: int, kill_after: int) -> list[dict]:
    root = Path(__file__).resolve().parents[3]
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(database), str(seed)],
        cwd=root,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(root)},
    )
    assert child.stdout is not None
    reported = []
    for line in child.stdout:  # the child's own reports: the kill comes mid-way through the next picture
        reported.append(json.loads(line))
        if len(reported) >= kill_after:
            child.send_signal(signal.SIGKILL)
            break
    assert child.wait(30) == -signal.SIGKILL, "the child ended before it was killed"
    child.stdout.close()
    return reported


def test_messages_with_images_survive_kill_9(tmp_path: Path) -> None:
    database = tmp_path / "hearth.db"
    rng = random.Random(SEED)
    reported: list[dict] = []
    for round_ in range(ROUNDS):
        reported += attach_until_killed(database, SEED + round_, rng.randint(3, 12))

    db = sqlite3.connect(database)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()
    store = ConversationStore(database)
    try:
        for event in reported:  # everything reported stored is there: the part and its file
            message = store.message(event["id"])
            assert message is not None
            assert message.parts == [
                ImagePart(event["image"], "image/png", *_size(message)),
                TextPart(f"picture {event['n']}"),
            ]
            assert hashlib.sha256(image_bytes(message.parts[0])).hexdigest() + ".png" == event["image"]
        # Nor does any message stored (reported or not before the kill) point at an image that is not whole.
        parts = [
            part
            for summary in store.list(include_deleted=True)
            for message in store.messages(summary.id)
            for part in message.parts
            if isinstance(part, ImagePart)
        ]
        assert len(parts) >= len(reported)
        for part in parts:
            assert image_file(part).is_file()
            image_bytes(part)  # raises if the copy is not the image that was attached
    finally:
        store.close()
    for entry in images_dir().iterdir():
        if entry.name.startswith("."):  # a temporary file a killed writer left: never under a real name
            assert entry.name.endswith(".tmp")
            continue
        assert hashlib.sha256(entry.read_bytes()).hexdigest() + ".png" == entry.name


def _size(message) -> tuple[int, int]:
    part = message.parts[0]
    assert isinstance(part, ImagePart) and 16 <= part.width <= 600 and 16 <= part.height <= 600
    return part.width, part.height
