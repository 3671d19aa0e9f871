"""How a cited passage's place is named in the window ("handbook.pdf, page 3"), in its language.

desktop/core's `grounding.where` names it for the model, in English, inside the prompt; this is
the same place said to the user.
"""

from __future__ import annotations

from pathlib import Path

from desktop.core.documents.retrieval import Hit
from desktop.core.messages import CitationPart
from desktop.ui.i18n import tr


def place(part: CitationPart | Hit) -> str:
    path = part.source if isinstance(part, CitationPart) else part.path
    name = Path(path).name
    if part.page is not None:
        return tr("{name}, page {page}").format(name=name, page=part.page)
    if part.start_line is not None and part.end_line is not None and part.end_line != part.start_line:
        return tr("{name}, lines {start}-{end}").format(name=name, start=part.start_line, end=part.end_line)
    if part.start_line is not None:
        return tr("{name}, line {line}").format(name=name, line=part.start_line)
    return name
