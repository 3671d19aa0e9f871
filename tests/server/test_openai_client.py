"""The official openai client against `hearth serve` and the real starter model, as any program would use it."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import openai
import pytest
from openai import AsyncOpenAI, OpenAI

from desktop.core.backends.llama.backend import LlamaBackend
from desktop.core.runtime.backend import BackendRegistry
from desktop.core.runtime.types import LoadOptions
from desktop.server.gateway import Gateway
from tests.helpers.servers import hearth_serve, serving

pytestmark = pytest.mark.e2e
MODEL_ID = "SmolLM2-135M-Instruct.Q4_1"
PERSON = {
    "type": "object",
    "properties": {"name": {"type": "string"}, "age": {"type": "integer"}},
    "required": ["name", "age"],
}


@pytest.fixture(scope="module")
def base_url(starter_model: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with hearth_serve(starter_model, tmp_path_factory.mktemp("serve-data"), "--parallel", "4") as url:
        yield url


@pytest.fixture
def client(base_url: str) -> OpenAI:
    return OpenAI(base_url=base_url, api_key="none", max_retries=0)


def test_the_loaded_model_is_listed_first(client: OpenAI) -> None:
    assert next(model.id for model in client.models.list().data) == MODEL_ID


def test_a_chat_completion_without_and_with_streaming(client: OpenAI) -> None:
    messages = [{"role": "user", "content": "Write a haiku about the sea."}]
    whole = client.chat.completions.create(model=MODEL_ID, messages=messages, max_tokens=24, seed=3)
    text = whole.choices[0].message.content
    assert text and text.strip() and whole.model == MODEL_ID
    assert whole.usage.completion_tokens <= 24 and whole.usage.prompt_tokens > 10
    assert whole.choices[0].finish_reason in ("stop", "length")
    stream = client.chat.completions.create(
        model=MODEL_ID, messages=messages, max_tokens=24, seed=3, stream=True, stream_options={"include_usage": True}
    )
    pieces, usage, finish = [], None, None
    for chunk in stream:
        if chunk.choices:
            pieces.append(chunk.choices[0].delta.content or "")
            finish = chunk.choices[0].finish_reason or finish
        usage = chunk.usage or usage
    assert len([p for p in pieces if p]) > 3  # it streamed in pieces
    assert "".join(pieces) == text  # the same seed, the same reply
    assert usage is not None and usage.completion_tokens == whole.usage.completion_tokens and finish


def test_a_json_schema_reply_always_parses_and_follows_it(client: OpenAI) -> None:
    for seed in (1, 2, 3):
        reply = client.chat.completions.create(
            model=MODEL_ID,
            messages=[{"role": "user", "content": "Make up a person."}],
            max_tokens=60,
            seed=seed,
            response_format={"type": "json_schema", "json_schema": {"name": "person", "schema": PERSON}},
        )
        assert reply.choices[0].finish_reason == "stop"  # (a reply cut off by max_tokens could not parse)
        person = json.loads(reply.choices[0].message.content)
        assert isinstance(person["name"], str) and isinstance(person["age"], int)


def test_a_plain_completion(client: OpenAI) -> None:
    reply = client.completions.create(model=MODEL_ID, prompt="The capital of France is", max_tokens=8, seed=1)
    assert reply.choices[0].text and reply.usage.completion_tokens <= 8


def test_embeddings_without_an_embedding_model_get_a_clear_400(client: OpenAI) -> None:
    with pytest.raises(openai.BadRequestError) as error:
        client.embeddings.create(model=MODEL_ID, input="hello")
    assert error.value.status_code == 400 and "no embedding model is loaded" in str(error.value)


def test_four_streams_at_once_all_complete_and_differ_by_seed(base_url: str) -> None:
    async def one(client: AsyncOpenAI, seed: int) -> str:
        stream = await client.chat.completions.create(
            model=MODEL_ID,
            messages=[{"role": "user", "content": "Tell me about the wind."}],
            max_tokens=32,
            seed=seed,
            temperature=1.2,
            stream=True,
        )
        return "".join([chunk.choices[0].delta.content or "" async for chunk in stream if chunk.choices])

    async def four() -> list[str]:
        async with AsyncOpenAI(base_url=base_url, api_key="none", max_retries=0) as client:
            return await asyncio.gather(*(one(client, seed) for seed in (11, 22, 33, 44)))

    replies = asyncio.run(four())
    assert all(reply.strip() for reply in replies)
    assert len(set(replies)) >= 3


def test_hearth_serve_refuses_other_computers_without_a_key(starter_model: Path, data_dir: Path) -> None:
    import os
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "desktop", "serve", "--model", str(starter_model), "--host", "0.0.0.0", "--port", "0"],
        env={**os.environ, "HEARTH_DATA_DIR": str(data_dir)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1 and done.stderr.count("\n") == 1 and "needs an API key" in done.stderr


def test_a_client_that_goes_away_stops_its_generation(starter_model: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """In this process, to see the reply itself end: the same server code and model as `hearth serve`."""
    replies = []
    start = Gateway.start

    def keep(self, completion, model):
        reply = start(self, completion, model)
        replies.append(reply)
        return reply

    monkeypatch.setattr(Gateway, "start", keep)
    backends = BackendRegistry({"gguf": lambda: LlamaBackend(validate=False, check_memory=False)})
    with serving(backends, str(starter_model), load=LoadOptions(context_length=4096, parallel=2)) as served:
        body = {
            "messages": [{"role": "user", "content": "Write a very long story about a lighthouse."}],
            "max_tokens": 2000,
            "stream": True,
        }
        other: dict = {}

        def stay() -> None:  # another client, on the other sequence, reads its reply to the end
            answer = httpx.post(served.url + "/v1/chat/completions", json={**body, "stream": False, "max_tokens": 64})
            other.update(answer.json())

        with (
            httpx.Client(timeout=30) as http,
            http.stream("POST", served.url + "/v1/chat/completions", json=body) as response,
        ):
            lines = response.iter_lines()
            seen = [next(lines) for _ in range(8)]  # a few tokens in, this client leaves
            staying = threading.Thread(target=stay)
            staying.start()
            while len(replies) < 2:  # the other request has reached the model before this one leaves
                seen.append(next(lines))
        assert any(line.startswith("data: ") for line in seen)
        staying.join(60)
        # A call on the model's thread waits for what is running: it returns once the replies have ended.
        served.host.runner().call(lambda _backend: None).result(timeout=20)
        left, stayed = replies  # the one that left was asked first
        assert left.result.finish == "stopped" and 0 < left.result.tokens < 2000
        assert stayed.result.finish == "length" and other["usage"]["completion_tokens"] == 64  # it went on
        assert httpx.get(served.url + "/health").json()["generating"] == 0
