"""Structured output: a schema becomes a grammar that only lets JSON through; one that cannot, a clear refusal."""

from __future__ import annotations

import json

import pytest

from desktop.core.backends.llama.grammars import grammar_for
from desktop.core.runtime.types import OutputFormat, RequestRejected


def test_a_schema_s_strings_may_not_hold_control_characters() -> None:
    schema = {"type": "object", "properties": {"name": {"type": "string"}}, "required": ["name"]}
    grammar = grammar_for(OutputFormat("json_schema", json.dumps(schema)))
    [char] = [line for line in grammar.splitlines() if line.startswith("char ::=")]
    assert char.startswith('char ::= [^"\\\\\\x7F\\x00-\\x1F]')  # as JSON itself, and llama.cpp's converter


def test_any_json_object_and_free_text() -> None:
    assert "object" in grammar_for(OutputFormat("json_object"))
    assert grammar_for(None) == ""


@pytest.mark.parametrize("schema", [{"type": "nonsense"}, {"$ref": "#/nowhere"}, {"type": "string", "pattern": "[a-"}])
def test_a_schema_that_cannot_be_followed_is_refused_with_a_reason(schema: dict) -> None:
    with pytest.raises(RequestRejected, match="the JSON schema cannot be followed") as error:
        grammar_for(OutputFormat("json_schema", json.dumps(schema)))
    assert "\n" not in str(error.value)
