"""A model's streamed reply splits into answer, thinking and tool calls however the text is chunked."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from desktop.core.backends.llama.reply_parser import (
    MAX_TOOL_CALL_CHARS,
    PLAIN,
    ReplyFormat,
    ReplyParser,
    reply_format,
    template_takes_thinking_switch,
)
from desktop.core.backends.llama.template import ChatTemplate
from desktop.core.messages import ChatMessage
from desktop.core.runtime.types import Delta, ReasoningDelta, TextDelta, ToolCallDelta

TEMPLATES = Path(__file__).parent / "templates"

QWEN3 = ReplyFormat("<think>", "</think>", tools="hermes")
R1 = ReplyFormat("<think>", "</think>", starts_in_thinking=True)
HERMES = ReplyFormat(tools="hermes")
LLAMA3 = ReplyFormat(tools="llama3")
MISTRAL = ReplyFormat(tools="mistral")
MAGISTRAL = ReplyFormat("[THINK]", "[/THINK]", tools="mistral")
HARMONY = ReplyFormat(harmony=True)


def call(index: int, name: str, arguments: str, prefix: str = "call") -> ToolCallDelta:
    return ToolCallDelta(index, f"{prefix}_{index}", name, arguments)


def collapse(deltas: list[Delta]) -> list[object]:
    """Runs of text or reasoning joined, ("text", …)/("reasoning", …); tool calls as they are."""
    out: list[object] = []
    for d in deltas:
        if isinstance(d, ToolCallDelta):
            out.append(d)
            continue
        assert isinstance(d, TextDelta | ReasoningDelta), d
        assert d.text, "an empty delta"
        kind = "text" if isinstance(d, TextDelta) else "reasoning"
        if out and isinstance(out[-1], tuple) and out[-1][0] == kind:
            out[-1] = (kind, out[-1][1] + d.text)
        else:
            out.append((kind, d.text))
    return out


def parse(fmt: ReplyFormat, pieces: list[str], prefix: str = "call") -> list[object]:
    parser = ReplyParser(fmt, prefix)
    deltas: list[Delta] = []
    for piece in pieces:
        deltas += parser.feed(piece)
    return collapse(deltas + parser.flush())


def chunkings(text: str, seed: int, count: int = 40) -> list[list[str]]:
    """One character at a time, the whole at once, and `count` random chunkings (fixed seed)."""
    rng = random.Random(seed)
    result = [list(text), [text]]
    for _ in range(count):
        pieces, i = [], 0
        while i < len(text):
            n = rng.randint(1, 12)
            pieces.append(text[i : i + n])
            i += n
        result.append(pieces)
    return result


# -- every family, every chunking ------------------------------------------------------------------

CASES: list[tuple[str, ReplyFormat, str, list[object]]] = [
    ("plain", PLAIN, "Hello <think> [TOOL_CALLS] {", [("text", "Hello <think> [TOOL_CALLS] {")]),
    (
        "qwen3 thinks then answers",
        QWEN3,
        "<think>\nThe user greets me.\nI greet back.\n</think>\n\nHello! <b>Hi</b> 2 < 3",
        [("reasoning", "The user greets me.\nI greet back."), ("text", "Hello! <b>Hi</b> 2 < 3")],
    ),
    (
        "qwen3 thinks then calls two tools",
        QWEN3,
        "<think>\nNeed weather.\n</think>\n\n<tool_call>\n"
        '{"name": "get_weather", "arguments": {"city": "Paris", "note": "a}\\"{b"}}\n</tool_call>\n'
        '<tool_call>\n{"name": "get_time", "arguments": "{\\"tz\\": \\"CET\\"}"}\n</tool_call>',
        [
            ("reasoning", "Need weather."),
            call(0, "get_weather", json.dumps({"city": "Paris", "note": 'a}"{b'})),
            call(1, "get_time", '{"tz": "CET"}'),
        ],
    ),
    (
        "qwen3 without thinking (the prompt closed the block)",
        QWEN3,
        "Sure: 1 <tool calls here>",
        [("text", "Sure: 1 <tool calls here>")],
    ),
    (
        "hermes text, call, text",
        HERMES,
        'Let me look.\n<tool_call>\n{"name": "search", "arguments": {"q": "llama"}}\n</tool_call>\nDone.',
        [("text", "Let me look.\n"), call(0, "search", '{"q": "llama"}'), ("text", "Done.")],
    ),
    (
        "deepseek-r1: the prompt opened <think>",
        R1,
        "\nOkay, 2+2.\n  \n</think>\n\nThe answer is 4.",
        [("reasoning", "Okay, 2+2."), ("text", "The answer is 4.")],
    ),
    (
        "deepseek-r1 writing <think> again",
        R1,
        "<think>\nHm.\n</think>\n\n4",
        [("reasoning", "Hm."), ("text", "4")],
    ),
    (
        "llama 3 bare JSON call",
        LLAMA3,
        '{"name": "get_weather", "parameters": {"location": "Paris, FR"}}',
        [call(0, "get_weather", '{"location": "Paris, FR"}')],
    ),
    (
        "llama 3 two bare calls after whitespace",
        LLAMA3,
        '\n\n{"name": "a", "parameters": {"x": "}{"}}\n{"name": "b", "arguments": {}}\nThat is all.',
        [call(0, "a", '{"x": "}{"}'), call(1, "b", "{}"), ("text", "That is all.")],
    ),
    (
        "llama 3 python_tag call",
        LLAMA3,
        '<|python_tag|>{"name": "get_weather", "parameters": {"location": "Oslo"}}',
        [call(0, "get_weather", '{"location": "Oslo"}')],
    ),
    (
        "llama 3 JSON answer, not a call",
        LLAMA3,
        '{"colour": "blue", "name": "sky"} is the JSON.',
        [("text", '{"colour": "blue", "name": "sky"} is the JSON.')],
    ),
    (
        "llama 3 prose with braces",
        LLAMA3,
        'Use {"name": "x", "parameters": {}} to call.',
        [("text", 'Use {"name": "x", "parameters": {}} to call.')],
    ),
    (
        "llama 3 built-in tool call stays text",
        LLAMA3,
        '<|python_tag|>brave_search.call(query="weather")',
        [("text", '<|python_tag|>brave_search.call(query="weather")')],
    ),
    (
        "mistral v3 array of two calls",
        MISTRAL,
        'Checking.[TOOL_CALLS] [{"name": "a", "arguments": {"x": [1, {"y": 2}]}, "id": "abcdefghi"},'
        ' {"name": "b", "arguments": {}}]',
        [("text", "Checking."), call(0, "a", '{"x": [1, {"y": 2}]}'), call(1, "b", "{}")],
    ),
    (
        "mistral v11 two calls, one with a call id",
        MISTRAL,
        '[TOOL_CALLS]get_weather[CALL_ID]a1b2c3d4e[ARGS]{"city": "Paris"}[TOOL_CALLS]get_time[ARGS]{}',
        [call(0, "get_weather", '{"city": "Paris"}'), call(1, "get_time", "{}")],
    ),
    (
        "magistral thinks in [THINK]",
        MAGISTRAL,
        '[THINK]Weather needed.[/THINK][TOOL_CALLS]get_weather[ARGS]{"city": "Rome"}',
        [("reasoning", "Weather needed."), call(0, "get_weather", '{"city": "Rome"}')],
    ),
    (
        "harmony analysis then final",
        HARMONY,
        "<|channel|>analysis<|message|>User says hi. Respond.<|end|>"
        "<|start|>assistant<|channel|>final<|message|>Hello! How can I help?",
        [("reasoning", "User says hi. Respond."), ("text", "Hello! How can I help?")],
    ),
    (
        "harmony analysis then a call",
        HARMONY,
        "<|channel|>analysis<|message|>Need the weather.<|end|><|start|>assistant<|channel|>commentary "
        'to=functions.get_weather <|constrain|>json<|message|>{"location":"Tokyo"}<|call|>',
        [("reasoning", "Need the weather."), call(0, "get_weather", '{"location": "Tokyo"}')],
    ),
    (
        "harmony recipient before the channel, no <|call|> (it stopped generation)",
        HARMONY,
        ' to=functions.lookup<|channel|>commentary json<|message|>{"q": "x"}',
        [call(0, "lookup", '{"q": "x"}')],
    ),
    (
        "harmony two analysis blocks are set apart",
        HARMONY,
        "<|channel|>analysis<|message|>One.<|end|><|start|>assistant<|channel|>analysis<|message|> Two.<|end|>"
        "<|start|>assistant<|channel|>final<|message|>Done<|return|>",
        [("reasoning", "One.\n\nTwo."), ("text", "Done")],
    ),
]


@pytest.mark.parametrize(("fmt", "output", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_every_chunking_gives_the_same_deltas(fmt: ReplyFormat, output: str, expected: list[object]) -> None:
    for pieces in chunkings(output, seed=15):
        assert parse(fmt, pieces) == expected, pieces


def test_call_ids_use_the_prefix_and_count_from_zero() -> None:
    out = parse(
        HERMES, ['<tool_call>{"name": "a", "arguments": {}}</tool_call><tool_call>{"name": "b"}</tool_call>'], "x"
    )
    assert out == [call(0, "a", "{}", "x"), call(1, "b", "{}", "x")]


def test_called_tools() -> None:
    parser = ReplyParser(HERMES)
    parser.feed("<tool_call>")
    assert not parser.called_tools
    parser.feed('{"name": "a", "arguments": {}}</tool_call>')
    assert parser.called_tools
    assert not ReplyParser(QWEN3).called_tools


def test_non_ascii_arguments_survive_reserialising() -> None:
    (delta,) = parse(HERMES, ['<tool_call>{"name": "f", "arguments": {"city": "Zürich", "emoji": "🙂"}}</tool_call>'])
    assert isinstance(delta, ToolCallDelta)
    assert json.loads(delta.arguments) == {"city": "Zürich", "emoji": "🙂"}


# -- streaming: released as soon as it cannot be a marker --------------------------------------------


def test_text_comes_at_once_and_only_a_possible_marker_waits() -> None:
    parser = ReplyParser(HERMES)
    assert parser.feed("Hello") == [TextDelta("Hello")]
    assert parser.feed(" <tool") == [TextDelta(" ")]
    assert parser.feed("s are") == [TextDelta("<tools are")]
    assert parser.feed("<") == []
    assert parser.flush() == [TextDelta("<")]


def test_thinking_streams_and_holds_only_the_close_and_trailing_whitespace() -> None:
    parser = ReplyParser(QWEN3)
    assert parser.feed("<think>") == []
    assert parser.feed("\nabc") == [ReasoningDelta("abc")]
    assert parser.feed(" \n") == []
    assert parser.feed("d") == [ReasoningDelta(" \nd")]
    assert parser.feed("</thi") == []
    assert parser.feed("nk>\n\n") == []
    assert parser.feed("Ans") == [TextDelta("Ans")]
    assert parser.flush() == []


def test_plain_is_passed_through_unchanged() -> None:
    parser = ReplyParser(PLAIN)
    assert parser.feed("  <think>{") == [TextDelta("  <think>{")]
    assert parser.feed("") == []
    assert parser.flush() == []


def test_leading_whitespace_of_an_answer_without_thinking_is_kept() -> None:
    assert parse(QWEN3, ["\n", "\nHi"]) == [("text", "\n\nHi")]


# -- flush ----------------------------------------------------------------------------------------


def test_unclosed_thinking_stays_reasoning() -> None:
    assert parse(QWEN3, ["<think>\nStill going… \n"]) == [("reasoning", "Still going…")]
    assert parse(R1, ["a </th"]) == [("reasoning", "a </th")]
    assert parse(HARMONY, ["<|channel|>analysis<|message|>Hmm"]) == [("reasoning", "Hmm")]


@pytest.mark.parametrize(
    ("fmt", "output"),
    [
        (HERMES, '<tool_call>\n{"name": "get", "argu'),
        (LLAMA3, '{"name": "get", "parameters": {"a": '),
        (LLAMA3, '<|python_tag|>{"name": "get"'),
        (MISTRAL, '[TOOL_CALLS][{"name": "a", "arguments": {'),
        (MISTRAL, "[TOOL_CALLS]get_weather[AR"),
        (MISTRAL, '[TOOL_CALLS]get_weather[ARGS]{"city": "Pa'),
    ],
)
def test_an_unfinished_call_is_released_as_text(fmt: ReplyFormat, output: str) -> None:
    for pieces in chunkings(output, seed=7, count=10):
        parser = ReplyParser(fmt)
        deltas = [d for p in pieces for d in parser.feed(p)] + parser.flush()
        assert collapse(deltas) == [("text", output)]
        assert not parser.called_tools


def test_a_complete_hermes_call_without_its_close_tag_is_still_a_call() -> None:
    # Generation stops at <|im_end|>: the model sometimes ends before </tool_call>.
    assert parse(HERMES, ['<tool_call>\n{"name": "a", "arguments": {"b": 1}}\n']) == [call(0, "a", '{"b": 1}')]


def test_harmony_leftover_header_at_the_end() -> None:
    assert parse(HARMONY, ["<|channel|>final<|message|>Hi<|end|><|start|>assistant"]) == [("text", "Hi")]
    # What the model wrote outside any marker is not lost.
    assert parse(HARMONY, ["<|channel|>final<|message|>Hi<|end|><|start|>oops"]) == [("text", "Hioops")]


# -- what is not a call stays text -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fmt", "output"),
    [
        (HERMES, "<tool_call>{not json}</tool_call>"),
        (HERMES, '<tool_call>{"arguments": {}}</tool_call>'),
        (HERMES, '<tool_call>{"name": "f", "arguments": [1, 2]}</tool_call>'),
        (HERMES, "<tool_call><tool_call>{}</tool_call>"),
        (LLAMA3, '{"name": "f", "parameters": {}, "extra": 1}'),
        (LLAMA3, '{"name": "f", "parameters": {}]'),
        (MISTRAL, '[TOOL_CALLS][{"name": "a", "arguments": {}}, 3]'),
        (MISTRAL, "[TOOL_CALLS][]"),
        (MISTRAL, "[TOOL_CALLS]two words[ARGS]{}"),
        (MISTRAL, "[TOOL_CALLS]f[ARGS][1]"),
    ],
)
def test_a_call_that_does_not_parse_is_released_as_text(fmt: ReplyFormat, output: str) -> None:
    for pieces in chunkings(output, seed=3, count=10):
        assert parse(fmt, pieces) == [("text", output)], pieces


def test_after_a_failed_call_the_next_one_still_counts_from_zero() -> None:
    out = parse(HERMES, ['<tool_call>oops</tool_call> then <tool_call>{"name": "f", "arguments": {}}</tool_call>'])
    assert out == [("text", "<tool_call>oops</tool_call> then "), call(0, "f", "{}")]


def test_harmony_call_with_bad_json_is_text() -> None:
    out = parse(HARMONY, ["<|channel|>commentary to=functions.f <|constrain|>json<|message|>{oops<|call|>"])
    assert out == [("text", "{oops")]


def test_harmony_without_markers_is_plain_text() -> None:
    assert parse(HARMONY, list("Just text, no channels.")) == [("text", "Just text, no channels.")]


def test_unbalanced_and_nested_thinking_tags() -> None:
    assert parse(QWEN3, ["<think>a<think>b</think>c</think>d"]) == [("reasoning", "a<think>b"), ("text", "c</think>d")]
    assert parse(QWEN3, ["x </think> y <think> z"]) == [("text", "x </think> y <think> z")]
    assert parse(R1, ["</think></think>"]) == [("text", "</think>")]


def test_a_tool_call_inside_thinking_is_reasoning() -> None:
    out = parse(QWEN3, ['<think>maybe <tool_call>{"name": "f"}</tool_call></think>ok'])
    assert out == [("reasoning", 'maybe <tool_call>{"name": "f"}</tool_call>'), ("text", "ok")]


# -- hostile input -------------------------------------------------------------------------------

ALL_FORMATS = [PLAIN, QWEN3, R1, HERMES, LLAMA3, MISTRAL, MAGISTRAL, HARMONY]
FRAGMENTS = [
    "<think>", "</think>", "<tool_call>", "</tool_call>", "<|python_tag|>", "[TOOL_CALLS]", "[ARGS]",
    "[CALL_ID]", "[THINK]", "[/THINK]", "<|channel|>", "<|message|>", "<|end|>", "<|start|>", "<|call|>",
    " to=functions.f", "analysis", "final", "{", "}", "[", "]", '"', "\\", '{"name": "f", "arguments": {}}',
    "<", "<|", "\n", " ", "word", "é", "\x00",
]  # fmt: skip


def _emitted(deltas: list[Delta]) -> int:
    """Characters given back as text or reasoning (or as a call's arguments)."""
    total = 0
    for d in deltas:
        if isinstance(d, ToolCallDelta):
            total += len(d.arguments)
        elif isinstance(d, TextDelta | ReasoningDelta):
            total += len(d.text)
    return total


@pytest.mark.parametrize("fmt", ALL_FORMATS, ids=lambda f: repr(f)[11:60])
def test_random_marker_soup_never_raises(fmt: ReplyFormat) -> None:
    rng = random.Random(1515)
    for _ in range(60):
        text = "".join(rng.choice(FRAGMENTS) for _ in range(rng.randint(0, 80)))
        whole = parse(fmt, [text])
        pieces = chunkings(text, seed=rng.randint(0, 10**6), count=2)
        for chunked in pieces:
            assert parse(fmt, chunked) == whole


@pytest.mark.parametrize("fmt", ALL_FORMATS, ids=lambda f: repr(f)[11:60])
def test_random_bytes_never_raise(fmt: ReplyFormat) -> None:
    rng = random.Random(99)
    for _ in range(20):
        text = rng.randbytes(rng.randint(0, 3000)).decode("utf-8", errors="replace")
        parser = ReplyParser(fmt)
        for piece in chunkings(text, seed=rng.randint(0, 1000), count=1)[2]:
            parser.feed(piece)
        parser.flush()


@pytest.mark.parametrize("fmt", ALL_FORMATS, ids=lambda f: repr(f)[11:60])
def test_megabytes_without_a_marker_stream_through_with_little_held(fmt: ReplyFormat) -> None:
    # A reasoning model is in thinking here; the others answer. Either way all of it comes out,
    # lagging by no more than a marker (or a harmony header) at any point.
    parser = ReplyParser(fmt)
    piece = "lorem ipsum dolor sit amet, "
    fed = emitted = 0
    for _ in range(40_000):  # ~1.1 MB
        emitted += _emitted(parser.feed(piece))
        fed += len(piece)
        assert fed - emitted <= 600
    emitted += _emitted(parser.flush())
    in_thinking = fmt is R1  # the others answer (harmony: not harmony after all); reasoning drops its end's space
    assert fed - emitted == (1 if in_thinking else 0)


def test_whitespace_only_is_held_bounded() -> None:
    parser = ReplyParser(QWEN3)
    emitted = sum(_emitted(parser.feed("\n")) for _ in range(100_000))
    assert emitted >= 100_000 - 300
    parser = ReplyParser(R1)  # inside thinking, leading whitespace is dropped, never stored
    assert all(parser.feed(" \n") == [] for _ in range(100_000))
    assert parser.flush() == []


@pytest.mark.parametrize(
    ("fmt", "opening"),
    [
        (HERMES, "<tool_call>"),
        (LLAMA3, '{"name": "f", "parameters": {"a": "'),
        (MISTRAL, "[TOOL_CALLS][{"),
        (HARMONY, "<|channel|>commentary to=functions.f<|message|>"),
    ],
)
def test_a_call_past_its_cap_is_released_as_text(fmt: ReplyFormat, opening: str) -> None:
    parser = ReplyParser(fmt)
    emitted = _emitted(parser.feed(opening))
    fed = len(opening)
    for _ in range(100_000):  # 1 MB of call that never ends
        emitted += _emitted(parser.feed("0123456789"))
        fed += 10
        assert fed - emitted <= MAX_TOOL_CALL_CHARS + 64
    assert emitted > 0
    assert not parser.called_tools


# -- detection on the real templates ---------------------------------------------------------------


def template(name: str) -> str:
    return (TEMPLATES / f"{name}.jinja").read_text(encoding="utf-8")


def prompt(source: str) -> str:
    return ChatTemplate(source, "<s>", "</s>").render([ChatMessage("system", "Be brief."), ChatMessage("user", "Hi")])


THINK = ("<think>", "</think>")
DETECTED: list[tuple[str, tuple[str, str], bool, str, bool]] = [
    # template, thinking tags, starts in thinking (as rendered by Hearth), tool style, harmony
    ("Qwen-Qwen3-0.6B", THINK, False, "hermes", False),
    ("Qwen-QwQ-32B", THINK, False, "hermes", False),  # llama.cpp's copy adds </think> unless enable_thinking
    ("deepseek-ai-DeepSeek-R1-Distill-Llama-8B", THINK, True, "", False),
    ("deepseek-ai-DeepSeek-R1-Distill-Qwen-32B", THINK, False, "", False),
    ("HuggingFaceTB-SmolLM3-3B", THINK, False, "", False),
    ("openai-gpt-oss-120b", ("", ""), False, "", True),
    ("NousResearch-Hermes-3-Llama-3.1-8B-tool_use", ("", ""), False, "hermes", False),
    ("Qwen-Qwen2.5-7B-Instruct", ("", ""), False, "hermes", False),
    ("meta-llama-Llama-3.1-8B-Instruct", ("", ""), False, "llama3", False),
    ("meta-llama-Llama-3.2-3B-Instruct", ("", ""), False, "llama3", False),
    ("mistralai-Mistral-Nemo-Instruct-2407", ("", ""), False, "mistral", False),
    ("Mistral-Small-3.2-24B-Instruct-2506", ("", ""), False, "mistral", False),
    ("mistralai-Ministral-3-14B-Reasoning-2512", ("[THINK]", "[/THINK]"), False, "mistral", False),
    ("Qwen3-Coder", ("", ""), False, "", False),  # XML calls: not Hermes JSON
    ("google-gemma-2-2b-it", ("", ""), False, "", False),
]


@pytest.mark.parametrize(("name", "tags", "starts", "tools", "harmony"), DETECTED, ids=[d[0] for d in DETECTED])
def test_detection_on_real_templates(name: str, tags: tuple[str, str], starts: bool, tools: str, harmony: bool) -> None:
    source = template(name)
    fmt = reply_format(source, prompt(source), tools=True)
    assert (fmt.think_open, fmt.think_close, fmt.starts_in_thinking, fmt.tools, fmt.harmony) == (
        *tags,
        starts,
        tools,
        harmony,
    )
    assert reply_format(source, prompt(source), tools=False).tools == ""


def test_the_prompt_tail_decides_starts_in_thinking() -> None:
    qwen3 = template("Qwen-Qwen3-0.6B")
    assert reply_format(qwen3, "<|im_start|>assistant\n<think>\n", False).starts_in_thinking
    assert not reply_format(qwen3, "<|im_start|>assistant\n<think>\n\n</think>\n\n", False).starts_in_thinking
    # A template that does not mention <think> but whose prompt opens one.
    assert reply_format("{{ messages }}", "…<think>\n", False) == R1


def test_no_template_is_plain() -> None:
    assert reply_format(None, "", True) == PLAIN
    assert reply_format("", "hello", True) == PLAIN
    assert not template_takes_thinking_switch(None)


@pytest.mark.parametrize(
    ("name", "switch"),
    [
        ("Qwen-Qwen3-0.6B", True),
        ("HuggingFaceTB-SmolLM3-3B", True),
        ("deepseek-ai-DeepSeek-R1-Distill-Qwen-32B", True),
        ("deepseek-ai-DeepSeek-R1-Distill-Llama-8B", False),
        ("meta-llama-Llama-3.1-8B-Instruct", False),
        ("openai-gpt-oss-120b", False),
    ],
)
def test_thinking_switch(name: str, switch: bool) -> None:
    assert template_takes_thinking_switch(template(name)) is switch


def test_which_formats_need_special_tokens() -> None:
    assert HARMONY.needs_special_tokens
    assert LLAMA3.needs_special_tokens
    assert MISTRAL.needs_special_tokens
    assert MAGISTRAL.needs_special_tokens
    assert not QWEN3.needs_special_tokens  # <think> and <tool_call> are ordinary added tokens
    assert not R1.needs_special_tokens
    assert not PLAIN.needs_special_tokens


def test_the_fixtures_name_their_source() -> None:
    readme = (TEMPLATES / "README.md").read_text(encoding="utf-8")
    for path in TEMPLATES.glob("*.jinja"):
        assert path.name in readme
