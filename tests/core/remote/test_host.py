"""The remote backend as the app runs it: registered in the model host, driven through a front end's handle."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.backends.remote.backend import RemoteBackend
from desktop.core.chat_settings import ChatSettings
from desktop.core.messages import ChatMessage
from desktop.core.remotes.endpoints import Endpoint, EndpointStore
from desktop.core.runtime.backend import BackendRegistry
from desktop.core.runtime.handle import HandleListener, ModelHandle
from desktop.core.runtime.host import ModelHost
from desktop.core.runtime.local_loop import LocalLoop
from desktop.core.runtime.runner import ReplyJob
from desktop.core.runtime.types import Delta, LoadOptions, ModelInfo, ModelRef, ReplyRequest, TextDelta
from tests.helpers.hostile_openai import HostileOpenAI, Script, delta, endless, reply_events

MODEL = ModelRef("remote", endpoint="gpu", model_id="tiny")
WAIT_S = 10.0
# Longer than any wait here: a Stop that did not end the reply is not rescued by the stall timeout (which
# ends a stopped reply as stopped too). How soon Stop ends a reply: `remote_stop_latency_ms`, --remote.
NEVER_STALLS_S = 600.0


class Recorder:
    """A front end's listener for one reply: what it heard."""

    def __init__(self) -> None:
        self.text = ""
        self.ended: ReplyJob | None = None
        self.failure = ""

    def started(self, job: ReplyJob) -> None:
        pass

    def deltas(self, job: ReplyJob, deltas: list[Delta]) -> None:
        self.text += "".join(d.text for d in deltas if isinstance(d, TextDelta))

    def finished(self, job: ReplyJob) -> None:
        self.ended = job

    def failed(self, job: ReplyJob, message: str) -> None:
        self.failure, self.ended = message, job


class Loads(HandleListener):
    def __init__(self) -> None:
        self.loaded_info: ModelInfo | None = None
        self.failure = ""

    def loaded(self, info: ModelInfo) -> None:
        self.loaded_info = info

    def load_failed(self, path: str, message: str) -> None:
        self.failure = message


@pytest.fixture
def server() -> Iterator[HostileOpenAI]:
    with HostileOpenAI() as stand_in:
        yield stand_in


@pytest.fixture
def host(tmp_path: Path, server: HostileOpenAI) -> Iterator[ModelHost]:
    store = EndpointStore(tmp_path / "remotes.json")
    store.add(Endpoint("gpu", server.url))
    models = ModelHost(BackendRegistry({"remote": lambda: RemoteBackend(store, stall_s=NEVER_STALLS_S)}))
    yield models
    assert models.shutdown(5.0)


def front_end(host: ModelHost) -> tuple[ModelHandle, LocalLoop, Loads]:
    loop = LocalLoop()
    handle = ModelHandle(host.runner(), loop.post)
    loads = Loads()
    handle.add_listener(loads)
    return handle, loop, loads


def loaded(host: ModelHost) -> tuple[ModelHandle, LocalLoop]:
    handle, loop, loads = front_end(host)
    handle.load(MODEL, LoadOptions(context_length=2048))
    assert loop.run_until(lambda: handle.state != "loading", WAIT_S)
    assert handle.state == "ready", loads.failure
    return handle, loop


def ask(text: str = "hi") -> ReplyRequest:
    return ReplyRequest("chat", [ChatMessage("user", text)], ChatSettings(max_tokens=50_000, seed=1))


def test_a_remote_model_loads_and_answers_through_the_host(host: ModelHost, server: HostileOpenAI) -> None:
    server.models = [{"id": "tiny", "max_model_len": 16384}]
    handle, loop = loaded(host)
    assert handle.model is not None and handle.model.context_length == 16384
    assert handle.model.name == "tiny" and handle.model.ref == MODEL
    server.queue(Script(body=reply_events(["Bonjour", " !"])))
    recorder = Recorder()
    handle.reply(ask(), recorder)
    assert loop.run_until(lambda: recorder.ended is not None, WAIT_S)
    assert recorder.text == "Bonjour !" and recorder.failure == ""
    assert recorder.ended is not None and recorder.ended.result.finish == "stop"
    assert handle.state == "ready"


def test_the_context_meter_counts_with_the_remote_backend(host: ModelHost, server: HostileOpenAI) -> None:
    server.tokenizer = "vllm"
    handle, loop = loaded(host)
    counted: list[tuple[int, int]] = []
    handle.count("chat", [ChatMessage("user", "one two three")], lambda tokens, size: counted.append((tokens, size)))
    assert loop.run_until(lambda: bool(counted), WAIT_S)
    assert counted == [(3 + 2 + 1, 2048)]  # the server's count of the templated chat, and the context


def test_a_model_the_endpoint_lacks_fails_to_load_with_its_message(host: ModelHost, server: HostileOpenAI) -> None:
    server.models = [{"id": "other"}]
    handle, loop, loads = front_end(host)
    handle.load(MODEL, LoadOptions())
    assert loop.run_until(lambda: handle.state != "loading", WAIT_S)
    assert handle.state == "failed"
    assert loads.failure == "gpu has no model 'tiny' (it has: other)"


def test_a_reply_cut_off_mid_stream_fails_keeping_its_text(host: ModelHost, server: HostileOpenAI) -> None:
    handle, loop = loaded(host)
    server.queue(Script(body=[delta("Half an")], after="drop"))
    recorder = Recorder()
    job = handle.reply(ask(), recorder)
    assert loop.run_until(lambda: recorder.ended is not None, WAIT_S)
    assert recorder.failure.startswith("gpu stopped answering mid-reply (")
    assert job.result.text == "Half an" and recorder.text == "Half an"
    assert handle.state == "ready"  # the model is still there for the next message


def test_stop_through_the_handle_while_the_server_holds(host: ModelHost, server: HostileOpenAI) -> None:
    handle, loop = loaded(host)
    server.queue(Script(hold_before_headers=True))
    recorder = Recorder()
    handle.reply(ask(), recorder)
    assert server.holding.wait(WAIT_S)
    handle.stop()
    assert loop.run_until(lambda: recorder.ended is not None, WAIT_S)
    assert recorder.ended is not None and recorder.ended.result.finish == "stopped" and recorder.failure == ""
    assert server.disconnected.wait(WAIT_S)


def test_stop_through_the_handle_mid_stream(host: ModelHost, server: HostileOpenAI) -> None:
    handle, loop = loaded(host)
    server.queue(Script(body=endless, pause_s=0.01))
    recorder = Recorder()
    handle.reply(ask(), recorder)
    assert loop.run_until(lambda: bool(recorder.text), WAIT_S)
    handle.stop()
    assert loop.run_until(lambda: recorder.ended is not None, WAIT_S)
    assert recorder.ended is not None and recorder.ended.result.finish == "stopped"
    assert recorder.ended.result.text.startswith("la")
    assert server.disconnected.wait(WAIT_S)
    # The next message is answered as usual.
    server.queue(Script(body=reply_events(["next"])))
    again = Recorder()
    handle.reply(ask(), again)
    assert loop.run_until(lambda: again.ended is not None, WAIT_S) and again.text == "next"
