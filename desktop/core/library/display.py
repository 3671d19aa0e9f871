"""Short human forms of model numbers, shared by the CLI table and the UI: 98 MB, 135M, 8k."""

from __future__ import annotations


def format_size(count: int) -> str:
    if count <= 0:
        return "-"
    if count >= 1e9:
        return f"{count / 1e9:.1f} GB"
    if count >= 1e6:
        return f"{count / 1e6:.0f} MB"
    return f"{max(count / 1e3, 1):.0f} KB"


def format_parameters(count: int) -> str:
    if count <= 0:
        return "-"
    if count >= 1e9:
        return f"{count / 1e9:.1f}B"
    if count >= 1e6:
        return f"{count / 1e6:.0f}M"
    return f"{max(count / 1e3, 1):.0f}K"


def format_context(tokens: int) -> str:
    if tokens <= 0:
        return "-"
    if tokens >= 1024 and tokens % 1024 == 0:
        return f"{tokens // 1024}k"
    return f"{tokens:,}"
