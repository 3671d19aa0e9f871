"""The MCP tool servers a user added, kept in `tools.json` beside the settings.

A server is a command Hearth starts and speaks to over its standard input and output, or the
address of one already running on this computer (Streamable HTTP, loopback only: a tool server
acts on this computer, and what the model sends it must not leave it). The environment variables
given to a command are kept in the file (which only its owner can read), so a token for a server
is best read from the user's own environment instead.
"""

from __future__ import annotations

import json
import logging
import re
import shlex
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from desktop.core.atomic import atomic_write_text
from desktop.core.paths import config_dir
from desktop.core.remotes.endpoints import NAME_PATTERN, is_loopback_host
from desktop.core.text import one_line

log = logging.getLogger(__name__)

ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


class ToolServerError(ValueError):
    """A name, command, address or file that cannot be used; the message is one line meant for a user."""


@dataclass(frozen=True)
class McpServer:
    """One tool server: exactly one of `command` (started by Hearth, over stdio) and `url`."""

    name: str
    command: tuple[str, ...] = ()  # the program and its arguments, not a shell line
    env: tuple[tuple[str, str], ...] = ()  # set for the command, over Hearth's own environment
    url: str = ""  # a Streamable HTTP server on this computer: http://127.0.0.1:8000/mcp

    @property
    def runs(self) -> str:
        """What it runs, on one line: the command as a shell would read it, or the address."""
        return one_line(shlex.join(self.command) if self.command else self.url)

    def checked(self) -> McpServer:
        """This server, if it can be used (the address normalised); else ToolServerError."""
        check_name(self.name)
        if bool(self.command) == bool(self.url):
            raise ToolServerError(f"{self.name}: give either a command to run or an address, not both or neither")
        for key, value in self.env:
            check_env(key, value)
        if self.url:
            return McpServer(self.name, url=check_url(self.url))
        if not self.command[0].strip():
            raise ToolServerError(f"{self.name}: the command is empty")
        if any("\0" in part for part in self.command):
            raise ToolServerError(f"{self.name}: the command holds a NUL character")
        return self


def check_name(name: str) -> str:
    if not NAME_PATTERN.fullmatch(name):  # not match: "$" also matches before a final "\n"
        raise ToolServerError(
            f"{one_line(name)!r} is not a usable tool server name: "
            "use up to 40 letters, digits, '.', '_' or '-', starting with a letter or digit"
        )
    return name


def check_env(key: str, value: str) -> tuple[str, str]:
    if not ENV_NAME.fullmatch(key):
        raise ToolServerError(
            f"{one_line(key)!r} is not an environment variable's name (letters, digits and '_', e.g. API_TOKEN)"
        )
    if "\0" in value:
        raise ToolServerError(f"the value of {key} holds a NUL character")
    return key, value


def parse_env(line: str) -> tuple[str, str]:
    """KEY=VALUE, as typed on a command line or in the settings."""
    key, equals, value = line.partition("=")
    if not equals:
        raise ToolServerError(f"{one_line(line, 80)!r} is not KEY=VALUE")
    return check_env(key.strip(), value)


def check_url(url: str) -> str:
    """A Streamable HTTP address on this computer (127.0.0.1, ::1 or localhost), as typed or refused."""
    text = url.strip()
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ToolServerError(f"{one_line(url, 200)!r} is not an http:// or https:// address")
    if parts.username or parts.password:
        raise ToolServerError("a tool server's address holds no user name or password")
    if parts.fragment:
        raise ToolServerError("a tool server's address has no fragment (nothing after #)")
    try:
        parts.port  # noqa: B018 - raises on a port that is not a number
    except ValueError:
        raise ToolServerError(f"{one_line(url, 200)!r} has a port that is not a number") from None
    if not is_loopback_host(parts.hostname):
        raise ToolServerError(
            f"{one_line(parts.hostname, 100)} is not this computer: a tool server at an address must run on "
            "127.0.0.1, ::1 or localhost"
        )
    return text


def tools_path() -> Path:
    return config_dir() / "tools.json"


class McpServerStore:
    """The servers, read from and saved to `tools.json` (atomically). Read again on each call: the
    terminal and the window may both change it."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or tools_path()

    def all(self) -> list[McpServer]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, ValueError) as error:
            log.warning("ignoring unreadable %s: %s", self.path, error)
            return []
        items = raw.get("servers", []) if isinstance(raw, dict) else None
        if not isinstance(items, list):
            log.warning("ignoring %s: it holds no list of servers", self.path)
            return []
        servers: list[McpServer] = []
        for item in items:
            server = _server_from(item)
            if server is not None and server.name not in {s.name for s in servers}:
                servers.append(server)
        return servers

    def get(self, name: str) -> McpServer | None:
        return next((s for s in self.all() if s.name == name), None)

    def add(self, server: McpServer) -> None:
        """Add the server at the end, or replace the one of that name where it is."""
        server = server.checked()
        servers = self.all()
        names = [s.name for s in servers]
        if server.name in names:
            servers[names.index(server.name)] = server
        else:
            servers.append(server)
        self._save(servers)

    def remove(self, name: str) -> bool:
        servers = self.all()
        kept = [s for s in servers if s.name != name]
        if len(kept) == len(servers):
            return False
        self._save(kept)
        return True

    def _save(self, servers: list[McpServer]) -> None:
        items = [
            {"name": s.name, "url": s.url}
            if s.url
            else {"name": s.name, "command": list(s.command), "env": dict(s.env)}
            for s in servers
        ]
        text = json.dumps({"servers": items}, indent=2, ensure_ascii=False)
        try:
            atomic_write_text(self.path, text + "\n")  # a new file only its owner can read (mkstemp's mode)
        except OSError as error:
            raise ToolServerError(f"cannot save {self.path}: {error.strerror or error}") from None


def _server_from(item: object) -> McpServer | None:
    if not isinstance(item, dict):
        return None
    command, env = item.get("command", []), item.get("env", {})
    if not isinstance(command, list) or not all(isinstance(part, str) for part in command):
        command = None
    if not isinstance(env, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in env.items()):
        env = None
    try:
        if command is None or env is None:
            raise ToolServerError(f"{one_line(str(item.get('name', '')), 40)}: its command or environment is not text")
        return McpServer(
            name=str(item.get("name", "")), command=tuple(command), env=tuple(env.items()), url=str(item.get("url", ""))
        ).checked()
    except ToolServerError as error:
        log.warning("ignoring a server in tools.json: %s", error)
        return None
