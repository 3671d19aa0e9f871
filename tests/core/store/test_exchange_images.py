"""A chat's images travel in its JSON export and come back on another computer; a hostile export's
images are refused one by one, with a notice, and nothing is written outside the images folder."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path

import pytest

from desktop.core.images.files import image_file, images_dir
from desktop.core.images.intake import take_image
from desktop.core.messages import ImagePart, TextPart
from desktop.core.store import ConversationStore
from desktop.core.store.exchange import export_dict, export_json, export_markdown, import_json
from tests.core.images.pictures import encoded, noise, png_declaring


@pytest.fixture
def store(tmp_path: Path):
    store = ConversationStore(tmp_path / "hearth.db")
    yield store
    store.close()


def chat_with_pictures(store: ConversationStore) -> tuple[int, ImagePart, ImagePart]:
    cat = take_image(encoded(noise(40, 30, seed=1), "PNG"), name="cat.png")
    dog = take_image(encoded(noise(24, 24, seed=2), "JPEG"), name="dog.jpg")
    conversation = store.create("vision.gguf")
    first = store.add_message(conversation.id, None, "user", "", parts=[cat, TextPart("What is this?")])
    reply = store.add_message(conversation.id, first.id, "assistant", "A cat.")
    store.add_message(conversation.id, reply.id, "user", "", parts=[TextPart("And these?"), dog, cat])
    return conversation.id, cat, dog


def files_under(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.rglob("*") if p.is_file()
    }


def test_images_travel_with_the_json_export_to_another_computer(
    store: ConversationStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    conversation_id, cat, dog = chat_with_pictures(store)
    exported = export_json(store, conversation_id)
    data = json.loads(exported)
    assert data["format"] == "hearth.conversation/2"
    assert set(data["images"]) == {cat.path, dog.path}  # once each, however often a chat shows it
    assert (
        data["images"][cat.path] == "data:image/png;base64," + base64.b64encode(image_file(cat).read_bytes()).decode()
    )
    here = {part.path: image_file(part).read_bytes() for part in (cat, dog)}

    elsewhere = tmp_path / "other-computer"
    elsewhere.mkdir()
    monkeypatch.setenv("HEARTH_DATA_DIR", str(elsewhere))
    assert not images_dir().exists()
    other = ConversationStore(elsewhere / "hearth.db")
    notices: list[str] = []
    copy = other.branch(import_json(other, exported, notices))
    other.close()
    assert notices == []
    assert [m.parts for m in copy] == [[cat, TextPart("What is this?")], [], [TextPart("And these?"), dog, cat]]
    assert [m.content for m in copy] == ["What is this?", "A cat.", "And these?"]
    assert {part.path: image_file(part).read_bytes() for part in (cat, dog)} == here
    assert sorted(p.name for p in images_dir().iterdir()) == sorted(here)


def test_an_export_imported_where_it_was_made_keeps_its_images(store: ConversationStore) -> None:
    conversation_id, cat, _ = chat_with_pictures(store)
    data = export_dict(store, conversation_id)
    del data["images"]  # as from a reader that does not carry them: the copies are here already
    notices: list[str] = []
    copy = store.branch(import_json(store, json.dumps(data), notices))
    assert notices == [] and copy[0].parts[0] == cat


def test_markdown_says_where_each_image_was_and_carries_none(store: ConversationStore) -> None:
    conversation_id, _, _ = chat_with_pictures(store)
    text = export_markdown(store, conversation_id)
    assert "**You**\n\n*[image, 40 × 30: not in this Markdown file; a JSON export carries it]*\n\nWhat is this?" in text
    assert text.count("*[image, ") == 3
    assert "base64" not in text and "](" not in text  # no data, and no link to a file it does not carry


def test_an_image_missing_at_export_is_left_out_and_the_import_says_so(
    store: ConversationStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    conversation_id, cat, dog = chat_with_pictures(store)
    image_file(dog).unlink()
    exported = export_json(store, conversation_id)
    assert set(json.loads(exported)["images"]) == {cat.path}
    monkeypatch.setenv("HEARTH_DATA_DIR", str(tmp_path / "elsewhere"))
    notices: list[str] = []
    copy = store.branch(import_json(store, exported, notices))
    assert notices == ["message 3: an image was left out (the export does not carry it)"]
    assert copy[2].parts == [TextPart("And these?"), cat]


def hostile_export() -> str:
    good = take_image(encoded(noise(8, 8, seed=4), "PNG"))
    good_url = "data:image/png;base64," + base64.b64encode(image_file(good).read_bytes()).decode()
    image_file(good).unlink()  # it must come from the export, not from this folder
    names = ["../../outside.png", "/tmp/evil.png", "sub/dir.png", "..\\win.png", "..", ".hidden.png", "", "ok.png"]
    names += ["garbage.png", "bomb.png", "text.png", "absent.png"]
    parts = [{"type": "image", "path": name, "mime": "image/png", "width": 8, "height": 8} for name in names]
    images = {name: good_url for name in names[:7]}  # good data under names that are not a stored copy's
    images["ok.png"] = good_url
    images["garbage.png"] = "data:image/png;base64,@@@@"
    images["bomb.png"] = "data:image/png;base64," + base64.b64encode(png_declaring(50_000, 50_000)).decode()
    images["text.png"] = "data:image/png;base64," + base64.b64encode(b"#!/bin/sh\nrm -rf /\n").decode()
    messages = [
        {"role": "user", "content": "", "parts": [part, {"type": "text", "text": f"n{i}"}]}
        for i, part in enumerate(parts)
    ]
    return json.dumps({"format": "hearth.conversation/2", "messages": messages, "images": images})


def test_a_hostile_export_imports_without_crashing_or_writing_outside_the_images_folder(
    store: ConversationStore, tmp_path: Path
) -> None:
    text = hostile_export()
    before = files_under(tmp_path)
    notices: list[str] = []
    copy = store.branch(import_json(store, text, notices))
    assert [m.content for m in copy] == [f"n{i}" for i in range(12)]  # every message, its text kept
    kept = [part for m in copy for part in m.parts if isinstance(part, ImagePart)]
    assert len(kept) == 1 and copy[7].parts[0] == kept[0] and (kept[0].width, kept[0].height) == (8, 8)
    assert len(notices) == 11 and all("\n" not in notice for notice in notices)
    assert notices[0] == "message 1: an image was left out (its name '../../outside.png' is not one Hearth gives)"
    assert notices[6] == "message 7: an image was left out (its name '' is not one Hearth gives)"
    assert notices[7:] == [
        "message 9: an image was left out (its data is not valid base64)",
        "message 10: an image was left out (its data is 50,000 × 50,000 pixels; images up to 50 megapixels can be "
        "attached)",
        "message 11: an image was left out (its data is not an image; Hearth attaches PNG, JPEG, WebP and GIF "
        "pictures)",
        "message 12: an image was left out (the export does not carry it)",
    ]
    after = files_under(tmp_path)
    written = {name for name in after if after[name] != before.get(name)}
    images = images_dir().relative_to(tmp_path)
    assert {Path(name).parent for name in written} <= {images, Path(".")}
    assert {name for name in written if Path(name).parent == Path(".")} <= {
        "hearth.db",
        "hearth.db-wal",
        "hearth.db-shm",
    }
    assert [p.name for p in images_dir().iterdir()] == [kept[0].path]
    assert not (tmp_path.parent / "outside.png").exists() and not Path("/tmp/evil.png").exists()


def test_an_images_entry_of_the_wrong_shape_is_ignored(store: ConversationStore) -> None:
    part = {"type": "image", "path": "a" * 64 + ".png", "mime": "image/png"}
    for images in ([1, 2], "data:", None, {"x": 5}):
        text = json.dumps(
            {"messages": [{"role": "user", "parts": [part, {"type": "text", "text": "hi"}]}], "images": images}
        )
        notices: list[str] = []
        copy = store.branch(import_json(store, text, notices))
        assert (copy[0].content, copy[0].parts) == ("hi", []) and notices == [
            "message 1: an image was left out (the export does not carry it)"
        ]
