"""LoRA adapters per reply, at run time, on the real starter model: no reload, caches kept apart."""

from __future__ import annotations

import ctypes
import inspect
from pathlib import Path

import llama_cpp.llama_cpp as lib
import numpy as np
import pytest

from desktop.core.backends.llama import validation
from desktop.core.backends.llama.adapters import AdapterRefused
from desktop.core.backends.llama.backend import LlamaBackend
from desktop.core.chat_settings import ChatSettings
from desktop.core.messages import ChatMessage
from desktop.core.runtime.types import LoadOptions, ModelRef, ReplyRequest, ReplyResult
from tests.helpers.lora_adapter import write_lora_adapter

pytestmark = pytest.mark.e2e

PROMPT = "Write a haiku about the sea."
GREEDY = {"temperature": 0.0, "seed": 11, "max_tokens": 40}


@pytest.fixture(scope="module")
def adapter(starter_model: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_lora_adapter(tmp_path_factory.mktemp("adapters") / "mine.gguf", starter_model, std=0.04)


def open_backend(starter_model: Path, parallel: int = 1, validate: bool = False, ref: ModelRef | None = None):
    backend = LlamaBackend(kv_budget_bytes=64 << 20, validate=validate, check_memory=False)
    backend.load(ref or ModelRef.gguf(starter_model), LoadOptions(context_length=1024, threads=2, parallel=parallel))
    return backend


@pytest.fixture
def backend(starter_model: Path):
    backend = open_backend(starter_model)
    yield backend
    backend.unload()


def request(key: str, adapter: Path | str = "", scale: float = 1.0, text: str = PROMPT, **settings) -> ReplyRequest:
    values = {**GREEDY, "adapter": str(adapter), "adapter_scale": scale, **settings}
    return ReplyRequest(key, [ChatMessage("user", text)], ChatSettings(**values))


def ask(backend: LlamaBackend, key: str, adapter: Path | str = "", scale: float = 1.0, **settings) -> ReplyResult:
    return backend.reply(request(key, adapter, scale, **settings))


def first_logits(backend: LlamaBackend, key: str, adapter: Path | str = "", scale: float = 1.0) -> np.ndarray:
    """The logits the first reply token is sampled from."""
    run = backend.admit(request(key, adapter, scale, max_tokens=1), ReplyResult())
    while not run.done:
        backend.step()
    llm = backend._llm
    assert llm is not None
    pointer = lib.llama_get_logits_ith(llm._ctx.ctx, -1)
    return np.ctypeslib.as_array(ctypes.cast(pointer, ctypes.POINTER(ctypes.c_float)), (llm.n_vocab(),)).copy()


def test_an_adapter_changes_the_reply_and_the_base_reply_comes_back_without_a_reload(
    backend: LlamaBackend, adapter: Path
) -> None:
    info, llm = backend.model, backend._llm
    base = ask(backend, "chat")
    tuned = ask(backend, "chat", adapter)
    assert tuned.text and tuned.text != base.text
    assert ask(backend, "chat").text == base.text  # switched back: exactly the base model's reply
    assert ask(backend, "other", adapter).text == tuned.text  # and on again: exactly the adapter's
    assert ask(backend, "zero", adapter, scale=0.0).text == base.text  # strength 0 is no adapter
    assert backend.model is info and backend._llm is llm  # the model was never loaded again


def test_half_strength_lies_between_the_base_and_the_whole_adapter(backend: LlamaBackend, adapter: Path) -> None:
    base, half, whole = (first_logits(backend, f"k{scale}", adapter, scale) for scale in (0.0, 0.5, 1.0))
    to_half, to_whole, half_to_whole = (
        float(np.linalg.norm(a - b)) for a, b in ((half, base), (whole, base), (whole, half))
    )
    assert 0 < to_half < to_whole and 0 < half_to_whole < to_whole


def test_two_conversations_at_once_one_with_the_adapter_each_give_what_they_give_alone(
    starter_model: Path, adapter: Path
) -> None:
    backend = open_backend(starter_model, parallel=2)
    try:
        alone_tuned = ask(backend, "alone-tuned", adapter).text
        alone_base = ask(backend, "alone-base", text="Name three colours.").text
        results = {"tuned": ReplyResult(), "base": ReplyResult()}
        runs = [
            backend.admit(request("together-tuned", adapter), results["tuned"]),
            backend.admit(request("together-base", text="Name three colours."), results["base"]),
        ]
        assert backend.free_sequences == 0
        both_going = False
        while not all(run.done for run in runs):
            backend.step()
            both_going = both_going or all(
                r.tokens > 0 and not run.done for r, run in zip(results.values(), runs, strict=True)
            )
        assert both_going  # they were generated side by side, not one after the other
        assert results["tuned"].text == alone_tuned and results["base"].text == alone_base
    finally:
        backend.unload()


def test_a_chats_cache_is_not_reused_once_its_adapter_changes(backend: LlamaBackend, adapter: Path) -> None:
    fresh_base = ask(backend, "fresh-base").text
    fresh_half = ask(backend, "fresh-half", adapter, scale=0.5).text
    tuned = ask(backend, "chat", adapter)
    assert tuned.cached_tokens == 0
    base = ask(backend, "chat")  # the same chat, its adapter turned off
    assert base.cached_tokens == 0 and base.text == fresh_base
    half = ask(backend, "chat", adapter, scale=0.5)  # another strength is another cache too
    assert half.cached_tokens == 0 and half.text == fresh_half
    again = ask(backend, "chat", adapter)  # its own cache under the adapter comes back
    assert again.cached_tokens > 0 and again.text == tuned.text


def test_dropping_a_chat_drops_its_caches_under_every_adapter(backend: LlamaBackend, adapter: Path) -> None:
    ask(backend, "chat", adapter)
    ask(backend, "chat")
    ask(backend, "chat", adapter, scale=0.5)
    backend.drop_cache("chat")
    assert backend.snapshot_count == 0
    assert ask(backend, "chat", adapter).cached_tokens == 0
    assert ask(backend, "chat", adapter, scale=0.5).cached_tokens == 0


def test_an_adapter_is_checked_in_a_child_once_and_the_verdict_remembered(
    starter_model: Path, adapter: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    children: list[str] = []
    run_child = validation.run_child

    def counted(path, *args, **kwargs):
        children.append(inspect.signature(run_child).bind(path, *args, **kwargs).arguments.get("adapter", ""))
        return run_child(path, *args, **kwargs)

    monkeypatch.setattr(validation, "run_child", counted)
    backend = open_backend(starter_model, validate=True)
    try:
        backend.check_adapter(adapter)
        assert children == [str(adapter)]
        verdict = validation.remembered(starter_model, str(adapter))
        assert verdict is not None and verdict.ok
        tuned = ask(backend, "chat", adapter)  # read onto the model already: no second check
        assert children == [str(adapter)]
    finally:
        backend.unload()
    backend = open_backend(starter_model, validate=True)
    try:
        assert ask(backend, "chat", adapter).text == tuned.text  # read onto the model loaded again
        assert children == [str(adapter)]  # the child's verdict was remembered
    finally:
        backend.unload()


def test_the_load_time_adapter_stays_under_every_request(starter_model: Path, adapter: Path) -> None:
    backend = open_backend(starter_model)
    try:
        runtime = ask(backend, "chat", adapter).text
    finally:
        backend.unload()
    backend = open_backend(starter_model, ref=ModelRef.gguf(starter_model, adapter=str(adapter)))
    try:
        assert ask(backend, "chat").text == runtime
    finally:
        backend.unload()


def backend_path(backend: LlamaBackend) -> Path:
    assert backend.model is not None
    return Path(backend.model.path)


def test_a_refused_adapter_fails_the_reply_and_the_model_answers_on(backend: LlamaBackend, tmp_path: Path) -> None:
    wrong = write_lora_adapter(tmp_path / "someone-elses.gguf", backend_path(backend), base_sha256="ab" * 32)
    with pytest.raises(AdapterRefused) as error:
        ask(backend, "chat", wrong)
    assert "someone-elses.gguf" in str(error.value) and "another model" in str(error.value)
    assert ask(backend, "chat").tokens > 0


def test_chat_settings_keep_an_adapter_and_its_strength_in_range() -> None:
    stored = ChatSettings(adapter="/adapters/mine.gguf", adapter_scale=0.5).to_json()
    assert ChatSettings.from_json(stored).adapter == "/adapters/mine.gguf"
    assert ChatSettings.from_json(stored).adapter_scale == 0.5
    assert ChatSettings(adapter_scale=7).validated().adapter_scale == 2.0
    assert ChatSettings(adapter_scale=-1).validated().adapter_scale == 0.0
    assert ChatSettings(adapter_scale=float("nan")).validated().adapter_scale == 1.0
    assert ChatSettings.from_dict({"adapter": 3, "adapter_scale": "strong"}) == ChatSettings()
    assert ChatSettings.from_dict({}).adapter == "" and ChatSettings.from_dict({}).adapter_scale == 1.0
