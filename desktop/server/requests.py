"""The request bodies the server accepts, checked field by field: a bad one gets a 400 that names it.

Fields OpenAI's API defines and Hearth does not use (user, logit_bias, …) are accepted and
ignored, as other local servers do, so that clients written for OpenAI work unchanged.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any

from desktop.core.chat_settings import ChatSettings
from desktop.core.messages import ChatMessage, Role
from desktop.core.runtime.types import OutputFormat
from desktop.server.errors import ApiError, bad_field

MAX_STOP_STRINGS = 4
ROLES: tuple[Role, ...] = ("system", "user", "assistant", "tool")
# Sampling as llama.cpp's server does it when a client leaves it out (OpenAI's defaults are 1.0).
DEFAULTS = ChatSettings(system_prompt="", temperature=0.8, top_p=0.95, top_k=40, min_p=0.05, repeat_penalty=1.0)


@dataclass(frozen=True)
class Completion:
    """What a client asked for, in the runtime's terms."""

    model: str  # "" for the model loaded
    messages: list[ChatMessage]  # a chat; empty for a plain completion
    prompt: str | None  # a plain completion's text
    settings: ChatSettings
    max_tokens: int | None  # None: as much as the context leaves
    stream: bool
    include_usage: bool
    stop: tuple[str, ...]
    output: OutputFormat | None


def parse_json(body: bytes) -> dict[str, Any]:
    try:
        data = json.loads(body, parse_constant=_no_constant)
    except RecursionError:
        raise ApiError(400, "the request body is nested too deeply") from None
    except (ValueError, UnicodeDecodeError) as error:
        raise ApiError(400, f"the request body is not valid JSON ({getattr(error, 'msg', error)})") from None
    if not isinstance(data, dict):
        raise ApiError(400, "the request body must be a JSON object")
    return data


def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is not a number JSON allows")


def _number(data: dict, name: str, low: float, high: float, default: float) -> float:
    value = data.get(name)
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise bad_field(name, "must be a number")
    if not low <= value <= high:
        raise bad_field(name, f"must be between {low:g} and {high:g}")
    return float(value)


def _integer(data: dict, name: str, low: int, high: int) -> int | None:
    value = data.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise bad_field(name, "must be an integer")
    if not low <= value <= high:
        raise bad_field(name, f"must be between {low:,} and {high:,}")
    return value


def _text(value: Any, name: str) -> str:
    """A message's content: a string, or a list of text parts (OpenAI's array form)."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        texts = []
        for index, part in enumerate(value):
            where = f"{name}[{index}]"
            if not isinstance(part, dict) or part.get("type") != "text" or not isinstance(part.get("text"), str):
                kind = part.get("type") if isinstance(part, dict) else None
                if kind == "image_url":
                    raise bad_field(where, "this model cannot see images")
                raise bad_field(where, 'must be a text part ({"type": "text", "text": …})')
            texts.append(part["text"])
        return "".join(texts)
    if value is None:
        return ""
    raise bad_field(name, "must be a string or a list of text parts")


def _messages(data: dict) -> list[ChatMessage]:
    raw = data.get("messages")
    if not isinstance(raw, list) or not raw:
        raise bad_field("messages", "must be a non-empty list of messages")
    messages = []
    for index, item in enumerate(raw):
        where = f"messages[{index}]"
        if not isinstance(item, dict):
            raise bad_field(where, "must be an object")
        role = item.get("role")
        if role == "developer":  # OpenAI's newer name for the system role
            role = "system"
        if role not in ROLES:
            raise bad_field(f"{where}.role", f"must be one of {', '.join(ROLES)}")
        messages.append(ChatMessage(role, _text(item.get("content"), f"{where}.content")))
    return messages


def _stop(data: dict) -> tuple[str, ...]:
    stop = data.get("stop")
    if stop is None:
        return ()
    stops = [stop] if isinstance(stop, str) else stop
    if not isinstance(stops, list) or not all(isinstance(s, str) and s for s in stops):
        raise bad_field("stop", "must be a non-empty string or a list of them")
    if len(stops) > MAX_STOP_STRINGS:
        raise bad_field("stop", f"at most {MAX_STOP_STRINGS} stop strings")
    return tuple(stops)


def _output(data: dict) -> OutputFormat | None:
    raw = data.get("response_format")
    if raw is None:
        return None
    if not isinstance(raw, dict) or raw.get("type") not in ("text", "json_object", "json_schema"):
        raise bad_field("response_format", 'type must be "text", "json_object" or "json_schema"')
    if raw["type"] == "text":
        return None
    if raw["type"] == "json_object":
        return OutputFormat("json_object")
    spec = raw.get("json_schema")
    if not isinstance(spec, dict) or not isinstance(spec.get("schema"), dict):
        raise bad_field("response_format.json_schema.schema", "must be a JSON schema (an object)")
    return OutputFormat("json_schema", json.dumps(spec["schema"]))


def parse_completion(data: dict, chat: bool) -> Completion:
    model = data.get("model", "")
    if not isinstance(model, str):
        raise bad_field("model", "must be a string")
    if (n := _integer(data, "n", 1, 1_000_000)) is not None and n != 1:
        raise bad_field("n", "only 1 choice per request")
    stream = data.get("stream", False)
    if not isinstance(stream, bool):
        raise bad_field("stream", "must be true or false")
    options = data.get("stream_options") or {}
    if not isinstance(options, dict) or not isinstance(options.get("include_usage", False), bool):
        raise bad_field("stream_options", 'must be an object like {"include_usage": true}')
    max_tokens = _integer(data, "max_completion_tokens", 1, 1 << 20) or _integer(data, "max_tokens", 1, 1 << 20)
    seed = _integer(data, "seed", -(1 << 63), (1 << 64) - 1)
    settings = ChatSettings(
        system_prompt="",
        temperature=_number(data, "temperature", 0.0, 2.0, DEFAULTS.temperature),
        top_p=_number(data, "top_p", 0.0, 1.0, DEFAULTS.top_p),
        top_k=DEFAULTS.top_k,
        min_p=DEFAULTS.min_p,
        repeat_penalty=DEFAULTS.repeat_penalty,
        seed=-1 if seed is None else seed % (1 << 31),
        overflow="stop",  # an API client sends the history it wants: nothing is left out behind its back
    )
    if chat:
        messages, prompt = _messages(data), None
    else:
        raw = data.get("prompt")
        if isinstance(raw, list) and len(raw) == 1 and isinstance(raw[0], str):
            raw = raw[0]
        if not isinstance(raw, str):
            raise bad_field("prompt", "must be a string")
        messages, prompt = [], raw
    return Completion(
        model,
        messages,
        prompt,
        settings,
        max_tokens,
        stream,
        bool(options.get("include_usage")),
        _stop(data),
        _output(data),
    )
