"""Counting tokens on a server: its own tokenizer where it has one (found by probing), else an estimate."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.core.backends.remote.client import RemoteClient
from desktop.core.backends.remote.tokens import PER_MESSAGE_TOKENS, REPLY_TOKENS, RemoteTokens, estimate
from desktop.core.messages import ChatMessage
from desktop.core.remotes.endpoints import Endpoint
from tests.helpers.hostile_openai import HostileOpenAI

CHAT = [ChatMessage("system", "Be brief."), ChatMessage("user", "What is the capital of France?")]
PROBES = ["/tokenize", "/extras/tokenize/count"]


@pytest.fixture
def server() -> Iterator[HostileOpenAI]:
    with HostileOpenAI() as stand_in:
        yield stand_in


@pytest.fixture
def client(server: HostileOpenAI) -> Iterator[RemoteClient]:
    with RemoteClient(Endpoint("gpu", server.url), stall_s=3.0) as remote:
        yield remote


def tokens_of(client: RemoteClient) -> RemoteTokens:
    tokens = RemoteTokens(client, "tiny")
    if tokens.exact:
        tokens.probe_template([ChatMessage("user", "Hello")])
    return tokens


def test_a_server_without_tokenize_endpoints_is_estimated(server: HostileOpenAI, client: RemoteClient) -> None:
    tokens = tokens_of(client)
    assert tokens.kind == "none" and not tokens.exact and not tokens.templated
    assert tokens.count_texts(["", "abcd", "abcde", "x" * 400]) == [0, 1, 2, 100]
    texts = [m.content for m in CHAT]
    assert tokens.count_messages(CHAT) == sum(map(estimate, texts)) + PER_MESSAGE_TOKENS * 2 + REPLY_TOKENS
    # Each endpoint was asked once, when the model was chosen; counting asks nothing more.
    asked = len(server.requests)
    tokens.count_messages(CHAT)
    assert len(server.requests) == asked
    assert sorted(set(server.paths("POST"))) == sorted(PROBES)


def test_a_probe_answered_503_is_not_waited_out(server: HostileOpenAI, client: RemoteClient) -> None:
    server.failing = {path: 503 for path in PROBES}
    assert tokens_of(client).kind == "none"
    assert server.paths("POST").count("/extras/tokenize/count") == 1  # asked once, not retried


def test_llama_server_counts_with_its_tokenizer_and_its_template(client: RemoteClient, server: HostileOpenAI) -> None:
    server.tokenizer = "llama-server"
    tokens = tokens_of(client)
    assert tokens.kind == "llama-server" and tokens.exact and tokens.templated
    assert tokens.count_texts(["one two three", ""]) == [3, 0]
    # The stand-in renders "<|role|> content " per message, and counts words.
    rendered = "<|system|> Be brief. <|user|> What is the capital of France? <|assistant|>"
    assert tokens.count_messages(CHAT) == 11
    assert server.last("/tokenize").body == {"content": rendered, "add_special": True}


def test_vllm_counts_a_whole_chat(client: RemoteClient, server: HostileOpenAI) -> None:
    server.tokenizer = "vllm"
    tokens = tokens_of(client)
    assert tokens.kind == "vllm" and tokens.templated
    assert tokens.count_texts(["a b c d"]) == [4]
    assert tokens.count_messages(CHAT) == (2 + 2) + (6 + 2) + 1
    assert server.last("/tokenize").body["messages"][1] == {"role": "user", "content": "What is the capital of France?"}


def test_llama_cpp_python_counts_texts_and_adds_the_template_estimate(
    client: RemoteClient, server: HostileOpenAI
) -> None:
    server.tokenizer = "llama-cpp-python"
    tokens = tokens_of(client)
    assert tokens.kind == "llama-cpp-python" and tokens.exact and not tokens.templated
    assert tokens.count_messages(CHAT) == 2 + 6 + PER_MESSAGE_TOKENS * 2 + REPLY_TOKENS


@pytest.mark.parametrize("answer", [{"count": -5}, {"count": True}, {"count": "7"}, [], {"tokens": "abc"}])
def test_a_count_that_is_not_one_is_not_trusted(server: HostileOpenAI, client: RemoteClient, answer: object) -> None:
    server.answers["/extras/tokenize/count"] = answer
    assert RemoteTokens(client, "tiny").kind == "none"
