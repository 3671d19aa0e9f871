"""What the server refuses before a request reaches the model, and that nothing a client sends takes it down."""

from __future__ import annotations

import json
import random
import socket
from collections.abc import Iterator

import httpx
import pytest

from desktop.server.local_server import LocalServer, ServerError, ServerOptions
from tests.helpers.scripted_backend import ScriptedBackend, backends_for
from tests.helpers.servers import Served, serving

CHAT = {"messages": [{"role": "user", "content": "Hello?"}]}


@pytest.fixture
def served(tmp_path) -> Iterator[Served]:
    with serving(backends_for(ScriptedBackend()), str(tmp_path / "m.gguf")) as served:
        yield served


def post(served: Served, body: bytes | dict, path: str = "/v1/chat/completions", **headers: str) -> httpx.Response:
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    headers = {"Content-Type": "application/json", **headers}
    return httpx.post(served.url + path, content=data, headers=headers, timeout=10)


def error(response: httpx.Response) -> dict:
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"message", "type", "param", "code"}
    return body["error"]


def test_a_plain_request_is_answered(served: Served) -> None:
    response = post(served, CHAT)
    assert response.status_code == 200
    assert response.json()["choices"][0]["message"]["content"] == "Hello from the script."
    assert "access-control-allow-origin" not in response.headers  # no CORS unless the user allows an origin


def test_a_host_header_that_is_not_local_is_refused(served: Served) -> None:
    """DNS rebinding: a page on evil.example that resolves to 127.0.0.1 must not reach the model."""
    response = post(served, CHAT, Host="evil.example")
    assert response.status_code == 403 and error(response)["code"] == "host_not_allowed"
    assert post(served, CHAT, Host=f"localhost:{served.server.port}").status_code == 200


def test_a_web_page_cannot_call_it_unless_the_user_allowed_its_origin(tmp_path) -> None:
    options = ServerOptions(port=0, allowed_origins=("http://mine.example",))
    with serving(backends_for(ScriptedBackend()), str(tmp_path / "m.gguf"), options) as served:
        refused = post(served, CHAT, Origin="http://evil.example")
        assert refused.status_code == 403 and error(refused)["code"] == "origin_not_allowed"
        allowed = post(served, CHAT, Origin="http://mine.example")
        assert allowed.status_code == 200 and allowed.headers["access-control-allow-origin"] == "http://mine.example"
        preflight = httpx.options(served.url + "/v1/chat/completions", headers={"Origin": "http://mine.example"})
        assert preflight.status_code == 204 and "POST" in preflight.headers["access-control-allow-methods"]


def test_other_computers_need_a_key(tmp_path) -> None:
    with pytest.raises(ServerError, match="needs an API key"):
        LocalServer(None, list, ServerOptions(host="0.0.0.0", port=0))  # type: ignore[arg-type]


def test_a_wrong_or_missing_key_is_refused(tmp_path) -> None:
    options = ServerOptions(port=0, api_key="right-key")
    with serving(backends_for(ScriptedBackend()), str(tmp_path / "m.gguf"), options) as served:
        for auth in ({}, {"Authorization": "Bearer wrong-key"}, {"Authorization": "right-key"}):
            response = post(served, CHAT, **auth)
            assert response.status_code == 401 and error(response)["code"] == "invalid_api_key"
        assert post(served, CHAT, Authorization="Bearer right-key").status_code == 200
        assert httpx.get(served.url + "/health").status_code == 200  # says nothing but that it is up


def test_a_body_over_8_mb_is_refused(served: Served) -> None:
    huge = json.dumps({"messages": [{"role": "user", "content": "x" * (10 << 20)}]}).encode()
    response = post(served, huge)
    assert response.status_code == 413 and error(response)["code"] == "request_too_large"


@pytest.mark.parametrize(
    ("body", "param"),
    [
        (b"{not json", None),
        (b"[1, 2]", None),
        (b'{"messages": [{"role": "user", "content": "hi"}], "temperature": NaN}', None),
        ({"messages": []}, "messages"),
        ({"messages": [{"role": "wizard", "content": "hi"}]}, "messages[0].role"),
        ({**CHAT, "temperature": "hot"}, "temperature"),
        ({**CHAT, "max_tokens": 0}, "max_tokens"),
        ({**CHAT, "stop": ["a", "b", "c", "d", "e"]}, "stop"),
        ({**CHAT, "response_format": {"type": "xml"}}, "response_format"),
        ({**CHAT, "n": 2}, "n"),
        (
            {"messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "x"}}]}]},
            "messages[0].content[0]",
        ),
    ],
)
def test_a_bad_request_gets_a_400_that_names_what_was_wrong(served: Served, body, param) -> None:
    response = post(served, body)
    assert response.status_code == 400
    assert error(response)["param"] == param and error(response)["type"] == "invalid_request_error"


def test_a_post_that_is_not_json_is_refused(served: Served) -> None:
    response = httpx.post(served.url + "/v1/chat/completions", content=json.dumps(CHAT))  # no Content-Type
    assert response.status_code == 415


def test_unknown_endpoints_and_methods_answer_in_openai_s_format(served: Served) -> None:
    assert error(httpx.get(served.url + "/v1/nothing"))["type"] == "not_found_error"
    assert httpx.get(served.url + "/v1/chat/completions").status_code == 405


def test_a_body_that_never_arrives_is_given_up(tmp_path) -> None:
    options = ServerOptions(port=0, read_timeout_s=0.3)
    with serving(backends_for(ScriptedBackend()), str(tmp_path / "m.gguf"), options) as served:
        with socket.create_connection(("127.0.0.1", served.server.port)) as sock:
            sock.sendall(
                b"POST /v1/chat/completions HTTP/1.1\r\nHost: localhost\r\n"
                b'Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{"messages'
            )
            answer = sock.recv(4096)
        assert answer.startswith(b"HTTP/1.1 408")
        assert post(served, CHAT).status_code == 200  # and it serves the next one


def _fuzzed(rng: random.Random, depth: int = 0) -> object:
    kind = rng.randrange(9 if depth < 3 else 6)
    if kind == 0:
        return None
    if kind == 1:
        return rng.choice([True, False])
    if kind == 2:
        return rng.choice([0, -1, 1 << 70, 3.5, -1e308, 1e-308])
    if kind == 3:
        return "".join(rng.choice('ab \x00\u202e\U0001f600{}"\\') for _ in range(rng.randrange(12)))
    if kind in (4, 5):
        return rng.choice(["user", "assistant", "system", "tool", "json_schema", "json_object", "text", ""])
    if kind == 6:
        return [_fuzzed(rng, depth + 1) for _ in range(rng.randrange(4))]
    keys = [
        "messages",
        "role",
        "content",
        "temperature",
        "top_p",
        "max_tokens",
        "stop",
        "seed",
        "stream",
        "response_format",
        "json_schema",
        "schema",
        "type",
        "n",
        "model",
        "prompt",
        "stream_options",
    ]
    return {rng.choice(keys): _fuzzed(rng, depth + 1) for _ in range(rng.randrange(5))}


def test_a_hundred_fuzzed_bodies_get_no_500_and_the_server_stays_up(served: Served) -> None:
    rng = random.Random(1234)
    statuses = []
    for index in range(100):
        body: object = _fuzzed(rng)
        if index % 3 == 0:  # a well-formed request with one part gone wrong
            body = {**CHAT, rng.choice(["temperature", "stop", "messages", "response_format", "seed"]): body}
        for path in ("/v1/chat/completions", "/v1/completions"):
            statuses.append(post(served, json.dumps(body).encode(), path=path).status_code)
    assert 500 not in statuses and set(statuses) <= {200, 400, 404, 503}
    assert statuses.count(400) > 50  # most are refused, each with its reason
    assert post(served, CHAT).status_code == 200


def test_many_clients_at_once_lose_nothing(served: Served) -> None:
    """64 requests from 16 clients on the scripted backend (the figure on the real model is the benchmark's)."""
    from concurrent.futures import ThreadPoolExecutor

    def client(n: int) -> list[int]:
        with httpx.Client(timeout=30) as http:
            body = json.dumps({"messages": [{"role": "user", "content": f"client {n}"}]})
            headers = {"Content-Type": "application/json"}
            return [
                http.post(served.url + "/v1/chat/completions", content=body, headers=headers).status_code
                for _ in range(4)
            ]

    with ThreadPoolExecutor(16) as pool:
        codes = [code for result in pool.map(client, range(16)) for code in result]
    assert codes == [200] * 64


def test_the_model_field_picks_a_library_model_only_where_the_user_allows_it(tmp_path) -> None:
    from desktop.core.runtime.types import ModelRef
    from desktop.server.gateway import LibraryModel

    scripted = ScriptedBackend()
    first, other = str(tmp_path / "first.gguf"), str(tmp_path / "other.gguf")
    library = [LibraryModel("first", ModelRef.gguf(first)), LibraryModel("other", ModelRef.gguf(other))]
    with serving(backends_for(scripted), first, library=library) as served:
        assert [m["id"] for m in httpx.get(served.url + "/v1/models").json()["data"]] == ["first", "other"]
        assert post(served, {**CHAT, "model": "first"}).json()["model"] == "first"
        refused = post(served, {**CHAT, "model": "other"})
        assert refused.status_code == 400 and error(refused)["code"] == "model_not_loaded"
        unknown = post(served, {**CHAT, "model": "nothing"})
        assert unknown.status_code == 404 and error(unknown)["code"] == "model_not_found"
        assert scripted.loads == [first]
    with serving(backends_for(scripted), first, ServerOptions(port=0, allow_loading=True), library=library) as served:
        answer = post(served, {**CHAT, "model": "other"})
        assert answer.status_code == 200 and answer.json()["model"] == "other"
        assert scripted.loads[-1] == other
        assert httpx.get(served.url + "/v1/models").json()["data"][0]["id"] == "other"  # the loaded one first
