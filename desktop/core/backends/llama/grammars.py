"""Structured output as llama.cpp grammars: any JSON object, or JSON that follows a schema."""

from __future__ import annotations

from llama_cpp.llama_grammar import JSON_GBNF, json_schema_to_gbnf

from desktop.core.runtime.types import OutputFormat, RequestRejected
from desktop.core.text import one_line

# llama-cpp-python's schema converter lets a string hold any character but a quote or a backslash,
# raw newlines and control characters included: JSON does not, and a model that starts writing prose
# inside a string never ends it. llama.cpp's own converter excludes them, as JSON_GBNF does.
_LAX_CHAR = 'char ::= [^"\\\\] |'
_JSON_CHAR = 'char ::= [^"\\\\\\x7F\\x00-\\x1F] |'


def grammar_for(output: OutputFormat | None) -> str:
    """The GBNF grammar a reply must follow ("" for free text); raises RequestRejected for a schema
    that cannot be turned into one."""
    if output is None:
        return ""
    if output.kind == "json_object":
        return JSON_GBNF
    if output.kind == "grammar":
        return output.schema
    try:
        grammar = json_schema_to_gbnf(output.schema)
    except Exception as error:  # the converter raises many kinds for schemas it cannot follow
        raise RequestRejected(f"the JSON schema cannot be followed ({one_line(str(error))[:200]})") from None
    return grammar.replace(_LAX_CHAR, _JSON_CHAR)
