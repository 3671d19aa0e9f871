"""Chat templates from GGUF metadata, rendered in Jinja's sandbox, with a safe fallback.

A model file is untrusted input and its template is code. It runs in Jinja's immutable
sandbox (the fix for CVE-2024-34359): a template that reaches for Python internals raises
SecurityError and is refused; the chat then falls back to ChatML and says so in `note`.

An image is written into its message's text where its part sits, as the vision projector's marker
(libmtmd's "<__media__>"), as llama.cpp's own server does: the marker reaches no tokenizer, libmtmd
puts the image's tokens (and whatever tokens its model wraps an image in) there instead.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import logging
import re
import secrets
from collections.abc import Sequence
from typing import Any

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

from desktop.core.messages import ChatMessage, ImagePart, TextPart, ToolCallPart, ToolResultPart
from desktop.core.runtime.types import ToolSpec

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
        self.source = source or ""  # how its model writes thinking and tool calls is read from it too
        # What the template's source reads (it is code: what it asks for is what it can lay out).
        self._takes_tools = bool(source) and "tools" in str(source) and "tool_call" in str(source)
        self._takes_thinking = bool(source) and "enable_thinking" in str(source)
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
        self.source = ""
        self.refusal = reason
        self.note = f"This model's chat template was refused ({reason}); using a safe default template (ChatML)."

    def take_unsaid_note(self) -> str:
        """The note of a refusal made while rendering (a template may fail only on some messages),
        once: the reply that follows says it."""
        note, self._unsaid = self._unsaid, ""
        return note

    @property
    def takes_tools(self) -> bool:
        """The model's own template lays out tools (its `tools` variable) and tool messages."""
        return self._template is not None and self._takes_tools

    @property
    def takes_thinking_switch(self) -> bool:
        """The template reads `enable_thinking` (Qwen3, SmolLM3): a chat can turn thinking off."""
        return self._template is not None and self._takes_thinking

    def render(
        self,
        messages: Sequence[ChatMessage],
        add_generation_prompt: bool = True,
        tools: Sequence[ToolSpec] = (),
        thinking: bool | None = None,
    ) -> str:
        with_tools = bool(tools) or any(m.role == "tool" or m.parts for m in messages)
        original = messages
        if with_tools:
            messages = messages if self.takes_tools else tools_as_text(messages, tools)
        extra: dict[str, Any] = {}
        if tools and self.takes_tools:
            extra["tools"] = [tool_dict(tool) for tool in tools]
        if thinking is not None and self.takes_thinking_switch:
            extra["enable_thinking"] = thinking
        if self._template is None:
            return render_chatml(messages, add_generation_prompt)
        try:
            return self._render(messages, add_generation_prompt, extra)
        except _RaisedByTemplate as error:
            if messages and messages[0].role == "system":
                # Some templates (Mistral's, Gemma's) reject a system role: fold it into the
                # first user message, as their model cards advise.
                try:
                    return self._render(_fold_system(messages), add_generation_prompt, extra)
                except Exception:  # fall through to the refusal below
                    pass
            self.refuse(f"it raised: {str(error)[:120]}")
        except SecurityError as error:
            log.warning("chat template refused: %s", error)
            self.refuse("it tried to reach Python internals")
        except Exception as error:  # a template is untrusted code: any failure
            self.refuse(f"it failed: {type(error).__name__}: {str(error)[:120]}")
        self._unsaid = self.note
        # The default template knows no tools: they, their calls and results go in as Hermes lays them out.
        return render_chatml(tools_as_text(original, tools) if with_tools else original, add_generation_prompt)

    def render_with_images(
        self,
        messages: Sequence[ChatMessage],
        add_generation_prompt: bool = True,
        tools: Sequence[ToolSpec] = (),
        thinking: bool | None = None,
        marker: str = "",
    ) -> tuple[str, list[ImagePart]]:
        """The prompt with `marker` where each image is, and the images in the order of their markers
        (a template may drop or repeat a message: the markers are what counts). The conversation's own
        text never holds the marker (defang). Without a marker (a model that sees no images) images
        are left out."""
        if not has_images(messages):
            return defang(self.render(messages, add_generation_prompt, tools, thinking), marker), []
        nonce = secrets.token_hex(8)
        placed, images = _with_placeholders(messages, nonce)
        text = defang(self.render(placed, add_generation_prompt, tools, thinking), marker)
        found: list[ImagePart] = []

        def place(match: re.Match[str]) -> str:
            if not marker:
                return ""
            found.append(images[int(match.group(1))])
            return marker

        return re.sub(f"<image {nonce} ([0-9]+)>", place, text), found

    def _render(self, messages: Sequence[ChatMessage], add_generation_prompt: bool, extra: dict[str, Any]) -> str:
        assert self._template is not None
        chunks: list[str] = []
        size = 0
        stream = self._template.generate(
            messages=[message_dict(m) for m in messages],
            add_generation_prompt=add_generation_prompt,
            bos_token=self.bos_token,
            eos_token=self.eos_token,
            **extra,
        )
        for chunk in stream:
            size += len(chunk)
            if size > MAX_RENDERED_CHARS:
                raise SecurityError("the template's output is unreasonably large")
            chunks.append(chunk)
        return "".join(chunks)


def has_images(messages: Sequence[ChatMessage]) -> bool:
    return any(isinstance(part, ImagePart) for message in messages for part in message.parts)


def defang(text: str, marker: str) -> str:
    """`text` without `marker` in it (a zero-width joiner after its first character, as `inert` breaks
    turn markers), so that only an image's own marker is one: a user who types "<__media__>" sends text."""
    return text.replace(marker, f"{marker[:1]}\u200d{marker[1:]}") if marker else text


def _with_placeholders(messages: Sequence[ChatMessage], nonce: str) -> tuple[list[ChatMessage], list[ImagePart]]:
    """The messages with a placeholder in their text where each image part is (before the text when
    the parts hold no text of their own), and the images by placeholder number."""
    images: list[ImagePart] = []

    def placeholder(part: ImagePart) -> str:
        images.append(part)
        return f"<image {nonce} {len(images) - 1}>"

    out: list[ChatMessage] = []
    for message in messages:
        if not any(isinstance(part, ImagePart) for part in message.parts):
            out.append(message)
            continue
        if any(isinstance(part, TextPart) for part in message.parts):
            content = "".join(
                part.text if isinstance(part, TextPart) else placeholder(part)
                for part in message.parts
                if isinstance(part, TextPart | ImagePart)
            )
        else:
            content = "".join(placeholder(p) for p in message.parts if isinstance(p, ImagePart)) + message.content
        others = tuple(part for part in message.parts if not isinstance(part, TextPart | ImagePart))
        out.append(ChatMessage(message.role, content, others))
    return out, images


def _fold_system(messages: Sequence[ChatMessage]) -> list[ChatMessage]:
    system, rest = messages[0], list(messages[1:])
    if rest and rest[0].role == "user":
        rest[0] = ChatMessage("user", f"{system.content}\n\n{rest[0].content}")
        return rest
    return [ChatMessage("user", system.content), *rest]


# -- tools ------------------------------------------------------------------------------------

# For a model whose template says nothing of tools: the instructions and the <tool_call> format of
# Hermes and Qwen (the format most open models were tuned on), put in the system prompt as those
# templates do. The reply parser then reads calls in that format.
TOOLS_PREAMBLE = (
    "# Tools\n\nYou may call one or more functions to assist with the user query.\n\n"
    "You are provided with function signatures within <tools></tools> XML tags:\n<tools>\n{tools}\n</tools>\n\n"
    "For each function call, return a json object with function name and arguments within "
    "<tool_call></tool_call> XML tags:\n<tool_call>\n"
    '{{"name": <function-name>, "arguments": <args-json-object>}}\n</tool_call>'
)


def tool_dict(tool: ToolSpec) -> dict[str, Any]:
    """A tool as chat templates and OpenAI's API take it."""
    try:
        parameters = json.loads(tool.parameters)
    except ValueError:
        parameters = None
    if not isinstance(parameters, dict):
        parameters = {"type": "object", "properties": {}}
    return {
        "type": "function",
        "function": {"name": tool.name, "description": tool.description, "parameters": parameters},
    }


def _arguments(text: str) -> Any:
    """A call's arguments as templates expect them (an object: they write it with `tojson`)."""
    try:
        return json.loads(text)
    except ValueError:
        return text


def template_call_id(call_id: str) -> str:
    """A call's id as templates are given it: 9 letters and digits, the only ids Mistral's templates
    accept (they raise on any other); the same id always gives the same one, so a result meets its call."""
    if len(call_id) == 9 and call_id.isascii() and call_id.isalnum():
        return call_id
    return hashlib.sha256(call_id.encode("utf-8", errors="replace")).hexdigest()[:9]


def message_dict(message: ChatMessage) -> dict[str, Any]:
    """A message as chat templates take it (Hugging Face's shape): tool calls and results included."""
    item: dict[str, Any] = {"role": message.role, "content": message.content}
    calls = [part for part in message.parts if isinstance(part, ToolCallPart)]
    if calls:
        item["tool_calls"] = [
            {
                "id": template_call_id(c.id),
                "type": "function",
                "function": {"name": c.name, "arguments": _arguments(c.arguments)},
            }
            for c in calls
        ]
    results = [part for part in message.parts if isinstance(part, ToolResultPart)]
    if message.role == "tool" and results:
        item.update(content=inert(results[0].content), tool_call_id=template_call_id(results[0].call_id))
    return item


# How chat templates' special tokens are written (ChatML's and Llama's <|…|>, DeepSeek's <｜…｜>, Mistral's
# [INST] and [TOOL_…], Gemma's turns) and the tags of thinking and Hermes's calls. The prompt is tokenized
# with special tokens read, so in a tool's result (text a server, or a page it fetched, wrote) they would
# be real turn markers: a result could end its turn and write the user's next one.
_MARKERS = re.compile(
    r"<\||<｜|\[/?(?:INST|TOOL_[A-Z]+|AVAILABLE_TOOLS|SYSTEM_PROMPT|THINK|ARGS|CALL_ID)\]"
    r"|<(?:start|end)_of_turn>|</?(?:tool_call|tool_response|tools|think)>"
)


def inert(text: str) -> str:
    """`text` with every marker broken by a zero-width joiner after its first character: it reads the
    same, and is tokenized as plain text."""
    return _MARKERS.sub(lambda match: match.group(0)[0] + "\u200d" + match.group(0)[1:], text)


def tools_as_text(messages: Sequence[ChatMessage], tools: Sequence[ToolSpec]) -> list[ChatMessage]:
    """The conversation for a template that knows no tools: their list in the system prompt, calls as
    <tool_call> text in the replies, results as <tool_response> in user turns (Hermes's layout)."""
    out: list[ChatMessage] = []
    if tools:
        listed = "\n".join(json.dumps(tool_dict(tool), ensure_ascii=False) for tool in tools)
        preamble = TOOLS_PREAMBLE.format(tools=listed)
        if messages and messages[0].role == "system":
            out.append(ChatMessage("system", f"{messages[0].content}\n\n{preamble}"))
            messages = messages[1:]
        else:
            out.append(ChatMessage("system", preamble))
    for message in messages:
        if message.role == "tool":
            response = (
                "".join(
                    f"<tool_response>\n{inert(part.content)}\n</tool_response>"
                    for part in message.parts
                    if isinstance(part, ToolResultPart)
                )
                or f"<tool_response>\n{inert(message.content)}\n</tool_response>"
            )
            if out and out[-1].role == "user" and out[-1].content.endswith("</tool_response>"):
                out[-1] = ChatMessage("user", f"{out[-1].content}\n{response}")
            else:
                out.append(ChatMessage("user", response))
            continue
        calls = [part for part in message.parts if isinstance(part, ToolCallPart)]
        text = message.content
        for call in calls:
            written = json.dumps({"name": call.name, "arguments": _arguments(call.arguments)}, ensure_ascii=False)
            text += f"{chr(10) if text else ''}<tool_call>\n{written}\n</tool_call>"
        out.append(ChatMessage(message.role, text))
    return out
