"""Split a local model's streamed reply into answer text, thinking and tool calls.

`reply_format()` reads the model's chat template (its Jinja source, from the GGUF) and the rendered
prompt's tail; `ReplyParser` then takes the reply's text as it streams, one token's text at a time,
and gives `TextDelta`, `ReasoningDelta` and `ToolCallDelta`s. The markers matched, family by family,
and the templates they come from (llama.cpp's `models/templates/`, as vendored in llama-cpp-python
0.3.36's sdist under `vendor/llama.cpp/`; the test fixtures in tests/core/backends/llama/templates/
are copies):

- Thinking in `<think>…</think>`. `Qwen-Qwen3-0.6B.jinja` splits history on `'</think>'` and renders
  `'\\n<think>\\n' + reasoning_content.strip('\\n') + '\\n</think>\\n\\n' + content`; with
  `enable_thinking` false its generation prompt ends `'<think>\\n\\n</think>\\n\\n'`. `Qwen-QwQ-32B.jinja`
  ends the generation prompt with `'<|im_start|>assistant\\n<think>\\n'`, and the DeepSeek-R1 distills
  (`deepseek-ai-DeepSeek-R1-Distill-Llama-8B.jinja`) with `'<｜Assistant｜><think>\\n'`: the reply then
  starts inside the block and only `</think>` appears (`starts_in_thinking`, read from the prompt's tail).
  `HuggingFaceTB-SmolLM3-3B.jinja` asks for `<think> Thought section </think> Solution section` and
  renders `'<think>\\n\\n</think>\\n'` when thinking is off. A template with both tags thinks this way.
- Thinking in `[THINK]…[/THINK]` (Magistral, `mistralai-Ministral-3-14B-Reasoning-2512.jinja`:
  `'[THINK]' + block['thinking'] + '[/THINK]'`); those are control tokens.
- `enable_thinking`: Qwen3's template tests `enable_thinking is defined and enable_thinking is false`,
  SmolLM3's `enable_thinking is not defined`; `template_takes_thinking_switch()` looks for the name.
- Hermes tool calls (`NousResearch-Hermes-3-Llama-3.1-8B-tool_use.jinja`, `Qwen-Qwen2.5-7B-Instruct.jinja`,
  Qwen3, QwQ): "return a json object with function name and arguments within <tool_call></tool_call>
  XML tags", rendered `'<tool_call>\\n{"name": "' + name + '", "arguments": ' + arguments|tojson + '}\\n</tool_call>'`.
  Templates whose `<tool_call>` holds XML (`Qwen3-Coder.jinja`, `Qwen3.5-4B.jinja`:
  `'<tool_call>\\n<function=' + name + '>'`; GLM's `<arg_key>`) are not this style and get no parsing.
- Llama 3.1/3.2/3.3 (`meta-llama-Llama-3.1-8B-Instruct.jinja` and the 3.2/3.3 ones): the system turn
  says `"Environment: ipython\\n"`, tools are asked for as `'Respond in the format {"name": function
  name, "parameters": dictionary of argument name and its value}.'`, a past call is rendered as bare
  JSON `'{"name": "' + name + '", "parameters": ' + arguments|tojson + '}'`, and built-in tools as
  `"<|python_tag|>" + name + ".call("`. Matched: `<|start_header_id|>` with `ipython` or `<|python_tag|>`.
  The reply is a call when it starts (after whitespace) with `{` and is a JSON object with "name" and
  "parameters"/"arguments", or when `<|python_tag|>` (a control token) is followed by such JSON.
  Built-in `name.call(...)` calls are released as text. A JSON answer is therefore shown once complete.
- Mistral (`mistralai-Mistral-Nemo-Instruct-2407.jinja`, v3): `"[TOOL_CALLS]["` then each call's
  `tool_call.function|tojson` (an array of `{"name": …, "arguments": {…}}`); v11+
  (`unsloth-mistral-Devstral-Small-2507.jinja`: `"[TOOL_CALLS]" + name + "[ARGS]" + arguments`,
  `Mistral-Small-3.2-24B-Instruct-2506.jinja`: `'[TOOL_CALLS]' + name + '[CALL_ID]' + id + '[ARGS]' + …`).
  Both forms are read; `[TOOL_CALLS]`, `[CALL_ID]` and `[ARGS]` are control tokens.
- gpt-oss's harmony (`openai-gpt-oss-120b.jinja`): the prompt ends `<|start|>assistant`; messages are
  `"<|start|>assistant<|channel|>analysis<|message|>" + thinking + "<|end|>"`, `…<|channel|>final<|message|>`
  + content + `"<|return|>"`, and calls `"<|start|>assistant to=" + "functions." + name + "<|channel|>commentary "
  + "json<|message|>" + arguments|tojson + "<|call|>"` (the model also writes the recipient after the
  channel: `<|channel|>commentary to=functions.NAME <|constrain|>json<|message|>`). Analysis is reasoning,
  final (and commentary without a recipient) is the answer, a `functions.` recipient is a tool call.
  Matched: `<|channel|>` and `<|message|>` in the template. All its markers are control tokens.

Text is released as soon as it cannot be part of a marker: only a possible marker's beginning is held
back (as StopStringFilter does), with the trailing whitespace of reasoning and the whitespace that opens
a reply that may start with a marker. A tool call is held until it is complete (its close tag, the end
of its JSON, or the end of the reply) and then given as one ToolCallDelta with ids `{prefix}_{index}`;
one that does not parse, or passes MAX_TOOL_CALL_CHARS, is given back as text. Thinking tags count only
where a message starts; tool calls are not looked for inside thinking. The result does not depend on
how the text is cut into pieces (the tests feed every family one character at a time and in random
pieces), except for calls at the cap and past _MAX_WHITESPACE's runs of whitespace.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Literal

from desktop.core.runtime.types import Delta, ReasoningDelta, TextDelta, ToolCallDelta

ToolStyle = Literal["", "hermes", "llama3", "mistral"]

# One tool call is collected whole; past this many characters it is not one, and is released as text.
MAX_TOOL_CALL_CHARS = 256 * 1024
# Whitespace held back (at a message's start, or at the end of reasoning so far) and the most a harmony
# header may take before its <|message|>: beyond these the text is released as it is.
_MAX_WHITESPACE = 256
_MAX_HEADER = 512
_MAX_TOOL_NAME = 256

_HARMONY_ENDS = ("<|end|>", "<|return|>", "<|call|>", "<|start|>", "<|channel|>")
_HARMONY_KEPT = ("<|start|>", "<|channel|>")  # they begin the next header, which reads them
_HARMONY_MESSAGE = "<|message|>"
_HARMONY_TOKEN = re.compile(r"<\|[a-z_]+\|>")
_HARMONY_CHANNEL = re.compile(r"<\|channel\|>\s*([A-Za-z_]+)")
_HARMONY_RECIPIENT = re.compile(r"\bto=([^\s<]+)")
_XML_TOOL_CALLS = ("<function=", "<arg_key>", "<parameter=")

_TOOL_NAME = re.compile(r"[\w.:-]{1,256}")
_JSON_SPECIAL = re.compile(r'[{}\[\]"]')
_STRING_SPECIAL = re.compile(r'["\\]')

_TEXT, _THINK, _CALL, _HEADER = range(4)
_HERMES, _JSON, _MISTRAL, _HARMONY = range(4)  # how a call being collected ends

_LLAMA3_KEYS = frozenset({"name", "parameters", "arguments", "type", "id"})


@dataclass(frozen=True)
class ReplyFormat:
    """How a model writes its thinking and its tool calls."""

    think_open: str = ""  # "" when the model does not think
    think_close: str = ""
    starts_in_thinking: bool = False  # the prompt ends inside an open thinking block
    tools: ToolStyle = ""
    harmony: bool = False  # gpt-oss: channels, and calls to functions.NAME

    @property
    def needs_special_tokens(self) -> bool:
        """Its markers are control tokens, which llama.cpp turns into text only when asked (special=True)."""
        return self.harmony or self.tools in ("llama3", "mistral") or self.think_open == "[THINK]"


PLAIN = ReplyFormat()


def template_takes_thinking_switch(template_source: str | None) -> bool:
    """The template reads `enable_thinking` (Qwen3, SmolLM3, updated DeepSeek-R1 distills)."""
    return bool(template_source) and re.search(r"\benable_thinking\b", template_source or "") is not None


def reply_format(template_source: str | None, prompt: str, tools: bool) -> ReplyFormat:
    """The reply format of a model whose chat template is `template_source`, for a reply to `prompt`."""
    src = template_source or ""
    if "<|channel|>" in src and _HARMONY_MESSAGE in src:
        return ReplyFormat(harmony=True)
    tail = prompt.rstrip()[-64:]
    think_open = think_close = ""
    if ("<think>" in src and "</think>" in src) or tail.endswith("<think>"):
        think_open, think_close = "<think>", "</think>"
    elif "[THINK]" in src and "[/THINK]" in src:
        think_open, think_close = "[THINK]", "[/THINK]"
    style: ToolStyle = ""
    if tools:
        if "[TOOL_CALLS]" in src:
            style = "mistral"
        elif "<tool_call>" in src:
            style = "" if any(x in src for x in _XML_TOOL_CALLS) else "hermes"
        elif "<|start_header_id|>" in src and ("<|python_tag|>" in src or "ipython" in src):
            style = "" if "<function=" in src else "llama3"
    return ReplyFormat(
        think_open=think_open,
        think_close=think_close,
        starts_in_thinking=bool(think_open) and tail.endswith(think_open),
        tools=style,
    )


def _arguments_text(args: object) -> str | None:
    if isinstance(args, str):
        return args
    if isinstance(args, dict):
        return json.dumps(args, ensure_ascii=False)
    return None


def _call_from(obj: object, strict: bool = False) -> tuple[str, str] | None:
    """(name, arguments JSON) of one call written as {"name": …, "arguments"|"parameters": …}."""
    if not isinstance(obj, dict):
        return None
    if isinstance(obj.get("function"), dict) and "name" not in obj:
        obj = obj["function"]
        assert isinstance(obj, dict)
    name = obj.get("name")
    if not isinstance(name, str) or not name.strip() or len(name) > _MAX_TOOL_NAME:
        return None
    if strict and (("parameters" not in obj and "arguments" not in obj) or not obj.keys() <= _LLAMA3_KEYS):
        return None
    args = obj["arguments"] if "arguments" in obj else obj.get("parameters", {})
    text = _arguments_text(args)
    return None if text is None else (name.strip(), text)


def _loads(text: str) -> object:
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None


def _first_marker(buf: str, markers: tuple[str, ...], start: int = 0) -> tuple[int, str]:
    best, found = -1, ""
    for m in markers:
        i = buf.find(m, start)
        if i >= 0 and (best < 0 or i < best):
            best, found = i, m
    return best, found


def _held(buf: str, markers: tuple[str, ...], firsts: str, longest: int) -> int:
    """How many characters at the end of `buf` could begin one of `markers`."""
    n = len(buf)
    lo = max(0, n - longest + 1)
    best = n
    for c in firsts:
        p = buf.find(c, lo)
        while 0 <= p < best:
            tail = buf[p:]
            if any(m.startswith(tail) for m in markers):
                best = p
                break
            p = buf.find(c, p + 1)
    return n - best


class _Markers:
    """Markers looked for in one state, with what the hot path needs to know of them."""

    __slots__ = ("firsts", "longest", "markers")

    def __init__(self, markers: tuple[str, ...]) -> None:
        self.markers = tuple(m for m in markers if m)
        self.firsts = "".join(dict.fromkeys(m[0] for m in self.markers))
        self.longest = max((len(m) for m in self.markers), default=0)


class ReplyParser:
    """Feed it the reply's text as it streams; it gives the deltas that are sure so far."""

    def __init__(self, fmt: ReplyFormat, call_id_prefix: str = "call") -> None:
        self.fmt = fmt
        self._prefix = call_id_prefix
        self._calls = 0
        self._buf = ""
        self._passthrough = fmt == PLAIN
        if fmt.harmony:
            self._text = _Markers(_HARMONY_ENDS)
            self._close = self._text
        else:
            tool_marker = {"hermes": "<tool_call>", "llama3": "<|python_tag|>", "mistral": "[TOOL_CALLS]"}
            self._text = _Markers((tool_marker.get(fmt.tools, ""),))
            self._close = _Markers((fmt.think_close,))
        # Markers that count only where a message starts (after whitespace): the opening of thinking
        # at the reply's start, and Llama 3's bare JSON call.
        self._bare_json = fmt.tools == "llama3"
        starts = (fmt.think_open, "{" if self._bare_json else "")
        self._starts = tuple(m for m in starts if m)
        self._state = _HEADER if fmt.harmony else _THINK if fmt.starts_in_thinking else _TEXT
        self._at_start = bool(self._starts)
        self._skip_ws = False  # drop whitespace before the answer (after thinking or a call)
        self._think_begun = False  # the block's leading whitespace is behind us
        self._reasoned = False  # some reasoning has been given (a later block is set apart)
        self._block_said = False  # the block being read has given some
        self._long_run = False  # the reasoning given ends inside a long run of whitespace, still going
        # The call being collected: its raw text from its marker on, where its body starts, how it ends.
        self._raw = ""
        self._body = 0
        self._kind = _HERMES
        self._name = ""
        self._args_at = -1
        self._scan = 0
        self._depth = 0
        self._in_string = False

    @property
    def called_tools(self) -> bool:
        return self._calls > 0

    def feed(self, text: str) -> list[Delta]:
        if self._passthrough:
            return [TextDelta(text)] if text else []
        if not text:
            return []
        out: list[Delta] = []
        # The hot paths: answer or reasoning with no marker's first character in sight.
        state = self._state
        if state == _TEXT and not self._at_start and not self._buf:
            firsts = self._text.firsts
            if not firsts or (len(firsts) == 1 and firsts not in text):
                return [TextDelta(text)]
        elif state == _THINK and self._block_said:
            firsts, buf = self._close.firsts, self._buf + text
            if len(firsts) == 1 and firsts not in buf:
                sure = self._sure_reasoning(buf)
                self._buf = buf[len(sure) :]
                return [ReasoningDelta(sure)] if sure else []
        self._buf += text
        self._run(out, False)
        return out

    def flush(self) -> list[Delta]:
        """The end of the reply: everything held back, as what it is (an unfinished call: as text)."""
        out: list[Delta] = []
        if not self._passthrough:
            self._run(out, True)
        return out

    # -- the states ----------------------------------------------------------------------------

    def _run(self, out: list[Delta], final: bool) -> None:
        while True:
            state = self._state
            if state == _TEXT:
                more = self._do_text(out, final)
            elif state == _THINK:
                more = self._do_think(out, final)
            elif state == _CALL:
                more = self._do_call(out, final)
            else:
                more = self._do_header(out, final)
            if not more:
                return

    def _do_text(self, out: list[Delta], final: bool) -> bool:
        buf = self._buf
        if not buf:
            return False
        if self._at_start:
            s = buf.lstrip()
            if self._skip_ws and not s:
                self._buf = ""
                return False
            if not self._skip_ws and len(buf) - len(s) > _MAX_WHITESPACE:
                s = ""  # so much whitespace that no message starts here: it is text
            elif not s:
                if final:
                    out.append(TextDelta(buf))
                    self._buf = ""
                return False
            kept = s if self._skip_ws else buf
            for m in self._starts if s else ():
                if s.startswith(m):
                    if m == "{":
                        self._begin_call(_JSON, kept, len(kept) - len(s))
                    else:
                        self._buf = s[len(m) :]
                        self._enter_thinking()
                    self._at_start = False
                    return True
                if not final and m.startswith(s):
                    return False
            self._at_start = self._skip_ws = False
            buf = self._buf = kept
        markers = self._text
        i, m = _first_marker(buf, markers.markers) if markers.markers else (-1, "")
        if i >= 0:
            if i:
                out.append(TextDelta(buf[:i]))
            if self.fmt.harmony:
                self._buf = buf[i:] if m in _HARMONY_KEPT else buf[i + len(m) :]
                self._state = _HEADER
            else:
                kind = {"<tool_call>": _HERMES, "[TOOL_CALLS]": _MISTRAL}.get(m, _JSON)
                self._begin_call(kind, buf[i:], len(m))
            return True
        keep = 0 if final else _held(buf, markers.markers, markers.firsts, markers.longest)
        if keep < len(buf):
            out.append(TextDelta(buf[: len(buf) - keep]))
            self._buf = buf[len(buf) - keep :]
        return False

    def _do_think(self, out: list[Delta], final: bool) -> bool:
        buf = self._buf
        if not self._think_begun:
            s = buf.lstrip()
            opening = self.fmt.think_open
            if opening and s.startswith(opening):  # written again though the prompt opened it
                self._buf = s[len(opening) :]
                return True
            if not s or (not final and opening and opening.startswith(s)):
                self._buf = s
                return False
            buf = self._buf = s
            self._think_begun = True
        close = self._close
        i, m = _first_marker(buf, close.markers)
        if i >= 0:
            self._reason(out, self._sure_reasoning(buf[:i]))
            if self.fmt.harmony:
                self._buf = buf[i:] if m in _HARMONY_KEPT else buf[i + len(m) :]
                self._state = _HEADER
            else:
                self._buf = buf[i + len(m) :]
                self._state = _TEXT
            self._at_start = self._skip_ws = True
            return True
        if final:
            self._reason(out, self._sure_reasoning(buf))
            self._buf = ""
            return False
        sure = self._sure_reasoning(buf[: len(buf) - _held(buf, close.markers, close.firsts, close.longest)])
        self._reason(out, sure)
        self._buf = buf[len(sure) :]
        return False

    def _sure_reasoning(self, text: str) -> str:
        """`text` but its trailing whitespace, which waits (the block's end drops it); a run of more than
        _MAX_WHITESPACE is not held but given, all of it, wherever it is (so the cut is the same
        however the text came)."""
        sure = text.rstrip()
        if (self._long_run and not sure) or len(text) - len(sure) > _MAX_WHITESPACE:
            self._long_run = True
            return text
        if sure:
            self._long_run = False
        return sure

    def _enter_thinking(self) -> None:
        self._state, self._think_begun, self._block_said = _THINK, False, False

    def _reason(self, out: list[Delta], text: str) -> None:
        if not text:
            return
        if self._reasoned and not self._block_said:
            text = "\n\n" + text
        self._reasoned = self._block_said = True
        out.append(ReasoningDelta(text))

    def _do_header(self, out: list[Delta], final: bool) -> bool:
        """Harmony: the header before <|message|> says the channel, and the recipient of a call."""
        buf = self._buf
        s = buf.lstrip()
        if s and not any(s.startswith(p) or p.startswith(s) for p in ("<|", "to=")):
            self._state, self._at_start = _TEXT, False  # not harmony after all: plain text
            return True
        i = buf.find(_HARMONY_MESSAGE, 0, _MAX_HEADER + len(_HARMONY_MESSAGE))
        if i < 0:
            if len(buf) >= _MAX_HEADER + len(_HARMONY_MESSAGE):
                # Too long for a header: its first _MAX_HEADER characters are text, the rest is read again.
                out.append(TextDelta(buf[:_MAX_HEADER]))
                self._buf = buf[_MAX_HEADER:]
                self._state, self._at_start = _TEXT, False
                return True
            if final:  # an unfinished header: only what is not markup is text
                left = _HARMONY_TOKEN.sub("", buf).strip().removeprefix("assistant").strip()
                if left:
                    out.append(TextDelta(left))
                self._buf = ""
                self._state, self._at_start = _TEXT, False
            return False
        header, self._buf = buf[:i], buf[i + len(_HARMONY_MESSAGE) :]
        channel = _HARMONY_CHANNEL.search(header)
        recipient = _HARMONY_RECIPIENT.search(header)
        if recipient and recipient.group(1).startswith("functions."):
            self._name = recipient.group(1).removeprefix("functions.")
            self._begin_call(_HARMONY, self._buf, 0)
        elif channel and channel.group(1) == "analysis":
            self._enter_thinking()
        else:
            self._state = _TEXT
            self._at_start = self._skip_ws = True
        return True

    # -- tool calls ----------------------------------------------------------------------------

    def _begin_call(self, kind: int, raw: str, body: int) -> None:
        self._state, self._kind = _CALL, kind
        self._raw, self._body, self._buf = raw, body, ""
        self._scan, self._depth, self._in_string = body, 0, False
        self._args_at = -1 if kind == _MISTRAL else body  # where the arguments' JSON starts
        if kind != _HARMONY:  # a harmony call's name came in its header
            self._name = ""

    def _do_call(self, out: list[Delta], final: bool) -> bool:
        if self._buf:
            self._raw += self._buf
            self._buf = ""
        raw, kind = self._raw, self._kind
        if kind == _HERMES:
            close = "</tool_call>"
            j = raw.find(close, max(self._body, self._scan - len(close) + 1))
            self._scan = len(raw)
            if j >= 0:
                return self._finish(out, j + len(close), self._calls_in(_loads(raw[self._body : j])))
            if final:
                calls = self._calls_in(_loads(raw[self._body :]))
                return self._finish(out, len(raw), calls) if calls else self._give_back(out, len(raw))
        elif kind == _HARMONY:  # the body is the arguments, up to <|call|> (or any other marker)
            j, m = _first_marker(raw, _HARMONY_ENDS, max(0, self._scan - len("<|channel|>")))
            self._scan = len(raw)
            if j >= 0 or final:
                end = len(raw) if j < 0 else j
                args = _arguments_text(_loads(raw[:end])) if end <= MAX_TOOL_CALL_CHARS else None
                if args is not None and self._name:
                    self._emit(out, [(self._name, args)])
                elif end:
                    out.append(TextDelta(raw[:end]))
                self._buf = raw[end:] if j < 0 or m in _HARMONY_KEPT else raw[end + len(m) :]
                self._raw, self._state = "", _HEADER
                return True
        else:
            if self._args_at < 0:  # Mistral: a JSON array, or NAME[CALL_ID]ID[ARGS]{…}
                s = raw[self._body :].lstrip()
                if not s:
                    return self._give_back(out, len(raw)) if final else False
                if s[0] in "[{":
                    self._args_at = self._scan = len(raw) - len(s)
                else:
                    j = raw.find("[ARGS]", self._body, self._body + _MAX_TOOL_NAME + len("[ARGS]"))
                    if j < 0:
                        if final or len(raw) - self._body >= _MAX_TOOL_NAME + len("[ARGS]"):
                            return self._give_back(out, self._body)
                        return False
                    name, _, call_id = raw[self._body : j].strip().partition("[CALL_ID]")
                    if not _TOOL_NAME.fullmatch(name) or not _TOOL_NAME.fullmatch(call_id or "x"):
                        return self._give_back(out, self._body)
                    self._name = name
                    self._args_at = self._scan = j + len("[ARGS]")
            end = self._scan_json(raw)
            if end == -2:
                return self._give_back(out, self._body)
            if end >= 0:
                value = _loads(raw[self._args_at : end])
                if self._name:
                    args = _arguments_text(value)
                    return self._finish(out, end, None if args is None else [(self._name, args)])
                return self._finish(out, end, self._calls_in(value))
            if final:
                return self._give_back(out, len(raw))
        if len(self._raw) > MAX_TOOL_CALL_CHARS:
            return self._give_back(out, len(self._raw))
        return False

    def _calls_in(self, value: object) -> list[tuple[str, str]] | None:
        """The calls written as `value` (parsed JSON): one object, or Mistral's array of them."""
        # Llama 3's bare JSON may be an answer, not a call: only {"name", "parameters"} makes it one.
        strict = self._kind == _JSON and not self._raw.startswith("<|python_tag|>")
        items = value if isinstance(value, list) and self._kind == _MISTRAL else [value]
        calls = [_call_from(item, strict) for item in items]
        if not calls or any(c is None for c in calls):
            return None
        return [c for c in calls if c is not None]

    def _finish(self, out: list[Delta], end: int, calls: list[tuple[str, str]] | None) -> bool:
        """The call ends at `end` in the raw text: give it (or, if it is not one, its text)."""
        if calls is None or end > MAX_TOOL_CALL_CHARS:
            return self._give_back(out, end)
        self._emit(out, calls)
        self._buf, self._raw = self._raw[end:], ""
        self._state = _TEXT
        self._at_start = self._skip_ws = True
        return True

    def _emit(self, out: list[Delta], calls: list[tuple[str, str]]) -> None:
        for name, args in calls:
            index = self._calls
            self._calls += 1
            out.append(ToolCallDelta(index, f"{self._prefix}_{index}", name, args))

    def _give_back(self, out: list[Delta], end: int) -> bool:
        """Not a call: its raw text up to `end` is answer text; what follows is read again."""
        raw = self._raw
        if end:
            out.append(TextDelta(raw[:end]))
        self._buf = raw[end:]
        self._raw = ""
        self._state, self._at_start, self._skip_ws = _TEXT, False, False
        return bool(self._buf)

    def _scan_json(self, raw: str) -> int:
        """Scan on from where the last call stopped: the end of the complete JSON value, -1 when it is
        not complete yet, -2 when it is not JSON (it starts with neither { nor [)."""
        i, n = self._scan, len(raw)
        depth, in_string = self._depth, self._in_string
        if depth == 0:
            while i < n and raw[i] in " \t\r\n":
                i += 1
            if i == n:
                self._scan = i
                return -1
            if raw[i] not in "{[":
                return -2
            self._args_at = i
            depth, i = 1, i + 1
        while i < n:
            if in_string:
                found = _STRING_SPECIAL.search(raw, i)
                if found is None:
                    i = n
                    break
                j = found.start()
                if raw[j] == "\\":
                    if j + 1 >= n:  # what it escapes has not come yet: look again from the backslash
                        i = j
                        break
                    i = j + 2
                else:
                    in_string, i = False, j + 1
            else:
                found = _JSON_SPECIAL.search(raw, i)
                if found is None:
                    i = n
                    break
                j = found.start()
                c, i = raw[j], j + 1
                if c == '"':
                    in_string = True
                elif c in "{[":
                    depth += 1
                else:
                    depth -= 1
                    if depth == 0:
                        self._depth, self._in_string = 0, False
                        return i
        self._scan, self._depth, self._in_string = i, depth, in_string
        return -1
