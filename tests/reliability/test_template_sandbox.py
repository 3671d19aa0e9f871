"""Chat templates run in a sandbox: a model whose template reaches for Python runs nothing, and chats on ChatML.

End to end: the real window over the real engine, with the validation child, opens a tiny model
whose `tokenizer.chat_template` tries to run a command; the command never runs (its marker file
is not created, in the child or in the app), the window says the template was refused, and the
chat works on the safe default template. The same file through `hearth chat`.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.backends.llama import validation
from desktop.core.backends.llama.template import render_chatml
from desktop.core.messages import ChatMessage
from desktop.core.settings import Settings
from desktop.ui.app import Session, open_session
from tests.helpers.app_driver import ROOT
from tests.helpers.tiny_gguf import CHATML, write_tiny_model
from tests.helpers.window import send

ATTACKS = {
    "cycler-globals": "{{ cycler.__init__.__globals__.os.popen('touch MARKER').read() }}",
    "subclasses-popen": (
        "{% for c in ''.__class__.__mro__[1].__subclasses__() %}"
        "{% if c.__name__ == 'Popen' %}{{ c(['touch', 'MARKER']) }}{% endif %}{% endfor %}"
    ),
    "template-context": "{{ self._TemplateReference__context.cycler.__init__.__globals__.os.system('touch MARKER') }}",
    "joiner-builtins": "{{ joiner.__init__.__globals__.__builtins__.__import__('os').system('touch MARKER') }}",
    "lipsum-globals": "{{ lipsum.__globals__['os'].system('touch MARKER') }}",
    "format-string": "{{ '{0.__class__.__init__.__globals__}'.format(messages) }}",
    "huge-output": "{% for i in range(100000) %}{{ 'x' * 1000 }}{% endfor %}",
}


# Passes the validation child's sample chat, and raises only when a message says "boom".
PICKY = "{% for m in messages %}{% if 'boom' in m.content %}{{ raise_exception('no boom') }}{% endif %}{% endfor %}"


def hostile_model(folder: Path, name: str, marker: Path) -> Path:
    # The attack first, then an ordinary ChatML template: only the attack can make it fail.
    template = ATTACKS[name].replace("MARKER", str(marker)) + CHATML
    return write_tiny_model(folder / f"template-{name}.gguf", chat_template=template)


@pytest.fixture
def session(qtbot) -> Iterator[Session]:
    session = open_session(settings=Settings(context_length=512))  # real engine, real validation child
    session.window.show()
    yield session
    session.close()


@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_a_template_that_reaches_for_python_runs_nothing_and_the_chat_uses_chatml(
    attack: str, qtbot, session: Session, tmp_path: Path
) -> None:
    marker = tmp_path / "pwned"
    path = hostile_model(tmp_path, attack, marker)
    with qtbot.waitSignal(session.engine.loaded, timeout=60_000) as loaded:
        session.window.open_model_file(str(path))
    info = loaded.args[0]
    assert "refused" in info.template_note and "ChatML" in info.template_note
    assert "refused" in session.window.status.currentMessage()  # what the user sees
    assert validation.remembered(path).template_refusal  # decided in the child, once
    messages = [ChatMessage("user", "Hello")]
    # Asked on the model's own thread, as everything of the backend's is.
    fallback, prompt = session.engine.runner.call(
        lambda backend: (backend._template.is_fallback, backend.render_prompt(messages))
    ).result(timeout=30)
    assert fallback and prompt == render_chatml(messages)
    session.window.chat.set_chat_settings(session.window.chat.chat_settings.__class__(max_tokens=12))
    reply = send(qtbot, session, "Hello")
    assert reply.state in ("done", "length") and reply.content
    assert not marker.exists()


def test_a_template_that_never_finishes_is_refused_in_time(
    qtbot, session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(validation.TIMEOUT_ENV, "4")
    spin = "{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}"
    path = write_tiny_model(tmp_path / "spins.gguf", chat_template=spin + CHATML)
    with qtbot.waitSignal(session.engine.loaded, timeout=60_000) as loaded:
        session.window.open_model_file(str(path))
    assert "did not finish in time" in loaded.args[0].template_note
    reply = send(qtbot, session, "Hello")
    assert reply.state in ("done", "length")


def hearth_chat(path: Path, data_dir: Path, prompt: str = "hi", **env: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "HEARTH_DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT), **env}
    return subprocess.run(
        [sys.executable, "-m", "desktop", "chat", str(path), "-p", prompt, "--max-tokens", "8"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_hearth_chat_says_the_template_was_refused_and_still_answers(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    done = hearth_chat(hostile_model(tmp_path, "cycler-globals", marker), tmp_path / "data")
    assert done.returncode == 0, done.stderr
    [note] = done.stderr.splitlines()
    assert "template was refused" in note and "ChatML" in note
    assert done.stdout.strip()
    assert not marker.exists()


def test_hearth_chat_does_not_render_a_template_the_child_found_never_finishes(tmp_path: Path) -> None:
    """It used to: the child's verdict was not passed on, and hearth chat spun for ever rendering it."""
    spin = "{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}"
    path = write_tiny_model(tmp_path / "spins.gguf", chat_template=spin + CHATML)
    done = hearth_chat(path, tmp_path / "data", **{validation.TIMEOUT_ENV: "3"})
    assert done.returncode == 0, done.stderr
    [note] = done.stderr.splitlines()
    assert "did not finish in time" in note and "ChatML" in note


def test_a_template_that_fails_only_on_some_messages_says_so_when_it_does(
    qtbot, session: Session, tmp_path: Path
) -> None:
    path = write_tiny_model(tmp_path / "picky.gguf", chat_template=PICKY + CHATML)
    with qtbot.waitSignal(session.engine.loaded, timeout=60_000) as loaded:
        session.window.open_model_file(str(path))
    assert loaded.args[0].template_note == ""
    session.window.chat.set_chat_settings(session.window.chat.chat_settings.__class__(max_tokens=8))
    notices: list[str] = []
    session.window.chat.notice.connect(notices.append)
    assert send(qtbot, session, "hello").state in ("done", "length") and notices == []
    reply = send(qtbot, session, "boom")
    assert reply.state in ("done", "length") and reply.content  # it went on, on ChatML
    assert any("chat template was refused (it raised: no boom)" in n for n in notices)
    assert "refused" in session.window.status.currentMessage()


def test_hearth_chat_says_when_a_template_fails_on_its_message(tmp_path: Path) -> None:
    path = write_tiny_model(tmp_path / "picky.gguf", chat_template=PICKY + CHATML)
    done = hearth_chat(path, tmp_path / "data", prompt="boom")
    assert done.returncode == 0, done.stderr
    assert "chat template was refused (it raised: no boom)" in done.stderr and done.stdout.strip()
