"""tools.json: MCP servers kept by name (a command with its environment, or a loopback address), bad ones
refused on one line, a broken file ignored."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from desktop.core.tools.servers import (
    McpServer,
    McpServerStore,
    ToolServerError,
    check_name,
    check_url,
    parse_env,
    tools_path,
)


@pytest.fixture
def store(tmp_path: Path) -> McpServerStore:
    return McpServerStore(tmp_path / "tools.json")


def test_servers_round_trip_through_the_file(store: McpServerStore) -> None:
    files = McpServer("files", ("npx", "-y", "@modelcontextprotocol/server-filesystem", "/tmp"), (("DEBUG", "1"),))
    web = McpServer("web", url="http://127.0.0.1:8000/mcp")
    store.add(files)
    store.add(web)
    again = McpServerStore(store.path).all()
    assert again == [files, web]
    assert again[0].runs == "npx -y @modelcontextprotocol/server-filesystem /tmp"
    assert again[1].runs == "http://127.0.0.1:8000/mcp"
    saved = json.loads(store.path.read_text(encoding="utf-8"))
    assert saved["servers"][0]["env"] == {"DEBUG": "1"} and saved["servers"][1] == {"name": "web", "url": web.url}


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX's")
def test_the_file_is_readable_by_its_owner_only(store: McpServerStore) -> None:
    store.add(McpServer("gh", ("github-mcp",), (("GITHUB_TOKEN", "secret"),)))
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600


def test_adding_a_name_again_replaces_it_in_place_and_remove_forgets_it(store: McpServerStore) -> None:
    store.add(McpServer("a", ("one",)))
    store.add(McpServer("b", ("two",)))
    store.add(McpServer("a", url="http://localhost:9000/mcp"))
    assert [(s.name, s.runs) for s in store.all()] == [("a", "http://localhost:9000/mcp"), ("b", "two")]
    assert store.get("b") == McpServer("b", ("two",)) and store.get("c") is None
    assert store.remove("a") and [s.name for s in store.all()] == ["b"]
    assert not store.remove("a")


def test_the_file_lives_in_the_test_data_folder(data_dir: Path) -> None:
    assert tools_path() == data_dir / "tools.json"
    assert McpServerStore().path == data_dir / "tools.json"


@pytest.mark.parametrize(
    "server",
    [
        McpServer("both", ("run",), url="http://127.0.0.1:1/mcp"),
        McpServer("neither"),
        McpServer("blank", ("  ",)),
        McpServer("nul", ("run", "a\0b")),
        McpServer("bad env", ("run",)),
        McpServer("env", ("run",), (("NOT A NAME", "x"),)),
        McpServer("env2", ("run",), (("OK", "a\0b"),)),
        McpServer("remote", url="http://192.168.1.5:8000/mcp"),
        McpServer("remote2", url="https://example.com/mcp"),
        McpServer("ftp", url="ftp://127.0.0.1/mcp"),
        McpServer("userinfo", url="http://user:pw@127.0.0.1:8000/mcp"),
        McpServer("port", url="http://127.0.0.1:http/mcp"),
        McpServer("spoof", url="http://127.0.0.1.example.com/mcp"),
    ],
)
def test_servers_that_cannot_be_used_are_refused_on_one_line(store: McpServerStore, server: McpServer) -> None:
    with pytest.raises(ToolServerError) as raised:
        store.add(server)
    assert "\n" not in str(raised.value) and str(raised.value)
    assert store.all() == []


@pytest.mark.parametrize("url", ["http://127.0.0.1:8000/mcp", "http://[::1]:3000/mcp", "https://localhost/mcp?x=1"])
def test_loopback_addresses_are_kept(url: str) -> None:
    assert check_url(url) == url


@pytest.mark.parametrize("name", ["", "a/b", "has space", "-dash", ".dot", "x" * 41, "a\n", "\x1b[31mred", "a\u202e"])
def test_bad_names_are_refused_on_one_line(name: str) -> None:
    with pytest.raises(ToolServerError) as raised:
        check_name(name)
    message = str(raised.value)
    assert "\n" not in message and "\x1b" not in message and "\u202e" not in message


def test_env_lines_are_parsed() -> None:
    assert parse_env("TOKEN=a=b") == ("TOKEN", "a=b")
    assert parse_env("EMPTY=") == ("EMPTY", "")
    for bad in ("NOEQUALS", "=value", "1ST=x", "A B=c"):
        with pytest.raises(ToolServerError):
            parse_env(bad)


def test_a_broken_file_is_ignored_and_bad_entries_skipped(store: McpServerStore) -> None:
    store.path.write_text("{not json", encoding="utf-8")
    assert store.all() == []
    store.path.write_text(json.dumps({"servers": "no list"}), encoding="utf-8")
    assert store.all() == []
    entries = [
        {"name": "good", "command": ["run", "--flag"], "env": {"K": "v"}},
        {"name": "bad/name", "command": ["run"]},
        {"name": "nocommand"},
        {"name": "badcommand", "command": "run --flag"},
        {"name": "badenv", "command": ["run"], "env": {"K": 1}},
        {"name": "far", "url": "http://10.0.0.1/mcp"},
        {"name": "good", "command": ["again"]},  # a second of one name: the first is kept
        "not a dict",
    ]
    store.path.write_text(json.dumps({"servers": entries}), encoding="utf-8")
    assert store.all() == [McpServer("good", ("run", "--flag"), (("K", "v"),))]
