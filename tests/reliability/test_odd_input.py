"""Odd input: emoji, right-to-left text, control characters, an empty message, a 1 MB paste, invalid UTF-8 on the
command line, and a model that splits a UTF-8 character across tokens: no crash, no mojibake, and a paste shown by
its start only (the longest freeze it causes is the benchmark's `paste_1mb_max_stall_ms`, target 50 ms).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.core.backends.llama.backend import LlamaBackend
from desktop.core.chat_settings import ChatSettings
from desktop.core.messages import ChatMessage
from desktop.core.runtime.backend import BackendRegistry
from desktop.core.runtime.types import LoadOptions, ReplyRequest, ReplyResult, TextDelta
from desktop.core.settings import Settings
from desktop.core.store import ConversationStore
from desktop.ui.app import Session, open_session
from tests.helpers.app_driver import ROOT
from tests.helpers.scripted_backend import ScriptedBackend
from tests.helpers.window import send as send_and_wait

ODD = {
    "emoji": "Family 👨‍👩‍👧‍👦, thumbs 👍🏽, flags 🇫🇷🇯🇵, and 🙂 — plus a zero-width joiner‍here",
    "right-to-left": "مرحبا بالعالم — שלום עולם — mixed עברית and English 123 in one line",
    "control characters": (
        "tab\there nul\x00 escape\x1b[31mred\x1b[0m bell\x07 override\u202eevil\u202c zwsp\u200b del\x7f"
    ),
    "combining and wide": "e\u0301\u0301\u0301 ＦＵＬＬＷＩＤＴＨ 𝕄𝕒𝕥𝕙 한국어 漢字 \U0001f9ea",
}


@pytest.fixture
def scripted(qtbot, scripted: tuple[Session, ScriptedBackend]) -> tuple[Session, ScriptedBackend]:
    """The shared scripted session, warmed up: the first message pays for fonts and style sheets once."""
    session, engine = scripted
    engine.replies.append(["Warm", " up."])
    send(qtbot, session, "Warm up")
    return scripted


def send(qtbot, session: Session, text: str):
    """The shared send, and then the reply's widget is on screen."""
    reply = send_and_wait(qtbot, session, text, timeout=10_000)
    window = session.window
    window.transcript.flush()
    qtbot.waitUntil(lambda: window.transcript.widget_for(reply.id) is not None, timeout=5000)
    return reply


@pytest.mark.parametrize("kind", sorted(ODD))
def test_odd_text_is_stored_and_shown_as_typed(kind: str, qtbot, scripted: tuple[Session, ScriptedBackend]) -> None:
    session, engine = scripted
    window = session.window
    text = ODD[kind]
    engine.replies.append([text[i : i + 3] for i in range(0, len(text), 3)])  # the model says it back
    reply = send(qtbot, session, text)
    typed = window.chat.branch[-2].content
    assert typed == text.replace("\r\n", "\n")  # the composer's text reached the store untouched
    stored = [m.content for m in session.store.branch(window.chat.conversation.id)][-2:]
    assert stored == [typed, text] and reply.content == text
    shown_reply = window.transcript.widget_for(reply.id).body.toPlainText()
    for word in ("👨‍👩‍👧‍👦", "שלום", "مرحبا", "escape", "ＦＵＬＬＷＩＤＴＨ"):
        if word in text:
            assert word in shown_reply


@pytest.mark.parametrize("blank", ["", " ", "\n\n", " \t \n "])
def test_an_empty_message_is_not_sent(blank: str, qtbot, scripted: tuple[Session, ScriptedBackend]) -> None:
    session, engine = scripted
    window = session.window
    before = len(session.store.messages(window.chat.conversation.id))
    window.composer.set_text(blank)
    qtbot.keyClick(window.composer.edit, Qt.Key.Key_Return)
    qtbot.mouseClick(window.composer.button, Qt.MouseButton.LeftButton)
    assert not window.chat.busy and len(engine.requests) == 1  # only the warm-up
    assert len(session.store.messages(window.chat.conversation.id)) == before


def megabyte() -> str:
    line = "A pasted log line with a number 1234567890 and some words in it.\n"
    return (line * (1_000_000 // len(line) + 1))[:1_000_000]


def test_a_1_mb_paste_is_sent_whole_and_the_reply_says_it_does_not_fit(
    qtbot, scripted: tuple[Session, ScriptedBackend]
) -> None:
    session, _engine = scripted
    window = session.window
    text = megabyte()
    reply = send(qtbot, session, text)
    [*_, question, answer] = session.store.branch(window.chat.conversation.id)
    assert question.content == text and len(question.content.encode()) == 1_000_000
    assert answer.id == reply.id and answer.state == "error" and "context holds" in answer.stats["error"]


def test_a_1_mb_paste_is_shown_by_its_start(qtbot, scripted: tuple[Session, ScriptedBackend]) -> None:
    """What keeps the window from freezing on it (laying out a megabyte takes minutes): only its start
    is laid out until the user asks. How long the window waits is measured in the benchmark."""
    from desktop.ui.message_widget import COLLAPSE_CHARS

    session, _engine = scripted
    text = megabyte()
    send(qtbot, session, text)
    question = session.window.chat.branch[-2]
    widget = session.window.transcript.widget_for(question.id)
    shown = widget.body.toPlainText()
    assert shown.strip() and len(shown) <= COLLAPSE_CHARS and text.startswith(shown.rstrip("\n")[:1000])
    assert widget.more_button.isVisible() and f"{len(text) - COLLAPSE_CHARS:,} more" in widget.more_button.text()


# -- a model that splits a character across tokens --------------------------------------------------------

SMILE = "🙂".encode()  # F0 9F 99 82: four byte tokens
ACCENT = "é".encode()  # C3 A9


def byte_token(value: int) -> int:
    return 5 + value  # tests/helpers/tiny_gguf.py: five special tokens, then <0x00>..<0xFF>


class ScriptedSampler:
    """Stands in for a sequence's sampler chain: the tokens come from a script, not the logits."""

    def __init__(self, tokens: list[int], real) -> None:
        self._tokens, self._real = iter(tokens), real

    def sample(self, _ctx, _index: int) -> int:
        return next(self._tokens)

    def close(self) -> None:
        self._real.close()


class SplitUtf8Engine(LlamaBackend):
    """The real backend and the tiny model, whose sampling is replaced by a script of byte tokens."""

    def __init__(self, script: list[int]) -> None:
        super().__init__(kv_budget_bytes=0, validate=False, check_memory=False)
        self.script = script

    def admit(self, request, result):  # type: ignore[override]
        run = super().admit(request, result)
        run.sampler = ScriptedSampler(self.script, run.sampler)
        return run


def script(*chunks: bytes, end: bool = True) -> list[int]:
    ids = [byte_token(b) for chunk in chunks for b in chunk]
    return [*ids, 2] if end else ids  # 2: end of sequence


def test_the_engine_joins_a_character_split_across_tokens(tiny_model: Path) -> None:
    engine = SplitUtf8Engine(script(b"Hi ", SMILE, b" caf", ACCENT, b"!"))
    engine.load(tiny_model, LoadOptions(context_length=256))
    result = ReplyResult()
    deltas = engine.stream(ReplyRequest("k", [ChatMessage("user", "Hi")], ChatSettings()), result)
    pieces = [delta.text for delta in deltas if isinstance(delta, TextDelta)]
    assert "".join(pieces) == result.text == "Hi 🙂 café!"
    assert "\ufffd" not in result.text and all(piece for piece in pieces)  # no half characters, no empty pieces
    assert result.tokens == len(b"Hi ") + 4 + len(b" caf") + 2 + 1
    engine.unload()


def test_a_character_cut_off_at_the_end_of_a_reply_is_one_replacement_character(tiny_model: Path) -> None:
    engine = SplitUtf8Engine(script(b"ok ", SMILE[:2]))  # the reply ends in the middle of a character
    engine.load(tiny_model, LoadOptions(context_length=256))
    result = ReplyResult()
    deltas = engine.stream(ReplyRequest("k", [ChatMessage("user", "Hi")], ChatSettings()), result)
    text = "".join(delta.text for delta in deltas if isinstance(delta, TextDelta))
    assert text == result.text == "ok \ufffd"
    engine.unload()


def test_a_split_character_reaches_the_window_and_the_store_whole(qtbot, tiny_model: Path) -> None:
    engine = SplitUtf8Engine(script(SMILE, b" and ", ACCENT, b" ", "שלום".encode()))
    session = open_session(BackendRegistry({"gguf": lambda: engine}), settings=Settings())
    try:
        session.window.show()
        with qtbot.waitSignal(session.engine.loaded, timeout=30_000):
            session.window.open_model_file(str(tiny_model))
        reply = send(qtbot, session, "Say something")
        assert reply.content == "🙂 and é שלום"
        assert session.store.message(reply.id).content == reply.content
        assert "🙂 and é שלום" in session.window.transcript.widget_for(reply.id).body.toPlainText()
    finally:
        session.close()


# -- the command line ------------------------------------------------------------------------------------


def test_hearth_chat_with_invalid_utf8_in_its_arguments_and_input(tmp_path: Path, tiny_model: Path) -> None:
    """Python decodes such bytes to lone surrogates, which SQLite cannot store: it used to be a traceback."""
    env = {**os.environ, "HEARTH_DATA_DIR": str(tmp_path / "data"), "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "desktop", "chat", str(tiny_model), "--max-tokens", "4"]
    prompt = os.fsdecode(b"bad \xff byte")
    one = subprocess.run([*command, "-p", prompt], env=env, capture_output=True, timeout=60)
    many = subprocess.run(command, env=env, input=b"bad \xfe line\n", capture_output=True, timeout=60)
    for done in (one, many):
        assert done.returncode == 0 and b"Traceback" not in done.stderr, done.stderr.decode(errors="replace")
    store = ConversationStore(tmp_path / "data" / "hearth.db")
    try:
        typed = sorted(m.content for c in store.list() for m in store.branch(c.id) if m.role == "user")
        assert typed == ["bad \ufffd byte", "bad \ufffd line"]
    finally:
        store.close()
