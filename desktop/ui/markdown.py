"""Model output as safe rich text for QTextDocument: Markdown rendered, nothing in it live.

Model output is untrusted. markdown-it runs with raw HTML off, so `<script>` or `<img>`
written by a model is escaped and shown as text; it also refuses `javascript:`, `file:`
and `data:` links. Images are shown as their text, never loaded. Links stay links, but
the view opens one only after a click that shows the address.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import get_lexer_by_name
from pygments.util import ClassNotFound

COPY_SCHEME = "hearth-copy"  # href of a code block's Copy link: hearth-copy:<index>
MAX_HIGHLIGHT_CHARS = 20_000  # longer blocks stay plain: highlighting is not worth a stall


@dataclass(frozen=True)
class Palette:
    code_background: str
    code_header: str
    quote_color: str
    pygments_style: str


LIGHT = Palette("#f3f4f6", "#6b7280", "#6b7280", "default")
DARK = Palette("#1f2430", "#9ca3af", "#9ca3af", "monokai")


@dataclass
class Rendered:
    html: str
    code_blocks: list[str] = field(default_factory=list)


SAFE_LINK_SCHEMES = ("http", "https", "mailto")  # the only links made, and the only ones opened
LINK_SCHEMES = ("http://", "https://", "mailto:")  # the same, as a link must begin


def _web_or_mail_only(url: str) -> bool:
    # Anything else a model writes (javascript:, file:, data:, relative paths, and Hearth's own
    # hearth-copy: that marks the Copy links of code blocks) stays plain text.
    return url.strip().lower().startswith(LINK_SCHEMES)


def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.validateLink = _web_or_mail_only
    md.enable(["table", "strikethrough"])
    md.add_render_rule("image", _render_image)
    md.add_render_rule("fence", _render_fence)
    md.add_render_rule("code_block", _render_fence)
    return md


def _render_image(self: Any, tokens: list[Token], idx: int, options: Any, env: dict) -> str:
    token = tokens[idx]
    alt = "".join(child.content for child in token.children or [])
    src = token.attrGet("src") or ""
    return html.escape(f"![{alt}]({src})")


def _render_fence(self: Any, tokens: list[Token], idx: int, options: Any, env: dict) -> str:
    token = tokens[idx]
    code = token.content.rstrip("\n")
    language = (token.info or "").strip().split(" ")[0][:32]
    palette: Palette = env["palette"]
    blocks: list[str] = env["code_blocks"]
    blocks.append(code)
    body = _highlight(code, language, palette)
    label = html.escape(language) if language else "code"
    return (
        f'<table width="100%" cellspacing="0" cellpadding="6" '
        f'style="background-color:{palette.code_background}; margin-top:4px; margin-bottom:8px;">'
        f'<tr><td style="color:{palette.code_header};">{label} &nbsp; '
        f'<a href="{COPY_SCHEME}:{len(blocks) - 1}">Copy</a></td></tr>'
        f'<tr><td><pre style="font-family:monospace; margin:0;">{body}</pre></td></tr></table>\n'
    )


def _highlight(code: str, language: str, palette: Palette) -> str:
    if language and len(code) <= MAX_HIGHLIGHT_CHARS:
        try:
            lexer = get_lexer_by_name(language, stripnl=False, ensurenl=False)
        except ClassNotFound:
            lexer = None
        if lexer is not None:
            formatter = HtmlFormatter(nowrap=True, noclasses=True, style=palette.pygments_style)
            return highlight(code, lexer, formatter).rstrip("\n")
    return html.escape(code)


_MD = _parser()


def render_markdown(text: str, palette: Palette = LIGHT) -> Rendered:
    env: dict[str, Any] = {"palette": palette, "code_blocks": []}
    body = _MD.render(text, env)
    body = body.replace("<blockquote>", f'<blockquote style="color:{palette.quote_color};">')
    return Rendered(body, env["code_blocks"])


def render_plain(text: str) -> Rendered:
    """User messages are shown as typed: escaped, line breaks kept."""
    escaped = html.escape(text).replace("\n", "<br>")
    return Rendered(f'<p style="white-space:pre-wrap;">{escaped}</p>')
