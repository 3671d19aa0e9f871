"""Validation survives a model that kills llama.cpp, and remembers the verdict per file version."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.core.backends.llama import validation
from desktop.core.backends.llama.validation import ensure_safe
from desktop.core.runtime.types import ModelLoadError
from tests.helpers.tiny_gguf import write_tiny_model


def test_a_model_that_aborts_llama_cpp_is_refused_and_remembered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Without byte tokens the file loads, then llama.cpp aborts the process at the first tokenization.
    crasher = write_tiny_model(tmp_path / "crasher.gguf", byte_tokens=False)
    with pytest.raises(ModelLoadError) as caught:
        ensure_safe(crasher)
    message = str(caught.value)
    assert "crashed the model loader" in message or "made the model loader fail" in message
    assert "tokenizing" in message
    remembered = validation.remembered(crasher)
    assert remembered is not None and not remembered.ok

    def no_child(*args: object, **kwargs: object) -> validation.Verdict:
        raise AssertionError("the verdict should have been remembered")

    monkeypatch.setattr(validation, "run_child", no_child)
    with pytest.raises(ModelLoadError, match="loader"):
        ensure_safe(crasher)


def test_a_sound_model_passes_and_a_changed_file_is_checked_again(
    tmp_path: Path, tiny_model: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "good.gguf"
    shutil.copyfile(tiny_model, path)
    assert ensure_safe(path).ok
    calls: list[Path] = []
    real = validation.run_child
    monkeypatch.setattr(validation, "run_child", lambda p, *a, **k: calls.append(p) or real(p, *a, **k))
    assert ensure_safe(path).ok
    assert calls == []
    write_tiny_model(path, byte_tokens=False)  # same name, new content: a new verdict
    with pytest.raises(ModelLoadError):
        ensure_safe(path)
    assert calls == [path]


def test_a_timeout_or_a_kill_from_outside_is_not_remembered(
    tmp_path: Path, tiny_model: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "slow.gguf"
    shutil.copyfile(tiny_model, path)
    with monkeypatch.context() as patch:
        patch.setattr(validation, "child_command", lambda _p, _adapter="": ["sh", "-c", "kill -9 $$"])
        with pytest.raises(ModelLoadError, match="killed while loading; try again"):
            ensure_safe(path)
        assert validation.remembered(path) is None
        patch.setattr(validation, "child_command", lambda _p, _adapter="": ["sleep", "30"])
        patch.setenv(validation.TIMEOUT_ENV, "0.3")
        with pytest.raises(ModelLoadError, match="did not finish within"):
            ensure_safe(path)
        assert validation.remembered(path) is None
    assert ensure_safe(path).ok  # checked again, and this time it passes
    assert validation.remembered(path).ok


def test_a_model_with_an_adapter_is_checked_with_it_in_the_child(tmp_path: Path, tiny_model: Path) -> None:
    from tests.helpers.tiny_gguf import write_tiny_adapter

    good = write_tiny_adapter(tmp_path / "good.gguf")
    wrong = write_tiny_adapter(tmp_path / "wrong.gguf", width=48)
    assert ensure_safe(tiny_model, adapter=str(good)).ok
    with pytest.raises(ModelLoadError) as error:
        ensure_safe(tiny_model, adapter=str(wrong))
    assert "\n" not in str(error.value)
    assert validation.remembered(tiny_model, str(wrong)).ok is False  # a verdict of its own
    assert validation.remembered(tiny_model) is None  # the model alone was never checked here
