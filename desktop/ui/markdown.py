"""Model output as safe rich text for QTextDocument: Markdown rendered, nothing in it live.

Model output is untrusted. markdown-it runs with raw HTML off, so `<script>` or `<img>`
written by a model is escaped and shown as text; it also refuses `javascript:`, `file:`
and `data:` links. Images are shown as their text, never loaded. Links stay links, but
the view opens one only after a click that shows the address.

A reply given sources has its [n] markers made chips here, at the render step, so they appear
while it streams; only this renderer makes `hearth-cite:` links (a model's own are refused like
any other link that is not web or mail), and a marker in code stays code.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import get_lexer_by_name
from pygments.util import ClassNotFound

from desktop.core.documents.grounding import markers
from desktop.core.messages import CitationPart
from desktop.ui.i18n import tr
from desktop.ui.plain import plain
from desktop.ui.source_names import place

COPY_SCHEME = "hearth-copy"  # href of a code block's Copy link: hearth-copy:<index>
CITE_SCHEME = "hearth-cite"  # href of a citation chip: hearth-cite:<n>, n one of the reply's sources
MAX_HIGHLIGHT_CHARS = 20_000  # longer blocks stay plain: highlighting is not worth a stall


@dataclass(frozen=True)
class Palette:
    code_background: str
    code_header: str
    quote_color: str
    pygments_style: str
    cite_background: str = "#fde6d4"
    cite_text: str = "#9a3412"
    unverified: str = "#6b7280"


LIGHT = Palette("#f3f4f6", "#6b7280", "#6b7280", "default")
DARK = Palette("#1f2430", "#9ca3af", "#9ca3af", "monokai", "#4a2c1a", "#fdba74", "#9ca3af")
# High contrast: code on near-black with a style whose every colour reads on it; chips in yellow.
CONTRAST = Palette("#111111", "#ffffff", "#e5e5e5", "native", "#ffd400", "#000000", "#e5e5e5")


@dataclass
class Rendered:
    html: str
    code_blocks: list[str] = field(default_factory=list)
    cited: list[int] = field(default_factory=list)  # the sources its chips name, in order, once
    unverified: list[int] = field(default_factory=list)  # the numbers it cites that were no source


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
    md.add_render_rule("citation", _render_citation)
    # Before text_join: an escaped \[1\] is still apart from the text around it, and stays text.
    md.core.ruler.before("text_join", "citations", _find_citations)
    return md


def _find_citations(state: StateCore) -> None:
    """Split the text of a reply given sources at its [n] markers: one citation token each.

    Only plain text outside links is looked at, so code (its own token), image descriptions
    and link text keep their brackets as written.
    """
    sources: dict[int, CitationPart] | None = state.env.get("sources")
    if sources is None:
        return
    for token in state.tokens:
        if token.type != "inline" or not token.children:
            continue
        children: list[Token] = []
        in_link = 0
        for child in token.children:
            in_link += {"link_open": 1, "link_close": -1}.get(child.type, 0)
            if child.type == "text" and not in_link and "[" in child.content:
                children.extend(_split_at_markers(child, sources))
            else:
                children.append(child)
        token.children = children


def _split_at_markers(token: Token, sources: dict[int, CitationPart]) -> list[Token]:
    text = token.content
    pieces: list[Token] = []
    at = 0
    for marker in markers(text, sources):
        if marker.start > at:
            pieces.append(_text_token(text[at : marker.start]))
        chip = Token("citation", "", 0)
        chip.meta = {"numbers": marker.numbers, "verified": marker.verified, "written": text[marker.start : marker.end]}
        pieces.append(chip)
        at = marker.end
    if not pieces:
        return [token]
    if at < len(text):
        pieces.append(_text_token(text[at:]))
    return pieces


def _text_token(content: str) -> Token:
    token = Token("text", "", 0)
    token.content = content
    return token


def _render_citation(self: Any, tokens: list[Token], idx: int, options: Any, env: dict) -> str:
    meta = tokens[idx].meta
    palette: Palette = env["palette"]
    sources: dict[int, CitationPart] = env["sources"]
    chips = []
    for n, verified in zip(meta["numbers"], meta["verified"], strict=True):
        if verified:
            _once(env["cited"], n)
            # The tooltip names a file of the user's: no "<" survives, so Qt never reads it as HTML.
            tip = html.escape(
                plain(tr("Source {number}: {where}").format(number=n, where=place(sources[n]))), quote=True
            )
            chips.append(
                f'<a href="{CITE_SCHEME}:{n}" title="{tip}" style="text-decoration:none; '
                f"color:{palette.cite_text}; background-color:{palette.cite_background}; "
                f'font-size:small; font-weight:600;">&nbsp;{n}&nbsp;</a>'
            )
        else:
            _once(env["unverified"], n)
            tip = html.escape(
                tr("This reply cites [{number}], but it was given no source {number}").format(number=n), quote=True
            )
            # Not a link: there is nothing to open. The tooltip (and the Sources list) say why.
            chips.append(f'<span title="{tip}" style="color:{palette.unverified}; font-size:small;">[{n}?]</span>')
    return "&#8202;".join(chips)  # a hair space between the chips of [2, 3]


def _once(found: list[int], n: int) -> None:
    if n not in found:
        found.append(n)


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
    label = html.escape(language) if language else html.escape(tr("code"))
    return (
        f'<table width="100%" cellspacing="0" cellpadding="6" '
        f'style="background-color:{palette.code_background}; margin-top:4px; margin-bottom:8px;">'
        f'<tr><td style="color:{palette.code_header};">{label} &nbsp; '
        f'<a href="{COPY_SCHEME}:{len(blocks) - 1}">{html.escape(tr("Copy"))}</a></td></tr>'
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


def render_markdown(text: str, palette: Palette = LIGHT, sources: Sequence[CitationPart] | None = None) -> Rendered:
    """`sources`: the passages a reply was given (its [n] become chips); None for a reply without any."""
    env: dict[str, Any] = {"palette": palette, "code_blocks": [], "cited": [], "unverified": []}
    if sources is not None:
        env["sources"] = {part.n: part for part in sources}
    body = _MD.render(text, env)
    body = body.replace("<blockquote>", f'<blockquote style="color:{palette.quote_color};">')
    return Rendered(body, env["code_blocks"], env["cited"], env["unverified"])


def render_plain(text: str) -> Rendered:
    """User messages are shown as typed: escaped, line breaks kept."""
    escaped = html.escape(text).replace("\n", "<br>")
    return Rendered(f'<p style="white-space:pre-wrap;">{escaped}</p>')
