"""ToolServers against real MCP servers (tests/helpers/mcp_server.py, the SDK's own server class) in real
processes: tools listed and called over stdio and Streamable HTTP, and servers that hang, crash, write
garbage or flood, each answered with one line while the others (and this process) go on."""

from __future__ import annotations

import json
import sys
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import psutil
import pytest
from mcp import types

from desktop.core.tools.client import ToolServers
from desktop.core.tools.logs import ServerLog
from desktop.core.tools.results import CONTENT_LIMIT, ToolListing, ToolOutcome, result_text
from desktop.core.tools.servers import McpServer, McpServerStore
from tests.helpers import mcp_server
from tests.helpers.mcp_server import ENV, HUGE_SIZE, STARTED, command, http_server

WAIT_S = 60  # the longest any future here may take: a bound for a hang, not a pace
TOOLS = {"add", "echo", "shout", "wait_forever", "huge", "environment", "fail"}


def answer(future: Future[Any]) -> Any:
    return future.result(timeout=WAIT_S)


def one_line(text: str) -> None:
    assert text and "\n" not in text and "Traceback" not in text and len(text) < 400, text


def server_children(besides: frozenset[int] = frozenset()) -> list[psutil.Process]:
    """This process's descendants that are test MCP servers, zombies included (they would be leaks too)."""
    found = []
    for child in psutil.Process().children(recursive=True):
        try:
            if child.pid in besides:
                continue
            if "tests.helpers.mcp_server" in " ".join(child.cmdline()) or child.status() == psutil.STATUS_ZOMBIE:
                found.append(child)
        except psutil.NoSuchProcess:
            continue
    return found


def make_servers(folder: Path, *servers: McpServer, timeout_s: float = 20.0) -> ToolServers:
    store = McpServerStore(folder / "tools.json")
    for server in servers:
        store.add(server)
    return ToolServers(store, folder / "logs", timeout_s=timeout_s)


def stdio(name: str, mode: str = "normal", env: tuple[tuple[str, str], ...] = ()) -> McpServer:
    return McpServer(name, command(mode), (*ENV, *env))


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ToolServers]:
    """Two well-behaved servers over stdio, started once for the tests that only ask them things."""
    servers = make_servers(
        tmp_path_factory.mktemp("mcp"), stdio("calc", env=(("HEARTH_TEST_VALUE", "from tools.json"),)), stdio("twin")
    )
    yield servers
    servers.close()


class Fresh:
    """Tool servers of one test's own, closed after it, and the server processes started since it began
    (the shared servers' are not counted)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.made: list[ToolServers] = []
        self.before = frozenset(p.pid for p in server_children())

    def __call__(self, *servers: McpServer, timeout_s: float = 20.0) -> ToolServers:
        self.made.append(make_servers(self.folder, *servers, timeout_s=timeout_s))
        return self.made[-1]

    def children(self) -> list[psutil.Process]:
        return server_children(besides=self.before)


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[Fresh]:
    made = Fresh(tmp_path)
    yield made
    for servers in made.made:
        servers.close()
    assert made.children() == []  # nothing left behind, whatever the test did


def test_tools_are_listed_over_stdio_with_their_schemas(shared: ToolServers) -> None:
    listing = answer(shared.list_tools(["calc"]))
    assert isinstance(listing, ToolListing) and listing.problems == []
    assert {tool.name for tool in listing.tools} == TOOLS
    add = next(tool for tool in listing.tools if tool.name == "add")
    assert add.server == "calc" and add.description == "Add two whole numbers."
    schema = json.loads(add.parameters)
    assert schema["type"] == "object" and set(schema["properties"]) == {"a", "b"}


def test_tools_are_called_and_their_text_comes_back(shared: ToolServers) -> None:
    added = answer(shared.call("calc", "add", {"a": 2, "b": 40}))
    assert added == ToolOutcome("42", is_error=False, seconds=added.seconds) and added.seconds > 0
    assert answer(shared.call("calc", "echo", {"text": "hé\nllo"})).content == "hé\nllo"
    assert answer(shared.call("calc", "shout", {"text": "quiet"})).content == "QUIET"
    # The server's environment is Hearth's, with the server's own variables over it.
    assert answer(shared.call("calc", "environment", {"name": "HEARTH_TEST_VALUE"})).content == "from tools.json"
    assert answer(shared.call("calc", "environment", {"name": "HEARTH_DATA_DIR"})).content != ""


def test_a_tool_that_fails_gives_an_error_outcome_and_the_server_goes_on(shared: ToolServers) -> None:
    failed = answer(shared.call("calc", "fail", {}))
    assert failed.is_error and "fail" in failed.content
    wrong = answer(shared.call("calc", "add", {"a": "two", "b": 1}))  # the server's own validation refuses it
    assert wrong.is_error
    unknown = answer(shared.call("calc", "no_such_tool", {}))
    assert unknown.is_error and unknown.content
    assert answer(shared.call("calc", "add", {"a": 1, "b": 1})).content == "2"


def test_a_huge_answer_is_cut_to_64_kib_with_a_note(shared: ToolServers) -> None:
    huge = answer(shared.call("calc", "huge", {}))
    assert not huge.is_error
    kept, _, note = huge.content.rpartition("\n")
    assert kept == "x" * CONTENT_LIMIT
    assert "cut" in note and f"{HUGE_SIZE:,} bytes" in note


def test_the_same_tool_name_on_a_second_server_is_qualified(shared: ToolServers) -> None:
    listing = answer(shared.list_tools(["calc", "twin"]))
    names = [(tool.server, tool.name) for tool in listing.tools]
    assert ("calc", "shout") in names and ("twin", "twin__shout") in names
    assert len({name for _, name in names}) == len(names) == 2 * len(TOOLS)
    assert answer(shared.call("twin", "twin__shout", {"text": "twin"})).content == "TWIN"
    assert answer(shared.call("calc", "shout", {"text": "calc"})).content == "CALC"
    # Listed alone (a check in Settings, another chat), twin's tools are not qualified; the name shown
    # before still reaches its tool.
    alone = answer(shared.list_tools(["twin"]))
    assert {tool.name for tool in alone.tools} == TOOLS
    assert answer(shared.call("twin", "twin__shout", {"text": "again"})).content == "AGAIN"
    assert answer(shared.call("twin", "shout", {"text": "alone"})).content == "ALONE"


def test_starting_one_server_twice_at_once_starts_one_process(shared: ToolServers) -> None:
    answer(shared.stop("twin"))
    both = [shared.list_tools(["twin"]), shared.list_tools(["twin"])]
    assert all(answer(future).problems == [] for future in both)
    running = answer(shared.running())
    assert set(running) == {"calc", "twin"}
    twins = [p for p in server_children() if p.pid != running["calc"]]
    assert [p.pid for p in twins] == [running["twin"]]


def test_arguments_that_are_no_json_object_are_refused_without_a_call(shared: ToolServers) -> None:
    for arguments in (["a", "list"], {"a": object()}, {"a": float("nan"), "b": {1, 2}}):
        refused = answer(shared.call("calc", "add", arguments))  # type: ignore[arg-type]
        assert refused.is_error and refused.content == "the arguments for add are not a JSON object"
    assert answer(shared.call("calc", "add", {"a": 1, "b": 2})).content == "3"


def test_a_server_whose_settings_change_is_started_again_with_them(fresh: Fresh) -> None:
    servers = fresh(stdio("conf", env=(("HEARTH_TEST_VALUE", "first"),)))
    assert answer(servers.call("conf", "environment", {"name": "HEARTH_TEST_VALUE"})).content == "first"
    first = answer(servers.running())["conf"]
    servers.store.add(stdio("conf", env=(("HEARTH_TEST_VALUE", "second"),)))  # as Settings or the terminal would
    assert answer(servers.call("conf", "environment", {"name": "HEARTH_TEST_VALUE"})).content == "second"
    assert answer(servers.running())["conf"] != first and not psutil.pid_exists(first)


def test_tools_are_listed_and_called_over_streamable_http(fresh: Fresh) -> None:
    with http_server() as url:
        servers = fresh(McpServer("web", url=url))
        listing = answer(servers.list_tools(["web"]))
        assert listing.problems == [] and {tool.name for tool in listing.tools} == TOOLS
        assert answer(servers.call("web", "add", {"a": 20, "b": 22})).content == "42"
        assert answer(servers.running()) == {"web": None}
    gone = answer(servers.call("web", "add", {"a": 1, "b": 2}))  # the server has ended
    assert gone.is_error
    one_line(gone.content)


def test_a_server_at_an_address_that_answers_nothing_is_a_problem(fresh: Fresh) -> None:
    servers = fresh(McpServer("down", url="http://127.0.0.1:9/mcp"))
    listing = answer(servers.list_tools(["down"]))
    assert listing.tools == [] and len(listing.problems) == 1
    one_line(listing.problems[0])
    assert "down" in listing.problems[0] and "cannot be reached" in listing.problems[0]


def test_a_tool_that_never_answers_times_out_and_the_server_answers_the_next_call(fresh: Fresh) -> None:
    servers = fresh(stdio("slow"))
    assert answer(servers.list_tools(["slow"])).problems == []
    pid = answer(servers.running())["slow"]
    started = time.monotonic()
    late = answer(servers.call("slow", "wait_forever", {}, timeout_s=1.5))
    took = time.monotonic() - started
    assert late.is_error and late.content == "the tool wait_forever on slow did not answer within 1.5 s"
    # Not before its timeout; and given up then, not left to the 30 s default (a generous bound: CI is noisy).
    assert 1.5 <= took < 15.0 and 1.5 <= late.seconds < 15.0
    assert answer(servers.call("slow", "echo", {"text": "next"})).content == "next"
    assert answer(servers.running()) == {"slow": pid}  # the same process: the call was cancelled, not the server


@pytest.mark.parametrize(
    ("mode", "said"),
    [
        ("garbage", "wrote something that is not an MCP message to its output: 'this is not JSON-RPC'"),
        ("flood", "sent a message over 32 MiB"),
    ],
)
def test_a_server_that_breaks_the_protocol_is_one_problem_and_is_stopped(fresh: Fresh, mode: str, said: str) -> None:
    servers = fresh(stdio("bad", mode), stdio("good"))
    started = time.monotonic()
    listing = answer(servers.list_tools(["bad", "good"]))
    assert time.monotonic() - started < 20  # well inside the start timeout: not a hang that timed out
    assert {tool.server for tool in listing.tools} == {"good"}  # the other server still works
    assert len(listing.problems) == 1
    one_line(listing.problems[0])
    assert listing.problems[0].startswith("the tool server bad ") and said in listing.problems[0]
    assert set(answer(servers.running())) == {"good"}
    assert [p.pid for p in fresh.children()] == [answer(servers.running())["good"]]  # the bad one's is gone
    assert said in servers.log_path("bad").read_text(encoding="utf-8")


def test_a_server_that_crashes_on_a_call_is_an_error_outcome_and_starts_again(fresh: Fresh) -> None:
    servers = fresh(stdio("crashy", "crash"))
    assert answer(servers.list_tools(["crashy"])).problems == []
    first = answer(servers.running())["crashy"]
    crashed = answer(servers.call("crashy", "add", {"a": 1, "b": 2}))
    assert crashed.is_error
    one_line(crashed.content)
    assert f"exited (status {mcp_server.CRASH_STATUS})" in crashed.content and "crashy" in crashed.content
    assert answer(servers.running()) == {}
    assert not psutil.pid_exists(first)
    # The next use starts it again.
    assert answer(servers.list_tools(["crashy"])).problems == []
    second = answer(servers.running())["crashy"]
    assert second != first and psutil.pid_exists(second)


def test_a_server_that_cannot_start_or_is_not_there_is_a_problem(fresh: Fresh) -> None:
    servers = fresh(McpServer("missing", ("/no/such/program", "--serve")), stdio("good"))
    listing = answer(servers.list_tools(["missing", "ghost", "good"]))
    assert {tool.server for tool in listing.tools} == {"good"}
    missing, ghost = listing.problems
    for problem in listing.problems:
        one_line(problem)
    assert missing.startswith("the tool server missing cannot start /no/such/program")
    assert "no tool server named 'ghost'" in ghost
    outcome = answer(servers.call("ghost", "add", {}))
    assert outcome.is_error and "no tool server named 'ghost'" in outcome.content


def test_a_server_that_does_not_answer_in_time_is_a_problem(fresh: Fresh) -> None:
    # It reads every request and answers none.
    mute = McpServer("mute", (sys.executable, "-c", "import sys; sys.stdin.read()"))
    servers = fresh(mute, timeout_s=1.5)
    started = time.monotonic()
    listing = answer(servers.list_tools(["mute"]))
    assert time.monotonic() - started < 20  # not a hang that ran into a timeout
    assert listing.problems == ["the tool server mute did not answer within 1.5 s"]
    assert answer(servers.running()) == {}


def test_stop_ends_the_processes_and_leaves_no_child_behind(fresh: Fresh) -> None:
    servers = fresh(stdio("one"), stdio("two"))
    assert answer(servers.list_tools(["one", "two"])).problems == []
    pids = answer(servers.running())
    assert set(pids) == {"one", "two"} and {p.pid for p in fresh.children()} == set(pids.values())
    assert answer(servers.stop("one")) is None
    assert set(answer(servers.running())) == {"two"} and not psutil.pid_exists(pids["one"])
    answer(servers.stop())
    assert answer(servers.running()) == {} and fresh.children() == []
    # Stopped is not gone: the next use starts it again.
    assert answer(servers.call("two", "add", {"a": 1, "b": 1})).content == "2"
    servers.close()
    servers.close()  # idempotent
    assert fresh.children() == []
    after = answer(servers.call("two", "add", {"a": 1, "b": 1}))  # answered, never raised
    assert after.is_error and "closed" in after.content
    assert answer(servers.list_tools(["two"])).problems == [after.content]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads other processes' environments")
def test_a_server_behind_a_launcher_leaves_no_orphan(fresh: Fresh) -> None:
    """As with `npx` or `uvx`: the server is the launcher's child. Ending the launcher alone would leave
    it running, adopted by init and so no longer a descendant here: it is looked for everywhere."""
    tag = uuid.uuid4().hex
    launcher = (sys.executable, "-c", "import subprocess, sys; sys.exit(subprocess.call(sys.argv[1:]))")
    servers = fresh(McpServer("wrapped", (*launcher, *command("garbage")), (*ENV, ("HEARTH_TEST_TAG", tag))))
    listing = answer(servers.list_tools(["wrapped"]))
    assert len(listing.problems) == 1 and "is not an MCP message" in listing.problems[0]
    tagged = [
        p.info["pid"]
        for p in psutil.process_iter(["pid", "environ"], ad_value=None)
        if (p.info["environ"] or {}).get("HEARTH_TEST_TAG") == tag
    ]
    assert tagged == []


def test_a_servers_stderr_reaches_its_log(fresh: Fresh, tmp_path: Path) -> None:
    servers = fresh(stdio("noisy"))
    assert servers.log_path("noisy") == tmp_path / "logs" / "mcp-noisy.log"
    answer(servers.list_tools(["noisy"]))
    answer(servers.stop("noisy"))
    text = servers.log_path("noisy").read_text(encoding="utf-8")
    assert f"{STARTED} (mode normal)" in text
    assert "] starting " in text and "tests.helpers.mcp_server" in text and "] stopped" in text
    answer(servers.list_tools(["noisy"]))  # a second start appends
    answer(servers.stop("noisy"))
    assert servers.log_path("noisy").read_text(encoding="utf-8").count(STARTED) == 2


def test_a_log_stays_bounded(tmp_path: Path) -> None:
    log = ServerLog(tmp_path / "mcp-x.log", limit=1000)
    log.open()
    for index in range(50):
        log.write(f"line {index:03} {'.' * 90}\n".encode())
    log.close()
    kept, older = tmp_path / "mcp-x.log", tmp_path / "mcp-x.log.1"
    assert kept.stat().st_size <= 1000 and older.stat().st_size <= 1000
    assert "line 049" in kept.read_text() and "line 000" not in kept.read_text() + older.read_text()


def test_results_are_text_with_other_content_described() -> None:
    content = [
        types.TextContent(type="text", text="first"),
        types.ImageContent(type="image", data="AAAA" * 100, mime_type="image/png"),
        types.AudioContent(type="audio", data="AAA=", mime_type="audio/wav"),
        types.EmbeddedResource(
            type="resource", resource=types.TextResourceContents(uri="file:///notes.txt", text="the notes")
        ),
        types.EmbeddedResource(
            type="resource", resource=types.BlobResourceContents(uri="file:///a.bin", blob="AAAAAAAA")
        ),
        types.ResourceLink(type="resource_link", uri="file:///b.txt", name="b"),
    ]
    assert result_text(content).split("\n") == [
        "first",
        "[image, 300 bytes]",
        "[audio, 2 bytes]",
        "the notes",
        "[resource file:///a.bin, 6 bytes]",
        "[resource link: file:///b.txt]",
    ]
    assert result_text([], {"temperature": 21}) == '{"temperature": 21}'
    assert result_text([types.TextContent(type="text", text="21")], {"result": 21}) == "21"
