"""The Recommended list's vision models: an eye and "can see images", the combined size, and one
download row that brings the model and its projector (against the stand-in Hub)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from desktop.core.hub.jobs import State
from desktop.core.library.catalog import load_catalog
from desktop.core.library.display import format_size
from desktop.core.library.projector import find_projector
from desktop.ui.models_page.recommended import RecommendedList
from tests.helpers.stub_hub import StubHub, payload

REPO = "ggml-org/SmolVLM-256M-Instruct-GGUF"
MODEL, PROJECTOR = "SmolVLM-256M-Instruct-Q8_0.gguf", "mmproj-SmolVLM-256M-Instruct-Q8_0.gguf"


def test_vision_rows_show_the_mark_and_the_combined_size(qtbot, models_dir: Path) -> None:
    view = RecommendedList(models_dir, 4096, kind="all")
    qtbot.addWidget(view)
    view.show()
    rows = {row.entry.id: row for row in view.rows}
    assert len(rows) == len(load_catalog(kind="all"))
    for row in rows.values():
        if not row.entry.vision:
            assert row.vision is None
            continue
        assert row.vision is not None and row.vision.isVisible()
        assert row.vision.text.text() == "can see images" and row.vision.toolTip() == "Can see images"
        assert row.vision.accessibleName() == "can see images"
        assert not row.vision.icon.pixmap().isNull()  # the window's eye (resources/icons/eye.svg)
        assert format_size(row.entry.total_bytes) in row.details.text()
        assert format_size(row.entry.size_bytes) not in row.details.text()
    assert {entry_id for entry_id, row in rows.items() if row.vision is not None} == {
        "smolvlm-256m-instruct",
        "smolvlm-500m-instruct",
        "gemma-3-4b-it",
    }


def test_a_recommended_vision_model_downloads_as_one_row_with_both_files(
    qtbot, open_window, engine, tiny_model: Path, stub_hub: StubHub, models_dir: Path
) -> None:
    projector = payload(50_000, 3)
    stub_hub.add_repo(REPO, {MODEL: tiny_model.read_bytes(), PROJECTOR: projector, "mmproj-other.gguf": b"x"})
    session = open_window()
    window = session.window
    window.start()
    window.show_models_page()
    page = window.models_page
    row = next(row for row in page.recommended.rows if row.entry.file == MODEL)
    assert row.vision is not None and row.button.text() == "Download"
    qtbot.mouseClick(row.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(s.state == State.DONE for s in window.downloads.manager.downloads()), timeout=15_000)
    qtbot.waitUntil(lambda: row.button.text() == "Use", timeout=15_000)

    [status] = window.downloads.manager.downloads()  # one item for both files
    folder = models_dir / "ggml-org" / "SmolVLM-256M-Instruct-GGUF"
    assert status.path == folder / MODEL and status.projector == folder / PROJECTOR
    assert status.bytes_total == len(tiny_model.read_bytes()) + len(projector)
    assert (folder / PROJECTOR).read_bytes() == projector and not (folder / "mmproj-other.gguf").exists()
    assert find_projector(folder / MODEL) == folder / PROJECTOR
    [download_row] = page.downloads.rows.values()
    assert download_row.title.text() == f"{REPO} · {MODEL} + {PROJECTOR}"
    qtbot.waitUntil(lambda: "verified" in download_row.detail.text(), timeout=15_000)
    assert download_row.progress.value() == 1000

    # Without its projector the model cannot see: the row offers the download again, for the missing file.
    (folder / PROJECTOR).unlink()
    page.recommended.refresh()
    assert row.button.text() == "Download"


def test_a_searched_model_with_a_projector_beside_it_downloads_both(
    qtbot, open_window, engine, tiny_model: Path, stub_hub: StubHub, models_dir: Path
) -> None:
    projector = payload(30_000, 4)
    stub_hub.add_repo(
        "acme/Eyes-GGUF", {"Eyes-Q4_K_M.gguf": tiny_model.read_bytes(), "mmproj-Eyes-F16.gguf": projector}
    )
    window = open_window().window
    window.start()
    window.show_models_page()
    search = window.models_page.search
    search.open_repo("acme/Eyes-GGUF")
    qtbot.waitUntil(lambda: search.tree.topLevelItemCount() == 2, timeout=10_000)
    button = next(actions.button for actions in search.actions if actions.model.filename == "Eyes-Q4_K_M.gguf")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(s.state == State.DONE for s in window.downloads.manager.downloads()), timeout=15_000)
    [status] = window.downloads.manager.downloads()
    assert status.projector == models_dir / "acme" / "Eyes-GGUF" / "mmproj-Eyes-F16.gguf"
    assert status.projector.read_bytes() == projector
