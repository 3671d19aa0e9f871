"""An embedding model in the library is for documents: not offered as a chat model, and said so."""

from __future__ import annotations

from pathlib import Path

from desktop.core.library.catalog import load_catalog
from desktop.core.library.metadata import MetadataCache, read_model_info
from tests.helpers.tiny_gguf import write_tiny_bert, write_tiny_model


def test_an_embedding_model_is_kept_out_of_the_picker_and_the_page_says_what_it_is_for(
    qtbot, open_window, models_dir: Path
) -> None:
    chat = write_tiny_model(models_dir / "tiny-chat.gguf")
    embedder = write_tiny_bert(models_dir / "tiny-embed.gguf")
    read_model_info(embedder, cache=MetadataCache.shared())  # as a library scan records it
    window = open_window().window
    listed = [window.picker.itemData(i) for i in range(window.picker.count())]
    assert str(chat) in listed and str(embedder) not in listed

    # The Models page offers the catalog's embedding models too, after the chat models.
    rows = window.models_page.recommended.rows
    kinds = [row.entry.embedding for row in rows]
    assert kinds == sorted(kinds) and sum(kinds) == len(load_catalog(kind="embedding")) >= 1
    entry = next(row for row in rows if row.entry.embedding)
    assert entry.button.text() == "Download"
    downloaded = entry.path
    downloaded.parent.mkdir(parents=True, exist_ok=True)
    downloaded.write_bytes(b"GGUF")  # as the downloader leaves it, verified
    entry.refresh()
    assert entry.button.text() == "Used for documents" and not entry.button.isEnabled()
