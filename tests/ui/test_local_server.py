"""The local server from the app: turned on in Settings, called with the openai client, counted in the
status bar, and the window's chat streaming beside a client's (one model, two sequences)."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

from openai import OpenAI

from desktop.core.backends.llama.backend import LlamaBackend
from desktop.core.runtime.backend import BackendRegistry
from desktop.core.settings import Settings, load_settings
from desktop.ui.app import open_session
from tests.helpers.window import close, load, press_send, use_settings_dialog


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_the_server_serves_the_windows_model_beside_its_chat(qtbot, tiny_model: Path, monkeypatch) -> None:
    backends = BackendRegistry({"gguf": lambda: LlamaBackend(validate=False, check_memory=False)})
    session = open_session(backends, settings=Settings(server_parallel=2))
    window = session.window
    window.show()
    try:
        load(qtbot, session, tiny_model)
        assert session.engine.model_options.parallel == 1  # no server yet: the model answers one at a time
        port = free_port()

        def turn_on(dialog) -> None:
            dialog.server_tab.enabled.setChecked(True)
            dialog.server_tab.port.setValue(port)

        with qtbot.waitSignal(session.engine.loaded, timeout=30_000):  # loaded again, with a sequence to share
            use_settings_dialog(monkeypatch, window, turn_on)
        assert session.engine.model_options.parallel == 2 and load_settings().server_enabled
        assert window.status.server_label.text() == f"Server :{port} · 0 active"
        assert window.status.server_label.isVisible()

        seen: list[str] = []
        window.server.statusChanged.connect(seen.append)
        client_times: list[float] = []
        client_text: list[str] = []

        def client() -> None:
            api = OpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key="none", max_retries=0)
            stream = api.chat.completions.create(
                model="", messages=[{"role": "user", "content": "the sea"}], max_tokens=400, stream=True, seed=1
            )
            for chunk in stream:
                if chunk.choices and chunk.choices[0].delta.content:
                    client_times.append(time.perf_counter())
                    client_text.append(chunk.choices[0].delta.content)

        thread = threading.Thread(target=client)
        thread.start()
        qtbot.waitUntil(lambda: bool(client_times), timeout=30_000)
        window_times: list[float] = []
        window.chat.piecesArrived.connect(lambda _id, pieces: window_times.append(time.perf_counter()))
        window.chat.set_chat_settings(window.chat.chat_settings.__class__(max_tokens=400, seed=2))
        with qtbot.waitSignal(window.chat.replyEnded, timeout=30_000) as ended:
            press_send(qtbot, session, "the moon")
        thread.join(30)
        assert ended.args[0].state in ("done", "length") and ended.args[0].content
        assert "".join(client_text).strip()
        # Both streamed at once: the window had text before the client's reply was over.
        assert window_times and window_times[0] < client_times[-1]
        assert f"Server :{port} · 1 active" in seen  # the status bar counted the client
        qtbot.waitUntil(lambda: window.status.server_label.text() == f"Server :{port} · 0 active", timeout=10_000)

        def turn_off(dialog) -> None:
            dialog.server_tab.enabled.setChecked(False)

        use_settings_dialog(monkeypatch, window, turn_off)
        assert not window.status.server_label.isVisible() and window.server.server is None
    finally:
        close(session)


def test_api_conversations_reach_the_sidebar_only_when_the_user_keeps_them(qtbot, open_window, fake_models) -> None:
    port = free_port()
    session = open_window(Settings(server_enabled=True, server_port=port))
    window = session.window
    load(qtbot, session, fake_models[0])
    assert window.server.server is not None  # on at start, as the settings say
    api = OpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key="none", max_retries=0)

    def ask(question: str) -> str:
        reply: list[str] = []
        thread = threading.Thread(
            target=lambda: reply.append(
                api.chat.completions.create(model="", messages=[{"role": "user", "content": question}])
                .choices[0]
                .message.content
            )
        )
        thread.start()
        qtbot.waitUntil(lambda: not thread.is_alive(), timeout=10_000)
        return reply[0]

    assert ask("Not kept?") == "Hello from the script."
    assert [s.title for s in session.store.list()] == []  # nothing about a request is written
    window.settings_store.update(server_keep_conversations=True)
    with qtbot.waitSignal(window.server.conversationKept, timeout=10_000):
        ask("Kept?")
    qtbot.waitUntil(lambda: [s.title for s in session.store.list()] == ["API · Kept?"], timeout=5000)
    qtbot.waitUntil(lambda: window.sidebar.list.count() > 0, timeout=5000)
