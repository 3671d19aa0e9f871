"""Telling an embedding model from a chat model (by its header, or the catalog), and the catalog's
embedding entries."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from desktop.core.library import catalog, gguf_header
from desktop.core.library.catalog import CatalogError, load_catalog, parse_catalog
from desktop.core.library.gguf_header import is_embedding_model, read_header
from desktop.core.library.library import scan_library
from desktop.core.library.metadata import MetadataCache, read_model_info
from desktop.core.settings import Settings
from tests.helpers.tiny_gguf import write_tiny_bert, write_tiny_model


@pytest.mark.parametrize(
    ("pooling", "embedding", "reranker"),
    [(None, False, False), (0, False, False), (1, True, False), (2, True, False), (3, True, False), (4, False, True)],
)
def test_a_header_that_names_a_pooling_is_an_embedding_model(
    tmp_path: Path, pooling: int | None, embedding: bool, reranker: bool
) -> None:
    header = read_header(write_tiny_model(tmp_path / "m.gguf", pooling_type=pooling))
    assert header.architecture == "llama" and not header.is_encoder
    assert header.pooling_type == (pooling or 0)
    assert is_embedding_model(header) is embedding
    assert header.is_reranker is reranker


def test_an_encoder_architecture_is_an_embedding_model(tmp_path: Path) -> None:
    header = read_header(write_tiny_bert(tmp_path / "bert.gguf"))
    assert header.is_encoder and header.pooling_type == 2 and is_embedding_model(header)
    del header.metadata["bert.pooling_type"]  # an encoder without a pooling key is still one
    assert is_embedding_model(header)
    for architecture in ("nomic-bert", "jina-bert-v2", "t5encoder", "modern-bert", "gemma-embedding"):
        header.metadata["general.architecture"] = architecture
        assert is_embedding_model(header), architecture
    header.metadata["general.architecture"] = "qwen2"
    assert not is_embedding_model(header)


def test_the_catalog_can_say_a_file_is_an_embedding_model(tmp_path: Path, tiny_model: Path) -> None:
    # A file that does not say so itself, under the name of a catalog embedding model.
    named = tmp_path / "bge-small-en-v1.5-q8_0.gguf"
    shutil.copyfile(tiny_model, named)
    header = read_header(named)
    assert not is_embedding_model(header)
    assert is_embedding_model(header, named.name)
    assert not is_embedding_model(header, "SmolLM2-135M-Instruct.Q4_1.gguf")  # a chat model of the catalog
    assert not is_embedding_model(header, "unknown.gguf")
    assert read_model_info(named).embedding
    assert not read_model_info(tiny_model).embedding


def test_library_entries_carry_the_flag_and_a_reranker_is_unusable(tmp_path: Path, models_dir: Path) -> None:
    write_tiny_model(models_dir / "chat.gguf")
    write_tiny_model(models_dir / "embed.gguf", pooling_type=1)
    write_tiny_bert(models_dir / "bert.gguf")
    write_tiny_model(models_dir / "rerank.gguf", pooling_type=4)
    models = {info.name: info for info in scan_library(Settings(models_dir=str(models_dir)), MetadataCache())}
    assert {name: info.embedding for name, info in models.items()} == {
        "bert": True,
        "chat": False,
        "embed": True,
        "rerank": False,
    }
    assert models["bert"].ok and models["embed"].ok and models["chat"].ok
    assert not models["rerank"].ok and "reranker" in models["rerank"].error
    assert models["embed"].to_dict()["embedding"] is True


def test_the_flag_is_cached_with_the_header(tmp_path: Path) -> None:
    path = write_tiny_bert(tmp_path / "bert.gguf")
    cache = MetadataCache(tmp_path / "cache.json")
    assert read_model_info(path, cache=cache).embedding
    cache.save()
    data = json.loads((tmp_path / "cache.json").read_text())
    assert data["version"] == 2
    assert [entry["embedding"] for entry in data["files"].values()] == [True]
    again = MetadataCache(tmp_path / "cache.json")
    assert again.get(path) is not None and read_model_info(path, cache=again).embedding
    # A cache written before the flag existed is read again, not trusted.
    (tmp_path / "cache.json").write_text(json.dumps({**data, "version": 1}))
    assert MetadataCache(tmp_path / "cache.json").get(path) is None


@pytest.mark.e2e
def test_the_starter_is_a_chat_model_by_its_header(starter_model: Path) -> None:
    header = read_header(starter_model)
    assert header.pooling_type == 0 and not header.is_encoder
    assert not is_embedding_model(header, starter_model.name)
    assert not read_model_info(starter_model).embedding


# -- the catalog's embedding models ------------------------------------------------------


def test_the_catalog_lists_chat_models_unless_asked_for_embedding_models() -> None:
    chat, embedding, every = load_catalog(), load_catalog(kind="embedding"), load_catalog(kind="all")
    assert chat and embedding
    assert not any(entry.embedding for entry in chat)
    assert all(entry.embedding for entry in embedding)
    assert {entry.id for entry in every} == {entry.id for entry in chat} | {entry.id for entry in embedding}
    assert catalog.starter_entry().id in {entry.id for entry in chat}


def test_the_embedding_entries_are_well_formed() -> None:
    entries = {entry.id: entry for entry in load_catalog(kind="embedding")}
    assert set(entries) == {"nomic-embed-text-v1.5", "bge-small-en-v1.5"}
    for entry in entries.values():
        assert re.fullmatch(r"[\w.-]+/[\w.-]+", entry.repo), entry.repo
        assert entry.file.endswith(".gguf") and entry.quantization.upper() in entry.file.upper().replace("-", "_")
        assert entry.checked.startswith("2026-12-01 via https://"), entry.id
        assert re.fullmatch(r"[0-9a-f]{64}", entry.sha256), entry.id
        assert entry.architecture in gguf_header.ENCODER_ARCHITECTURES
        assert entry.kv_heads * entry.head_dim in (384, 768)  # an encoder: all its heads, its width
        assert 0.4 < entry.size_bytes / entry.parameters < 1.2, entry.id
        assert entry.to_dict()["embedding"] is True
    nomic, bge = entries["nomic-embed-text-v1.5"], entries["bge-small-en-v1.5"]
    assert (nomic.context_length, nomic.architecture, nomic.license) == (2048, "nomic-bert", "apache-2.0")
    assert (nomic.query_prefix, nomic.document_prefix) == ("search_query: ", "search_document: ")
    assert (bge.context_length, bge.architecture, bge.license) == (512, "bert", "mit")
    assert bge.query_prefix.startswith("Represent this sentence") and bge.document_prefix == ""


def test_embedding_entries_are_found_by_repo_and_file_name() -> None:
    entry = catalog.find_entry("nomic-ai/nomic-embed-text-v1.5-gguf")
    assert entry is not None and entry.embedding
    named = catalog.entry_for_file_name("BGE-small-en-v1.5-Q8_0.gguf")
    assert named is not None and named.id == "bge-small-en-v1.5"


def test_malformed_embedding_fields_are_refused() -> None:
    good = {k: v for k, v in catalog.starter_entry().to_dict().items() if k != "kv_bytes_per_token"}
    embedding = {**good, "id": "e", "starter": False, "embedding": True, "query_prefix": "q: "}
    parsed = parse_catalog(json.dumps({"models": [good, embedding]}))
    assert [entry.embedding for entry in parsed] == [False, True] and parsed[1].query_prefix == "q: "
    with pytest.raises(CatalogError, match="embedding that is not true or false"):
        parse_catalog(json.dumps({"models": [{**embedding, "embedding": "yes"}]}))
    with pytest.raises(CatalogError, match="query_prefix that is not text"):
        parse_catalog(json.dumps({"models": [{**embedding, "query_prefix": 3}]}))
    with pytest.raises(CatalogError, match="cannot be the starter"):
        parse_catalog(json.dumps({"models": [{**embedding, "starter": True}]}))
