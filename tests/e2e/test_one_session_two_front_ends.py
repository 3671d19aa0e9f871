"""The window and `hearth chat` are two front ends of one ChatSession: the same turns store the same chat."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.chat_settings import ChatSettings
from desktop.core.store import ConversationStore
from tests.helpers.window import load, send

pytestmark = pytest.mark.e2e
PROMPTS = ["Write a haiku about the sea.", "Now one about the moon."]
SEED, MAX_TOKENS = 11, 24
# Timings differ from run to run; everything else the session stores must be the same.
TIMED = {"tokens_per_s", "ttft_s", "seconds"}


def stored(db: Path) -> tuple[str, list[tuple]]:
    store = ConversationStore(db)
    try:
        [summary] = store.list()
        conversation = store.get(summary.id)
        assert conversation is not None
        rows = [
            (m.role, m.content, m.state, m.parts, {k: v for k, v in m.stats.items() if k not in TIMED}, sorted(m.stats))
            for m in store.branch(summary.id)
        ]
        return conversation.title, rows
    finally:
        store.close()


def test_the_window_and_the_terminal_store_the_same_conversation(
    qtbot, real_session, starter_model: Path, data_dir: Path, tmp_path: Path
) -> None:
    load(qtbot, real_session, starter_model)
    real_session.window.chat.set_chat_settings(ChatSettings(seed=SEED, max_tokens=MAX_TOKENS))
    for prompt in PROMPTS:
        assert send(qtbot, real_session, prompt, timeout=120_000).state in ("done", "length")
    in_window = stored(data_dir / "hearth.db")

    terminal_data = tmp_path / "terminal-data"
    command = [sys.executable, "-m", "desktop", "chat", str(starter_model)]
    done = subprocess.run(
        [*command, "--seed", str(SEED), "--max-tokens", str(MAX_TOKENS)],
        input="\n".join([*PROMPTS, "/exit"]) + "\n",
        env={**os.environ, "HEARTH_DATA_DIR": str(terminal_data)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    in_terminal = stored(terminal_data / "hearth.db")

    assert [row[0] for row in in_window[1]] == ["user", "assistant", "user", "assistant"]
    assert all(row[1].strip() for row in in_window[1])  # real replies, not empty ones
    assert in_terminal == in_window
    assert in_window[1][3][4]["cached_tokens"] > 0  # the second turn reused the first one's evaluation
