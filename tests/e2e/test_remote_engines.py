"""Remote engines with real servers: llama-cpp-python's own server and `hearth serve`, both on 127.0.0.1
with the real starter model, reached through the terminal and the runtime exactly as a user's are."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.backends.remote.backend import RemoteBackend
from desktop.core.chat_settings import ChatSettings
from desktop.core.messages import ChatMessage
from desktop.core.remotes.endpoints import Endpoint, EndpointStore
from desktop.core.runtime.backend import BackendRegistry
from desktop.core.runtime.host import ModelHost
from desktop.core.runtime.jobs import ReplyJob
from desktop.core.runtime.types import Delta, LoadOptions, ModelRef, ReplyRequest, ReplyResult, TextDelta, Usage
from desktop.core.store import ConversationStore
from tests.helpers.servers import ROOT, LlamaCppServer, hearth_serve, llama_cpp_server

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def lcs(starter_model: Path) -> Iterator[LlamaCppServer]:
    with llama_cpp_server(starter_model) as server:
        yield server


def hearth(data_dir: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HEARTH_DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "desktop", *args]
    return subprocess.run(command, env=env, input=stdin, capture_output=True, text=True, timeout=120)


class Heard:
    """What a runner tells about one reply, with events to wait on."""

    def __init__(self, stop_after: int = 0) -> None:
        self.text = ""
        self.error = ""
        self.ended = threading.Event()
        self.first = threading.Event()
        self._stop_after = stop_after

    def started(self, job: ReplyJob) -> None:
        pass

    def deltas(self, job: ReplyJob, deltas: list[Delta]) -> None:
        self.text += "".join(d.text for d in deltas if isinstance(d, TextDelta))
        if self.text:
            self.first.set()
        if self._stop_after and len(self.text) >= self._stop_after:
            job.request.stop.set()

    def finished(self, job: ReplyJob) -> None:
        self.ended.set()

    def failed(self, job: ReplyJob, message: str) -> None:
        self.error = message
        self.ended.set()


def test_the_terminal_adds_lists_and_chats_through_llama_cpp_server(lcs: LlamaCppServer, tmp_path: Path) -> None:
    data = tmp_path / "data"
    added = hearth(data, "remote", "add", "box", lcs.url + "/v1")
    assert added.returncode == 0, added.stderr
    assert "1 model" in added.stdout and f"box/{lcs.model_id}" in added.stdout
    listed = json.loads(hearth(data, "remote", "list", "--json").stdout)
    assert listed[0]["name"] == "box" and listed[0]["models"][0]["id"] == lcs.model_id and not listed[0]["error"]
    models = json.loads(hearth(data, "models", "list", "--json").stdout)["models"]
    remote = [m for m in models if m["remote"]]
    assert remote and remote[0]["endpoint"] == "box" and remote[0]["model_id"] == lcs.model_id
    # The model id is a file path, slashes and all: NAME/MODEL_ID splits at the first slash only.
    chat = hearth(data, "chat", f"box/{lcs.model_id}", "-p", "Name a colour.", "--max-tokens", "16", "--seed", "5")
    assert chat.returncode == 0, chat.stderr
    assert chat.stdout.strip()
    store = ConversationStore(data / "hearth.db")
    try:
        [summary] = store.list()
        conversation = store.get(summary.id)
        assert conversation is not None
        ref = ModelRef.parse(conversation.model)
        assert ref == ModelRef("remote", endpoint="box", model_id=lcs.model_id)
        reply = store.branch(summary.id)[-1]
        assert (
            reply.role == "assistant"
            and reply.state in ("done", "length")
            and reply.content.strip() == chat.stdout.strip()
        )
    finally:
        store.close()
    missing = hearth(data, "chat", "box/no-such-model", "-p", "hi")
    assert missing.returncode == 1 and "box has no model 'no-such-model'" in missing.stderr
    assert hearth(data, "remote", "rm", "box").returncode == 0
    assert json.loads(hearth(data, "remote", "list", "--json").stdout) == []


def test_stop_closes_the_stream_and_the_server_stops_generating(lcs: LlamaCppServer, tmp_path: Path) -> None:
    store = EndpointStore(tmp_path / "remotes.json")
    store.add(Endpoint("box", lcs.url))
    host = ModelHost(BackendRegistry({"remote": lambda: RemoteBackend(store)}))
    runner = host.runner()
    try:
        ref = ModelRef("remote", endpoint="box", model_id=lcs.model_id)
        runner.load(ref, LoadOptions(context_length=2048))  # the replies asked after it wait for it
        lcs.disconnected.clear()
        story = [ChatMessage("user", "Write a very long story about a lighthouse keeper.")]
        stopped = Heard(stop_after=20)
        job = runner.reply(ReplyRequest("k", story, ChatSettings(max_tokens=500, seed=1)), stopped)
        assert stopped.ended.wait(30)
        assert job.result.finish == "stopped" and not stopped.error
        assert 0 < job.result.tokens < 500
        assert lcs.disconnected.wait(10), "the server went on generating for a client that left"
        # The connection is gone, the endpoint is not: the next reply is whole.
        after = Heard()
        job = runner.reply(ReplyRequest("k", story[:1], ChatSettings(max_tokens=12, seed=1)), after)
        assert after.ended.wait(30) and not after.error
        assert after.text and job.result.finish in ("stop", "length")
    finally:
        assert host.shutdown(5)


def test_hearth_serve_is_a_remote_with_its_key_and_context(
    starter_model: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HEARTH_TEST_SERVE_KEY", "s3cret-key")
    with hearth_serve(
        starter_model, tmp_path / "served", "--api-key-env", "HEARTH_TEST_SERVE_KEY", "--ctx", "2048"
    ) as url:
        store = EndpointStore(tmp_path / "remotes.json")
        store.add(Endpoint("other", url, key="env", key_env="HEARTH_TEST_SERVE_KEY"))
        backend = RemoteBackend(store)
        ref = ModelRef("remote", endpoint="other", model_id="SmolLM2-135M-Instruct.Q4_1")
        backend.preflight(ref, LoadOptions(), force=False, reclaimable=0, cancel=threading.Event())
        info = backend.load(ref, LoadOptions(context_length=1024))
        assert info.context_length == 2048  # what that Hearth says in its model list, not this chat's 1,024
        assert info.backend.startswith("remote · 127.0.0.1:")
        request = ReplyRequest("k", [ChatMessage("user", "Say hello.")], ChatSettings(max_tokens=12, seed=2))
        result = ReplyResult()
        deltas = list(backend.stream(request, result))
        assert result.text.strip() and result.tokens > 0 and result.prompt_tokens > 0
        assert isinstance(deltas[-1], Usage)
        backend.unload()
        # The wrong key is refused with the server's own words, on one line.
        monkeypatch.setenv("HEARTH_TEST_SERVE_KEY", "wrong")
        with pytest.raises(Exception, match=r"^other refused the API key \(401 Unauthorized\)"):
            RemoteBackend(store).preflight(ref, LoadOptions(), force=False, reclaimable=0, cancel=threading.Event())
