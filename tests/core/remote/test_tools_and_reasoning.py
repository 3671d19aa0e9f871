"""Thinking and tool calls through a remote engine, against the stand-in server over real HTTP: what
Hearth sends (tools, the thinking switch, a tool round in OpenAI's shape) and what it makes of what
comes back, however a server shapes (or misshapes) it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import openai
import pytest

from desktop.core.backends.remote.backend import RemoteBackend
from desktop.core.backends.remote.client import RemoteError
from desktop.core.chat_settings import ChatSettings
from desktop.core.messages import ChatMessage, ReasoningPart, TextPart, ToolCallPart, ToolResultPart
from desktop.core.remotes.endpoints import Endpoint, EndpointStore
from desktop.core.runtime.types import (
    Delta,
    LoadOptions,
    ModelRef,
    ReasoningDelta,
    ReplyRequest,
    ReplyResult,
    RequestRejected,
    TextDelta,
    ToolCallDelta,
    ToolSpec,
)
from desktop.core.session.reply_stream import ReplyStream
from desktop.core.store.records import Message
from tests.helpers.hostile_openai import (
    HostileOpenAI,
    ReasoningField,
    Script,
    ScriptedCall,
    error_body,
    event,
    reply_events,
    tool_calls_delta,
    tool_reply_events,
)

MODEL = ModelRef("remote", endpoint="gpu", model_id="tiny")
CHAT = "/v1/chat/completions"
WAIT_S = 5.0
ADD = ToolSpec(
    "add",
    "Adds two numbers.",
    json.dumps({"type": "object", "properties": {"a": {"type": "number"}, "b": {"type": "number"}}}),
    server="calc",
)
NOW = ToolSpec("now", "The time.")


@pytest.fixture
def server() -> Iterator[HostileOpenAI]:
    with HostileOpenAI() as stand_in:
        yield stand_in


@pytest.fixture
def backend(tmp_path: Path, server: HostileOpenAI) -> Iterator[RemoteBackend]:
    endpoints = EndpointStore(tmp_path / "remotes.json")
    endpoints.add(Endpoint("gpu", server.url))
    remote = RemoteBackend(endpoints, stall_s=3.0)
    remote.load(MODEL, LoadOptions(context_length=2048))
    yield remote
    remote.unload()


def ask(*messages: ChatMessage, max_tokens: int = 200, **options: object) -> ReplyRequest:
    chat = list(messages) or [ChatMessage("user", "What is 2 + 3?")]
    return ReplyRequest("chat", chat, ChatSettings(max_tokens=max_tokens), **options)  # type: ignore[arg-type]


def reply(backend: RemoteBackend, request: ReplyRequest) -> tuple[ReplyResult, list[Delta]]:
    result = ReplyResult()
    return result, list(backend.stream(request, result))


def failing(backend: RemoteBackend, request: ReplyRequest) -> tuple[ReplyResult, str]:
    result = ReplyResult()
    with pytest.raises(RemoteError) as raised:
        list(backend.stream(request, result))
    message = str(raised.value)
    assert "\n" not in message
    return result, message


def as_stored(deltas: list[Delta]) -> list[object]:
    """The reply's parts as the session keeps them (the real ReplyStream assembles the deltas)."""
    stream = ReplyStream(None, Message(1, 1, None, "assistant", ""))
    stream.take(deltas)
    return list(stream.parts())


def calls_of(deltas: list[Delta]) -> list[ToolCallPart]:
    return [part for part in as_stored(deltas) if isinstance(part, ToolCallPart)]


# -- thinking ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("field", ["reasoning_content", "reasoning"])
def test_thinking_arrives_as_reasoning_in_order_before_the_answer(
    backend: RemoteBackend, server: HostileOpenAI, field: ReasoningField
) -> None:
    server.queue(
        Script(body=tool_reply_events(["Two", " plus three", " is five."], texts=["It is", " 5."], field=field))
    )
    result, deltas = reply(backend, ask())
    kinds = [type(d).__name__ for d in deltas if isinstance(d, TextDelta | ReasoningDelta)]
    assert kinds == ["ReasoningDelta"] * 3 + ["TextDelta"] * 2
    assert [d.text for d in deltas if isinstance(d, ReasoningDelta)] == ["Two", " plus three", " is five."]
    assert result.text == "It is 5." and result.finish == "stop"
    assert as_stored(deltas)[:2] == [ReasoningPart("Two plus three is five.", 0.0), TextPart("It is 5.")]


@pytest.mark.parametrize(("thinking", "sent"), [(True, {"enable_thinking": True}), (False, {"enable_thinking": False})])
def test_the_thinking_switch_goes_to_the_chat_template(
    backend: RemoteBackend, server: HostileOpenAI, thinking: bool, sent: dict[str, bool]
) -> None:
    reply(backend, ask(thinking=thinking))
    assert server.last(CHAT).body["chat_template_kwargs"] == sent


def test_no_thinking_switch_leaves_the_templates_default(backend: RemoteBackend, server: HostileOpenAI) -> None:
    reply(backend, ask())
    reply(backend, ask(prompt="Once upon", thinking=False))  # a completion has no chat template
    assert all("chat_template_kwargs" not in body for body in server.bodies(CHAT) + server.bodies("/v1/completions"))


def test_a_server_that_refuses_the_thinking_switch_is_asked_again_without_it(
    backend: RemoteBackend, server: HostileOpenAI
) -> None:
    refused = error_body("Unrecognized request argument supplied: chat_template_kwargs")
    server.queue(Script(400, {}, [refused], "close", content_type="application/json"))
    server.queue(Script(body=reply_events(["fine"])), Script(body=reply_events(["again"])))
    assert reply(backend, ask(thinking=False))[0].text == "fine"
    assert reply(backend, ask(thinking=False))[0].text == "again"
    first, second, third = server.bodies(CHAT)
    assert first["chat_template_kwargs"] == {"enable_thinking": False}
    assert "chat_template_kwargs" not in second and "chat_template_kwargs" not in third  # not asked again


def loaded(tmp_path: Path, server: HostileOpenAI) -> RemoteBackend:
    endpoints = EndpointStore(tmp_path / "other.json")
    endpoints.add(Endpoint("gpu", server.url))
    remote = RemoteBackend(endpoints, stall_s=3.0)
    remote.load(MODEL, LoadOptions(context_length=2048))
    return remote


@pytest.mark.parametrize(
    ("template", "switch"),
    [("{% if enable_thinking is false %}<think></think>{% endif %}", True), ("{{ messages }}", False)],
)
def test_llama_servers_template_says_whether_thinking_can_be_switched(
    tmp_path: Path, server: HostileOpenAI, template: str, switch: bool
) -> None:
    server.tokenizer = "llama-server"
    server.props = {"default_generation_settings": {"n_ctx": 4096}, "chat_template": template}
    remote = loaded(tmp_path, server)
    assert remote.model is not None and remote.model.thinking_switch is switch
    remote.unload()


@pytest.mark.parametrize("reads_it", [True, False])
def test_vllms_counts_say_whether_thinking_can_be_switched(
    tmp_path: Path, server: HostileOpenAI, reads_it: bool
) -> None:
    server.tokenizer, server.thinking_template = "vllm", reads_it
    server.models = [{"id": "tiny", "max_model_len": 8192}]
    remote = loaded(tmp_path, server)
    assert remote.model is not None and remote.model.thinking_switch is reads_it
    asked = [body.get("chat_template_kwargs") for body in server.bodies("/tokenize") if "messages" in body]
    assert {"enable_thinking": False} in asked and {"enable_thinking": True} in asked
    remote.unload()


def test_a_server_with_no_tokenizer_cannot_say_so_the_switch_is_not_offered(backend: RemoteBackend) -> None:
    assert backend.model is not None and backend.model.thinking_switch is False


# -- offering tools ----------------------------------------------------------------------------------


def test_the_tools_are_offered_in_openais_shape_and_the_model_chooses(
    backend: RemoteBackend, server: HostileOpenAI
) -> None:
    reply(backend, ask(tools=(ADD, NOW)))
    sent = server.last(CHAT).body
    assert sent["tools"] == [
        {
            "type": "function",
            "function": {
                "name": "add",
                "description": "Adds two numbers.",
                "parameters": {"type": "object", "properties": {"a": {"type": "number"}, "b": {"type": "number"}}},
            },
        },
        {
            "type": "function",
            "function": {"name": "now", "description": "The time.", "parameters": {"type": "object", "properties": {}}},
        },
    ]
    assert "tool_choice" not in sent


def test_no_tools_sends_no_tools(backend: RemoteBackend, server: HostileOpenAI) -> None:
    reply(backend, ask())
    assert "tools" not in server.last(CHAT).body


@pytest.mark.parametrize("schema", ["[1, 2]", "not json", '"object"', "", "null"])
def test_a_tool_whose_schema_is_not_a_json_object_is_refused_before_anything_is_sent(
    backend: RemoteBackend, server: HostileOpenAI, schema: str
) -> None:
    broken = ToolSpec("bad\ntool", parameters=schema)
    with pytest.raises(RequestRejected) as raised:
        reply(backend, ask(tools=(ADD, broken)))
    assert str(raised.value) == "the tool 'bad tool' has parameters that are not a JSON schema object"
    assert CHAT not in server.paths()


# -- tool calls coming back --------------------------------------------------------------------------


def test_streamed_tool_call_fragments_assemble_into_the_calls(backend: RemoteBackend, server: HostileOpenAI) -> None:
    calls = [ScriptedCall("add", '{"a": 2, "b": 3}', id="call_x"), ScriptedCall("now", "{}", id="call_y")]
    usage = {"prompt_tokens": 40, "completion_tokens": 12, "total_tokens": 52}
    server.queue(Script(body=tool_reply_events(["I should add."], calls, fragment=3, usage=usage)))
    result, deltas = reply(backend, ask(tools=(ADD, NOW)))
    assert (result.prompt_tokens, result.tokens) == (40, 12)
    pieces = [d for d in deltas if isinstance(d, ToolCallDelta)]
    assert pieces[0] == ToolCallDelta(0, "call_x", "add", "")
    assert all(p.id == "" and p.name == "" for p in pieces[1:] if p.index == 0)  # later ones: arguments only
    assert len(pieces) == 1 + 6 + 1 + 1  # each call's first fragment, then its arguments 3 characters at a time
    assert calls_of(deltas) == [ToolCallPart("call_x", "add", '{"a": 2, "b": 3}'), ToolCallPart("call_y", "now", "{}")]
    assert result.finish == "stop" and result.text == ""  # a reply that calls tools ends there
    assert isinstance(deltas[0], ReasoningDelta)


def test_a_call_sent_whole_without_an_id_and_with_object_arguments_is_taken(
    backend: RemoteBackend, server: HostileOpenAI
) -> None:
    """Ollama's shape: each call whole in one delta; some servers give no id and no index."""
    whole = tool_calls_delta(
        {"function": {"name": "add", "arguments": {"a": 1, "b": 2}}},
        {"type": "function", "function": {"name": "now", "arguments": {}}},
    )
    server.queue(Script(body=[whole, event({"choices": [{"delta": {}, "finish_reason": "tool_calls"}]})]))
    _, deltas = reply(backend, ask(tools=(ADD, NOW)))
    assert [d for d in deltas if isinstance(d, ToolCallDelta)] == [
        ToolCallDelta(0, "call_0", "add", '{"a": 1, "b": 2}'),
        ToolCallDelta(1, "call_1", "now", "{}"),
    ]


def test_a_name_repeated_in_every_fragment_is_taken_once(backend: RemoteBackend, server: HostileOpenAI) -> None:
    repeated = [tool_calls_delta({"index": 0, "function": {"name": "add", "arguments": a}}) for a in ('{"a"', ": 1}")]
    server.queue(Script(body=[*repeated, *reply_events([], finish="tool_calls")]))
    _, deltas = reply(backend, ask(tools=(ADD,)))
    assert [d for d in deltas if isinstance(d, ToolCallDelta)] == [
        ToolCallDelta(0, "call_0", "add", '{"a"'),
        ToolCallDelta(0, "", "", ": 1}"),
    ]
    assert calls_of(deltas) == [ToolCallPart("call_0", "add", '{"a": 1}')]


def test_tool_calls_of_garbage_shapes_are_passed_over(backend: RemoteBackend, server: HostileOpenAI) -> None:
    garbage = [
        {"choices": [{"delta": {"tool_calls": "add(1, 2)"}}]},
        {"choices": [{"delta": {"tool_calls": {"index": 0}}}]},
        {"choices": [{"delta": {"tool_calls": [None, 5, "x", [], True]}}]},
        {"choices": [{"delta": {"tool_calls": [{"index": 0}]}}]},
        {"choices": [{"delta": {"tool_calls": [{"index": 0, "function": "add"}]}}]},
        {
            "choices": [
                {"delta": {"tool_calls": [{"index": 0, "id": 7, "function": {"name": ["add"], "arguments": 3}}]}}
            ]
        },
        {
            "choices": [
                {"delta": {"tool_calls": [{"index": 1, "type": "custom", "custom": {"name": "rm", "input": "-rf"}}]}}
            ]
        },
        {"choices": [{"delta": {"tool_calls": [{"index": {"n": 1}, "function": {"arguments": None}}]}}]},
    ]
    good = tool_calls_delta({"index": 0, "id": "call_ok", "function": {"name": "add", "arguments": '{"a": 1}'}})
    server.queue(Script(body=[*map(event, garbage), good, *reply_events(["done"], finish="tool_calls")]))
    result, deltas = reply(backend, ask(tools=(ADD,)))
    assert calls_of(deltas) == [ToolCallPart("call_ok", "add", '{"a": 1}')]
    assert result.text == "done" and result.finish == "stop"


def test_a_flood_of_argument_text_ends_the_reply_on_one_line(backend: RemoteBackend, server: HostileOpenAI) -> None:
    def flood() -> Iterator[bytes]:
        yield tool_calls_delta({"index": 0, "id": "call_f", "function": {"name": "add", "arguments": '{"a": "'}})
        while True:
            yield tool_calls_delta({"index": 0, "function": {"arguments": "x" * 8192}})

    server.queue(Script(body=flood))
    _, message = failing(backend, ask(max_tokens=100_000, tools=(ADD,)))
    assert message == "gpu sent a tool call of over 256 KB; the reply was cut there"
    assert server.disconnected.wait(WAIT_S)  # the connection was closed: the server stops too


def test_a_flood_of_calls_ends_the_reply_on_one_line(backend: RemoteBackend, server: HostileOpenAI) -> None:
    many = tool_calls_delta(*({"index": n, "function": {"name": "now", "arguments": "{}"}} for n in range(500)))
    server.queue(Script(body=[many, *reply_events([], finish="tool_calls")]))
    _, message = failing(backend, ask(tools=(NOW,)))
    assert message == "gpu sent over 128 tool calls in one reply; the reply was cut there"


def test_tool_call_arguments_count_towards_max_tokens(backend: RemoteBackend, server: HostileOpenAI) -> None:
    def long_call() -> Iterator[bytes]:
        while True:
            yield tool_calls_delta({"index": 0, "function": {"name": "add", "arguments": "y" * 2000}})

    server.queue(Script(body=long_call))
    result, _ = reply(backend, ask(max_tokens=10, tools=(ADD,)))
    assert result.finish == "length"


def test_a_chunk_nested_deeper_than_python_reads_is_malformed(backend: RemoteBackend, server: HostileOpenAI) -> None:
    deep = b'data: {"choices": [{"delta": {"tool_calls": ' + b"[" * 200_000 + b"\n\n"
    server.queue(Script(body=[deep]))
    _, message = failing(backend, ask(tools=(ADD,)))
    assert message == "gpu sent a malformed stream (a chunk that is not JSON)"


# -- a tool round going back -------------------------------------------------------------------------


def test_the_call_and_its_result_go_back_in_openais_shape_without_the_thinking(
    backend: RemoteBackend, server: HostileOpenAI
) -> None:
    server.queue(Script(body=tool_reply_events(["Secret musing."], [ScriptedCall("add", '{"a": 2, "b": 3}')])))
    question = ChatMessage("user", "What is 2 + 3?")
    _, deltas = reply(backend, ask(question, tools=(ADD,)))
    called = ChatMessage.of("assistant", as_stored(deltas))  # type: ignore[arg-type]
    answered = ChatMessage.of("tool", [ToolResultPart("call_0", "5")])
    spoke = ChatMessage.of(
        "assistant", [ReasoningPart("Hmm."), TextPart("Let me add."), ToolCallPart("c2", "add", "{}")]
    )
    failed = ChatMessage.of("tool", [ToolResultPart("c2", "missing a and b", is_error=True)])
    server.queue(Script(body=reply_events(["It is 5."])))
    result, _ = reply(backend, ask(question, called, answered, spoke, failed, tools=(ADD,)))
    assert result.text == "It is 5."
    sent = server.last(CHAT).body
    assert sent["messages"] == [
        {"role": "user", "content": "What is 2 + 3?"},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {"id": "call_0", "type": "function", "function": {"name": "add", "arguments": '{"a": 2, "b": 3}'}}
            ],
        },
        {"role": "tool", "tool_call_id": "call_0", "content": "5"},
        {
            "role": "assistant",
            "content": "Let me add.",
            "tool_calls": [{"id": "c2", "type": "function", "function": {"name": "add", "arguments": "{}"}}],
        },
        {"role": "tool", "tool_call_id": "c2", "content": "missing a and b"},
    ]
    assert "Secret musing" not in json.dumps(sent) and "Hmm." not in json.dumps(sent)


def test_a_reply_with_thinking_but_no_calls_goes_back_as_its_text(
    backend: RemoteBackend, server: HostileOpenAI
) -> None:
    earlier = ChatMessage.of("assistant", [ReasoningPart("Let me think."), TextPart("Hello!")])
    reply(backend, ask(ChatMessage("user", "hi"), earlier, ChatMessage("user", "and?")))
    assert server.last(CHAT).body["messages"][1] == {"role": "assistant", "content": "Hello!"}


def test_the_remote_backend_says_it_can_call_tools_and_think(backend: RemoteBackend) -> None:
    assert backend.capabilities.tools and backend.capabilities.reasoning


# -- the official client reads the stand-in's stream as Hearth does ------------------------------------


def test_the_openai_client_assembles_the_same_calls_from_the_same_stream(
    backend: RemoteBackend, server: HostileOpenAI
) -> None:
    """The stand-in streams calls as OpenAI does: the official client's own assembly of the same bytes
    gives the same calls Hearth made of them."""
    calls = [ScriptedCall("add", '{"a": 2, "b": 3}', id="call_a"), ScriptedCall("now", "{}", id="call_b")]
    script = tool_reply_events(["Thinking."], calls, texts=["Sure."], fragment=2)
    server.queue(Script(body=script), Script(body=script))
    _, deltas = reply(backend, ask(tools=(ADD, NOW)))
    client = openai.OpenAI(
        base_url=f"{server.url}/v1",
        api_key="none",
        max_retries=0,
        http_client=openai.DefaultHttpxClient(trust_env=False),
    )
    tools = server.last(CHAT).body["tools"]  # what Hearth sent is what the official client sends too
    with (
        client,
        client.chat.completions.stream(model="tiny", messages=[{"role": "user", "content": "2+3?"}], tools=tools) as s,
    ):
        final = s.get_final_completion()
    message = final.choices[0].message
    theirs = [ToolCallPart(c.id, c.function.name, c.function.arguments) for c in message.tool_calls or []]
    assert theirs == calls_of(deltas)
    assert message.content == "Sure." and final.choices[0].finish_reason == "tool_calls"
