"""The catalog's vision models: each names its projector, well-formed; a bad projector leaves out only its entry."""

from __future__ import annotations

import json
import logging
import re

import pytest

from desktop.core.library import catalog
from desktop.core.library.catalog import CatalogProjector, load_catalog, parse_catalog
from desktop.core.library.projector import is_projector

VISION = {"smolvlm-256m-instruct", "smolvlm-500m-instruct", "gemma-3-4b-it"}
# Text models whose positions are M-RoPE: Hearth's engine loads them without their projector for now.
MROPE_ARCHITECTURES = {"qwen2vl", "qwen3vl", "qwen3vlmoe", "qwen35", "qwen35moe", "paddleocr"}


def test_the_shipped_vision_entries_name_their_projectors() -> None:
    entries = {entry.id: entry for entry in load_catalog(kind="all") if entry.vision}
    assert set(entries) == VISION
    for entry in entries.values():
        projector = entry.projector
        assert projector is not None and not entry.embedding
        assert is_projector(projector.file) and projector.file.endswith(".gguf") and "/" not in projector.file
        assert projector.file != entry.file
        assert re.fullmatch(r"[0-9a-f]{64}", projector.sha256), entry.id
        assert re.fullmatch(r"[0-9a-f]{64}", entry.sha256), entry.id
        assert entry.repo.startswith("ggml-org/") and entry.repo.endswith("-GGUF")
        assert entry.checked.startswith("2026-12-01 via https://huggingface.co/" + entry.repo), entry.id
        assert entry.architecture not in MROPE_ARCHITECTURES
        assert entry.total_bytes == entry.size_bytes + projector.size_bytes
        assert 0.4 < entry.total_bytes / entry.parameters < 1.2, entry.id
        data = entry.to_dict()
        assert data["vision"] is True and data["projector"] == {
            "file": projector.file,
            "size_bytes": projector.size_bytes,
            "sha256": projector.sha256,
        }
    # The published byte counts: the catalog's "exact where published".
    assert entries["smolvlm-256m-instruct"].projector == CatalogProjector(
        "mmproj-SmolVLM-256M-Instruct-Q8_0.gguf",
        103_769_856,
        "7e943f7c53f0382a6fc41b6ee0c2def63ba4fded9ab8ed039cc9e2ab905e0edd",
    )
    assert entries["gemma-3-4b-it"].total_bytes == 2_489_757_856 + 851_251_104
    assert catalog.starter_entry().projector is None and not catalog.starter_entry().vision
    assert "projector" not in catalog.starter_entry().to_dict()


def good_vision_entry() -> dict:
    entry = catalog.find_entry("ggml-org/SmolVLM-256M-Instruct-GGUF")
    assert entry is not None
    return {k: v for k, v in entry.to_dict().items() if k not in ("kv_bytes_per_token", "total_bytes", "vision")}


def test_an_entry_round_trips_with_its_projector() -> None:
    entry = good_vision_entry()
    [parsed] = parse_catalog(json.dumps({"models": [entry]}))
    assert parsed == catalog.find_entry("ggml-org/SmolVLM-256M-Instruct-GGUF")
    [plain] = parse_catalog(json.dumps({"models": [{**entry, "projector": None, "id": "x"}]}))
    assert plain.projector is None
    [no_sha] = parse_catalog(json.dumps({"models": [{**entry, "projector": {**entry["projector"], "sha256": ""}}]}))
    assert no_sha.projector is not None and no_sha.projector.sha256 == ""


@pytest.mark.parametrize(
    ("projector", "why"),
    [
        ("mmproj-x.gguf", "not an object"),
        ({"file": "vision-x.gguf", "size_bytes": 10}, "mmproj"),
        ({"file": "mmproj-x.bin", "size_bytes": 10}, "mmproj"),
        ({"file": "sub/mmproj-x.gguf", "size_bytes": 10}, "mmproj"),
        ({"file": "..\\mmproj-x.gguf", "size_bytes": 10}, "mmproj"),
        ({"file": 7, "size_bytes": 10}, "mmproj"),
        ({"file": "mmproj-x.gguf"}, "size_bytes"),
        ({"file": "mmproj-x.gguf", "size_bytes": 0}, "size_bytes"),
        ({"file": "mmproj-x.gguf", "size_bytes": True}, "size_bytes"),
        ({"file": "mmproj-x.gguf", "size_bytes": "10"}, "size_bytes"),
        ({"file": "mmproj-x.gguf", "size_bytes": 10, "sha256": "abc"}, "64 hex"),
        ({"file": "mmproj-x.gguf", "size_bytes": 10, "sha256": 5}, "64 hex"),
        ({"file": "mmproj-x.gguf", "size_bytes": 10, "url": "http://elsewhere"}, "unknown fields: url"),
    ],
)
def test_a_bad_projector_leaves_out_only_its_entry_with_a_log_line(
    projector: object, why: str, caplog: pytest.LogCaptureFixture
) -> None:
    starter = {k: v for k, v in catalog.starter_entry().to_dict().items() if k not in ("kv_bytes_per_token",)}
    bad = {**good_vision_entry(), "projector": projector}
    with caplog.at_level(logging.WARNING, logger="desktop.core.library.catalog"):
        entries = parse_catalog(json.dumps({"models": [starter, bad, good_vision_entry() | {"id": "other"}]}))
    assert [entry.id for entry in entries] == [starter["id"], "other"]
    [record] = caplog.records
    assert record.getMessage().startswith("the catalog leaves out an entry: entry smolvlm-256m-instruct ")
    assert why in record.getMessage() and "\n" not in record.getMessage()


def test_a_projector_on_an_embedding_model_or_named_as_the_model_is_refused(caplog: pytest.LogCaptureFixture) -> None:
    embedding = catalog.find_entry("CompendiumLabs/bge-small-en-v1.5-gguf")
    assert embedding is not None
    raw = {k: v for k, v in embedding.to_dict().items() if k not in ("kv_bytes_per_token",)}
    vision = good_vision_entry()
    with caplog.at_level(logging.WARNING, logger="desktop.core.library.catalog"):
        assert parse_catalog(json.dumps({"models": [{**raw, "projector": vision["projector"]}]})) == []
        renamed = {**vision, "file": "mmproj-SmolVLM-256M-Instruct-Q8_0.gguf"}
        assert parse_catalog(json.dumps({"models": [renamed]})) == []
    assert ["embedding model" in r.getMessage() for r in caplog.records] == [True, False]
    assert "names its model file as its projector" in caplog.records[1].getMessage()


def test_other_bad_fields_still_refuse_the_whole_catalog() -> None:
    # Unchanged: only a projector is left out on its own; a broken required field is a broken catalog.
    with pytest.raises(catalog.CatalogError, match="valid layers"):
        parse_catalog(json.dumps({"models": [{**good_vision_entry(), "layers": 0}]}))
