"""README promises about llama.cpp itself, with the real starter model in the real window: the per-chat
settings reach llama.cpp's sampler chain and the load, the GPU-layers and threads settings reach the load,
and switching chats keeps each chat's KV cache (going back does not evaluate its history again)."""

from __future__ import annotations

from pathlib import Path

import llama_cpp.llama_cpp as lib
import pytest
from llama_cpp import Llama
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from desktop.core.backends.llama import native
from desktop.core.backends.llama.sampling import Sampler
from desktop.core.chat_settings import ChatSettings
from desktop.core.library import gpu_memory
from desktop.ui.settings_dialog import SettingsDialog
from desktop.ui.sidebar import ID_ROLE
from tests.helpers.dialogs import answering, click_button
from tests.helpers.window import load

pytestmark = pytest.mark.e2e
SEED = 4242  # every reply of the real model here has a fixed seed
HAIKU = "Write a haiku about the sea."
CTRL = Qt.KeyboardModifier.ControlModifier


class LlamaSpy:
    """What reaches llama-cpp-python's `Llama`: the keyword arguments of each load, the text of each
    tokenization; what reaches llama.cpp's sampler constructors, call by call; and the repeat penalty
    Hearth applies to llama.cpp's logits itself (sampling.py). The real calls run."""

    SAMPLERS = ("penalties", "top_k", "typical", "top_p", "min_p", "temp", "dist", "greedy")

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.loads: list[dict] = []
        self.tokenized: list[bytes] = []
        self.samplers: list[tuple[str, tuple]] = []
        self.penalties: list[tuple[float, int | None]] = []  # (penalty, tokens remembered) per token penalised
        spy = self

        class SpiedLlama(Llama):
            def __init__(self, *args, **kwargs) -> None:
                spy.loads.append(kwargs)
                super().__init__(*args, **kwargs)

            def tokenize(self, text: bytes, *args, **kwargs):
                spy.tokenized.append(bytes(text))
                return super().tokenize(text, *args, **kwargs)

        monkeypatch.setattr("desktop.core.backends.llama.backend.Llama", SpiedLlama)
        for name in self.SAMPLERS:
            real = getattr(lib, f"llama_sampler_init_{name}")

            def recorded(*args, _real=real, _name=name):
                spy.samplers.append((_name, args))
                return _real(*args)

            monkeypatch.setattr(lib, f"llama_sampler_init_{name}", recorded)

        real_penalise = Sampler._penalise

        def penalise(sampler: Sampler, logits) -> None:  # type: ignore[no-untyped-def]
            spy.penalties.append((sampler._penalty, sampler._recent.maxlen))
            real_penalise(sampler, logits)

        monkeypatch.setattr(Sampler, "_penalise", penalise)

    def sampler_args(self, name: str) -> list[tuple]:
        return [args for called, args in self.samplers if called == name]


@pytest.fixture
def spy(monkeypatch: pytest.MonkeyPatch) -> LlamaSpy:
    return LlamaSpy(monkeypatch)


@pytest.fixture
def window(qtbot, real_session, starter_model: Path, spy: LlamaSpy):
    load(qtbot, real_session, starter_model)
    assert QTest.qWaitForWindowActive(real_session.window)  # its shortcuts work once it is the active window
    return real_session.window


def send(qtbot, window, text: str):
    window.composer.set_text(text)
    with qtbot.waitSignal(window.chat.replyEnded, timeout=120_000) as ended:
        qtbot.keyClick(window.composer.edit, Qt.Key.Key_Return)
    return ended.args[0]


def settings_by_keyboard(qtbot, window, fill) -> None:
    """Ctrl+, then the dialog filled in, then OK."""

    def answer(dialog: QDialog) -> None:
        fill(dialog)
        click_button(dialog, QDialogButtonBox.StandardButton.Ok)

    with answering(answer, SettingsDialog):
        qtbot.keyClick(window.composer.edit, Qt.Key.Key_Comma, CTRL)


def test_the_chat_settings_reach_llama_cpps_sampler_and_context(qtbot, real_session, window, spy: LlamaSpy) -> None:
    def chat_settings(dialog) -> None:
        dialog.system_prompt.setPlainText("You are a pirate. Answer as one.")
        dialog.temperature.setValue(0.7)
        dialog.top_p.setValue(0.9)
        dialog.top_k.setValue(33)
        dialog.min_p.setValue(0.07)
        dialog.repeat_penalty.setValue(1.15)
        dialog.max_tokens.setValue(6)
        dialog.seed.setValue(SEED)
        dialog.context_length.setValue(1024)

    with qtbot.waitSignal(real_session.engine.loaded, timeout=120_000):  # a new context length: loaded again
        settings_by_keyboard(qtbot, window, chat_settings)
    assert spy.loads[-1]["n_ctx"] == 1024
    assert real_session.engine.model.context_length == 1024
    spy.samplers.clear()
    spy.tokenized.clear()

    reply = send(qtbot, window, HAIKU)
    assert reply.stats["tokens"] == 6 and reply.state == "length"  # max tokens
    assert reply.stats["seed"] == SEED
    # The repeat penalty, applied to the logits of the tokens drawn so far, from the second token on.
    assert len(spy.penalties) == 5 and spy.sampler_args("penalties") == []
    assert all(last_n == 64 and penalty == pytest.approx(1.15) for penalty, last_n in spy.penalties)
    assert spy.sampler_args("top_k") == [(33,)]
    [(top_p, _)] = spy.sampler_args("top_p")
    [(min_p, _)] = spy.sampler_args("min_p")
    [(temperature,)] = spy.sampler_args("temp")
    assert (top_p, min_p, temperature) == (pytest.approx(0.9), pytest.approx(0.07), pytest.approx(0.7))
    assert spy.sampler_args("dist") == [(SEED,)] and spy.sampler_args("greedy") == []
    prompt = next(text for text in spy.tokenized if HAIKU.encode() in text)
    assert b"You are a pirate. Answer as one." in prompt  # the system prompt is in what llama.cpp reads

    # Temperature 0 is greedy decoding: no random draw at all.
    spy.samplers.clear()
    settings_by_keyboard(qtbot, window, lambda dialog: dialog.temperature.setValue(0.0))
    with qtbot.waitSignal(window.chat.replyEnded, timeout=120_000):
        qtbot.keyClick(window, Qt.Key.Key_R, CTRL | Qt.KeyboardModifier.ShiftModifier)  # regenerate
    assert len(spy.sampler_args("greedy")) == 1 and spy.sampler_args("dist") == spy.sampler_args("temp") == []


def test_the_gpu_layers_and_threads_settings_reach_llama_cpps_load(
    qtbot, real_session, window, spy: LlamaSpy, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = spy.loads[-1]
    assert first["n_threads"] == first["n_threads_batch"] >= 1
    if not native.gpu_offload_supported():
        # This llama.cpp is a CPU build: the backend rightly hands it 0 layers whatever the setting (see
        # tests/core/backends/llama/test_llama_backend.py). Told it could offload, the backend passes the
        # setting on, which is what is checked here; llama.cpp, with no GPU to put them on, keeps them on the CPU.
        assert first["n_gpu_layers"] == 0
        monkeypatch.setattr(native, "gpu_offload_supported", lambda: True)
        monkeypatch.setattr(gpu_memory, "_last_backend", gpu_memory.last_loaded_backend())  # put back afterwards

    def hardware(gpu_layers: int, threads: int):
        def fill(dialog) -> None:
            dialog.gpu_layers.setValue(gpu_layers)
            dialog.threads.setValue(threads)

        return fill

    with qtbot.waitSignal(real_session.engine.loaded, timeout=120_000):
        settings_by_keyboard(qtbot, window, hardware(7, 1))
    assert {key: spy.loads[-1][key] for key in ("n_gpu_layers", "n_threads", "n_threads_batch")} == {
        "n_gpu_layers": 7,
        "n_threads": 1,
        "n_threads_batch": 1,
    }
    assert real_session.engine.model.gpu_layers == 7
    reply = send(qtbot, window, "Hi")  # the model so loaded answers
    assert reply.state in ("done", "length") and reply.content.strip()

    with qtbot.waitSignal(real_session.engine.loaded, timeout=120_000):
        settings_by_keyboard(qtbot, window, hardware(0, 2))  # 0: the CPU only
    assert (spy.loads[-1]["n_gpu_layers"], spy.loads[-1]["n_threads"]) == (0, 2)
    assert window.status.model_label.text().endswith("· CPU")


def test_going_back_to_a_chat_in_the_window_does_not_evaluate_its_history_again(qtbot, window) -> None:
    few = ChatSettings(max_tokens=40, seed=SEED)
    window.chat.set_chat_settings(few)
    send(qtbot, window, HAIKU)
    before = send(qtbot, window, "Another one, about the moon.")
    first_chat = window.chat.conversation.id
    history = before.stats["prompt_tokens"] + before.stats["tokens"] - 1  # all the model has evaluated there

    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)  # a new chat, on the same model and its one sequence
    window.chat.set_chat_settings(few)
    other = send(qtbot, window, "Name three colours.")
    assert other.stats["cached_tokens"] < 40  # it shares no more than the system prompt with the first chat

    listing = window.sidebar.list
    item = next(listing.item(r) for r in range(listing.count()) if listing.item(r).data(ID_ROLE) == first_chat)
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=listing.visualItemRect(item).center())
    assert window.chat.conversation.id == first_chat
    back = send(qtbot, window, "And one about the wind.")
    assert back.stats["cached_tokens"] >= history, (back.stats, history)
    assert back.stats["prompt_tokens"] - back.stats["cached_tokens"] < 40  # the new message, and the markers around it
