"""Each benchmark figure, measured through the real window on the real model."""

from __future__ import annotations

import gc
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

from desktop.bench.bare import BareLlama
from desktop.bench.harness import WindowHarness, spin, wait_for
from desktop.bench.second_front_end import SecondFrontEnd
from desktop.core.backends.llama.backend import default_threads
from desktop.core.backends.llama.template import ChatTemplate
from desktop.core.chat_settings import ChatSettings
from desktop.core.messages import ChatMessage
from desktop.core.store import ConversationStore

LONG_PROMPT = "Write a long, detailed story about a lighthouse keeper and a storm."
SHORT_PROMPTS = [
    "Name a colour.",
    "Name a fruit.",
    "Name an animal.",
    "Name a city.",
    "Name a tree.",
    "Name a river.",
    "Name a planet.",
    "Name a flower.",
    "Name a bird.",
    "Name a fish.",
]
SEED = 1234


def throughput(harness: WindowHarness, model: str, rounds: int, max_tokens: int) -> dict[str, float]:
    """tok/s in the window vs bare llama-cpp-python, alternating, same prompt, settings and seed."""
    settings = ChatSettings(max_tokens=max_tokens, seed=SEED, system_prompt="You are a helpful assistant.")
    info = harness.session.engine.model
    assert info is not None
    bare = BareLlama(model, info.context_length, default_threads(), harness.session.engine.runner)
    template = ChatTemplate(bare.llm.metadata.get("tokenizer.chat_template"))
    prompt = template.render([ChatMessage("system", settings.system_prompt), ChatMessage("user", LONG_PROMPT)])
    app_rates, bare_rates, stalls = [], [], []

    def app_round(watch: bool) -> float:
        harness.window.new_chat()
        harness.window.chat.set_chat_settings(settings)
        if watch:
            harness.heartbeat.start()
        reply = harness.send(LONG_PROMPT)
        if watch:
            harness.heartbeat.stop()
            stalls.extend(harness.heartbeat.gaps_ms)
            harness.heartbeat.reset()
        return reply.tokens_per_s

    try:
        app_round(watch=False)  # warm-up: pages of the model mapped in, caches filled
        bare.stream(prompt, settings, SEED)
        for _ in range(rounds):
            # The heartbeat itself costs the GUI thread 200 wake-ups a second: it is not
            # running while tokens per second are compared, only in the rounds that watch stalls.
            app_rates.append(app_round(watch=False))
            bare_rates.append(bare.stream(prompt, settings, SEED)[1])
        for _ in range(max(1, rounds // 2)):
            app_round(watch=True)
    finally:
        bare.close()
    app, raw = statistics.median(app_rates), statistics.median(bare_rates)
    ordered = sorted(stalls) or [0.0]
    return {
        "tok_s_app": round(app, 1),
        "tok_s_bare": round(raw, 1),
        "tok_s_ratio": round(app / raw, 3) if raw else 0.0,
        "ui_max_stall_ms": round(ordered[-1], 1),
        "ui_p99_stall_ms": round(ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))], 1),
    }


def _fresh_settings(tag: str) -> ChatSettings:
    # A system prompt of its own: turn 1 reads its whole prompt, with no help from another chat's cache.
    return ChatSettings(max_tokens=24, seed=SEED, system_prompt=f"You are a helpful assistant ({tag}).")


def turn_latency(harness: WindowHarness, turns: int, with_return: bool, repeats: int = 3) -> dict[str, float]:
    """TTFT of a short message at turn 1 and turn N of one chat, and after switching away and back.

    Medians over `repeats` chats: a single first token takes tens of milliseconds, and one
    scheduler hiccup would decide a single sample.
    """
    first, last, fresh, back = [], [], [], []
    for repeat in range(repeats):
        harness.window.new_chat()
        harness.window.chat.set_chat_settings(_fresh_settings(f"run {repeat}"))
        ttfts = [harness.send(prompt).ttft_s for prompt in SHORT_PROMPTS[:turns]]
        first.append(ttfts[0])
        last.append(ttfts[-1])
        if with_return:
            long_chat = harness.window.chat.conversation
            assert long_chat is not None
            harness.window.new_chat()
            harness.window.chat.set_chat_settings(_fresh_settings(f"other {repeat}"))
            fresh.append(harness.send("Say hello.").ttft_s)
            harness.window.open_conversation(long_chat.id)
            back.append(harness.send("Name a mountain.").ttft_s)
    turn1 = statistics.median(first)
    result = {
        "ttft_turn1_s": round(turn1, 3),
        f"ttft_turn{turns}_s": round(statistics.median(last), 3),
        f"ttft_turn{turns}_over_turn1": round(statistics.median(last) / turn1, 2),
    }
    if with_return:
        result.update(
            {
                "ttft_fresh_chat_s": round(statistics.median(fresh), 3),
                "ttft_return_s": round(statistics.median(back), 3),
                "ttft_return_over_turn1": round(statistics.median(back) / turn1, 2),
            }
        )
    return result


def _stop_after_first_chunk(harness: WindowHarness, text: str, wait_for_token: bool) -> float:
    chat = harness.window.chat
    harness.window.new_chat()
    harness.window.chat.set_chat_settings(ChatSettings(max_tokens=2000, seed=SEED))
    # chat.send, not window.send: the window would (rightly) ask before sending a huge paste.
    if wait_for_token:
        chat.send(text)
        wait_for(chat.piecesArrived, 120)
    else:
        chat.send(text)
        wait_for(chat.replyStarted, 120)
        spin(0.15)  # well inside the evaluation of the long prompt
    stopped = time.perf_counter()
    harness.window.chat.stop()
    (message,) = wait_for(chat.replyEnded, 30)
    latency = (time.perf_counter() - stopped) * 1000
    if message.state != "stopped":
        raise RuntimeError(f"the reply ended as {message.state}, not stopped")
    return latency


def stop_latency(harness: WindowHarness) -> dict[str, float]:
    """From Stop to the engine idle (the reply's end reaching the window)."""
    generating = _stop_after_first_chunk(harness, LONG_PROMPT, wait_for_token=True)
    long_prompt = "The quick brown fox jumps over the lazy dog. " * 200  # about 2,000 tokens
    evaluating = _stop_after_first_chunk(harness, long_prompt, wait_for_token=False)
    return {
        "stop_latency_ms": round(max(generating, evaluating), 1),
        "stop_latency_generating_ms": round(generating, 1),
        "stop_latency_prompt_ms": round(evaluating, 1),
    }


def shared_runtime(harness: WindowHarness) -> dict[str, float]:
    """Two front ends on one loaded model: while the window streams, a second one (on its own thread)
    asks and waits its turn. The window's event loop must not stall; Stop must still be prompt; the
    second is answered as soon as the window's reply is over."""
    chat = harness.window.chat
    database = harness.session.store.path
    runner = harness.session.engine.runner
    model = chat.model_path
    short = ChatSettings(max_tokens=24, seed=SEED)

    def second(question: str) -> SecondFrontEnd:
        other = SecondFrontEnd(runner, database, model, question, harness.window.settings, short)
        other.start()
        if not other.asked.wait(30) or other.error:
            raise RuntimeError(f"the second front end did not ask: {other.error}")
        return other

    def wait_for_reply(other: SecondFrontEnd) -> None:
        deadline = time.perf_counter() + 120
        while other.reply is None and time.perf_counter() < deadline:
            spin(0.01)
        if other.reply is None or other.reply.state not in ("done", "length"):
            raise RuntimeError("the second front end was not answered")

    harness.window.new_chat()
    harness.window.chat.set_chat_settings(ChatSettings(max_tokens=160, seed=SEED))
    harness.heartbeat.start()
    chat.send(LONG_PROMPT)
    wait_for(chat.piecesArrived, 120)
    other = second("Name a colour.")
    wait_for(chat.replyEnded, 120)
    window_done = time.perf_counter()
    wait_for_reply(other)
    harness.heartbeat.stop()
    stalls = sorted(harness.heartbeat.gaps_ms) or [0.0]
    harness.heartbeat.reset()
    answered_after = other.first_piece_at - window_done
    # Stop, with the other front end's request waiting behind the window's reply.
    harness.window.new_chat()
    harness.window.chat.set_chat_settings(ChatSettings(max_tokens=2000, seed=SEED))
    chat.send(LONG_PROMPT)
    wait_for(chat.piecesArrived, 120)
    waiting = second("Name a fruit.")
    stopped = time.perf_counter()
    chat.stop()
    (message,) = wait_for(chat.replyEnded, 30)
    stop_ms = (time.perf_counter() - stopped) * 1000
    if message.state != "stopped":
        raise RuntimeError(f"the reply ended as {message.state}, not stopped")
    wait_for_reply(waiting)
    return {
        "shared_ui_max_stall_ms": round(stalls[-1], 1),
        "shared_stop_latency_ms": round(stop_ms, 1),
        "shared_second_ttft_after_window_s": round(answered_after, 3),
    }


def load_costs(harness: WindowHarness, model: str, rounds: int = 5) -> dict[str, float]:
    """Model load through the app (asked in the window, to ready) vs bare Llama(), alternately.

    The first open of a file also runs it in a child process to validate it; that is measured
    on its own (`first_open_s`), since its verdict is remembered and later loads skip it.
    """
    info = harness.session.engine.model
    assert info is not None
    fresh = harness.data_dir / "never-opened.gguf"
    shutil.copyfile(model, fresh)
    harness.unload()
    first_open = harness.load(fresh)
    app_times, raw_times, stalls = [], [], []
    for _ in range(rounds):
        harness.unload()
        harness.heartbeat.start()
        app_times.append(harness.load(model))
        harness.heartbeat.stop()
        stalls.extend(harness.heartbeat.gaps_ms)
        harness.heartbeat.reset()
        harness.unload()
        bare = BareLlama(model, info.context_length, default_threads(), harness.session.engine.runner)
        raw_times.append(bare.load_s)
        bare.close()
    harness.load(model)
    ordered = sorted(stalls) or [0.0]
    return {
        "first_open_s": round(first_open, 3),
        "load_app_s": round(statistics.median(app_times), 3),
        "load_raw_s": round(statistics.median(raw_times), 3),
        "load_over_raw": round(statistics.median(app_times) / statistics.median(raw_times), 2),
        "ui_max_stall_loading_ms": round(ordered[-1], 1),
        "ui_p99_stall_loading_ms": round(ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))], 1),
    }


def switch_memory(harness: WindowHarness, model: str, switches: int = 10) -> dict[str, float]:
    """RSS growth after switching back and forth between two models."""
    other = harness.data_dir / "switch-copy.gguf"
    if not other.exists():
        shutil.copyfile(model, other)
    process = psutil.Process()
    for path in (other, model):  # warm up: both files mapped once, caches allocated
        harness.load(path)
    gc.collect()
    before = process.memory_info().rss
    for index in range(switches):
        harness.load(other if index % 2 == 0 else model)
    gc.collect()
    spin(0.2)
    after = process.memory_info().rss
    return {
        "rss_before_switches_mb": round(before / 2**20, 1),
        "rss_after_switches_mb": round(after / 2**20, 1),
        "switch_rss_growth": round((after - before) / before, 4),
    }


def open_long_chat(harness: WindowHarness, messages: int = 1000) -> dict[str, float]:
    store = ConversationStore(harness.data_dir / "hearth.db")
    conversation = store.create(harness.window.chat.model_path)
    parent = None
    body = "A reply with **bold**, `code` and a list:\n\n- one\n- two\n\n" + "Some more words. " * 20
    for index in range(messages):
        role = "user" if index % 2 == 0 else "assistant"
        parent = store.add_message(conversation.id, parent, role, f"{index}: {body}").id
    store.close()
    harness.window.refresh_conversations()
    times = []
    for _ in range(3):
        harness.window.new_chat()
        spin(0.05)
        started = time.perf_counter()
        harness.window.open_conversation(conversation.id)
        harness.window.repaint()
        times.append((time.perf_counter() - started) * 1000)
    return {"open_1000_ms": round(statistics.median(times), 1)}


def big_paste(harness: WindowHarness) -> dict[str, float]:
    """The window's longest freeze while a 1 MB paste is sent and shown (its start only, until asked)."""
    line = "A pasted log line with a number 1234567890 and some words in it.\n"
    text = (line * (1_000_000 // len(line) + 1))[:1_000_000]
    harness.window.new_chat()
    spin(0.1)
    harness.heartbeat.start()
    harness.window.chat.send(text)  # chat.send: the window would (rightly) ask before sending it
    wait_for(harness.window.chat.replyEnded, 60)  # it does not fit the context: the reply says so
    harness.window.transcript.flush()
    spin(0.3)
    harness.heartbeat.stop()
    stall = harness.heartbeat.max_stall_ms
    harness.heartbeat.reset()
    return {"paste_1mb_max_stall_ms": round(stall, 1)}


def idle_cpu(harness: WindowHarness, seconds: float = 5.0) -> dict[str, float]:
    process = psutil.Process()
    harness.idle()
    spin(0.5)
    before = process.cpu_times()
    started = time.perf_counter()
    spin(seconds)
    after = process.cpu_times()
    used = (after.user - before.user) + (after.system - before.system)
    return {"idle_cpu_pct": round(100 * used / (time.perf_counter() - started), 2)}


def startup_to_window(runs: int = 3, command: list[str] | None = None, key: str = "startup_to_window_s") -> dict:
    """A fresh process, no model: from process start to the first paint of the main window. `command` starts
    it another way (a frozen bundle's executable, say)."""
    command = command or [sys.executable, "-m", "desktop"]
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="hearth-startup-") as data:
            env = dict(os.environ, HEARTH_DATA_DIR=data, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
            started = time.time()
            done = subprocess.run(
                [*command, "--exit-after-paint"],
                capture_output=True,
                text=True,
                env=env,
                timeout=60,
            )
            painted = next((line for line in done.stdout.splitlines() if line.startswith("first-paint ")), "")
            if not painted:
                raise RuntimeError(f"the app did not paint: {done.stderr.strip()[-300:]}")
            times.append(float(painted.split()[1]) - started)
    return {key: round(statistics.median(times), 3)}


def model_file_default() -> Path | None:
    from desktop.ui.self_test import default_model

    found = default_model()
    return Path(found) if found else None
