"""What the window does with tools and thinking: the composer's Tools and Think buttons, the cards of a
reply's tool calls (approval included), and the "Always" the user gave, saved in the settings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from desktop.core.chat_settings import ChatSettings
from desktop.core.messages import ToolCallPart, ToolResultPart
from desktop.core.runtime.types import ModelInfo
from desktop.ui.i18n import tr

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def server_names() -> list[str]:
    from desktop.core.tools.servers import McpServerStore

    return [server.name for server in McpServerStore().all()]


def connect(window: MainWindow) -> Callable[[], None]:
    """Wire it all; returns what shows the chat's tools again (after the servers changed)."""
    chat, transcript = window.chat, window.transcript
    tools_button, think_button = window.tools_button, window.think_button
    model: dict[str, ModelInfo | None] = {"info": None}

    def show_chat() -> None:
        settings = chat.chat_settings
        tools_button.set_state(server_names(), settings.tools)
        info = model["info"]
        think_button.set_state(bool(info and info.thinking_switch), settings.thinking)

    def model_loaded(info: ModelInfo) -> None:
        model["info"] = info
        show_chat()

    asking = {"said": ""}

    def ask(message_id: int, call: ToolCallPart, server: str) -> None:
        transcript.ask_tool(message_id, call, server)
        asking["said"] = tr("The model asks to run {tool}: allow it or deny it").format(tool=call.name)
        window.status.showMessage(asking["said"], 60_000)

    def call_state(message_id: int, call_id: str, state: str) -> None:
        transcript.set_tool_state(message_id, call_id, state)
        if asking["said"] and window.status.currentMessage() == asking["said"]:
            window.status.clearMessage()  # answered: the question is no longer open

    def result(message_id: int, part: ToolResultPart) -> None:
        widget = transcript.widget_for(message_id)
        card = widget.steps.cards.get(part.call_id) if widget is not None else None
        if card is not None:
            from desktop.core.session.tool_rounds import DENIED

            card.set_result(part, denied=part.is_error and part.content == DENIED)

    def allowed_always(key: str) -> None:
        kept = window.settings.allowed_tools
        if key not in kept:
            problem = window.settings_store.update(allowed_tools=(*kept, key))
            if problem:
                window.notify(problem)

    chat.stepsArrived.connect(transcript.stream_steps)
    chat.toolCallWaiting.connect(ask)
    chat.toolCallState.connect(call_state)
    chat.toolResult.connect(result)
    chat.toolAllowedAlways.connect(allowed_always)
    chat.conversationOpened.connect(show_chat)
    window.engine.loaded.connect(model_loaded)
    transcript.toolDecided.connect(chat.answer_tool_call)

    def choose(names: tuple[str, ...]) -> None:
        for name in chat.chat_settings.tools:
            # The chat no longer uses it: its process ends (it starts again if chosen); not while a
            # reply may still be calling it.
            if name not in names and not chat.busy:
                window.tool_servers.stop(name)
        chat.set_chat_settings(replace(chat.chat_settings, tools=names))

    tools_button.chosenChanged.connect(choose)
    tools_button.settingsRequested.connect(lambda: window.open_settings("tools"))
    think_button.switched.connect(lambda on: chat.set_chat_settings(replace(chat.chat_settings, thinking=on)))
    show_chat()
    return show_chat


def keep_chat_choices(settings: ChatSettings, window: MainWindow) -> ChatSettings:
    """`settings` with what the composer chooses for the chat shown (its documents, tools and thinking):
    the settings dialog does not edit them, and a new chat goes on with them."""
    current = window.chat.chat_settings
    return replace(settings, documents=current.documents, tools=current.tools, thinking=current.thinking)
