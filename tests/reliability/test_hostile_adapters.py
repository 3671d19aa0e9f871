"""Hostile LoRA adapters on the real starter model: each refused with its own one line, nothing crashes.

The corpus (tests/helpers/lora_adapter.py): another architecture, another base, shapes that do not fit,
half a pair, a truncated file, no GGUF at all, a model instead of an adapter, absurd tensor counts, and
one that only llama.cpp's own parser refuses (checked in the validation child, never in this process).
After every refusal the model is still the one loaded, and answers.
"""

from __future__ import annotations

import inspect
import unicodedata
from pathlib import Path

import pytest

from desktop.core.backends.llama import validation
from desktop.core.backends.llama.adapters import AdapterRefused
from desktop.core.backends.llama.backend import LlamaBackend
from desktop.core.chat_settings import ChatSettings
from desktop.core.messages import ChatMessage
from desktop.core.runtime.types import LoadOptions, ReplyRequest
from tests.helpers.lora_adapter import HOSTILE_NAMES, HostileAdapter, build_hostile_adapters

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def corpus(starter_model: Path, tmp_path_factory: pytest.TempPathFactory) -> list[HostileAdapter]:
    return build_hostile_adapters(tmp_path_factory.mktemp("hostile-adapters"), starter_model)


@pytest.fixture(scope="module")
def backend(starter_model: Path):
    backend = LlamaBackend(kv_budget_bytes=32 << 20, validate=True, check_memory=False)
    backend.load(starter_model, LoadOptions(context_length=512, threads=2))
    yield backend
    backend.unload()


def reply(backend: LlamaBackend, adapter: str = "") -> str:
    settings = ChatSettings(temperature=0.0, seed=3, max_tokens=8, adapter=adapter)
    return backend.reply(ReplyRequest("chat", [ChatMessage("user", "Say hello.")], settings)).text


def is_one_clean_line(text: str) -> bool:
    return bool(text) and all(unicodedata.category(c) not in ("Cc", "Cf", "Cs") for c in text)


def test_the_corpus_covers_every_kind_of_damage(corpus: list[HostileAdapter]) -> None:
    names = {case.name for case in corpus}
    for kind in ("wrong-architecture", "wrong-base", "mismatched-shape", "missing-lora-b", "truncated", "not-gguf"):
        assert kind in names
    assert {"a-model", "huge-tensor-count"} <= names and any(case.reaches_llama for case in corpus)


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_each_hostile_adapter_is_refused_with_its_own_line_and_the_model_answers_on(
    backend: LlamaBackend, corpus: list[HostileAdapter], name: str
) -> None:
    case = next(case for case in corpus if case.name == name)
    info, llm = backend.model, backend._llm
    with pytest.raises(AdapterRefused) as checked:
        backend.check_adapter(case.path)
    message = str(checked.value)
    assert is_one_clean_line(message), message
    assert case.path.name in message and case.says in message, message
    with pytest.raises(AdapterRefused) as replied:  # a reply asked with it fails with the same line
        reply(backend, str(case.path))
    assert str(replied.value) == message
    assert backend.model is info and backend._llm is llm  # still loaded, never reloaded
    assert reply(backend)  # and the model answers a plain request


def test_only_what_passes_the_header_checks_reaches_llama_cpp_and_only_in_a_child(
    starter_model: Path, corpus: list[HostileAdapter], monkeypatch: pytest.MonkeyPatch
) -> None:
    children: list[str] = []
    run_child = validation.run_child

    def counted(path, *args, **kwargs):
        children.append(
            Path(inspect.signature(run_child).bind(path, *args, **kwargs).arguments.get("adapter", "")).name
        )
        return run_child(path, *args, **kwargs)

    monkeypatch.setattr(validation, "run_child", counted)
    backend = LlamaBackend(kv_budget_bytes=0, validate=True, check_memory=False)
    backend.load(starter_model, LoadOptions(context_length=256, threads=2))
    try:
        for case in corpus:
            with pytest.raises(AdapterRefused):
                backend.check_adapter(case.path)
        assert sorted(children) == sorted(case.path.name for case in corpus if case.reaches_llama)
        for case in corpus:  # refused again without a second look (the child's verdict is remembered)
            with pytest.raises(AdapterRefused):
                backend.check_adapter(case.path)
        assert len(children) == sum(case.reaches_llama for case in corpus)
    finally:
        backend.unload()
