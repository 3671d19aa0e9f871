"""Chat templates from GGUF metadata, rendered in Jinja's sandbox, with a safe fallback.

A model file is untrusted input and its template is code. It runs in Jinja's immutable
sandbox (the fix for CVE-2024-34359): a template that reaches for Python internals raises
SecurityError and is refused; the chat then falls back to ChatML and says so in `note`.
"""

from __future__ import annotations

import datetime
import logging
from collections.abc import Sequence

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

from desktop.core.messages import ChatMessage

log = logging.getLogger(__name__)

# A template's output larger than this is not a prompt but an attack (or a bug).
MAX_RENDERED_CHARS = 16 * 1024 * 1024


class TemplateBroken(Exception):
    """The template does not even compile; the model cannot be used as a chat model."""


class _RaisedByTemplate(Exception):
    """The template called raise_exception(), e.g. to reject a system message."""


def _raise_exception(message: str) -> None:
    raise _RaisedByTemplate(message)


def _strftime_now(fmt: str) -> str:
    return datetime.datetime.now().strftime(str(fmt)[:64])


def render_chatml(messages: Sequence[ChatMessage], add_generation_prompt: bool = True) -> str:
    parts = [f"<|im_start|>{m.role}\n{m.content}<|im_end|>\n" for m in messages]
    if add_generation_prompt:
        parts.append("<|im_start|>assistant\n")
    return "".join(parts)


CHATML_STOPS = ("<|im_end|>", "<|im_start|>")


class ChatTemplate:
    """Renders a conversation into the prompt text the model was trained on."""

    def __init__(self, source: str | None, bos_token: str = "", eos_token: str = "") -> None:
        self.bos_token = bos_token
        self.eos_token = eos_token
        self.note = ""
        self.refusal = ""  # why the model's own template is not used (empty: it is, or it has none)
        self._unsaid = ""  # a refusal made while rendering a chat, not yet told to the user
        self._template: jinja2.Template | None = None
        if not source:
            self.note = "This model has no chat template; using a default one (ChatML)."
            return
        env = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True)
        env.globals.update(raise_exception=_raise_exception, strftime_now=_strftime_now)
        try:
            self._template = env.from_string(source)
        except jinja2.TemplateSyntaxError as error:
            raise TemplateBroken(f"its chat template is broken ({error.message}, line {error.lineno})") from None
        except Exception as error:  # any failure to compile means unusable
            raise TemplateBroken(f"its chat template is broken ({error})") from None

    @property
    def is_fallback(self) -> bool:
        return self._template is None

    @property
    def stop_strings(self) -> tuple[str, ...]:
        return CHATML_STOPS if self._template is None else ()

    def refuse(self, reason: str) -> None:
        """Stop using the model's template for good (e.g. it hung in the validation child)."""
        self._template = None
        self.refusal = reason
        self.note = f"This model's chat template was refused ({reason}); using a safe default template (ChatML)."

    def take_unsaid_note(self) -> str:
        """The note of a refusal made while rendering (a template may fail only on some messages),
        once: the reply that follows says it."""
        note, self._unsaid = self._unsaid, ""
        return note

    def render(self, messages: Sequence[ChatMessage], add_generation_prompt: bool = True) -> str:
        if self._template is None:
            return render_chatml(messages, add_generation_prompt)
        try:
            return self._render(messages, add_generation_prompt)
        except _RaisedByTemplate as error:
            if messages and messages[0].role == "system":
                # Some templates (Mistral's, Gemma's) reject a system role: fold it into the
                # first user message, as their model cards advise.
                try:
                    return self._render(_fold_system(messages), add_generation_prompt)
                except Exception:  # fall through to the refusal below
                    pass
            self.refuse(f"it raised: {str(error)[:120]}")
        except SecurityError as error:
            log.warning("chat template refused: %s", error)
            self.refuse("it tried to reach Python internals")
        except Exception as error:  # a template is untrusted code: any failure
            self.refuse(f"it failed: {type(error).__name__}: {str(error)[:120]}")
        self._unsaid = self.note
        return render_chatml(messages, add_generation_prompt)

    def _render(self, messages: Sequence[ChatMessage], add_generation_prompt: bool) -> str:
        assert self._template is not None
        chunks: list[str] = []
        size = 0
        stream = self._template.generate(
            messages=[{"role": m.role, "content": m.content} for m in messages],
            add_generation_prompt=add_generation_prompt,
            bos_token=self.bos_token,
            eos_token=self.eos_token,
        )
        for chunk in stream:
            size += len(chunk)
            if size > MAX_RENDERED_CHARS:
                raise SecurityError("the template's output is unreasonably large")
            chunks.append(chunk)
        return "".join(chunks)


def _fold_system(messages: Sequence[ChatMessage]) -> list[ChatMessage]:
    system, rest = messages[0], list(messages[1:])
    if rest and rest[0].role == "user":
        rest[0] = ChatMessage("user", f"{system.content}\n\n{rest[0].content}")
        return rest
    return [ChatMessage("user", system.content), *rest]
