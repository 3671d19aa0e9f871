"""`hearth mcp add|list|rm|tools`: the MCP tool servers whose tools a chat may offer the model."""

from __future__ import annotations

import argparse
import json

from desktop.cli.terminal import fail, field

EXAMPLE = "hearth mcp add files -- npx -y @modelcontextprotocol/server-filesystem ~/Documents"


def add_parser(commands: argparse._SubParsersAction) -> None:
    mcp = commands.add_parser(
        "mcp", help="add, list, check and remove tool servers (MCP)", description=f"For example: {EXAMPLE}"
    )
    mcp.set_defaults(run=run_list, json=False)
    actions = mcp.add_subparsers(dest="mcp_command", metavar="ACTION")

    add = actions.add_parser(
        "add",
        help="add a server: a command Hearth starts (after --), or --url of one running on this computer",
        description=f"For example: {EXAMPLE}, or: hearth mcp add web --url http://127.0.0.1:8000/mcp",
    )
    add.add_argument(
        "--env", action="append", default=[], metavar="KEY=VALUE", help="set for the command (may be given again)"
    )
    add.add_argument("--url", help="a Streamable HTTP server on this computer, e.g. http://127.0.0.1:8000/mcp")
    add.add_argument("name", help="what to call it (letters, digits, '.', '_', '-')")
    # All that follows NAME, parsed by _after_name: argparse would give "-y" of `npx -y ...` to itself,
    # and a "*" positional beside NAME takes nothing once an option (--env) comes between them.
    add.add_argument("command", nargs=argparse.REMAINDER, help="-- then the program and its arguments")
    add.set_defaults(run=run_add)

    listing = actions.add_parser("list", help="the servers and what each runs")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    listing.set_defaults(run=run_list)

    remove = actions.add_parser("rm", help="remove a server")
    remove.add_argument("name")
    remove.set_defaults(run=run_rm)

    tools = actions.add_parser("tools", help="start a server, list its tools and stop it: a check that it works")
    tools.add_argument("name")
    tools.add_argument("--json", action="store_true", help="print JSON instead of a list")
    tools.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS", help="how long to wait for it")
    tools.set_defaults(run=run_tools)


def _after_name(words: list[str]) -> tuple[list[str], str, list[str]]:
    """The --env and --url options after NAME, and the command after "--" (argparse may have kept the "--"
    or taken it: both are read alike)."""
    env: list[str] = []
    url = ""
    index = 0
    while index < len(words):
        option, equals, value = words[index].partition("=")
        if words[index] == "--":
            index += 1
            break
        if option not in ("--env", "--url"):
            break
        if not equals:
            if index + 1 == len(words):
                raise ValueError(f"{option} needs a value")
            index += 1
            value = words[index]
        if option == "--env":
            env.append(value)
        else:
            url = value
        index += 1
    return env, url, words[index:]


def run_add(args: argparse.Namespace) -> int:
    from desktop.core.tools.servers import McpServer, McpServerStore, ToolServerError, parse_env

    try:
        env_lines, url, command = _after_name(args.command)
    except ValueError as error:
        return fail(str(error))
    env_lines, url = [*args.env, *env_lines], url or args.url or ""
    if url and command:
        return fail("give either a command to run (after --) or --url, not both")
    if not url and not command:
        return fail(f"give the command that starts the server after --, or --url: {EXAMPLE}")
    if command and command[0].startswith("-"):
        return fail(f"{field(command[0])!r} is not a command: put the command after --, as in: {EXAMPLE}")
    try:
        env = tuple(parse_env(line) for line in env_lines)
        if url and env:
            return fail("--env is for a command Hearth starts, not a server at an address")
        server = McpServer(args.name, tuple(command), env, url).checked()
        McpServerStore().add(server)
    except ToolServerError as error:
        return fail(str(error))
    print(f"Added {server.name}: {server.runs}")
    print(f"Check it with `hearth mcp tools {server.name}`; a chat offers its tools once you choose it there.")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from desktop.core.tools.servers import McpServerStore

    servers = McpServerStore().all()
    if args.json:
        data = [
            {"name": s.name, "command": list(s.command), "env": [key for key, _ in s.env], "url": s.url}
            for s in servers
        ]
        print(json.dumps(data, indent=2))
        return 0
    if not servers:
        print(f"No tool servers. Add one with `{EXAMPLE}`.")
        return 0
    width = max(len(s.name) for s in servers)
    for server in servers:
        # The variables' names only: their values may be tokens.
        env = f"  (env: {', '.join(key for key, _ in server.env)})" if server.env else ""
        print(f"{server.name:<{width}}  {server.runs}{field(env)}")
    return 0


def run_rm(args: argparse.Namespace) -> int:
    from desktop.core.tools.servers import McpServerStore, ToolServerError

    store = McpServerStore()
    try:
        removed = store.remove(args.name)
    except ToolServerError as error:
        return fail(str(error))
    if not removed:
        return fail(f"there is no tool server named {field(args.name)!r}")
    print(f"Removed {args.name}.")
    return 0


def run_tools(args: argparse.Namespace) -> int:
    from desktop.core.tools.client import ToolServers
    from desktop.core.tools.servers import McpServerStore

    store = McpServerStore()
    if store.get(args.name) is None:
        return fail(f"there is no tool server named {field(args.name)!r}")
    if not args.timeout > 0:
        return fail("--timeout is a number of seconds above 0")
    servers = ToolServers(store, timeout_s=args.timeout)
    try:
        listing = servers.list_tools([args.name]).result()
    finally:
        servers.close()  # the server's process ends here
    if listing.problems:
        for problem in listing.problems[:-1]:
            fail(problem)
        return fail(f"{listing.problems[-1]} (its log: {servers.log_path(args.name)})")
    if args.json:
        data = [
            {"name": t.name, "description": t.description, "parameters": json.loads(t.parameters)}
            for t in listing.tools
        ]
        print(json.dumps(data, indent=2))
        return 0
    count = len(listing.tools)
    print(f"{args.name}: {count} tool{'s' if count != 1 else ''}")
    width = max((len(tool.name) for tool in listing.tools), default=0)
    for tool in listing.tools:
        summary = tool.description.strip().splitlines()[0] if tool.description.strip() else ""
        print(f"  {field(tool.name):<{width}}  {field(summary)[:100]}".rstrip())
    return 0
