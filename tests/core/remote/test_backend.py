"""The remote backend against a hostile stand-in server: it cannot crash, hang or fool Hearth."""

from __future__ import annotations

import io
import json
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backends import fail

from desktop.cli.terminal import for_terminal
from desktop.core.backends.remote.backend import RemoteBackend
from desktop.core.backends.remote.client import RemoteError
from desktop.core.chat_settings import ChatSettings
from desktop.core.messages import ChatMessage
from desktop.core.remotes.endpoints import Endpoint, EndpointStore
from desktop.core.runtime.types import (
    Delta,
    EngineError,
    LoadOptions,
    ModelRef,
    ReasoningDelta,
    ReplyRequest,
    ReplyResult,
    TextDelta,
    Usage,
)
from desktop.core.text import one_line, terminal_text
from tests.helpers.file_keyring import using_keyring
from tests.helpers.hostile_openai import (
    HostileOpenAI,
    Script,
    delta,
    endless,
    error_body,
    event,
    reply_events,
)

MODEL = ModelRef("remote", endpoint="gpu", model_id="tiny")
CHAT = "/v1/chat/completions"
WAIT_S = 5.0
# For the Stop tests: no stall timeout ends a reply before the wait for it does, so a Stop that did not
# close the connection fails them. (How soon Stop ends a reply: `remote_stop_latency_ms`, --remote.)
NEVER_STALLS_S = 600.0


@pytest.fixture
def server() -> Iterator[HostileOpenAI]:
    with HostileOpenAI() as stand_in:
        yield stand_in


@pytest.fixture
def store(tmp_path: Path, server: HostileOpenAI) -> EndpointStore:
    endpoints = EndpointStore(tmp_path / "remotes.json")
    endpoints.add(Endpoint("gpu", server.url))
    return endpoints


def loaded(store: EndpointStore, stall_s: float = 3.0) -> RemoteBackend:
    backend = RemoteBackend(store, stall_s=stall_s)
    backend.load(MODEL, LoadOptions(context_length=2048))
    return backend


@pytest.fixture
def backend(store: EndpointStore) -> Iterator[RemoteBackend]:
    remote = loaded(store)
    yield remote
    remote.unload()


def ask(text: str = "hi", max_tokens: int = 100, **options: object) -> ReplyRequest:
    settings = ChatSettings(max_tokens=max_tokens, seed=42)
    return ReplyRequest("chat", [ChatMessage("user", text)], settings, **options)  # type: ignore[arg-type]


def reply(backend: RemoteBackend, request: ReplyRequest) -> tuple[ReplyResult, list[Delta]]:
    result = ReplyResult()
    return result, list(backend.stream(request, result))


def failing(backend: RemoteBackend, request: ReplyRequest) -> tuple[ReplyResult, str]:
    result = ReplyResult()
    with pytest.raises(RemoteError) as raised:
        list(backend.stream(request, result))
    message = str(raised.value)
    assert "\n" not in message and "\x1b" not in message
    return result, message


def stopped(backend: RemoteBackend, request: ReplyRequest, ready: threading.Event | None = None) -> ReplyResult:
    """Stream `request` on a thread of its own and press Stop once `ready` is set (None: once text came),
    as the window would; the reply once it has ended, or a failure if it is still going WAIT_S later."""
    result = ReplyResult()
    text_came, ended = threading.Event(), threading.Event()
    raised: list[BaseException] = []

    def stream() -> None:
        try:
            for piece in backend.stream(request, result):
                if isinstance(piece, TextDelta):
                    text_came.set()
        except BaseException as error:  # re-raised in the test's thread
            raised.append(error)
        finally:
            ended.set()

    threading.Thread(target=stream, daemon=True).start()
    assert (ready or text_came).wait(WAIT_S)
    request.stop.set()
    assert ended.wait(WAIT_S), "the reply went on after Stop"
    if raised:
        raise raised[0]
    return result


@pytest.fixture
def patient(store: EndpointStore) -> Iterator[RemoteBackend]:
    """A backend that waits for a silent server longer than any test waits for it."""
    remote = loaded(store, stall_s=NEVER_STALLS_S)
    yield remote
    remote.unload()


# -- a well-behaved server ------------------------------------------------------------------------


def test_a_streamed_reply_arrives_with_its_usage(backend: RemoteBackend, server: HostileOpenAI) -> None:
    usage = {"prompt_tokens": 11, "completion_tokens": 2, "total_tokens": 13}
    server.queue(Script(body=reply_events(["Hello", " world"], usage=usage)))
    result, deltas = reply(backend, ask("hi"))
    assert result.text == "Hello world" and result.finish == "stop"
    assert [d.text for d in deltas if isinstance(d, TextDelta)] == ["Hello", " world"]
    assert isinstance(deltas[-1], Usage) and deltas[-1].completion_tokens == 2
    assert (result.prompt_tokens, result.tokens, result.seed) == (11, 2, 42)
    sent = server.last(CHAT).body
    assert sent["model"] == "tiny" and sent["stream"] is True and sent["max_tokens"] == 100 and sent["seed"] == 42
    assert sent["messages"] == [{"role": "user", "content": "hi"}]


def test_reasoning_is_given_apart_from_the_text(backend: RemoteBackend, server: HostileOpenAI) -> None:
    thinking = event({"choices": [{"delta": {"reasoning_content": "Let me think."}, "finish_reason": None}]})
    server.queue(Script(body=[thinking, *reply_events(["42"])]))
    result, deltas = reply(backend, ask())
    assert [d.text for d in deltas if isinstance(d, ReasoningDelta)] == ["Let me think."]
    assert result.text == "42"


def test_a_completion_goes_to_the_completions_path(backend: RemoteBackend, server: HostileOpenAI) -> None:
    pieces = [event({"choices": [{"text": t, "finish_reason": None}]}) for t in ("Once", " upon")]
    pieces += [event({"choices": [{"text": "", "finish_reason": "length"}]}), b"data: [DONE]\n\n"]
    server.queue(Script(body=pieces))
    result, _ = reply(backend, ask(prompt="Tell me a story"))
    assert result.text == "Once upon" and result.finish == "length"
    assert server.last("/v1/completions").body["prompt"] == "Tell me a story"


def test_sampling_extras_refused_with_a_400_are_dropped_and_asked_again(
    backend: RemoteBackend, server: HostileOpenAI
) -> None:
    refused = Script(400, {}, [error_body("Unrecognized request argument: top_k")], "close", content_type="x/json")
    server.queue(refused, Script(body=reply_events(["ok"])))
    result, _ = reply(backend, ask())
    first, second = [r.body for r in server.requests if r.path == CHAT]
    assert "top_k" in first and "top_k" not in second and "min_p" not in second
    assert result.text == "ok"


# -- what a reply holds arrives as it was sent, and is escaped only where it is shown ---------------


def test_control_ansi_bidi_and_html_in_a_reply_arrive_unchanged(backend: RemoteBackend, server: HostileOpenAI) -> None:
    pieces = [
        "\x1b]0;pwned\x07\x1b[2J",
        "<script>alert(1)</script>&amp;",
        "\u202eevil\u2066",
        "a\u2028b\u2029c\x85d",
        "\r\nline\ttab\x00nul",
        "🎉 世界",
    ]
    server.queue(Script(body=reply_events(pieces)))
    result, _ = reply(backend, ask())
    assert result.text == "".join(pieces)  # escaping happens at display time, not here
    shown = terminal_text(result.text)
    for raw, escaped in [("\x1b", "\\x1b"), ("\x07", "\\x07"), ("\u202e", "\\u202e"), ("\x00", "\\x00")]:
        assert raw not in shown and escaped in shown
    assert "\n" in shown and "\t" in shown and "<script>" in shown  # lines and tabs stay; HTML is text
    assert "\n" not in one_line(result.text) and "\x1b" not in one_line(result.text)

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert for_terminal(result.text, Tty()) == shown
    assert for_terminal(result.text, io.StringIO()) == result.text  # into a pipe it goes as it is


# -- a broken stream ----------------------------------------------------------------------------


def test_a_chunk_that_is_not_json_ends_the_reply_keeping_what_came(
    backend: RemoteBackend, server: HostileOpenAI
) -> None:
    server.queue(Script(body=[delta("Par"), delta("tial"), b"data: {not json\n\n", delta("never")]))
    result, message = failing(backend, ask())
    assert message == "gpu sent a malformed stream (a chunk that is not JSON)"
    assert result.text == "Partial"


def test_a_chunk_that_is_json_but_not_an_object_is_malformed(backend: RemoteBackend, server: HostileOpenAI) -> None:
    server.queue(Script(body=[b"data: [1, 2]\n\n"]))
    _, message = failing(backend, ask())
    assert message == "gpu sent a malformed stream (a chunk that is not a JSON object)"


def test_chunks_of_odd_shapes_are_passed_over(backend: RemoteBackend, server: HostileOpenAI) -> None:
    odd = [
        {},
        {"choices": None},
        {"choices": "text"},
        {"choices": [None]},
        {"choices": [{"delta": "text"}]},
        {"choices": [{"delta": {"content": 5, "reasoning_content": ["x"]}}]},
        {"choices": [{"delta": {"content": None}, "finish_reason": 7}]},
        {"usage": "lots"},
        {"usage": {"prompt_tokens": -4, "completion_tokens": True}},
    ]
    server.queue(Script(body=[b": keep-alive\n\n", *map(event, odd), *reply_events(["fine"])]))
    result, _ = reply(backend, ask())
    assert result.text == "fine" and result.finish == "stop"
    assert result.prompt_tokens == 0 and result.tokens == 1


def test_an_error_sent_in_the_stream_is_said(backend: RemoteBackend, server: HostileOpenAI) -> None:
    server.queue(Script(body=[delta("so far"), event({"error": {"message": "CUDA out of memory\n\x1b[31m"}})]))
    result, message = failing(backend, ask())
    assert message == "gpu failed mid-reply: CUDA out of memory \\x1b[31m"
    assert result.text == "so far"


def test_a_line_of_over_a_megabyte_is_refused(backend: RemoteBackend, server: HostileOpenAI) -> None:
    server.queue(Script(body=[delta("start"), b"data: " + b"x" * (1 << 20)], after="hold"))
    result, message = failing(backend, ask())
    assert message == "gpu sent a line of over 1,024 KB in one chunk; the reply was cut there"
    assert result.text == "start"
    assert server.disconnected.wait(WAIT_S)  # the connection was closed, not left to the server


def test_an_event_of_many_data_lines_over_a_megabyte_is_refused(backend: RemoteBackend, server: HostileOpenAI) -> None:
    server.queue(Script(body=[b"data: " + b"y" * 1000 + b"\n"] * 1100, after="hold"))
    _, message = failing(backend, ask())
    assert message == "gpu sent an event of over 1,024 KB in one chunk; the reply was cut there"


def test_an_endless_stream_is_cut_at_max_tokens(backend: RemoteBackend, server: HostileOpenAI) -> None:
    server.queue(Script(body=endless))
    result, deltas = reply(backend, ask(max_tokens=5))
    assert result.finish == "length"
    pieces = [d for d in deltas if isinstance(d, TextDelta)]
    assert 5 <= len(pieces) <= 5 * 2 + 17 and result.text == "la" * len(pieces)
    assert server.disconnected.wait(WAIT_S)  # and the server was told, by the connection closing


def test_an_endless_stream_of_empty_events_is_cut_too(backend: RemoteBackend, server: HostileOpenAI) -> None:
    def empty_forever() -> Iterator[bytes]:
        while True:
            yield event({"choices": []})

    server.queue(Script(body=empty_forever))
    result, _ = reply(backend, ask(max_tokens=5))
    assert result.finish == "length" and result.text == ""


def test_an_endless_stream_of_huge_pieces_is_cut_before_it_fills_memory(
    backend: RemoteBackend, server: HostileOpenAI
) -> None:
    server.queue(Script(body=lambda: endless("z" * 100_000)))
    result, _ = reply(backend, ask(max_tokens=100))
    assert result.finish == "length"
    assert len(result.text) <= 100 * 64 + 4096 + 100_000  # a bound set by max_tokens, not by the server


def test_a_server_that_falls_silent_is_given_up(store: EndpointStore, server: HostileOpenAI) -> None:
    backend = loaded(store, stall_s=0.5)
    server.queue(Script(body=[delta("Hel")], after="hold"))
    started = time.perf_counter()
    result, message = failing(backend, ask())
    assert message == "gpu stopped sending (nothing for 0.5 s)"
    assert time.perf_counter() - started > 0.4  # it waited for the stall time, it did not give up at once
    assert result.text == "Hel"
    backend.unload()


def test_a_server_that_never_starts_answering_is_given_up(store: EndpointStore, server: HostileOpenAI) -> None:
    backend = loaded(store, stall_s=0.5)
    server.queue(Script(hold_before_headers=True))
    _, message = failing(backend, ask())
    assert message == "gpu did not answer in 0.5 s"
    backend.unload()


@pytest.mark.parametrize("framing", ["chunked", "close"])
def test_a_connection_dropped_mid_reply_keeps_the_partial_text(
    backend: RemoteBackend, server: HostileOpenAI, framing: str
) -> None:
    server.queue(Script(body=[delta("The answer"), delta(" is")], framing=framing, after="drop"))  # type: ignore[arg-type]
    result, message = failing(backend, ask())
    assert message.startswith("gpu stopped answering mid-reply (") and message.endswith(")")
    assert result.text == "The answer is"


# -- refusals ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "said"),
    [
        (401, "gpu refused the API key (401 Unauthorized): Invalid API key"),
        (403, "gpu refused access (403 Forbidden): Invalid API key"),
        (404, "gpu has no /v1/chat/completions (404 Not Found): Invalid API key"),
        (500, "gpu failed (HTTP 500): Invalid API key"),
    ],
)
def test_a_refused_reply_is_said_on_one_line(
    backend: RemoteBackend, server: HostileOpenAI, status: int, said: str
) -> None:
    server.queue(Script(status, {}, [error_body("Invalid API key")], "close", content_type="application/json"))
    _, message = failing(backend, ask())
    assert message == said


def test_rate_limited_twice_then_answered(backend: RemoteBackend, server: HostileOpenAI) -> None:
    limited = Script(429, {"Retry-After": "0"}, [error_body("Rate limit reached")], "close", content_type="x/json")
    server.queue(limited, limited, Script(body=reply_events(["at last"])))
    result, _ = reply(backend, ask())
    assert result.text == "at last"
    assert server.paths("POST").count(CHAT) == 3


def test_a_redirected_reply_never_reaches_the_other_server(backend: RemoteBackend, server: HostileOpenAI) -> None:
    with HostileOpenAI() as other:
        server.queue(Script(307, {"Location": f"{other.url}{CHAT}"}, [b""], "close"))
        _, message = failing(backend, ask())
        assert "redirected /v1/chat/completions to 127.0.0.1" in message and "not followed" in message
        assert other.requests == []


def test_an_endpoint_nobody_listens_on_is_unreachable(tmp_path: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    store = EndpointStore(tmp_path / "remotes.json")
    store.add(Endpoint("gpu", f"http://127.0.0.1:{port}"))
    with pytest.raises(RemoteError) as raised:
        RemoteBackend(store).load(MODEL, LoadOptions())
    assert str(raised.value) == "gpu is unreachable (connection refused)"


# -- Stop ----------------------------------------------------------------------------------------


def test_stop_mid_stream_ends_the_reply_and_the_server_sees_it(patient: RemoteBackend, server: HostileOpenAI) -> None:
    server.queue(Script(body=endless, pause_s=0.01))
    result = stopped(patient, ask(max_tokens=100_000))
    assert result.finish == "stopped" and result.text.startswith("la")  # what came before the Stop is kept
    assert server.disconnected.wait(WAIT_S)


def test_stop_while_the_server_thinks_before_answering(patient: RemoteBackend, server: HostileOpenAI) -> None:
    """A long prompt: the server holds before its headers. Stop must not wait for them."""
    server.queue(Script(hold_before_headers=True))
    result = stopped(patient, ask(), server.holding)
    assert result.finish == "stopped" and result.text == ""
    assert server.disconnected.wait(WAIT_S)


def test_stop_while_the_server_thinks_after_its_headers(patient: RemoteBackend, server: HostileOpenAI) -> None:
    server.queue(Script(body=[], after="hold"))
    result = stopped(patient, ask(), server.holding)
    assert result.finish == "stopped"
    assert server.disconnected.wait(WAIT_S)


def test_the_backend_answers_again_after_a_stop(backend: RemoteBackend, server: HostileOpenAI) -> None:
    server.queue(Script(hold_before_headers=True), Script(body=reply_events(["again"])))
    assert stopped(backend, ask(), server.holding).finish == "stopped"
    assert reply(backend, ask())[0].text == "again"


# -- choosing a model -----------------------------------------------------------------------------


def test_a_model_the_server_does_not_have_is_refused_naming_what_it_has(
    store: EndpointStore, server: HostileOpenAI
) -> None:
    server.models = [{"id": "\x1b[31mred"}, {"id": "rtl\u202e"}, {"id": "org/other"}]
    with pytest.raises(EngineError) as raised:
        RemoteBackend(store).load(MODEL, LoadOptions())
    message = str(raised.value)
    assert message.startswith("gpu has no model 'tiny' (it has: ")
    assert "\\x1b[31mred" in message and "\\u202e" in message and "org/other" in message
    assert "\x1b" not in message and "\u202e" not in message


def test_an_endpoint_that_is_not_in_remotes_json_is_said(store: EndpointStore) -> None:
    with pytest.raises(EngineError, match="there is no remote endpoint named 'nowhere'"):
        RemoteBackend(store).load(ModelRef("remote", endpoint="nowhere", model_id="tiny"), LoadOptions())


def test_a_keychain_key_with_no_keychain_offers_the_environment_variable(tmp_path: Path) -> None:
    store = EndpointStore(tmp_path / "remotes.json")
    store.add(Endpoint("gpu", "http://127.0.0.1:1", key="keychain"))
    with using_keyring(fail.Keyring()), pytest.raises(EngineError, match="environment variable"):
        RemoteBackend(store).load(MODEL, LoadOptions())


def test_the_context_size_is_the_servers_where_it_says(store: EndpointStore, server: HostileOpenAI) -> None:
    server.models = [{"id": "tiny", "max_model_len": 32768}]
    info = loaded(store).model
    assert info is not None and info.context_length == 32768 and info.template_note == ""
    assert info.backend == f"remote · 127.0.0.1:{server.port}"
    assert info.path == MODEL.stored() and info.ref == MODEL


def test_llama_servers_context_comes_from_its_props(store: EndpointStore, server: HostileOpenAI) -> None:
    server.props = {"default_generation_settings": {"n_ctx": 8192}}
    remote = loaded(store)
    assert remote.context_size == 8192


def test_a_server_that_does_not_say_gets_the_chats_context_setting(store: EndpointStore, server: HostileOpenAI) -> None:
    server.props = {"default_generation_settings": {"n_ctx": "lots"}, "n_ctx": -1}
    remote = RemoteBackend(store)
    info = remote.load(MODEL, LoadOptions(context_length=3000))
    assert info.context_length == 3000 and "does not say its context size" in info.template_note


def test_the_stall_time_given_to_the_backend_is_the_clients(store: EndpointStore) -> None:
    remote = loaded(store, stall_s=0.7)
    assert remote._client is not None and remote._client.stall_s == 0.7
    remote.unload()


def test_json_the_server_sends_is_what_the_request_asked_for(backend: RemoteBackend, server: HostileOpenAI) -> None:
    from desktop.core.runtime.types import OutputFormat

    schema = {"type": "object", "properties": {"a": {"type": "integer"}}}
    server.queue(Script(body=reply_events(['{"a": 1}'])))
    reply(backend, ask(output=OutputFormat("json_schema", json.dumps(schema)), stop_strings=("END",)))
    sent = server.last(CHAT).body
    assert sent["response_format"] == {"type": "json_schema", "json_schema": {"name": "reply", "schema": schema}}
    assert sent["stop"] == ["END"]
