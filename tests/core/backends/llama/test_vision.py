"""Images on a vision model (real llama.cpp, real libmtmd, tiny random-weight models): the projector
beside the model, an image's tokens in the prompt, replies that depend on the image, KV reuse across
turns with images, a projector that does not fit or that crashes, and the refusals."""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest

from desktop.core.backends.llama import validation, vision
from desktop.core.backends.llama.backend import LlamaBackend
from desktop.core.chat_settings import ChatSettings
from desktop.core.messages import ChatMessage, ImagePart, Part, TextPart
from desktop.core.model_ref import ModelRef
from desktop.core.runtime.types import EngineError, LoadOptions, ReplyRequest, ReplyResult, TextDelta, Usage
from tests.helpers.tiny_vision import noise_image, solid_image, stored_path, write_tiny_mmproj

GREEDY = ChatSettings(max_tokens=8, temperature=0.0, top_k=1, seed=1, repeat_penalty=1.0, system_prompt="")
IMAGE_TOKENS = 16  # the tiny projector: 32 x 32 pixels in 8 x 8 patches


def _backend(model: Path, parallel: int = 1) -> LlamaBackend:
    backend = LlamaBackend(kv_budget_bytes=64 << 20, validate=False, check_memory=False)
    backend.load(model, LoadOptions(context_length=512, threads=1, parallel=parallel))
    return backend


@pytest.fixture
def seeing(tiny_vision_model: Path) -> Iterator[LlamaBackend]:
    backend = _backend(tiny_vision_model)
    yield backend
    backend.unload()


def user(*parts: Part) -> ChatMessage:
    return ChatMessage.of("user", list(parts))


def ask(backend: LlamaBackend, messages: list[ChatMessage], key: str = "c1", **settings: object) -> ReplyResult:
    result = ReplyResult()
    request = ReplyRequest(key, messages, ChatSettings(**{**GREEDY.__dict__, **settings}))
    deltas = list(backend.stream(request, result))
    assert isinstance(deltas[-1], Usage)
    assert "".join(d.text for d in deltas if isinstance(d, TextDelta)) == result.text
    return result


def test_the_projector_beside_the_model_is_found_and_the_model_sees(seeing: LlamaBackend) -> None:
    info = seeing.model
    assert info is not None
    assert info.vision and info.image_tokens == IMAGE_TOKENS
    assert seeing.capabilities.vision
    assert "projector" not in info.template_note


def test_a_512_pixel_image_grows_the_prompt_by_its_tokens(seeing: LlamaBackend) -> None:
    red = solid_image()
    # The image at the end of the text: what follows it starts with a special token, so the text
    # around it is tokenized exactly as without it.
    plain = [user(TextPart("what is this"))]
    with_image = [user(TextPart("what is this"), red)]
    assert seeing.count_tokens(with_image) - seeing.count_tokens(plain) == IMAGE_TOKENS
    without = ask(seeing, plain, key="a").prompt_tokens
    assert ask(seeing, with_image, key="b").prompt_tokens - without == IMAGE_TOKENS
    # Counted again for a conversation a sequence holds: only the new text is tokenized, the same total.
    assert seeing.count_tokens(with_image, key="b") == without + IMAGE_TOKENS


def test_two_images_give_different_first_tokens_and_one_image_the_same_reply_twice(seeing: LlamaBackend) -> None:
    red, noise = solid_image(), noise_image()

    def first_token(image: ImagePart, key: str) -> str:
        request = ReplyRequest(key, [user(TextPart("what is this"), image)], GREEDY)
        return next(d.text for d in seeing.stream(request) if isinstance(d, TextDelta))

    assert first_token(red, "red") != first_token(noise, "noise")
    first = ask(seeing, [user(TextPart("what is this"), red)], key="red 2")
    again = ask(seeing, [user(TextPart("what is this"), red)], key="red 3")
    assert first.text and again.text == first.text  # greedy, and the same pixels: the same reply


def test_the_reply_streams_token_by_token(seeing: LlamaBackend) -> None:
    request = ReplyRequest("c1", [user(TextPart("look"), solid_image())], GREEDY)
    deltas = list(seeing.stream(request))
    assert sum(isinstance(d, TextDelta) for d in deltas) >= 3
    assert isinstance(deltas[-1], Usage) and deltas[-1].completion_tokens == GREEDY.max_tokens


def test_a_second_turn_reuses_the_image_and_a_reused_image_reads_as_a_fresh_one(seeing: LlamaBackend) -> None:
    red = solid_image()
    history = [user(TextPart("what is this"), red)]
    first = ask(seeing, history)
    seeing.drop_cache("c1")
    assert ask(seeing, history).text == first.text
    again = ask(seeing, history)  # the whole prompt, its image in it, from the cache but its last token
    assert again.cached_tokens == first.prompt_tokens - 1 and again.text == first.text
    history += [ChatMessage("assistant", first.text), user(TextPart("and now"))]
    second = ask(seeing, history)
    # The first turn's prompt, its image in it, and the reply come from the cache: only the new text is read.
    assert second.cached_tokens >= first.prompt_tokens + first.tokens - 1
    assert second.text
    assert ask(seeing, history).text == second.text


def test_another_image_in_the_history_is_read_again_from_there(seeing: LlamaBackend) -> None:
    red, blue = solid_image(), solid_image("blue.png", (0, 0, 255))
    first = ask(seeing, [user(TextPart("what is this"), red)])
    changed = ask(seeing, [user(TextPart("what is this"), blue)])
    # The same text before the image is kept; the image and all after it are evaluated again.
    assert 0 < changed.cached_tokens < first.prompt_tokens - IMAGE_TOKENS
    seeing.drop_cache("c1")
    assert ask(seeing, [user(TextPart("what is this"), blue)]).text == changed.text


def test_two_images_in_one_message(seeing: LlamaBackend) -> None:
    red, noise = solid_image(), noise_image()
    one = seeing.count_tokens([user(TextPart("compare"), red)])
    both = [user(TextPart("compare"), red, noise)]
    assert seeing.count_tokens(both) == one + IMAGE_TOKENS
    result = ask(seeing, both)
    assert result.prompt_tokens == one + IMAGE_TOKENS and result.text
    swapped = ask(seeing, [user(TextPart("compare"), noise, red)], key="swapped")
    assert swapped.prompt_tokens == result.prompt_tokens
    assert swapped.text != result.text  # the images are read where they are


def test_an_image_conversation_survives_a_snapshot(seeing: LlamaBackend) -> None:
    red = solid_image()
    history = [user(TextPart("what is this"), red)]
    first = ask(seeing, history, key="a")
    ask(seeing, [user(TextPart("something else"))], key="b")  # takes the one sequence: "a" is saved
    assert seeing.snapshot_count == 1
    history += [ChatMessage("assistant", first.text), user(TextPart("more"))]
    back = ask(seeing, history, key="a")
    assert back.cached_tokens >= first.prompt_tokens
    assert back.text


def test_an_image_is_read_beside_another_reply_being_generated(tiny_vision_model: Path) -> None:
    backend = _backend(tiny_vision_model, parallel=2)
    try:
        red = solid_image()
        alone = ask(backend, [user(TextPart("what is this"), red)], key="alone", max_tokens=12)
        text_alone = ask(backend, [user(TextPart("tell me of the sea"))], key="text", max_tokens=24)
        backend.drop_cache("alone")
        backend.drop_cache("text")
        settings = ChatSettings(**{**GREEDY.__dict__, "max_tokens": 24})
        text_result = ReplyResult()
        text_run = backend.admit(ReplyRequest("text", [user(TextPart("tell me of the sea"))], settings), text_result)
        for _ in range(3):
            backend.step()  # the text reply is generating when the image arrives
        image_result = ReplyResult()
        image_settings = ChatSettings(**{**GREEDY.__dict__, "max_tokens": 12})
        image_run = backend.admit(
            ReplyRequest("alone", [user(TextPart("what is this"), red)], image_settings), image_result
        )
        while not (text_run.done and image_run.done):
            backend.step()
        assert not text_run.error and not image_run.error
        assert image_result.text == alone.text
        assert text_result.text == text_alone.text
    finally:
        backend.unload()


def test_stop_while_an_image_is_encoded_ends_the_reply_and_leaves_no_half_image(
    seeing: LlamaBackend, monkeypatch: pytest.MonkeyPatch
) -> None:
    red = solid_image()
    messages = [user(TextPart("what is this"), red)]
    request = ReplyRequest("c1", messages, GREEDY)
    projector = seeing._projector
    assert projector is not None
    real_encode = projector.encode

    def encode_then_stop(chunk: vision.ImageChunk) -> bool:
        done = real_encode(chunk)
        request.stop.set()  # the user pressed Stop while the image was being encoded
        return done

    monkeypatch.setattr(projector, "encode", encode_then_stop)
    result = ReplyResult()
    list(seeing.stream(request, result))
    assert result.finish == "stopped" and result.tokens == 0
    monkeypatch.setattr(projector, "encode", real_encode)
    after = ask(seeing, messages)
    assert after.cached_tokens < after.prompt_tokens - IMAGE_TOKENS  # the image was not kept half read
    seeing.drop_cache("c1")
    assert ask(seeing, messages).text == after.text


def test_a_users_marker_text_is_text_not_an_image(seeing: LlamaBackend) -> None:
    messages = [user(TextPart("what is <__media__> here"), solid_image())]
    prompt = seeing.render_prompt(messages)
    assert prompt.count("<__media__>") == 1  # the image's own; the typed one is broken by a joiner
    assert "what is <\u200d__media__> here<__media__>" in prompt
    assert ask(seeing, messages).prompt_tokens > IMAGE_TOKENS


def test_a_text_only_model_refuses_an_image_in_one_line(tiny_model: Path) -> None:
    backend = _backend(tiny_model)
    try:
        assert backend.model is not None and not backend.model.vision and not backend.capabilities.vision
        with pytest.raises(EngineError) as caught:
            list(backend.stream(ReplyRequest("c1", [user(TextPart("what is this"), solid_image())], GREEDY)))
        assert str(caught.value) == "this model cannot see images: choose a vision model"
        assert backend.free_sequences == 1  # refused before anything was started
        # Counting leaves the image out (it costs a text model nothing); text still works.
        plain = backend.count_tokens([user(TextPart("hi"))])
        assert backend.count_tokens([user(TextPart("hi"), solid_image())]) == plain
        assert ask(backend, [user(TextPart("hi"))]).text
    finally:
        backend.unload()


def test_a_missing_or_unreadable_image_is_a_one_line_error_naming_it(seeing: LlamaBackend) -> None:
    gone = ImagePart("gone-0123abcd.png", "image/png", 512, 512)
    with pytest.raises(EngineError) as caught:
        list(seeing.stream(ReplyRequest("c1", [user(TextPart("what is this"), gone)], GREEDY)))
    assert "gone-0123abcd.png" in str(caught.value) and "\n" not in str(caught.value)
    broken = solid_image("broken.png")
    stored_path(broken).write_bytes(b"\x89PNG\r\n\x1a\n this is no picture")
    for attempt in (
        lambda: seeing.count_tokens([user(TextPart("what is this"), broken)]),
        lambda: list(seeing.stream(ReplyRequest("c2", [user(TextPart("what is this"), broken)], GREEDY))),
    ):
        with pytest.raises(EngineError, match=r"the image broken\.png cannot be read") as caught:
            attempt()
        assert "\n" not in str(caught.value)
    assert seeing.free_sequences == 1
    assert ask(seeing, [user(TextPart("what is this"), solid_image())]).text  # and the model goes on


def test_a_mismatched_projector_leaves_a_text_model_with_a_note(mismatched_vision_model: Path) -> None:
    backend = _backend(mismatched_vision_model)
    try:
        info = backend.model
        assert info is not None and not info.vision and info.image_tokens == 0
        assert not backend.capabilities.vision
        assert info.template_note == "Its projector mmproj-narrow.gguf does not match this model: images are off."
        assert ask(backend, [user(TextPart("hi"))]).text
        with pytest.raises(EngineError, match="cannot see images"):
            list(backend.stream(ReplyRequest("c1", [user(TextPart("hi"), solid_image())], GREEDY)))
    finally:
        backend.unload()


def test_unloading_frees_the_projector_and_switching_models_keeps_memory_flat(
    tiny_vision_model: Path, tiny_model: Path
) -> None:
    backend = LlamaBackend(kv_budget_bytes=64 << 20, validate=False, check_memory=False)
    process = psutil.Process(os.getpid())
    red = solid_image()

    def round_trip() -> None:
        backend.load(tiny_vision_model, LoadOptions(context_length=512, threads=1))
        projector = backend._projector
        ask(backend, [user(TextPart("what is this"), red)])
        backend.load(tiny_model, LoadOptions(context_length=512, threads=1))
        assert projector is not None and projector._ctx is None  # freed with its model
        assert not backend.capabilities.vision

    for _ in range(3):
        round_trip()
    before = process.memory_info().rss
    for _ in range(15):
        round_trip()
    backend.unload()
    assert process.memory_info().rss - before < 24 << 20


# -- the validation child ----------------------------------------------------------------------


def _pair(folder: Path, tiny_vision_model: Path, projector_bytes: bytes | None = None, **projector: int) -> Path:
    folder.mkdir()
    model = folder / "vlm.gguf"
    shutil.copyfile(tiny_vision_model, model)
    if projector_bytes is not None:
        (folder / "mmproj-x.gguf").write_bytes(projector_bytes)
    else:
        write_tiny_mmproj(folder / "mmproj-x.gguf", **projector)
    return model


def _preflight_then_load(model: Path) -> LlamaBackend:
    backend = LlamaBackend(kv_budget_bytes=64 << 20, check_memory=False)
    options = LoadOptions(context_length=512, threads=1)
    backend.preflight(ModelRef.gguf(model), options, force=False, reclaimable=0, cancel=threading.Event())
    backend.load(model, options)
    return backend


def test_a_sound_projector_passes_the_validation_child(tmp_path: Path, tiny_vision_model: Path) -> None:
    model = _pair(tmp_path / "sound", tiny_vision_model)
    backend = _preflight_then_load(model)
    try:
        assert backend.model is not None and backend.model.vision
        assert ask(backend, [user(TextPart("what is this"), solid_image())]).text
    finally:
        backend.unload()
    verdict = validation.ensure_projector_safe(model, model.parent / "mmproj-x.gguf")
    assert verdict.ok  # remembered: no child this time


def test_a_projector_that_crashes_libmtmd_is_refused_by_the_child_and_the_model_still_loads(
    tmp_path: Path, tiny_vision_model: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # image_size 0: the header is sound, and clip.cpp aborts the process opening it.
    model = _pair(tmp_path / "crasher", tiny_vision_model, image_size=0)
    backend = _preflight_then_load(model)  # this process survives: only the child died
    try:
        info = backend.model
        assert info is not None and not info.vision
        assert info.template_note.startswith("Its projector mmproj-x.gguf was refused (it crashed the model loader")
        assert "opening the projector" in info.template_note and info.template_note.endswith(": images are off.")
        assert "\n" not in info.template_note
        assert ask(backend, [user(TextPart("hi"))]).text
    finally:
        backend.unload()

    def no_child(*args: object, **kwargs: object) -> validation.Verdict:
        raise AssertionError("the verdict should have been remembered")

    monkeypatch.setattr(validation, "run_child", no_child)
    assert not validation.ensure_projector_safe(model, model.parent / "mmproj-x.gguf").ok


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_a_garbage_or_truncated_projector_is_refused_before_anything_opens_it(
    tmp_path: Path, tiny_vision_model: Path, damage: str
) -> None:
    sound = write_tiny_mmproj(tmp_path / "sound-mmproj.gguf").read_bytes()
    data = os.urandom(4096) if damage == "garbage" else sound[: len(sound) // 2]
    model = _pair(tmp_path / damage, tiny_vision_model, projector_bytes=data)
    backend = _preflight_then_load(model)
    try:
        info = backend.model
        assert info is not None and not info.vision
        assert info.template_note.startswith("Its projector mmproj-x.gguf was refused (")
        assert ask(backend, [user(TextPart("hi"))]).text
    finally:
        backend.unload()


def test_a_mismatched_projector_is_told_by_the_child_as_a_mismatch(tmp_path: Path, tiny_vision_model: Path) -> None:
    model = _pair(tmp_path / "narrow", tiny_vision_model, out_dim=16)
    verdict = validation.ensure_projector_safe(model, model.parent / "mmproj-x.gguf")
    assert not verdict.ok and verdict.message == vision.MISMATCH
    backend = _preflight_then_load(model)
    try:
        assert backend.model is not None and not backend.model.vision
        assert "does not match this model: images are off" in backend.model.template_note
    finally:
        backend.unload()
