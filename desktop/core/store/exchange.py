"""Export a conversation (the branch shown) as Markdown or JSON, and import a JSON export.

A JSON export carries its images: a top-level "images" object maps each image part's name (its stored
copy's, `<sha256>.png`) to that copy as a data URL. An import takes every image through the same checks
as an attachment (desktop.core.images.intake) and stores it under its own hash; the export's names are
keys only, never paths. An image that cannot be used is left out of its message, with a notice. A
Markdown export carries no images: it says where each one was, and its size.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from desktop.core.chat_settings import ChatSettings
from desktop.core.images.intake import ImageRefused, data_url, image_bytes, take_data_url
from desktop.core.messages import ROLES, ImagePart, Part, PartError, part_from_dict, part_to_dict
from desktop.core.store.conversations import ConversationStore
from desktop.core.store.db import StoreError
from desktop.core.store.records import MESSAGE_STATES
from desktop.core.text import one_line

# 2: messages may carry "parts" (thinking, tool calls and results, images, sources) and the
# roles system and tool. Exports made as format 1 (text only) import unchanged. The "images" object
# came later within format 2: a reader that does not know it still imports the chat, without the images.
FORMAT = "hearth.conversation/2"
MAX_IMPORT_MESSAGES = 100_000


def export_dict(store: ConversationStore, conversation_id: int, *, images: bool = True) -> dict[str, Any]:
    """The export as data; `images=False` leaves out the images' data (the Markdown export has no use for it)."""
    conversation = store.get(conversation_id)
    if conversation is None:
        raise StoreError(f"there is no chat {conversation_id}")
    messages = []
    carried: dict[str, str] = {}
    for message in store.branch(conversation_id):
        item: dict[str, Any] = {"role": message.role, "content": message.content}
        if message.parts:
            item["parts"] = [part_to_dict(part) for part in message.parts]
            if images:
                _carry_images(message.parts, carried)
        if message.state != "done":
            item["state"] = message.state
        if message.model:
            item["model"] = message.model
        if message.role == "assistant":
            if message.rating:
                item["rating"] = message.rating
            if message.note:
                item["note"] = message.note
            if message.stats:
                item["stats"] = message.stats
        item["created"] = message.created
        messages.append(item)
    settings = conversation.settings
    exported = {
        "format": FORMAT,
        "id": conversation.id,
        "title": conversation.title,
        "model": conversation.model,
        "created": conversation.created,
        "updated": conversation.updated,
        "system_prompt": settings.system_prompt,
        "settings": json.loads(settings.to_json()),
        "messages": messages,
    }
    if carried:
        exported["images"] = carried
    return exported


def _carry_images(parts: Iterable[Part], carried: dict[str, str]) -> None:
    for part in parts:
        if isinstance(part, ImagePart) and part.path not in carried:
            # A copy no longer in the data folder is left out; the import then says the image is missing.
            with contextlib.suppress(ImageRefused):
                carried[part.path] = data_url(part)


def export_json(store: ConversationStore, conversation_id: int) -> str:
    return json.dumps(export_dict(store, conversation_id), ensure_ascii=False, indent=2)


def export_markdown(store: ConversationStore, conversation_id: int) -> str:
    data = export_dict(store, conversation_id, images=False)
    created = dt.datetime.fromtimestamp(data["created"]).strftime("%Y-%m-%d %H:%M")
    lines = [f"# {data['title'] or 'Chat'}", "", f"*{created} · {data['model'] or 'no model'}*", ""]
    if data["system_prompt"].strip():
        lines += ["**System**", "", data["system_prompt"].strip(), ""]
    for message in data["messages"]:
        who = {"user": "You", "system": "System", "tool": "Tool"}.get(message["role"], "Assistant")
        state = message.get("state")
        lines += [f"**{who}**" + (f" *({state})*" if state else ""), ""]
        lines += _images_markdown(message.get("parts") or [])
        lines += [message["content"].rstrip(), ""]
        lines += _sources_markdown(message.get("parts") or [])
    return "\n".join(lines).rstrip() + "\n"


def _images_markdown(parts: list[dict[str, Any]]) -> list[str]:
    """Where each image was: a Markdown file carries no image, and a link to one it does not carry would break."""
    lines = []
    for part in parts:
        if part.get("type") != "image":
            continue
        width, height = part.get("width") or 0, part.get("height") or 0
        size = f", {width} × {height}" if width and height else ""
        lines += [f"*[image{size}: not in this Markdown file; a JSON export carries it]*", ""]
    return lines


def _sources_markdown(parts: list[dict[str, Any]]) -> list[str]:
    """A reply's sources under it, each passage quoted in full: the export can be checked on its own."""
    sources = [part for part in parts if part.get("type") == "citation"]
    if not sources:
        return []
    lines = ["*Sources*", ""]
    for part in sources:
        place = f"page {part['page']}" if part.get("page") is not None else ""
        if not place and part.get("start_line") is not None:
            end = part.get("end_line") or part["start_line"]
            place = f"lines {part['start_line']}-{end}" if end != part["start_line"] else f"line {end}"
        lines.append(f"[{part['n']}] `{part['source']}`" + (f", {place}" if place else ""))
        lines.append("")
        lines += [f"> {line}" if line else ">" for line in str(part.get("text", "")).strip().splitlines()]
        lines.append("")
    return lines


def import_json(store: ConversationStore, text: str, notices: list[str] | None = None) -> int:
    """Create a new conversation from an export; returns its id. Bad input raises StoreError.

    An image that cannot be used (missing, damaged, too big, a name that is not a stored copy's) is
    left out of its message, and a line saying so is added to `notices` when it is given."""
    try:
        data = json.loads(text)
    except ValueError as error:
        raise StoreError(f"this is not a Hearth chat export (not JSON: {getattr(error, 'msg', error)})") from None
    except RecursionError:
        raise StoreError("this is not a Hearth chat export (nested too deeply)") from None
    if not isinstance(data, dict) or not isinstance(data.get("messages"), list):
        raise StoreError("this is not a Hearth chat export (no list of messages)")
    messages = data["messages"]
    if len(messages) > MAX_IMPORT_MESSAGES:
        raise StoreError(f"this export has {len(messages):,} messages, more than Hearth imports")
    checked = [_check_message(index, item) for index, item in enumerate(messages)]
    try:
        settings = ChatSettings.from_dict(data.get("settings") or {})
        if isinstance(data.get("system_prompt"), str):
            with_prompt = {**json.loads(settings.to_json()), "system_prompt": data["system_prompt"]}
            settings = ChatSettings.from_dict(with_prompt)
        settings = settings.validated()
    except (ValueError, OverflowError) as error:  # 1e400 is valid JSON, and no number of tokens
        raise StoreError(f"this export's settings are not usable ({error})") from None
    _take_images(checked, data.get("images"), notices if notices is not None else [])
    title = data["title"] if isinstance(data.get("title"), str) else ""
    # A model path from elsewhere is checked in a child process, like any file, before it is loaded.
    model = data["model"] if isinstance(data.get("model"), str) else ""
    conversation = store.create(model, settings, title=title)
    # Hidden until it is complete: a failure (or a crash) part-way leaves it in the trash, not the sidebar.
    store.delete(conversation.id)
    try:
        _add_messages(store, conversation.id, checked)
        if not title:
            first_user = next((m["content"] for m in checked if m["role"] == "user"), "")
            store.rename(conversation.id, first_user or "Imported chat")
    except BaseException:
        with contextlib.suppress(StoreError):
            store.remove(conversation.id)
        raise
    store.restore(conversation.id)
    return conversation.id


def _add_messages(store: ConversationStore, conversation_id: int, checked: list[dict[str, Any]]) -> None:
    parent: int | None = None
    for item in checked:
        state = item.get("state", "done")
        added = store.add_message(
            conversation_id,
            parent,
            item["role"],
            item["content"],
            state if state in MESSAGE_STATES and state != "streaming" else "done",
            item.get("model", "") if isinstance(item.get("model"), str) else "",
            item.get("stats") if isinstance(item.get("stats"), dict) else None,
            item.get("parsed_parts"),
        )
        rating = item.get("rating", 0)
        note = item.get("note", "")
        if isinstance(rating, int) and rating and not isinstance(rating, bool):
            store.rate(added.id, rating, note if isinstance(note, str) else "")
        parent = added.id


def _check_message(index: int, item: Any) -> dict[str, Any]:
    if not isinstance(item, dict):
        raise StoreError(f"message {index + 1} of the export is not an object")
    role, content = item.get("role"), item.get("content")
    if role not in ROLES:
        shown = repr(role)[:40]
        raise StoreError(f"message {index + 1} has role {shown}; only {', '.join(ROLES)} are imported")
    parts = item.get("parts")
    if parts is not None:
        if not isinstance(parts, list):
            raise StoreError(f"message {index + 1} has parts that are not a list")
        try:
            parsed = [part_from_dict(part) for part in parts]
        except PartError as error:
            raise StoreError(f"message {index + 1} has a part that cannot be used: {error}") from None
        return {**item, "content": content if isinstance(content, str) else "", "parsed_parts": parsed}
    if not isinstance(content, str):
        raise StoreError(f"message {index + 1} has no text content")
    return item


def _take_images(checked: list[dict[str, Any]], carried: Any, notices: list[str]) -> None:
    """Each message's image parts replaced by copies stored here (or left out, with a notice)."""
    carried = carried if isinstance(carried, dict) else {}
    taken: dict[str, ImagePart | str] = {}  # by the export's name: the stored part, or why it was left out
    for index, item in enumerate(checked):
        parts: list[Part] | None = item.get("parsed_parts")
        if not parts or not any(isinstance(part, ImagePart) for part in parts):
            continue
        kept: list[Part] = []
        for part in parts:
            if not isinstance(part, ImagePart):
                kept.append(part)
                continue
            if part.path not in taken:
                taken[part.path] = _taken_image(part, carried.get(part.path))
            outcome = taken[part.path]
            if isinstance(outcome, ImagePart):
                kept.append(outcome)
            else:
                notices.append(f"message {index + 1}: an image was left out ({outcome})")
        item["parsed_parts"] = kept


def _taken_image(part: ImagePart, url: Any) -> ImagePart | str:
    name = part.path
    if not name or name != Path(name).name or "/" in name or "\\" in name or ".." in name or name.startswith("."):
        return f"its name {one_line(name, 60)!r} is not one Hearth gives"
    if isinstance(url, str):
        try:
            return take_data_url(url, name="its data")
        except ImageRefused as error:
            return str(error)
    try:  # not carried, but already here (an export imported on the computer it came from)
        image_bytes(part)
    except ImageRefused:
        return "the export does not carry it"
    return part
