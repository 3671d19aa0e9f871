"""Model metadata from GGUF headers (real starter model, generated tiny model, broken files) and its cache."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from desktop.core.library import gguf_header
from desktop.core.library.metadata import MetadataCache, read_model_info
from tests.helpers.tiny_gguf import write_tiny_model


@pytest.mark.e2e
def test_starter_model_metadata(starter_model: Path) -> None:
    info = read_model_info(starter_model)
    assert info.ok, info.error
    assert info.name == "SmolLM2-135M-Instruct.Q4_1"
    assert (info.architecture, info.quantization, info.license) == ("llama", "Q4_1", "apache-2.0")
    assert info.parameters == 134_515_008
    assert info.context_length == 8192
    assert info.layers == 30
    assert info.has_chat_template
    assert info.size_bytes == 98_362_432
    assert info.kv_bytes_per_token == 30 * 3 * 64 * 2 * 2  # 30 layers, 3 KV heads of 64, f16 K and V


def test_tiny_model_metadata(tiny_model: Path) -> None:
    info = read_model_info(tiny_model)
    assert info.ok
    assert (info.name, info.title) == ("tiny", "Tiny Test Model")
    assert (info.architecture, info.quantization, info.context_length) == ("llama", "F32", 512)
    assert info.parameters > 10_000
    assert info.has_chat_template
    assert info.kv_bytes_per_token == 2 * 4 * (8 + 8) * 2


def test_model_without_template(tmp_path: Path) -> None:
    info = read_model_info(write_tiny_model(tmp_path / "plain.gguf", chat_template=None))
    assert info.ok and not info.has_chat_template


def test_guess_quantization_without_file_type(tiny_model: Path) -> None:
    header = gguf_header.read_header(tiny_model)
    del header.metadata["general.file_type"]
    assert header.quantization == ""
    assert gguf_header.guess_quantization(header) == "F32"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "the file is empty or truncated"),
        (b"\x00" * 4096, "it is not a GGUF model file"),
        (b"GGUF\x07\x00\x00\x00" + b"\x00" * 32, "it is GGUF version 7, which is not supported (only 2 and 3)"),
    ],
)
def test_bad_files_are_flagged_with_a_reason(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.gguf"
    path.write_bytes(content)
    info = read_model_info(path)
    assert not info.ok
    assert info.error == reason
    assert info.size_bytes == len(content)


def test_truncated_file_is_flagged(tmp_path: Path, tiny_model: Path) -> None:
    path = tmp_path / "cut.gguf"
    path.write_bytes(tiny_model.read_bytes()[: tiny_model.stat().st_size // 2])
    info = read_model_info(path)
    assert "truncated" in info.error
    assert "\n" not in info.error


def test_missing_file(tmp_path: Path) -> None:
    assert read_model_info(tmp_path / "gone.gguf").error == "the file no longer exists"


def test_split_model_sums_its_parts_and_flags_a_missing_part(tmp_path: Path, tiny_model: Path) -> None:
    first = tmp_path / "m-00001-of-00002.gguf"
    shutil.copyfile(tiny_model, first)
    info = read_model_info(first)
    assert info.error == "part m-00002-of-00002.gguf of this multi-part model is missing"
    shutil.copyfile(tiny_model, tmp_path / "m-00002-of-00002.gguf")
    info = read_model_info(first)
    assert info.ok
    assert info.name == "m"
    assert info.size_bytes == 2 * tiny_model.stat().st_size


def test_cache_avoids_reading_headers_again(tmp_path: Path, tiny_model: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "tiny.gguf"
    shutil.copyfile(tiny_model, path)
    cache_file = tmp_path / "cache.json"
    calls: list[Path] = []
    real = gguf_header.read_header
    monkeypatch.setattr(gguf_header, "read_header", lambda p: calls.append(Path(p)) or real(p))
    cache = MetadataCache(cache_file)
    first = read_model_info(path, cache=cache)
    assert calls == [path]
    assert read_model_info(path, cache=cache) == first
    assert calls == [path]  # the same scan: from memory
    cache.save()
    assert read_model_info(path, cache=MetadataCache(cache_file)) == first
    assert calls == [path]  # a later scan: from the file
    assert read_model_info(path, cache=MetadataCache(tmp_path / "other.json")) == first
    assert calls == [path, path]  # no cache: the header is read


def test_cache_reads_a_changed_file_again(tmp_path: Path, tiny_model: Path) -> None:
    path = tmp_path / "model.gguf"
    shutil.copyfile(tiny_model, path)
    cache_file = tmp_path / "cache.json"
    cache = MetadataCache(cache_file)
    assert read_model_info(path, cache=cache).ok
    cache.save()
    path.write_bytes(b"not a model any more")
    os.utime(path, ns=(1, 1))
    info = read_model_info(path, cache=MetadataCache(cache_file))
    assert info.error == "it is not a GGUF model file"


def test_cache_drops_entries_for_vanished_files(tmp_path: Path, tiny_model: Path) -> None:
    kept, gone = tmp_path / "kept.gguf", tmp_path / "gone.gguf"
    shutil.copyfile(tiny_model, kept)
    shutil.copyfile(tiny_model, gone)
    cache_file = tmp_path / "cache.json"
    cache = MetadataCache(cache_file)
    read_model_info(kept, cache=cache)
    read_model_info(gone, cache=cache)
    gone.unlink()
    cache.save()
    text = cache_file.read_text()
    assert "kept.gguf" in text and "gone.gguf" not in text


def test_damaged_cache_file_is_ignored(tmp_path: Path, tiny_model: Path) -> None:
    cache_file = tmp_path / "cache.json"
    cache_file.write_text("{broken")
    assert read_model_info(tiny_model, cache=MetadataCache(cache_file)).ok


def test_vision_projector_is_not_a_chat_model(tmp_path: Path) -> None:
    import numpy as np
    from gguf import GGUFWriter

    path = tmp_path / "mmproj-model-f16.gguf"
    writer = GGUFWriter(str(path), "clip")
    writer.add_tensor("v.patch_embd.weight", np.zeros((4, 4), dtype=np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    info = read_model_info(path)
    assert info.architecture == "clip"
    assert info.error == "it is a vision projector (mmproj), not a chat model"


def test_one_shared_cache_per_data_folder(tmp_path: Path, monkeypatch, tiny_model: Path) -> None:
    first = MetadataCache.shared()
    assert MetadataCache.shared() is first  # read once; scans on two threads add to the same entries
    read_model_info(tiny_model, cache=first)
    first.save()
    monkeypatch.setenv("HEARTH_DATA_DIR", str(tmp_path / "elsewhere"))
    other = MetadataCache.shared()
    assert other is not first and other.file == tmp_path / "elsewhere" / "library-cache.json"


def test_the_tensor_type_table_matches_the_gguf_package_and_the_vendored_ggml() -> None:
    """Block sizes decide whether a file's tensors fit in it: a missing type would refuse a sound file."""
    import ctypes

    import gguf
    import llama_cpp.llama_cpp as lib

    ggml = lib._lib  # libllama's symbols include libggml's
    ggml.ggml_type_size.restype, ggml.ggml_type_size.argtypes = ctypes.c_size_t, [ctypes.c_int]
    ggml.ggml_blck_size.restype, ggml.ggml_blck_size.argtypes = ctypes.c_int64, [ctypes.c_int]
    for kind, (elements, nbytes) in gguf.GGML_QUANT_SIZES.items():
        ours = gguf_header.GGML_TYPE_SIZES.get(int(kind))
        native = (int(ggml.ggml_type_size(int(kind))), int(ggml.ggml_blck_size(int(kind))))
        assert ours == native, kind.name  # the vendored llama.cpp is the one that reads the file
        if kind is not gguf.GGMLQuantizationType.Q8_1:  # gguf-py still lists Q8_1 with float scales (40 B)
            assert ours == (nbytes, elements), kind.name
    assert {40, 41} <= set(gguf_header.GGML_TYPE_SIZES)


def test_every_file_type_of_the_gguf_package_has_a_name() -> None:
    import gguf

    for file_type in gguf.LlamaFileType:
        if file_type is not gguf.LlamaFileType.GUESSED:
            assert int(file_type) in gguf_header.FILE_TYPES, file_type.name
    assert gguf_header.FILE_TYPES[39] == "NVFP4" and gguf_header.FILE_TYPES[40] == "Q1_0"


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: None, "the file does not exist"),
        (lambda p: p.mkdir(), "it is a folder, not a model file"),
        (lambda p: p.write_bytes(b"GG"), "the file is empty or truncated"),
        (lambda p: p.write_bytes(b"PK\x03\x04 a zip"), "it is not a GGUF model file"),
    ],
)
def test_the_one_pre_check_says_why_before_anything_reads_further(tmp_path: Path, make, reason: str) -> None:
    path = tmp_path / "model.gguf"
    make(path)
    with pytest.raises(gguf_header.GgufError, match=f"^{reason}$"):
        gguf_header.check_model_file(path)
    with pytest.raises(gguf_header.GgufError, match=f"^{reason}$"):
        gguf_header.read_header(path)  # the header reader starts with the same check
