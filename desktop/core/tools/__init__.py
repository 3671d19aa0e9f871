"""Tools the model may call, served by the MCP (Model Context Protocol) servers the user added.

`servers` keeps the list (tools.json beside the settings); `client.ToolServers` runs them, on one
thread of its own, and answers with Futures. Nothing here decides whether a call may run: the
session asks the user first. Only this package imports the MCP SDK (`mcp`), and only when a server
is first started, so the window and the terminal do not wait for it.
"""
