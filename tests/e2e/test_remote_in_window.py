"""The window with a remote engine, as a user uses it: the endpoint's models in the picker, a chat,
Stop, Regenerate, and the endpoint going down in the middle of a reply. The engine is llama-cpp-python's
own server with the real starter model, on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.chat_settings import ChatSettings
from desktop.core.model_ref import ModelRef
from desktop.core.remotes.endpoints import Endpoint, EndpointStore
from desktop.core.settings import Settings
from desktop.ui.app import open_session
from tests.helpers.servers import llama_cpp_server
from tests.helpers.window import press_send, send

pytestmark = pytest.mark.e2e
# The server samples every reply with this seed, so a run can be repeated as it was; the length
# keeps each "long story" long enough to be stopped or cut off, and short enough to end in time.
SEED, MAX_TOKENS = 4, 160


def test_a_remote_model_chats_stops_regenerates_and_survives_its_server(
    qtbot, starter_model: Path, data_dir: Path
) -> None:
    with llama_cpp_server(starter_model) as server:
        EndpointStore().add(Endpoint("box", server.url + "/v1"))
        ref = ModelRef("remote", endpoint="box", model_id=server.model_id)
        session = open_session(settings=Settings())
        window = session.window
        window.show()
        try:
            with qtbot.waitSignal(window.remotesListed, timeout=20_000):
                window.start()
            picker = window.picker
            index = picker.findData(ref.stored())
            assert index >= 0, [picker.itemText(i) for i in range(picker.count())]
            assert picker.itemText(index).strip() == "SmolLM2-135M-Instruct.Q4_1   [remote]"
            headings = [picker.itemText(i) for i in range(picker.count())]
            assert f"box — remote · 127.0.0.1:{server.port}" in headings
            assert window.pages.currentWidget() is window.chat_page  # remote models count: no welcome page

            with qtbot.waitSignal(session.engine.loaded, timeout=30_000):
                picker.setCurrentIndex(index)
                picker.activated.emit(index)  # the user picks it
            assert window.status.model_label.text() == (
                f"box/SmolLM2-135M-Instruct.Q4_1 · remote · 127.0.0.1:{server.port}"
            )
            assert window.status.context_label.text().startswith("Context ≈")  # its server cannot count a chat

            window.chat.set_chat_settings(ChatSettings(seed=SEED, max_tokens=MAX_TOKENS))
            first = send(qtbot, window_session := session, "Name a colour.")
            assert first.state in ("done", "length") and first.content.strip() and first.stats["seed"] == SEED
            assert window_session.store.get(first.conversation_id).model == ref.stored()

            # Stop in the middle of a reply: the stream is closed, the server is told.
            server.disconnected.clear()
            with qtbot.waitSignal(window.chat.replyEnded, timeout=30_000) as ended:
                with qtbot.waitSignal(window.chat.streamText, timeout=30_000):
                    press_send(qtbot, session, "Write a long story about a lighthouse keeper and the sea.")
                window.stop_or_cancel_edit()
            stopped = ended.args[0]
            assert stopped.state == "stopped" and stopped.content.strip()
            assert server.disconnected.wait(10)

            # Regenerate: a second reply beside the first, from the same server.
            with qtbot.waitSignal(window.chat.replyEnded, timeout=30_000) as regenerated:
                window.transcript.action.emit("regenerate", stopped.id)
            again = regenerated.args[0]
            assert again.id != stopped.id and again.parent_id == stopped.parent_id and again.content.strip()

            # The server goes away mid-reply: the partial reply is kept, and the user is told why.
            with qtbot.waitSignal(window.chat.replyEnded, timeout=30_000) as ended:
                with qtbot.waitSignal(window.chat.streamText, timeout=30_000):
                    press_send(qtbot, session, "Write another long story, about a fisherman this time.")
                server.kill()
            broken = ended.args[0]
            assert broken.state == "error" and broken.content.strip()
            said = broken.stats["error"]
            assert said.startswith("box stopped answering mid-reply"), said
            kept = session.store.branch(broken.conversation_id)[-1]
            assert kept.id == broken.id and kept.content == broken.content

            # Hearth restarted: the chat keeps its remote model, and says its engine is down.
            session.close()
            session = open_session(settings=Settings())
            window = session.window
            window.show()
            with qtbot.waitSignal(window.remotesListed, timeout=20_000):
                window.start()
            assert window.chat.conversation is not None and window.chat.conversation.id == broken.conversation_id
            assert window.chat.model_path == ref.stored()
            texts = [window.picker.itemText(i) for i in range(window.picker.count())]
            assert any("box is unreachable (connection refused)" in t for t in texts), texts
            qtbot.waitUntil(lambda: window.alert.isVisible(), timeout=10_000)
            assert "box is unreachable (connection refused)" in window.alert.text()
            assert window.pages.currentWidget() is window.chat_page
        finally:
            session.close()
