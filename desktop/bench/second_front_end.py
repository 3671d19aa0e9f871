"""Another front end beside the window, on a thread of its own (as a local server's requests will be).

It has its own loop, its own connection to the store and its own ChatSession, and shares the
window's runner: the loaded model is the window's. Used by the benchmark and the tests to show
that two front ends are served by one model without either freezing the other.
"""

from __future__ import annotations

import threading
import time

from desktop.core.chat_settings import ChatSettings
from desktop.core.runtime.handle import ModelHandle
from desktop.core.runtime.local_loop import LocalLoop
from desktop.core.runtime.runner import ModelRunner
from desktop.core.session.chat_session import ChatSession
from desktop.core.session.listener import SessionListener
from desktop.core.settings import Settings
from desktop.core.store import ConversationStore
from desktop.core.store.records import Message


class SecondFrontEnd(threading.Thread):
    def __init__(
        self,
        runner: ModelRunner,
        database: str,
        model: str,
        question: str,
        settings: Settings,
        chat_settings: ChatSettings | None = None,
    ) -> None:
        super().__init__(name="second-front-end", daemon=True)
        self.runner, self.database = runner, database
        self.model, self.question, self.settings = model, question, settings
        self.chat_settings = chat_settings or ChatSettings()
        self.asked = threading.Event()  # the question is stored and its reply waits its turn
        self.stop_requested = threading.Event()
        self.reply: Message | None = None
        self.first_piece_at = 0.0  # time.perf_counter() of the reply's first text
        self.error = ""

    def run(self) -> None:
        try:
            self._run()
        except Exception as error:  # reported to whoever waits, not lost in a thread
            self.error = f"{type(error).__name__}: {error}"
            self.asked.set()

    def _run(self) -> None:
        store = ConversationStore(self.database)
        loop = LocalLoop()
        front = self

        class Heard(SessionListener):
            def pieces_arrived(self, message: Message, pieces: list[str], text: str) -> None:
                front.first_piece_at = front.first_piece_at or time.perf_counter()

            def reply_ended(self, message: Message) -> None:
                front.reply = message

        try:
            session = ChatSession(store, ModelHandle(self.runner, loop.post), lambda: self.settings, Heard())
            session.draft_settings = self.chat_settings
            session.use_model(self.model)  # the same model with the same options: nothing is reloaded
            if not session.send(self.question):
                raise RuntimeError("the question was not sent")
            self.asked.set()
            while self.reply is None:
                loop.run_until(lambda: self.reply is not None or self.stop_requested.is_set(), 60)
                if self.stop_requested.is_set():
                    session.stop()
                    self.stop_requested.clear()
        finally:
            store.close()

    def stop_reply(self) -> None:
        self.stop_requested.set()
