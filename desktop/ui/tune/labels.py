"""Which adapter wrote a reply, as the transcript and the Compare view say it: the adapter's name from the
library (its file's name when it is no longer there), or "Base" for a reply without one in a chat that
has one."""

from __future__ import annotations

from pathlib import Path

from desktop.core.store.records import Message
from desktop.ui.i18n import tr

_names: dict[str, str] = {}  # adapter file -> its name, as the library lists them now


def remember_names(names: dict[str, str]) -> None:
    """The adapters' names (called when the library's adapters are listed)."""
    _names.clear()
    _names.update(names)


def adapter_name(path: str) -> str:
    return _names.get(path) or Path(path).stem


def reply_adapter(message: Message) -> str:
    """The adapter a reply was written with ("" for the model alone)."""
    adapter = message.stats.get("adapter") if isinstance(message.stats, dict) else None
    return adapter if isinstance(adapter, str) else ""


def author(message: Message, chat_adapter: str = "") -> str:
    """'Assistant', 'Assistant · <adapter>', or 'Assistant · Base' (the model alone, in a chat with an adapter)."""
    if message.role != "assistant":
        return tr("You")
    adapter = reply_adapter(message)
    if adapter:
        return tr("Assistant · {adapter}").format(adapter=adapter_name(adapter))
    return tr("Assistant · Base") if chat_adapter else tr("Assistant")
