"""The benchmark's tool server: one `add`, written with the MCP SDK's own server class, over stdio."""

from __future__ import annotations


def main() -> None:
    from mcp.server import MCPServer

    server = MCPServer("hearth-bench-calc", log_level="WARNING")

    @server.tool()
    def add(a: int, b: int) -> int:
        """Add two whole numbers."""
        return a + b

    server.run("stdio")


if __name__ == "__main__":
    main()
