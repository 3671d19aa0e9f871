"""The HTTP client against a stand-in server that misbehaves: every failure is one line naming the endpoint."""

from __future__ import annotations

import email.utils
import json
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx2
import pytest

from desktop.core.backends.remote.client import RemoteClient, RemoteError, StreamStopped, _retry_delay
from desktop.core.remotes.endpoints import Endpoint
from tests.helpers.hostile_openai import HostileOpenAI, Script, error_body, reply_events
from tests.helpers.waiting import returns_within

KEY = "sk-test-key-0123456789"
CHAT = "/v1/chat/completions"
HOSTILE_IDS = [
    "org/model-7B:Q4_K_M",
    "\x1b[31mred\x1b[0m",
    "rtl\u202eevil.gguf",
    "line\nbreak",
    "nul\x00and\x07bell",
    "<b>bold</b>&amp;",
]


@pytest.fixture
def server() -> Iterator[HostileOpenAI]:
    with HostileOpenAI() as stand_in:
        yield stand_in


@pytest.fixture
def other() -> Iterator[HostileOpenAI]:
    """A second server, on a port of its own: where a redirect points."""
    with HostileOpenAI() as stand_in:
        yield stand_in


def client_of(server: HostileOpenAI, key: str = KEY, **options: float) -> RemoteClient:
    options.setdefault("stall_s", 3.0)
    return RemoteClient(Endpoint("gpu", server.url), key, **options)  # type: ignore[arg-type]


def free_port() -> int:
    """A port nobody listens on: bound, then let go."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def json_script(status: int, body: bytes, headers: dict[str, str] | None = None) -> Script:
    return Script(status, headers or {}, [body], framing="close", content_type="application/json")


def one_line_message(error: BaseException) -> str:
    message = str(error)
    assert "\n" not in message and "\r" not in message and "\x1b" not in message
    return message


# -- the model list ------------------------------------------------------------------------


def test_model_ids_come_back_exactly_as_the_server_sent_them(server: HostileOpenAI) -> None:
    server.models = [{"id": i} for i in HOSTILE_IDS]
    with client_of(server) as client:
        assert [m.id for m in client.models()] == HOSTILE_IDS  # escaped where shown, not here


def test_broken_entries_of_the_model_list_are_skipped(server: HostileOpenAI) -> None:
    server.models = [
        {"id": "good", "max_model_len": 32768},
        {"id": "lm-studio", "max_context_length": 8192},
        {"id": "liar", "context_length": True},
        {"id": "negative", "context_length": -5},
        {"id": ""},
        {"id": 7},
        {"name": "no id"},
        "just a string",
        None,
    ]
    with client_of(server) as client:
        found = [(m.id, m.context_length) for m in client.models()]
    assert found == [("good", 32768), ("lm-studio", 8192), ("liar", 0), ("negative", 0)]


@pytest.mark.parametrize(
    ("body", "said"),
    [
        (b"<html>hello</html>", "something that is not JSON"),
        (b'{"data": "nope"}', "with a model list"),
        (b"[1, 2, 3]", "with a model list"),
        (b"", "something that is not JSON"),
    ],
)
def test_a_model_list_that_is_not_one_is_said(server: HostileOpenAI, body: bytes, said: str) -> None:
    server.model_scripts.append(json_script(200, body))
    with client_of(server) as client, pytest.raises(RemoteError, match=said) as raised:
        client.models()
    assert one_line_message(raised.value).startswith("gpu ")


def test_a_model_list_over_the_bound_is_not_read(server: HostileOpenAI) -> None:
    huge = b'{"data": [' + b'{"id": "x"},' * 800_000 + b'{"id": "y"}]}'  # about 9 MB
    server.model_scripts.append(json_script(200, huge))
    with client_of(server) as client, pytest.raises(RemoteError, match="over 8 MB"):
        client.models()


def test_the_key_goes_to_the_server_as_a_bearer_token(server: HostileOpenAI) -> None:
    with client_of(server) as client:
        client.models()
    assert server.last("/v1/models").authorization == f"Bearer {KEY}"
    with client_of(server, key="") as client:
        client.models()
    assert server.last("/v1/models").authorization == ""


# -- refusals, each said on one line ------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "said"),
    [
        (401, "gpu refused the API key (401 Unauthorized): Incorrect API key provided"),
        (403, "gpu refused access (403 Forbidden): Incorrect API key provided"),
        (404, "gpu has no /v1/models (404 Not Found): Incorrect API key provided"),
        (429, "gpu is rate-limiting requests (429 Too Many Requests) (tried 4 times): Incorrect API key provided"),
        (500, "gpu failed (HTTP 500): Incorrect API key provided"),
        (503, "gpu is unavailable (503 Service Unavailable) (tried 4 times): Incorrect API key provided"),
        (418, "gpu refused the request (HTTP 418): Incorrect API key provided"),
    ],
)
def test_each_refusal_is_one_line_naming_the_endpoint(server: HostileOpenAI, status: int, said: str) -> None:
    for _ in range(4):
        server.model_scripts.append(json_script(status, error_body("Incorrect API key provided"), {"Retry-After": "0"}))
    with client_of(server) as client, pytest.raises(RemoteError) as raised:
        client.models()
    assert one_line_message(raised.value) == said
    assert raised.value.status == status
    retried = status in (429, 503)
    assert len(server.paths("GET")) == (4 if retried else 1)


def test_a_hostile_error_message_is_shown_on_one_line_and_cut(server: HostileOpenAI) -> None:
    message = "line one\nFAKE: hearth: all is well\x1b[2J\u202e" + "x" * 5000
    server.model_scripts.append(json_script(401, error_body(message)))
    with client_of(server) as client, pytest.raises(RemoteError) as raised:
        client.models()
    shown = one_line_message(raised.value)
    assert "\\x1b" in shown and "\\u202e" in shown and "\u202e" not in shown
    assert len(shown) < 400


@pytest.mark.parametrize(
    ("body", "detail"),
    [
        (b'{"detail": "Not authenticated"}', ": Not authenticated"),  # FastAPI
        (b'{"detail": [{"msg": "field required"}]}', ": field required"),  # pydantic
        (b'{"message": "bad"}', ": bad"),
        (b'{"error": "plain"}', ": plain"),
        (b"<html><body>Bad Gateway</body></html>", ""),
        (b"\xff\xfe", ""),
    ],
)
def test_other_servers_error_shapes(server: HostileOpenAI, body: bytes, detail: str) -> None:
    server.model_scripts.append(json_script(500, body))
    with client_of(server) as client, pytest.raises(RemoteError) as raised:
        client.models()
    assert str(raised.value) == f"gpu failed (HTTP 500){detail}"


def test_429_twice_then_an_answer_is_waited_out(server: HostileOpenAI) -> None:
    for _ in range(2):
        server.model_scripts.append(json_script(429, error_body("slow down"), {"Retry-After": "0"}))
    server.models = [{"id": "tiny"}]
    with client_of(server) as client:
        assert [m.id for m in client.models()] == ["tiny"]
    assert server.paths("GET") == ["/v1/models"] * 3


def test_a_stream_refused_with_503_then_answered_arrives(server: HostileOpenAI) -> None:
    server.queue(
        json_script(503, error_body("loading model"), {"Retry-After": "0"}),
        json_script(429, error_body("slow down"), {"Retry-After": "0"}),
        Script(body=reply_events(["Hel", "lo"])),
    )
    with client_of(server) as client:
        events = list(client.stream(CHAT, {"model": "tiny"}, threading.Event()))
    assert [e["choices"][0]["delta"].get("content") for e in events if e["choices"]] == ["Hel", "lo", None]
    assert server.paths("POST") == [CHAT] * 3


def test_other_statuses_are_not_retried(server: HostileOpenAI) -> None:
    server.queue(json_script(500, error_body("boom")), Script())
    with client_of(server) as client, pytest.raises(RemoteError, match=r"gpu failed \(HTTP 500\): boom"):
        list(client.stream(CHAT, {}, threading.Event()))
    assert len(server.paths("POST")) == 1


def test_retry_after_in_seconds_or_as_a_date_capped() -> None:
    def delay(value: str | None, attempt: int = 0, cap: float = 30.0) -> float:
        headers = {"retry-after": value} if value is not None else {}
        return _retry_delay(httpx2.Response(429, headers=headers), attempt, cap)

    assert delay("0") == 0.0
    assert delay("7") == 7.0
    assert delay("99999") == 30.0  # a server cannot make Hearth wait for a day
    assert delay(None, 0) == 0.5 and delay(None, 2) == 2.0  # backoff without a header
    assert delay("soon", 1) == 1.0  # unreadable: backoff
    assert delay("-3", 0) == 0.5
    in_ten = email.utils.formatdate(time.time() + 10, usegmt=True)
    assert 8.0 <= delay(in_ten) <= 10.0
    assert delay(email.utils.formatdate(time.time() - 100, usegmt=True)) == 0.0


def test_stop_during_a_long_retry_wait_ends_it(server: HostileOpenAI) -> None:
    server.queue(json_script(503, error_body("busy"), {"Retry-After": "600"}))
    stop = threading.Event()

    def press_stop() -> None:
        if server.received.wait(5):
            stop.set()

    threading.Thread(target=press_stop, daemon=True).start()
    # The wait would be ten minutes: the Stop ends it, long before the test gives up on it.
    with client_of(server, max_retry_wait_s=600) as client, pytest.raises(StreamStopped):
        returns_within(30, lambda: list(client.stream(CHAT, {}, stop)))
    assert len(server.requests) == 1  # and it was not asked again


# -- redirects: never followed, so the key stays with the endpoint -----------------------------


@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_a_redirect_is_not_followed_and_the_key_never_reaches_the_other_server(
    server: HostileOpenAI, other: HostileOpenAI, status: int
) -> None:
    to_other = {"Location": f"{other.url}/v1/models"}
    server.model_scripts.append(Script(status, to_other, [b""], framing="close", content_type="text/plain"))
    server.queue(Script(status, {"Location": f"{other.url}{CHAT}"}, [b""], framing="close"))
    with client_of(server) as client:
        with pytest.raises(RemoteError) as raised:
            client.models()
        with pytest.raises(RemoteError):
            list(client.stream(CHAT, {"model": "tiny"}, threading.Event()))
    message = one_line_message(raised.value)
    assert f"redirected /v1/models to 127.0.0.1:{other.port}: not followed" in message
    assert f"the API key goes only to 127.0.0.1:{server.port}" in message
    assert raised.value.status == status
    assert server.last("/v1/models").authorization == f"Bearer {KEY}"  # the key was sent, to the endpoint only
    assert other.requests == []


# -- connections that fail ------------------------------------------------------------------


def test_a_port_nobody_listens_on_is_unreachable() -> None:
    endpoint = Endpoint("gpu", f"http://127.0.0.1:{free_port()}")
    with RemoteClient(endpoint, KEY) as client, pytest.raises(RemoteError) as raised:
        client.models()
    assert str(raised.value) == "gpu is unreachable (connection refused)"


def test_a_server_that_never_answers_is_given_up_after_the_stall_time(server: HostileOpenAI) -> None:
    server.queue(Script(hold_before_headers=True))
    started = time.perf_counter()
    with client_of(server, stall_s=0.5) as client, pytest.raises(RemoteError) as raised:
        list(client.stream(CHAT, {}, threading.Event()))
    assert time.perf_counter() - started > 0.4  # it waited for the stall time, it did not give up at once
    assert str(raised.value) == "gpu did not answer in 0.5 s"


def test_a_stream_that_goes_silent_is_given_up_after_the_stall_time(server: HostileOpenAI) -> None:
    server.queue(Script(body=reply_events(["Hi"], done=False)[:1], after="hold"))
    seen: list[dict] = []
    with client_of(server, stall_s=0.5) as client, pytest.raises(RemoteError) as raised:
        for event in client.stream(CHAT, {}, threading.Event()):
            seen.append(event)
    assert str(raised.value) == "gpu stopped sending (nothing for 0.5 s)"
    assert len(seen) == 1  # what came before the silence was given


@pytest.mark.parametrize("framing", ["chunked", "close"])
def test_a_connection_dropped_mid_stream_is_said(server: HostileOpenAI, framing: str) -> None:
    server.queue(Script(body=reply_events(["Hel", "lo"], done=False)[:2], framing=framing, after="drop"))  # type: ignore[arg-type]
    seen: list[dict] = []
    with client_of(server) as client, pytest.raises(RemoteError) as raised:
        for event in client.stream(CHAT, {}, threading.Event()):
            seen.append(event)
    assert one_line_message(raised.value).startswith("gpu stopped answering mid-reply (")
    assert len(seen) == 2


def test_a_stream_with_a_finish_but_no_done_is_complete(server: HostileOpenAI) -> None:
    # Some servers end the body after the last chunk without "[DONE]": the finish reason says it ended.
    server.queue(Script(body=reply_events(["Hi"], done=False), framing="close"))
    with client_of(server) as client:
        events = list(client.stream(CHAT, {}, threading.Event()))
    assert events[-1]["choices"][0]["finish_reason"] == "stop"


def test_an_answer_that_is_no_stream_is_said(server: HostileOpenAI) -> None:
    whole = {"choices": [{"message": {"role": "assistant", "content": "Hi"}, "finish_reason": "stop"}]}
    server.queue(Script(body=[json.dumps(whole).encode()], content_type="application/json"))
    with client_of(server) as client, pytest.raises(RemoteError, match="gpu answered /v1/chat/completions without"):
        list(client.stream(CHAT, {}, threading.Event()))


# -- what the client is given to send -----------------------------------------------------------


@pytest.mark.parametrize("key", ["sk-é-unicode", "sk-line\r\nX-Injected: 1", "sk-\x00nul", "sk-…"])
def test_a_key_no_http_header_can_carry_is_said_without_echoing_it(server: HostileOpenAI, key: str) -> None:
    with pytest.raises(RemoteError) as raised:
        RemoteClient(Endpoint("gpu", server.url), key)
    message = one_line_message(raised.value)
    assert message.startswith("gpu's API key") and key not in message and "sk-" not in message
    assert server.requests == []


def test_a_key_with_spaces_around_it_is_trimmed(server: HostileOpenAI) -> None:
    with RemoteClient(Endpoint("gpu", server.url), f"  {KEY}\n") as client:
        client.models()
    assert server.last("/v1/models").authorization == f"Bearer {KEY}"


def test_a_ca_bundle_that_cannot_be_read_is_said(tmp_path: Path) -> None:
    missing = Endpoint("gpu", "https://127.0.0.1:1", ca_bundle=str(tmp_path / "nope.pem"))
    with pytest.raises(RemoteError, match="gpu's CA bundle") as raised:
        RemoteClient(missing)
    one_line_message(raised.value)
    garbage = tmp_path / "garbage.pem"
    garbage.write_text("-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n")
    with pytest.raises(RemoteError, match="gpu's CA bundle"):
        RemoteClient(Endpoint("gpu", "https://127.0.0.1:1", ca_bundle=str(garbage)))
