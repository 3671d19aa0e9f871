"""A tool server already running on this computer, spoken to over MCP's Streamable HTTP.

The SDK's transport, with an HTTP client of Hearth's: no proxy from the environment (HTTP_PROXY would
otherwise carry what the model sends a local server off this computer), and the SDK's timeouts.
servers.check_url has refused every address that is not a loopback one.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx2
from mcp.client.streamable_http import streamable_http_client

CONNECT_S = 30.0
READ_S = 300.0  # a server may hold a stream of events open while a tool runs


@asynccontextmanager
async def http_transport(url: str) -> AsyncIterator[Any]:
    timeout = httpx2.Timeout(CONNECT_S, read=READ_S)
    async with (
        httpx2.AsyncClient(trust_env=False, timeout=timeout) as http,
        streamable_http_client(url, http_client=http) as streams,
    ):
        yield streams
