"""The llama.cpp backend on a tiny generated model: load, stream, stop, templates, KV reuse, unload."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from desktop.core.backends.llama.backend import LlamaBackend
from desktop.core.chat_settings import ChatSettings
from desktop.core.messages import ChatMessage
from desktop.core.runtime.types import (
    ContextFullError,
    EngineError,
    LoadOptions,
    ModelLoadError,
    ReplyRequest,
    ReplyResult,
    TextDelta,
    Usage,
)
from tests.helpers.tiny_gguf import write_tiny_model

SETTINGS = ChatSettings(max_tokens=24, seed=7)


@pytest.fixture
def engine(tiny_model: Path):
    engine = LlamaBackend(kv_budget_bytes=64 << 20)
    engine.load(tiny_model, LoadOptions(context_length=512))
    yield engine
    engine.unload()


def texts(deltas) -> list[str]:
    return [delta.text for delta in deltas if isinstance(delta, TextDelta)]


def ask(engine: LlamaBackend, text: str, key: str = "c1", **settings) -> tuple[list[str], ReplyResult]:
    result = ReplyResult()
    request = ReplyRequest(key, [ChatMessage("user", text)], ChatSettings(**{**SETTINGS.__dict__, **settings}))
    return texts(engine.stream(request, result)), result


def test_load_reports_the_model(engine: LlamaBackend, tiny_model: Path) -> None:
    info = engine.model
    assert info is not None
    assert info.path == str(tiny_model)
    assert info.name == "Tiny Test Model"
    assert info.architecture == "llama"
    assert info.context_length == 512
    assert info.backend == "CPU" and info.gpu_layers == 0
    assert info.license == "apache-2.0"


def test_a_cpu_build_says_cpu_whatever_the_gpu_setting(tiny_model: Path) -> None:
    from desktop.core.backends.llama import native

    if native.gpu_offload_supported():
        pytest.skip("this llama.cpp build offloads to a GPU")
    engine = LlamaBackend()
    try:
        info = engine.load(tiny_model, LoadOptions(context_length=256, gpu_layers=-1))
        assert (info.backend, info.gpu_layers) == ("CPU", 0)
    finally:
        engine.unload()


def test_the_cpu_setting_never_offloads() -> None:
    from desktop.core.backends.llama.backend import offload_backend

    assert offload_backend(0) == ""


def test_reply_streams_in_pieces_and_stops_at_max_tokens(engine: LlamaBackend) -> None:
    result = ReplyResult()
    request = ReplyRequest("c1", [ChatMessage("user", "the sea")], SETTINGS)
    deltas = list(engine.stream(request, result))
    pieces = texts(deltas)
    # Text deltas, then one Usage: what a consumer of the stream alone (a server) reports.
    assert deltas[-1] == Usage(
        result.prompt_tokens, 24, result.cached_tokens, result.ttft_s, result.seconds, result.tokens_per_s
    )
    assert len(pieces) >= 5
    assert "".join(pieces) == result.text
    assert result.tokens == 24 and result.finish == "length"
    assert result.prompt_tokens > 0 and result.context_size == 512
    assert result.tokens_per_s > 0 and result.ttft_s > 0


def test_same_seed_same_reply(engine: LlamaBackend) -> None:
    loose = {"temperature": 2.0, "min_p": 0.0, "top_k": 0}
    first = ask(engine, "the sea", key="a", **loose)[1].text
    second = ask(engine, "the sea", key="b", **loose)[1].text
    assert first == second
    others = {ask(engine, "the sea", key="c", **{**loose, "seed": seed})[1].text for seed in (8, 9, 10)}
    assert others - {first}


def test_stop_between_tokens_keeps_the_partial_reply(engine: LlamaBackend) -> None:
    stop = threading.Event()
    request = ReplyRequest("c1", [ChatMessage("user", "wind")], ChatSettings(max_tokens=400, seed=1), stop=stop)
    result = ReplyResult()
    pieces = []
    for delta in engine.stream(request, result):  # consumed as it streams: Stop comes mid-reply
        if not isinstance(delta, TextDelta):
            continue
        pieces.append(delta.text)
        if len(pieces) == 3:
            stop.set()
    assert result.finish == "stopped"
    assert 3 <= result.tokens < 400
    assert result.text == "".join(pieces)


def test_stop_before_the_first_token_aborts_prompt_evaluation(engine: LlamaBackend) -> None:
    stop = threading.Event()
    stop.set()
    result = ReplyResult()
    request = ReplyRequest("c1", [ChatMessage("user", "sea " * 80)], ChatSettings(max_tokens=50), stop=stop)
    assert texts(engine.stream(request, result)) == []
    assert result.finish == "stopped" and result.tokens == 0
    # The engine answers normally afterwards.
    assert ask(engine, "the moon")[1].tokens == 24


def test_second_turn_reuses_the_kv_cache(engine: LlamaBackend) -> None:
    history = [ChatMessage("user", "the sea")]
    first = ReplyResult()
    list(engine.stream(ReplyRequest("c1", history, SETTINGS), first))
    history += [ChatMessage("assistant", first.text), ChatMessage("user", "the moon")]
    second = ReplyResult()
    list(engine.stream(ReplyRequest("c1", history, SETTINGS), second))
    # Everything the model already evaluated (its prompt and all but the last reply token,
    # which is never fed back) is reused, even where re-tokenizing the reply would differ.
    assert second.cached_tokens >= first.prompt_tokens + first.tokens - 1


def test_returning_to_a_conversation_restores_its_cache(engine: LlamaBackend) -> None:
    long_history = [ChatMessage("user", "deep blue salt wind " * 12)]
    first = ReplyResult()
    list(engine.stream(ReplyRequest("long", long_history, SETTINGS), first))
    ask(engine, "sun", key="other")
    assert engine.snapshot_count == 1
    long_history += [ChatMessage("assistant", first.text), ChatMessage("user", "night")]
    back = ReplyResult()
    list(engine.stream(ReplyRequest("long", long_history, SETTINGS), back))
    assert back.cached_tokens >= first.prompt_tokens


def test_a_snapshot_that_fails_to_restore_leaves_nothing_to_reuse(
    engine: LlamaBackend, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.core.backends.llama import kv_snapshots

    ask(engine, "deep blue salt wind " * 4, key="long")
    ask(engine, "sun", key="other")
    # The restore clears the context first; when putting the sequence back then fails, the
    # engine must not go on believing the other chat's tokens are still there.
    monkeypatch.setattr(kv_snapshots.lib, "llama_state_seq_set_data", lambda *args: 0)
    pieces, back = ask(engine, "deep blue salt wind " * 4, key="long")
    assert back.cached_tokens == 0 and pieces


def test_the_cache_text_stops_where_a_token_without_text_was_generated() -> None:
    from desktop.core.backends.llama.kv_text import KvText

    text = KvText()
    text.reset_to(0, 0)
    text.append(b"<prompt>", 10)
    text.add_generated(b"Hi", 11)
    text.add_generated(b"", 12)  # a control token: in the cache, not in the next prompt
    text.add_generated(b"!", 13)
    assert text.reusable(b"<prompt>Hi<|im_end|>next", 13) == (11, 10)
    assert text.reusable(b"<prompt>Hi!", 13) == (11, 10)  # nothing after it lines up either
    text.reset_to(11, 10)  # the next prompt
    text.append(b"<|im_end|>next", 15)
    assert text.reusable(b"<prompt>Hi<|im_end|>next", 15) == (15, 24)


def test_prompt_larger_than_the_context_is_refused(engine: LlamaBackend) -> None:
    with pytest.raises(ContextFullError, match="context holds 512"):
        ask(engine, "sea " * 2000)


def test_chat_template_comes_from_the_metadata(tmp_path: Path) -> None:
    template = "{% for m in messages %}<<{{ m.role }}>>{{ m.content }}{% endfor %}<<assistant>>"
    path = write_tiny_model(tmp_path / "custom.gguf", chat_template=template)
    engine = LlamaBackend()
    engine.load(path, LoadOptions(context_length=256))
    assert engine.render_prompt([ChatMessage("user", "hi")]) == "<<user>>hi<<assistant>>"
    engine.unload()


def test_hostile_template_falls_back_with_a_note(tmp_path: Path) -> None:
    hostile = "{{ cycler.__init__.__globals__.os.system('touch " + str(tmp_path / "PWNED") + "') }}"
    engine = LlamaBackend()
    engine.load(write_tiny_model(tmp_path / "hostile.gguf", chat_template=hostile), LoadOptions(256))
    _, result = ask(engine, "sea")
    assert result.tokens > 0
    assert "refused" in result.note  # refused while rendering: said with the reply
    assert not (tmp_path / "PWNED").exists()
    engine.unload()


def test_broken_template_cannot_be_loaded(tmp_path: Path) -> None:
    path = write_tiny_model(tmp_path / "broken.gguf", chat_template="{% for m in messages %}")
    with pytest.raises(ModelLoadError, match=r"broken\.gguf: its chat template is broken"):
        LlamaBackend().load(path)


@pytest.mark.parametrize(
    ("content", "cause"),
    [
        (None, "does not exist"),
        (b"", "empty or truncated"),
        (b"hello world, not a model", "not a GGUF model file"),
    ],
)
def test_unloadable_files_say_why(tmp_path: Path, content: bytes | None, cause: str) -> None:
    path = tmp_path / "model.gguf"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(ModelLoadError, match=cause) as error:
        LlamaBackend().load(path)
    assert str(path) in str(error.value) and "\n" not in str(error.value)


def test_truncated_model_says_why(tmp_path: Path, tiny_model: Path) -> None:
    path = tmp_path / "cut.gguf"
    path.write_bytes(tiny_model.read_bytes()[:100_000])
    with pytest.raises(ModelLoadError) as error:
        LlamaBackend().load(path)
    assert "cut.gguf" in str(error.value)
    assert "file" in error.value.cause and "\n" not in str(error.value)


def test_unload_frees_the_model(engine: LlamaBackend) -> None:
    engine.unload()
    assert engine.model is None
    with pytest.raises(EngineError, match="no model"):
        ask(engine, "sea")


def test_the_memory_check_counts_the_model_it_will_unload_and_gpu_memory(
    tiny_model: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.core.backends.llama import backend as llama
    from desktop.core.library import gpu_memory
    from desktop.core.runtime.types import LoadRefused, ModelRef

    monkeypatch.setenv("HEARTH_FREE_MEMORY_BYTES", str(100_000_000))  # 0.1 GB: the tiny model needs 0.3
    backend = LlamaBackend(validate=False)
    ref, cpu = ModelRef.gguf(tiny_model), LoadOptions(context_length=512, gpu_layers=0)

    def check(options: LoadOptions, reclaimable: int = 0, force: bool = False) -> None:
        backend.preflight(ref, options, force=force, reclaimable=reclaimable, cancel=threading.Event())

    with pytest.raises(LoadRefused, match=r"needs about 0\.3 GB .* only 0\.1 GB is free"):
        check(cpu)
    check(cpu, reclaimable=1 << 30)  # unloading the current model frees 1 GB
    check(cpu, force=True)  # the user insisted
    monkeypatch.setattr(llama, "offload_backend", lambda layers: "CUDA" if layers else "")
    monkeypatch.setenv(gpu_memory.FREE_GPU_MEMORY_ENV, str(8 << 30))
    check(LoadOptions(context_length=512, gpu_layers=-1))  # it fits on the GPU


def test_a_lora_adapter_is_applied_on_the_loaded_model_and_a_wrong_one_is_refused(
    tmp_path: Path, tiny_model: Path
) -> None:
    from desktop.core.runtime.types import ModelRef
    from tests.helpers.tiny_gguf import write_tiny_adapter

    def reply(ref: ModelRef) -> str:
        backend = LlamaBackend(validate=False, check_memory=False)
        info = backend.load(ref, LoadOptions(context_length=256))
        try:
            assert info.ref == ref and info.path == ref.stored()
            return ask(backend, "the sea", temperature=0.0)[1].text
        finally:
            backend.unload()

    adapter = write_tiny_adapter(tmp_path / "mine.gguf")
    base = reply(ModelRef.gguf(tiny_model))
    assert reply(ModelRef.gguf(tiny_model, adapter=str(adapter))) != base  # the adapter changes what it says
    assert reply(ModelRef.gguf(tiny_model)) == base  # and the base model alone is as it was
    wrong = write_tiny_adapter(tmp_path / "other-width.gguf", width=48)  # made for another model
    with pytest.raises(ModelLoadError) as error:
        reply(ModelRef.gguf(tiny_model, adapter=str(wrong)))
    assert "other-width.gguf" in str(error.value) and "\n" not in str(error.value)
