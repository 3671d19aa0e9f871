"""Documents end to end in the real window with the real starter model: add a folder, watch it index,
ask, get a reply with its sources, click one, and see the passage highlighted in its file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog

from desktop.core.chat_settings import ChatSettings
from desktop.core.messages import CitationPart
from desktop.ui.passage_viewer import PassageViewer
from tests.helpers.window import load

pytestmark = pytest.mark.e2e

FACT = "Every employee of Tarnwick Mills gets 27 days of paid holiday a year."


def handbook(root: Path) -> Path:
    folder = root / "handbook"
    folder.mkdir()
    lines = [f"Line {n}: the canteen menu changes weekly." for n in range(1, 40)]
    lines[20:22] = ["", "## Holidays", FACT, ""]
    (folder / "leave.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for n in range(60):  # enough files for the progress to be seen
        (folder / f"memo{n:02}.txt").write_text(f"Memo {n}: the car park is repainted in spring.\n", encoding="utf-8")
    return folder


def test_a_folder_indexed_in_the_window_answers_with_sources_that_open_the_passage(
    qtbot, real_session, starter_model, tmp_path, monkeypatch
) -> None:
    window = real_session.window
    load(qtbot, real_session, starter_model)
    folder = handbook(tmp_path)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Handbook", True))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    progress: list[object] = []
    window.documents.progress.connect(progress.append)
    with qtbot.waitSignal(window.documents.finished, timeout=60_000) as finished:
        qtbot.mouseClick(window.documents_panel.empty_button, Qt.MouseButton.LeftButton)
    assert finished.args[0].files_indexed == 61
    assert any(getattr(p, "files_total", 0) == 61 for p in progress)  # the bar had a total to fill

    window.documents_button.action_for("Handbook").trigger()  # the toggle by the composer
    assert window.chat.chat_settings.documents == ("Handbook",)
    window.chat.set_chat_settings(ChatSettings(documents=("Handbook",), max_tokens=48, seed=5))
    window.composer.set_text("How many days of paid holiday do employees of Tarnwick Mills get?")
    with (
        qtbot.waitSignal(window.chat.sourcesFound, timeout=60_000) as found,
        qtbot.waitSignal(window.chat.replyEnded, timeout=180_000) as ended,
    ):
        qtbot.keyClick(window.composer.edit, Qt.Key.Key_Return)
    assert ended.args[0].state in ("done", "length")
    sources = found.args[1]
    assert sources and Path(sources[0].source).name == "leave.md" and FACT in sources[0].text
    stored = real_session.store.message(ended.args[0].id)
    assert [p for p in stored.parts if isinstance(p, CitationPart)] == sources

    widget = window.transcript.widget_for(stored.id)
    assert widget is not None and widget.sources_view.isVisible()
    row = next(r for r in widget.sources_view.rows if r.part.n == 1)
    qtbot.mouseClick(row, Qt.MouseButton.LeftButton)
    viewer = next(v for v in window.findChildren(PassageViewer) if v.part == sources[0])
    qtbot.waitUntil(lambda: viewer.is_loaded, timeout=10_000)
    selection = viewer.editor.extraSelections()[0]
    marked = selection.cursor.selectedText().replace("\u2029", "\n")
    assert FACT in marked and "## Holidays" in marked
    assert viewer.notice.isHidden()  # the file is as it was indexed: shown in place, not the stored copy
