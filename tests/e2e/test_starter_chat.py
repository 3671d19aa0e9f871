"""The real starter model (SmolLM2-135M) through the real window, the CLI and the self-test."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.core.backends.llama.backend import LlamaBackend
from desktop.core.chat_settings import ChatSettings
from desktop.core.messages import ChatMessage
from desktop.core.runtime.types import LoadOptions, ReplyRequest, ReplyResult, TextDelta
from desktop.core.store import ConversationStore
from desktop.ui import self_test
from tests.helpers.tiny_gguf import write_tiny_model
from tests.helpers.window import load

pytestmark = pytest.mark.e2e
HAIKU = "Write a haiku about the sea."
SEED = 7  # every reply of the real model has a fixed seed: a run can be repeated as it was


def send_and_wait(qtbot, session, text: str):
    chunks: list[str] = []
    session.window.chat.piecesArrived.connect(lambda _id, pieces: chunks.extend(pieces))
    session.window.composer.set_text(text)
    with qtbot.waitSignal(session.window.chat.replyEnded, timeout=120_000) as ended:
        qtbot.keyClick(session.window.composer.edit, Qt.Key.Key_Return)
    return ended.args[0], chunks


def test_haiku_streams_through_the_real_window_and_is_saved(qtbot, real_session, starter_model) -> None:
    load(qtbot, real_session, starter_model)
    real_session.window.chat.set_chat_settings(ChatSettings(seed=SEED))
    message, chunks = send_and_wait(qtbot, real_session, HAIKU)
    assert message.stats["seed"] == SEED  # the seed reached the engine
    assert len(chunks) >= 8, chunks
    assert message.state in ("done", "length") and message.content.strip()
    assert "".join(chunks).strip() == message.content.strip()
    stored = real_session.store.message(message.id)
    assert stored is not None and stored.content == message.content and stored.state == message.state
    assert stored.stats["tokens"] >= 8 and stored.model == str(starter_model)
    assert real_session.window.status.speed_label.text().endswith("tok/s")


def test_later_turns_reuse_the_kv_cache(qtbot, real_session, starter_model) -> None:
    load(qtbot, real_session, starter_model)
    chat = real_session.window.chat
    chat.set_chat_settings(ChatSettings(max_tokens=60, seed=SEED))
    turns = [
        send_and_wait(qtbot, real_session, text)[0]
        for text in (HAIKU, "Another one, about the moon.", "And one about the wind.")
    ]
    for earlier, later in itertools.pairwise(turns):
        # Everything the model evaluated before (prompt and reply) is reused; only the new
        # message and the template's markers around it are evaluated.
        history = earlier.stats["prompt_tokens"] + earlier.stats["tokens"] - 1
        assert later.stats["cached_tokens"] >= history
        assert later.stats["prompt_tokens"] - later.stats["cached_tokens"] < 40
    # What keeps the first token as quick at turn 10 as at turn 1 is the reuse above; the time itself
    # is the benchmark's `ttft_turn10_over_turn1`.


def test_stop_interrupts_a_long_prompt_evaluation(starter_model, monkeypatch) -> None:
    engine = LlamaBackend()
    engine.load(starter_model, LoadOptions(context_length=4096))
    stop = threading.Event()
    long_text = "The quick brown fox jumps over the lazy dog. " * 200  # about 2,000 tokens
    request = ReplyRequest("long", [ChatMessage("user", long_text)], ChatSettings(max_tokens=20, seed=SEED), stop=stop)
    result = ReplyResult()
    evaluating = threading.Event()
    decodes: list[tuple[int, int]] = []  # (tokens in the batch, what llama_decode returned)
    from desktop.core.backends.llama import engine as decode_engine

    decode = decode_engine.lib.llama_decode

    def decode_and_say(ctx, batch):  # the prompt's evaluation begins: the stop comes during it
        evaluating.set()
        tokens = batch.n_tokens
        code = decode(ctx, batch)
        decodes.append((tokens, code))
        return code

    def stop_during_the_evaluation() -> None:
        evaluating.wait(60)
        stop.set()

    monkeypatch.setattr(decode_engine.lib, "llama_decode", decode_and_say)
    stopper = threading.Thread(target=stop_during_the_evaluation)
    stopper.start()
    pieces = [delta for delta in engine.stream(request, result) if isinstance(delta, TextDelta)]
    stopper.join()
    monkeypatch.undo()
    assert result.finish == "stopped" and pieces == [] and result.tokens == 0
    # The evaluation was cut short (a decode aborted, the rest never started), not waited out; how
    # soon Stop ends it is the benchmark's `stop_latency_prompt_ms`.
    evaluated = sum(tokens for tokens, code in decodes if code == 0)
    assert evaluated < result.prompt_tokens, decodes
    after = engine.reply(ReplyRequest("short", [ChatMessage("user", "Hi")], ChatSettings(max_tokens=8, seed=SEED)))
    assert after.tokens >= 1 and after.seed == SEED
    engine.unload()


def hearth(*args: str, data_dir: Path, timeout: int = 300) -> subprocess.CompletedProcess:
    env = dict(os.environ, HEARTH_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args], capture_output=True, text=True, timeout=timeout, env=env
    )


def test_hearth_chat_prints_a_reply_and_saves_it(starter_model, data_dir) -> None:
    done = hearth("chat", str(starter_model), "-p", HAIKU, "--max-tokens", "48", "--seed", str(SEED), data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.split()) >= 3
    assert "Traceback" not in done.stderr
    store = ConversationStore(data_dir / "hearth.db")
    [summary] = store.list()
    branch = store.branch(summary.id)
    assert [m.role for m in branch] == ["user", "assistant"]
    assert branch[1].content.strip() == done.stdout.strip() and branch[1].stats["seed"] == SEED
    store.close()


def test_self_test_passes(starter_model, data_dir) -> None:
    done = hearth("--self-test", "--model", str(starter_model), "--json", data_dir=data_dir)
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["ok"] is True and report["tokens"] >= 8
    assert set(report) >= {"ok", "model", "load_s", "ttft_s", "tokens", "tokens_per_s", "ui_max_stall_ms", "reply"}
    assert report["reply"].strip() and report["seed"] == self_test.SEED  # the self-test's reply is seeded too
    assert not (data_dir / "hearth.db").exists()  # the self-test keeps to a throw-away folder


@pytest.mark.parametrize("case", ["missing", "not-gguf", "truncated", "broken-template", "crashes-llama"])
def test_unusable_models_give_one_line_and_exit_1(case: str, tmp_path: Path, tiny_model: Path, data_dir) -> None:
    path = tmp_path / f"{case}.gguf"
    if case == "not-gguf":
        path.write_text("just some text, not a model")
    elif case == "truncated":
        path.write_bytes(tiny_model.read_bytes()[:60_000])
    elif case == "broken-template":
        write_tiny_model(path, chat_template="{% if messages %}")
    elif case == "crashes-llama":
        write_tiny_model(path, byte_tokens=False)  # loads, then aborts llama.cpp at tokenization
    done = hearth("chat", str(path), "-p", "hi", data_dir=data_dir, timeout=120)
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert path.name in lines[0] and "Traceback" not in done.stderr


def test_interactive_terminal_chat(tiny_model, data_dir) -> None:
    env = dict(os.environ, HEARTH_DATA_DIR=str(data_dir))
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "chat", str(tiny_model), "--max-tokens", "12", "--seed", "3"],
        input="the sea\nthe moon\n/exit\n",
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert "Chatting with tiny" in done.stderr
    store = ConversationStore(data_dir / "hearth.db")
    [summary] = store.list()
    assert [m.content for m in store.branch(summary.id) if m.role == "user"] == ["the sea", "the moon"]
    replies = [line.removeprefix("> ").strip() for line in done.stdout.splitlines()]
    assert len([r for r in replies if r]) == 2  # one reply per line typed, after each "> " prompt
    store.close()


def test_a_terminal_chat_longer_than_the_context_leaves_out_old_turns_and_goes_on(tiny_model, data_dir) -> None:
    env = dict(os.environ, HEARTH_DATA_DIR=str(data_dir))
    lines = [f"turn {i} " + "words " * 12 for i in range(6)]
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "chat", str(tiny_model), "--ctx", "256", "--max-tokens", "8", "--seed", "3"],
        input="\n".join([*lines, "/exit"]) + "\n",
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert "earlier messages left out to fit the context" in done.stderr
    store = ConversationStore(data_dir / "hearth.db")
    [summary] = store.list()
    branch = store.branch(summary.id)
    assert [m.content for m in branch if m.role == "user"] == lines  # one unbroken branch, in order
    assert [m.role for m in branch] == ["user", "assistant"] * len(lines)
    assert all(m.state in ("done", "length") for m in branch if m.role == "assistant")
    store.close()
