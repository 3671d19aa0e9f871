"""Chat templates run sandboxed; hostile ones are refused and replaced by ChatML, with a note."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.backends.llama.template import ChatTemplate, TemplateBroken, render_chatml
from desktop.core.messages import ChatMessage

MESSAGES = [ChatMessage("system", "Be brief."), ChatMessage("user", "Hi")]


def test_renders_the_models_own_template() -> None:
    template = ChatTemplate(
        "{% for m in messages %}[{{ m.role }}]{{ m.content }}{% endfor %}"
        "{% if add_generation_prompt %}[assistant]{% endif %}"
    )
    assert template.render(MESSAGES) == "[system]Be brief.[user]Hi[assistant]"
    assert not template.is_fallback and template.note == ""


@pytest.mark.parametrize(
    "source",
    [
        "{{ cycler.__init__.__globals__.os.popen('touch PWNED').read() }}",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{% set x = joiner.__init__.__globals__ %}{{ x }}",
        "{{ messages.append({'role': 'x'}) }}",
    ],
)
def test_hostile_template_runs_nothing_and_falls_back(source: str, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    template = ChatTemplate(source)
    prompt = template.render(MESSAGES)
    assert prompt == render_chatml(MESSAGES)
    assert template.is_fallback
    assert "refused" in template.note and "ChatML" in template.note
    assert not (tmp_path / "PWNED").exists()


def test_template_rejecting_a_system_role_gets_it_folded_into_the_user_turn() -> None:
    source = (
        "{% for m in messages %}{% if m.role == 'system' %}{{ raise_exception('System role not supported') }}"
        "{% endif %}<{{ m.role }}>{{ m.content }}{% endfor %}"
    )
    template = ChatTemplate(source)
    assert template.render(MESSAGES) == "<user>Be brief.\n\nHi"
    assert not template.is_fallback


def test_syntax_error_is_a_broken_template() -> None:
    with pytest.raises(TemplateBroken, match="chat template is broken"):
        ChatTemplate("{% for m in messages %}")


def test_no_template_uses_chatml_and_says_so() -> None:
    template = ChatTemplate(None)
    assert template.render(MESSAGES).endswith("<|im_start|>assistant\n")
    assert "no chat template" in template.note


def test_output_bomb_is_refused() -> None:
    template = ChatTemplate("{% for i in range(100000) %}{{ 'x' * 1000 }}{% endfor %}")
    assert template.render(MESSAGES) == render_chatml(MESSAGES)
    assert template.is_fallback
