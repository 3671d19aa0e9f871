"""`hearth mcp add|list|rm|tools` run as a user runs them (`python -m desktop`), against a real MCP server."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.tools.servers import McpServer, McpServerStore
from tests.helpers.mcp_server import ROOT, STARTED, command

TOOLS = ["add", "echo", "shout", "wait_forever", "huge", "environment", "fail"]


def hearth(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    # HEARTH_DATA_DIR (the data_dir fixture) is inherited: tools.json and the logs land in the test's folder.
    return subprocess.run(
        [sys.executable, "-m", "desktop", "mcp", *args], cwd=ROOT, capture_output=True, text=True, timeout=timeout
    )


def no_traceback(done: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in done.stdout + done.stderr


def test_add_list_and_remove(data_dir: Path) -> None:
    done = hearth("add", "calc", "--env", "PYTHONPATH=" + str(ROOT), "--env", "TOKEN=s3cr3t", "--", *command())
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"Added calc: {sys.executable} -m tests.helpers.mcp_server --mode normal\n")
    assert hearth("add", "web", "--url", "http://127.0.0.1:8000/mcp").returncode == 0
    assert McpServerStore(data_dir / "tools.json").all() == [
        McpServer("calc", command(), (("PYTHONPATH", str(ROOT)), ("TOKEN", "s3cr3t"))),
        McpServer("web", url="http://127.0.0.1:8000/mcp"),
    ]

    table = hearth("list")
    assert table.returncode == 0
    rows = table.stdout.splitlines()
    assert rows[0].startswith("calc  ") and rows[0].endswith("--mode normal  (env: PYTHONPATH, TOKEN)")
    assert rows[1] == "web   http://127.0.0.1:8000/mcp"
    assert "s3cr3t" not in table.stdout  # the variables' values are not shown: they may be tokens

    listed = json.loads(hearth("list", "--json").stdout)
    assert "s3cr3t" not in json.dumps(listed)
    assert listed == [
        {"name": "calc", "command": list(command()), "env": ["PYTHONPATH", "TOKEN"], "url": ""},
        {"name": "web", "command": [], "env": [], "url": "http://127.0.0.1:8000/mcp"},
    ]

    removed = hearth("rm", "web")
    assert (removed.returncode, removed.stdout) == (0, "Removed web.\n")
    assert [s["name"] for s in json.loads(hearth("list", "--json").stdout)] == ["calc"]
    again = hearth("rm", "web")
    assert again.returncode == 1 and again.stderr == "hearth: there is no tool server named 'web'\n"


def test_an_empty_list_says_how_to_add_one() -> None:
    done = hearth()
    assert done.returncode == 0 and "No tool servers. Add one with `hearth mcp add" in done.stdout
    assert json.loads(hearth("list", "--json").stdout) == []


def test_tools_starts_the_server_lists_its_tools_and_stops_it(data_dir: Path) -> None:
    assert hearth("add", "calc", "--env", "PYTHONPATH=" + str(ROOT), "--", *command()).returncode == 0
    done = hearth("tools", "calc")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == f"calc: {len(TOOLS)} tools"
    assert [line.split()[0] for line in lines[1:]] == TOOLS
    assert "Add two whole numbers." in lines[1]
    listed = json.loads(hearth("tools", "calc", "--json").stdout)
    assert [tool["name"] for tool in listed] == TOOLS
    assert set(listed[0]["parameters"]["properties"]) == {"a", "b"}
    log = (data_dir / "logs" / "mcp-calc.log").read_text(encoding="utf-8")
    assert log.count(STARTED) == 2 and log.count("] stopped") == 2  # started and stopped, each time


@pytest.mark.parametrize(
    ("mode", "said"), [("garbage", "is not an MCP message"), ("crash", None), ("flood", "over 32 MiB")]
)
def test_tools_of_a_broken_server_is_one_line_and_exit_status_1(mode: str, said: str | None) -> None:
    assert hearth("add", "bad", "--env", "PYTHONPATH=" + str(ROOT), "--", *command(mode)).returncode == 0
    done = hearth("tools", "bad")
    no_traceback(done)
    if said is None:  # it lists its tools; only a call crashes it
        assert done.returncode == 0 and done.stdout.startswith("bad: 7 tools")
        return
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("hearth: the tool server bad ")
    assert said in done.stderr and "mcp-bad.log" in done.stderr


def test_tools_of_a_program_that_does_not_exist() -> None:
    assert hearth("add", "nothing", "--", "/no/such/mcp-server").returncode == 0
    done = hearth("tools", "nothing")
    no_traceback(done)
    assert done.returncode == 1
    assert done.stderr.startswith("hearth: the tool server nothing cannot start /no/such/mcp-server: ")


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("add", "far", "--url", "http://192.168.1.10:8000/mcp"), "192.168.1.10 is not this computer"),
        (("add", "far", "--url", "http://example.com/mcp"), "example.com is not this computer"),
        (("add", "bad/name", "--", "x"), "is not a usable tool server name"),
        (("add", "nothing"), "give the command that starts the server after --, or --url"),
        (("add", "both", "--url", "http://127.0.0.1:1/mcp", "--", "x"), "not both"),
        (("add", "env", "--env", "NOVALUE", "--", "x"), "'NOVALUE' is not KEY=VALUE"),
        (("add", "env", "--env"), "--env needs a value"),
        (("add", "web", "--url", "http://127.0.0.1:1/mcp", "--env", "A=1"), "--env is for a command"),
        (("add", "dash", "--verbose", "x"), "'--verbose' is not a command"),
        (("tools", "ghost"), "there is no tool server named 'ghost'"),
        (("tools", "ghost\x1b[2J"), "there is no tool server named 'ghost\\\\x1b[2J'"),
        (("rm", "ghost"), "there is no tool server named 'ghost'"),
    ],
)
def test_bad_input_is_refused_on_one_line(args: tuple[str, ...], said: str, data_dir: Path) -> None:
    done = hearth(*args)
    no_traceback(done)
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.startswith("hearth: ") and done.stderr.count("\n") == 1 and said in done.stderr
    assert not (data_dir / "tools.json").exists()  # nothing was saved
