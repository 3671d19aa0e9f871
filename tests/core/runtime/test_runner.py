"""The model host without Qt: one thread per backend, a queue with a stop switch per reply, shared by front ends."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from desktop.core.chat_settings import ChatSettings
from desktop.core.messages import ChatMessage
from desktop.core.runtime.backend import BackendRegistry
from desktop.core.runtime.handle import HandleListener, ModelHandle
from desktop.core.runtime.host import ModelHost
from desktop.core.runtime.local_loop import LocalLoop
from desktop.core.runtime.runner import ReplyJob
from desktop.core.runtime.types import (
    Delta,
    LoadOptions,
    ModelInfo,
    ModelRef,
    ReplyRequest,
    TextDelta,
    Usage,
)
from tests.helpers.scripted_backend import ScriptedBackend, backends_for

OPTIONS = LoadOptions(context_length=2048)
WAIT_S = 10


class Recorder:
    """A front end's listener: what it heard, in order."""

    def __init__(self) -> None:
        self.events: list[tuple] = []
        self.text = ""
        self.ended: ReplyJob | None = None
        self.failure = ""

    def started(self, job: ReplyJob) -> None:
        self.events.append(("started", job.id))

    def deltas(self, job: ReplyJob, deltas: list[Delta]) -> None:
        self.events.append(("deltas", len(deltas)))
        self.text += "".join(d.text for d in deltas if isinstance(d, TextDelta))

    def finished(self, job: ReplyJob) -> None:
        self.events.append(("finished", job.result.finish))
        self.ended = job

    def failed(self, job: ReplyJob, message: str) -> None:
        self.events.append(("failed", message))
        self.failure = message
        self.ended = job


class Loads(HandleListener):
    def __init__(self) -> None:
        self.seen: list[tuple[str, str]] = []

    def loaded(self, info: ModelInfo) -> None:
        self.seen.append(("loaded", info.path))

    def load_failed(self, path: str, message: str) -> None:
        self.seen.append(("failed", message))

    def load_refused(self, path: str, message: str) -> None:
        self.seen.append(("refused", message))


@pytest.fixture
def scripted() -> ScriptedBackend:
    return ScriptedBackend()


@pytest.fixture
def host(scripted: ScriptedBackend):
    host = ModelHost(backends_for(scripted))
    yield host
    assert host.shutdown(5.0)


def front_end(host: ModelHost) -> tuple[ModelHandle, LocalLoop, Loads]:
    loop = LocalLoop()
    handle = ModelHandle(host.runner(), loop.post)
    loads = Loads()
    handle.add_listener(loads)
    return handle, loop, loads


def load(handle: ModelHandle, loop: LocalLoop, path: str = "/models/a.gguf") -> None:
    handle.load(ModelRef.gguf(path), OPTIONS)
    assert loop.run_until(lambda: handle.state != "loading", WAIT_S)


def ask(text: str, max_tokens: int = 100) -> ReplyRequest:
    return ReplyRequest("chat", [ChatMessage("user", text)], ChatSettings(max_tokens=max_tokens))


def test_a_reply_streams_as_deltas_and_ends_on_the_front_ends_thread(host, scripted) -> None:
    handle, loop, loads = front_end(host)
    load(handle, loop)
    assert handle.state == "ready" and loads.seen == [("loaded", "/models/a.gguf")]
    heard_on: set[str] = set()

    class OnThread(Recorder):
        def deltas(self, job, deltas) -> None:
            heard_on.add(threading.current_thread().name)
            super().deltas(job, deltas)

    recorder = OnThread()
    handle.reply(ask("hi"), recorder)
    assert handle.state == "busy"
    assert loop.run_until(lambda: recorder.ended is not None, WAIT_S)
    assert recorder.text == "Hello from the script." and recorder.ended.result.finish == "stop"
    assert recorder.events[0] == ("started", recorder.ended.id) and recorder.events[-1] == ("finished", "stop")
    assert heard_on == {threading.current_thread().name}  # carried to the front end's thread
    assert scripted.threads == {"model-chat"}  # and every call of the backend on its own
    assert handle.state == "ready"


def test_deltas_are_handed_over_in_batches_or_one_by_one(host, scripted) -> None:
    handle, loop, _ = front_end(host)
    load(handle, loop)
    scripted.replies.extend([[f" w{i}" for i in range(40)]] * 2)
    one_by_one, batched = Recorder(), Recorder()
    handle.reply(ask("a"), one_by_one, batch_s=0.0)
    handle.reply(ask("b"), batched, batch_s=60.0)  # the first delta at once, then the rest together
    assert loop.run_until(lambda: batched.ended is not None, WAIT_S)
    assert [n for kind, n in one_by_one.events if kind == "deltas"] == [1] * 41  # 40 words and the Usage
    assert [n for kind, n in batched.events if kind == "deltas"] == [1, 40]
    assert one_by_one.text == batched.text


def test_a_second_front_end_waits_its_turn_and_is_answered(host, scripted) -> None:
    window, window_loop, _ = front_end(host)
    load(window, window_loop)
    other, other_loop, other_loads = front_end(host)
    scripted.delay_s = 0.02
    scripted.replies.extend([[f" a{i}" for i in range(20)], ["second"]])
    first, second = Recorder(), Recorder()
    window.reply(ask("long"), first)
    done = threading.Event()

    def other_front_end() -> None:  # its own thread, its own loop: nobody waits on another's thread
        other.reply(ask("short"), second)
        other_loop.run_until(lambda: second.ended is not None, WAIT_S)
        done.set()

    thread = threading.Thread(target=other_front_end)
    thread.start()
    assert window_loop.run_until(lambda: first.ended is not None, WAIT_S)
    thread.join(WAIT_S)
    assert done.is_set() and second.text == "second" and first.text.startswith(" a0")
    # Answered after the first reply, on the same loaded model: no second load.
    assert [r.messages[0].content for r in scripted.requests] == ["long", "short"]
    assert scripted.loads == ["/models/a.gguf"] and other_loads.seen == []


def test_stopping_a_reply_that_waits_its_turn_ends_it_at_once(host, scripted) -> None:
    handle, loop, _ = front_end(host)
    load(handle, loop)
    scripted.delay_s = 0.05
    scripted.replies.append([f" x{i}" for i in range(200)])
    running, waiting = Recorder(), Recorder()
    handle.reply(ask("long"), running)
    job = handle.reply(ask("queued"), waiting)
    assert loop.run_until(lambda: bool(running.text), WAIT_S)
    job.stop()
    assert loop.run_until(lambda: waiting.ended is not None, WAIT_S)
    assert waiting.events == [("finished", "stopped")] and running.ended is None  # the long one goes on
    handle.stop()
    assert loop.run_until(lambda: running.ended is not None, WAIT_S)
    assert running.ended.result.finish == "stopped"
    assert [r.messages[0].content for r in scripted.requests] == ["long"]  # the queued one never ran


def test_a_model_that_fails_its_checks_leaves_the_one_in_use(host, scripted) -> None:
    handle, loop, loads = front_end(host)
    load(handle, loop, "/models/a.gguf")
    scripted.bad_paths["/models/bad.gguf"] = "it crashed the checking process"
    scripted.refuse_paths["/models/huge.gguf"] = "huge.gguf needs about 48 GB"
    load(handle, loop, "/models/bad.gguf")
    assert handle.state == "ready" and handle.model.path == "/models/a.gguf"
    load(handle, loop, "/models/huge.gguf")
    assert handle.state == "ready" and handle.model.path == "/models/a.gguf"
    assert loads.seen[1:] == [
        ("failed", "cannot load /models/bad.gguf: it crashed the checking process"),
        ("refused", "huge.gguf needs about 48 GB"),
    ]
    assert scripted.loads == ["/models/a.gguf"] and scripted.unloads == 0  # never let go for them
    handle.load(ModelRef.gguf("/models/huge.gguf"), OPTIONS, force=True)
    assert loop.run_until(lambda: handle.state != "loading", WAIT_S)
    assert handle.model.path == "/models/huge.gguf" and scripted.preflights[-1] == ("/models/huge.gguf", True)


def test_a_load_asked_for_twice_in_a_row_loads_only_the_last(host, scripted) -> None:
    handle, loop, loads = front_end(host)
    gate = threading.Event()
    host.runner().call(lambda _backend: gate.wait(WAIT_S))  # the thread is busy meanwhile
    handle.load(ModelRef.gguf("/models/first.gguf"), OPTIONS)
    handle.load(ModelRef.gguf("/models/second.gguf"), OPTIONS)
    gate.set()
    assert loop.run_until(lambda: handle.state != "loading", WAIT_S)
    assert scripted.loads == ["/models/second.gguf"] and loads.seen == [("loaded", "/models/second.gguf")]


def test_a_reply_waiting_on_a_load_that_fails_says_so(host, scripted) -> None:
    handle, loop, _ = front_end(host)
    scripted.fail_paths["/models/broken.gguf"] = "tensor data is not within the file bounds"
    handle.load(ModelRef.gguf("/models/broken.gguf"), OPTIONS)
    recorder = Recorder()
    handle.reply(ask("hi"), recorder)
    assert loop.run_until(lambda: recorder.ended is not None, WAIT_S)
    assert recorder.failure == "No model is loaded: choose one, then send again."
    assert handle.state == "failed"


def test_another_kind_of_model_runs_on_its_own_backend_and_the_first_is_let_go(scripted) -> None:
    echo = ScriptedBackend(replies=[["from", " the", " other", " backend"]])
    host = ModelHost(BackendRegistry({"gguf": lambda: scripted, "echo": lambda: echo}))
    try:
        handle, loop, _ = front_end(host)
        load(handle, loop, "/models/a.gguf")
        handle.load(ModelRef("echo", model_id="echo-1"), OPTIONS)
        assert loop.run_until(lambda: handle.state != "loading", WAIT_S)
        assert handle.model.ref == ModelRef("echo", model_id="echo-1")
        assert scripted.unloads == 1 and scripted.model is None  # the first model was freed
        recorder = Recorder()
        handle.reply(ask("hi"), recorder)
        assert loop.run_until(lambda: recorder.ended is not None, WAIT_S)
        assert recorder.text == "from the other backend"
        handle.load(ModelRef("nothing-runs-this", path="x"), OPTIONS)
        assert loop.run_until(lambda: handle.state != "loading", WAIT_S)
        assert handle.model.ref.kind == "echo"  # an unknown kind is refused, and the model in use stays
    finally:
        assert host.shutdown(5.0)


def test_shutting_down_stops_the_reply_and_frees_the_model_on_its_thread(scripted) -> None:
    host = ModelHost(backends_for(scripted))
    handle, loop, _ = front_end(host)
    load(handle, loop)
    scripted.delay_s = 0.05
    scripted.replies.append([f" x{i}" for i in range(400)])
    recorder = Recorder()
    handle.reply(ask("long"), recorder)
    assert loop.run_until(lambda: bool(recorder.text), WAIT_S)
    assert host.shutdown(5.0)
    assert scripted.model is None and scripted.unloads == 1 and scripted.threads == {"model-chat"}
    assert host.slots == ()


def test_a_call_that_fails_reaches_its_caller_and_the_thread_goes_on(host, scripted) -> None:
    def boom(_backend) -> None:
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"):
        host.runner().call(boom).result(WAIT_S)
    assert host.runner().call(lambda backend: backend is scripted).result(WAIT_S) is False  # nothing loaded yet
    handle, loop, _ = front_end(host)
    load(handle, loop)
    assert host.runner().call(lambda backend: backend is scripted).result(WAIT_S) is True


def test_the_usage_comes_last(host, scripted) -> None:
    handle, loop, _ = front_end(host)
    load(handle, loop)
    seen: list[Delta] = []

    class Keep(Recorder):
        def deltas(self, job, deltas) -> None:
            seen.extend(deltas)
            super().deltas(job, deltas)

    recorder = Keep()
    handle.reply(ask("hi", max_tokens=3), recorder)
    assert loop.run_until(lambda: recorder.ended is not None, WAIT_S)
    assert isinstance(seen[-1], Usage) and seen[-1].completion_tokens == 3
    assert recorder.ended.result.finish == "length"


def test_model_refs_are_stored_as_text_and_read_back(tmp_path: Path) -> None:
    plain = ModelRef.gguf(tmp_path / "m.gguf")
    assert plain.stored() == str(tmp_path / "m.gguf")  # as every chat saved before there were other kinds
    for ref in (
        plain,
        ModelRef.gguf("/m.gguf", adapter="/mine.gguf"),
        ModelRef("remote", endpoint="gpu", model_id="a/b"),
    ):
        assert ModelRef.parse(ref.stored()) == ref
    assert ModelRef.parse("") is None
    assert (
        ModelRef("remote", endpoint="gpu", model_id="meta-llama/Llama-3.1-70B").name == "gpu/meta-llama/Llama-3.1-70B"
    )
    assert plain.is_missing() and not ModelRef("remote", endpoint="gpu", model_id="x").is_missing()
