"""The `--remote` benchmark's Stop and server-sent-event figures, fast: against the hostile stand-in server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.bench.remote_measures import remote_stop_latency, sse_byte_at_a_time
from desktop.core.backends.remote.backend import RemoteBackend
from desktop.core.chat_settings import ChatSettings
from desktop.core.remotes.endpoints import Endpoint, EndpointStore
from desktop.core.runtime.backend import BackendRegistry
from desktop.core.runtime.host import ModelHost
from desktop.core.runtime.runner import ModelRunner
from desktop.core.runtime.types import LoadOptions, ModelRef
from tests.helpers.hostile_openai import HostileOpenAI, Script, endless

WAIT_S = 10.0


@pytest.fixture
def server() -> Iterator[HostileOpenAI]:
    with HostileOpenAI() as stand_in:
        yield stand_in


@pytest.fixture
def runner(tmp_path: Path, server: HostileOpenAI) -> Iterator[ModelRunner]:
    store = EndpointStore(tmp_path / "remotes.json")
    store.add(Endpoint("gpu", server.url))
    host = ModelHost(BackendRegistry({"remote": lambda: RemoteBackend(store)}))
    runner = host.runner()
    runner.load(ModelRef("remote", endpoint="gpu", model_id="tiny"), LoadOptions())
    yield runner
    assert host.shutdown(5.0)


def test_stop_is_timed_while_the_server_streams_and_while_it_reads_the_prompt(
    runner: ModelRunner, server: HostileOpenAI
) -> None:
    server.queue(Script(body=endless, pause_s=0.01), Script(hold_before_headers=True))
    figures = remote_stop_latency(runner, ChatSettings(seed=1), rounds=1, prompt_rounds=1)
    assert figures["remote_stop_generating_ms"] > 0 and figures["remote_stop_prompt_ms"] > 0
    worst = max(figures["remote_stop_generating_ms"], figures["remote_stop_prompt_ms"])
    assert figures["remote_stop_latency_ms"] == worst
    assert server.disconnected.wait(WAIT_S)  # each Stop let go of the server's connection
    assert server.paths("POST").count("/v1/chat/completions") == 2


def test_a_reply_that_ends_before_its_stop_is_no_figure(runner: ModelRunner, server: HostileOpenAI) -> None:
    server.queue(Script())  # "Hi", and done: the reply is over before the Stop
    with pytest.raises(RuntimeError, match="not stopped"):
        remote_stop_latency(runner, ChatSettings(seed=1), rounds=0, prompt_rounds=1)


def test_the_drip_of_a_never_ending_line_is_timed_to_its_refusal() -> None:
    assert sse_byte_at_a_time(size=3_000, bound=2_000)["sse_byte_at_a_time_s"] >= 0
    with pytest.raises(RuntimeError, match="was not refused"):
        sse_byte_at_a_time(size=1_000, bound=2_000)
